import { ECS_TRUST, renderProject } from '../support/render-project.js'

function lines(statements: string): string[] {
  const role = `kind: Role\nname: r\n${ECS_TRUST}policies:\n  P:\n    Statement:\n${statements}`
  return renderProject({ 'iam/r.yml': role })
    .findings.filter(finding => finding.rule === 'mfa-bool-false')
    .map(finding => `${finding.line}: ${finding.message}`)
}

const statement = (effect: string, operator: string, value: string) => `      - Effect: ${effect}
        Action: ec2:TerminateInstances
        Resource: "*"
        Condition:
          ${operator}: { "aws:MultiFactorAuthPresent": "${value}" }
`

describe('mfa-bool-false', () => {
  it('flags Bool aws:MultiFactorAuthPresent "false" in an Allow: it allows requests made without MFA', () => {
    expect(lines(statement('Allow', 'Bool', 'false'))).toEqual([
      '16: inline policy P: statement 0: Allow with Bool aws:MultiFactorAuthPresent "false" allows requests made without MFA (temporary sessions that skipped MFA): the opposite of requiring MFA. To require MFA, write Bool aws:MultiFactorAuthPresent "true"'
    ])
    expect(lines(statement('Allow', 'BoolIfExists', 'false'))).toEqual([
      expect.stringMatching(/including every request signed with long-term access keys/)
    ])
  })

  it('flags a Deny with Bool "false" (access keys carry no key, so they are not denied), not BoolIfExists', () => {
    expect(lines(statement('Deny', 'Bool', 'false'))).toEqual([
      '16: inline policy P: statement 0: Deny with Bool aws:MultiFactorAuthPresent "false" does not apply to requests signed with long-term access keys, which carry no aws:MultiFactorAuthPresent at all, so they are not denied; use BoolIfExists'
    ])
    expect(lines(statement('Deny', 'BoolIfExists', 'false'))).toEqual([])
  })

  it('accepts Allow with "true"', () => {
    expect(lines(statement('Allow', 'Bool', 'true'))).toEqual([])
  })
})
