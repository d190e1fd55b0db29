/**
 * A create that meets an existing resource ("EntityAlreadyExists") is a conflict, never a success:
 * the live read did not see the resource (IAM's eventual consistency, a crashed run whose answer
 * was lost, someone creating the same name while the deploy runs, an IAM implementation whose read
 * omits it). RoleGate re-reads the resource and plans it again with the planner's own rules: owned
 * (or unowned with `adopt: true`) → the operations that make it match the definition; anyone
 * else's → refused, nothing put on it, nothing attached to it.
 */
import { GetInstanceProfileCommand, IAMClient } from '@aws-sdk/client-iam'
import { compareEnvironment } from '../compare/compare.js'
import { OWNERSHIP_TAG, type EnvironmentState } from '../model/state.js'
import type { Operation } from '../plan/model.js'
import { planEnvironment, type PlanOptions } from '../plan/plan.js'
import { readLiveEnvironment } from './read-live.js'

/** What the plan was made from, so a resource met during the apply gets the same rules. */
export interface ReconcileContext {
  /** The rendered definitions of the environment. */
  desired: EnvironmentState
  /** The planner's options (account, managedBy, protected resources...). */
  plan: PlanOptions
}

/** The create was not made and the resource is not RoleGate's to change: the run stops. */
export class ConflictRefused extends Error {
  override name = 'ConflictRefused'
}

export interface Reconciliation {
  /** Operations that make the existing resource match its definition (maybe none). */
  operations: Operation[]
  note: string
}

type Create = Extract<Operation, { kind: 'CreateRole' | 'CreatePolicy' | 'CreateInstanceProfile' }>

const lower = (name: string) => name.toLowerCase()

/**
 * Re-reads the resource `create` met and plans it again. `wait` polls `read` while IAM does not
 * show it yet (undefined: gave up). Throws ConflictRefused when RoleGate must not touch it.
 */
export async function reconcileExisting(
  client: IAMClient,
  create: Create,
  context: ReconcileContext | undefined,
  wait: <T>(read: () => Promise<T | undefined>) => Promise<T | undefined>
): Promise<Reconciliation> {
  const what =
    create.kind === 'CreateRole'
      ? `role ${create.roleName}`
      : create.kind === 'CreatePolicy'
        ? `managed policy ${create.policyName}`
        : `instance profile ${create.instanceProfileName}`
  const untouched =
    create.kind === 'CreateRole'
      ? 'put nothing on it and attached nothing to it'
      : create.kind === 'CreatePolicy'
        ? 'did not change it and attached it to nothing'
        : 'added no role to it'
  const refuse = (found: string) =>
    new ConflictRefused(
      `creating ${what}: IAM answered EntityAlreadyExists, and ${found}. RoleGate did not count the create as done, ${untouched}, and stopped the deploy`
    )
  if (create.kind === 'CreateInstanceProfile') return instanceProfile(client, create, context, wait, refuse)
  if (!context) throw refuse('RoleGate has no definition to compare it with')
  const { desired } = context
  const role =
    create.kind === 'CreateRole'
      ? desired.roles.find(item => lower(item.name) === lower(create.roleName))
      : undefined
  const policy =
    create.kind === 'CreatePolicy'
      ? desired.managedPolicies.find(item => lower(item.name) === lower(create.policyName))
      : undefined
  if (!role && !policy) throw refuse('its definition is not in this deploy')
  const subset: EnvironmentState = {
    ...desired,
    roles: role ? [role] : [],
    managedPolicies: policy ? [policy] : []
  }
  const live = await wait(async () => {
    const state = await readLiveEnvironment(client, {
      desired: subset,
      managedBy: context.plan.managedBy,
      namePrefix: ''
    })
    const roles = role ? state.roles.filter(item => lower(item.name) === lower(role.name)) : []
    const managedPolicies = policy
      ? state.managedPolicies.filter(item => lower(item.name) === lower(policy.name))
      : []
    return roles.length + managedPolicies.length > 0 ? { ...state, roles, managedPolicies } : undefined
  })
  if (!live)
    throw refuse(
      'it cannot be read yet (IAM is eventually consistent, or someone else is creating it right now). Find out who created it; once it is visible, a re-run applies the ownership rules to it'
    )
  const change = compareEnvironment({ ...live, customerPolicyArns: undefined }, subset)
  const plan = planEnvironment(change, { ...context.plan, livePolicyArns: undefined })
  if (plan.conflicts.length > 0) {
    throw refuse(plan.conflicts.map(conflict => conflict.reason).join('; '))
  }
  const found = (live.roles[0] ?? live.managedPolicies[0]).tags[OWNERSHIP_TAG]
  const owner =
    found === undefined ? 'without an ownership tag, adopted as its definition says' : `owned by ${found}`
  return {
    operations: plan.operations,
    note: `${what} already existed (${owner}), though the live read did not show it: re-read it and reconciled it with ${plan.operations.length} operation(s) instead of creating it`
  }
}

async function instanceProfile(
  client: IAMClient,
  create: Extract<Operation, { kind: 'CreateInstanceProfile' }>,
  context: ReconcileContext | undefined,
  wait: <T>(read: () => Promise<T | undefined>) => Promise<T | undefined>,
  refuse: (found: string) => ConflictRefused
): Promise<Reconciliation> {
  const profile = await wait(async () => {
    try {
      return (
        await client.send(new GetInstanceProfileCommand({ InstanceProfileName: create.instanceProfileName }))
      ).InstanceProfile
    } catch (error) {
      if ((error as { name?: string }).name?.startsWith('NoSuchEntity')) return undefined
      throw error
    }
  })
  if (!profile) throw refuse('it cannot be read yet (IAM is eventually consistent); a re-run checks it again')
  const owner = profile.Tags?.find(tag => tag.Key === OWNERSHIP_TAG)?.Value
  const managedBy = context?.plan.managedBy ?? create.tags[OWNERSHIP_TAG]
  if (owner === undefined || owner !== managedBy)
    throw refuse(
      owner === undefined
        ? `it has no ${OWNERSHIP_TAG} tag: RoleGate did not create it, and adding a role to it would let whoever launches instances with it use the role. Delete or rename it`
        : `it is managed by ${owner}, not by this repository`
    )
  const others = (profile.Roles ?? []).filter(
    item => lower(item.RoleName ?? '') !== lower(create.instanceProfileName)
  )
  if (others.length > 0)
    throw refuse(
      `it already holds role ${others.map(item => item.RoleName).join(', ')}; remove that role from it first`
    )
  return {
    operations: [],
    note: `instance profile ${create.instanceProfileName} already existed (owned by ${owner}): kept it`
  }
}
