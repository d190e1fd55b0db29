import { compareEnvironment } from '../../src/compare/compare.js'
import type { EnvironmentState, ManagedPolicyState, RoleState } from '../../src/model/state.js'
import { planDigest } from '../../src/plan/digest.js'
import { planEnvironment } from '../../src/plan/plan.js'

const ACCOUNT = '111111111111'
const ARN = `arn:aws:iam::${ACCOUNT}:policy/app-logs`
const OWNED = { 'rolegate:managed-by': 'acme/infra' }

const state = (managedPolicies: ManagedPolicyState[], roles: RoleState[] = []): EnvironmentState => ({
  environment: 'dev',
  account: ACCOUNT,
  region: 'us-east-1',
  partition: 'aws',
  roles,
  managedPolicies
})

const ownedRole = (name: string): RoleState => ({
  name,
  path: '/',
  arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
  description: '',
  maxSessionDuration: 3600,
  trustPolicy: {
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]
  },
  inlinePolicies: {},
  managedPolicyArns: [ARN],
  tags: OWNED,
  instanceProfile: false
})

const policy = (action: string, tags: Record<string, string> = OWNED): ManagedPolicyState => ({
  name: 'app-logs',
  path: '/',
  arn: ARN,
  description: '',
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] },
  tags
})

const live = (elsewhere?: { roles: string[]; usersAndGroups: number }): ManagedPolicyState => ({
  ...policy('logs:PutLogEvents'),
  live: {
    defaultVersionId: 'v1',
    versionIds: ['v1'],
    attachmentCount: 3,
    ...(elsewhere ? { attachedElsewhere: elsewhere } : {})
  }
})

const plan = (before: ManagedPolicyState, after: ManagedPolicyState) =>
  planEnvironment(compareEnvironment(state([before]), state([after])), {
    account: ACCOUNT,
    managedBy: 'acme/infra',
    prune: false
  })

describe('a changed policy attached outside the definitions', () => {
  const elsewhere = { roles: ['legacy'], usersAndGroups: 2 }

  it('is listed when the plan gives it a new version', () => {
    const planned = plan(live(elsewhere), policy('logs:*'))
    expect(planned.operations.map(operation => operation.kind)).toContain('CreatePolicyVersion')
    expect(planned.alsoAttached).toEqual([{ policyArn: ARN, ...elsewhere }])
  })

  it('is not listed when only its tags change, or nobody else has it', () => {
    expect(plan(live(elsewhere), policy('logs:PutLogEvents', { ...OWNED, Team: 'a' })).alsoAttached).toEqual(
      []
    )
    expect(plan(live(), policy('logs:*')).alsoAttached).toEqual([])
  })

  it('leaves out roles the same plan deletes (prune): nobody keeps their access', () => {
    const before = state([live({ roles: ['app-old'], usersAndGroups: 0 })], [ownedRole('app-old')])
    const planned = planEnvironment(compareEnvironment(before, state([policy('logs:*')])), {
      account: ACCOUNT,
      managedBy: 'acme/infra',
      prune: true
    })
    expect(planned.operations.map(operation => operation.kind)).toEqual(
      expect.arrayContaining(['CreatePolicyVersion', 'DeleteRole'])
    )
    expect(planned.alsoAttached).toEqual([])
  })

  it('is part of the digest: the same operations with someone else attached are another plan', () => {
    const planned = plan(live(elsewhere), policy('logs:*'))
    const more = {
      ...planned,
      alsoAttached: [{ policyArn: ARN, roles: ['legacy', 'nightly'], usersAndGroups: 2 }]
    }
    expect(planDigest(more)).not.toBe(planDigest(planned))
    // Left out when empty: an ordinary plan's digest is what it always was.
    expect(planDigest({ ...planned, alsoAttached: [] })).toBe(
      planDigest({
        environment: planned.environment,
        account: planned.account,
        operations: planned.operations
      })
    )
  })
})
