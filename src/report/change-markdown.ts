/**
 * Markdown for a ChangeSet: the sticky PR comment, the job summary and `rolegate diff --format
 * markdown` (one renderer). Line 1 is the gate: passes or fails, and why. Then what needs a
 * reviewer first (errors, high-risk changes, what could not be evaluated), one table of changes
 * grouped across environments and sorted by risk, then details strictly by priority until
 * GitHub's 65,536-character limit, with a count of what was left out and a link to the rest.
 */
import { groupChanges } from '../compare/group.js'
import {
  environmentVerdict,
  type AccessEntry,
  type AssertionFlip,
  type ChangeGroup,
  type ChangeSet,
  type EnvironmentChange,
  type ManagedPolicyChange,
  type NotEvaluated,
  type RoleChange,
  type Verdict
} from '../compare/model.js'
import type { Finding } from '../model/findings.js'
import { compareText } from '../util/compare-text.js'
import { assertionText, flipIcon, flipOutcome, flipVerb } from './assertion-flips.js'
import {
  afterFailure,
  changesAccess,
  CONFLICTS_HEADING,
  driftReasons,
  driftText,
  nothingPending,
  nothingToApply,
  ALSO_ATTACHED_HEADING,
  alsoAttachedText,
  orphansNote,
  type PlanReport
} from './plan-report.js'
import { findingsExitCode, type FailOn, type Report } from './report.js'
import {
  cell,
  code,
  fence,
  findingRow,
  html,
  inlineCode,
  link,
  findingEnvironments,
  location,
  ruleLabel,
  text,
  type Links
} from './markdown.js'

export const COMMENT_LIMIT = 65_536
/** Room kept for the footer and the left-out note. */
const RESERVE = 1_500

export interface ChangeMarkdownInput {
  changes: ChangeSet
  newFindings: Finding[]
  existingFindingCount: number
  /** The whole report: the gate counts every unsuppressed error, not only the new ones. */
  report?: Report
  /** rolegate.yml itself failed to load: nothing was evaluated. */
  configInvalid?: boolean
  failOn?: FailOn
  /** Hidden marker that identifies RoleGate's comment. */
  marker?: string
  /** Limit in characters; details are trimmed to fit. */
  limit?: number
  /** Repository, head commit and run: locations become links. Absent (the CLI): `path:line`. */
  links?: Links
  /** This is the job summary itself, whose findings table lists every finding: no pointer to it. */
  inSummary?: boolean
}

const VERDICT_TEXT: Record<Verdict | 'unknown', string> = {
  broadens: '🔺 broadens',
  narrows: '🟢 narrows',
  neutral: '⚪ no effective change',
  unchanged: '✅ unchanged',
  unknown: '❔ unknown'
}

const RISK_TEXT = { high: '🔴 high', low: '🟠 low', none: '' } as const

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

function summaryPointer(links: Links | undefined): string {
  return links?.runUrl ? link('the job summary', links.runUrl) : 'the job summary'
}

/**
 * What lists everything this report leaves out: the job summary for the comment; the JSON report
 * for the job summary itself (it cannot point at itself); for the CLI, which has no job summary,
 * the JSON output.
 */
function fullReport(input: Pick<ChangeMarkdownInput, 'inSummary' | 'links'>): string {
  if (input.inSummary) return 'the JSON report (`report-file` output)'
  return input.links ? summaryPointer(input.links) : '`rolegate diff --format json`'
}

/** Not-evaluated entries of every environment, one per file and side, with the names and environments. */
function notEvaluatedByFile(
  changes: ChangeSet
): Array<NotEvaluated & { names: string[]; kinds: NotEvaluated['kind'][]; environments: string[] }> {
  const byFile = new Map<
    string,
    NotEvaluated & { names: string[]; kinds: NotEvaluated['kind'][]; environments: string[] }
  >()
  for (const environment of Object.values(changes.environments)) {
    for (const item of environment.notEvaluated ?? []) {
      const key = `${item.side}|${item.file}`
      const entry = byFile.get(key) ?? { ...item, names: [], kinds: [], environments: [] }
      if (!entry.names.includes(item.name)) entry.names.push(item.name)
      if (!entry.kinds.includes(item.kind)) entry.kinds.push(item.kind)
      if (!entry.environments.includes(environment.environment))
        entry.environments.push(environment.environment)
      byFile.set(key, entry)
    }
  }
  return [...byFile.values()]
}

function configProblem(input: ChangeMarkdownInput): Finding | undefined {
  const findings = input.report?.findings ?? []
  const config = input.report?.config
  return (
    findings.find(finding => finding.severity === 'error' && finding.file === config) ??
    findings.find(finding => finding.severity === 'error')
  )
}

