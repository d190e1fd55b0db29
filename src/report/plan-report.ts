/** The plan part of the JSON report (plan, deploy, drift), and what its renderings say about it. */
import type { RoleChange } from '../compare/model.js'
import type { AlsoAttached, ConflictKind, FailureCause, Plan } from '../plan/model.js'

export interface PlanReport {
  environment: string
  account: string
  callerArn: string
  operations: {
    kind: string
    description: string
  }[]
  conflicts: Plan['conflicts']
  orphans: string[]
  /** Changed policies also attached outside this environment's definitions (present only when any are). */
  alsoAttached?: AlsoAttached[]
  /** The plan was made with prune: orphans are deleted (or their conflicts listed). */
  prune?: true
  applied?: string[]
  /** `refused`: stopped on purpose (a resource that is not RoleGate's); a re-run does not help. */
  failed?: {
    operation: string
    error: string
    refused?: true
    /** denied (a permission), rejected (IAM refused the request as written), lost (a network error). */
    cause?: FailureCause
  }
  /** Operations in flight when the first failed that failed too. */
  alsoFailed?: { operation: string; error: string }[]
  notAttempted?: string[]
  /** drift: how live IAM differs from the definitions, per resource. */
  drift?: DriftItem[]
  /** Logical role name → ARN, after deploy. */
  roles?: Record<string, string>
}

export type DriftKind = 'changed-outside' | 'deleted-outside' | 'not-defined' | 'not-owned' | 'conflict'

export interface DriftItem {
  resource: string
  /** `conflict`: nothing differs that a deploy would change, but a conflict stops the deploy (see `conflict`). */
  kind: DriftKind
  /** The kind of the plan's conflict on this resource, when it has one; its reason comes first in `reasons`. */
  conflict?: ConflictKind
  /** From definitions to live: "broadens" means live allows more than the definitions. */
  verdict?: string
  reasons: string[]
}

/**
 * A role to list under access changes: one that changes, or one whose access changes while the role
 * itself does not (a customer managed policy it has changed: only the policy's operations show).
 */
export function changesAccess(role: RoleChange): boolean {
  return role.change !== 'unchanged' || role.verdict !== 'unchanged'
}

/**
 * The heading over the conflicts. Not every conflict is a resource RoleGate may not change (a
 * missing boundary, an account quota the plan would exceed): what they share is that deploy applies
 * nothing while any remain.
 */
export const CONFLICTS_HEADING = 'Refused: conflicts to resolve before anything is applied'

/** No conflict, orphan or drift: with no operation either, live IAM matches the definitions. */
export function nothingPending(plan: PlanReport): boolean {
  return plan.conflicts.length === 0 && plan.orphans.length === 0 && (plan.drift?.length ?? 0) === 0
}

/** Said when the plan has no operation: only when nothing else is pending is live IAM "matching". */
export function nothingToApply(plan: PlanReport): string {
  if (plan.conflicts.length > 0)
    return 'No operation: nothing is applied until the conflicts above are resolved.'
  if (!nothingPending(plan)) return 'No operation to apply without prune (see above).'
  return 'Live IAM matches the definitions: nothing to do.'
}

/** The heading over policies whose new version also changes the access of roles, users or groups not defined here. */
export const ALSO_ATTACHED_HEADING = 'Also attached outside this environment'

const SHOWN_ROLES = 5

/** One changed policy that others have too: who, and that their access changes with it. */
export function alsoAttachedText(item: AlsoAttached): string {
  const more = item.roles.length - SHOWN_ROLES
  const names = item.roles.slice(0, SHOWN_ROLES).join(', ') + (more > 0 ? ` and ${more} more` : '')
  const who = [
    item.roles.length > 0 ? `${item.roles.length} role(s) this environment does not define (${names})` : '',
    item.usersAndGroups > 0 ? `${item.usersAndGroups} user(s) or group(s)` : ''
  ]
    .filter(Boolean)
    .join(' and ')
  return `${item.policyArn}: its new version applies to ${who} as well (attached, or as permissions boundary): their access changes with it. Check that they should have it, or give them their own policy first`
}

