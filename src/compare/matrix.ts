/**
 * The permission matrix: per environment, role × service with the access levels each role may be
 * allowed (wildcards expanded, inline and attached policies together, less what an unconditional
 * Deny or a readable permissions boundary provably takes away), like the hand-written table
 * reviewers keep in design docs. report/matrix.ts renders it.
 */
import { statementsOf } from '../model/policy.js'
import type { EnvironmentState, RoleState } from '../model/state.js'
import { accessLevelOf, ACCESS_LEVELS, type AccessLevel } from '../policy/action-db.js'
import { computeServiceOf, normalizePrincipals } from '../policy/principals.js'
import { factsOf } from './access.js'
import { boundaryOf, combinedLimits, identityDenies, reachableActions } from './boundary.js'
import { policyResolver } from './role.js'

export interface MatrixRow {
  role: string
  /**
   * service prefix → access levels allowed (some action of that level, on some resource that no
   * unconditional Deny of the role and no readable permissions boundary provably takes away)
   */
  services: Record<string, AccessLevel[]>
  /**
   * The compute whose code runs as this role, from the compute service principals its trust policy
   * allows (`EC2 instances`, `Lambda functions`, ...), sorted; empty for other roles. Information:
   * whoever can run code there holds the role's permissions.
   */
  runsOn: string[]
}

export interface PermissionMatrix {
  environment: string
  services: string[]
  rows: MatrixRow[]
}

export function permissionMatrix(environment: EnvironmentState): PermissionMatrix {
  const policies = policyResolver(environment.managedPolicies, environment.bootstrapBoundary)
  const services = new Set<string>()
  const rows = environment.roles.map(role => {
    const documents = [
      ...Object.values(role.inlinePolicies),
      ...role.managedPolicyArns.flatMap(arn => policies.document(arn) ?? [])
    ]
    const levels = new Map<string, Set<AccessLevel>>()
    // What the diff counts as taken away: the readable boundary and the role's unconditional Denies.
    const limits = combinedLimits(identityDenies(documents), boundaryOf(role, policies))
    for (const fact of factsOf(documents, environment.partition)) {
      if (fact.effect !== 'Allow') continue
      const level = accessLevelOf(fact.action)
      if (!level) continue
      const service = fact.action.split(':')[0]
      // One reachable action of a level is enough: `Action: *` is 20,000 facts, a few hundred cells.
      if (levels.get(service)?.has(level) || reachableActions([fact], limits).size === 0) continue
      services.add(service)
      levels.set(service, (levels.get(service) ?? new Set()).add(level))
    }
    return {
      role: role.logicalName ?? role.name,
      services: Object.fromEntries(
        [...levels].map(([service, set]) => [service, ACCESS_LEVELS.filter(level => set.has(level))])
      ),
      runsOn: computeTrust(role)
    }
  })
  return { environment: environment.environment, services: [...services].sort(), rows }
}

/** The compute services (policy/principals.ts) that the role's trust policy allows. */
function computeTrust(role: RoleState): string[] {
  const found = new Set<string>()
  for (const statement of statementsOf(role.trustPolicy)) {
    // Rendered documents may be malformed (malformed-policy reports them): skip what is not a statement.
    if (statement === null || typeof statement !== 'object' || statement.Effect !== 'Allow') continue
    for (const principal of normalizePrincipals(statement.Principal)) {
      const compute = principal.type === 'Service' ? computeServiceOf(principal.id) : undefined
      if (compute) found.add(compute)
    }
  }
  return [...found].sort()
}
