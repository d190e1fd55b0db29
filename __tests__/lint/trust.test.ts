import { renderProject } from '../support/render-project.js'

/** Renders one role (logical name r) in dev and prod, and returns one rule's findings. */
function findings(rule: string, body: string, configText?: string) {
  const { findings } = renderProject({ 'iam/r.yml': `kind: Role\nname: r\n${body}` }, configText)
  return findings.filter(f => f.rule === rule)
}

function lines(rule: string, body: string, configText?: string) {
  return findings(rule, body, configText).map(f => `${f.line}: ${f.message}`)
}

const GITHUB_PRINCIPAL = 'arn:aws:iam::{account}:oidc-provider/token.actions.githubusercontent.com'

const AUD_KEY = 'token.actions.githubusercontent.com:aud'
const SUB_KEY = 'token.actions.githubusercontent.com:sub'

type Conditions = Record<string, Record<string, string | string[]>>

/**
 * A GitHub OIDC trust. Condition operators start at line 9; each key takes one line, each value
 * of a list one more.
 */
function githubTrust(conditions: Conditions): string {
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
  return `trust:
  Statement:
    - Effect: Allow
      Principal: { Federated: "${GITHUB_PRINCIPAL}" }
      Action: sts:AssumeRoleWithWebIdentity
      Condition:
${block}`
}

describe('trust-any-principal', () => {
  it('flags Principal "*" and AWS "*" inside a list, at the principal', () => {
    const star =
      'trust:\n  Statement:\n    - Effect: Allow\n      Principal: "*"\n      Action: sts:AssumeRole\n'
    expect(lines('trust-any-principal', star)).toEqual([
      expect.stringMatching(
        /^6: trust policy: statement 0: Principal "\*" lets any AWS account in the world assume this role; .*aws:PrincipalOrgID/
      )
    ])
    const list = `trust:
  Statement:
    - Sid: Vendors
      Effect: Allow
      Principal:
        AWS:
          - "arn:aws:iam::{account}:root"
          - "*"
      Action: sts:AssumeRole
`
    expect(lines('trust-any-principal', list)).toEqual([
      expect.stringMatching(/^10: trust policy: statement "Vendors": Principal AWS "\*" lets any AWS account/)
    ])
  })

  it('accepts "*" constrained to an organization or a literal principal ARN, not to a wildcard one', () => {
    const constrained = (condition: string) =>
      `trust:\n  Statement:\n    - Effect: Allow\n      Principal: { AWS: "*" }\n      Action: sts:AssumeRole\n      Condition:\n${condition}`
    expect(
      lines('trust-any-principal', constrained('        StringEquals: { "aws:PrincipalOrgID": o-abc123 }\n'))
    ).toEqual([])
    expect(
      lines(
        'trust-any-principal',
        constrained('        ArnLike: { "aws:PrincipalArn": "arn:aws:iam::111111111111:role/ci-*" }\n')
      )
    ).toEqual([])
    // A wildcard account, or IfExists (true when the key is absent), constrains nothing.
    expect(
      lines(
        'trust-any-principal',
        constrained('        ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/ci" }\n')
      )
    ).toHaveLength(1)
    expect(
      lines(
        'trust-any-principal',
        constrained('        StringEqualsIfExists: { "aws:PrincipalOrgID": o-abc123 }\n')
      )
    ).toHaveLength(1)
  })

  it('does not flag a named account', () => {
    const named =
      'trust:\n  Statement:\n    - Effect: Allow\n      Principal: { AWS: "arn:aws:iam::{account}:root" }\n      Action: sts:AssumeRole\n'
    expect(lines('trust-any-principal', named)).toEqual([])
  })
})