/** Line 1: passes or fails, and why; then what a reviewer must look at, one line each. */
export function gateLines(input: ChangeMarkdownInput, groups: readonly ChangeGroup[]): string[] {
  const { changes, links } = input
  const failOn = input.failOn ?? 'error'
  if (input.configInvalid) {
    const problem = configProblem(input)
    const config = input.report?.config ?? 'rolegate.yml'
    const where = problem?.file ? `${location(problem.file, problem.line, links)}: ` : ''
    return [
      `❌ **RoleGate fails:** ${inlineCode(config)} does not load, so no IAM change was evaluated.`,
      '',
      `- ${where}${text(problem?.message ?? 'the configuration is invalid')}`
    ]
  }
  const errors = input.report
    ? input.report.summary.error
    : input.newFindings.filter(finding => finding.severity === 'error' && !finding.suppressed).length
  const warnings = input.report?.summary.warning ?? 0
  // The same rule as the exit code (findingsExitCode): the line never contradicts it.
  const fails =
    input.report !== undefined
      ? findingsExitCode(input.report.summary, failOn) !== 0
      : failOn !== 'never' && errors > 0
  const highRisk = groups.filter(group => group.risk === 'high')
  const unevaluated = notEvaluatedByFile(changes)
  const flips = groups.flatMap(group => (group.role?.assertions ?? []).map(flip => ({ group, flip })))
  const nowFailing = flips.filter(({ flip }) => flip.after !== 'passed' && flip.before === 'passed').length
  const errorText = errors > 0 ? plural(errors, 'error') : undefined
  const assertionsText =
    nowFailing > 0
      ? `${plural(nowFailing, 'assertion')} no longer ${nowFailing === 1 ? 'holds' : 'hold'}`
      : undefined
  // Warnings fail only with fail-on: warning; when they alone fail it, the line names the setting.
  const warningText =
    failOn === 'warning' && warnings > 0
      ? `${plural(warnings, 'warning')}${errors === 0 ? ' (fail-on: warning)' : ''}`
      : undefined
  const highRiskText = highRisk.length > 0 ? plural(highRisk.length, 'high-risk change') : undefined
  const unevaluatedFiles = unevaluated
    .slice(0, 2)
    .map(
      item =>
        `${inlineCode(`${item.file}${item.line ? `:${item.line}` : ''}`)} ${item.reason}${item.side === 'base' ? ' on the base branch' : ''}`
    )
  if (unevaluated.length > 2) unevaluatedFiles.push(`${unevaluated.length - 2} more file(s)`)

  const environments = Object.values(changes.environments)
  const changed = environments.filter(environment => environmentVerdict(environment) !== 'unchanged')
  const withVerdict = (verdict: Verdict | 'unknown') =>
    changed.filter(environment => environmentVerdict(environment) === verdict)
  const unknown = withVerdict('unknown')
  let line: string
  if (fails) {
    const why = [
      errorText,
      assertionsText,
      warningText,
      highRiskText,
      unevaluatedFiles.length > 0 ? `not evaluated: ${unevaluatedFiles.join(', ')}` : undefined
    ].filter(Boolean)
    line = `❌ **RoleGate fails:** ${why.join(' · ')}`
  } else {
    // What the change does, never more than the comparison knows: an environment whose verdict is
    // unknown (a file did not load) is said to be unknown, never "narrows" or "no change".
    const state: string[] = []
    const broadens = withVerdict('broadens')
    if (highRiskText) state.push(`🔴 ${highRiskText} to review`)
    else if (broadens.length > 0)
      state.push(
        `broadens access in ${text(broadens.map(environment => environment.environment).join(', '))}`
      )
    if (unknown.length > 0)
      state.push(
        `❔ the change in ${text(unknown.map(environment => environment.environment).join(', '))} cannot be evaluated: ${unevaluatedFiles.join(', ')}`
      )
    if (state.length === 0)
      state.push(
        changed.length === 0
          ? 'no IAM changes'
          : changed.every(environment => environmentVerdict(environment) === 'neutral')
            ? 'no effective change in access'
            : 'only narrows access'
      )
    const extra = [errorText, assertionsText].filter(Boolean)
    line = `✅ **RoleGate passes**${failOn === 'never' && errors > 0 ? ' (fail-on: never)' : ''} — ${[...state, ...extra].join(' · ')}`
  }
  const lines = [line, '']
  // What the definitions promise and this PR changes: the strongest signal, first.
  const MAX_FLIPS = 6
  for (const { group, flip } of flips.slice(0, MAX_FLIPS)) lines.push(flipLine(group, flip, links))
  if (flips.length > MAX_FLIPS)
    lines.push(`- … and ${plural(flips.length - MAX_FLIPS, 'more assertion flip')} in the details below.`)
  const NAMES_NOT_EVALUATED = 5
  for (const item of unevaluated) {
    const base = item.side === 'base'
    const names = item.names.slice(0, NAMES_NOT_EVALUATED).map(inlineCode).join(', ')
    const more =
      item.names.length > NAMES_NOT_EVALUATED ? ` and ${item.names.length - NAMES_NOT_EVALUATED} more` : ''
    const what = item.kinds.includes('managed policy')
      ? plural(item.names.length, 'role or policy', 'roles or policies')
      : plural(item.names.length, 'role')
    const todo = !base
      ? 'Fix it (`rolegate validate` lists every problem) to compare them.'
      : item.file === input.report?.config
        ? `Without it RoleGate cannot render the base branch, so nothing is compared: review the definitions in full, or fix ${inlineCode(item.file)} on the base branch first.`
        : 'RoleGate cannot read the base branch’s version, so what this PR changes in it is not shown: review the file in full, or fix it on the base branch first.'
    // A base file's line is a line of the base, not of the head commit the links point at.
    lines.push(
      `- ❔ **Not evaluated:** ${location(item.file, item.line, base ? undefined : links)} ${text(item.reason)}${base ? ' on the base branch' : ''} (${text(item.detail)}). ${what} (${names}${more}) not compared; the verdict of ${text(item.environments.join(', '))} is unknown. ${todo}`
    )
  }
  if (changes.ownership)
    lines.push(
      `- 🔴 **Ownership changes:** \`managedBy\` ${inlineCode(changes.ownership.before)} → ${inlineCode(changes.ownership.after)}: the new owner's deploys may change or delete these roles.`
    )
  // One line per reason: 20 roles gaining the same permissions-management action are one line.
  const byReason = new Map<string, ChangeGroup[]>()
  for (const group of highRisk) {
    const key = `${group.environments.join(',')}\u0000${group.reasons[0] ?? ''}`
    byReason.set(key, [...(byReason.get(key) ?? []), group])
  }
  const MAX_LINES = 8
  const NAMES = 3
  const reasons = [...byReason.values()]
  for (const members of reasons.slice(0, MAX_LINES)) {
    const [first] = members
    const names = members.slice(0, NAMES).map(member => groupName(member, links))
    const more = members.length > NAMES ? ` and ${members.length - NAMES} more` : ''
    lines.push(
      `- 🔴 ${names.join(', ')}${more} in ${text(first.environments.join(', '))}: ${shortReason(first.reasons[0] ?? 'high risk', 110)}`
    )
  }
  if (reasons.length > MAX_LINES) {
    const rest = reasons.slice(MAX_LINES).reduce((sum, members) => sum + members.length, 0)
    lines.push(`- … and ${plural(rest, 'more high-risk change')} (the changes below are ordered by risk).`)
  }
  if (lines.length > 2) lines.push('')
  return lines
}

