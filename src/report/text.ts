/** Terminal output: one line per finding, compiler style, then a summary line. */
import { assertionText, flipOutcome, flipVerb } from './assertion-flips.js'
import { environmentVerdict, type ChangeSet } from '../compare/model.js'
import type { Finding } from '../model/findings.js'
import { findingsExitCode, type FailOn, type Report } from './report.js'

/**
 * The one guard for what RoleGate prints to stdout in the action: the runner executes any line
 * that starts (after blanks) with `::` (workflow commands: `::add-mask::`, `::stop-commands::`,
 * `::warning file=…`) and `##[` commands, and PR content (messages, file names, reasons) reaches
 * these lines. Such a line is quoted with `> `; a `##[` anywhere is broken with a zero-width space.
 */
export function workflowSafe(output: string): string {
  return output
    .split(/\r\n|\r|\n/)
    .map(line => line.replace(/##\[/g, '#\u200b#[').replace(/^(\s*)(?=::)/, '$1> '))
    .join('\n')
}

/**
 * A user-derived value on one line: line breaks become `⏎`, and other control characters (terminal
 * escape sequences, a bell, bidirectional overrides that reorder what a reader sees) are shown as
 * `\x1b` or `\u202e` instead of acting on the terminal.
 */
export function oneLine(value: string): string {
  return visibleControls(value.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ⏎ '))
}

/** Control characters shown as `\x1b` or `\u202e` (terminal escapes, bells, bidirectional overrides). */
export function visibleControls(value: string): string {
  return value.replace(CONTROLS, visibleControl)
}

/** C0 and C1 controls but tab, line feed and carriage return (line breaks are handled above); DEL; bidi controls. */
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

function visibleControl(character: string): string {
  const code = character.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/** Lines for a terminal or the runner's log, each made one safe line as `oneLine` makes a value. */
export function safeLines(lines: readonly string[]): string {
  return workflowSafe(lines.map(oneLine).join('\n'))
}

export function formatFindingLine(finding: Finding): string {
  const where = finding.file ? `${finding.file}:${finding.line ?? 1}:${finding.column ?? 1}` : '(project)'
  const environments = finding.environments?.join(',') ?? finding.environment
  const scope = [environments, finding.role].filter(Boolean).join('/')
  const suppressed = finding.suppressed ? ` [suppressed: ${finding.suppressed.reason}]` : ''
  return oneLine(
    `${where}  ${finding.severity.padEnd(7)}  ${finding.rule}  ${finding.message}${scope ? `  (${scope})` : ''}${suppressed}`
  )
}

/** What decides the exit code (the CLI): the summary line then says passes or fails, as the exit does. */
export interface TextGate {
  failOn: FailOn
  /** rolegate.yml did not load: fails (exit 2) whatever fail-on says. */
  configInvalid?: boolean
}

export function renderText(report: Report, gate?: TextGate): string {
  const lines = report.findings.map(formatFindingLine)
  const { error, warning, notice, suppressed } = report.summary
  // A blank line parts the findings from the summary; with none, the summary is the first line.
  if (lines.length > 0) lines.push('')
  lines.push(
    `${report.command}: ${error} error(s), ${warning} warning(s), ${notice} notice(s)` +
      (suppressed ? `, ${suppressed} suppressed` : '') +
      ` in ${report.environmentNames.length} environment(s) of ${oneLine(report.config)}` +
      (gate ? `: ${gateText(report, gate)}` : '')
  )
  return workflowSafe(lines.join('\n') + '\n')
}

function gateText(report: Report, { failOn, configInvalid }: TextGate): string {
  if (configInvalid) return `fails (${oneLine(report.config)} does not load)`
  const fails = findingsExitCode(report.summary, failOn) !== 0
  const { error } = report.summary
  // Name the setting when it decides: warnings alone fail, or errors do not (as the markdown gate).
  const decisive =
    (fails && error === 0) || (!fails && failOn === 'never' && error > 0) ? ` (--fail-on ${failOn})` : ''
  return `${fails ? 'fails' : 'passes'}${decisive}`
}

const SIGN = { added: '+', removed: '-', modified: '~', unchanged: ' ' } as const

/** The change set for a terminal: one line per changed role, reasons indented. */
export function renderChangeText(changes: ChangeSet): string {
  const lines: string[] = []
  for (const environment of Object.values(changes.environments)) {
    lines.push(
      oneLine(
        `${environment.environment}: ${environmentVerdict(environment)}${environment.risk === 'high' ? ' (HIGH RISK)' : ''}`
      )
    )
    for (const role of environment.roles) {
      // A role with the same definition still changes access when its boundary or an attached policy does.
      if (role.change === 'unchanged' && role.verdict === 'unchanged' && !role.assertions?.length) continue
      const counts = [
        role.addedActions.length ? `+${role.addedActions.length} actions` : '',
        role.removedActions.length ? `-${role.removedActions.length} actions` : ''
      ]
        .filter(Boolean)
        .join(', ')
      lines.push(
        oneLine(
          `  ${SIGN[role.change]} ${role.name} (${role.physicalName}): ${role.verdict}${counts ? `, ${counts}` : ''}${role.risk === 'high' ? ', high risk' : ''}`
        )
      )
      if (role.logicalRename)
        lines.push(
          oneLine(
            `      definition renamed: ${role.logicalRename.before} -> ${role.logicalRename.after} (the same IAM role, ${role.physicalName})`
          )
        )
      for (const flip of role.assertions ?? []) {
        const where = flip.assertion.location
          ? `${flip.assertion.location.file}:${flip.assertion.location.line}`
          : `expect[${flip.assertion.index}]`
        // Requests with the same verb share it: "CAN s3:GetObject, s3:PutObject on …".
        const byVerb = new Map<string, string[]>()
        for (const request of flip.requests) {
          const verb = flipVerb(request)
          byVerb.set(verb, [...(byVerb.get(verb) ?? []), `${request.action} on ${request.resource}`])
        }
        const claims = [...byVerb].map(([verb, requests]) => `${verb} ${requests.join(', ')}`)
        lines.push(
          oneLine(
            `      assertion ${where} (${assertionText(flip)}) ${flipOutcome(flip)}${claims.length ? `: after this change ${role.name} ${claims.join('; ')}` : ''}`
          )
        )
      }
      for (const reason of role.reasons) lines.push(`      ${oneLine(reason)}`)
    }
    for (const policy of environment.managedPolicies) {
      if (policy.change === 'unchanged') continue
      lines.push(
        oneLine(
          `  ${SIGN[policy.change]} managed policy ${policy.name} (${policy.physicalName}): ${policy.verdict}${policy.risk === 'high' ? ', high risk' : ''}`
        )
      )
      for (const reason of policy.reasons) lines.push(`      ${oneLine(reason)}`)
    }
    for (const item of environment.notEvaluated ?? [])
      lines.push(
        oneLine(
          `  ? ${item.name}: not evaluated: ${item.file}${item.line ? `:${item.line}` : ''} ${item.reason}${item.side === 'base' ? ' on the base' : ''} (${item.detail})`
        )
      )
  }
  if (changes.ownership)
    lines.push(
      oneLine(
        `ownership changes: managedBy ${changes.ownership.before} -> ${changes.ownership.after} (HIGH RISK)`
      )
    )
  lines.push('', ...changes.caveats.map(caveat => `note: ${caveat}`))
  return workflowSafe(lines.join('\n') + '\n')
}
