/**
 * The comparison engine may only call a change "unchanged", "neutral" or "narrows" when the
 * evaluator agrees: each case here is a change a reviewer would approve on its label, where the
 * engine once said less than the evaluator (an audit's reproducers). Every test asserts what the
 * user sees (verdict, entries) and the evaluator's decision that makes it right.
 */
import { compareStates } from '../../src/compare/compare.js'
import type { AccessEntry, RoleChange } from '../../src/compare/model.js'
import type { DesiredState } from '../../src/model/state.js'
import { evaluateRequest, requestContext, rolePolicies } from '../../src/policy/evaluate/index.js'
import type { RequestContext } from '../../src/policy/evaluate/index.js'
import { renderProject } from '../support/render-project.js'

const TRUST = `trust:
  Statement:
    - { Effect: Allow, Principal: { Service: ecs-tasks.amazonaws.com }, Action: sts:AssumeRole }
`

/** iam/app.yml with one inline policy `App` holding `statements` (YAML list items, 6 spaces in). */
function role(statements: string, version: string | null = '2012-10-17', extra = ''): string {
  return `kind: Role
name: app
${TRUST}${extra}policies:
  App:
${version ? `    Version: "${version}"\n` : ''}    Statement:
${statements}`
}

function states(before: string, after: string): { base: DesiredState; head: DesiredState } {
  return {
    base: renderProject({ 'iam/app.yml': before }).state,
    head: renderProject({ 'iam/app.yml': after }).state
  }
}

function diff(before: string, after: string): RoleChange {
  const { base, head } = states(before, after)
  return compareStates(base, head).environments.dev.roles[0]
}

/** The evaluator's decision for the role in dev, before and after. */
function decisions(
  before: string,
  after: string,
  action: string,
  resource: string,
  context: RequestContext = requestContext([])
): [string, string] {
  const { base, head } = states(before, after)
  const decide = (state: DesiredState) => {
    const environment = state.environments.dev
    const policies = rolePolicies(environment.roles[0], environment)
    return evaluateRequest(policies, { action, resource, context }).decision
  }
  return [decide(base), decide(head)]
}

const summary = (entries: readonly AccessEntry[]) =>
  entries.map(entry => `${entry.effect} ${entry.action} ${entry.resource}`).sort()

describe('Version: policy variables take effect only under 2012-10-17', () => {
  const grant = `      - Effect: Allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::shared-data/\${aws:PrincipalTag/team}/*"
`
  const payments = requestContext([['aws:PrincipalTag/team', ['payments']]])
  const object = 'arn:aws:s3:::shared-data/payments/report.csv'

  it.each([['2008-10-17'], [null]])(
    'Version %s → 2012-10-17 turns text into a variable: broadens, the old literal grant removed',
    version => {
      const before = role(grant, version)
      const after = role(grant)
      expect(decisions(before, after, 's3:GetObject', object, payments)).toEqual(['deny', 'allow'])
      const change = diff(before, after)
      expect(change).toMatchObject({ verdict: 'broadens', addedActions: ['s3:GetObject'] })
      expect(summary(change.permissions.added)).toEqual([
        'Allow s3:GetObject arn:aws:s3:::shared-data/${aws:PrincipalTag/team}/*'
      ])
      // The old fact is the literal text, in 2012-10-17 terms (IAM's `${$}` escape for `$`).
      expect(summary(change.permissions.removed)).toEqual([
        'Allow s3:GetObject arn:aws:s3:::shared-data/${$}{aws:PrincipalTag/team}/*'
      ])
    }
  )

  it('the reverse is a change too; the same text under two Versions without 2012-10-17, or a Version change without a variable, changes no access', () => {
    // The literal text is a resource of its own (an object named `${aws:PrincipalTag/team}`).
    const reverse = diff(role(grant), role(grant, '2008-10-17'))
    expect(reverse.permissions.removed).toHaveLength(1)
    expect(reverse.permissions.added).toHaveLength(1)
    expect(diff(role(grant, '2008-10-17'), role(grant, null))).toMatchObject({
      verdict: 'neutral',
      permissions: { added: [], removed: [] }
    })
    const plain = grant.replace('${aws:PrincipalTag/team}', 'payments')
    expect(diff(role(plain, '2008-10-17'), role(plain))).toMatchObject({
      verdict: 'neutral',
      permissions: { added: [], removed: [] }
    })
  })

  it('a variable in a condition value is text too', () => {
    const conditional = `      - Effect: Allow
        Action: s3:GetObject
        Resource: "*"
        Condition: { StringEquals: { "s3:prefix": "\${aws:username}" } }
`
    const change = diff(role(conditional, '2008-10-17'), role(conditional))
    expect(change.verdict).toBe('broadens')
  })
})

