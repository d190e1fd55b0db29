/**
 * The permission matrix: per environment, role × service with the access levels each role may be
 * allowed (wildcards expanded, inline and attached policies together, less what an unconditional
 * Deny or a readable permissions boundary provably takes away), like the hand-written table
 * reviewers keep in design docs.
 */
import { factsOf } from '../compare/access.js'
import { boundaryOf, reachableActions, type Boundary } from '../compare/boundary.js'
import { policyResolver, type PolicyResolver } from '../compare/role.js'
import { statementsOf, type PolicyDocument, type PolicyStatement } from '../model/policy.js'
import type { DesiredState, EnvironmentState, RoleState } from '../model/state.js'
import {
  accessLevelOf,
  allServicePrefixes,
  lookupService,
  ACCESS_LEVELS,
  type AccessLevel
} from '../policy/action-db.js'
import { computeServiceOf, normalizePrincipals } from '../policy/principals.js'
import { boundedMemo } from '../util/bounded-memo.js'
import { compareText } from '../util/compare-text.js'
import { cell, code, text } from './markdown.js'

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

const LETTER: Record<AccessLevel, string> = {
  Read: 'R',
  List: 'L',
  Write: 'W',
  Tagging: 'T',
  'Permissions management': 'P'
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
    const limits = limitsOf(role, documents, policies)
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

const ALLOW_EVERYTHING: PolicyStatement = { Effect: 'Allow', Action: '*', Resource: '*' }

/**
 * What takes an allowed action away on a resource, as the diff decides it (compare/boundary.ts):
 * the role's permissions boundary when RoleGate can read it (it allows none of the action there,
 * or an unconditional boundary Deny covers it), and the role's own unconditional Deny statements,
 * asked the same way: a Deny in an identity policy denies as one in the boundary does, so they
 * are read as a boundary that allows everything else. "Provably" fails closed: a Deny with a
 * Condition, on fewer resources, or with a policy variable takes nothing away.
 */
function limitsOf(role: RoleState, documents: readonly PolicyDocument[], policies: PolicyResolver): Boundary {
  // Only Deny statements can take anything away; Allow statements would only slow the matching.
  const statements = documents.flatMap(statementsOf).filter(isDeny)
  const identity =
    statements.length > 0
      ? boundaryOf(
          { ...role, permissionsBoundary: 'identity policies' },
          { boundary: () => ({ Version: '2012-10-17', Statement: [ALLOW_EVERYTHING, ...statements] }) }
        )
      : undefined
  const boundary = boundaryOf(role, policies)
  return {
    arn: role.permissionsBoundary ?? '',
    readable: true,
    blocks: entry => identity?.blocks(entry) === true || boundary?.blocks(entry) === true
  }
}

/** Rendered documents may be malformed (lint reports them): what is not a statement is no Deny. */
function isDeny(statement: unknown): boolean {
  return (
    typeof statement === 'object' && statement !== null && (statement as PolicyStatement).Effect === 'Deny'
  )
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

/** More service columns than this, and the roles with the most services are summarised. */
export const MAX_COLUMNS = 15
/** A summarised role's other services are named one by one up to this many. */
const NAMED_SERVICES = 12
/** A role with every level of all other services but this many is summarised with them named. */
const NAMED_EXCEPTIONS = 6

const LEGEND =
  'R read · L list · W write · T tagging · P permissions management: the role may be allowed some action of that level. ' +
  'Not counted: an action allowed only on resources of a type it does not act on, or only where an unconditional Deny of the role, ' +
  'or the role’s permissions boundary when RoleGate can read it, takes it away on every resource; ' +
  'a Deny with a condition or on fewer resources takes nothing away, and service control policies and resource policies are not read. ' +
  'Runs on: the compute services the role trusts, whose code runs with these permissions.'

const OTHERS_LEGEND =
  ' Other services: a role with more services than fit as columns (the widest roles first) has the rest here; ' +
  'every level: each access level the service has.'

const letters = (levels: readonly AccessLevel[]) => levels.map(level => LETTER[level]).join('')

function levelsOf(row: MatrixRow, service: string): readonly AccessLevel[] {
  return Object.hasOwn(row.services, service) ? row.services[service] : []
}

const servicesOf = (rows: readonly MatrixRow[]) =>
  [...new Set(rows.flatMap(row => Object.keys(row.services)))].sort()

/**
 * The service columns: every service, unless there are more than MAX_COLUMNS; then the roles with
 * the most services are summarised one by one (their other services in one cell) until the
 * services of the rest fit. One admin role no longer makes a column of every AWS service.
 */
function layout(matrix: PermissionMatrix): { columns: string[]; summarised: Set<MatrixRow> } {
  const summarised = new Set<MatrixRow>()
  let columns = servicesOf(matrix.rows)
  const widest = [...matrix.rows].sort(
    (a, b) => Object.keys(b.services).length - Object.keys(a.services).length
  )
  for (const row of widest) {
    if (columns.length <= MAX_COLUMNS) break
    summarised.add(row)
    columns = servicesOf(matrix.rows.filter(other => !summarised.has(other)))
  }
  return { columns, summarised }
}

/** The access levels a service's actions have (what "every level" of it means). */
const levelsOfService = boundedMemo((service: string): readonly AccessLevel[] => {
  const found = new Set((lookupService(service)?.actions ?? []).map(accessLevelOf))
  return ACCESS_LEVELS.filter(level => found.has(level))
}, 2_000)

/**
 * A summarised role's access to the services that are not columns: named when they are few,
 * else "every level" with the exceptions named, else counted per combination of levels.
 */
function otherServices(row: MatrixRow, columns: ReadonlySet<string>): string {
  const others = Object.keys(row.services)
    .filter(service => !columns.has(service))
    .sort()
  if (others.length <= NAMED_SERVICES)
    return others.map(service => `${code(service)} ${letters(levelsOf(row, service))}`).join(' · ')
  const universe = allServicePrefixes().filter(
    service => !columns.has(service) && levelsOfService(service).length > 0
  )
  const partial = universe.filter(service => {
    const has = levelsOf(row, service)
    return levelsOfService(service).some(level => !has.includes(level))
  })
  if (partial.length <= NAMED_EXCEPTIONS) {
    const all =
      partial.length === 0
        ? `every level of all ${universe.length} other services`
        : `every level of ${universe.length - partial.length} of the ${universe.length} other services; `
    return (
      all +
      partial.map(service => `${code(service)} ${letters(levelsOf(row, service)) || 'none'}`).join(' · ')
    )
  }
  const counts = new Map<string, number>()
  for (const service of others) {
    const key = letters(levelsOf(row, service))
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return (
    [...counts]
      .sort(([a, x], [b, y]) => y - x || compareText(a, b))
      .map(([key, count]) => `${key} on ${count}`)
      .join(', ') + ` of the ${universe.length} other services`
  )
}

export function renderMatrixMarkdown(matrix: PermissionMatrix): string {
  if (matrix.rows.length === 0) return `#### ${text(matrix.environment)}\n\n_No roles._\n`
  const { columns, summarised } = layout(matrix)
  const shown = new Set(columns)
  const other = summarised.size > 0
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  const header = line(['Role', 'Runs on', ...columns.map(code), ...(other ? ['Other services'] : [])])
  const rule = line(['---', '---', ...columns.map(() => ':---:'), ...(other ? ['---'] : [])])
  const rows = matrix.rows.map(row =>
    line([
      code(row.role),
      row.runsOn.map(cell).join(', '),
      ...columns.map(service => letters(levelsOf(row, service))),
      ...(other ? [summarised.has(row) ? otherServices(row, shown) : ''] : [])
    ])
  )
  return [
    `#### ${text(matrix.environment)}`,
    '',
    header,
    rule,
    ...rows,
    '',
    `_${LEGEND}${other ? OTHERS_LEGEND : ''}_`,
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
