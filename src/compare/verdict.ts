/**
 * Verdict and risk of a change. Broadening: access added (Allow added, Deny removed), a trust
 * principal added, a boundary removed or replaced, an opaque policy attached. High risk: a
 * broadening that adds permissions-management or privilege-escalation access, lets a new
 * principal in, or removes a boundary or a Deny.
 */
import type { AccessDelta, ChangeSet, Risk, Verdict } from './model.js'

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

/** A lint finding as far as risk cares: rule, message, where it applies. */
export interface RiskFinding {
  rule: string
  message: string
  severity: 'error' | 'warning' | 'notice'
  role?: string
  environment?: string
  environments?: string[]
}

/**
 * A change that introduces a new error-level security finding (unscoped PassRole, an escalation
 * path, `Action: "*"`, ...) is high risk, with that finding as its first reason. `findings` are
 * the new, unsuppressed ones; `highRisk` says which rules count.
 */
export function riskFromFindings(
  changes: ChangeSet,
  findings: readonly RiskFinding[],
  highRisk: (rule: string) => boolean
): ChangeSet {
  const reasons = new Map<string, string[]>()
  for (const finding of findings) {
    if (finding.severity !== 'error' || !finding.role || !highRisk(finding.rule)) continue
    const environments = finding.environments ?? (finding.environment ? [finding.environment] : [])
    for (const environment of environments) {
      const key = `${environment}\u0000${finding.role}`
      reasons.set(key, [...(reasons.get(key) ?? []), `${finding.rule}: ${finding.message}`])
    }
  }
  if (reasons.size === 0) return changes
  const environments: ChangeSet['environments'] = {}
  for (const [name, environment] of Object.entries(changes.environments)) {
    const roles = environment.roles.map(role => {
      const added = reasons.get(`${name}\u0000${role.name}`)
      if (!added || role.change === 'unchanged') return role
      const fresh = added.filter(reason => !role.reasons.includes(reason))
      return { ...role, risk: 'high' as const, reasons: [...fresh, ...role.reasons] }
    })
    environments[name] = { ...environment, roles, risk: combineRisks(roles.map(role => role.risk)) }
  }
  return { ...changes, environments }
}
