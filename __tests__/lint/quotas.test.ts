import type { PolicyDocument } from '../../src/model/policy.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'
import { BASIC_CONFIG } from '../support/temp-project.js'

function lines(rule: string, files: Record<string, string>, configText?: string): string[] {
  return renderProject(files, configText)
    .findings.filter(f => f.rule === rule)
    .map(f => `${f.line}: ${f.message}`)
}

/** Findings of `rule` as `file:line role (environments) message`, sorted. */
function located(rule: string, files: Record<string, string>, configText?: string): string[] {
  return renderProject(files, configText)
    .findings.filter(f => f.rule === rule)
    .map(
      f =>
        `${f.file}:${f.line} ${f.role ?? '-'} (${(f.environments ?? [f.environment]).join(',')}) ${f.message}`
    )
    .sort()
}

/** Three roles: a and b set nothing, c sets `own` (appended at its top level, from line 9). */
function threeRoles(own: string): Record<string, string> {
  return {
    'iam/a.yml': `kind: Role\nname: a\n${ECS_TRUST}`,
    'iam/b.yml': `kind: Role\nname: b\n${ECS_TRUST}`,
    'iam/c.yml': `kind: Role\nname: c\n${ECS_TRUST}${own}`
  }
}

/** A role (logical name r) with the ECS trust; `extra` is appended at the top level. */
function role(extra = ''): Record<string, string> {
  return { 'iam/r.yml': `kind: Role\nname: r\n${ECS_TRUST}${extra}` }
}

/** IAM's count, written out independently of the implementation: JSON without any whitespace. */
function iamSize(document: PolicyDocument): number {
  return JSON.stringify(document).replace(/\s/g, '').length
}

/** A statement whose Sid pads the document; `sid` characters long. */
function paddedStatement(sid: number, indent: string): string {
  return `${indent}- Sid: ${'A'.repeat(sid)}\n${indent}  Effect: Allow\n${indent}  Action: s3:GetObject\n${indent}  Resource: "*"\n`
}

describe('trust-policy-size', () => {
  const trust = (sid: number) => `trust:
  Statement:
    - Sid: ${'A'.repeat(sid)}
      Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }
`
  const files = (sid: number) => ({ 'iam/r.yml': `kind: Role\nname: r\n${trust(sid)}` })
  // The Sid length that makes the trust policy exactly `size` characters.
  const base = iamSize(renderProject(files(1)).state.environments.dev.roles[0].trustPolicy)
  const sidFor = (size: number) => size - base + 1

  it('accepts 2,048 characters and flags 2,049, with the size, the limit and the quota increase', () => {
    expect(iamSize(renderProject(files(sidFor(2048))).state.environments.dev.roles[0].trustPolicy)).toBe(2048)
    expect(lines('trust-policy-size', files(sidFor(2048)))).toEqual([])
    expect(lines('trust-policy-size', files(sidFor(2049)))).toEqual([
      expect.stringMatching(
        /^3: role r: the trust policy is 2,049 characters \(not counting whitespace\), over the limit of 2,048; .*quota increase \(possible up to 4,096/
      )
    ])
  })

  it('uses limits.trustPolicySize from rolegate.yml', () => {
    const raised = BASIC_CONFIG + 'limits: { trustPolicySize: 4096 }\n'
    expect(lines('trust-policy-size', files(sidFor(4096)), raised)).toEqual([])
    expect(lines('trust-policy-size', files(sidFor(4097)), raised)).toEqual([
      expect.stringMatching(
        /4,097 characters .* over the limit of 4,096; .*4,096 is the highest quota IAM grants/
      )
    ])
  })

  it('does not count whitespace, not even inside string values', () => {
    const spaced = files(sidFor(2048))['iam/r.yml'].replace('"{account}"', '"{account}    "')
    expect(lines('trust-policy-size', { 'iam/r.yml': spaced })).toEqual([])
  })
})

describe('inline-policy-size', () => {
  const policies = (a: number, b: number) =>
    `policies:\n  First:\n    Statement:\n${paddedStatement(a, '      ')}  Second:\n    Statement:\n${paddedStatement(b, '      ')}`
  const inline = (a: number, b: number) =>
    renderProject(role(policies(a, b))).state.environments.dev.roles[0].inlinePolicies
  const base = iamSize(inline(1, 1).First)

  it('accepts 10,240 characters across a role and flags 10,241, naming each policy', () => {
    const second = 5000 - base + 1
    const first = 10240 - 5000 - base + 1
    const documents = inline(first, second)
    expect(iamSize(documents.First) + iamSize(documents.Second)).toBe(10240)
    expect(lines('inline-policy-size', role(policies(first, second)))).toEqual([])
    expect(lines('inline-policy-size', role(policies(first + 1, second)))).toEqual([
      expect.stringMatching(
        /^9: role r: its inline policies total 10,241 characters .*First 5,241, Second 5,000\), over IAM's limit of 10,240/
      )
    ])
  })
})

