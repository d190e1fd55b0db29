/** The job summary, kept within GitHub's limit for one step (1 MiB, counted in bytes). */
import * as core from '@actions/core'
import { cutAtLine, SUMMARY_LIMIT_BYTES } from '../report/check-summary.js'

const NOTE =
  '\n\n> The job summary was cut at GitHub’s 1 MiB limit; the full report is in the JSON report (`report-file` output).\n'

/** `markdown` cut at a line boundary so that it and the note fit in `limit` bytes. */
export function fitSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  return cutAtLine(markdown, limit, NOTE)
}

export async function writeSummary(markdown: string): Promise<void> {
  // A runner without job summaries (an old GitHub Enterprise Server, act): the log has the report.
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary (GITHUB_STEP_SUMMARY is not set); the report is in the log above.')
    return
  }
  await core.summary.addRaw(fitSummary(markdown)).write()
}