/** The resources of a flip named in a line; the rest are counted. */
const CLAIMS_IN_LINE = 2

/**
 * `❌ **After this PR `task-role` CAN `s3:PutObject`, `s3:DeleteObject` on `arn:…`** in dev: the
 * assertion at iam/task-role.yml:12 (`deny: …`) now fails.` Requests with the same new decision on
 * the same resource share a claim.
 */
function flipLine(group: ChangeGroup, flip: AssertionFlip, links: Links | undefined): string {
  const claims = new Map<string, { verb: string; resource: string; actions: string[] }>()
  for (const request of flip.requests) {
    const verb = flipVerb(request)
    const key = `${verb}\u0000${request.resource}`
    const claim = claims.get(key) ?? { verb, resource: request.resource, actions: [] }
    claim.actions.push(request.action)
    claims.set(key, claim)
  }
  const shown = [...claims.values()]
    .slice(0, CLAIMS_IN_LINE)
    .map(
      claim =>
        `${claim.verb} ${claim.actions.slice(0, 4).map(inlineCode).join(', ')}${claim.actions.length > 4 ? ` +${claim.actions.length - 4}` : ''} on ${inlineCode(claim.resource)}`
    )
  const more = claims.size > CLAIMS_IN_LINE ? ` (+${claims.size - CLAIMS_IN_LINE} more)` : ''
  const headline =
    shown.length > 0
      ? `**After this PR ${inlineCode(group.name)} ${shown.join('; ')}**${more}`
      : `**After this PR an assertion of ${inlineCode(group.name)} ${text(flipOutcome(flip))}**`
  const where = flip.assertion.location
    ? `the assertion at ${location(flip.assertion.location.file, flip.assertion.location.line, links)}`
    : `assertion ${flip.assertion.index + 1}`
  const outcome = shown.length > 0 ? ` ${text(flipOutcome(flip))}` : ''
  return `- ${flipIcon(flip)} ${headline} in ${text(group.environments.join(', '))}: ${where} (${inlineCode(assertionText(flip))})${outcome}.`
}

/** One line: each changed environment's verdict, unchanged ones collapsed. */
function environmentsLine(changes: ChangeSet): string {
  const environments = Object.values(changes.environments)
  const changed = environments.filter(environment => environmentVerdict(environment) !== 'unchanged')
  const unchanged = environments.filter(environment => environmentVerdict(environment) === 'unchanged')
  const parts = changed.map(
    environment =>
      `**${text(environment.environment)}** ${VERDICT_TEXT[environmentVerdict(environment)]}${environment.risk === 'high' ? ' (high risk)' : ''}`
  )
  if (unchanged.length > 0)
    parts.push(`unchanged: ${text(unchanged.map(environment => environment.environment).join(', '))}`)
  return parts.length > 0 ? `**Environments:** ${parts.join(' · ')}\n` : ''
}

function groupName(group: ChangeGroup, links: Links | undefined): string {
  const name = code(group.name)
  const linked = group.file && links ? link(name, fileUrl(group.file, group.line, links)) : name
  return group.kind === 'managed policy' ? `${linked} _(managed policy)_` : linked
}

function fileUrl(file: string, line: number | undefined, links: Links): string {
  return `${links.server}/${links.repository}/blob/${links.sha}/${file.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`
}

/** Allowed actions that change effective access (an Allow the boundary blocks does not). */
function countActions(entries: readonly AccessEntry[], blocked = false): number {
  return new Set(
    entries
      .filter(entry => entry.effect === 'Allow' && (entry.boundary === 'blocked') === blocked)
      .map(entry => entry.action)
  ).size
}