describe('managed-policy-size', () => {
  const policy = (sid: number) => ({
    'iam/p.yml': `kind: ManagedPolicy\nname: big\ndocument:\n  Statement:\n${paddedStatement(sid, '    ')}`
  })
  const base = iamSize(renderProject(policy(1)).state.environments.dev.managedPolicies[0].document)

  it('accepts 6,144 characters and flags 6,145', () => {
    expect(lines('managed-policy-size', policy(6144 - base + 1))).toEqual([])
    expect(lines('managed-policy-size', policy(6145 - base + 1))).toEqual([
      expect.stringMatching(
        /^3: managed policy big: the document is 6,145 characters .*over IAM's limit of 6,144/
      )
    ])
  })
})

describe('managed-policy-count', () => {
  const attach = (count: number) =>
    'managedPolicies:\n' +
    Array.from({ length: count }, (_, index) => `  - arn:aws:iam::aws:policy/Policy${index}\n`).join('')

  it('accepts 10 and flags the 11th attachment at its line', () => {
    expect(lines('managed-policy-count', role(attach(10)))).toEqual([])
    // ECS_TRUST ends on line 8; managedPolicies: is line 9, its 11th entry line 20.
    expect(lines('managed-policy-count', role(attach(11)))).toEqual([
      expect.stringMatching(
        /^20: role r: 11 managed policies are attached, over the limit of 10; .*limits\.managedPoliciesPerRole/
      )
    ])
  })

  it('uses limits.managedPoliciesPerRole', () => {
    expect(
      lines(
        'managed-policy-count',
        role(attach(11)),
        BASIC_CONFIG + 'limits: { managedPoliciesPerRole: 20 }\n'
      )
    ).toEqual([])
  })
})

describe('tag-limits', () => {
  const tags = (count: number) =>
    'tags:\n' + Array.from({ length: count }, (_, index) => `  Tag${index}: value\n`).join('')

  it('counts the ownership tag: 48 own tags + Project + rolegate:managed-by is 50, one more is too many', () => {
    expect(lines('tag-limits', role(tags(48)))).toEqual([])
    expect(lines('tag-limits', role(tags(49)))).toEqual([
      expect.stringMatching(
        /^9: role r: 51 tags, counting the rolegate:managed-by ownership tag RoleGate adds; IAM allows at most 50/
      )
    ])
  })

  it('flags reserved, long and invalid keys and values at the tag', () => {
    const bad = `tags:\n  aws:team: ml\n  ${'k'.repeat(129)}: v\n  Owner: ${'v'.repeat(257)}\n  "team#1": ok\n`
    expect(lines('tag-limits', role(bad))).toEqual([
      '10: role r: tag key "aws:team" starts with "aws:", which AWS reserves for its own tags; rename it',
      `11: role r: tag key "${'k'.repeat(129)}" is 129 characters; IAM allows at most 128`,
      '12: role r: the value of tag "Owner" is 257 characters; IAM allows at most 256',
      '13: role r: tag key "team#1" has characters IAM refuses in tags ("#"); use letters, digits, spaces and _ . : / = + - @'
    ])
  })

  it('accepts letters of any script, spaces and the allowed punctuation', () => {
    expect(
      lines('tag-limits', role('tags:\n  Team: "ML platform / Zürich"\n  cost-center: "a.b:c=d+e@f_g"\n'))
    ).toEqual([])
  })
})

describe('session-duration', () => {
  it.each([3600, 43200])('accepts %i seconds', seconds => {
    expect(lines('session-duration', role(`maxSessionDuration: ${seconds}\n`))).toEqual([])
  })

  it.each([3599, 43201])('flags %i seconds at the field', seconds => {
    expect(lines('session-duration', role(`maxSessionDuration: ${seconds}\n`))).toEqual([
      `9: role r: maxSessionDuration ${seconds} is outside IAM's range of 3,600 to 43,200 seconds (1 to 12 hours); use a whole number of seconds in that range`
    ])
  })
})

