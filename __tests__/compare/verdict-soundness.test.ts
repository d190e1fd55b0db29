/**
 * Verdicts a reviewer approves on must not call a broadening neutral (audit of the comparison
 * engine, /tmp/audit-compare): a role's tags, name or path read by its own policies, a detached
 * policy RoleGate cannot read, a definition renamed over the same IAM role, a managed policy's own
 * risk, a removed permissions boundary.
 */
import { compareEnvironment, compareStates } from '../../src/compare/compare.js'
import type { ChangeSet, RoleChange } from '../../src/compare/model.js'
import { riskFromFindings } from '../../src/compare/verdict.js'
import { HIGH_RISK_RULES } from '../../src/lint/catalog.js'
import { planEnvironment } from '../../src/plan/plan.js'
import { evaluateRequest, requestContext, rolePolicies } from '../../src/policy/evaluate/index.js'
import { renderChangeMarkdown } from '../../src/report/change-markdown.js'
import { environmentsReport } from '../../src/report/diff-report.js'
import { renderChangeText } from '../../src/report/text.js'
import { ECS_TRUST, renderProject, type Rendered } from '../support/render-project.js'

const PAYROLL = `      - Effect: Allow
        Action: [s3:GetObject, s3:DeleteObject]
        Resource: "arn:aws:s3:::payroll/*"
`

function role(statements: string, extra = '', trust = ECS_TRUST, name = 'app'): string {
  return `kind: Role
name: ${name}
${trust}${extra}policies:
  P:
    Statement:
${statements}`
}

function changesOf(before: Record<string, string>, after: Record<string, string>): ChangeSet {
  return compareStates(renderProject(before).state, renderProject(after).state)
}

/** Compares two versions of iam/app.yml in dev; returns the (first) role's change. */
function diff(before: string, after: string): RoleChange {
  return changesOf({ 'iam/app.yml': before }, { 'iam/app.yml': after }).environments.dev.roles[0]
}

/** The evaluator's decision for the dev role `app` (the `rolegate can` engine). */
function decide(rendered: Rendered, action: string, resource: string, tags: Record<string, string> = {}) {
  const environment = rendered.state.environments.dev
  const target = environment.roles.find(item => item.logicalName === 'app')!
  const context = requestContext(
    Object.entries({ ...target.tags, ...tags }).map(([key, value]) => [`aws:PrincipalTag/${key}`, [value]])
  )
  return evaluateRequest(rolePolicies(target, environment), { action, resource, context }).decision
}