/** What changes, in a few words: `+12 actions −3`, `+1 principal`, `boundary removed`. */
function whatChanges(group: ChangeGroup): string {
  const parts: string[] = []
  const item: RoleChange | ManagedPolicyChange | undefined = group.role ?? group.policy
  if (!item) return ''
  const added = countActions(item.permissions.added)
  const removed = countActions(item.permissions.removed)
  if (added) parts.push(`+${plural(added, 'action')}`)
  if (removed) parts.push(`−${plural(removed, 'action')}`)
  const blocked = countActions(item.permissions.added, true)
  if (blocked) parts.push(`🚧 ${blocked} blocked by the boundary`)
  const role = group.role
  if (role) {
    const principals = (entries: readonly AccessEntry[]) =>
      new Set(entries.filter(entry => entry.effect === 'Allow').map(entry => entry.principal)).size
    if (role.change === 'modified') {
      const inPrincipals = principals(role.trust.added)
      const outPrincipals = principals(role.trust.removed)
      if (inPrincipals) parts.push(`+${plural(inPrincipals, 'principal')}`)
      if (outPrincipals) parts.push(`−${plural(outPrincipals, 'principal')}`)
    }
    if (role.permissionsBoundary)
      parts.push(
        role.permissionsBoundary.after === undefined
          ? 'boundary removed'
          : role.permissionsBoundary.before === undefined
            ? 'boundary added'
            : 'boundary replaced'
      )
    else if (role.change === 'unchanged')
      parts.push(
        [...role.permissions.added, ...role.permissions.removed].some(entry => entry.boundary === 'flipped')
          ? 'its boundary policy edited'
          : 'an attached policy edited'
      )
    if (role.managedPolicies.attached.length) parts.push(`+${role.managedPolicies.attached.length} attached`)
    if (role.managedPolicies.detached.length) parts.push(`−${role.managedPolicies.detached.length} detached`)
    if (role.change === 'modified' && Object.hasOwn(role.tags.changed, 'rolegate:managed-by'))
      parts.push('owner')
    if (role.maxSessionDuration) parts.push('max session')
    if (role.description) parts.push('description')
    if (
      role.change === 'modified' &&
      Object.keys(role.tags.added).length +
        Object.keys(role.tags.removed).length +
        Object.keys(role.tags.changed).length >
        0
    )
      parts.push('tags')
  }
  const flips = role?.assertions ?? []
  const failing = flips.filter(flip => flip.after !== 'passed').length
  if (failing) parts.push(`❌ ${plural(failing, 'assertion')} ${failing === 1 ? 'fails' : 'fail'}`)
  if (flips.length > failing)
    parts.push(
      `✅ ${plural(flips.length - failing, 'assertion')} now ${flips.length - failing === 1 ? 'passes' : 'pass'}`
    )
  if (parts.length === 0 && group.verdict === 'neutral') parts.push('statements rewritten, same access')
  return parts.join(' ')
}

/** A role whose definition did not change can still change access (its boundary or an attached policy). */
function changeLabel(change: ChangeGroup['change']): string {
  return change === 'unchanged' ? 'same definition' : change
}

const MAX_REASON = 160

function shortReason(reason: string | undefined, max = MAX_REASON): string {
  if (!reason) return ''
  return text(reason.length > max ? `${reason.slice(0, max - 1)}…` : reason)
}

function changeRow(group: ChangeGroup, links: Links | undefined): string {
  const rename = [
    group.role?.logicalRename ? ` (definition renamed from ${code(group.role.logicalRename.before)})` : '',
    group.role?.rename ? ` (renamed from ${code(group.role.rename.before)})` : ''
  ].join('')
  return `| ${groupName(group, links)} | ${cell(group.environments.join(', '))} | ${changeLabel(group.change)}${rename}, ${VERDICT_TEXT[group.verdict]} | ${cell(whatChanges(group))} | ${RISK_TEXT[group.risk]} | ${shortReason(group.reasons[0])} |`
}

/** More rows than this: alike changes that are not high risk share one row. */
const ROWS_BEFORE_COLLAPSE = 40
const NAMES_IN_COLLAPSED_ROW = 3

/**
 * The change table's rows, riskiest first. On a large PR, changes that are not high risk and say
 * the same (change, verdict, what changes, reason) share one row that names a few and counts the
 * rest: 270 roles gaining `s3:PutObject` are one line, not 270.
 */
function changeRows(groups: readonly ChangeGroup[], links: Links | undefined): string[] {
  if (groups.length <= ROWS_BEFORE_COLLAPSE) return groups.map(group => changeRow(group, links))
  const rows: string[] = []
  const alike = new Map<string, ChangeGroup[]>()
  const order: Array<ChangeGroup | string> = []
  for (const group of groups) {
    if (group.risk === 'high') {
      order.push(group)
      continue
    }
    const key = [
      group.kind,
      group.change,
      group.verdict,
      group.risk,
      group.environments.join(','),
      whatChanges(group),
      (group.reasons[0] ?? '').replace(/\d+/g, '#')
    ].join('\u0000')
    const members = alike.get(key)
    if (members) members.push(group)
    else {
      alike.set(key, [group])
      order.push(key)
    }
  }
  for (const item of order) {
    if (typeof item !== 'string') {
      rows.push(changeRow(item, links))
      continue
    }
    const members = alike.get(item)!
    if (members.length < NAMES_IN_COLLAPSED_ROW + 2) {
      rows.push(...members.map(member => changeRow(member, links)))
      continue
    }
    const [first] = members
    const names = members.slice(0, NAMES_IN_COLLAPSED_ROW).map(member => groupName(member, links))
    const label = `**${members.length} ${first.kind === 'role' ? 'roles' : 'managed policies'}:** ${names.join(', ')} and ${members.length - NAMES_IN_COLLAPSED_ROW} more`
    rows.push(
      `| ${label} | ${cell(first.environments.join(', '))} | ${first.change}, ${VERDICT_TEXT[first.verdict]} | ${cell(whatChanges(first))} | ${RISK_TEXT[first.risk]} | ${shortReason(first.reasons[0])} |`
    )
  }
  return rows
}