describe('github-oidc-unpinned-sub', () => {
  const aud = { [AUD_KEY]: 'sts.amazonaws.com' }
  const like = (...values: string[]) => githubTrust({ StringEquals: aud, StringLike: { [SUB_KEY]: values } })

  it('flags a trust without a sub condition, even when :repository pins the repository, and says IAM rejects it', () => {
    const body = githubTrust({
      StringEquals: { ...aud, 'token.actions.githubusercontent.com:repository': 'acme/infra' }
    })
    const found = lines('github-oidc-unpinned-sub', body)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(
      /^8: trust policy: statement 0: trusts GitHub Actions OIDC without a StringEquals or StringLike condition on token\.actions\.githubusercontent\.com:sub/
    )
    expect(found[0]).toContain('AWS IAM rejects this trust policy at deploy time (MalformedPolicyDocument)')
    expect(found[0]).toContain('a :repository condition does not replace it')
  })

  it('flags sub "*" with the IAM rejection, and unscoped repo patterns at their line', () => {
    expect(lines('github-oidc-unpinned-sub', like('*'))).toEqual([
      expect.stringMatching(
        /^13: .*StringLike token\.actions\.githubusercontent\.com:sub "\*" matches every GitHub workflow .*AWS IAM rejects this trust policy at deploy time \(MalformedPolicyDocument\)/
      )
    ])
    expect(
      lines(
        'github-oidc-unpinned-sub',
        like('repo:*', 'repo:acme/*', 'repo:acme/infra:*', 'repo:acme/infra*')
      )
    ).toEqual([
      expect.stringMatching(/^13: .*"repo:\*" leaves the repository open/),
      expect.stringMatching(/^14: .*"repo:acme\/\*" leaves the repository open \(acme\/\*\)/),
      expect.stringMatching(
        /^15: .*"repo:acme\/infra:\*" matches every branch, tag, pull request and environment of acme\/infra/
      ),
      expect.stringMatching(/^16: .*"repo:acme\/infra\*" leaves the repository open/)
    ])
  })

  it('accepts subjects that name a repository and a context, with any operator case', () => {
    const pinned = [
      'repo:acme/infra:environment:prod',
      'repo:acme/infra:ref:refs/heads/main',
      'repo:acme/infra:pull_request'
    ]
    expect(lines('github-oidc-unpinned-sub', like(...pinned))).toEqual([])
    expect(
      lines('github-oidc-unpinned-sub', githubTrust({ StringEquals: aud, stringlike: { [SUB_KEY]: pinned } }))
    ).toEqual([])
    expect(
      lines(
        'github-oidc-unpinned-sub',
        githubTrust({ StringEquals: aud, 'ForAnyValue:StringLike': { [SUB_KEY]: pinned } })
      )
    ).toEqual([])
  })

  it('accepts an exact sub under StringEqualsIgnoreCase (GitHub owner and repository names ignore case)', () => {
    const ignoreCase = githubTrust({
      StringEquals: aud,
      StringEqualsIgnoreCase: { [SUB_KEY]: 'repo:Acme/Infra:ref:refs/heads/main' }
    })
    expect(lines('github-oidc-unpinned-sub', ignoreCase)).toEqual([])
    expect(
      lines(
        'github-oidc-missing-aud',
        githubTrust({
          StringEqualsIgnoreCase: {
            [AUD_KEY]: 'sts.amazonaws.com',
            [SUB_KEY]: 'repo:acme/infra:pull_request'
          }
        })
      )
    ).toEqual([])
  })

  it('flags a wildcard anywhere in the context, saying what it lets in, unless the environment claim is pinned', () => {
    const contexts = [
      'repo:acme/infra:*:*',
      'repo:acme/infra:ref:*',
      'repo:acme/infra:ref:refs/heads/*',
      'repo:acme/infra:ref:refs/heads/main*',
      'repo:acme/infra:environment:*',
      'repo:acme/infra:e*'
    ]
    const keep = 'or keep it and add StringEquals on the environment claim (…:environment: prod)'
    const found = lines('github-oidc-unpinned-sub', like(...contexts))
    expect(found).toEqual([
      expect.stringMatching(
        /^13: .*"repo:acme\/infra:\*:\*" has a wildcard in its context \("\*:\*"\), which matches more than one kind of context of acme\/infra/
      ),
      expect.stringMatching(
        /^14: .*"repo:acme\/infra:ref:\*" matches every branch or tag of acme\/infra whose name fits "\*"/
      ),
      expect.stringMatching(
        /^15: .*"repo:acme\/infra:ref:refs\/heads\/\*" matches every branch or tag of acme\/infra whose name fits "refs\/heads\/\*"/
      ),
      expect.stringMatching(
        /^16: .*"repo:acme\/infra:ref:refs\/heads\/main\*" matches every branch or tag .*\(refs\/heads\/main\* matches refs\/heads\/main-evil\), so anyone who can push such a branch or tag may assume this role, bypassing branch protection/
      ),
      expect.stringMatching(
        /^17: .*"repo:acme\/infra:environment:\*" matches every GitHub environment of acme\/infra whose name fits "\*", and a workflow that names an environment that does not exist gets one created without protection rules/
      ),
      expect.stringMatching(/^18: .*"repo:acme\/infra:e\*" has a wildcard in its context \("e\*"\)/)
    ])
    for (const line of found) expect(line).toContain(keep)
    // The environment claim pins what the context pattern leaves open.
    const bound = githubTrust({
      StringEquals: { ...aud, 'token.actions.githubusercontent.com:environment': 'prod' },
      StringLike: { [SUB_KEY]: contexts }
    })
    expect(lines('github-oidc-unpinned-sub', bound)).toEqual([])
  })

  it('understands the immutable repo:OWNER@ID/REPO@ID subject format', () => {
    const immutable = githubTrust({
      StringEquals: { ...aud, [SUB_KEY]: 'repo:acme@123/infra@456:environment:prod' }
    })
    expect(lines('github-oidc-unpinned-sub', immutable)).toEqual([])
    expect(lines('github-oidc-unpinned-sub', like('repo:acme@123/*'))).toEqual([
      expect.stringMatching(/^13: .*"repo:acme@123\/\*" leaves the repository open \(acme@123\/\*\)/)
    ])
  })

  it('accepts a pinned job_workflow_ref with a pinned caller instead of sub, and one pinned operator among several', () => {
    const workflow = githubTrust({
      StringEquals: { ...aud, 'token.actions.githubusercontent.com:repository': 'acme/infra' },
      StringLike: {
        'token.actions.githubusercontent.com:job_workflow_ref':
          'acme/infra/.github/workflows/deploy.yml@refs/heads/*'
      }
    })
    expect(lines('github-oidc-unpinned-sub', workflow)).toEqual([])
    // Operators are AND-ed: the StringEquals pins what the broad StringLike lets through.
    const both = githubTrust({
      StringEquals: { ...aud, [SUB_KEY]: 'repo:acme/infra:environment:prod' },
      StringLike: { [SUB_KEY]: 'repo:acme/*' }
    })
    expect(lines('github-oidc-unpinned-sub', both)).toEqual([])
  })

  it('does not let job_workflow_ref pin alone: it names the called workflow, not the calling repository', () => {
    const JWR = 'token.actions.githubusercontent.com:job_workflow_ref'
    const workflow = 'acme/shared/.github/workflows/deploy.yml@refs/heads/main'
    const anyCaller = githubTrust({
      StringEquals: { ...aud, [JWR]: workflow },
      StringLike: { [SUB_KEY]: 'repo:*' }
    })
    expect(lines('github-oidc-unpinned-sub', anyCaller)).toEqual([
      `11: trust policy: statement 0: StringEquals ${JWR} "${workflow}" names the workflow that is called, not the repository that calls it (sub, repository and ref describe the caller), so a workflow of any repository allowed to call it, any repository at all for a public workflow, can assume this role; also pin the caller: a sub naming the repository, or StringEquals …:repository: "<owner>/<repo>" or …:repository_owner: "<owner>"`,
      expect.stringMatching(/^13: .*"repo:\*" leaves the repository open/)
    ])
    // The caller pinned by a claim, or by a sub that names the owner: the workflow pins the rest.
    const callers: Conditions[] = [
      {
        StringEquals: {
          ...aud,
          [JWR]: workflow,
          'token.actions.githubusercontent.com:repository': 'acme/app'
        }
      },
      {
        StringEquals: {
          ...aud,
          [JWR]: workflow,
          'token.actions.githubusercontent.com:repository_owner': 'acme'
        }
      },
      { StringEquals: { ...aud, [JWR]: workflow }, StringLike: { [SUB_KEY]: 'repo:acme/*' } }
    ]
    for (const conditions of callers)
      expect(lines('github-oidc-unpinned-sub', githubTrust(conditions))).toEqual([])
  })

  it('accepts repo:<owner>/<repo>:* when StringEquals pins the repository and environment claims', () => {
    // The issue's case: the per-claim keys pin what the sub pattern leaves open.
    const claims = githubTrust({
      StringEquals: {
        ...aud,
        'token.actions.githubusercontent.com:repository': 'acme/infra',
        'token.actions.githubusercontent.com:environment': 'prod'
      },
      StringLike: { [SUB_KEY]: 'repo:acme/infra:*' }
    })
    expect(lines('github-oidc-unpinned-sub', claims)).toEqual([])
    // A ref claim does not pin the context: pull_request_target runs carry refs/heads/main too.
    const byRef = githubTrust({
      StringEquals: {
        ...aud,
        'token.actions.githubusercontent.com:repository': 'acme/infra',
        'token.actions.githubusercontent.com:ref': 'refs/heads/main'
      },
      StringLike: { [SUB_KEY]: 'repo:acme/infra:*' }
    })
    expect(lines('github-oidc-unpinned-sub', byRef)).toEqual([
      expect.stringMatching(/matches every branch, tag, pull request and environment of acme\/infra/)
    ])
    // An org-wide sub is pinned by the repository claim (with the environment).
    const orgPattern = githubTrust({
      StringEquals: {
        ...aud,
        'token.actions.githubusercontent.com:repository': 'acme/infra',
        'token.actions.githubusercontent.com:environment': 'prod'
      },
      StringLike: { [SUB_KEY]: 'repo:acme/*' }
    })
    expect(lines('github-oidc-unpinned-sub', orgPattern)).toEqual([])
  })

  it('still flags repo:<owner>/<repo>:* when the environment claim is missing, wildcarded or IfExists', () => {
    const open = (environment: Record<string, Record<string, string>>) =>
      lines(
        'github-oidc-unpinned-sub',
        githubTrust({
          StringEquals: { ...aud, 'token.actions.githubusercontent.com:repository': 'acme/infra' },
          StringLike: { [SUB_KEY]: 'repo:acme/infra:*' },
          ...environment
        })
      )
    const everyBranch = expect.stringMatching(
      /matches every branch, tag, pull request and environment of acme\/infra.*add StringEquals on the environment claim/
    )
    expect(open({})).toEqual([everyBranch])
    expect(
      open({ StringEqualsIfExists: { 'token.actions.githubusercontent.com:environment': 'prod' } })
    ).toEqual([everyBranch])
    const wildcardEnvironment = githubTrust({
      StringEquals: { ...aud, 'token.actions.githubusercontent.com:repository': 'acme/infra' },
      StringLike: {
        [SUB_KEY]: 'repo:acme/infra:*',
        'token.actions.githubusercontent.com:environment': 'prod*'
      }
    })
    expect(lines('github-oidc-unpinned-sub', wildcardEnvironment)).toEqual([everyBranch])
    // repo:acme/* with only the environment pinned still admits every repository of acme.
    const orgWide = githubTrust({
      StringEquals: { ...aud, 'token.actions.githubusercontent.com:environment': 'prod' },
      StringLike: { [SUB_KEY]: 'repo:acme/*' }
    })
    expect(lines('github-oidc-unpinned-sub', orgWide)).toEqual([
      expect.stringMatching(/"repo:acme\/\*" leaves the repository open/)
    ])
  })

  it('ignores statements that do not trust GitHub', () => {
    const other = `trust:
  Statement:
    - Effect: Allow
      Principal: { Federated: "arn:aws:iam::{account}:oidc-provider/app.terraform.io" }
      Action: sts:AssumeRoleWithWebIdentity
`
    expect(lines('github-oidc-unpinned-sub', other)).toEqual([])
  })
})

