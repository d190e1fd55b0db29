/**
 * The permission matrix: per environment, role × service with the access levels each role is
 * allowed (wildcards expanded, inline and attached policies together), like the hand-written
 * table reviewers keep in design docs.
 */
import { factsOf } from '../compare/access.js'
import { policyResolver } from '../compare/role.js'
import { statementsOf } from '../model/policy.js'
import type { DesiredState, EnvironmentState, RoleState } from '../model/state.js'
import { accessLevelOf, ACCESS_LEVELS, type AccessLevel } from '../policy/action-db.js'
import { computeServiceOf, normalizePrincipals } from '../policy/principals.js'
import { cell, code, text } from './markdown.js'

export interface MatrixRow {
  role: string
  /** service prefix → access levels allowed (some actions of that level) */
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

const LETTER: Record<AccessLevel, string> = {
  Read: 'R',
  List: 'L',
  Write: 'W',
  Tagging: 'T',
  'Permissions management': 'P'
}

export function permissionMatrix(environment: EnvironmentState): PermissionMatrix {
  const policies = policyResolver(environment.managedPolicies)
  const services = new Set<string>()
  const rows = environment.roles.map(role => {
    const documents = [
      ...Object.values(role.inlinePolicies),
      ...role.managedPolicyArns.flatMap(arn => policies.document(arn) ?? [])
    ]
    const levels = new Map<string, Set<AccessLevel>>()
    for (const fact of factsOf(documents, environment.partition)) {
      if (fact.effect !== 'Allow') continue
      const level = accessLevelOf(fact.action)
      if (!level) continue
      const service = fact.action.split(':')[0]
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

export function renderMatrixMarkdown(matrix: PermissionMatrix): string {
  if (matrix.rows.length === 0) return `#### ${text(matrix.environment)}\n\n_No roles._\n`
  const header = `| Role | Runs on | ${matrix.services.map(code).join(' | ')} |`
  const rule = `|---|---|${matrix.services.map(() => ':---:').join('|')}|`
  const rows = matrix.rows.map(
    row =>
      `| ${code(row.role)} | ${row.runsOn.map(cell).join(', ')} | ${matrix.services.map(service => (row.services[service] ?? []).map(level => LETTER[level]).join('')).join(' | ')} |`
  )
  return [
    `#### ${text(matrix.environment)}`,
    '',
    header,
    rule,
    ...rows,
    '',
    '_R read · L list · W write · T tagging · P permissions management. Runs on: the compute services the role trusts, whose code runs with these permissions._',
    ''
  ].join('\n')
}

/** The matrix of every environment of a state, under one heading. */
export function renderStateMatrices(state: DesiredState, heading = '### Permission matrix'): string {
  return [
    heading,
    '',
    ...Object.values(state.environments).map(environment =>
      renderMatrixMarkdown(permissionMatrix(environment))
    )
  ].join('\n')
}