describe('condition operators and keys that differ only in case are AND-ed clauses', () => {
  const grant = (condition: string) => `      - Effect: Allow
        Action: s3:DeleteObject
        Resource: "arn:aws:s3:::payroll/*"
        Condition:
${condition}`
  const anded = grant(`          StringEquals:
            "aws:PrincipalTag/tier": admin
            "AWS:PrincipalTag/tier": break-glass
`)
  const either = grant(`          StringEquals:
            "aws:PrincipalTag/tier": [admin, break-glass]
`)
  const admin = requestContext([['aws:PrincipalTag/tier', ['admin']]])

  it('two spellings of one key (never true together) → a list of values (true for either): broadens', () => {
    expect(decisions(role(anded), role(either), 's3:DeleteObject', 'arn:aws:s3:::payroll/x', admin)).toEqual([
      'deny',
      'allow'
    ])
    const change = diff(role(anded), role(either))
    expect(change).toMatchObject({ change: 'modified', verdict: 'broadens' })
    expect(change.inlinePolicies).toEqual([expect.objectContaining({ name: 'App', change: 'modified' })])
    expect(summary(change.permissions.added)).toEqual(['Allow s3:DeleteObject arn:aws:s3:::payroll/*'])
  })

  it('two spellings of one operator holding the same key: broadens', () => {
    const operators = grant(`          StringEquals: { "aws:PrincipalTag/tier": admin }
          stringequals: { "aws:PrincipalTag/tier": break-glass }
`)
    expect(
      decisions(role(operators), role(either), 's3:DeleteObject', 'arn:aws:s3:::payroll/x', admin)
    ).toEqual(['deny', 'allow'])
    expect(diff(role(operators), role(either)).verdict).toBe('broadens')
  })

  it('spellings that only repeat the same clause, or name different keys, are still the same condition', () => {
    const repeated = grant(`          StringEquals: { "aws:PrincipalTag/tier": [admin, break-glass] }
          stringequals: { "AWS:PrincipalTag/tier": [break-glass, admin] }
`)
    expect(diff(role(either), role(repeated))).toMatchObject({
      verdict: 'unchanged',
      permissions: { added: [], removed: [] }
    })
    const twoKeys = grant(`          StringEquals: { "aws:PrincipalTag/tier": admin }
          stringequals: { "aws:PrincipalTag/team": payroll }
`)
    const oneOperator =
      grant(`          StringEquals: { "aws:PrincipalTag/tier": admin, "aws:PrincipalTag/team": payroll }
`)
    expect(diff(role(twoKeys), role(oneOperator)).permissions).toEqual({ added: [], removed: [] })
  })
})

describe('Effect is case-sensitive', () => {
  it('Deny → deny: IAM rejects the statement, so the Deny is removed (high risk)', () => {
    const statements = (effect: string) => `      - Effect: Allow
        Action: s3:*
        Resource: "arn:aws:s3:::data/*"
      - Effect: ${effect}
        Action: s3:DeleteObject
        Resource: "arn:aws:s3:::data/*"
`
    expect(
      decisions(role(statements('Deny')), role(statements('deny')), 's3:DeleteObject', 'arn:aws:s3:::data/x')
    ).toEqual(['deny', 'allow'])
    const change = diff(role(statements('Deny')), role(statements('deny')))
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(summary(change.permissions.removed)).toEqual(['Deny s3:DeleteObject arn:aws:s3:::data/*'])
  })
})

