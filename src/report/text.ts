/** Terminal output: one line per finding, compiler style, then a summary line. */
import type { ChangeSet } from '../compare/model.js'
import type { Finding } from '../model/findings.js'
import type { Report } from './report.js'

export function formatFindingLine(finding: Finding): string {
  const where = finding.file ? `${finding.file}:${finding.line ?? 1}:${finding.column ?? 1}` : '(project)'
  const scope = [finding.environment, finding.role].filter(Boolean).join('/')
  const suppressed = finding.suppressed ? ` [suppressed: ${finding.suppressed.reason}]` : ''
  return `${where}  ${finding.severity.padEnd(7)}  ${finding.rule}  ${finding.message}${scope ? `  (${scope})` : ''}${suppressed}`
}

export function renderText(report: Report): string {
  const lines = report.findings.map(formatFindingLine)
  const { error, warning, notice, suppressed } = report.summary
  lines.push(
    '',
    `${report.command}: ${error} error(s), ${warning} warning(s), ${notice} notice(s)` +
      (suppressed ? `, ${suppressed} suppressed` : '') +
      ` in ${report.environmentNames.length} environment(s) of ${report.config}`
  )
  return lines.join('\n') + '\n'
}

const SIGN = { added: '+', removed: '-', modified: '~', unchanged: ' ' } as const

/** The change set for a terminal: one line per changed role, reasons indented. */
export function renderChangeText(changes: ChangeSet): string {
  const lines: string[] = []
  for (const environment of Object.values(changes.environments)) {
    lines.push(
      `${environment.environment}: ${environment.verdict}${environment.risk === 'high' ? ' (HIGH RISK)' : ''}`
    )
    for (const role of environment.roles) {
      if (role.change === 'unchanged') continue
      const counts = [
        role.addedActions.length ? `+${role.addedActions.length} actions` : '',
        role.removedActions.length ? `-${role.removedActions.length} actions` : ''
      ]
        .filter(Boolean)
        .join(', ')
      lines.push(
        `  ${SIGN[role.change]} ${role.name} (${role.physicalName}): ${role.verdict}${counts ? `, ${counts}` : ''}${role.risk === 'high' ? ', high risk' : ''}`
      )
      for (const reason of role.reasons) lines.push(`      ${reason}`)
    }
    for (const policy of environment.managedPolicies) {
      if (policy.change !== 'unchanged')
        lines.push(
          `  ${SIGN[policy.change]} managed policy ${policy.name} (${policy.physicalName}): ${policy.verdict}`
        )
    }
  }
  lines.push('', ...changes.caveats.map(caveat => `note: ${caveat}`))
  return lines.join('\n') + '\n'
}
