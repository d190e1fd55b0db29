/**
 * The boundary-aware diff: effective access is identity ∩ permissions boundary. An identity
 * broadening the boundary provably blocks is shown as blocked and is no broadening; a boundary
 * change reports the grants whose reachability flips; when unsure, RoleGate counts access as
 * reachable (fail closed).
 */
import { reachableActions, type Boundary } from '../../src/compare/boundary.js'
import { compareEnvironment, compareStates } from '../../src/compare/compare.js'
import type { AccessEntry, RoleChange } from '../../src/compare/model.js'
import { riskFromFindings } from '../../src/compare/verdict.js'
import { HIGH_RISK_RULES } from '../../src/lint/catalog.js'
import { planEnvironment } from '../../src/plan/plan.js'
import { evaluateRequest, requestContext, rolePolicies } from '../../src/policy/evaluate/index.js'
import { isEscalationPathAction } from '../../src/policy/escalation.js'
import { normalizePolicies } from '../../src/policy/normalize.js'
import { hasWildcard } from '../../src/policy/wildcard.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'

const BOUNDARY_ARN = 'arn:aws:iam::111111111111:policy/guard'

/** A repository boundary: S3 and SQS only, and never IAM. */
const GUARD = `  Statement:
    - Effect: Allow
      Action: [s3:*, sqs:*]
      Resource: "*"
    - Effect: Deny
      Action: iam:*
      Resource: "*"
`

function boundaryPolicy(document = GUARD): string {
  return `---\nkind: ManagedPolicy\nname: guard\ndocument:\n${document}`
}

function role(statements: string, boundary: string | null = 'guard'): string {
  return `kind: Role
name: app
${ECS_TRUST}${boundary ? `permissionsBoundary: ${boundary}\n` : ''}policies:
  App:
    Statement:
${statements}`
}

const READ = `      - Effect: Allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::data/*"
`
const PASS_ROLE = `      - Effect: Allow
        Action: [iam:PassRole, iam:PutRolePolicy]
        Resource: "*"
`
const SQS = `      - Effect: Allow
        Action: sqs:SendMessage
        Resource: "arn:aws:sqs:us-east-1:111111111111:jobs"
`

/** Compares two versions of iam/app.yml in dev; returns the role's change. */
function diff(before: string, after: string): RoleChange {
  const base = renderProject({ 'iam/app.yml': before })
  const head = renderProject({ 'iam/app.yml': after })
  return compareStates(base.state, head.state).environments.dev.roles[0]
}

const blocked = (entries: readonly AccessEntry[]) =>
  entries.filter(entry => entry.boundary === 'blocked').map(entry => entry.action)
const flipped = (entries: readonly AccessEntry[]) =>
  [...new Set(entries.filter(entry => entry.boundary === 'flipped').map(entry => entry.action))].sort()

