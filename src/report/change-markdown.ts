/**
 * Markdown for a ChangeSet: the sticky PR comment and the job summary. The comment answers in
 * one glance "what access does this PR add or remove, where, and how risky is it", then gives
 * per-role details by priority until GitHub's 65,536-character limit.
 */
import type { AccessEntry, ChangeSet, EnvironmentChange, RoleChange, Verdict } from '../compare/model.js'
import type { Finding } from '../model/findings.js'
import type { PlanReport } from './plan-report.js'
import { escapeCell, findingsTable } from './markdown.js'

export const COMMENT_LIMIT = 65_536
/** Room kept for the closing note and marker. */
const RESERVE = 2_000
const SEE_SUMMARY = 'The job summary has the full report.'

const VERDICT_TEXT: Record<Verdict, string> = {
  broadens: '🔺 broadens access',
  narrows: '🔻 narrows access',
  neutral: '⚪ no effective change',
  unchanged: '✅ unchanged'
}

export interface ChangeMarkdownInput {
  changes: ChangeSet
  newFindings: Finding[]
  existingFindingCount: number
  /** Hidden marker that identifies RoleGate's comment. */
  marker?: string
  /** Limit in characters; details are trimmed to fit. */
  limit?: number
  /** Where the full report is, for the trimmed-details note. */
  fullReportHint?: string
}

export function headline(changes: ChangeSet): string {
  const environments = Object.values(changes.environments)
  const changed = environments.filter(environment => environment.verdict !== 'unchanged')
  if (changed.length === 0) return '✅ **RoleGate:** no IAM changes.'
  const high = changed
    .filter(environment => environment.risk === 'high')
    .map(environment => environment.environment)
  const broad = changed
    .filter(environment => environment.verdict === 'broadens')
    .map(environment => environment.environment)
  if (high.length > 0) return `🔴 **RoleGate: high risk** — this PR broadens access in ${high.join(', ')}.`
  if (broad.length > 0) return `🟠 **RoleGate:** this PR broadens access in ${broad.join(', ')}.`
  if (changed.some(environment => environment.verdict === 'narrows'))
    return '🟢 **RoleGate:** this PR only narrows access.'
  return '⚪ **RoleGate:** this PR changes IAM definitions with no effective change in access.'
}

/**
 * A table's header and as many rows as fit in `budget` characters; the rest are counted in a
 * closing line (after a blank line, so it is not read as a row).
 */
function boundedTable(
  header: readonly string[],
  rows: readonly string[],
  budget: number,
  rest: (count: number) => string
): string {
  const lines = [...header]
  let length = lines.join('\n').length
  let shown = 0
  for (const row of rows) {
    // Room for this row and for the closing line should more rows follow.
    if (length + row.length + 1 + (shown + 1 < rows.length ? 200 : 0) > budget) break
    lines.push(row)
    length += row.length + 1
    shown++
  }
  if (shown < rows.length) lines.push('', rest(rows.length - shown))
  return lines.join('\n') + '\n'
}

function environmentTable(environment: EnvironmentChange, budget = Infinity, hint = SEE_SUMMARY): string {
  const roles = environment.roles.filter(role => role.change !== 'unchanged')
  const policies = environment.managedPolicies.filter(policy => policy.change !== 'unchanged')
  const title = `#### ${environment.environment} — ${VERDICT_TEXT[environment.verdict]}${environment.risk === 'high' ? ' · **high risk**' : ''}\n\n`
  if (roles.length === 0 && policies.length === 0) return `${title}_No changes._\n`
  const roleRow = (role: RoleChange) =>
    `| \`${escapeCell(role.name)}\` | ${role.change}${role.rename ? ` (renamed from \`${role.rename.before}\`)` : ''} | ${role.verdict} | ${role.addedActions.length || ''} | ${role.removedActions.length || ''} | ${role.risk === 'high' ? '🔴 high' : role.risk === 'low' ? 'low' : ''} |`
  let rows = roles.map(roleRow)
  // Too many to show them all: the riskiest first.
  if (rows.reduce((sum, row) => sum + row.length + 1, title.length) > budget)
    rows = [...roles].sort(byPriority).map(roleRow)
  for (const policy of policies) {
    const added = new Set(
      policy.permissions.added.filter(entry => entry.effect === 'Allow').map(entry => entry.action)
    ).size
    const removed = new Set(
      policy.permissions.removed.filter(entry => entry.effect === 'Allow').map(entry => entry.action)
    ).size
    rows.push(
      `| \`${escapeCell(policy.name)}\` _(managed policy)_ | ${policy.change} | ${policy.verdict} | ${added || ''} | ${removed || ''} | |`
    )
  }
  const header = ['| Role | Change | Verdict | +Actions | −Actions | Risk |', '|---|---|---|---:|---:|---|']
  return (
    title +
    boundedTable(
      header,
      rows,
      budget - title.length,
      count => `_… and ${count} more changed role(s) or policies in ${environment.environment}. ${hint}_`
    )
  )
}