describe('github-oidc-missing-aud', () => {
  const sub = { [SUB_KEY]: 'repo:acme/infra:environment:prod' }

  it('flags a missing aud condition and a different audience', () => {
    expect(lines('github-oidc-missing-aud', githubTrust({ StringEquals: sub }))).toEqual([
      expect.stringMatching(
        /^8: trust policy: statement 0: trusts GitHub Actions OIDC without a StringEquals condition on token\.actions\.githubusercontent\.com:aud.*sts\.amazonaws\.com/
      )
    ])
    expect(
      lines('github-oidc-missing-aud', githubTrust({ StringEquals: { ...sub, [AUD_KEY]: 'sigstore' } }))
    ).toEqual([expect.stringMatching(/^11: .*allows audience "sigstore"; .*sts\.amazonaws\.com/)])
  })

  it('accepts aud = sts.amazonaws.com', () => {
    expect(
      lines(
        'github-oidc-missing-aud',
        githubTrust({ StringEquals: { [AUD_KEY]: 'sts.amazonaws.com', ...sub } })
      )
    ).toEqual([])
  })
})

describe('github-oidc-forallvalues', () => {
  const aud = { [AUD_KEY]: 'sts.amazonaws.com' }

  it('flags ForAllValues: on a GitHub claim and on a single-valued key, at the operator', () => {
    const body = githubTrust({
      StringEquals: aud,
      'ForAllValues:StringLike': { [SUB_KEY]: 'repo:acme/infra:environment:prod' }
    })
    expect(lines('github-oidc-forallvalues', body)).toEqual([
      expect.stringMatching(
        /^11: trust policy: statement 0: ForAllValues:StringLike on token\.actions\.githubusercontent\.com:sub is true when the request has no .*; use StringLike/
      )
    ])
    const external = `trust:
  Statement:
    - Effect: Allow
      Principal: { AWS: "arn:aws:iam::999999999999:root" }
      Action: sts:AssumeRole
      Condition:
        ForAllValues:StringEquals: { "sts:ExternalId": abc }
`
    expect(lines('github-oidc-forallvalues', external)).toEqual([
      expect.stringMatching(/^9: .*ForAllValues:StringEquals on sts:ExternalId/)
    ])
  })

  it('accepts ForAnyValue: and ForAllValues: on a multi-valued key', () => {
    const body = githubTrust({
      StringEquals: aud,
      'ForAnyValue:StringLike': { [SUB_KEY]: 'repo:acme/infra:environment:prod' }
    })
    expect(lines('github-oidc-forallvalues', body)).toEqual([])
    const paths = `trust:
  Statement:
    - Effect: Allow
      Principal: { AWS: "arn:aws:iam::{account}:root" }
      Action: sts:AssumeRole
      Condition:
        ForAllValues:StringLike: { "aws:PrincipalOrgPaths": "o-abc/r-1/ou-2/*" }
`
    expect(lines('github-oidc-forallvalues', paths)).toEqual([])
  })
})