const CHANGES_HEADER = [
  '| Role | Environments | Change | What changes | Risk | Reason |',
  '|---|---|---|---|---|---|'
]

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
    if (length + row.length + 1 + (shown + 1 < rows.length ? 200 : 0) > budget) break
    lines.push(row)
    length += row.length + 1
    shown++
  }
  if (shown < rows.length) lines.push('', rest(rows.length - shown))
  return lines.join('\n') + '\n'
}

const MAX_ACTIONS_IN_CELL = 6
const LEVEL_ORDER = ['Permissions management', 'Tagging', 'Write', 'List', 'Read']

/** Sensitive first: permissions management, then tagging, write, list, read, unknown. */
function levelRank(entry: AccessEntry): number {
  const rank = entry.accessLevel ? LEVEL_ORDER.indexOf(entry.accessLevel) : -1
  return rank < 0 ? LEVEL_ORDER.length : rank
}

/**
 * The actions of one statement row: patterns as written with how many actions they expand to
 * here (`s3:*` (43 actions)), sensitive ones first; actions without a known pattern by name.
 */
function actionsCell(entries: readonly AccessEntry[]): string {
  const byPattern = new Map<
    string,
    { rank: number; actions: Set<string>; sensitive: Set<string>; size?: number }
  >()
  for (const entry of entries) {
    const key = entry.pattern ?? entry.action
    const group = byPattern.get(key) ?? { rank: levelRank(entry), actions: new Set(), sensitive: new Set() }
    group.rank = Math.min(group.rank, levelRank(entry))
    group.actions.add(entry.action)
    if (entry.accessLevel === 'Permissions management') group.sensitive.add(entry.action)
    if (entry.patternSize) group.size = entry.patternSize
    byPattern.set(key, group)
  }
  const items = [...byPattern.entries()].sort(([a, x], [b, y]) => x.rank - y.rank || compareText(a, b))
  const shown = items.slice(0, MAX_ACTIONS_IN_CELL).map(([pattern, group]) => {
    if (group.actions.size === 1 && group.actions.has(pattern)) return code(pattern)
    const sensitive = [...group.sensitive].sort()
    const note = sensitive.length
      ? `, incl. ${sensitive.slice(0, 3).map(code).join(', ')}${sensitive.length > 3 ? ` +${sensitive.length - 3}` : ''}`
      : ''
    const count =
      group.size && group.size > group.actions.size
        ? `${group.actions.size} of its ${group.size} actions`
        : plural(group.actions.size, 'action')
    return `${code(pattern)} (${count}${note})`
  })
  const more = items.length > MAX_ACTIONS_IN_CELL ? ` and ${items.length - MAX_ACTIONS_IN_CELL} more` : ''
  return shown.join(', ') + more
}

/** What the permissions boundary does to a row (compare/boundary.ts). */
function boundaryNote(sign: string, entry: AccessEntry): string {
  if (entry.boundary === 'blocked')
    return sign === '+'
      ? ' — 🚧 _blocked by the permissions boundary: no effective change_'
      : ' — 🚧 _was blocked by the permissions boundary: no effective change_'
  if (entry.boundary === 'flipped')
    return sign === '+'
      ? ' — _granted before too; the boundary change makes it reachable_'
      : ' — _still granted; the boundary change makes it unreachable_'
  return ''
}

/** Entries grouped into statement-like rows: one row per (sign, effect, resource, condition, principal). */
export function statementRows(added: readonly AccessEntry[], removed: readonly AccessEntry[]): string[][] {
  const groups = new Map<string, { sign: string; entry: AccessEntry; entries: AccessEntry[] }>()
  for (const [sign, entries] of [
    ['+', added],
    ['-', removed]
  ] as const) {
    for (const entry of entries) {
      const key = [
        sign,
        entry.effect,
        entry.resource,
        entry.condition,
        entry.principal ?? '',
        entry.boundary ?? ''
      ].join('\u0000')
      const group = groups.get(key) ?? { sign, entry, entries: [] }
      group.entries.push(entry)
      groups.set(key, group)
    }
  }
  // What the boundary blocks changes nothing: after what does.
  const ordered = [...groups.values()].sort(
    (a, b) => Number(a.entry.boundary === 'blocked') - Number(b.entry.boundary === 'blocked')
  )
  return ordered.map(({ sign, entry, entries }) => {
    const isTrust = entry.principal !== undefined
    return [
      sign === '+' ? '➕' : '➖',
      entry.effect,
      (isTrust ? code(entry.action) : actionsCell(entries)) + boundaryNote(sign, entry),
      code(entry.resource),
      code(entry.principal ?? ''),
      code(entry.condition)
    ]
  })
}

