import type { Clock } from '../core/clock.js'
import { errors } from '../core/errors.js'
import type { AccountState, InstanceProfile, ManagedPolicy, Role } from './model.js'
import type { IamRegistry } from './registry.js'

/** What an IAM action handler works with: the caller's account and the emulator's shared state. */
export interface IamContext {
  account: AccountState
  registry: IamRegistry
  clock: Clock
  /** Eventual consistency window for new roles and managed policies (ms); 0 = strongly consistent. */
  consistencyDelayMs: number
}

export function isVisible(ctx: IamContext, role: Role): boolean {
  return ctx.clock.now() >= role.visibleAt
}

export function findRole(ctx: IamContext, name: string): Role | undefined {
  return ctx.account.roles.get(name.toLowerCase())
}

/** The named role; `forRead` hides roles still inside the eventual-consistency window. */
export function requireRole(ctx: IamContext, name: string, forRead = false): Role {
  const role = findRole(ctx, name)
  if (!role || (forRead && !isVisible(ctx, role))) {
    throw errors.noSuchEntity(`The role with name ${name} cannot be found.`)
  }
  return role
}

export function isPolicyVisible(ctx: IamContext, policy: ManagedPolicy): boolean {
  return policy.visibleAt === undefined || ctx.clock.now() >= policy.visibleAt
}

/** The managed policy; `forRead` hides policies still inside the eventual-consistency window. */
export function requireManagedPolicy(ctx: IamContext, arn: string, forRead = false): ManagedPolicy {
  const policy = ctx.registry.managedPolicy(ctx.account, arn)
  if (!policy || (forRead && !isPolicyVisible(ctx, policy)))
    throw errors.noSuchEntity(`Policy ${arn} does not exist or is not attachable.`)
  return policy
}

/** A customer managed policy that may be changed (AWS managed policies are read-only). */
export function requireCustomerPolicy(ctx: IamContext, arn: string): ManagedPolicy {
  const policy = requireManagedPolicy(ctx, arn)
  if (policy.awsManaged) {
    throw errors.invalidInput(`Policy ${arn} is an AWS managed policy and cannot be modified.`)
  }
  return policy
}

export function requireInstanceProfile(ctx: IamContext, name: string): InstanceProfile {
  const profile = ctx.account.instanceProfiles.get(name.toLowerCase())
  if (!profile) throw errors.noSuchEntity(`Instance Profile ${name} cannot be found.`)
  return profile
}
