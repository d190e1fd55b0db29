/**
 * The digest of a plan: what a reviewer approved, in one value. `plan` prints it; `deploy` with
 * `plan-digest` recomputes the plan against live IAM and applies it only when the digest is equal.
 *
 * It covers the environment, the account and every operation with its full payload (documents,
 * tags, version ids), as canonical JSON, in an order that does not depend on how the planner or the
 * live read happened to list them. Conflicts refuse a deploy on their own and are not part of it.
 * A changed policy that roles, users or groups outside the definitions also have (`alsoAttached`)
 * is: the same operations grant a role attached since the review what the reviewer did not see, so
 * the digest no longer matches. It is left out when empty, where it covers what it always did.
 */
import { createHash } from 'node:crypto'
import { canonicalJson } from '../policy/canonical-json.js'
import { compareText } from '../util/compare-text.js'
import type { Plan } from './model.js'

export const PLAN_DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/

/** Bumped when what the digest covers changes, so an old digest never matches by accident. */
const DIGEST_VERSION = 1

/** What the digest covers: `alsoAttached` may be absent (a plan report leaves it out when empty). */
type Digested = Pick<Plan, 'environment' | 'account' | 'operations'> & Partial<Pick<Plan, 'alsoAttached'>>

export function planDigest(plan: Digested): string {
  const operations = plan.operations.map(operation => canonicalJson(operation)).sort()
  const alsoAttached = (plan.alsoAttached ?? [])
    .map(item => ({ ...item, roles: [...item.roles].sort(compareText) }))
    .sort((a, b) => compareText(a.policyArn, b.policyArn))
  const text = canonicalJson({
    version: DIGEST_VERSION,
    environment: plan.environment,
    account: plan.account,
    operations,
    ...(alsoAttached.length > 0 ? { alsoAttached } : {})
  })
  return `sha256:${createHash('sha256').update(text).digest('hex')}`
}

/** A digest as a user passed it: trimmed, lower case; undefined when it is not one. */
export function parsePlanDigest(value: string): string | undefined {
  const digest = value.trim().toLowerCase()
  return PLAN_DIGEST_PATTERN.test(digest) ? digest : undefined
}

/** The plan file `plan` writes: the digest and what it covers, for the record of a review. */
export function planFile(plan: Digested): string {
  const file = {
    digest: planDigest(plan),
    environment: plan.environment,
    account: plan.account,
    operations: plan.operations,
    ...(plan.alsoAttached?.length ? { alsoAttached: plan.alsoAttached } : {})
  }
  return JSON.stringify(file, null, 2) + '\n'
}