const STATEMENT_COLUMNS = ['', 'Effect', 'Action', 'Resource', 'Principal', 'Condition']

/** The statement table; Resource, Principal and Condition only when some row has one. */
function statementTable(rows: readonly string[][]): string[] {
  const keep = STATEMENT_COLUMNS.map((_, column) => column < 3 || rows.some(row => row[column] !== ''))
  const pick = (cells: readonly string[]) => `| ${cells.filter((_, column) => keep[column]).join(' | ')} |`
  return [pick(STATEMENT_COLUMNS), pick(STATEMENT_COLUMNS.map(() => '---')), ...rows.map(pick)]
}

function accessLevels(entries: readonly AccessEntry[]): string {
  const counts = new Map<string, Set<string>>()
  for (const entry of entries) {
    if (entry.effect !== 'Allow' || entry.boundary === 'blocked') continue
    const level = entry.accessLevel ?? 'Unknown'
    counts.set(level, (counts.get(level) ?? new Set()).add(entry.action))
  }
  return [...LEVEL_ORDER, 'Unknown']
    .filter(level => counts.has(level))
    .map(level => `${level} ${counts.get(level)!.size}`)
    .join(' · ')
}

/** A role's change in full: reasons, field changes, statements. */
export function roleDetails(
  environments: readonly string[],
  role: RoleChange,
  links?: Links,
  open = false
): string {
  const where = environments.length > 0 ? ` in ${html(environments.join(', '))}` : ''
  const parts = [
    `<details${open ? ' open' : ''}><summary><b>${html(role.name)}</b>${where} — ${changeLabel(role.change)}, ${VERDICT_TEXT[role.verdict]}${role.risk === 'high' ? ', <b>high risk</b>' : ''}</summary>`,
    ''
  ]
  const source = role.after?.source ?? role.before?.source
  if (source) parts.push(`Defined in ${location(source.file, source.location.line, links)}.`, '')
  if (environments.length > 1)
    parts.push(
      `_Shown for ${text(environments[0])}; the same in ${text(environments.slice(1).join(', '))} up to each environment’s account and names._`,
      ''
    )
  if (role.reasons.length > 0) parts.push(...role.reasons.map(reason => `- ${text(reason)}`), '')
  if (role.assertions?.length) parts.push(...assertionTable(role.assertions, links), '')
  const levels = accessLevels(role.permissions.added)
  if (levels) parts.push(`Added actions by access level: ${levels}`, '')
  const fields: string[] = []
  if (role.managedPolicies.attached.length)
    fields.push(`attached: ${role.managedPolicies.attached.map(inlineCode).join(', ')}`)
  if (role.managedPolicies.detached.length)
    fields.push(`detached: ${role.managedPolicies.detached.map(inlineCode).join(', ')}`)
  if (role.permissionsBoundary)
    fields.push(
      `boundary: ${inlineCode(role.permissionsBoundary.before ?? 'none')} → ${inlineCode(role.permissionsBoundary.after ?? 'none')}`
    )
  if (role.maxSessionDuration)
    fields.push(`max session: ${role.maxSessionDuration.before}s → ${role.maxSessionDuration.after}s`)
  if (role.description) fields.push('description changed')
  if (role.logicalRename)
    fields.push(
      `definition renamed: ${inlineCode(role.logicalRename.before)} → ${inlineCode(role.logicalRename.after)} (the same IAM role, ${inlineCode(role.physicalName)})`
    )
  if (role.rename)
    fields.push(`renamed: ${inlineCode(role.rename.before)} → ${inlineCode(role.rename.after)}`)
  // A new or deleted role's tags are all "changed": only an existing role's tag edits are news.
  const tagKeys =
    role.change === 'modified'
      ? [
          ...Object.keys(role.tags.added),
          ...Object.keys(role.tags.removed),
          ...Object.keys(role.tags.changed)
        ]
      : []
  if (tagKeys.length) fields.push(`tags changed: ${tagKeys.map(inlineCode).join(', ')}`)
  if (role.opaquePolicies.length)
    fields.push(`not expanded (content unknown): ${role.opaquePolicies.map(inlineCode).join(', ')}`)
  if (fields.length) parts.push(...fields.map(field => `- ${field}`), '')
  const rows = [
    ...statementRows(role.trust.added, role.trust.removed),
    ...statementRows(role.permissions.added, role.permissions.removed)
  ]
  if (rows.length > 0) {
    parts.push(...statementTable(rows), '')
  } else if (role.verdict === 'neutral') {
    parts.push('_Statements were rewritten without changing the access they grant._', '')
  }
  parts.push('</details>', '')
  return parts.join('\n')
}

const DECISION_TEXT = { allow: 'allowed', deny: 'denied', unknown: 'unknown' } as const
const REQUESTS_IN_DETAILS = 10

