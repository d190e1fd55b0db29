/**
 * The planner deploys what the comparison calls changed: a Condition whose keys differ only in
 * case (two AND-ed clauses) rewritten as one key with both values (an OR) is a new document to put,
 * not "unchanged" (canonical conditions keep such clauses apart: policy/conditions.ts).
 */
import { compareEnvironment } from '../../src/compare/compare.js'
import type { EnvironmentState, RoleState } from '../../src/model/state.js'
import type { ConditionBlock } from '../../src/model/policy.js'
import { planEnvironment } from '../../src/plan/plan.js'

const ACCOUNT = '111111111111'
const OWNED = { 'rolegate:managed-by': 'acme/infra' }

const role = (condition: ConditionBlock): RoleState => ({
  name: 'app',
  path: '/',
  arn: `arn:aws:iam::${ACCOUNT}:role/app`,
  description: '',
  maxSessionDuration: 3600,
  trustPolicy: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }
    ]
  },
  inlinePolicies: {
    Admin: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:DeleteObject',
          Resource: 'arn:aws:s3:::payroll/*',
          Condition: condition
        }
      ]
    }
  },
  managedPolicyArns: [],
  tags: OWNED,
  instanceProfile: false
})

const state = (roles: RoleState[]): EnvironmentState => ({
  environment: 'dev',
  account: ACCOUNT,
  region: 'us-east-1',
  partition: 'aws',
  roles,
  managedPolicies: []
})

const plan = (live: RoleState, desired: RoleState) =>
  planEnvironment(compareEnvironment(state([live]), state([desired])), {
    account: ACCOUNT,
    managedBy: 'acme/infra',
    prune: false
  })

describe('a condition key spelled twice in different case', () => {
  const anded = { StringEquals: { 'aws:PrincipalTag/tier': 'admin', 'AWS:PrincipalTag/tier': 'break-glass' } }
  const either = { StringEquals: { 'aws:PrincipalTag/tier': ['admin', 'break-glass'] } }

  it('rewritten as one key with both values: the plan puts the new document', () => {
    const planned = plan(role(anded), role(either))
    expect(planned.operations).toContainEqual(
      expect.objectContaining({
        kind: 'PutRolePolicy',
        roleName: 'app',
        policyName: 'Admin',
        document: role(either).inlinePolicies.Admin
      })
    )
  })

  it('the same clauses written in another case or order: nothing to deploy', () => {
    const respelled = {
      stringequals: { 'AWS:PrincipalTag/tier': 'break-glass', 'aws:principaltag/tier': 'admin' }
    }
    expect(plan(role(anded), role(respelled)).operations).toEqual([])
  })
})
