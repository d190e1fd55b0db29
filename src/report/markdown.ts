/** Markdown for the job summary (and, later, the PR comment). */
import type { Finding } from '../model/findings.js'
import type { Report } from './report.js'

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;')
}

export function findingsTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return '_No findings._\n'
  const rows = findings.map(finding => {
    const where = finding.file ? `\`${finding.file}:${finding.line ?? 1}\`` : ''
    const suppressed = finding.suppressed ? ` _(suppressed: ${escapeCell(finding.suppressed.reason)})_` : ''
    return `| ${ICON[finding.severity]} ${finding.severity} | \`${finding.rule}\` | ${where} | ${escapeCell(finding.environment ?? '')} | ${escapeCell(finding.message)}${suppressed} |`
  })
  return (
    ['| Severity | Rule | Location | Env | Message |', '|---|---|---|---|---|', ...rows].join('\n') + '\n'
  )
}

export function renderMarkdown(report: Report, extra?: string): string {
  const { error, warning, notice, suppressed } = report.summary
  const headline =
    error > 0 ? `❌ ${error} error(s)` : warning > 0 ? `⚠️ ${warning} warning(s)` : '✅ No errors or warnings'
  const parts = [
    `## RoleGate ${report.command}`,
    '',
    `${headline} — ${error} error(s), ${warning} warning(s), ${notice} notice(s)${suppressed ? `, ${suppressed} suppressed` : ''} across ${report.environmentNames.join(', ') || 'no environments'}.`,
    ''
  ]
  if (extra) parts.push(extra, '')
  parts.push('### Findings', '', findingsTable(report.findings))
  if (report.suppressions.length > 0) {
    parts.push(
      '### Suppressions',
      '',
      '| Rule | Definition | Reason | Silenced |',
      '|---|---|---|---|',
      ...report.suppressions.map(
        use =>
          `| \`${use.rule}\` | \`${use.file}${use.line ? `:${use.line}` : ''}\` ${escapeCell(use.role)} | ${escapeCell(use.reason)} | ${use.count} |`
      ),
      ''
    )
  }
  return parts.join('\n')
}