describe('github-oidc-not-environment-bound', () => {
  const bound = (subject: string) =>
    githubTrust({ StringEquals: { [AUD_KEY]: 'sts.amazonaws.com', [SUB_KEY]: subject } })

  it('flags a role in a protected environment whose GitHub trust is not bound to that environment', () => {
    const found = findings('github-oidc-not-environment-bound', bound('repo:acme/infra:ref:refs/heads/main'))
    expect(found.map(f => [f.environment, f.line])).toEqual([['prod', 11]])
    expect(found[0].message).toContain(
      "this role can be assumed by a job that the environment's reviewers never approved"
    )
    expect(found[0].message).toContain('"repo:acme/infra:environment:prod"')
  })

  it('accepts a sub pinned to the environment, or an environment claim condition', () => {
    expect(lines('github-oidc-not-environment-bound', bound('repo:acme/infra:environment:prod'))).toEqual([])
    expect(
      lines('github-oidc-not-environment-bound', bound('repo:acme@123/infra@456:environment:prod'))
    ).toEqual([])
    const claim = githubTrust({
      StringEquals: {
        [AUD_KEY]: 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:environment': 'prod'
      },
      StringLike: { [SUB_KEY]: 'repo:acme/infra:*' }
    })
    expect(lines('github-oidc-not-environment-bound', claim)).toEqual([])
  })

  it('flags a sub pinned to another environment, only where the environment is protected', () => {
    const found = findings('github-oidc-not-environment-bound', bound('repo:acme/infra:environment:dev'))
    expect(found.map(f => f.environment)).toEqual(['prod'])
  })
})

