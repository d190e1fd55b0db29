/**
 * unknown-aws-managed-policy: an AWS managed ARN that is not in the bundled list (a wrong path, a
 * misspelt name) is an error at the line it was written, with the listed policy it was likely
 * meant as, the list's date and the suppression for a policy AWS published later.
 */
import { managedPoliciesDataVersion } from '../../src/policy/managed-policies.js'
import { BASIC_CONFIG } from '../support/temp-project.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'

const RULE = 'unknown-aws-managed-policy'

function role(extra: string): Record<string, string> {
  return { 'iam/r.yml': `kind: Role\nname: r\n${ECS_TRUST}${extra}` }
}

function found(files: Record<string, string>, config = BASIC_CONFIG) {
  return renderProject(files, config).findings.filter(finding => finding.rule === RULE)
}

describe('unknown-aws-managed-policy', () => {
  const date = managedPoliciesDataVersion().updatedAt.slice(0, 10)

  it('flags an AWS managed ARN on the wrong path at its line, suggesting the listed one, once for every environment', () => {
    const files = role(
      'managedPolicies:\n  - arn:aws:iam::aws:policy/ReadOnlyAccess\n  - arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy\n'
    )
    const findings = found(files)
    expect(findings.map(f => [f.severity, f.file, f.line, f.environments])).toEqual([
      ['error', 'iam/r.yml', 11, ['dev', 'prod']]
    ])
    expect(findings[0].message).toBe(
      `role r: attached policy arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy is not an AWS managed policy RoleGate knows (did you mean arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy?); IAM would refuse it mid-deploy (NoSuchEntity). Correct the ARN. If AWS published this policy after ${date} (the date of RoleGate's list), suppress this finding in the role: suppress: [{ rule: ${RULE}, reason: "AWS managed policy newer than RoleGate's list" }]`
    )
  })

  it('suggests the closest name for a misspelt one, and nothing for a name nowhere near', () => {
    const messages = found(
      role(
        'managedPolicies:\n  - arn:aws:iam::aws:policy/ReadOnlyAcess\n  - arn:aws:iam::aws:policy/NoSuchPolicy\n'
      )
    ).map(f => `${f.line}: ${f.message}`)
    expect(messages).toEqual([
      expect.stringContaining(
        '10: role r: attached policy arn:aws:iam::aws:policy/ReadOnlyAcess is not an AWS managed policy RoleGate knows (did you mean arn:aws:iam::aws:policy/ReadOnlyAccess?)'
      ),
      expect.stringMatching(
        /^11: role r: attached policy arn:aws:iam::aws:policy\/NoSuchPolicy is not an AWS managed policy RoleGate knows; IAM/
      )
    ])
  })

  it('checks a permissions boundary: from defaults once at rolegate.yml, however many roles use it', () => {
    const config = BASIC_CONFIG.replace(
      'defaults:\n',
      'defaults:\n  permissionsBoundary: "arn:aws:iam::aws:policy/PowerUserAcess"\n'
    )
    const files = {
      ...role(''),
      'iam/s.yml': `kind: Role\nname: s\n${ECS_TRUST}`,
      'iam/t.yml': `kind: Role\nname: t\n${ECS_TRUST}permissionsBoundary: "arn:aws:iam::aws:policy/ReadOnlyAcess"\n`
    }
    const findings = found(files, config)
    expect(findings.map(f => [f.file, f.line, f.role, f.environments])).toEqual([
      ['iam/t.yml', 9, 't', ['dev', 'prod']],
      ['rolegate.yml', 4, undefined, ['dev', 'prod']]
    ])
    expect(findings[1].message).toBe(
      `defaults.permissionsBoundary in rolegate.yml: arn:aws:iam::aws:policy/PowerUserAcess is not an AWS managed policy RoleGate knows (did you mean arn:aws:iam::aws:policy/PowerUserAccess?); IAM would refuse it mid-deploy (NoSuchEntity) for every role that does not set permissionsBoundary. Correct the ARN. If AWS published this policy after ${date} (the date of RoleGate's list), set the rule's severity in rolegate.yml until RoleGate's list has it: rules: { ${RULE}: warning }`
    )
  })

  it('suggests in the partition written, and leaves customer managed ARNs alone', () => {
    const config = BASIC_CONFIG.replace(
      'region: us-east-1 }',
      'region: cn-north-1, partition: aws-cn }'
    ).replace(/\n {2}prod:.*\n/, '\n')
    expect(
      found(
        role(
          'managedPolicies:\n  - arn:aws-cn:iam::aws:policy/AmazonECSTaskExecutionRolePolicy\n  - arn:aws-cn:iam::aws:policy/ReadOnlyAccess\n  - arn:aws-cn:iam::111111111111:policy/NoSuchPolicy\n'
        ),
        config
      ).map(f => f.message)
    ).toEqual([
      expect.stringContaining(
        '(did you mean arn:aws-cn:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy?)'
      )
    ])
  })

  it('a suppression with a reason accepts a policy newer than the list', () => {
    const findings = found(
      role(
        'managedPolicies:\n  - arn:aws:iam::aws:policy/BrandNewPolicy\nsuppress:\n  - rule: unknown-aws-managed-policy\n    reason: published after the list\n'
      )
    )
    expect(findings.map(f => f.suppressed)).toEqual([{ reason: 'published after the list' }])
  })
})
