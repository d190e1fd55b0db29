/** Terminal output: one line per finding, compiler style, then a summary line. */
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