describe('cross-account-no-external-id', () => {
  const trust = (principal: string, condition = '') =>
    `trust:\n  Statement:\n    - Effect: Allow\n      Principal: { AWS: "${principal}" }\n      Action: sts:AssumeRole\n${condition}`

  it('flags a principal of another account without sts:ExternalId', () => {
    const found = findings('cross-account-no-external-id', trust('arn:aws:iam::999999999999:role/vendor'))
    expect(found.map(f => `${f.line}: ${f.message}`)).toEqual([
      expect.stringMatching(
        /^6: trust policy: statement 0: trusts arn:aws:iam::999999999999:role\/vendor in account 999999999999, which is not this environment's account, without an sts:ExternalId condition/
      )
    ])
    // A bare account id names the account too.
    expect(lines('cross-account-no-external-id', trust('999999999999'))).toHaveLength(1)
  })

  it('judges per environment: the prod account is foreign to dev', () => {
    const found = findings('cross-account-no-external-id', trust('arn:aws:iam::333333333333:root'))
    expect(found.map(f => f.environment)).toEqual(['dev'])
  })

  it('accepts the same account, an ExternalId, an organization condition and service principals', () => {
    expect(lines('cross-account-no-external-id', trust('arn:aws:iam::{account}:role/ci'))).toEqual([])
    const externalId = '      Condition: { StringEquals: { "sts:ExternalId": "a1b2c3" } }\n'
    expect(
      lines('cross-account-no-external-id', trust('arn:aws:iam::999999999999:root', externalId))
    ).toEqual([])
    const org = '      Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } }\n'
    expect(lines('cross-account-no-external-id', trust('arn:aws:iam::999999999999:root', org))).toEqual([])
    const service =
      'trust:\n  Statement:\n    - Effect: Allow\n      Principal: { Service: lambda.amazonaws.com }\n      Action: sts:AssumeRole\n'
    expect(lines('cross-account-no-external-id', service)).toEqual([])
  })

  it('does not count StringLike aws:PrincipalOrgID "*", which every organization matches', () => {
    const anyOrganization = '      Condition: { StringLike: { "aws:PrincipalOrgID": "*" } }\n'
    expect(
      lines('cross-account-no-external-id', trust('arn:aws:iam::999999999999:root', anyOrganization))
    ).toEqual([
      expect.stringMatching(
        /^6: .*without an sts:ExternalId condition \(StringLike aws:PrincipalOrgID does not count: it does not require one organization\)/
      )
    ])
  })
})