/** Every flipped assertion of a role with the requests whose decision changed. */
function assertionTable(flips: readonly AssertionFlip[], links: Links | undefined): string[] {
  const rows = flips.flatMap(flip => {
    const where = flip.assertion.location
      ? location(flip.assertion.location.file, flip.assertion.location.line, links)
      : `#${flip.assertion.index + 1}`
    const head = `| ${flipIcon(flip)} ${where} | ${code(assertionText(flip))} | ${cell(flipOutcome(flip))} |`
    const requests = flip.requests
      .slice(0, REQUESTS_IN_DETAILS)
      .map(
        request =>
          `| | ${code(request.action)} on ${code(request.resource)} | ${DECISION_TEXT[request.before]} → **${DECISION_TEXT[request.after]}** |`
      )
    const more =
      flip.requests.length > REQUESTS_IN_DETAILS
        ? [`| | _… and ${flip.requests.length - REQUESTS_IN_DETAILS} more request(s)_ | |`]
        : []
    return [head, ...requests, ...more]
  })
  return ['| Assertion | Expects / request | Effect of this change |', '|---|---|---|', ...rows]
}

function policyDetails(group: ChangeGroup, policy: ManagedPolicyChange, links?: Links): string {
  const parts = [
    `<details><summary><b>${html(policy.name)}</b> (managed policy) in ${html(group.environments.join(', '))} — ${policy.change}, ${VERDICT_TEXT[policy.verdict]}${policy.risk === 'high' ? ', <b>high risk</b>' : ''}</summary>`,
    ''
  ]
  if (group.file) parts.push(`Defined in ${location(group.file, group.line, links)}.`, '')
  if (policy.reasons.length > 0) parts.push(...policy.reasons.map(reason => `- ${text(reason)}`), '')
  const rows = statementRows(policy.permissions.added, policy.permissions.removed)
  if (rows.length > 0) parts.push(...statementTable(rows), '')
  parts.push('</details>', '')
  return parts.join('\n')
}

function footer(
  input: Pick<ChangeMarkdownInput, 'links'>,
  caveats: readonly string[],
  verb = 'checked'
): string {
  const parts: string[] = []
  const links = input.links
  if (links) {
    parts.push(
      `${link('RoleGate', links.docs?.home)} ${verb} ${link(inlineCode(links.sha.slice(0, 7)), `${links.server}/${links.repository}/commit/${links.sha}`)}`
    )
    if (links.runUrl) parts.push(link('workflow run', links.runUrl))
  }
  parts.push(...caveats.map(text))
  return `\n<sub>${parts.join(' · ')}</sub>\n`
}

/**
 * The comment of a check that stopped before it could compare (the base commit not fetched, an
 * unreadable tree): it replaces the last verdict, so a PR never keeps a ✅ its latest commit did
 * not earn.
 */
export function renderCheckFailureMarkdown(input: {
  marker: string
  message: string
  links?: Links
}): string {
  return [
    input.marker,
    `**❌ RoleGate could not check this commit:** ${text(input.message)}`,
    '',
    'The verdict of the previous commit no longer applies; fix the problem above and re-run the check.',
    footer(input, [], 'could not check')
  ].join('\n')
}

const SEVERITY_PRIORITY: Record<Finding['severity'], number> = { error: 0, warning: 1, notice: 2 }

function findingsSection(
  title: string,
  findings: readonly Finding[],
  budget: number,
  input: Pick<ChangeMarkdownInput, 'inSummary' | 'links'>
): string {
  if (findings.length === 0) return ''
  const links = input.links
  const sorted = [...findings].sort((a, b) => SEVERITY_PRIORITY[a.severity] - SEVERITY_PRIORITY[b.severity])
  // The same finding in many files (ten roles with the same unscoped PassRole) is one row that
  // lists its locations.
  const alike = new Map<string, Finding[]>()
  for (const finding of sorted) {
    const key = [
      finding.severity,
      finding.rule,
      findingEnvironments(finding).join(','),
      finding.message
    ].join('\u0000')
    alike.set(key, [...(alike.get(key) ?? []), finding])
  }
  const rows = [...alike.values()].map(members => {
    if (members.length === 1) return findingRow(members[0], links)
    const [first] = members
    const places = members
      .slice(0, 3)
      .map(member => (member.file ? location(member.file, member.line ?? 1, links) : ''))
      .filter(Boolean)
    const more = members.length > 3 ? ` and ${members.length - 3} more` : ''
    const environments = findingEnvironments(first)
    return `| ${first.severity === 'error' ? '❌' : first.severity === 'warning' ? '⚠️' : 'ℹ️'} ${first.severity} ×${members.length} | ${ruleLabel(first.rule, links)} | ${places.join(', ')}${more} | ${environments.length ? cell(environments.join(', ')) : 'all'} | ${cell(first.message)} |`
  })
  return (
    `### ${title} (${findings.length})\n\n` +
    boundedTable(
      ['| Severity | Rule | Location | Environments | Message |', '|---|---|---|---|---|'],
      rows,
      budget,
      count => `_… and ${count} more; ${fullReport(input)} lists them all._`
    )
  )
}

/**
 * On a small PR, the details a reviewer must read are open: a high-risk change, an assertion
 * flip, or access the permissions boundary blocks or a boundary change flips.
 */
function opensDetails(group: ChangeGroup): boolean {
  const role = group.role
  if (!role) return false
  return (
    group.risk === 'high' ||
    Boolean(role.assertions?.length) ||
    [...role.permissions.added, ...role.permissions.removed].some(entry => entry.boundary !== undefined)
  )
}