describe("the role's tags, name or path, read by its policies", () => {
  const tierAdmin = PAYROLL.replace(
    '        Resource: "arn:aws:s3:::payroll/*"\n',
    '        Resource: "arn:aws:s3:::payroll/*"\n        Condition: { StringEquals: { "aws:PrincipalTag/tier": admin } }\n'
  )

  it('a tag an ABAC condition reads broadens (was: neutral, no effective change)', () => {
    const before = role(tierAdmin, 'tags: { tier: standard }\n')
    const after = role(tierAdmin, 'tags: { tier: admin }\n')
    // What `rolegate can app s3:DeleteObject` answers on each side.
    expect(
      decide(renderProject({ 'iam/app.yml': before }), 's3:DeleteObject', 'arn:aws:s3:::payroll/x')
    ).toBe('deny')
    expect(decide(renderProject({ 'iam/app.yml': after }), 's3:DeleteObject', 'arn:aws:s3:::payroll/x')).toBe(
      'allow'
    )
    const change = diff(before, after)
    expect(change).toMatchObject({ change: 'modified', verdict: 'broadens', risk: 'low' })
    expect(change.reasons).toEqual([
      'changes its tag tier and its policies read aws:PrincipalTag/tier (inline policy P): the access they grant may change'
    ])
    expect(change.principalKeys).toEqual([
      {
        subject: 'its tag tier',
        property: 'tags',
        keys: ['aws:PrincipalTag/tier'],
        policies: ['inline policy P'],
        sensitiveActions: [],
        denies: []
      }
    ])
  })

  it('matches the key case-insensitively, as IAM does', () => {
    const shouting = tierAdmin.replace('aws:PrincipalTag/tier', 'AWS:PrincipalTag/TIER')
    const change = diff(role(shouting, 'tags: { tier: standard }\n'), role(shouting))
    expect(change.verdict).toBe('broadens')
    expect(change.reasons[0]).toMatch(/^changes its tag tier and its policies read AWS:PrincipalTag\/TIER/)
  })

  it('a tag in a ${aws:PrincipalTag/...} policy variable broadens', () => {
    const byTeam = PAYROLL.replace('arn:aws:s3:::payroll/*', 'arn:aws:s3:::${aws:PrincipalTag/team}-data/*')
    const change = diff(role(byTeam, 'tags: { team: web }\n'), role(byTeam, 'tags: { team: payroll }\n'))
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'low' })
    expect(change.principalKeys?.[0].keys).toEqual(['aws:PrincipalTag/team'])
  })

  it('a tag no policy reads stays neutral', () => {
    const change = diff(
      role(tierAdmin, 'tags: { tier: standard, owner: a }\n'),
      role(tierAdmin, 'tags: { tier: standard, owner: b }\n')
    )
    expect(change).toMatchObject({ change: 'modified', verdict: 'neutral', risk: 'none', reasons: [] })
    expect(change.principalKeys).toBeUndefined()
  })

  it('a new roleName under ArnLike aws:PrincipalArn broadens; so does a new path', () => {
    const byArn = PAYROLL.replace(
      '        Resource: "arn:aws:s3:::payroll/*"\n',
      '        Resource: "arn:aws:s3:::payroll/*"\n        Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/admin-*" } }\n'
    )
    const renamed = diff(role(byArn, 'roleName: svc-app\n'), role(byArn, 'roleName: admin-app\n'))
    expect(renamed).toMatchObject({
      verdict: 'broadens',
      risk: 'low',
      rename: { before: 'svc-app', after: 'admin-app' }
    })
    expect(renamed.reasons).toEqual([
      'changes its name (svc-app → admin-app) and its policies read aws:PrincipalArn (inline policy P): the access they grant may change'
    ])
    const moved = diff(role(byArn, 'path: /svc/\n'), role(byArn, 'path: /admin/\n'))
    expect(moved.verdict).toBe('broadens')
    expect(moved.reasons[0]).toMatch(
      /^changes its path \(\/svc\/ → \/admin\/\) and its policies read aws:PrincipalArn/
    )
  })

  it('is high risk when a statement reading the tag allows permissions management, or is a Deny', () => {
    const iam = `      - Effect: Allow
        Action: iam:PutRolePolicy
        Resource: "*"
        Condition: { StringEquals: { "aws:PrincipalTag/tier": admin } }
`
    const granting = diff(role(iam, 'tags: { tier: standard }\n'), role(iam, 'tags: { tier: admin }\n'))
    expect(granting).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(granting.reasons[0]).toMatch(/; statements that read it allow iam:PutRolePolicy$/)

    const guard = `${PAYROLL}      - Effect: Deny
        Action: s3:DeleteObject
        Resource: "*"
        Condition: { StringNotEquals: { "aws:PrincipalTag/tier": admin } }
`
    const lifted = diff(role(guard, 'tags: { tier: standard }\n'), role(guard, 'tags: { tier: admin }\n'))
    expect(lifted).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(lifted.reasons[0]).toMatch(/; a Deny on s3:DeleteObject that reads it may no longer apply$/)
  })

  it('reads an attached repository policy and the permissions boundary too', () => {
    const boundary = `---
kind: ManagedPolicy
name: guard
document:
  Statement:
    - Effect: Allow
      Action: s3:*
      Resource: "*"
    - Effect: Allow
      Action: iam:*
      Resource: "*"
      Condition: { StringEquals: { "aws:PrincipalTag/tier": admin } }
`
    const grants = `      - Effect: Allow
        Action: [s3:GetObject, iam:PutRolePolicy]
        Resource: "*"
`
    const change = diff(
      role(grants, 'permissionsBoundary: guard\ntags: { tier: standard }\n') + boundary,
      role(grants, 'permissionsBoundary: guard\ntags: { tier: admin }\n') + boundary
    )
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(change.principalKeys?.[0].policies).toEqual([
      'permissions boundary arn:aws:iam::111111111111:policy/demo-dev-guard'
    ])
    expect(change.principalKeys?.[0].sensitiveActions).toContain('iam:PutRolePolicy')
  })
})

