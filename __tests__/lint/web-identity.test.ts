import { renderProject } from '../support/render-project.js'

const EKS = 'oidc.eks.us-east-1.amazonaws.com/id/ABCDEF0123456789'

type Conditions = Record<string, Record<string, string | string[]>>

/**
 * A role trusting `federated` for sts:AssumeRoleWithWebIdentity. Condition operators start at
 * line 9; each key takes one line, each value of a list one more.
 */
function webTrust(federated: string, conditions: Conditions = {}): string {
  const block = Object.entries(conditions)
    .map(([operator, keys]) => {
      const entries = Object.entries(keys).map(([key, value]) =>
        Array.isArray(value)
          ? `          "${key}":\n${value.map(item => `            - "${item}"\n`).join('')}`
          : `          "${key}": "${value}"\n`
      )
      return `        ${operator}:\n${entries.join('')}`
    })
    .join('')
  return `kind: Role
name: r
trust:
  Statement:
    - Effect: Allow
      Principal: { Federated: "${federated}" }
      Action: sts:AssumeRoleWithWebIdentity
${block === '' ? '' : `      Condition:\n${block}`}`
}

function findings(body: string) {
  return renderProject({ 'iam/r.yml': body }).findings.filter(f => f.rule === 'web-identity-unpinned')
}

function lines(body: string): string[] {
  return findings(body).map(f => `${f.line}: ${f.message}`)
}

const provider = (issuer: string) => `arn:aws:iam::{account}:oidc-provider/${issuer}`

