import { renderProject } from '../support/render-project.js'

/** Findings of one rule on a role whose trust statement names `principal` (its values from line 6). */
function lines(rule: string, principal: string, condition = ''): string[] {
  const role = `kind: Role
name: r
trust:
  Statement:
    - Effect: Allow
      Principal:
${principal}      Action: sts:AssumeRole
${condition}`
  return renderProject({ 'iam/r.yml': role })
    .findings.filter(finding => finding.rule === rule)
    .map(finding => `${finding.line}: ${finding.message}`)
}

describe('invalid-principal', () => {
  it('flags AWS "notanarn" and Federated "foo" at the principal, saying IAM rejects the policy', () => {
    expect(lines('invalid-principal', '        AWS: notanarn\n')).toEqual([
      '7: trust policy: statement 0: Principal AWS "notanarn" is neither an account id nor an IAM or STS ARN; write a 12-digit account id or the ARN of a role or user, e.g. arn:aws:iam::111122223333:role/deployer. IAM rejects the trust policy ("Invalid principal in policy")'
    ])
    expect(lines('invalid-principal', '        Federated: foo\n')).toEqual([
      expect.stringMatching(
        /^7: trust policy: statement 0: Principal Federated "foo" is neither a domain name nor an identity provider ARN: write the ARN of an IAM SAML or OIDC provider .*IAM rejects the trust policy/
      )
    ])
  })

  it('flags wildcards inside an ARN, groups, a provider ARN with a wildcard and malformed service principals', () => {
    const principal = `        AWS:
          - "arn:aws:iam::{account}:role/ci-*"
          - "arn:aws:iam::{account}:group/admins"
        Federated: "arn:aws:iam::{account}:oidc-provider/*"
        Service: [lambda, "arn:aws:iam::{account}:root"]
`
    expect(lines('invalid-principal', principal)).toEqual([
      expect.stringMatching(
        /^8: .*"arn:aws:iam::<account>:role\/ci-\*" has a wildcard.*ArnLike aws:PrincipalArn/
      ),
      expect.stringMatching(/^9: .*names an IAM group, which cannot be a principal/),
      expect.stringMatching(
        /^10: .*Federated "arn:aws:iam::<account>:oidc-provider\/\*" is neither a domain name/
      ),
      expect.stringMatching(/^11: .*Service "lambda" is not a service principal/),
      expect.stringMatching(
        /^11: .*Service "arn:aws:iam::<account>:root" is not a service principal: accounts and roles go under AWS/
      )
    ])
  })

  it('checks Deny statements too', () => {
    const { findings } = renderProject({
      'iam/r.yml': `kind: Role
name: r
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: lambda.amazonaws.com }
      Action: sts:AssumeRole
    - Effect: Deny
      Principal: { AWS: "arn:aws:iam::{account}:group/contractors" }
      Action: sts:AssumeRole
`
    })
    expect(
      findings.filter(finding => finding.rule === 'invalid-principal').map(finding => finding.line)
    ).toEqual([9])
  })

  it('accepts accounts, root/role/user/session ARNs, "*", service principals and identity providers', () => {
    const principal = `        AWS:
          - "*"
          - "{account}"
          - "arn:aws:iam::{account}:root"
          - "arn:aws:iam::{account}:role/path/deployer"
          - "arn:aws:iam::{account}:user/alice"
          - "arn:aws:sts::{account}:assumed-role/deployer/session"
          - "arn:aws-cn:iam::{account}:role/x"
        Service: [ecs-tasks.amazonaws.com, states.us-east-1.amazonaws.com, ec2.amazonaws.com.cn]
        Federated:
          - "arn:aws:iam::{account}:oidc-provider/token.actions.githubusercontent.com"
          - "arn:aws:iam::{account}:saml-provider/Okta"
          - cognito-identity.amazonaws.com
          - accounts.google.com
          - token.actions.githubusercontent.com
`
    expect(lines('invalid-principal', principal)).toEqual([])
  })
})

