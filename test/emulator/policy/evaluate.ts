import { evaluateConditions, type ConditionContext } from './conditions.js'
import { substituteVariables, variablesEnabled } from './variables.js'
import { globOf, resourceMatch, wildcardMatch } from './wildcard.js'
import type { PolicyDocument, PrincipalBlock, PrincipalType, Statement } from './types.js'

/** One identifier the caller is known by, e.g. `{ type: 'Federated', id: 'arn:aws:iam::1:oidc-provider/x' }`. */
export interface PrincipalId {
  type: PrincipalType
  id: string
}

export interface EvaluationRequest {
  action: string
  /** Resource ARN, or `*` for actions without a resource. Ignored for trust policies. */
  resource?: string
  /** Set when evaluating a resource-based (trust) policy. */
  principals?: PrincipalId[]
  context: ConditionContext
}

export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny'

function actionMatches(patterns: string[], action: string): boolean {
  return patterns.some(pattern => wildcardMatch(pattern, action, true))
}

function principalInBlock(block: PrincipalBlock, principals: PrincipalId[]): boolean {
  if (block === '*') return true
  return principals.some(principal => {
    const ids = block[principal.type]
    return ids !== undefined && ids.some(id => id === '*' || id === principal.id)
  })
}

/**
 * Does one Resource/NotResource pattern match the resource? Variables are substituted first; a
 * pattern whose variable has no value matches no resource (IAM User Guide, "Policy variables with
 * no value").
 */
function resourceMatches(
  pattern: string,
  resource: string,
  context: ConditionContext,
  variables: boolean
): boolean {
  const glob = variables ? substituteVariables(pattern, context) : globOf(pattern)
  return glob !== undefined && resourceMatch(glob, resource)
}

/** `version`: the document's policy language version (variables exist only in 2012-10-17). */
export function statementApplies(
  statement: Statement,
  request: EvaluationRequest,
  version = '2012-10-17'
): boolean {
  const variables = variablesEnabled(version)
  if (statement.action && !actionMatches(statement.action, request.action)) return false
  if (statement.notAction && actionMatches(statement.notAction, request.action)) return false
  if (request.resource !== undefined) {
    const resource = request.resource
    const matches = (pattern: string) => resourceMatches(pattern, resource, request.context, variables)
    if (statement.resource && !statement.resource.some(matches)) return false
    if (statement.notResource && statement.notResource.some(matches)) return false
  }
  if (request.principals) {
    if (statement.principal && !principalInBlock(statement.principal, request.principals)) return false
    if (statement.notPrincipal && principalInBlock(statement.notPrincipal, request.principals)) return false
  }
  return evaluateConditions(statement.condition, request.context, variables)
}

/** Explicit deny wins; otherwise any matching Allow allows; otherwise the request is implicitly denied. */
export function evaluate(documents: PolicyDocument[], request: EvaluationRequest): Decision {
  let allowed = false
  for (const document of documents) {
    for (const statement of document.statements) {
      if (!statementApplies(statement, request, document.version)) continue
      if (statement.effect === 'Deny') return 'explicit-deny'
      allowed = true
    }
  }
  return allowed ? 'allow' : 'implicit-deny'
}