describe('web-identity-unpinned', () => {
  it('flags GitLab and HCP Terraform trusts without conditions, as errors, once for aud and once for sub', () => {
    const gitlab = findings(webTrust(provider('gitlab.com')))
    expect(gitlab.map(f => [f.severity, f.line])).toEqual([
      ['error', 6],
      ['error', 6]
    ])
    expect(gitlab.map(f => f.message)).toEqual([
      expect.stringMatching(
        /^trust policy: statement 0: trusts GitLab\.com \(gitlab\.com\) without a StringEquals condition on gitlab\.com:aud, so a token it issued for any other audience is accepted/
      ),
      expect.stringMatching(
        /^trust policy: statement 0: trusts GitLab\.com \(gitlab\.com\) without a StringEquals or StringLike condition on gitlab\.com:sub, so a CI job of any project on GitLab\.com can assume this role; pin the subject, e\.g\. StringEquals gitlab\.com:sub: "project_path:<group>\/<project>:ref_type:branch:ref:main"$/
      )
    ])
    expect(lines(webTrust(provider('app.terraform.io')))).toEqual([
      expect.stringContaining('app.terraform.io:aud'),
      expect.stringMatching(
        /app\.terraform\.io:sub, so a run of any workspace of any organization on HCP Terraform can assume this role/
      )
    ])
  })

  it('flags an EKS trust with no condition, with aud only, and with system:serviceaccount:*:*', () => {
    expect(lines(webTrust(provider(EKS)))).toHaveLength(2)
    const audOnly = webTrust(provider(EKS), { StringEquals: { [`${EKS}:aud`]: 'sts.amazonaws.com' } })
    expect(lines(audOnly)).toEqual([
      `8: trust policy: statement 0: trusts the Amazon EKS cluster (${EKS}) without a StringEquals or StringLike condition on ${EKS}:sub, so any pod of the cluster, in any namespace, under any service account can assume this role; pin the subject, e.g. StringEquals ${EKS}:sub: "system:serviceaccount:<namespace>:<service account>"`
    ])
    const anyPod = webTrust(provider(EKS), {
      StringEquals: { [`${EKS}:aud`]: 'sts.amazonaws.com' },
      StringLike: {
        [`${EKS}:sub`]: [
          'system:serviceaccount:*:*',
          'system:serviceaccount:prod:*',
          'system:serviceaccount:*'
        ]
      }
    })
    expect(lines(anyPod)).toEqual([
      expect.stringMatching(
        /^13: .*"system:serviceaccount:\*:\*" leaves the namespace open, so a pod of any namespace/
      ),
      expect.stringMatching(
        /^14: .*"system:serviceaccount:prod:\*" matches every service account of namespace prod/
      ),
      expect.stringMatching(/^15: .*"system:serviceaccount:\*" leaves the namespace open/)
    ])
  })

  it('accepts an EKS trust pinned to a service account, also a namespace pattern or a name pattern', () => {
    const pinned = (operator: string, sub: string | string[]) =>
      lines(
        webTrust(provider(EKS), {
          StringEquals: { [`${EKS}:aud`]: 'sts.amazonaws.com' },
          [operator]: {
            ...(operator === 'StringEquals' ? { [`${EKS}:aud`]: 'sts.amazonaws.com' } : {}),
            [`${EKS}:sub`]: sub
          }
        })
      )
    expect(pinned('StringEquals', 'system:serviceaccount:models:inference')).toEqual([])
    expect(
      pinned('StringLike', ['system:serviceaccount:team-*:inference', 'system:serviceaccount:models:infer-*'])
    ).toEqual([])
    // As for GitHub: IfExists is tolerated (sub is in every token), ForAnyValue: allowed, case ignored.
    expect(pinned('StringEqualsIfExists', 'system:serviceaccount:models:inference')).toEqual([])
    expect(pinned('ForAnyValue:StringLike', 'system:serviceaccount:models:inference')).toEqual([])
    expect(pinned('stringequalsignorecase', 'system:serviceaccount:models:inference')).toEqual([])
    // ForAllValues: holds without the claim; StringNotEquals excludes rather than pins.
    expect(pinned('ForAllValues:StringEquals', 'system:serviceaccount:models:inference')).toEqual([
      expect.stringMatching(
        /^8: .*without a StringEquals or StringLike condition on .*:sub \(ForAllValues:StringEquals on it does not count/
      )
    ])
    expect(pinned('StringNotEquals', 'system:serviceaccount:kube-system:admin')).toHaveLength(1)
  })

  it('flags GitLab and HCP Terraform subjects that leave the group or organization open', () => {
    const sub = (issuer: string, value: string) =>
      lines(
        webTrust(provider(issuer), {
          StringEquals: { [`${issuer}:aud`]: 'https://gitlab.com' },
          StringLike: { [`${issuer}:sub`]: value }
        })
      )
    expect(sub('gitlab.com', 'project_path:*:ref_type:branch:ref:main')).toEqual([
      expect.stringMatching(/^12: .*"project_path:\*:ref_type:branch:ref:main" leaves the GitLab group open/)
    ])
    expect(sub('gitlab.com', 'project_path:acme*')).toHaveLength(1)
    expect(sub('gitlab.com', 'project_path:acme/infra:ref_type:branch:ref:*')).toEqual([])
    expect(sub('app.terraform.io', 'organization:*:project:default:workspace:prod:run_phase:apply')).toEqual([
      expect.stringMatching(/leaves the HCP Terraform organization open/)
    ])
    expect(sub('app.terraform.io', 'organization:acme:project:*:workspace:prod:run_phase:*')).toEqual([])
    expect(sub('sts.example.com', '*:deploy')).toEqual([expect.stringMatching(/starts with a wildcard/)])
    expect(sub('sts.example.com', '*')).toEqual([expect.stringMatching(/matches every subject/)])
  })

  it('requires the audience, not the subject, of Google and Cognito, and an identity pool id for Cognito', () => {
    expect(lines(webTrust('accounts.google.com'))).toEqual([
      expect.stringMatching(
        /^6: .*trusts Google \(accounts\.google\.com\) without a StringEquals condition on accounts\.google\.com:aud, so a Google ID token issued to any application can assume this role/
      )
    ])
    expect(
      lines(
        webTrust('accounts.google.com', {
          StringEquals: { 'accounts.google.com:aud': '1234.apps.googleusercontent.com' }
        })
      )
    ).toEqual([])
    expect(lines(webTrust('cognito-identity.amazonaws.com'))).toEqual([
      expect.stringMatching(
        /^6: .*without a StringEquals condition on cognito-identity\.amazonaws\.com:aud, so an identity of any identity pool, in any AWS account, can assume this role/
      )
    ])
    const cognito = (operator: string, aud: string) =>
      lines(
        webTrust('cognito-identity.amazonaws.com', {
          [operator]: { 'cognito-identity.amazonaws.com:aud': aud },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' }
        })
      )
    expect(cognito('StringEquals', 'us-east-1:12345678-1234-1234-1234-123456789012')).toEqual([])
    expect(cognito('StringLike', 'us-east-1:*')).toEqual([
      expect.stringMatching(/^10: .*"us-east-1:\*" matches more than one identity pool id/)
    ])
    expect(cognito('StringEquals', 'sts.amazonaws.com')).toEqual([
      expect.stringMatching(/"sts\.amazonaws\.com" is not an identity pool id/)
    ])
  })

  it('leaves GitHub to the github-oidc rules, and SAML and AWS principals alone', () => {
    expect(lines(webTrust(provider('token.actions.githubusercontent.com')))).toEqual([])
    const saml = `kind: Role
name: r
trust:
  Statement:
    - Effect: Allow
      Principal: { Federated: "arn:aws:iam::{account}:saml-provider/okta" }
      Action: sts:AssumeRoleWithSAML
`
    expect(lines(saml)).toEqual([])
  })
})