describe('trust-any-principal-conditioned', () => {
  it('says AWS "*" with aws:PrincipalOrgID is organization-wide, as a notice, where trust-any-principal is silent', () => {
    const condition = `      Condition:
        StringEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 }
`
    const { findings } = renderProject({
      'iam/r.yml': `kind: Role
name: r
trust:
  Statement:
    - Effect: Allow
      Principal: { AWS: "*" }
      Action: sts:AssumeRole
${condition}`
    })
    expect(findings.filter(finding => finding.rule === 'trust-any-principal')).toEqual([])
    const conditioned = findings.filter(finding => finding.rule === 'trust-any-principal-conditioned')
    expect(conditioned.map(finding => `${finding.line} ${finding.severity}: ${finding.message}`)).toEqual([
      '6 notice: trust policy: statement 0: Principal AWS "*" is limited by its condition only: any IAM principal of every account in organization o-a1b2c3d4e5, including accounts that join it later (StringEquals aws:PrincipalOrgID) may assume this role once its own policies allow sts:AssumeRole on it; if fewer need it, name those accounts or roles in Principal'
    ])
  })

  it('is silent for a named principal and for an unconstrained "*" (trust-any-principal reports that)', () => {
    expect(lines('trust-any-principal-conditioned', '        AWS: "{account}"\n')).toEqual([])
    expect(lines('trust-any-principal-conditioned', '        AWS: "*"\n')).toEqual([])
    expect(lines('trust-any-principal', '        AWS: "*"\n')).toHaveLength(1)
  })
})

describe('trust-any-principal with a Deny guard', () => {
  /** AWS "*" allowed sts:AssumeRole (statement 0, principal at line 6), and a Deny (statement 1) for everyone. */
  function guarded(deny: string): { line: number; rule: string; severity: string; message: string }[] {
    const role = `kind: Role
name: r
trust:
  Statement:
    - Effect: Allow
      Principal: { AWS: "*" }
      Action: sts:AssumeRole
    - Effect: Deny
      Principal: { AWS: "*" }
${deny}`
    return renderProject({ 'iam/r.yml': role })
      .findings.filter(finding => finding.rule.startsWith('trust-any-principal'))
      .map(({ line, rule, severity, message }) => ({ line: line!, rule, severity, message }))
  }

  it('counts a Deny of every caller outside an organization as pinning the caller, and says so in the notice', () => {
    const deny = `      Action: sts:AssumeRole
      Condition:
        StringNotEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 }
`
    expect(guarded(deny)).toEqual([
      {
        line: 6,
        rule: 'trust-any-principal-conditioned',
        severity: 'notice',
        message:
          'trust policy: statement 0: Principal AWS "*" is limited only by a Deny: any IAM principal of every account in organization o-a1b2c3d4e5, including accounts that join it later (the Deny in statement 1: StringNotEquals aws:PrincipalOrgID) may assume this role once its own policies allow sts:AssumeRole on it; if fewer need it, name those accounts or roles in Principal'
      }
    ])
    // ArnNotLike on aws:PrincipalArn with a literal account, and a Deny on sts:* covering sts:AssumeRole.
    const byArn = `      Action: "sts:*"
      Condition:
        ArnNotLike: { "aws:PrincipalArn": "arn:aws:iam::{account}:role/ci-*" }
`
    expect(guarded(byArn).map(finding => finding.rule)).toEqual(['trust-any-principal-conditioned'])
  })

  it('still reports "*" when the Deny is conditioned otherwise, pins nothing concrete, or covers other actions', () => {
    const notGuards = [
      // Applies only over plain HTTP: callers outside the organization get in over TLS.
      `      Action: sts:AssumeRole
      Condition:
        StringNotEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 }
        Bool: { "aws:SecureTransport": "false" }
`,
      // No organization named.
      `      Action: sts:AssumeRole
      Condition:
        StringNotLike: { "aws:PrincipalOrgID": "o-*" }
`,
      // Refuses tagging, not the assumption.
      `      Action: sts:TagSession
      Condition:
        StringNotEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 }
`,
      // aws:SourceAccount says nothing of who the caller is.
      `      Action: sts:AssumeRole
      Condition:
        StringNotEquals: { "aws:SourceAccount": "{account}" }
`
    ]
    for (const deny of notGuards) {
      expect(guarded(deny).map(finding => `${finding.line} ${finding.rule} ${finding.severity}`)).toEqual([
        '6 trust-any-principal error'
      ])
    }
  })
})
