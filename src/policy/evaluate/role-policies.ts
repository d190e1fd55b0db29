/**
 * The policies that decide what one rendered role may do: its inline policies, its attached
 * managed policies and its permissions boundary, each resolved to a document RoleGate has — a
 * `kind: ManagedPolicy` of the repository (matched by ARN), else AWS managed data (any partition:
 * `arn:aws-cn:iam::aws:policy/ReadOnlyAccess` is the same document). What resolves to neither is
 * unreadable, and the evaluator then answers "unknown" rather than guess.
 */
import type { EnvironmentState, RoleState } from '../../model/state.js'
import { awsManagedPolicy } from '../managed-policies.js'
import type { EvaluatedPolicy, RolePolicies } from './types.js'

function managedPolicy(
  arn: string,
  kind: 'managed' | 'boundary',
  environment: EnvironmentState
): EvaluatedPolicy | undefined {
  const own = environment.managedPolicies.find(policy => policy.arn === arn)
  if (own) {
    return {
      name: arn,
      kind,
      ...(own.logicalName !== undefined ? { logicalName: own.logicalName } : {}),
      document: own.document
    }
  }
  const aws = awsManagedPolicy(arn)
  if (aws) return { name: arn, kind, document: aws.document }
  // The boundary `rolegate bootstrap` created in the account: RoleGate wrote it, so it can read it.
  const bootstrap = environment.bootstrapBoundary
  return kind === 'boundary' && bootstrap?.arn === arn
    ? { name: arn, kind, document: bootstrap.document }
    : undefined
}

export function rolePolicies(role: RoleState, environment: EnvironmentState): RolePolicies {
  const identity: EvaluatedPolicy[] = Object.entries(role.inlinePolicies).map(([name, document]) => ({
    name,
    kind: 'inline',
    document
  }))
  const unreadable: string[] = []
  for (const arn of role.managedPolicyArns) {
    const policy = managedPolicy(arn, 'managed', environment)
    if (policy) identity.push(policy)
    else unreadable.push(arn)
  }
  const result: RolePolicies = { role: role.logicalName ?? role.name, identity, unreadable }
  if (role.permissionsBoundary !== undefined) {
    const policy = managedPolicy(role.permissionsBoundary, 'boundary', environment)
    result.boundary = { arn: role.permissionsBoundary, ...(policy ? { policy } : {}) }
  }
  return result
}