describe('a value from rolegate.yml that every role inherits is reported once, at its line there', () => {
  it('defaults.maxSessionDuration: once at rolegate.yml; a role’s own value at the role', () => {
    const config = BASIC_CONFIG.replace('defaults:\n', 'defaults:\n  maxSessionDuration: 99\n')
    expect(located('session-duration', threeRoles('maxSessionDuration: 100\n'), config)).toEqual([
      "iam/c.yml:9 c (dev,prod) role c: maxSessionDuration 100 is outside IAM's range of 3,600 to 43,200 seconds (1 to 12 hours); use a whole number of seconds in that range",
      "rolegate.yml:4 - (dev,prod) defaults.maxSessionDuration 99 in rolegate.yml is outside IAM's range of 3,600 to 43,200 seconds (1 to 12 hours), and every role that does not set maxSessionDuration gets it; use a whole number of seconds in that range"
    ])
    // Every role sets its own: the default is never used, and nothing is reported about it.
    const own = Object.fromEntries(
      Object.entries(threeRoles('')).map(([file, text]) => [file, `${text}maxSessionDuration: 3600\n`])
    )
    expect(located('session-duration', own, config)).toEqual([])
  })

  it('defaults.path and path: once at rolegate.yml for the roles and policies that do not set one', () => {
    const files = {
      ...threeRoles('path: /c c/\n'),
      'iam/p.yml':
        'kind: ManagedPolicy\nname: p\ndocument: { Statement: [{ Effect: Allow, Action: "s3:GetObject", Resource: "*" }] }\n'
    }
    const invalid = (path: string) =>
      `the path "${path}" is not a valid IAM path; it must be "/" or start and end with "/" with printable ASCII between, no spaces (e.g. /teams/ml/)`
    expect(located('path', files, BASIC_CONFIG.replace('defaults:\n', 'defaults:\n  path: /a b/\n'))).toEqual(
      [
        `iam/c.yml:9 c (dev,prod) role c: ${invalid('/c c/')}`,
        `rolegate.yml:4 - (dev,prod) defaults.path in rolegate.yml: ${invalid('/a b/')}`
      ]
    )
    expect(located('path', files, BASIC_CONFIG.replace('defaults:\n', 'path: /x y/\ndefaults:\n'))).toEqual([
      `iam/c.yml:9 c (dev,prod) role c: ${invalid('/c c/')}`,
      `rolegate.yml:3 - (dev,prod) path in rolegate.yml: ${invalid('/x y/')}`
    ])
  })

  it('defaults.tags: once at the tag’s line in rolegate.yml, also for a role that sets other tags', () => {
    const config = BASIC_CONFIG.replace(
      '  tags: { Project: "{project}" }\n',
      '  tags:\n    Project: "{project}"\n    "aws:team": ml\n    Team: "a#b"\n'
    )
    expect(located('tag-limits', threeRoles('tags: { Team: ok, "aws:own": x }\n'), config)).toEqual([
      'iam/c.yml:9 c (dev,prod) role c: tag key "aws:own" starts with "aws:", which AWS reserves for its own tags; rename it',
      'rolegate.yml:6 - (dev,prod) defaults.tags in rolegate.yml: tag key "aws:team" starts with "aws:", which AWS reserves for its own tags; rename it',
      'rolegate.yml:7 - (dev,prod) defaults.tags in rolegate.yml: tag "Team" value "a#b" has characters IAM refuses in tags ("#"); use letters, digits, spaces and _ . : / = + - @'
    ])
  })
})

describe('description', () => {
  it('accepts 1,000 characters of Latin-1 and flags 1,001', () => {
    expect(lines('description', role(`description: "${'é'.repeat(1000)}"\n`))).toEqual([])
    expect(lines('description', role(`description: "${'a'.repeat(1001)}"\n`))).toEqual([
      '9: role r: the description is 1,001 characters; IAM allows at most 1,000. Shorten it'
    ])
  })

  it('names characters outside IAM’s pattern', () => {
    expect(lines('description', role('description: "Team’s role — prod"\n'))).toEqual([
      '9: role r: the description has characters IAM refuses in role descriptions: "’" (U+2019), "—" (U+2014); use printable ASCII or Latin-1 (typographic quotes and dashes are the usual culprits)'
    ])
  })
})

describe('path', () => {
  it('accepts a nested path and flags spaces and excessive length', () => {
    expect(lines('path', role('path: /teams/ml/\n'))).toEqual([])
    expect(lines('path', role('path: /teams/machine learning/\n'))).toEqual([
      expect.stringMatching(/^9: role r: the path "\/teams\/machine learning\/" is not a valid IAM path/)
    ])
    expect(lines('path', role(`path: /${'a'.repeat(511)}/\n`))).toEqual([
      '9: role r: the path is 513 characters; IAM allows at most 512'
    ])
    expect(lines('path', role(`path: /${'a'.repeat(510)}/\n`))).toEqual([])
  })
})

