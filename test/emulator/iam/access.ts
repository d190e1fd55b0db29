import { evaluate } from '../policy/evaluate.js'
import { parsePolicyDocument } from '../policy/parse.js'
import type { PrincipalType } from '../policy/types.js'
import { authorizeRequest, boundaryPolicy, identityPolicies } from './authorize.js'
import type { AccountState } from './model.js'
import type { IamRegistry } from './registry.js'

/** What to ask of a role: who might assume it, and what they might do with it. */
export interface AccessProbes {
  principals: { type: PrincipalType; id: string }[]
  /** `action resource` pairs, e.g. `s3:GetObject arn:aws:s3:::bucket/key`. */
  requests: string[]
  /** Request context for the trust check (condition keys as written, e.g. `aws:SourceAccount`). */
  trustContext?: Record<string, string>
}

/**
 * Every `principal action resource` the role grants right now in the emulated account: the
 * principal may assume it (trust policy) and the role's inline and attached policies allow the
 * request within its permissions boundary. Instance profiles count as the EC2 principal.
 */
export function roleAccess(
  registry: IamRegistry,
  account: AccountState,
  roleName: string,
  probes: AccessProbes
): Set<string> {
  const granted = new Set<string>()
  const role = account.roles.get(roleName.toLowerCase())
  if (!role) return granted
  const trust = parsePolicyDocument(role.trustPolicy, 'trust')
  const context = new Map(
    Object.entries(probes.trustContext ?? {}).map(([key, value]) => [key.toLowerCase(), [value]])
  )
  const inProfile = [...account.instanceProfiles.values()].some(profile =>
    profile.roleKeys.includes(role.name.toLowerCase())
  )
  const principals = probes.principals.filter(
    principal =>
      evaluate([trust], { action: 'sts:AssumeRole', principals: [principal], context }) === 'allow' ||
      (inProfile && principal.type === 'Service' && principal.id === 'ec2.amazonaws.com')
  )
  if (principals.length === 0) return granted
  const identity = identityPolicies(registry, account, role)
  const boundary = boundaryPolicy(registry, account, role)
  for (const request of probes.requests) {
    const [action, resource] = request.split(' ')
    const ask = { action, resource, context: new Map<string, string[]>() }
    if (authorizeRequest(identity, boundary, ask).decision !== 'allow') continue
    for (const principal of principals) granted.add(`${principal.type}:${principal.id} ${request}`)
  }
  return granted
}
