/**
 * The job summary of `diff` and `check`: the findings report, the change report (the comment's
 * renderer, with the summary's larger budget) and the permission matrix. One function, so the action
 * and the screenshot script show reviewers the same page.
 */
import type { ChangeSet } from '../compare/model.js'
import type { Finding } from '../model/findings.js'
import type { DesiredState } from '../model/state.js'
import { renderChangeMarkdown } from './change-markdown.js'
import { renderMarkdown, type Links } from './markdown.js'
import { renderStateMatrices } from './matrix.js'
import type { FailOn, Report } from './report.js'

/** Below GitHub's 1 MiB summary limit, with room for the findings report around the changes. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024

export interface CheckSummaryInput {
  report: Report
  changes: ChangeSet
  newFindings: Finding[]
  existingFindingCount: number
  configInvalid: boolean
  head: DesiredState
  failOn: FailOn
  links?: Links
  /** What did not fit GitHub's annotation limits. */
  overflow?: string
}

export function renderCheckSummary(input: CheckSummaryInput): string {
  const matrix = renderStateMatrices(input.head)
  const changeMarkdown =
    renderChangeMarkdown({ ...input, inSummary: true, limit: SUMMARY_LIMIT - matrix.length }) + '\n' + matrix
  return renderMarkdown(
    input.report,
    [input.overflow, changeMarkdown].filter(Boolean).join('\n\n'),
    input.links,
    // rolegate.yml that does not load fails the check whatever fail-on says.
    input.configInvalid ? undefined : input.failOn
  )
}