describe("the role's tags, name or path, and an attached policy RoleGate cannot read", () => {
  const ORG_ABAC = 'arn:aws:iam::111111111111:policy/org-abac'
  const attached = `managedPolicies: [${ORG_ABAC}]\n`

  it('a tag change broadens: the policy may read it (was: neutral, no reasons)', () => {
    const change = diff(
      role(PAYROLL, `${attached}tags: { tier: standard }\n`),
      role(PAYROLL, `${attached}tags: { tier: admin }\n`)
    )
    expect(change).toMatchObject({ change: 'modified', verdict: 'broadens', risk: 'low' })
    expect(change.reasons).toEqual([
      `changes its tag tier and RoleGate cannot read ${ORG_ABAC} (its document is unknown), which may read the role's tags (aws:PrincipalTag/...): the access they grant may change`
    ])
    expect(change.principalKeys).toEqual([
      {
        subject: 'its tag tier',
        property: 'tags',
        keys: [],
        policies: [],
        sensitiveActions: [],
        denies: [],
        unreadable: [ORG_ABAC]
      }
    ])
  })

  it('so do a new roleName and a new path; an unreadable boundary counts too', () => {
    const renamed = diff(
      role(PAYROLL, `${attached}roleName: svc-app\n`),
      role(PAYROLL, `${attached}roleName: admin-app\n`)
    )
    expect(renamed).toMatchObject({ verdict: 'broadens', risk: 'low' })
    expect(renamed.reasons).toEqual([
      `changes its name (svc-app → admin-app) and RoleGate cannot read ${ORG_ABAC} (its document is unknown), which may read the role's name (aws:PrincipalArn, aws:userid): the access they grant may change`
    ])
    const moved = diff(role(PAYROLL, `${attached}path: /svc/\n`), role(PAYROLL, `${attached}path: /admin/\n`))
    expect(moved.verdict).toBe('broadens')
    const bounded = `permissionsBoundary: ${ORG_ABAC}\n`
    const tagged = diff(
      role(PAYROLL, `${bounded}tags: { tier: a }\n`),
      role(PAYROLL, `${bounded}tags: { tier: b }\n`)
    )
    expect(tagged.verdict).toBe('broadens')
    expect(tagged.principalKeys?.[0].unreadable).toEqual([`permissions boundary ${ORG_ABAC}`])
  })

  it('names both what it reads and what it cannot', () => {
    const tierAdmin = PAYROLL.replace(
      '        Resource: "arn:aws:s3:::payroll/*"\n',
      '        Resource: "arn:aws:s3:::payroll/*"\n        Condition: { StringEquals: { "aws:PrincipalTag/tier": admin } }\n'
    )
    const change = diff(
      role(tierAdmin, `${attached}tags: { tier: a }\n`),
      role(tierAdmin, `${attached}tags: { tier: b }\n`)
    )
    expect(change.reasons).toEqual([
      `changes its tag tier and its policies read aws:PrincipalTag/tier (inline policy P); RoleGate cannot read ${ORG_ABAC} (its document is unknown), which may read the role's tags (aws:PrincipalTag/...): the access they grant may change`
    ])
  })

  it('a description change on such a role stays neutral', () => {
    const change = diff(
      role(PAYROLL, `${attached}description: a\n`),
      role(PAYROLL, `${attached}description: b\n`)
    )
    expect(change).toMatchObject({ verdict: 'neutral', risk: 'none', reasons: [] })
  })
})

describe('a detached policy RoleGate cannot read', () => {
  const S3_ALL = `      - Effect: Allow
        Action: s3:*
        Resource: "*"
`
  const GUARDRAIL = 'arn:aws:iam::111111111111:policy/org-guardrail-deny-delete'

  it('broadens: it may hold a Deny (was: neutral)', () => {
    const change = diff(role(S3_ALL, `managedPolicies: [${GUARDRAIL}]\n`), role(S3_ALL))
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'low', opaqueDetached: [GUARDRAIL] })
    expect(change.reasons).toEqual([`detaches ${GUARDRAIL}, which RoleGate cannot read: it may hold a Deny`])
  })

  it('a detached AWS managed policy RoleGate reads still narrows; a deleted role still narrows', () => {
    const readOnly = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
    expect(diff(role(S3_ALL, `managedPolicies: [${readOnly}]\n`), role(S3_ALL)).verdict).toBe('narrows')
    const gone = changesOf({ 'iam/app.yml': role(S3_ALL, `managedPolicies: [${GUARDRAIL}]\n`) }, {})
      .environments.dev.roles[0]
    expect(gone).toMatchObject({ change: 'removed', verdict: 'narrows' })
  })
})

