/**
 * The JSON report: a documented, versioned contract (docs/report.md). Other formats (text,
 * markdown, SARIF, annotations) render this same object.
 */
import type { Finding, Severity } from '../model/findings.js'
import type { SuppressionUse } from '../lint/run.js'
import type { EnvironmentReport } from './diff-report.js'
import { dataVersion } from '../policy/action-db.js'

export const REPORT_SCHEMA_VERSION = 1

export interface ReportSummary {
  error: number
  warning: number
  notice: number
  /** Findings silenced by a suppression (not counted above). */
  suppressed: number
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  command: string
  /** rolegate.yml, as given. */
  config: string
  /** Environments the command looked at. */
  environmentNames: string[]
  /** The IAM action database the analysis used (refresh: npm run update-iam-data). */
  iamData: { package: string; version: string; updatedAt: string }
  summary: ReportSummary
  findings: Finding[]
  suppressions: SuppressionUse[]
  /** diff/check: the ref compared against. */
  baseRef?: string
  /** diff/check/plan: changes per environment. */
  environments?: Record<string, EnvironmentReport>
  /** diff/check: limits of the comparison, stated plainly. */
  caveats?: string[]
}

export type FailOn = 'error' | 'warning' | 'never'

/** The parts every command's report starts with. */
export function baseReport(
  command: string,
  config: string,
  environmentNames: string[],
  findings: Finding[],
  suppressions: SuppressionUse[]
): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    command,
    config,
    environmentNames,
    iamData: dataVersion(),
    summary: summarize(findings),
    findings,
    suppressions
  }
}

export function summarize(findings: readonly Finding[]): ReportSummary {
  const summary: ReportSummary = { error: 0, warning: 0, notice: 0, suppressed: 0 }
  for (const finding of findings) {
    if (finding.suppressed) summary.suppressed++
    else summary[finding.severity]++
  }
  return summary
}

/** 1 when unsuppressed findings reach `failOn`, else 0. */
export function findingsExitCode(summary: ReportSummary, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0
  if (summary.error > 0) return 1
  return failOn === 'warning' && summary.warning > 0 ? 1 : 0
}

export function activeFindings(findings: readonly Finding[], severity?: Severity): Finding[] {
  return findings.filter(
    finding => !finding.suppressed && (severity === undefined || finding.severity === severity)
  )
}