describe('role-name-length', () => {
  it('accepts 64 characters and flags 65 at roleName', () => {
    const named = (name: string) => role(`roleName: ${name}\n`)
    expect(lines('role-name-length', named(`demo-${'a'.repeat(59)}`))).toEqual([])
    expect(lines('role-name-length', named(`demo-${'a'.repeat(60)}`))).toEqual([
      expect.stringMatching(
        /^9: role r: the name "demo-a+" \(from roleName\) is 65 characters; IAM allows at most 64/
      )
    ])
  })

  it('flags a long name from the naming template at the logical name, and characters IAM refuses', () => {
    // demo-prod- is 10 characters: a 55-character logical name makes 65 in prod, 64 in dev.
    const logical = 'n'.repeat(55)
    const found = renderProject({
      'iam/r.yml': `kind: Role\nname: ${logical}\n${ECS_TRUST}`
    }).findings.filter(f => f.rule === 'role-name-length')
    expect(found.map(f => [f.environment, f.line])).toEqual([['prod', 2]])
    expect(found[0].message).toContain('(from the naming template) is 65 characters')
    expect(lines('role-name-length', role('roleName: "demo-ci#deployer"\n'))).toEqual([
      expect.stringMatching(
        /^9: role r: the name "demo-ci#deployer" \(from roleName\) has characters IAM refuses \("#"\)/
      )
    ])
  })

  it('flags a managed policy name over 128 characters', () => {
    const policy = (name: string) => ({
      'iam/p.yml': `kind: ManagedPolicy\nname: p\npolicyName: ${name}\ndocument:\n  Statement:\n${paddedStatement(1, '    ')}`
    })
    expect(lines('role-name-length', policy(`demo-${'p'.repeat(123)}`))).toEqual([])
    expect(lines('role-name-length', policy(`demo-${'p'.repeat(124)}`))).toEqual([
      expect.stringMatching(
        /^3: managed policy p: the name "demo-p+" \(from policyName\) is 129 characters; IAM allows at most 128/
      )
    ])
  })
})

describe('role-name-length on inline policy names', () => {
  const inline = (key: string) =>
    role(`policies:\n  ${key}:\n    Statement:\n${paddedStatement(1, '      ')}`)

  it('flags characters PutRolePolicy refuses at the key, naming each one', () => {
    expect(lines('role-name-length', inline('"SQS Access/🚀"'))).toEqual([
      '10: role r: inline policy name "SQS Access/🚀" has characters IAM refuses (" ", "/", "🚀"); rename the key under policies: using letters, digits and + = , . @ _ -'
    ])
  })

  it('says a {variable} in the name is not rendered', () => {
    expect(lines('role-name-length', inline('"s3-{environment}"'))).toEqual([
      expect.stringContaining('("{", "}") ({variables} are not rendered in inline policy names)')
    ])
  })

  it('accepts 128 characters of IAM name characters and flags 129', () => {
    expect(lines('role-name-length', inline(`Aa0+=,.@_-${'p'.repeat(118)}`))).toEqual([])
    expect(lines('role-name-length', inline('p'.repeat(129)))).toEqual([
      expect.stringMatching(/^10: role r: inline policy name "p+" is 129 characters; IAM allows at most 128/)
    ])
  })

  it('checks a managed policy name’s characters as CreatePolicy does', () => {
    const policy = {
      'iam/p.yml': `kind: ManagedPolicy\nname: p\npolicyName: "demo p"\ndocument:\n  Statement:\n${paddedStatement(1, '    ')}`
    }
    expect(lines('role-name-length', policy)).toEqual([
      expect.stringMatching(
        /^3: managed policy p: the name "demo p" \(from policyName\) has characters IAM refuses \(" "\)/
      )
    ])
  })

  it('is an error, so validate fails before deploy would', () => {
    const found = renderProject(inline('"SQS Access"')).findings.filter(f => f.rule === 'role-name-length')
    expect(found.map(f => [f.severity, f.file, f.line])).toEqual([['error', 'iam/r.yml', 10]])
  })
})

describe('missing-permissions-boundary', () => {
  const strict = BASIC_CONFIG + 'requirePermissionsBoundary: true\n'

  it('flags a role without a boundary when the config requires one', () => {
    expect(lines('missing-permissions-boundary', role(), strict)).toEqual([
      expect.stringMatching(
        /^1: role r has no permissions boundary, but rolegate.yml sets requirePermissionsBoundary/
      )
    ])
  })

  it('accepts a boundary, and a role without one when the config does not require it', () => {
    const bounded = role('permissionsBoundary: "arn:aws:iam::{account}:policy/boundary"\n')
    expect(lines('missing-permissions-boundary', bounded, strict)).toEqual([])
    expect(lines('missing-permissions-boundary', role())).toEqual([])
  })
})