describe('service-confused-deputy', () => {
  const trust = (service: string, condition = '') =>
    `trust:\n  Statement:\n    - Effect: Allow\n      Principal: { Service: ${service} }\n      Action: sts:AssumeRole\n${condition}`

  it('flags ecs-tasks and Step Functions (regional principal too) without aws:SourceAccount', () => {
    expect(lines('service-confused-deputy', trust('ecs-tasks.amazonaws.com'))).toEqual([
      expect.stringMatching(
        /^6: trust policy: statement 0: trusts ecs-tasks\.amazonaws\.com without an aws:SourceAccount or aws:SourceArn condition.*StringEquals aws:SourceAccount: "\{account\}"/
      )
    ])
    expect(lines('service-confused-deputy', trust('states.us-east-1.amazonaws.com'))).toHaveLength(1)
  })

  it('accepts aws:SourceAccount or aws:SourceArn, and services that do not send them', () => {
    const account = '      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }\n'
    expect(lines('service-confused-deputy', trust('ecs-tasks.amazonaws.com', account))).toEqual([])
    const arn =
      '      Condition: { ArnLike: { "aws:SourceArn": "arn:aws:states:us-east-1:{account}:stateMachine:*" } }\n'
    expect(lines('service-confused-deputy', trust('states.amazonaws.com', arn))).toEqual([])
    expect(lines('service-confused-deputy', trust('lambda.amazonaws.com'))).toEqual([])
    expect(lines('service-confused-deputy', trust('ec2.amazonaws.com'))).toEqual([])
  })

  it('does not count a source account or ARN that is only wildcards or leaves the account open', () => {
    const open = [
      '      Condition: { StringLike: { "aws:SourceAccount": "*" } }\n',
      '      Condition: { ArnLike: { "aws:SourceArn": "arn:aws:ecs:*:*:*" } }\n',
      '      Condition: { StringLike: { "aws:SourceOrgID": "o-*" } }\n'
    ]
    for (const condition of open) {
      expect(lines('service-confused-deputy', trust('ecs-tasks.amazonaws.com', condition))).toEqual([
        expect.stringMatching(
          /^6: .*without an aws:SourceAccount or aws:SourceArn condition \(.* does not count: it does not require a source in one account\)/
        )
      ])
    }
    const account = '      Condition: { ArnLike: { "aws:SourceArn": "arn:aws:ecs:*:{account}:*" } }\n'
    expect(lines('service-confused-deputy', trust('ecs-tasks.amazonaws.com', account))).toEqual([])
  })

  it('covers SageMaker AI and EventBridge rules, whose AWS docs recommend the condition in the role trust', () => {
    expect(lines('service-confused-deputy', trust('sagemaker.amazonaws.com'))).toEqual([
      expect.stringContaining('security-confused-deputy-prevention.html')
    ])
    expect(lines('service-confused-deputy', trust('events.amazonaws.com'))).toEqual([
      expect.stringContaining('so Amazon EventBridge could be made to use this role')
    ])
  })
})
