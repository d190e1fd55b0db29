import { errors } from '../core/errors.js'
import type { CallerIdentity } from '../aws/credentials.js'
import type { QueryParams } from '../core/query.js'
import type { ConditionContext } from '../policy/conditions.js'
import { evaluate, type Decision, type EvaluationRequest } from '../policy/evaluate.js'
import { parsePolicyDocument } from '../policy/parse.js'
import type { PolicyDocument } from '../policy/types.js'
import { conditionContext, mergeContexts, type IamAction } from './action.js'
import type { IamContext } from './context.js'
import { defaultVersion, type AccountState, type Role } from './model.js'
import type { IamRegistry } from './registry.js'

type AssumedRole = Extract<CallerIdentity, { kind: 'assumed-role' }>

/** The role's identity-based policies: inline policies plus the default version of each attached policy. */
export function identityPolicies(registry: IamRegistry, account: AccountState, role: Role): PolicyDocument[] {
  const texts = [
    ...[...role.inlinePolicies.values()].map(p => p.document),
    ...role.attachedPolicyArns
      .map(arn => registry.managedPolicy(account, arn))
      .filter(policy => policy !== undefined)
      .map(policy => defaultVersion(policy).document)
  ]
  return texts.map(text => parsePolicyDocument(text, 'identity'))
}

export function boundaryPolicy(
  registry: IamRegistry,
  account: AccountState,
  role: Role
): PolicyDocument | undefined {
  if (!role.permissionsBoundaryArn) return undefined
  const policy = registry.managedPolicy(account, role.permissionsBoundaryArn)
  // A boundary whose policy is gone allows nothing.
  return policy
    ? parsePolicyDocument(defaultVersion(policy).document, 'identity')
    : { version: '2012-10-17', statements: [] }
}

/** The decision for one request, and which policy type denied it. */
export interface AuthorizationDecision {
  decision: Decision
  /** Set for a denial: the identity policies, or the permissions boundary. */
  deniedBy?: 'identity' | 'boundary'
}

/**
 * IAM's evaluation of a role's identity-based policies within its permissions boundary, in one
 * account: an explicit Deny in either wins; otherwise the request needs an identity Allow and, when
 * a boundary is set, a boundary Allow ("the effective permissions are the intersection of both
 * policy types"). When neither allows, the identity policies are named.
 */
export function authorizeRequest(
  identity: PolicyDocument[],
  boundary: PolicyDocument | undefined,
  request: EvaluationRequest
): AuthorizationDecision {
  const identityDecision = evaluate(identity, request)
  if (identityDecision === 'explicit-deny') return { decision: 'explicit-deny', deniedBy: 'identity' }
  const boundaryDecision = boundary ? evaluate([boundary], request) : 'allow'
  if (boundaryDecision === 'explicit-deny') return { decision: 'explicit-deny', deniedBy: 'boundary' }
  if (identityDecision !== 'allow') return { decision: 'implicit-deny', deniedBy: 'identity' }
  if (boundaryDecision !== 'allow') return { decision: 'implicit-deny', deniedBy: 'boundary' }
  return { decision: 'allow' }
}

function globalKeys(
  caller: AssumedRole,
  role: Role | undefined,
  now: Date,
  region: string
): ConditionContext {
  return conditionContext([
    ['aws:PrincipalArn', caller.roleArn],
    ['aws:PrincipalAccount', caller.accountId],
    ['aws:PrincipalType', 'AssumedRole'],
    ['aws:userid', caller.userId],
    ['aws:CurrentTime', now.toISOString()],
    ['aws:EpochTime', String(Math.floor(now.getTime() / 1000))],
    ['aws:SecureTransport', 'false'],
    ['aws:RequestedRegion', region],
    ...(role?.tags ?? []).map((tag): [string, string] => [`aws:PrincipalTag/${tag.Key}`, tag.Value])
  ])
}

/**
 * Authorizes an IAM call made with an assumed role's session credentials against the role's
 * identity policies and permissions boundary: the action itself, then every permission it also
 * needs (tag on create, iam:PassRole); throws AccessDenied worded as AWS does for the first denied.
 */
export function authorizeIamCall(
  ctx: IamContext,
  caller: AssumedRole,
  actionName: string,
  action: IamAction,
  params: QueryParams,
  region: string
): void {
  const found = ctx.registry.roleByArn(caller.roleArn)
  const callerKeys = globalKeys(caller, found?.role, ctx.clock.date(), region)
  const requests: EvaluationRequest[] = [
    {
      action: `iam:${actionName}`,
      resource: action.resource(ctx, params),
      context: mergeContexts(callerKeys, action.conditionKeys?.(ctx, params) ?? new Map())
    },
    ...(action.dependentAuthorizations?.(ctx, params) ?? []).map(dependent => ({
      action: dependent.action,
      resource: dependent.resource,
      context: mergeContexts(callerKeys, dependent.conditionKeys)
    }))
  ]
  for (const request of requests) {
    const outcome: AuthorizationDecision = found
      ? authorizeRequest(
          identityPolicies(ctx.registry, found.account, found.role),
          boundaryPolicy(ctx.registry, found.account, found.role),
          request
        )
      : { decision: 'implicit-deny', deniedBy: 'identity' }
    if (outcome.decision !== 'allow') throw accessDenied(caller, request, outcome)
  }
}

function accessDenied(caller: AssumedRole, request: EvaluationRequest, outcome: AuthorizationDecision) {
  const prefix = `User: ${caller.arn} is not authorized to perform: ${request.action} on resource: ${request.resource}`
  const policyType = outcome.deniedBy === 'boundary' ? 'permissions boundary' : 'identity-based policy'
  if (outcome.decision === 'explicit-deny')
    return errors.accessDenied(
      `${prefix} with an explicit deny in ${outcome.deniedBy === 'boundary' ? 'a' : 'an'} ${policyType}`
    )
  return errors.accessDenied(`${prefix} because no ${policyType} allows the ${request.action} action`)
}