export function renderChangeMarkdown(input: ChangeMarkdownInput): string {
  const limit = (input.limit ?? COMMENT_LIMIT) - RESERVE
  const links = input.links
  const groups = input.configInvalid ? [] : groupChanges(input.changes)
  const head: string[] = []
  if (input.marker) head.push(input.marker)
  head.push(...gateLines(input, groups))
  if (input.configInvalid) return head.join('\n') + '\n' + footer(input, input.changes.caveats)

  const errors = input.newFindings.filter(finding => finding.severity === 'error')
  const others = input.newFindings.filter(finding => finding.severity !== 'error')
  let body = head.join('\n') + '\n'
  // Errors first: at most a quarter of the room; the change table at most about half.
  body += findingsSection('New errors', errors, limit / 4, input)
  body += '\n' + environmentsLine(input.changes)
  if (groups.length > 0) {
    body += `\n### Changes (${groups.length})\n\n`
    body += boundedTable(
      CHANGES_HEADER,
      changeRows(groups, links),
      Math.max(Math.min(limit / 2, limit - body.length - limit / 4), limit / 8),
      count => `_… and ${count} more changed role(s) or policies; ${fullReport(input)} lists them all._`
    )
  }
  if (others.length > 0)
    body +=
      '\n' +
      findingsSection('New warnings and notices', others, Math.min(limit / 8, limit - body.length), input)
  if (input.existingFindingCount > 0) {
    // Without links (the CLI) there is no job summary: validate lists every finding.
    const where = input.inSummary
      ? 'Findings below lists every finding'
      : links
        ? `see ${summaryPointer(links)}`
        : '`rolegate validate` lists every finding'
    body += `\n_${plural(input.existingFindingCount, 'finding')} already existed on the base branch; ${where}._\n`
  }

  // Details strictly by priority: once one does not fit, none after it is shown.
  const details = groups.map(
    group =>
      (group.role
        ? roleDetails(group.environments, group.role, links, groups.length <= 3 && opensDetails(group))
        : policyDetails(group, group.policy!, links)) + '\n'
  )
  if (details.length > 0) body += '\n### Details\n\n'
  let shown = 0
  for (const section of details) {
    if (body.length + section.length > limit) break
    body += section
    shown++
  }
  if (shown < details.length)
    body += `\n> **${details.length - shown} of ${details.length} detail section(s) left out** to fit ${input.inSummary ? 'GitHub’s 1 MiB job summary limit' : 'GitHub’s comment limit'}; ${fullReport(input)} has all of them.\n`
  return body + footer(input, input.changes.caveats)
}

/** The deploy plan (and what was applied) for the job summary and `--format markdown`. */
export function renderPlanMarkdown(
  plan: PlanReport,
  change: EnvironmentChange | undefined,
  command: string
): string {
  const lines = [
    `## RoleGate ${text(command)}: ${text(plan.environment)} (account ${text(plan.account)})`,
    ''
  ]
  if (plan.conflicts.length > 0) {
    lines.push(
      `### ⛔ ${CONFLICTS_HEADING}`,
      '',
      ...plan.conflicts.map(conflict => `- **${text(conflict.resource)}**: ${text(conflict.reason)}`),
      ''
    )
  }
  if (plan.drift?.length) {
    lines.push(`### Drift (${plan.drift.length})`, '')
    for (const item of plan.drift) {
      const verdict =
        item.verdict === 'broadens'
          ? ' — live allows more than the definitions'
          : item.verdict === 'narrows'
            ? ' — live allows less than the definitions'
            : ''
      lines.push(
        `- **${text(item.resource)}**: ${driftText(item)}${verdict}`,
        ...driftReasons(plan, item).map(reason => `  - ${text(reason)}`)
      )
    }
    lines.push('')
  }
  if (plan.operations.length === 0) {
    lines.push(`${nothingPending(plan) ? '✅' : '⏸️'} ${text(nothingToApply(plan))}`, '')
  } else
    lines.push(
      `### Operations (${plan.operations.length})`,
      '',
      ...plan.operations.map(operation => `- ${inlineCode(operation.kind)} ${text(operation.description)}`),
      ''
    )
  if (plan.alsoAttached?.length)
    lines.push(
      `### ⚠️ ${ALSO_ATTACHED_HEADING} (${plan.alsoAttached.length})`,
      '',
      ...plan.alsoAttached.map(item => `- ${text(alsoAttachedText(item))}`),
      ''
    )
  if (plan.orphans.length > 0)
    lines.push(
      `Owned by this repository but no longer defined (${orphansNote(plan, 'prune')}): ${plan.orphans.map(inlineCode).join(', ')}`,
      ''
    )
  if (plan.applied)
    lines.push(`Applied ${plan.applied.length} of ${plan.operations.length} operation(s).`, '')
  if (plan.failed) {
    lines.push(`### ❌ Failed: ${text(plan.failed.operation)}`, '', fence(plan.failed.error), '')
    for (const also of plan.alsoFailed ?? [])
      lines.push(`**Also failed (in flight):** ${text(also.operation)}`, '', fence(also.error), '')
    if (plan.notAttempted?.length)
      lines.push('Not attempted:', '', ...plan.notAttempted.map(item => `- ${text(item)}`), '')
    lines.push(text(afterFailure(plan.failed)), '')
  }
  const accessChanges = change?.roles.filter(changesAccess) ?? []
  if (accessChanges.length > 0) {
    lines.push('### Access changes (live → definitions)', '')
    for (const role of accessChanges) lines.push(roleDetails([plan.environment], role))
  }
  return lines.join('\n')
}
