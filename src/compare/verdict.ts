/**
 * Verdict and risk of a change. Broadening: access added (Allow added, Deny removed), a trust
 * principal added, a boundary removed or replaced, an opaque policy attached. High risk: a
 * broadening that adds permissions-management or privilege-escalation access, lets a new
 * principal in, or removes a boundary or a Deny.
 */
import type { AccessDelta, Risk, Verdict } from './model.js'

export interface VerdictInput {
  permissions: AccessDelta
  trust: AccessDelta
  boundaryRemoved: boolean
  boundaryReplaced: boolean
  boundaryAdded: boolean
  opaqueAttached: string[]
  /** Escalation paths the change completes, described. */
  escalationPaths: string[]
  /** Something differs at all (even if no access changes). */
  differs: boolean
  /** The role is new: its trust is not "a new principal for an existing role". */
  roleAdded?: boolean
}

export interface Assessment {
  verdict: Verdict
  risk: Risk
  reasons: string[]
}

const MAX_LISTED = 5

function list(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ')
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown
}

export function assess(input: VerdictInput): Assessment {
  const high: string[] = []
  const broad: string[] = []
  const narrow: string[] = []
  const { permissions, trust } = input

  const addedAllow = permissions.added.filter(entry => entry.effect === 'Allow')
  const removedDeny = permissions.removed.filter(entry => entry.effect === 'Deny')
  const removedAllow = permissions.removed.filter(entry => entry.effect === 'Allow')
  const addedDeny = permissions.added.filter(entry => entry.effect === 'Deny')

  const actions = (entries: typeof addedAllow) => [...new Set(entries.map(entry => entry.action))].sort()
  const permissionsManagement = actions(
    addedAllow.filter(entry => entry.accessLevel === 'Permissions management')
  )
  for (const path of input.escalationPaths) high.push(`opens a privilege-escalation path: ${path}`)
  if (permissionsManagement.length > 0)
    high.push(`adds permissions-management actions: ${list(permissionsManagement)}`)
  if (removedDeny.length > 0) high.push(`removes Deny on ${list(actions(removedDeny))}`)
  if (input.boundaryRemoved) high.push('removes the permissions boundary')

  const newPrincipals = [
    ...new Set(trust.added.filter(entry => entry.effect === 'Allow').map(entry => entry.principal ?? '?'))
  ]
  if (newPrincipals.length > 0) {
    // A new principal on an existing role is a new way in; a new role's trust is its purpose.
    if (input.roleAdded) broad.push(`new role, assumable by ${list(newPrincipals)}`)
    else high.push(`lets a new principal assume the role: ${list(newPrincipals)}`)
  }
  const removedTrustDeny = trust.removed.filter(entry => entry.effect === 'Deny')
  if (removedTrustDeny.length > 0) high.push('removes a Deny from the trust policy')

  if (addedAllow.length > 0) broad.push(`allows ${actions(addedAllow).length} more action(s)`)
  if (input.boundaryReplaced) broad.push('replaces the permissions boundary (its content is not compared)')
  if (input.opaqueAttached.length > 0)
    broad.push(`attaches policies RoleGate cannot read: ${list(input.opaqueAttached)}`)

  if (removedAllow.length > 0) narrow.push(`allows ${actions(removedAllow).length} fewer action(s)`)
  if (addedDeny.length > 0) narrow.push(`adds Deny on ${list(actions(addedDeny))}`)
  if (trust.removed.some(entry => entry.effect === 'Allow')) narrow.push('removes a trusted principal')
  if (input.boundaryAdded) narrow.push('adds a permissions boundary')

  const broadens = high.length + broad.length > 0
  const verdict: Verdict = broadens
    ? 'broadens'
    : narrow.length > 0
      ? 'narrows'
      : input.differs
        ? 'neutral'
        : 'unchanged'
  const risk: Risk = high.length > 0 ? 'high' : broadens ? 'low' : 'none'
  return { verdict, risk, reasons: [...high, ...broad, ...narrow] }
}

const VERDICT_RANK: Record<Verdict, number> = { unchanged: 0, neutral: 1, narrows: 2, broadens: 3 }
const RISK_RANK: Record<Risk, number> = { none: 0, low: 1, high: 2 }

/** The verdict of several changes together: any broadening broadens. */
export function combineVerdicts(verdicts: Iterable<Verdict>): Verdict {
  let result: Verdict = 'unchanged'
  for (const verdict of verdicts) if (VERDICT_RANK[verdict] > VERDICT_RANK[result]) result = verdict
  return result
}

export function combineRisks(risks: Iterable<Risk>): Risk {
  let result: Risk = 'none'
  for (const risk of risks) if (RISK_RANK[risk] > RISK_RANK[result]) result = risk
  return result
}