describe('an identity broadening the boundary blocks', () => {
  it('iam:PassRole and iam:PutRolePolicy under a boundary that denies iam:* are shown as blocked, not high risk', () => {
    const change = diff(role(READ) + boundaryPolicy(), role(READ + PASS_ROLE) + boundaryPolicy())
    expect(change).toMatchObject({ change: 'modified', verdict: 'neutral', risk: 'none' })
    expect(blocked(change.permissions.added).sort()).toEqual(['iam:PassRole', 'iam:PutRolePolicy'])
    expect(change.addedActions).toEqual([])
    expect(change.reasons).toEqual([
      '2 added action(s) blocked by the permissions boundary (no effective change): iam:PassRole, iam:PutRolePolicy'
    ])
  })

  it('a new error-level finding on the policy as written does not make the blocked change high risk', () => {
    const base = renderProject({ 'iam/app.yml': role(READ) + boundaryPolicy() })
    const head = renderProject({ 'iam/app.yml': role(READ + PASS_ROLE) + boundaryPolicy() })
    const finding = {
      rule: 'pass-role-unscoped',
      severity: 'error' as const,
      message: 'iam:PassRole on every role',
      role: 'app',
      environment: 'dev'
    }
    expect(HIGH_RISK_RULES.has(finding.rule)).toBe(true)
    const changes = riskFromFindings(compareStates(base.state, head.state), [finding], rule =>
      HIGH_RISK_RULES.has(rule)
    )
    expect(changes.environments.dev.roles[0]).toMatchObject({ verdict: 'neutral', risk: 'none' })
    // The same finding does raise a broadening change.
    const open = renderProject({ 'iam/app.yml': role(READ + PASS_ROLE, null) })
    const broadened = riskFromFindings(
      compareStates(renderProject({ 'iam/app.yml': role(READ, null) }).state, open.state),
      [finding],
      rule => HIGH_RISK_RULES.has(rule)
    )
    expect(broadened.environments.dev.roles[0].reasons[0]).toBe(
      'pass-role-unscoped: iam:PassRole on every role'
    )
  })

  it('the same grant without the boundary is a high-risk broadening', () => {
    const change = diff(role(READ, null), role(READ + PASS_ROLE, null))
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(blocked(change.permissions.added)).toEqual([])
    expect(change.addedActions).toEqual(['iam:PassRole', 'iam:PutRolePolicy'])
  })

  it('a boundary that only allows other buckets blocks a grant on this one; a pattern that may overlap does not', () => {
    const buckets = `  Statement:
    - Effect: Allow
      Action: s3:*
      Resource: "arn:aws:s3:::logs-*"
`
    const other = READ.replace('arn:aws:s3:::data/*', 'arn:aws:s3:::data/reports/*')
    const change = diff(role(READ) + boundaryPolicy(buckets), role(READ + other) + boundaryPolicy(buckets))
    // data/reports/* is covered by data/* already: nothing added. Use a bucket the boundary misses:
    expect(change.permissions.added).toEqual([])
    const elsewhere = READ.replace('arn:aws:s3:::data/*', 'arn:aws:s3:::results/*')
    const blockedChange = diff(
      role(READ) + boundaryPolicy(buckets),
      role(READ + elsewhere) + boundaryPolicy(buckets)
    )
    expect(blockedChange.verdict).toBe('neutral')
    expect(blocked(blockedChange.permissions.added)).toEqual(['s3:GetObject'])
    const mayOverlap = READ.replace('arn:aws:s3:::data/*', 'arn:aws:s3:::*-archive/*')
    const reachable = diff(
      role(READ) + boundaryPolicy(buckets),
      role(READ + mayOverlap) + boundaryPolicy(buckets)
    )
    expect(reachable.verdict).toBe('broadens')
    expect(blocked(reachable.permissions.added)).toEqual([])
  })

  it('a boundary Allow with a condition may apply: the grant counts as reachable (fail closed)', () => {
    const conditional = `  Statement:
    - Effect: Allow
      Action: iam:*
      Resource: "*"
      Condition: { StringEquals: { "aws:RequestedRegion": "us-east-1" } }
`
    const change = diff(
      role(READ) + boundaryPolicy(conditional),
      role(READ + PASS_ROLE) + boundaryPolicy(conditional)
    )
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(blocked(change.permissions.added)).toEqual([])
    expect(change.reasons[0]).toMatch(/privilege-escalation path|permissions-management/)
  })

  it('a conditional boundary Deny does not block (it may not apply)', () => {
    const conditionalDeny = GUARD.replace(
      '      Action: iam:*\n      Resource: "*"\n',
      '      Action: iam:*\n      Resource: "*"\n      Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } }\n'
    ).replace('[s3:*, sqs:*]', '"*"')
    const change = diff(
      role(READ) + boundaryPolicy(conditionalDeny),
      role(READ + PASS_ROLE) + boundaryPolicy(conditionalDeny)
    )
    expect(change.risk).toBe('high')
    expect(blocked(change.permissions.added)).toEqual([])
  })

  it('a boundary RoleGate cannot read (not in the repository, not AWS managed) blocks nothing', () => {
    const change = diff(role(READ, BOUNDARY_ARN), role(READ + PASS_ROLE, BOUNDARY_ARN))
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(blocked(change.permissions.added)).toEqual([])
    expect(change.addedActions).toEqual(['iam:PassRole', 'iam:PutRolePolicy'])
  })

  it('an AWS managed boundary is read from the bundled data: ReadOnlyAccess blocks sqs:SendMessage', () => {
    const readOnly = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
    const change = diff(role(READ, readOnly), role(READ + SQS, readOnly))
    expect(change.verdict).toBe('neutral')
    expect(blocked(change.permissions.added)).toEqual(['sqs:SendMessage'])
  })
})

