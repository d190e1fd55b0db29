/** The job summary, kept within GitHub's limit for one step (1 MiB, counted in bytes). */
import * as core from '@actions/core'
import { stat } from 'node:fs/promises'
import { cutAtLine, SUMMARY_LIMIT_BYTES } from '../report/check-summary.js'

const NOTE =
  '\n\n> The job summary was cut at GitHub’s 1 MiB limit; the full report is in the JSON report (`report-file` output).\n'

/** `markdown` cut at a line boundary so that it and the note fit in `limit` bytes. */
export function fitSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  return cutAtLine(markdown, limit, NOTE)
}

/**
 * Appends to the job summary, within what is left of the step's limit: GitHub drops a summary over
 * it whole, so a note appended after a full report (a stale comment) must not push it over.
 */
export async function writeSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  // A runner without job summaries (an old GitHub Enterprise Server, act): the log has the report.
  if (!file) {
    core.info('No job summary (GITHUB_STEP_SUMMARY is not set); the report is in the log above.')
    return
  }
  const used = await stat(file).then(
    info => info.size,
    () => 0
  )
  const left = SUMMARY_LIMIT_BYTES - used
  if (Buffer.byteLength(markdown) > left && left < Buffer.byteLength(NOTE) + 1024) {
    core.info('The job summary is full (GitHub’s 1 MiB limit); this part of the report is in the log only.')
    return
  }
  await core.summary.addRaw(fitSummary(markdown, left)).write()
}
