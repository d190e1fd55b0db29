/**
 * `access-assertion`: each `expect:` entry of a role must hold in every environment it applies to.
 * A failing assertion is one finding at the entry's line that says what decided: the statement
 * that allowed what should be denied, the Deny or the boundary that blocked what should be
 * allowed, that nothing allows it, or that the answer is unknown (and so fails closed). The runner
 * groups identical findings across environments.
 */
import type { AccessAssertion, RoleState } from '../../model/state.js'
import {
  checkAssertions,
  describeStatement,
  type AssertionCheck,
  type AssertionRequestResult
} from '../../policy/assertions.js'
import { isAwsManagedPolicyArn } from '../../policy/managed-policies.js'
import type { LintContext, Rule, RuleHit } from '../types.js'

/** How many further failing requests a message names before it only counts them. */
const MORE_NAMED = 3

export const accessAssertion: Rule = {
  id: 'access-assertion',
  *check({ environment }: LintContext): Iterable<RuleHit> {
    for (const role of environment.roles) {
      for (const check of checkAssertions(role, environment)) {
        if (check.passed) continue
        yield* invalidResourceHits(role, check)
        if (check.unknownActions.length === 0 && check.failures.length === 0) continue
        const hit: RuleHit = { message: assertionMessage(role, check) }
        if (check.assertion.location) hit.location = check.assertion.location
        if (role.logicalName) {
          hit.role = role.logicalName
          hit.kind = 'role'
        }
        // An `allow:` that fails means less access than intended: never a reason to stop a deploy.
        if (check.assertion.expect === 'allow') hit.missingAccess = true
        yield hit
      }
    }
  }
}

/**
 * A resource that is not an ARN (nor `*`), at its own line: it matches no statement, so a `deny:`
 * on it would pass without checking anything. Not missing access: the assertion is what is wrong.
 */
function* invalidResourceHits(role: RoleState, check: AssertionCheck): Iterable<RuleHit> {
  const { assertion } = check
  for (const invalid of check.invalidResources) {
    const hit: RuleHit = {
      message: `expect[${assertion.index}] of ${role.logicalName ?? role.name} names a resource that is not an ARN: "${invalid.resource}" (${invalid.problems.join('; ')}); write the resource's ARN (arn:aws:s3:::bucket/key) or "*", or the assertion checks nothing`
    }
    const location = assertion.resourceLocations?.[invalid.index] ?? assertion.location
    if (location) hit.location = location
    if (role.logicalName) {
      hit.role = role.logicalName
      hit.kind = 'role'
    }
    yield hit
  }
}

/** Why the assertion fails, and what to do: one sentence a reviewer can act on. */
export function assertionMessage(role: RoleState, check: AssertionCheck): string {
  const { assertion } = check
  const name = role.logicalName ?? role.name
  const entry = `expect[${assertion.index}]`
  if (check.unknownActions.length > 0) {
    const named = check.unknownActions
      .map(unknown =>
        unknown.suggestion ? `${unknown.action} (did you mean ${unknown.suggestion}?)` : unknown.action
      )
      .join(', ')
    return `${entry} of ${name} names ${check.unknownActions.length === 1 ? 'an action' : 'actions'} AWS does not have: ${named}; correct the action name, or the assertion checks nothing`
  }
  const [first, ...rest] = check.failures
  if (!first) return `${entry} of ${name} failed`
  return `${entry}: ${explain(name, assertion, first, check)}${more(rest, check.results.length)}`
}

