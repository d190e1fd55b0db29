/**
 * Assertion flips: a role's `expect:` assertions checked on both sides of a change by the same pure
 * function as the access-assertion lint rule (src/policy/assertions.ts `checkAssertion`), so the
 * comment, lint and `rolegate can` never disagree. A flip is an assertion whose outcome changes
 * (passes → fails, fails → passes) or whose requests (action × resource) change decision: "after
 * this PR task-role CAN s3:DeleteObject on arn:…" is the strongest signal a reviewer can get.
 *
 * Both sides are checked with the head's assertion (the intent as it now reads); an assertion the
 * change deletes is checked as the base wrote it, and says so. An entry the change edits in place
 * (same position in the list, new content) counts as the head's version, not as a deletion.
 * Assertions never change the verdict or the plan: they are reported, not compared; a broken
 * `deny:` makes the change high risk (compare.ts).
 */
import { checkAssertion, type AssertionCheck } from '../policy/assertions.js'
import { rolePolicies, type Decision, type RolePolicies } from '../policy/evaluate/index.js'
import type { AccessAssertion, EnvironmentState, RoleState } from '../model/state.js'
import type { AssertionFlip, AssertionRequestFlip } from './model.js'

/** Same assertion (up to its position): what it expects, of what, on what, in which context. */
function assertionKey(assertion: AccessAssertion): string {
  return JSON.stringify([assertion.expect, assertion.actions, assertion.resources, assertion.context])
}

interface RequestDecision {
  action: string
  resource: string
  decision: Decision
  undecidedKeys?: string[]
}

function decisions(check: AssertionCheck): Map<string, RequestDecision> {
  const byRequest = new Map<string, RequestDecision>()
  for (const result of check.results) {
    const { decision, reason, undecidedKeys } = result.result
    byRequest.set(`${result.action}\u0000${result.resource}`, {
      action: result.action,
      resource: result.resource,
      decision,
      ...(reason === 'unknown-context' && undecidedKeys ? { undecidedKeys } : {})
    })
  }
  return byRequest
}

function baseKeys(role: RoleState): Set<string> {
  return new Set((role.expect ?? []).map(assertionKey))
}

interface Side {
  role: RoleState
  environment: EnvironmentState
  policies?: RolePolicies
}

function check(side: Side, assertion: AccessAssertion): AssertionCheck {
  side.policies ??= rolePolicies(side.role, side.environment)
  return checkAssertion(side.role, side.environment, assertion, side.policies)
}

/**
 * The assertions of a role (present on both sides) whose outcome or decisions differ between
 * `before` and `after`, in the order the head lists them, then the ones the change deletes.
 */
export function assertionFlips(
  before: { role: RoleState; environment: EnvironmentState },
  after: { role: RoleState; environment: EnvironmentState }
): AssertionFlip[] {
  const headAssertions = after.role.expect ?? []
  const headKeys = new Set(headAssertions.map(assertionKey))
  // An entry edited in place (same position, new content) is the head's version, not a deletion:
  // a PR that narrows the role and its assertion together breaks nothing.
  const editedAt = new Set(
    headAssertions.filter(assertion => !baseKeys(before.role).has(assertionKey(assertion))).map(a => a.index)
  )
  const deleted = (before.role.expect ?? []).filter(
    assertion => !headKeys.has(assertionKey(assertion)) && !editedAt.has(assertion.index)
  )
  if (headAssertions.length + deleted.length === 0) return []
  const base: Side = { ...before }
  const head: Side = { ...after }
  const flips: AssertionFlip[] = []
  for (const [assertion, removed] of [
    ...headAssertions.map(item => [item, false] as const),
    ...deleted.map(item => [item, true] as const)
  ]) {
    const old = check(base, assertion)
    const now = check(head, assertion)
    const oldDecisions = decisions(old)
    const requests: AssertionRequestFlip[] = []
    for (const [key, request] of decisions(now)) {
      const previous = oldDecisions.get(key)
      if (previous && previous.decision !== request.decision)
        requests.push({
          action: request.action,
          resource: request.resource,
          before: previous.decision,
          after: request.decision,
          ...(request.undecidedKeys ? { undecidedKeys: request.undecidedKeys } : {})
        })
    }
    if (old.outcome === now.outcome && requests.length === 0) continue
    const flip: AssertionFlip = { assertion, before: old.outcome, after: now.outcome, requests }
    if (removed) flip.removed = true
    flips.push(flip)
  }
  return flips
}