const MAX_ACTIONS_IN_CELL = 8

/** Entries grouped into statement-like rows: one row per (sign, effect, resource, condition, principal). */
export function statementRows(added: readonly AccessEntry[], removed: readonly AccessEntry[]): string[] {
  const groups = new Map<string, { sign: string; entry: AccessEntry; actions: Set<string> }>()
  for (const [sign, entries] of [
    ['+', added],
    ['-', removed]
  ] as const) {
    for (const entry of entries) {
      const key = [sign, entry.effect, entry.resource, entry.condition, entry.principal ?? ''].join('\u0000')
      const group = groups.get(key) ?? { sign, entry, actions: new Set<string>() }
      group.actions.add(entry.action)
      groups.set(key, group)
    }
  }
  return [...groups.values()].map(({ sign, entry, actions }) => {
    const list = [...actions].sort()
    const shown = list
      .slice(0, MAX_ACTIONS_IN_CELL)
      .map(action => `\`${action}\``)
      .join(', ')
    const more = list.length > MAX_ACTIONS_IN_CELL ? ` and ${list.length - MAX_ACTIONS_IN_CELL} more` : ''
    return `| ${sign === '+' ? '➕' : '➖'} | ${entry.effect} | ${shown}${more} | ${entry.resource ? `\`${escapeCell(entry.resource)}\`` : ''} | ${entry.principal ? `\`${escapeCell(entry.principal)}\`` : ''} | ${entry.condition ? `\`${escapeCell(entry.condition)}\`` : ''} |`
  })
}

function accessLevels(entries: readonly AccessEntry[]): string {
  const counts = new Map<string, Set<string>>()
  for (const entry of entries) {
    if (entry.effect !== 'Allow') continue
    const level = entry.accessLevel ?? 'Unknown'
    counts.set(level, (counts.get(level) ?? new Set()).add(entry.action))
  }
  const order = ['Permissions management', 'Tagging', 'Write', 'List', 'Read', 'Unknown']
  return order
    .filter(level => counts.has(level))
    .map(level => `${level} ${counts.get(level)!.size}`)
    .join(' · ')
}

export function roleDetails(environment: string, role: RoleChange): string {
  const parts = [
    `<details><summary><b>${escapeCell(role.name)}</b> in ${environment} — ${role.change}, ${role.verdict}${role.risk === 'high' ? ', <b>high risk</b>' : ''}</summary>`,
    ''
  ]
  if (role.reasons.length > 0) parts.push(...role.reasons.map(reason => `- ${escapeCell(reason)}`), '')
  const levels = accessLevels(role.permissions.added)
  if (levels) parts.push(`Added actions by access level: ${levels}`, '')
  const fields: string[] = []
  if (role.managedPolicies.attached.length)
    fields.push(`attached: ${role.managedPolicies.attached.map(arn => `\`${arn}\``).join(', ')}`)
  if (role.managedPolicies.detached.length)
    fields.push(`detached: ${role.managedPolicies.detached.map(arn => `\`${arn}\``).join(', ')}`)
  if (role.permissionsBoundary)
    fields.push(
      `boundary: \`${role.permissionsBoundary.before ?? 'none'}\` → \`${role.permissionsBoundary.after ?? 'none'}\``
    )
  if (role.maxSessionDuration)
    fields.push(`max session: ${role.maxSessionDuration.before}s → ${role.maxSessionDuration.after}s`)
  if (role.description) fields.push('description changed')
  if (role.rename) fields.push(`renamed: \`${role.rename.before}\` → \`${role.rename.after}\``)
  // A new or deleted role's tags are all "changed": only an existing role's tag edits are news.
  const tagKeys =
    role.change === 'modified'
      ? [
          ...Object.keys(role.tags.added),
          ...Object.keys(role.tags.removed),
          ...Object.keys(role.tags.changed)
        ]
      : []
  if (tagKeys.length) fields.push(`tags changed: ${tagKeys.map(key => `\`${escapeCell(key)}\``).join(', ')}`)
  if (role.opaquePolicies.length)
    fields.push(`not expanded (content unknown): ${role.opaquePolicies.map(arn => `\`${arn}\``).join(', ')}`)
  if (fields.length) parts.push(...fields.map(field => `- ${field}`), '')
  const rows = [
    ...statementRows(role.trust.added, role.trust.removed),
    ...statementRows(role.permissions.added, role.permissions.removed)
  ]
  if (rows.length > 0) {
    parts.push(
      '| | Effect | Action | Resource | Principal | Condition |',
      '|---|---|---|---|---|---|',
      ...rows,
      ''
    )
  } else if (role.verdict === 'neutral') {
    parts.push('_Statements were rewritten without changing the access they grant._', '')
  }
  parts.push('</details>', '')
  return parts.join('\n')
}

const SEVERITY_PRIORITY: Record<Finding['severity'], number> = { error: 0, warning: 1, notice: 2 }

/** The new findings, most severe first, as many as fit in `budget` characters. */
function boundedFindingsTable(findings: readonly Finding[], budget: number, hint: string): string {
  const sorted = [...findings].sort((a, b) => SEVERITY_PRIORITY[a.severity] - SEVERITY_PRIORITY[b.severity])
  const [header, separator, ...rows] = findingsTable(sorted).trimEnd().split('\n')
  return boundedTable(
    [header, separator],
    rows,
    budget,
    count => `_… and ${count} more new finding(s). ${hint}_`
  )
}

const PRIORITY: Record<string, number> = { high: 0, low: 1, none: 2 }
const VERDICT_PRIORITY: Record<Verdict, number> = { broadens: 0, narrows: 1, neutral: 2, unchanged: 3 }
const byPriority = (a: RoleChange, b: RoleChange) =>
  PRIORITY[a.risk] - PRIORITY[b.risk] || VERDICT_PRIORITY[a.verdict] - VERDICT_PRIORITY[b.verdict]

export function renderChangeMarkdown(input: ChangeMarkdownInput): string {
  const limit = (input.limit ?? COMMENT_LIMIT) - RESERVE
  const hint = input.fullReportHint ?? SEE_SUMMARY
  const environments = Object.values(input.changes.environments)
  const details = environments
    .flatMap(environment =>
      environment.roles
        .filter(role => role.change !== 'unchanged')
        .map(role => ({ environment: environment.environment, role }))
    )
    .sort(
      (a, b) =>
        byPriority(a.role, b.role) ||
        a.environment.localeCompare(b.environment) ||
        a.role.name.localeCompare(b.role.name)
    )
    .map(({ environment, role }) => roleDetails(environment, role))

  // Summary first: the environment tables share up to two thirds of the room (a table that needs
  // less leaves its share to the next); then the new findings, most severe first, leaving up to a
  // sixth of the room for the details of the riskiest roles; the details get the rest.
  const head: string[] = []
  if (input.marker) head.push(input.marker)
  head.push(headline(input.changes), '')
  let tablesRoom = (limit * 2) / 3
  environments.forEach((environment, index) => {
    const table = environmentTable(environment, tablesRoom / (environments.length - index), hint)
    tablesRoom -= table.length
    head.push(table)
  })
  const existing =
    input.existingFindingCount > 0
      ? `_${input.existingFindingCount} finding(s) already existed on the base branch; see the job summary._\n`
      : ''
  if (input.newFindings.length > 0) {
    const title = `### New findings (${input.newFindings.length})\n`
    const detailsRoom = Math.min(
      details.reduce((sum, section) => sum + section.length, 0),
      limit / 6
    )
    const room = limit - head.join('\n').length - title.length - existing.length - detailsRoom - 3
    head.push(title, boundedFindingsTable(input.newFindings, room, hint))
  }
  if (existing) head.push(existing)

  let body = head.join('\n')
  let omitted = 0
  if (details.length > 0) body += '\n### Details\n\n'
  for (const section of details) {
    if (body.length + section.length > limit) {
      omitted++
      continue
    }
    body += section
  }
  if (omitted > 0) body += `\n> ${omitted} more role detail(s) did not fit in this comment. ${hint}\n`
  if (details.length > 0) body += `\n<sub>${input.changes.caveats.join(' ')}</sub>\n`
  return body
}

