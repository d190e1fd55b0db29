/** The job summary, kept within GitHub's limit for one step (1 MiB, counted in bytes). */
import * as core from '@actions/core'
import { SUMMARY_LIMIT_BYTES } from '../report/check-summary.js'

const NOTE =
  '\n\n> The job summary was cut at GitHub’s 1 MiB limit; the full report is in the JSON report (`report-file` output).\n'

/** `markdown` cut at a line boundary so that it and the note fit in `limit` bytes. */
export function fitSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown
  const budget = limit - Buffer.byteLength(NOTE)
  let cut = Buffer.from(markdown).subarray(0, budget).toString('utf8')
  // A cut multi-byte character decodes to U+FFFD; a cut line could break a table or a tag.
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))
  return cut + NOTE
}

export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(fitSummary(markdown)).write()
}