function explain(
  name: string,
  assertion: AccessAssertion,
  failure: AssertionRequestResult,
  check: AssertionCheck
): string {
  const { result } = failure
  const request = `${failure.action} on ${failure.resource}${contextText(assertion)}`
  const wanted = assertion.expect === 'allow' ? 'allowed' : 'denied'
  const statements = result.statements.map(describeStatement).join('; ')
  const boundary = result.boundary?.arn ?? ''
  switch (result.reason) {
    case 'unknown': {
      // An AWS managed ARN RoleGate cannot read is not in its list: a wrong ARN, not a missing definition.
      const awsOnly =
        !check.unreadable.boundary &&
        check.unreadable.policies.length > 0 &&
        check.unreadable.policies.every(isAwsManagedPolicyArn)
      const fix = awsOnly
        ? 'correct the ARN (see unknown-aws-managed-policy), or remove the assertion'
        : 'define that policy in this repository as a kind: ManagedPolicy, or remove the assertion'
      return `cannot tell whether ${name} is ${wanted} ${request}: ${unknownCause(check, result.notes)}. The assertion fails until RoleGate can read it: ${fix}`
    }
    case 'unknown-context': {
      const keys = result.undecidedKeys ?? []
      const undecided = result.statements
        .map(statement => `the ${statement.effect} of ${describeStatement(statement)}`)
        .join('; ')
      // The region is the usual one, and rolegate.yml has it for each environment.
      const entries = keys.map(
        key => `"${key}": ${key.toLowerCase() === 'aws:requestedregion' ? '"{region}"' : 'VALUE'}`
      )
      return `cannot tell whether ${name} is ${wanted} ${request}: ${undecided} ${result.statements.length === 1 ? 'applies' : 'apply'} for some values of ${keys.join(', ')}, which requests of the role carry. The assertion fails until it says which: add ${entries.join(', ')} to its context`
    }
    case 'implicit-deny':
      return `expected ${name} to be allowed ${request}, but no statement allows it (implicit deny); add an Allow statement for it, or correct the assertion`
    case 'explicit-deny':
      return `expected ${name} to be allowed ${request}, but it is denied by ${statements || 'a Deny statement'}; narrow that Deny, or correct the assertion`
    case 'boundary':
      return statements
        ? `expected ${name} to be allowed ${request}: ${statements} allows it, but the permissions boundary ${boundary} does not; widen the boundary, or correct the assertion`
        : `expected ${name} to be allowed ${request}, but the permissions boundary ${boundary} does not allow it, whatever the attached policies RoleGate cannot read say; widen the boundary, or correct the assertion`
    case 'allowed':
      return `expected ${name} to be denied ${request}, but ${statements || 'a statement'} allows it${boundary ? ` and the permissions boundary ${boundary} lets it through` : ''}; narrow that statement or add a Deny, or correct the assertion`
  }
}

function unknownCause(check: AssertionCheck, notes: readonly string[]): string {
  const causes: string[] = []
  if (check.unreadable.boundary)
    causes.push(`the permissions boundary ${check.unreadable.boundary} is not defined in this repository`)
  const aws = check.unreadable.policies.filter(isAwsManagedPolicyArn)
  const own = check.unreadable.policies.filter(arn => !isAwsManagedPolicyArn(arn))
  if (own.length > 0)
    causes.push(
      `attached ${own.length === 1 ? 'policy' : 'policies'} ${own.join(', ')} ${own.length === 1 ? 'is' : 'are'} not defined in this repository`
    )
  if (aws.length > 0)
    causes.push(
      `attached ${aws.length === 1 ? 'policy' : 'policies'} ${aws.join(', ')} ${aws.length === 1 ? 'is' : 'are'} not in RoleGate's list of AWS managed policies`
    )
  return causes.length > 0 ? causes.join(' and ') : notes.join('; ') || 'a policy of the role cannot be read'
}

function contextText(assertion: AccessAssertion): string {
  if (assertion.context.length === 0) return ''
  return ` with ${assertion.context.map(([key, values]) => `${key}=${values.join(',')}`).join(' ')}`
}

function more(rest: readonly AssertionRequestResult[], total: number): string {
  if (rest.length === 0) return ''
  const named = rest.slice(0, MORE_NAMED).map(entry => `${entry.action} on ${entry.resource}`)
  const others = rest.length - named.length
  return ` (also failing: ${named.join(', ')}${others > 0 ? ` and ${others} more` : ''}; ${rest.length + 1} of the ${total} requests it stands for)`
}
