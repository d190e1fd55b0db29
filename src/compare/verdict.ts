/**
 * Verdict and risk of a change (a role's, or a managed policy's on its own). Broadening: access
 * added (Allow added, Deny removed), a trust principal added, a boundary removed, a boundary change
 * that makes a grant reachable, an opaque policy attached or detached, a changed tag, name or path
 * that the role's policies read (aws:PrincipalTag/..., aws:PrincipalArn, aws:userid) or that a
 * policy of the role RoleGate cannot read may read. An Allow the
 * permissions boundary blocks is no broadening (compare/boundary.ts).
 * High risk: a broadening that adds (or makes reachable) permissions-management or
 * privilege-escalation access, lets a new principal in, removes a Deny or a permissions boundary,
 * or changes a property that a Deny, or an Allow of such access, reads.
 */
import type {
  AccessDelta,
  AccessEntry,
  ChangeSet,
  ManagedPolicyChange,
  PrincipalKeyChange,
  RoleChange,
  Risk,
  Verdict
} from './model.js'

export interface VerdictInput {
  permissions: AccessDelta
  trust: AccessDelta
  boundaryRemoved: boolean
  boundaryReplaced: boolean
  boundaryAdded: boolean
  /** Same boundary ARN, its repository document edited. */
  boundaryEdited?: boolean
  /** The boundary changed but the old one cannot be read: what the change flips is unknown. */
  boundaryUnknown?: boolean
  /** Boundaries of either side that RoleGate cannot read (taken to block nothing). */
  boundaryUnreadable?: string[]
  opaqueAttached: string[]
  /** Detached policies RoleGate cannot read: they may have held a Deny. */
  opaqueDetached?: string[]
  /** Changed properties of the role (tags, name, path) its policies read. */
  principalKeys?: PrincipalKeyChange[]
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

/** How a policy reads each property of the role, for a reason. */
const PROPERTY_READ: Record<PrincipalKeyChange['property'], string> = {
  tags: "the role's tags (aws:PrincipalTag/...)",
  name: "the role's name (aws:PrincipalArn, aws:userid)",
  path: "the role's path (aws:PrincipalArn, aws:userid)"
}

/** A few items, then how many more. */
export function list(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ')
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown
}

export function assess(input: VerdictInput): Assessment {
  const high: string[] = []
  const broad: string[] = []
  const narrow: string[] = []
  /** Facts a reviewer needs that do not move the verdict (what the boundary blocks). */
  const notes: string[] = []
  const { permissions, trust } = input

  // `blocked` entries change no effective access; `flipped` ones change it through the boundary.
  const pick = (
    entries: readonly AccessEntry[],
    effect: 'Allow' | 'Deny',
    boundary?: AccessEntry['boundary']
  ) => entries.filter(entry => entry.effect === effect && entry.boundary === boundary)
  const addedAllow = pick(permissions.added, 'Allow')
  const removedDeny = pick(permissions.removed, 'Deny')
  const removedAllow = pick(permissions.removed, 'Allow')
  const addedDeny = pick(permissions.added, 'Deny')
  const reachable = pick(permissions.added, 'Allow', 'flipped')
  const unreachable = pick(permissions.removed, 'Allow', 'flipped')
  const blockedAllow = pick(permissions.added, 'Allow', 'blocked')
  const blockedRemoved = pick(permissions.removed, 'Allow', 'blocked')

  const actions = (entries: readonly AccessEntry[]) => [...new Set(entries.map(entry => entry.action))].sort()
  const managing = (entries: readonly AccessEntry[]) =>
    actions(entries.filter(entry => entry.accessLevel === 'Permissions management'))
  const permissionsManagement = managing(addedAllow)
  const reachableManagement = managing(reachable)
  const boundary = input.boundaryEdited ? 'the edited permissions boundary' : 'the new permissions boundary'
  for (const path of input.escalationPaths) high.push(`opens a privilege-escalation path: ${path}`)
  if (permissionsManagement.length > 0)
    high.push(`adds permissions-management actions: ${list(permissionsManagement)}`)
  if (reachableManagement.length > 0)
    high.push(
      `${input.boundaryRemoved ? 'removing the permissions boundary' : boundary} makes permissions-management actions reachable: ${list(reachableManagement)}`
    )
  if (removedDeny.length > 0) high.push(`removes Deny on ${list(actions(removedDeny))}`)
  if (input.boundaryRemoved) {
    // High risk whatever RoleGate can show: a boundary's limits on resources or conditions are
    // not counted as blocking (compare/boundary.ts), and it no longer bounds future grants.
    if (input.boundaryUnknown)
      high.push('removes the permissions boundary, which RoleGate cannot read: what it blocked is unknown')
    else
      high.push(
        reachable.length > 0
          ? `removes the permissions boundary: ${actions(reachable).length} action(s) the role's policies grant become reachable: ${list(actions(reachable))}; any other limit it set is lifted too, and it no longer bounds future grants`
          : "removes the permissions boundary: it may have limited the role's grants (RoleGate finds none it blocked outright) and no longer bounds future ones"
      )
  }

  for (const read of input.principalKeys ?? []) {
    const unreadable = read.unreadable ?? []
    // Either its readable policies read it, or policies RoleGate cannot read may (or both).
    const clauses = [
      ...(read.keys.length > 0 ? [`its policies read ${list(read.keys)} (${list(read.policies)})`] : []),
      ...(unreadable.length > 0
        ? [
            `RoleGate cannot read ${list(unreadable)} (its document is unknown), which may read ${PROPERTY_READ[read.property]}`
          ]
        : [])
    ]
    const reason = `changes ${read.subject} and ${clauses.join('; ')}: the access they grant may change`
    const sensitive = [
      ...(read.sensitiveActions.length > 0
        ? [`statements that read it allow ${list(read.sensitiveActions)}`]
        : []),
      ...(read.denies.length > 0 ? [`a Deny on ${list(read.denies)} that reads it may no longer apply`] : [])
    ]
    if (sensitive.length > 0) high.push(`${reason}; ${sensitive.join('; ')}`)
    else broad.push(reason)
  }

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
  if (input.boundaryReplaced || input.boundaryEdited) {
    const verb = input.boundaryEdited ? 'edits the permissions boundary' : 'replaces the permissions boundary'
    if (input.boundaryUnknown)
      broad.push(`${verb} (RoleGate cannot read the old one, so what becomes reachable is unknown)`)
    else {
      if (reachable.length > 0)
        broad.push(
          `${boundary} makes ${actions(reachable).length} action(s) the role's policies grant reachable: ${list(actions(reachable))}`
        )
      if (unreachable.length > 0)
        narrow.push(
          `${boundary} makes ${actions(unreachable).length} action(s) the role's policies grant unreachable: ${list(actions(unreachable))}`
        )
      if (reachable.length + unreachable.length === 0 && input.boundaryReplaced)
        notes.push(`${verb}; nothing the role's policies grant changes reachability`)
    }
  }
  if (input.opaqueAttached.length > 0)
    broad.push(`attaches policies RoleGate cannot read: ${list(input.opaqueAttached)}`)
  const opaqueDetached = input.opaqueDetached ?? []
  if (opaqueDetached.length === 1)
    broad.push(`detaches ${opaqueDetached[0]}, which RoleGate cannot read: it may hold a Deny`)
  else if (opaqueDetached.length > 1)
    broad.push(`detaches policies RoleGate cannot read: ${list(opaqueDetached)}; they may hold a Deny`)

  if (removedAllow.length > 0) narrow.push(`allows ${actions(removedAllow).length} fewer action(s)`)
  if (addedDeny.length > 0) narrow.push(`adds Deny on ${list(actions(addedDeny))}`)
  if (trust.removed.some(entry => entry.effect === 'Allow')) narrow.push('removes a trusted principal')
  if (input.boundaryAdded)
    narrow.push(
      unreachable.length > 0
        ? `adds a permissions boundary: ${actions(unreachable).length} action(s) the role's policies grant become unreachable: ${list(actions(unreachable))}`
        : 'adds a permissions boundary'
    )

  if (blockedAllow.length > 0)
    notes.push(
      `${actions(blockedAllow).length} added action(s) blocked by the permissions boundary (no effective change): ${list(actions(blockedAllow))}`
    )
  if (blockedRemoved.length > 0)
    notes.push(
      `${actions(blockedRemoved).length} removed action(s) were blocked by the permissions boundary (no effective change): ${list(actions(blockedRemoved))}`
    )
  const changedBoundary =
    input.boundaryRemoved || input.boundaryReplaced || input.boundaryAdded || input.boundaryEdited
  if (changedBoundary && input.boundaryUnreadable?.length)
    notes.push(
      `RoleGate cannot read the permissions boundary ${list(input.boundaryUnreadable)} (not in the repository, not AWS managed): it is taken to block nothing`
    )

  const broadens = high.length + broad.length > 0
  const verdict: Verdict = broadens
    ? 'broadens'
    : narrow.length > 0
      ? 'narrows'
      : input.differs
        ? 'neutral'
        : 'unchanged'
  const risk: Risk = high.length > 0 ? 'high' : broadens ? 'low' : 'none'
  return { verdict, risk, reasons: [...high, ...broad, ...narrow, ...notes] }
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
  /** What `role` names; a finding that does not say counts for a role and a managed policy of that name. */
  kind?: 'role' | 'managed policy'
  environment?: string
  environments?: string[]
}

/**
 * A broadening change that introduces a new error-level security finding (unscoped PassRole, an escalation
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
    // A role and a managed policy may share a logical name: the finding's kind says which it is about.
    const kinds = finding.kind ? [finding.kind] : (['role', 'managed policy'] as const)
    for (const environment of environments)
      for (const kind of kinds) {
        const key = `${environment}\u0000${kind}\u0000${finding.role}`
        reasons.set(key, [...(reasons.get(key) ?? []), `${finding.rule}: ${finding.message}`])
      }
  }
  if (reasons.size === 0) return changes
  const environments: ChangeSet['environments'] = {}
  // Only a broadening: an identity grant the permissions boundary blocks may raise a finding
  // about the policy as written, but it changes no effective access. A finding's `role` is the
  // logical name of the role or managed policy it is about, `kind` which of the two.
  const withFindings = <T extends RoleChange | ManagedPolicyChange>(
    environment: string,
    kind: 'role' | 'managed policy',
    item: T
  ): T => {
    const added = reasons.get(`${environment}\u0000${kind}\u0000${item.name}`)
    if (!added || item.change === 'unchanged' || item.verdict !== 'broadens') return item
    const fresh = added.filter(reason => !item.reasons.includes(reason))
    return { ...item, risk: 'high' as const, reasons: [...fresh, ...item.reasons] }
  }
  for (const [name, environment] of Object.entries(changes.environments)) {
    const roles = environment.roles.map(role => withFindings(name, 'role', role))
    const managedPolicies = environment.managedPolicies.map(policy =>
      withFindings(name, 'managed policy', policy)
    )
    environments[name] = {
      ...environment,
      roles,
      managedPolicies,
      risk: combineRisks([...roles, ...managedPolicies].map(item => item.risk))
    }
  }
  return { ...changes, environments }
}
