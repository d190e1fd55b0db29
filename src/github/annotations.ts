/**
 * Findings → workflow annotations on the YAML line. GitHub shows at most 10 errors and 10
 * warnings (and 10 notices) per step; beyond that we stop emitting and say so in the summary.
 */
import * as core from '@actions/core'
import type { Finding, Severity } from '../model/findings.js'

export const ANNOTATIONS_PER_TYPE = 10

export interface AnnotationResult {
  /** Findings not annotated because of GitHub's per-type limit, by severity. */
  overflow: Record<Severity, number>
}

export function annotate(findings: readonly Finding[]): AnnotationResult {
  const emitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const overflow: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const finding of findings) {
    if (finding.suppressed) continue
    if (emitted[finding.severity] >= ANNOTATIONS_PER_TYPE) {
      overflow[finding.severity]++
      continue
    }
    emitted[finding.severity]++
    const properties: core.AnnotationProperties = { title: `RoleGate ${finding.rule}` }
    if (finding.file) {
      properties.file = finding.file
      properties.startLine = finding.line ?? 1
      if (finding.column) properties.startColumn = finding.column
    }
    // One annotation per location, naming every environment the finding applies to.
    const environments = finding.environments ?? (finding.environment ? [finding.environment] : [])
    const scope = environments.length > 0 ? ` [${environments.join(', ')}]` : ''
    const message = `${finding.message}${scope}`
    if (finding.severity === 'error') core.error(message, properties)
    else if (finding.severity === 'warning') core.warning(message, properties)
    else core.notice(message, properties)
  }
  return { overflow }
}

export function overflowNote(result: AnnotationResult): string | undefined {
  const parts = (Object.entries(result.overflow) as [Severity, number][])
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}(s)`)
  if (parts.length === 0) return undefined
  return `> GitHub shows at most ${ANNOTATIONS_PER_TYPE} annotations of each type per step; ${parts.join(', ')} more are listed below only.`
}
