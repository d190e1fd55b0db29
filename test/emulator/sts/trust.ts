import { AwsError, errors } from '../core/errors.js'
import type { CallerIdentity } from '../aws/credentials.js'
import { authorizeRequest, boundaryPolicy, identityPolicies } from '../iam/authorize.js'
import type { AccountState, Role } from '../iam/model.js'
import type { IamRegistry } from '../iam/registry.js'
import { conditionContext } from '../iam/action.js'
import { evaluate, type PrincipalId } from '../policy/evaluate.js'
import { parsePolicyDocument } from '../policy/parse.js'
import type { JwtClaims } from '../github/jwt.js'

/** Trust policy evaluation for STS AssumeRole* calls. */

const WEB_IDENTITY_DENIED = 'Not authorized to perform sts:AssumeRoleWithWebIdentity'

/** Condition keys from the token: `<provider>:<claim>` for every string (or string list) claim. */
export function webIdentityContext(providerHost: string, claims: JwtClaims, sessionName: string) {
  const entries: Array<[string, string | string[] | undefined]> = [['sts:RoleSessionName', sessionName]]
  for (const [claim, value] of Object.entries(claims)) {
    if (typeof value === 'string' || Array.isArray(value)) entries.push([`${providerHost}:${claim}`, value])
  }
  return conditionContext(entries)
}

export function authorizeWebIdentity(
  account: AccountState,
  role: Role,
  providerHost: string,
  claims: JwtClaims,
  sessionName: string
): void {
  const providerArn = `arn:aws:iam::${account.id}:oidc-provider/${providerHost}`
  const decision = evaluate([parsePolicyDocument(role.trustPolicy, 'trust')], {
    action: 'sts:AssumeRoleWithWebIdentity',
    principals: [{ type: 'Federated', id: providerArn }],
    context: webIdentityContext(providerHost, claims, sessionName)
  })
  if (decision !== 'allow') throw errors.accessDenied(WEB_IDENTITY_DENIED)
}

export function webIdentityDenied(): AwsError {
  return errors.accessDenied(WEB_IDENTITY_DENIED)
}

/**
 * AssumeRole by a signed caller. A trust policy naming the caller's role (or session) suffices
 * within the account; trusting the account root also needs the caller's own policies to allow
 * sts:AssumeRole on the role. The account's admin key acts as root.
 */
export function authorizeAssumeRole(
  registry: IamRegistry,
  caller: CallerIdentity,
  account: AccountState,
  role: Role,
  context: Map<string, string[]>
): void {
  const denied = errors.accessDenied(
    `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${role.arn}`
  )
  const trust = [parsePolicyDocument(role.trustPolicy, 'trust')]
  const root: PrincipalId = { type: 'AWS', id: `arn:aws:iam::${caller.accountId}:root` }
  const explicit: PrincipalId[] =
    caller.kind === 'assumed-role'
      ? [
          { type: 'AWS', id: caller.roleArn },
          { type: 'AWS', id: caller.arn }
        ]
      : [root]
  const request = { action: 'sts:AssumeRole', context }
  const trustExplicit = evaluate(trust, { ...request, principals: explicit })
  if (trustExplicit === 'explicit-deny') throw denied
  if (trustExplicit === 'allow' && (caller.kind === 'admin' || caller.accountId === account.id)) return
  const trustViaAccount = evaluate(trust, { ...request, principals: [...explicit, root] })
  if (trustViaAccount !== 'allow') throw denied
  if (caller.kind === 'admin') return
  const callerRole = registry.roleByArn(caller.roleArn)
  if (!callerRole) throw denied
  const identityRequest = { action: 'sts:AssumeRole', resource: role.arn, context }
  const identity = identityPolicies(registry, callerRole.account, callerRole.role)
  const boundary = boundaryPolicy(registry, callerRole.account, callerRole.role)
  if (authorizeRequest(identity, boundary, identityRequest).decision !== 'allow') throw denied
}