describe('a definition renamed over the same IAM role', () => {
  const CI = `trust:
  Statement:
    - { Effect: Allow, Principal: { AWS: "arn:aws:iam::111111111111:role/ci" }, Action: sts:AssumeRole }
`
  const CI_AND_STRANGER = `${CI}    - { Effect: Allow, Principal: { AWS: "arn:aws:iam::999999999999:root" }, Action: sts:AssumeRole }
`
  const before = { 'iam/app.yml': role(PAYROLL, 'roleName: shop-deployer\n', CI, 'deployer') }
  const after = { 'iam/app.yml': role(PAYROLL, 'roleName: shop-deployer\n', CI_AND_STRANGER, 'deployer-v2') }

  it('is one modification, judged as such: a new trusted principal is high risk (was: added, low)', () => {
    const changes = changesOf(before, after)
    const { roles } = changes.environments.dev
    expect(roles).toHaveLength(1)
    expect(roles[0]).toMatchObject({
      name: 'deployer-v2',
      physicalName: 'shop-deployer',
      change: 'modified',
      verdict: 'broadens',
      risk: 'high',
      logicalRename: { before: 'deployer', after: 'deployer-v2' },
      reasons: ['lets a new principal assume the role: AWS:arn:aws:iam::999999999999:root']
    })
    expect(changes.environments.dev.risk).toBe('high')
  })

  it('the reports say the definition was renamed', () => {
    const changes = changesOf(before, after)
    const markdown = renderChangeMarkdown({ changes, newFindings: [], existingFindingCount: 0 })
    expect(markdown).toContain('(definition renamed from `deployer`)')
    expect(markdown).toContain(
      'definition renamed: `deployer` → `deployer-v2` (the same IAM role, `shop-deployer`)'
    )
    expect(environmentsReport(changes).dev.roles[0].fields.logicalRename).toEqual({
      before: 'deployer',
      after: 'deployer-v2'
    })
    expect(renderChangeText(changes)).toContain('~ deployer-v2 (shop-deployer): broadens, high risk')
  })

  it('a rename alone is a neutral modification, not a removal and an addition', () => {
    const renamedOnly = { 'iam/app.yml': role(PAYROLL, 'roleName: shop-deployer\n', CI, 'deployer-v2') }
    const { roles } = changesOf(before, renamedOnly).environments.dev
    expect(roles.map(item => [item.name, item.change, item.verdict, item.risk])).toEqual([
      ['deployer-v2', 'modified', 'neutral', 'none']
    ])
  })

  it('the planner updates the trust of the one role: no create, no delete', () => {
    const base = renderProject(before).state.environments.dev
    const head = renderProject(after).state.environments.dev
    const planned = planEnvironment(compareEnvironment(base, head), {
      account: '111111111111',
      managedBy: 'acme/infra',
      prune: true
    })
    expect(planned.operations.map(operation => operation.kind)).toEqual(['UpdateAssumeRolePolicy'])
  })

  it('is not paired across a file that failed to load', () => {
    const base = renderProject(before).state
    const head = renderProject(after).state
    const unloaded = {
      head: new Map([['iam/app.yml', { file: 'iam/app.yml', reason: 'does not parse', detail: 'x' }]])
    }
    const environment = compareStates(base, head, { unloaded }).environments.dev
    expect(environment.roles.map(item => [item.name, item.change])).toEqual([['deployer-v2', 'added']])
    expect(environment.notEvaluated?.map(item => item.name)).toEqual(['deployer'])
  })
})