describe('resource coverage is the evaluator’s segment-aware matching', () => {
  const LOGS = 'arn:aws:logs:us-east-1:111111111111:log-group'
  const STREAM = `${LOGS}:audit:log-stream:trail`
  const logs = (deny: string) => `      - Effect: Allow
        Action: logs:*
        Resource: "${LOGS}:*"
      - Effect: Deny
        Action: logs:DeleteLogStream
        Resource: "${deny}"
`

  it('a Deny on a stream rewritten with a `*` inside a segment denies it no more: broadens, high risk', () => {
    const before = role(logs(STREAM))
    const after = role(logs(`${LOGS}:audit*trail`))
    expect(decisions(before, after, 'logs:DeleteLogStream', STREAM)).toEqual(['deny', 'allow'])
    const change = diff(before, after)
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(change.reasons).toContain('removes Deny on logs:DeleteLogStream')
    expect(summary(change.permissions.removed)).toEqual([`Deny logs:DeleteLogStream ${STREAM}`])
  })

  it('a `*` that ends a segment matches across colons: the same rewrite to `audit:*` narrows', () => {
    const change = diff(role(logs(STREAM)), role(logs(`${LOGS}:audit:*`)))
    expect(change).toMatchObject({ verdict: 'narrows', risk: 'none' })
    expect(change.permissions.removed).toEqual([])
  })

  it('an Allow on `data/*.csv` does not cover an object whose key holds a colon: broadens', () => {
    const grant = (resource: string) => `      - Effect: Allow
        Action: s3:GetObject
        Resource: "${resource}"
`
    const before = role(grant('arn:aws:s3:::data/*.csv'))
    const after = role(grant('arn:aws:s3:::data/secret:y.csv'))
    expect(decisions(before, after, 's3:GetObject', 'arn:aws:s3:::data/secret:y.csv')).toEqual([
      'deny',
      'allow'
    ])
    const change = diff(before, after)
    expect(change.verdict).toBe('broadens')
    expect(summary(change.permissions.added)).toEqual(['Allow s3:GetObject arn:aws:s3:::data/secret:y.csv'])
    // `data/*` ends its segment, so it does cover the key with a colon.
    expect(diff(role(grant('arn:aws:s3:::data/*')), after).verdict).toBe('narrows')
  })
})

