import { ECS_TRUST, renderProject } from '../support/render-project.js'

function grammarFindings(policy: string, trust = ECS_TRUST) {
  const { findings } = renderProject({
    'iam/r.yml': `kind: Role\nname: r\n${trust}policies:\n  P:\n${policy}`
  })
  return findings.filter(f => f.rule === 'malformed-policy').map(f => `${f.line}: ${f.message}`)
}

describe('malformed-policy', () => {
  it('accepts a well-formed identity policy and trust policy', () => {
    expect(
      grammarFindings(
        '    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Action: s3:GetObject\n        Resource: "*"\n'
      )
    ).toEqual([])
  })

  it('flags a lowercase Effect, a missing Resource and a Principal in an identity policy', () => {
    expect(
      grammarFindings(
        '    Statement:\n      - Effect: allow\n        Action: s3:GetObject\n        Principal: "*"\n'
      )
    ).toEqual([
      '12: inline policy P: statement 0: Effect must be "Allow" or "Deny" (case-sensitive), got "allow"',
      '12: inline policy P: statement 0 has no Resource; add Resource (or NotResource)',
      '14: inline policy P: statement 0: Principal is not allowed in an identity policy; who may assume the role belongs in trust'
    ])
  })

  it('says to quote a principal YAML read as a number', () => {
    const trust =
      'trust:\n  Statement:\n    - Effect: Allow\n      Action: sts:AssumeRole\n      Principal: { AWS: 123456789012 }\n'
    const findings = grammarFindings(
      '    Statement:\n      - Effect: Allow\n        Action: s3:GetObject\n        Resource: "*"\n',
      trust
    )
    expect(findings).toEqual([
      '7: trust policy: statement 0: Principal.AWS must be a string or a list of strings; quote the number 123456789012 to make it one'
    ])
  })

  it('flags a Resource in a trust policy and a missing Principal', () => {
    const trust =
      'trust:\n  Statement:\n    - Effect: Allow\n      Action: sts:AssumeRole\n      Resource: "*"\n'
    const findings = grammarFindings(
      '    Statement:\n      - Effect: Allow\n        Action: s3:GetObject\n        Resource: "*"\n',
      trust
    )
    expect(findings).toEqual([
      '5: trust policy: statement 0 has no Principal; add Principal (or NotPrincipal)',
      '7: trust policy: statement 0: Resource is not allowed in a trust policy (the resource is the role itself)'
    ])
  })

  it('flags an unquoted Version that YAML read as something else, and unknown elements', () => {
    const findings = grammarFindings(
      '    Version: 2012\n    Statement:\n      - Effect: Allow\n        Actions: s3:GetObject\n        Resource: "*"\n'
    )
    expect(findings).toEqual([
      '11: inline policy P: Version must be "2012-10-17" (got 2012); quote it so YAML does not read a date',
      '13: inline policy P: statement 0 has no Action; add Action (or NotAction)',
      '14: inline policy P: statement 0 has unknown element "Actions" (did you mean "Action"?)'
    ])
  })
})
