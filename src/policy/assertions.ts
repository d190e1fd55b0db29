/**
 * Access assertions (`expect:` on a role), checked with the offline evaluator. Pure: one rendered
 * role, its environment and one assertion in, every request's decision out. The access-assertion
 * lint rule and the PR comment's assertion flips both call `checkAssertion`, so they never disagree.
 *
 * An assertion stands for every action × resource it names. A wildcard action (`s3:Get*`, `iam:*`)
 * stands for every known action it matches (expanded with the action database): each one must be
 * allowed (`allow:`) or denied (`deny:`). An action that matches no known action makes the
 * assertion fail: a misspelt name must not pass a `deny:` by matching nothing. So does a resource
 * that is neither an ARN nor `*` (`s3:::bucket/key`): no statement's Resource matches it, so every
 * `deny:` would pass without checking anything. `rolegate can` refuses the same input.
 *
 * Fail closed: a request whose decision is `unknown` (a boundary or an attached policy RoleGate
 * cannot read) satisfies neither `allow:` nor `deny:`.
 */
import type { AccessAssertion, EnvironmentState, RoleState } from '../model/state.js'
import { expandActionPattern } from './action-db.js'
import { arnProblems } from './arn.js'
import {
  evaluateRequest,
  policyKindLabel,
  roleSessionContext,
  unknownSessionKeys,
  rolePolicies,
  type DecidingStatement,
  type EvaluationResult,
  type RolePolicies
} from './evaluate/index.js'
import { suggestAction } from './suggest.js'
import { hasWildcard } from './wildcard.js'

/** One request an assertion stands for, and what the evaluator said. */
export interface AssertionRequestResult {
  /** A known action, canonical spelling (`s3:GetObject`). */
  action: string
  resource: string
  result: EvaluationResult
  /** The decision is the one the assertion expects (`unknown` never is). */
  passed: boolean
}

/** A resource of the assertion that is neither an ARN nor `*`: no request is made for it. */
export interface InvalidAssertionResource {
  /** As rendered. */
  resource: string
  /** 0-based position in the assertion's `resources`. */
  index: number
  /** What is wrong with it (arnProblems). */
  problems: string[]
}

/** An action as written that matches no known action. */
export interface UnknownAssertionAction {
  action: string
  /** The nearest known action, for a misspelt name. */
  suggestion?: string
}

export interface AssertionCheck {
  assertion: AccessAssertion
  /** Every request passed and every action is known. */
  passed: boolean
  /**
   * passed; failed: some request got the opposite decision, an action is unknown or a resource is
   * not an ARN; unknown:
   * nothing failed outright, but some request's decision is unknown (the assertion fails closed).
   */
  outcome: 'passed' | 'failed' | 'unknown'
  /** Every action × resource, in the assertion's order (wildcards expanded in place). */
  results: AssertionRequestResult[]
  /** The results that did not pass: opposite decisions first, then unknown ones. */
  failures: AssertionRequestResult[]
  unknownActions: UnknownAssertionAction[]
  invalidResources: InvalidAssertionResource[]
  /** What RoleGate could not read for this role: why a decision can be `unknown`. */
  unreadable: { boundary?: string; policies: string[] }
}

/**
 * Checks one assertion of `role` in `environment`. `policies` defaults to the role's resolved
 * policies; pass them when checking several assertions of one role.
 */
export function checkAssertion(
  role: RoleState,
  environment: EnvironmentState,
  assertion: AccessAssertion,
  policies: RolePolicies = rolePolicies(role, environment)
): AssertionCheck {
  const context = roleSessionContext(role, environment.account, assertion.context)
  const ungiven = unknownSessionKeys(assertion.context)
  const unknownActions: UnknownAssertionAction[] = []
  const actions: string[] = []
  for (const written of assertion.actions) {
    const expanded = expandActionPattern(written)
    if (expanded.length === 0) {
      const suggestion = hasWildcard(written) ? undefined : suggestAction(written)
      unknownActions.push(suggestion === undefined ? { action: written } : { action: written, suggestion })
    }
    for (const action of expanded) if (!actions.includes(action)) actions.push(action)
  }
  const invalidResources: InvalidAssertionResource[] = []
  const resources: string[] = []
  assertion.resources.forEach((resource, index) => {
    const problems = arnProblems(resource)
    if (problems.length > 0) invalidResources.push({ resource, index, problems })
    else resources.push(resource)
  })
  const results: AssertionRequestResult[] = []
  for (const action of actions)
    for (const resource of resources) {
      const result = evaluateRequest(policies, { action, resource, context, unknown: ungiven })
      results.push({ action, resource, result, passed: result.decision === assertion.expect })
    }
  const opposite = results.filter(entry => !entry.passed && entry.result.decision !== 'unknown')
  const unknown = results.filter(entry => entry.result.decision === 'unknown')
  const failures = [...opposite, ...unknown]
  const outcome =
    opposite.length > 0 || unknownActions.length > 0 || invalidResources.length > 0
      ? 'failed'
      : unknown.length > 0
        ? 'unknown'
        : 'passed'
  const unreadable: AssertionCheck['unreadable'] = { policies: [...policies.unreadable] }
  if (policies.boundary && !policies.boundary.policy) unreadable.boundary = policies.boundary.arn
  return {
    assertion,
    passed: outcome === 'passed',
    outcome,
    results,
    failures,
    unknownActions,
    invalidResources,
    unreadable
  }
}

/** Every assertion of the role in this environment (the role's `expect`, already filtered by environment). */
export function checkAssertions(role: RoleState, environment: EnvironmentState): AssertionCheck[] {
  if (!role.expect || role.expect.length === 0) return []
  const policies = rolePolicies(role, environment)
  return role.expect.map(assertion => checkAssertion(role, environment, assertion, policies))
}

/**
 * A deciding statement as reports name it: `inline policy S3Access, statement 0 (Sid ReadResults)
 * at iam/task-role.yml:22`; AWS managed policies have no line.
 */
export function describeStatement(statement: DecidingStatement): string {
  const kind = policyKindLabel(statement.policyKind)
  const sid = statement.sid ? ` (Sid ${statement.sid})` : ''
  const where = statement.location ? ` at ${statement.location.file}:${statement.location.line}` : ''
  return `${kind} ${statement.policy}, statement ${statement.index}${sid}${where}`
}