/** What to do after a failed apply: only a failure a re-run can get past says "re-run". */
export function afterFailure(failed: NonNullable<PlanReport['failed']>): string {
  if (failed.refused)
    return 'RoleGate stopped on purpose: a re-run fails the same way until the resource above is dealt with as the message says.'
  switch (failed.cause) {
    case 'denied':
      return "The deploy's credentials may not do this: a re-run fails the same way until the deployer role's permissions allow it (docs/deploy.md, Credentials)."
    case 'rejected':
      return 'IAM rejected the request as written: a re-run fails the same way until the definition (or the account) changes as the message says.'
    case 'lost':
      return 'The answer to this request was lost (a network error), so IAM may have applied it or not. Re-run the deploy: it reads live IAM again and applies only what is still missing.'
    default:
      return 'Re-run the deploy: every step is idempotent and it converges.'
  }
}

/**
 * Each conflict kind in words, as one clause after the resource: what is true of every conflict of
 * that kind. The conflict's `reason` says the rest (which roles, which account, what to do).
 */
export const CONFLICT_TEXT: Record<ConflictKind, string> = {
  'not-owned': 'exists with a defined name but RoleGate does not own it',
  'managed-by':
    'names another repository than this one, and managedByAcknowledgement does not acknowledge it',
  protected: 'protected: RoleGate never creates, changes or deletes it',
  'missing-dependency': 'does not exist in the account, and the definitions need it',
  'shared-name': 'defined by more than one environment of the same account',
  'foreign-instance-profile': 'the plan would delete it, but this repository did not create it',
  'in-use': 'to be pruned, but IAM cannot delete it while something RoleGate does not manage uses it',
  'unread-definition': 'to be pruned, but a file the definitions globs do not read defines it, or may',
  'path-change': 'its IAM path differs from the definition, and IAM cannot move a role',
  quota: 'the plan would exceed this account quota'
}

/**
 * Each drift kind in words. Drift compares live IAM with the definitions as they are now, so a
 * difference is either a change made outside RoleGate or a definition change not deployed yet.
 */
export const DRIFT_TEXT: Record<DriftKind, string> = {
  'changed-outside': 'changed outside RoleGate, or not deployed yet',
  'deleted-outside': 'deleted outside RoleGate, or not deployed yet',
  'not-defined': 'owned by this repository but no longer defined',
  'not-owned': CONFLICT_TEXT['not-owned'],
  conflict: 'a conflict stops the deploy'
}

/**
 * A drift item's reasons less those the conflicts list already gives for the same resource: a
 * conflict is said once, under its heading.
 */
export function driftReasons(plan: Pick<PlanReport, 'conflicts'>, item: DriftItem): string[] {
  const said = new Set(
    plan.conflicts.filter(conflict => conflict.resource === item.resource).map(conflict => conflict.reason)
  )
  return item.reasons.filter(reason => !said.has(reason))
}

/** A drift item in words: a `conflict` item says what kind of conflict, the others how live IAM differs. */
export function driftText(item: DriftItem): string {
  return item.kind === 'conflict' && item.conflict ? CONFLICT_TEXT[item.conflict] : DRIFT_TEXT[item.kind]
}

/**
 * Why plan/deploy/drift fails when the plan has conflicts, in one line after the report. `deploy`
 * applied nothing; `plan`, `deploy --dry-run` and `drift` never apply, but a deploy of the same
 * plan would be refused.
 */
export function conflictsFailure(
  command: string,
  plan: Pick<PlanReport, 'conflicts' | 'operations'>,
  dryRun = false
): string {
  const count = plan.conflicts.length
  if (command === 'deploy' && !dryRun)
    return `refusing to deploy: ${count} conflict(s) to resolve first (see above); nothing was applied`
  const operations = plan.operations.length
  return `a deploy would be refused: ${count} conflict(s) to resolve first (see above)${operations > 0 ? `, then ${operations} operation(s) would reconcile live IAM` : ''}`
}

/** The orphans line's note: with prune they are in the operations (or blocked by a conflict). */
export function orphansNote(plan: PlanReport, prune: string): string {
  return plan.prune
    ? 'pruned by the operations above, unless a conflict stops it'
    : `deleted only with ${prune}`
}