/** The deploy plan (and what was applied) for the job summary and `--format markdown`. */
export function renderPlanMarkdown(
  plan: PlanReport,
  change: EnvironmentChange | undefined,
  command: string
): string {
  const lines = [`## RoleGate ${command}: ${plan.environment} (account ${plan.account})`, '']
  if (plan.conflicts.length > 0) {
    lines.push(
      '### ⛔ Refused: resources RoleGate may not change',
      '',
      ...plan.conflicts.map(
        conflict => `- **${escapeCell(conflict.resource)}**: ${escapeCell(conflict.reason)}`
      ),
      ''
    )
  }
  if (plan.drift?.length) {
    const what: Record<string, string> = {
      'changed-outside': 'changed outside RoleGate',
      'deleted-outside': 'deleted outside RoleGate',
      'not-defined': 'owned by this repository but no longer defined',
      'not-owned': 'exists with a defined name but RoleGate does not own it'
    }
    lines.push(`### Drift (${plan.drift.length})`, '')
    for (const item of plan.drift) {
      const verdict =
        item.verdict === 'broadens'
          ? ' — live allows more than the definitions'
          : item.verdict === 'narrows'
            ? ' — live allows less than the definitions'
            : ''
      lines.push(
        `- **${escapeCell(item.resource)}**: ${what[item.kind]}${verdict}`,
        ...item.reasons.map(reason => `  - ${escapeCell(reason)}`)
      )
    }
    lines.push('')
  }
  if (plan.operations.length === 0) lines.push('✅ Live IAM matches the definitions: nothing to do.', '')
  else
    lines.push(
      `### Operations (${plan.operations.length})`,
      '',
      ...plan.operations.map(operation => `- \`${operation.kind}\` ${escapeCell(operation.description)}`),
      ''
    )
  if (plan.orphans.length > 0)
    lines.push(
      `Owned by this repository but no longer defined (deleted only with prune): ${plan.orphans.map(item => `\`${item}\``).join(', ')}`,
      ''
    )
  if (plan.applied)
    lines.push(`Applied ${plan.applied.length} of ${plan.operations.length} operation(s).`, '')
  if (plan.failed) {
    lines.push(`### ❌ Failed: ${escapeCell(plan.failed.operation)}`, '', '```', plan.failed.error, '```', '')
    if (plan.notAttempted?.length)
      lines.push(
        'Not attempted:',
        '',
        ...plan.notAttempted.map(item => `- ${escapeCell(item)}`),
        '',
        'Re-run the deploy: every step is idempotent and it converges.',
        ''
      )
  }
  if (change && change.verdict !== 'unchanged') {
    lines.push('### Access changes (live → definitions)', '')
    for (const role of change.roles.filter(item => item.change !== 'unchanged'))
      lines.push(roleDetails(plan.environment, role))
  }
  return lines.join('\n')
}
