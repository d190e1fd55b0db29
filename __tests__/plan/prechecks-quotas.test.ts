/**
 * The quota pre-check: a plan that would create more roles, instance profiles or customer managed
 * policies than the account may hold is a conflict, with the numbers and what to do; a plan that
 * fits exactly is not. Deletions (prune) are applied after every create, so they make no room.
 */
import type { Operation } from '../../src/plan/model.js'
import { createsCountedEntities, quotaConflicts } from '../../src/plan/prechecks.js'
import type { AccountUsage } from '../../src/model/state.js'

const ACCOUNT = '111111111111'
const trustPolicy = { Version: '2012-10-17', Statement: [] }

const createRole = (index: number): Operation => ({
  kind: 'CreateRole',
  roleName: `app-${index}`,
  path: '/',
  description: '',
  maxSessionDuration: 3600,
  trustPolicy,
  tags: {}
})
const creates = (n: number) => Array.from({ length: n }, (_, index) => createRole(index))
const deletes = (n: number): Operation[] =>
  Array.from({ length: n }, (_, index) => ({ kind: 'DeleteRole', roleName: `old-${index}` }))

const usage = (roles: number, rolesQuota = 1000): AccountUsage => ({
  roles: { used: roles, quota: rolesQuota },
  instanceProfiles: { used: 0, quota: 1000 },
  policies: { used: 0, quota: 1500 }
})

describe('quotaConflicts', () => {
  it('over the roles quota by one: a conflict naming the quota, the numbers and what to do', () => {
    expect(quotaConflicts(creates(636), usage(365), ACCOUNT)).toEqual([
      {
        kind: 'quota',
        resource: 'IAM quota "Roles per account"',
        reason:
          'account 111111111111 holds 365 roles and this deploy creates 636: 1,001 roles, over the quota of 1,000 by 1. ' +
          'IAM refuses a create past the quota (LimitExceeded), so the deploy would stop part-way, half-applied; RoleGate applies nothing instead. ' +
          'Request a quota increase in Service Quotas (AWS Identity and Access Management, "Roles per account"), define fewer roles for this environment, or delete roles the account no longer needs first'
      }
    ])
  })

  it('exactly at the quota: no conflict (IAM refuses only the create past it)', () => {
    expect(quotaConflicts(creates(635), usage(365), ACCOUNT)).toEqual([])
  })

  it('the reported half-applied deploy: 750 roles into an account holding 365', () => {
    const [conflict] = quotaConflicts(creates(750), usage(365), ACCOUNT)
    expect(conflict.reason).toMatch(
      /^account 111111111111 holds 365 roles and this deploy creates 750: 1,115 roles, over the quota of 1,000 by 115\. /
    )
  })

  it('deletions under prune are counted, but make no room: they are applied after every create', () => {
    // 998 + 5 = 1,003 at once, although the account would end at 1,000.
    const [conflict, ...rest] = quotaConflicts([...creates(5), ...deletes(3)], usage(998), ACCOUNT)
    expect(rest).toEqual([])
    expect(conflict.reason).toContain(
      'account 111111111111 holds 998 roles; this deploy creates 5 and deletes 3, but it deletes last, after every create, so the account would hold 1,003 roles at once: over the quota of 1,000 by 3.'
    )
    expect(conflict.reason).toMatch(
      /or prune first: deploy the removals on their own \(with prune, before adding the new definitions\), then the rest$/
    )
    // Deletions alone never run into a quota, whatever the account holds.
    expect(quotaConflicts(deletes(3), usage(1200), ACCOUNT)).toEqual([])
  })

  it('an account already past its quota: any create is refused, none is fine', () => {
    expect(quotaConflicts([], usage(1001), ACCOUNT)).toEqual([])
    expect(quotaConflicts(creates(1), usage(1001), ACCOUNT)[0].reason).toContain(
      'holds 1,001 roles and this deploy creates 1: 1,002 roles, over the quota of 1,000 by 2.'
    )
  })

  it('checks instance profiles and customer managed policies the same way, each on its own', () => {
    const operations: Operation[] = [
      createRole(0),
      { kind: 'CreateInstanceProfile', instanceProfileName: 'app-0', path: '/', tags: {} },
      { kind: 'CreateInstanceProfile', instanceProfileName: 'app-1', path: '/', tags: {} },
      {
        kind: 'CreatePolicy',
        policyName: 'logs',
        path: '/',
        description: '',
        document: trustPolicy,
        tags: {}
      }
    ]
    const conflicts = quotaConflicts(
      operations,
      {
        roles: { used: 10, quota: 1000 },
        instanceProfiles: { used: 999, quota: 1000 },
        policies: { used: 1500, quota: 1500 }
      },
      ACCOUNT
    )
    expect(conflicts.map(conflict => [conflict.kind, conflict.resource])).toEqual([
      ['quota', 'IAM quota "Instance profiles per account"'],
      ['quota', 'IAM quota "Customer managed policies per account"']
    ])
    expect(conflicts[0].reason).toMatch(
      /^account 111111111111 holds 999 instance profiles and this deploy creates 2: 1,001 instance profiles, over the quota of 1,000 by 1\./
    )
    expect(conflicts[1].reason).toMatch(
      /^account 111111111111 holds 1,500 customer managed policies and this deploy creates 1: 1,501 customer managed policies, over the quota of 1,500 by 1\..*"Customer managed policies per account"/
    )
  })
})

describe('createsCountedEntities', () => {
  it('is true only for a plan that creates a role, an instance profile or a managed policy', () => {
    expect(createsCountedEntities([createRole(0)])).toBe(true)
    expect(
      createsCountedEntities([
        { kind: 'CreateInstanceProfile', instanceProfileName: 'a', path: '/', tags: {} }
      ])
    ).toBe(true)
    expect(
      createsCountedEntities([
        {
          kind: 'CreatePolicyVersion',
          policyArn: 'arn:aws:iam::111111111111:policy/p',
          document: trustPolicy
        },
        ...deletes(2)
      ])
    ).toBe(false)
  })
})
