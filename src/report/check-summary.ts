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
import { changesAccess } from './plan-report.js'
import type { FailOn, Report } from './report.js'

/** GitHub's limit for one step's summary: 1 MiB, counted in bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

/** Room kept for the separators and the note of a summary cut at the limit. */
const MARGIN_BYTES = 2048

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

/**
 * The gate and the change report first, then every finding, then the matrix: what a reviewer needs
 * most comes first, and the change report is trimmed to leave the findings their room (a summary
 * cut at GitHub's limit loses the end of the matrix, never a finding).
 */
export function renderCheckSummary(input: CheckSummaryInput, limitBytes = SUMMARY_LIMIT_BYTES): string {
  // rolegate.yml that does not load fails the check whatever fail-on says.
  const failOn = input.configInvalid ? undefined : input.failOn
  const page = (changes: string) =>
    renderMarkdown(input.report, [input.overflow, changes].filter(Boolean).join('\n\n'), input.links, failOn)
  // The matrix gets what the change report leaves: reserving its bytes first trimmed the change
  // report of a large project to nothing (10,000 roles make a 2 MB matrix).
  const budget = limitBytes - Buffer.byteLength(page('')) - MARGIN_BYTES
  const top = page(changeReport(input, Math.max(budget, 0))) + '\n'
  return top + cutAtLine(summaryMatrix(input), limitBytes - Buffer.byteLength(top), MATRIX_CUT)
}

/**
 * Up to this many roles, an environment's whole matrix is in the summary; past it, only the roles
 * the change touches: a 1,000-role table is not what a reviewer reads, GitHub's limit cuts it, and
 * computing it cost the check about 0.65 s per 1,000 roles × 3 environments.
 */
export const SUMMARY_MATRIX_ROLES = 50

function summaryMatrix(input: CheckSummaryInput): string {
  let focused = false
  const environments = Object.fromEntries(
    Object.entries(input.head.environments).map(([name, environment]) => {
      if (environment.roles.length <= SUMMARY_MATRIX_ROLES) return [name, environment]
      focused = true
      const touched = new Set(
        (input.changes.environments[name]?.roles ?? []).filter(changesAccess).map(role => role.name)
      )
      return [
        name,
        {
          ...environment,
          roles: environment.roles.filter(role => touched.has(role.logicalName ?? role.name))
        }
      ]
    })
  )
  const note = focused
    ? `\n\n_An environment with more than ${SUMMARY_MATRIX_ROLES} roles shows only the roles this change touches; \`rolegate matrix\` prints every role._`
    : ''
  return renderStateMatrices({ ...input.head, environments }, `### Permission matrix${note}`)
}

const MATRIX_CUT =
  '\n\n> The permission matrix was cut here to fit GitHub’s 1 MiB job summary limit; `rolegate matrix` prints it whole.\n'

/**
 * `markdown` within `limit` bytes: whole, or cut at a line boundary (a cut line could break a
 * table row or a tag) with `note` after it.
 */
export function cutAtLine(markdown: string, limit: number, note: string): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown
  const budget = Math.max(0, limit - Buffer.byteLength(note))
  // A cut multi-byte character decodes to U+FFFD: the line boundary below drops it.
  const cut = Buffer.from(markdown).subarray(0, budget).toString('utf8')
  return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note
}

/**
 * The change report within `budget` bytes. Its renderer counts characters (the comment's limit is
 * in characters) and a character is up to 3 bytes in UTF-8 (emoji, typographic quotes), so the
 * character limit shrinks until the bytes fit.
 */
function changeReport(input: CheckSummaryInput, budget: number): string {
  let limit = budget
  for (let attempt = 0; ; attempt++) {
    const markdown = renderChangeMarkdown({ ...input, inSummary: true, limit })
    const bytes = Buffer.byteLength(markdown)
    if (bytes <= budget || attempt === 3) return markdown
    limit = Math.floor((limit * budget) / bytes) - 256
  }
}