describe('a boundary change reports what becomes reachable', () => {
  it('removing a boundary that blocked iam:* lists the IAM grants that become reachable, high risk', () => {
    const change = diff(
      role(READ + PASS_ROLE) + boundaryPolicy(),
      role(READ + PASS_ROLE, null) + boundaryPolicy()
    )
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(flipped(change.permissions.added)).toEqual(['iam:PassRole', 'iam:PutRolePolicy'])
    expect(change.addedActions).toEqual(['iam:PassRole', 'iam:PutRolePolicy'])
    expect(change.reasons.join('\n')).toMatch(
      /removing the permissions boundary makes permissions-management actions reachable: iam:PutRolePolicy/
    )
    expect(change.reasons.join('\n')).toMatch(
      /removes the permissions boundary: 2 action\(s\) the role's policies grant become reachable/
    )
  })

  it('removing a boundary that blocked nothing outright is high risk (DESIGN.md) and says only what RoleGate knows', () => {
    const change = diff(role(READ + SQS) + boundaryPolicy(), role(READ + SQS, null) + boundaryPolicy())
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(change.permissions.added).toEqual([])
    expect(change.reasons[0]).toBe(
      "removes the permissions boundary: it may have limited the role's grants (RoleGate finds none it blocked outright) and no longer bounds future ones"
    )
  })

  it('removing a boundary RoleGate cannot read stays high risk: what it blocked is unknown', () => {
    const change = diff(role(READ, BOUNDARY_ARN), role(READ, null))
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(change.reasons[0]).toMatch(/which RoleGate cannot read: what it blocked is unknown/)
  })

  it('adding a boundary lists what becomes unreachable and narrows', () => {
    const change = diff(
      role(READ + PASS_ROLE, null) + boundaryPolicy(),
      role(READ + PASS_ROLE) + boundaryPolicy()
    )
    expect(change).toMatchObject({ verdict: 'narrows', risk: 'none' })
    expect(flipped(change.permissions.removed)).toEqual(['iam:PassRole', 'iam:PutRolePolicy'])
    expect(change.removedActions).toEqual(['iam:PassRole', 'iam:PutRolePolicy'])
  })

  it("editing the repository's boundary document reports the reachability delta; the role itself is not modified", () => {
    const withoutSqs = GUARD.replace('[s3:*, sqs:*]', 's3:*')
    const widened = diff(role(READ + SQS) + boundaryPolicy(withoutSqs), role(READ + SQS) + boundaryPolicy())
    expect(widened).toMatchObject({ change: 'unchanged', verdict: 'broadens', risk: 'low' })
    expect(flipped(widened.permissions.added)).toEqual(['sqs:SendMessage'])
    expect(widened.reasons[0]).toBe(
      "the edited permissions boundary makes 1 action(s) the role's policies grant reachable: sqs:SendMessage"
    )
    const narrowed = diff(role(READ + SQS) + boundaryPolicy(), role(READ + SQS) + boundaryPolicy(withoutSqs))
    expect(narrowed).toMatchObject({ change: 'unchanged', verdict: 'narrows' })
    expect(flipped(narrowed.permissions.removed)).toEqual(['sqs:SendMessage'])
  })

  it('an edit of the boundary that flips nothing the role is granted leaves the role unchanged', () => {
    const moreS3 = GUARD.replace('[s3:*, sqs:*]', '[s3:*, sqs:*, sns:*]')
    const change = diff(role(READ + SQS) + boundaryPolicy(), role(READ + SQS) + boundaryPolicy(moreS3))
    expect(change).toMatchObject({ change: 'unchanged', verdict: 'unchanged', reasons: [] })
  })

  it('the deploy plan of a boundary edit only writes the policy version: the boundary changes verdicts, not operations', () => {
    const withoutSqs = GUARD.replace('[s3:*, sqs:*]', 's3:*')
    const live = renderProject({ 'iam/app.yml': role(READ + SQS) + boundaryPolicy(withoutSqs) }).state
      .environments.dev
    const desired = renderProject({ 'iam/app.yml': role(READ + SQS) + boundaryPolicy() }).state.environments
      .dev
    const change = compareEnvironment(live, desired)
    expect(change.roles[0]).toMatchObject({ change: 'unchanged', verdict: 'broadens' })
    const plan = planEnvironment(change, { account: '111111111111', managedBy: 'acme/infra', prune: false })
    // Versions of the guard policy only (two: it holds a Deny); nothing for the role.
    expect(plan.operations.length).toBeGreaterThan(0)
    for (const operation of plan.operations) expect(operation).toMatchObject({ kind: 'CreatePolicyVersion' })
    expect(plan.conflicts).toEqual([])
  })
})

