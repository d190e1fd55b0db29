/**
 * `unknown-aws-managed-policy`: an attached policy or permissions boundary with an AWS managed ARN
 * (`arn:aws:iam::aws:policy/...`) that is not in the bundled list of AWS managed policies. A wrong
 * path (`policy/AmazonECSTaskExecutionRolePolicy` for `policy/service-role/...`) or a misspelt name
 * passes the schema, the diff and the plan's pre-check (the live read lists only customer managed
 * policies), and IAM refuses it mid-deploy (NoSuchEntity), after earlier changes were applied.
 *
 * An error, so it fails closed: the list has a date, and a policy AWS published after it is flagged
 * falsely, so the message names the date and the one-line suppression for that case.
 */
import { positionOf, type SourceLocation } from '../../model/source.js'
import type { RoleState } from '../../model/state.js'
import {
  awsManagedPolicyArns,
  awsManagedPolicyByName,
  isAwsManagedPolicyArn,
  isBundledAwsManagedPolicy,
  managedPoliciesDataVersion
} from '../../policy/managed-policies.js'
import { closest } from '../../util/suggest.js'
import type { LintContext, Rule, RuleHit } from '../types.js'

const RULE_ID = 'unknown-aws-managed-policy'

export const unknownAwsManagedPolicy: Rule = {
  id: RULE_ID,
  *check({ environment, config }: LintContext): Iterable<RuleHit> {
    let defaultReported = false
    for (const role of environment.roles) {
      for (const arn of role.managedPolicyArns)
        if (unknown(arn))
          yield hit(role, arn, 'attached policy', at(role, `managedPolicyArn:${arn}`, 'managedPolicies'))
      const boundary = role.permissionsBoundary
      if (boundary === undefined || !unknown(boundary)) continue
      if (role.source?.fields.permissionsBoundary) {
        yield hit(role, boundary, 'permissions boundary', at(role, 'permissionsBoundary'))
      } else if (!defaultReported) {
        // The boundary of every role that does not set one: once, at rolegate.yml.
        defaultReported = true
        yield defaultBoundaryHit(boundary, positionOf(config.defaults, 'permissionsBoundary'))
      }
    }
  }
}

function unknown(arn: string): boolean {
  return isAwsManagedPolicyArn(arn) && !isBundledAwsManagedPolicy(arn)
}

function at(role: RoleState, ...fields: string[]): SourceLocation | undefined {
  for (const field of fields) {
    const location = role.source?.fields[field]
    if (location) return location
  }
  return role.source?.location
}

function hit(role: RoleState, arn: string, what: string, location: SourceLocation | undefined): RuleHit {
  const suggestion = suggest(arn)
  const date = managedPoliciesDataVersion().updatedAt.slice(0, 10)
  const message =
    `role ${role.logicalName ?? role.name}: ${what} ${arn} is not an AWS managed policy RoleGate knows` +
    `${suggestion ? ` (did you mean ${suggestion}?)` : ''}; IAM would refuse it mid-deploy (NoSuchEntity). ` +
    `Correct the ARN. If AWS published this policy after ${date} (the date of RoleGate's list), suppress this finding in the role: ` +
    `suppress: [{ rule: ${RULE_ID}, reason: "AWS managed policy newer than RoleGate's list" }]`
  const result: RuleHit = { message, location }
  if (role.logicalName) {
    result.role = role.logicalName
    result.kind = 'role'
  }
  return result
}

function defaultBoundaryHit(arn: string, location: SourceLocation | undefined): RuleHit {
  const suggestion = suggest(arn)
  const date = managedPoliciesDataVersion().updatedAt.slice(0, 10)
  const message =
    `defaults.permissionsBoundary in rolegate.yml: ${arn} is not an AWS managed policy RoleGate knows` +
    `${suggestion ? ` (did you mean ${suggestion}?)` : ''}; IAM would refuse it mid-deploy (NoSuchEntity) for every role that does not set permissionsBoundary. ` +
    `Correct the ARN. If AWS published this policy after ${date} (the date of RoleGate's list), set the rule's severity in rolegate.yml until RoleGate's list has it: ` +
    `rules: { ${RULE_ID}: warning }`
  return { message, location }
}

/**
 * The listed policy meant: the same name on another path (`service-role/`) or in another case,
 * else the closest name. In the written ARN's partition.
 */
function suggest(arn: string): string | undefined {
  const slash = arn.indexOf(':policy/')
  const prefix = arn.slice(0, slash + ':policy/'.length)
  const name = arn.slice(arn.lastIndexOf('/') + 1)
  const found = awsManagedPolicyByName(name)?.arn ?? closestArn(name)
  if (!found) return undefined
  return `${prefix}${found.slice('arn:aws:iam::aws:policy/'.length)}`
}

function closestArn(name: string): string | undefined {
  const byName = new Map(awsManagedPolicyArns().map(arn => [arn.slice(arn.lastIndexOf('/') + 1), arn]))
  const best = closest(name, byName.keys())
  return best === undefined ? undefined : byName.get(best)
}