describe("a managed policy's own risk", () => {
  const policy = (statements: string) => `kind: ManagedPolicy
name: shared
document:
  Statement:
    - { Effect: Allow, Action: s3:GetObject, Resource: "arn:aws:s3:::data/*" }
${statements}`
  const before = { 'iam/shared.yml': policy('    - { Effect: Deny, Action: "iam:*", Resource: "*" }\n') }
  const after = {
    'iam/shared.yml': policy(
      '    - { Effect: Allow, Action: [iam:AttachUserPolicy, iam:PutUserPolicy], Resource: "arn:aws:iam::111111111111:user/*" }\n'
    )
  }

  it('dropping Deny iam:* and allowing iam:AttachUserPolicy is high risk with reasons (was: risk none)', () => {
    const environment = changesOf(before, after).environments.dev
    const [shared] = environment.managedPolicies
    expect(shared).toMatchObject({ change: 'modified', verdict: 'broadens', risk: 'high' })
    expect(shared.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^opens a privilege-escalation path: iam:AttachUserPolicy/),
        'adds permissions-management actions: iam:AttachUserPolicy, iam:PutUserPolicy',
        expect.stringMatching(/^removes Deny on iam:/)
      ])
    )
    expect(environment.risk).toBe('high')
    expect(environmentsReport(changesOf(before, after)).dev.managedPolicies[0]).toMatchObject({
      risk: 'high',
      reasons: shared.reasons
    })
  })

  it('a lint finding about the policy makes its broadening high risk, and the environment too', () => {
    const narrow = { 'iam/shared.yml': policy('') }
    const wider = {
      'iam/shared.yml': policy(
        '    - { Effect: Allow, Action: s3:PutObject, Resource: "arn:aws:s3:::data/*" }\n'
      )
    }
    const changes = changesOf(narrow, wider)
    expect(changes.environments.dev.managedPolicies[0]).toMatchObject({ verdict: 'broadens', risk: 'low' })
    const finding = {
      rule: 'privilege-escalation',
      message: 'managed policy shared: …',
      severity: 'error' as const,
      role: 'shared',
      environment: 'dev'
    }
    const judged = riskFromFindings(changes, [finding], rule => HIGH_RISK_RULES.has(rule)).environments.dev
    expect(judged.managedPolicies[0]).toMatchObject({ risk: 'high' })
    expect(judged.managedPolicies[0].reasons[0]).toBe('privilege-escalation: managed policy shared: …')
    expect(judged.risk).toBe('high')
  })

  it('an unchanged or description-only policy stays unchanged / neutral with no risk', () => {
    expect(changesOf(before, before).environments.dev.managedPolicies[0]).toMatchObject({
      verdict: 'unchanged',
      risk: 'none',
      reasons: []
    })
    const described = {
      'iam/shared.yml': before['iam/shared.yml'].replace('name: shared\n', 'name: shared\ndescription: x\n')
    }
    expect(changesOf(before, described).environments.dev.managedPolicies[0]).toMatchObject({
      change: 'modified',
      verdict: 'neutral',
      risk: 'none'
    })
  })
})

describe('a removed permissions boundary', () => {
  const BOUNDARY = `---
kind: ManagedPolicy
name: boundary
document:
  Statement:
    - { Effect: Allow, Action: "s3:*", Resource: "arn:aws:s3:::demo-dev-*" }
`
  const DATA = `      - Effect: Allow
        Action: [s3:GetObject, s3:PutObject, s3:DeleteObject, s3:PutBucketPolicy]
        Resource: "*"
`

  it('is high risk, and does not claim the boundary blocked nothing (was: low, "it blocked nothing")', () => {
    const change = diff(role(DATA, 'permissionsBoundary: boundary\n') + BOUNDARY, role(DATA) + BOUNDARY)
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(change.reasons.join('\n')).not.toContain('blocked nothing')
    // The boundary limited resources, not actions: what it stops limiting is named (compare/boundary.ts).
    expect(change.reasons[0]).toBe(
      'removing the permissions boundary makes permissions-management actions reachable: s3:PutBucketPolicy'
    )
  })

  it('one that blocked a grant outright says which, high risk', () => {
    const sqsOnly = BOUNDARY.replace('"s3:*"', '"sqs:*"')
    // No permissions-management action: high risk for the removal alone (was: low).
    const objects = DATA.replace(', s3:PutBucketPolicy', '')
    const change = diff(role(objects, 'permissionsBoundary: boundary\n') + sqsOnly, role(objects) + sqsOnly)
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(change.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^removes the permissions boundary: 3 action\(s\) the role's policies grant become reachable/
        )
      ])
    )
  })
})
