/**
 * Time-bound grants at render time: a role, an inline policy or a managed policy entry with
 * `expires` is rendered until it ends and left out from then on, so plan and deploy remove it and
 * drift reports it while it is still live. Every grant is recorded (expired or not) for the
 * `grant-expiring` and `grant-expired` lint rules. Pure: the clock is the caller's `now`.
 */
import { parseExpiry } from '../definitions/expiry.js'
import type { RoleDefinition } from '../definitions/schema.js'
import type { PolicyDocument } from '../model/policy.js'
import { positionOf, type SourceLocation } from '../model/source.js'
import type { TimeBoundGrant } from '../model/state.js'

type InlinePolicyEntry = NonNullable<RoleDefinition['policies']>[string]
type ManagedPolicyEntry = NonNullable<RoleDefinition['managedPolicies']>[number]

interface Expiring {
  expires?: string
  reason?: string
}

/** Records grants while rendering one environment, against one `now`. */
export class GrantClock {
  readonly grants: TimeBoundGrant[] = []

  constructor(private readonly now: Date) {}

  /**
   * Records the grant when `holder` has an `expires`; true when it has ended and must be left out.
   * `fallback` locates a grant whose `expires` position is unknown.
   */
  expired(
    holder: Expiring,
    grant: Pick<TimeBoundGrant, 'kind' | 'role' | 'name'>,
    fallback: SourceLocation
  ): boolean {
    if (holder.expires === undefined) return false
    const endsAt = parseExpiry(holder.expires)
    if (!endsAt) return false // the schema reported it; a definition with schema errors does not deploy
    const remainingMs = endsAt.getTime() - this.now.getTime()
    const recorded: TimeBoundGrant = {
      kind: grant.kind,
      role: grant.role,
      expires: holder.expires,
      endsAt: endsAt.toISOString(),
      remainingMs,
      reason: (holder.reason ?? '').trim(),
      location: positionOf(holder, 'expires') ?? fallback
    }
    if (grant.name !== undefined) recorded.name = grant.name
    this.grants.push(recorded)
    return remainingMs <= 0
  }
}

/** A time-bound inline policy (`{ document, expires, reason }`), as opposed to a plain document. */
export function isInlinePolicyGrant(
  entry: InlinePolicyEntry
): entry is Extract<InlinePolicyEntry, { document: unknown }> {
  return Object.hasOwn(entry, 'document')
}

/** The policy document of an inline policy entry, in either form. */
export function inlinePolicyDocument(entry: InlinePolicyEntry): PolicyDocument {
  return (isInlinePolicyGrant(entry) ? entry.document : entry) as PolicyDocument
}

/** The ARN or logical name of a managed policy entry, in either form. */
export function managedPolicyReference(entry: ManagedPolicyEntry): string {
  return typeof entry === 'string' ? entry : entry.arn
}
