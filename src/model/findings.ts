import type { SourceLocation } from './source.js'

export type Severity = 'error' | 'warning' | 'notice'
export type SeverityOrOff = Severity | 'off'

export interface Finding {
  rule: string
  severity: Severity
  message: string
  /** Repository-relative path (forward slashes). */
  file?: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  environment?: string
  /** Every environment the same finding applies to (config order), when more than one. */
  environments?: string[]
  /** Logical name of the role or managed policy. */
  role?: string
  /** What `role` names: a role and a managed policy may share a logical name. */
  kind?: 'role' | 'managed policy'
  policy?: string
  /** diff/check: true when the finding is new in this change (absent on the base ref). */
  introduced?: boolean
  /** Set when a suppression in the definition silenced this finding. */
  suppressed?: { reason: string }
  /**
   * The definitions grant less than intended (an `expect: allow` that does not hold). It fails a
   * pull request like any finding, but never stops plan/deploy: deploying them can only take
   * access away, and refusing would keep live what the definitions removed (an expired grant).
   */
  missingAccess?: true
}

export function findingAt(location: SourceLocation | undefined): Pick<Finding, 'file' | 'line' | 'column'> {
  if (!location) return {}
  return { file: location.file, line: location.line, column: location.column }
}
