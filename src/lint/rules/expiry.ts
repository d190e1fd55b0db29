/**
 * Time-bound grants: `grant-expired` for a grant whose `expires` has passed (rendering already
 * left it out, so deploy removes it), `grant-expiring` for one that ends within the window
 * (`expiry.expiringWithinDays` in rolegate.yml, default 7 days). Both point at the `expires` line.
 */
import type { TimeBoundGrant } from '../../model/state.js'
import type { LintContext, Rule, RuleHit } from '../types.js'

export const DEFAULT_EXPIRING_WITHIN_DAYS = 7

const DAY_MS = 86_400_000

export const grantExpired: Rule = {
  id: 'grant-expired',
  *check({ environment }: LintContext): Iterable<RuleHit> {
    for (const grant of environment.timeBoundGrants ?? []) {
      if (grant.remainingMs > 0) continue
      yield hit(grant, `${describe(grant)} expired ${when(grant)}${because(grant)}: ${consequence(grant)}`)
    }
  }
}

export const grantExpiring: Rule = {
  id: 'grant-expiring',
  *check({ config, environment }: LintContext): Iterable<RuleHit> {
    const days = config.expiry?.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS
    for (const grant of environment.timeBoundGrants ?? []) {
      if (grant.remainingMs <= 0 || grant.remainingMs > days * DAY_MS) continue
      yield hit(
        grant,
        `${describe(grant)} expires ${when(grant)}${because(grant)}, within ${days} day${days === 1 ? '' : 's'}: the first deploy or drift run after that removes it; extend expires if it is still needed`
      )
    }
  }
}

function hit(grant: TimeBoundGrant, message: string): RuleHit {
  const result: RuleHit = { message, location: grant.location, role: grant.role, kind: 'role' }
  if (grant.name !== undefined) result.policy = grant.name
  return result
}

function describe(grant: TimeBoundGrant): string {
  switch (grant.kind) {
    case 'role':
      return `role ${grant.role}`
    case 'inlinePolicy':
      return `inline policy "${grant.name ?? ''}" of role ${grant.role}`
    case 'managedPolicy':
      return `managed policy attachment "${grant.name ?? ''}" of role ${grant.role}`
  }
}

/** "on 2026-12-31 (end of day UTC)" for a date, "at 2026-12-31T18:00:00.000Z" for a timestamp. */
function when(grant: TimeBoundGrant): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(grant.expires)
    ? `on ${grant.expires} (end of day UTC)`
    : `at ${grant.endsAt}`
}

function because(grant: TimeBoundGrant): string {
  return grant.reason ? ` (reason: ${grant.reason})` : ''
}

function consequence(grant: TimeBoundGrant): string {
  switch (grant.kind) {
    case 'role':
      return 'RoleGate treats the role as not defined: deploy with prune deletes it, without prune plan lists it as an orphan; remove the definition'
    case 'inlinePolicy':
      return 'RoleGate no longer renders it, so deploy deletes it from the role; remove it from the definition'
    case 'managedPolicy':
      return 'RoleGate no longer renders it, so deploy detaches it from the role; remove the entry from the definition'
  }
}
