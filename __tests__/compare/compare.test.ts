import { compareStates } from '../../src/compare/compare.js'
import type { RoleChange } from '../../src/compare/model.js'
import { BASIC_CONFIG } from '../support/temp-project.js'
import { ECS_TRUST, renderProject } from '../support/render-project.js'

function role(policies: string, extra = '', trust = ECS_TRUST): string {
  return `kind: Role\nname: app\n${trust}${extra}policies:\n${policies}`
}

const S3_READ = `  S3:
    Statement:
      - Effect: Allow
        Action: [s3:GetObject, s3:ListBucket]
        Resource: ["arn:aws:s3:::data", "arn:aws:s3:::data/*"]
`

/** Compares two versions of iam/app.yml in the dev environment. */
function diff(before: string, after: string, config = BASIC_CONFIG): RoleChange {
  const base = renderProject({ 'iam/app.yml': before }, config)
  const head = renderProject({ 'iam/app.yml': after }, config)
  const changes = compareStates(base.state, head.state)
  return changes.environments.dev.roles[0]
}

describe('compare: semantic permissions', () => {
  it('calls an unchanged role unchanged', () => {
    expect(diff(role(S3_READ), role(S3_READ))).toMatchObject({
      change: 'unchanged',
      verdict: 'unchanged',
      risk: 'none'
    })
  })

  it('calls a statement split in two, reordered, a neutral change', () => {
    const split = `  S3:
    Statement:
      - Effect: Allow
        Action: s3:ListBucket
        Resource: ["arn:aws:s3:::data/*", "arn:aws:s3:::data"]
      - Effect: Allow
        Action: s3:getobject
        Resource: ["arn:aws:s3:::data", "arn:aws:s3:::data/*"]
`
    const change = diff(role(S3_READ), role(split))
    expect(change).toMatchObject({
      change: 'modified',
      verdict: 'neutral',
      addedActions: [],
      removedActions: []
    })
    expect(change.inlinePolicies.map(policy => policy.name)).toEqual(['S3'])
  })

  it('s3:Get* → s3:GetObject narrows', () => {
    const wide = S3_READ.replace('[s3:GetObject, s3:ListBucket]', '[s3:Get*, s3:ListBucket]')
    const change = diff(role(wide), role(S3_READ))
    expect(change.verdict).toBe('narrows')
    expect(change.removedActions).toContain('s3:GetBucketPolicy')
    expect(change.removedActions).not.toContain('s3:GetObject')
    expect(change.addedActions).toEqual([])
  })

  it('a narrower resource narrows; a broader one broadens', () => {
    const narrower = S3_READ.replace('"arn:aws:s3:::data/*"', '"arn:aws:s3:::data/reports/*"')
    expect(diff(role(S3_READ), role(narrower)).verdict).toBe('narrows')
    const broader = diff(role(narrower), role(S3_READ))
    expect(broader.verdict).toBe('broadens')
    expect(broader.permissions.added).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::data/*',
          accessLevel: 'Read'
        })
      ])
    )
  })

  it('adding a Deny narrows; removing it broadens with high risk', () => {
    const withDeny = `${S3_READ}  Guard:
    Statement:
      - Effect: Deny
        Action: s3:DeleteObject
        Resource: "*"
`
    expect(diff(role(S3_READ), role(withDeny)).verdict).toBe('narrows')
    const removed = diff(role(withDeny), role(S3_READ))
    expect(removed).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(removed.reasons[0]).toMatch(/removes Deny on s3:DeleteObject/)
  })

  it('expands NotAction: allowing everything but IAM adds thousands of actions', () => {
    const notAction = `  All:
    Statement:
      - Effect: Allow
        NotAction: ["iam:*"]
        Resource: "*"
`
    const change = diff(role(S3_READ), role(notAction))
    expect(change.verdict).toBe('broadens')
    expect(change.addedActions.length).toBeGreaterThan(1000)
    expect(change.addedActions.some(action => action.startsWith('iam:'))).toBe(false)
  })

  it('a condition added narrows; removed broadens', () => {
    const conditioned = S3_READ.replace(
      '        Resource: ["arn:aws:s3:::data", "arn:aws:s3:::data/*"]\n',
      '        Resource: ["arn:aws:s3:::data", "arn:aws:s3:::data/*"]\n        Condition: { Bool: { "aws:SecureTransport": "true" } }\n'
    )
    expect(diff(role(S3_READ), role(conditioned)).verdict).toBe('narrows')
    expect(diff(role(conditioned), role(S3_READ)).verdict).toBe('broadens')
  })

  it('attaching AdministratorAccess broadens with high risk; detaching narrows', () => {
    const attached = diff(
      role(S3_READ),
      role(S3_READ, 'managedPolicies: [arn:aws:iam::aws:policy/AdministratorAccess]\n')
    )
    expect(attached).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(attached.managedPolicies.attached).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess'])
    expect(attached.addedActions).toContain('iam:PutRolePolicy')
    const detached = diff(
      role(S3_READ, 'managedPolicies: [arn:aws:iam::aws:policy/AdministratorAccess]\n'),
      role(S3_READ)
    )
    expect(detached.verdict).toBe('narrows')
  })

  it('sees a change inside a repo-defined managed policy through the attachment', () => {
    const policy = (action: string) =>
      `---\nkind: ManagedPolicy\nname: shared\ndocument:\n  Statement:\n    - Effect: Allow\n      Action: ${action}\n      Resource: "*"\n`
    const before = role(S3_READ, 'managedPolicies: [shared]\n') + policy('sqs:SendMessage')
    const after = role(S3_READ, 'managedPolicies: [shared]\n') + policy('sqs:*')
    const change = diff(before, after)
    expect(change.verdict).toBe('broadens')
    expect(change.addedActions).toContain('sqs:DeleteQueue')
  })

  it('removing the permissions boundary broadens with high risk', () => {
    const withBoundary = role(S3_READ, 'permissionsBoundary: arn:aws:iam::111111111111:policy/boundary\n')
    const change = diff(withBoundary, role(S3_READ))
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high' })
    expect(change.permissionsBoundary).toEqual({
      before: 'arn:aws:iam::111111111111:policy/boundary',
      after: undefined
    })
  })

  it('a new trust principal broadens with high risk', () => {
    const trust = ECS_TRUST.replace(
      '{ Service: ecs-tasks.amazonaws.com }',
      '{ Service: ecs-tasks.amazonaws.com, AWS: "444444444444" }'
    )
    const change = diff(role(S3_READ), role(S3_READ, '', trust))
    expect(change).toMatchObject({ verdict: 'broadens', risk: 'high', trustPolicyChanged: true })
    expect(change.trust.added.map(entry => entry.principal)).toEqual(['AWS:arn:aws:iam::444444444444:root'])
  })

  it('adding iam:PutRolePolicy is a high-risk privilege escalation', () => {
    const escalation = `${S3_READ}      - Effect: Allow
        Action: iam:PutRolePolicy
        Resource: "arn:aws:iam::111111111111:role/*"
`
    const change = diff(role(S3_READ), role(escalation))
    expect(change.risk).toBe('high')
    expect(change.reasons.join('\n')).toMatch(/privilege-escalation path: iam:PutRolePolicy/)
  })

  it('an escalation action on no resource of its type grants nothing and opens no path, as lint says', () => {
    // iam:PutRolePolicy and iam:* on S3 ARNs: resource-mismatch in lint, nothing added here.
    for (const actions of [
      '[s3:GetObject, s3:ListBucket, iam:PutRolePolicy]',
      '[s3:GetObject, s3:ListBucket, "iam:*"]'
    ]) {
      const change = diff(role(S3_READ), role(S3_READ.replace('[s3:GetObject, s3:ListBucket]', actions)))
      expect(change.addedActions).toEqual([])
      expect(change.reasons.join('\n')).not.toMatch(/escalation/)
      expect(change.risk).not.toBe('high')
      expect(change.verdict).toBe('neutral')
    }
  })

  it('reports description, session and tag changes as neutral', () => {
    const change = diff(
      role(S3_READ),
      role(S3_READ, 'description: new words\nmaxSessionDuration: 7200\ntags: { Team: data }\n')
    )
    expect(change).toMatchObject({ verdict: 'neutral', change: 'modified' })
    expect(change.description).toEqual({ before: '', after: 'new words' })
    expect(change.maxSessionDuration).toEqual({ before: 3600, after: 7200 })
    expect(change.tags.added).toEqual({ Team: 'data' })
  })
})

describe('compare: roles and environments', () => {
  it('a role added broadens; removed narrows', () => {
    const base = renderProject({ 'iam/app.yml': role(S3_READ) })
    const head = renderProject({
      'iam/app.yml': role(S3_READ),
      'iam/new.yml': role(S3_READ).replace('name: app', 'name: worker')
    })
    const added = compareStates(base.state, head.state).environments.dev
    expect(added.roles.map(r => [r.name, r.change, r.verdict])).toEqual([
      ['worker', 'added', 'broadens'],
      ['app', 'unchanged', 'unchanged']
    ])
    expect(added.verdict).toBe('broadens')
    // A new role's trust is its purpose, not "a new principal": risk follows its permissions.
    expect(added.roles[0].risk).toBe('low')
    const removed = compareStates(head.state, base.state).environments.dev
    expect(removed.roles[0]).toMatchObject({ name: 'worker', change: 'removed', verdict: 'narrows' })
  })

  it('a variable changed in rolegate.yml changes the rendered ARNs', () => {
    const withBucket = (bucket: string) =>
      BASIC_CONFIG.replace(
        'dev: { account: "111111111111", region: us-east-1 }',
        `dev: { account: "111111111111", region: us-east-1, variables: { bucket: ${bucket} } }`
      ).replace(
        'prod: { account: "333333333333", region: us-east-1, protected: true }',
        'prod: { account: "333333333333", region: us-east-1, protected: true, variables: { bucket: x } }'
      )
    const definition = role(S3_READ.replace(/arn:aws:s3:::data/g, 'arn:aws:s3:::{bucket}'))
    const change = diff(definition, definition.replace('name: app', 'name: app'), withBucket('old'))
    expect(change.change).toBe('unchanged')
    const base = renderProject({ 'iam/app.yml': definition }, withBucket('old'))
    const head = renderProject({ 'iam/app.yml': definition }, withBucket('new'))
    const moved = compareStates(base.state, head.state).environments.dev.roles[0]
    expect(moved.verdict).toBe('broadens') // new bucket added, old removed: mixed is reported as broadening
    expect(moved.permissions.added.map(entry => entry.resource)).toContain('arn:aws:s3:::new/*')
    expect(moved.permissions.removed.map(entry => entry.resource)).toContain('arn:aws:s3:::old/*')
  })

  it('a new environment in rolegate.yml shows every role as added there', () => {
    const base = renderProject({ 'iam/app.yml': role(S3_READ) })
    const head = renderProject(
      { 'iam/app.yml': role(S3_READ) },
      BASIC_CONFIG + '  staging: { account: "222222222222", region: us-east-1 }\n'
    )
    const changes = compareStates(base.state, head.state)
    expect(changes.environments.staging).toMatchObject({ change: 'added', verdict: 'broadens' })
    expect(changes.environments.staging.roles[0]).toMatchObject({
      physicalName: 'demo-staging-app',
      change: 'added'
    })
    expect(changes.environments.dev.change).toBe('unchanged')
  })

  it('matches live roles (no logical names) by physical name', () => {
    const head = renderProject({ 'iam/app.yml': role(S3_READ) })
    const live = structuredClone(head.state)
    for (const environment of Object.values(live.environments)) {
      for (const liveRole of environment.roles) delete liveRole.logicalName
    }
    const changes = compareStates(live, head.state)
    expect(changes.environments.dev.roles).toHaveLength(1)
    expect(changes.environments.dev.roles[0].change).toBe('unchanged')
  })
})
