/** Builders for evaluator tests: a role from bare documents, a request from context pairs. */
import type { PolicyDocument, PolicyStatement } from '../../src/model/policy.js'
import { requestContext } from '../../src/policy/evaluate/context.js'
import type { AccessRequest, EvaluatedPolicy, RolePolicies } from '../../src/policy/evaluate/types.js'

export function doc(...statements: PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements }
}

export function inline(name: string, document: PolicyDocument): EvaluatedPolicy {
  return { name, kind: 'inline', document }
}

export function role(identity: EvaluatedPolicy[], boundary?: PolicyDocument | 'unreadable'): RolePolicies {
  const policies: RolePolicies = { role: 'task-role', identity, unreadable: [] }
  if (boundary) {
    const arn = 'arn:aws:iam::111111111111:policy/boundary'
    policies.boundary =
      boundary === 'unreadable'
        ? { arn }
        : { arn, policy: { name: arn, kind: 'boundary', document: boundary } }
  }
  return policies
}

export function request(
  action: string,
  resource: string,
  context: Record<string, string | string[]> = {}
): AccessRequest {
  return {
    action,
    resource,
    context: requestContext(
      Object.entries(context).map(([key, value]) => [key, Array.isArray(value) ? value : [value]] as const)
    )
  }
}
