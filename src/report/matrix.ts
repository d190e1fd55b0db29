/** Renders the permission matrix (compare/matrix.ts) as a markdown table per environment. */
import { permissionMatrix, type MatrixRow, type PermissionMatrix } from '../compare/matrix.js'
import type { DesiredState } from '../model/state.js'
import {
  accessLevelOf,
  allServicePrefixes,
  lookupService,
  ACCESS_LEVELS,
  type AccessLevel
} from '../policy/action-db.js'
import { boundedMemo } from '../util/bounded-memo.js'
import { compareText } from '../util/compare-text.js'
import { cell, code, text } from './markdown.js'

const LETTER: Record<AccessLevel, string> = {
  Read: 'R',
  List: 'L',
  Write: 'W',
  Tagging: 'T',
  'Permissions management': 'P'
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