describe('the diff and the evaluator never disagree', () => {
  const boundaries: Record<string, string> = {
    guard: GUARD,
    'other buckets only': `  Statement:
    - Effect: Allow
      Action: s3:*
      Resource: "arn:aws:s3:::logs-*"
`,
    // An in-segment `*` does not match a colon (evaluator: segment-aware ARN matching).
    'in-segment star Deny': `  Statement:
    - Effect: Allow
      Action: "*"
      Resource: "*"
    - Effect: Deny
      Action: s3:*
      Resource: "arn:aws:s3:::data*x"
`,
    'NotResource Allow': `  Statement:
    - Effect: Allow
      NotAction: iam:*
      NotResource: "arn:aws:s3:::secret*"
`,
    // IAM rejects a statement with both Resource and NotResource: it denies nothing.
    'malformed Deny': `  Statement:
    - Effect: Allow
      Action: "*"
      Resource: "*"
    - Effect: Deny
      Action: s3:*
      Resource: "*"
      NotResource: "arn:aws:s3:::none"
`,
    'conditional Allow': `  Statement:
    - Effect: Allow
      Action: [s3:*, iam:*]
      Resource: "*"
      Condition: { StringEquals: { "aws:RequestedRegion": "us-east-1" } }
`
  }
  const grants = `      - Effect: Allow
        Action: [s3:GetObject, s3:DeleteObject, iam:PassRole, sqs:SendMessage]
        Resource:
          - "arn:aws:s3:::data/a:x"
          - "arn:aws:s3:::dataZ/x"
          - "arn:aws:s3:::secret-keys/k"
          - "arn:aws:s3:::logs-app/k"
          - "arn:aws:s3:::results/k"
          - "arn:aws:iam::111111111111:role/app"
          - "arn:aws:sqs:us-east-1:111111111111:jobs"
`
  const contexts = [
    requestContext([]),
    requestContext([['aws:RequestedRegion', ['us-east-1']]]),
    requestContext([['aws:MultiFactorAuthPresent', ['false']]])
  ]

  it.each(Object.keys(boundaries))(
    '%s: every grant the diff calls blocked, the evaluator denies in every context',
    name => {
      const head = renderProject({ 'iam/app.yml': role(grants) + boundaryPolicy(boundaries[name]) })
      const base = renderProject({ 'iam/app.yml': role(READ) + boundaryPolicy(boundaries[name]) })
      const environment = head.state.environments.dev
      const change = compareEnvironment(base.state.environments.dev, environment).roles[0]
      const policies = rolePolicies(environment.roles[0], environment)
      let blockedCount = 0
      let reachableCount = 0
      for (const entry of change.permissions.added) {
        if (hasWildcard(entry.resource)) continue
        const decisions = contexts.map(
          context =>
            evaluateRequest(policies, { action: entry.action, resource: entry.resource, context }).decision
        )
        if (entry.boundary === 'blocked') {
          blockedCount++
          expect([entry.action, entry.resource, decisions]).toEqual([
            entry.action,
            entry.resource,
            ['deny', 'deny', 'deny']
          ])
        } else {
          reachableCount++
          // Fail closed, not blind: what the diff calls reachable, the evaluator allows in some context.
          expect([entry.action, entry.resource, decisions]).toEqual([
            entry.action,
            entry.resource,
            expect.arrayContaining(['allow'])
          ])
        }
      }
      // Each boundary blocks some of the grants and leaves some reachable, except the malformed Deny.
      expect([blockedCount > 0, reachableCount > 0]).toEqual([name !== 'malformed Deny', true])
    }
  )
})

describe('reachableActions (escalation paths in a diff)', () => {
  it('asks the boundary only about the actions it is asked about, and still finds them', () => {
    // s3:* expands to 180 actions; only iam:PassRole is an escalation action here.
    const facts = normalizePolicies(
      [
        {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 's3:*', Resource: '*' },
            { Effect: 'Allow', Action: ['iam:PassRole', 'iam:PutRolePolicy'], Resource: '*' }
          ]
        }
      ],
      { partition: 'aws' }
    )
    const asked: string[] = []
    const boundary: Boundary = {
      arn: BOUNDARY_ARN,
      readable: true,
      blocks: entry => {
        asked.push(entry.action)
        return entry.action === 'iam:PutRolePolicy'
      }
    }
    expect(facts.length).toBeGreaterThan(100)
    const reachable = reachableActions(facts, boundary, isEscalationPathAction)
    expect([...reachable].sort()).toEqual(['iam:PassRole'])
    expect(asked.sort()).toEqual(['iam:PassRole', 'iam:PutRolePolicy'])
    // Without a filter every allowed action is asked about (what the diff did before).
    asked.length = 0
    expect(reachableActions(facts, boundary).size).toBe(facts.length - 1)
    expect(asked.length).toBe(facts.length)
  })
})