describe('a boundary change that moves the resources a grant reaches', () => {
  const grants = `      - Effect: Allow
        Action: [s3:GetObject, s3:PutObject, s3:DeleteObject]
        Resource: "*"
`
  const guard = (resources: string, extra = '') => `---
kind: ManagedPolicy
name: guard
document:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Action: s3:*
      Resource: ${resources}
${extra}`
  const bounded = (boundary: string | null, statements = grants) =>
    role(statements, '2012-10-17', boundary ? `permissionsBoundary: ${boundary}\n` : '')
  const DEV_ONLY = guard('"arn:aws:s3:::demo-dev-*"')
  const LEDGER = 'arn:aws:s3:::prod-payments/ledger.csv'
  const flipped = (entries: readonly AccessEntry[]) =>
    [...new Set(entries.filter(entry => entry.boundary === 'flipped').map(entry => entry.action))].sort()
  const S3_WRITES = ['s3:DeleteObject', 's3:GetObject', 's3:PutObject']

  it('a boundary scoped to dev buckets replaced by AmazonS3FullAccess: the grants reach more, broadens', () => {
    const before = bounded('guard') + DEV_ONLY
    const after = bounded('arn:aws:iam::aws:policy/AmazonS3FullAccess') + DEV_ONLY
    expect(decisions(before, after, 's3:DeleteObject', LEDGER)).toEqual(['deny', 'allow'])
    const change = diff(before, after)
    expect(change).toMatchObject({ verdict: 'broadens', addedActions: S3_WRITES })
    expect(flipped(change.permissions.added)).toEqual(S3_WRITES)
    expect(change.reasons[0]).toBe(
      "the new permissions boundary makes 3 action(s) the role's policies grant reachable: s3:DeleteObject, s3:GetObject, s3:PutObject"
    )
  })

  it("the repository's boundary document widened from dev buckets to every bucket: broadens; narrowed: narrows", () => {
    const everything = guard('"*"')
    expect(
      decisions(bounded('guard') + DEV_ONLY, bounded('guard') + everything, 's3:GetObject', LEDGER)
    ).toEqual(['deny', 'allow'])
    const widened = diff(bounded('guard') + DEV_ONLY, bounded('guard') + everything)
    expect(widened).toMatchObject({ change: 'unchanged', verdict: 'broadens', boundaryDocumentChanged: true })
    expect(flipped(widened.permissions.added)).toEqual(S3_WRITES)
    const narrowed = diff(bounded('guard') + DEV_ONLY, bounded('guard') + guard('"arn:aws:s3:::demo-dev-a*"'))
    expect(narrowed).toMatchObject({ verdict: 'narrows', permissions: { added: [] } })
    expect(flipped(narrowed.permissions.removed)).toEqual(S3_WRITES)
  })

  it('removing a boundary that allowed only some of the resources: the grants become reachable', () => {
    const change = diff(bounded('guard') + DEV_ONLY, bounded(null) + DEV_ONLY)
    expect(change.verdict).toBe('broadens')
    expect(flipped(change.permissions.added)).toEqual(S3_WRITES)
    expect(change.reasons[0]).toMatch(/^removes the permissions boundary: 3 action\(s\)/)
  })

  it('adding one: they reach fewer resources, narrows', () => {
    const change = diff(bounded(null) + DEV_ONLY, bounded('guard') + DEV_ONLY)
    expect(change).toMatchObject({ verdict: 'narrows', permissions: { added: [] } })
    expect(flipped(change.permissions.removed)).toEqual(S3_WRITES)
  })

  it('an edit RoleGate can prove changes nothing for the grant leaves the role unchanged', () => {
    const narrow = `      - Effect: Allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::demo-dev-data/*"
`
    // Another bucket pattern, which cannot overlap the grant, and the same patterns reordered.
    const more = guard('["arn:aws:s3:::demo-dev-*", "arn:aws:s3:::logs-*"]')
    expect(diff(bounded('guard', narrow) + DEV_ONLY, bounded('guard', narrow) + more)).toMatchObject({
      change: 'unchanged',
      verdict: 'unchanged'
    })
    // A pattern the old one covers adds nothing: `demo-dev-*` already allows `demo-dev-data/*`.
    const same = guard('["arn:aws:s3:::demo-dev-*", "arn:aws:s3:::demo-dev-data/*"]')
    expect(diff(bounded('guard') + DEV_ONLY, bounded('guard') + same).permissions).toEqual({
      added: [],
      removed: []
    })
  })

  it('an edit RoleGate cannot decide (a condition of the boundary Allow changed) counts as broadening', () => {
    const region = (name: string) => `    - Effect: Allow
      Action: s3:*
      Resource: "*"
      Condition: { StringEquals: { "aws:RequestedRegion": "${name}" } }
`
    const change = diff(
      bounded('guard') + guard('"arn:aws:s3:::demo-dev-*"', region('us-east-1')),
      bounded('guard') + guard('"arn:aws:s3:::demo-dev-*"', region('eu-west-1'))
    )
    expect(change.verdict).toBe('broadens')
    expect(flipped(change.permissions.added)).toEqual(S3_WRITES)
  })
})

describe('a boundary Resource with a `*` ending its region or account', () => {
  // The `*`s end their segments: IAM lets them match across colons, so `reports/*` may sit in an
  // object key after a colon (arn:aws:s3:::public/x:reports/y).
  const BOUNDARY = `---
kind: ManagedPolicy
name: guard
document:
  Statement:
    - { Effect: Allow, Action: s3:GetObject, Resource: "arn:aws:s3:*:*:reports/*" }
`
  const grant = (bucket: string) => `      - Effect: Allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::${bucket}/*"
`
  const bounded = 'permissionsBoundary: guard\n'

  it('does not call a grant the boundary may allow "blocked" (was: neutral, no effective change)', () => {
    const before = role(grant('reports'), '2012-10-17', bounded) + BOUNDARY
    const after = role(grant('reports') + grant('public'), '2012-10-17', bounded) + BOUNDARY
    expect(decisions(before, after, 's3:GetObject', 'arn:aws:s3:::public/x:reports/y')).toEqual([
      'deny',
      'allow'
    ])
    const change = diff(before, after)
    expect(change).toMatchObject({ verdict: 'broadens', addedActions: ['s3:GetObject'] })
    expect(change.reasons).toEqual(['allows 1 more action(s)'])
    expect(change.permissions.added.map(entry => entry.boundary)).toEqual([undefined])
  })
})
