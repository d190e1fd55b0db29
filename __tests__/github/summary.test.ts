import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fitSummary, writeSummary } from '../../src/github/summary.js'
import { SUMMARY_LIMIT_BYTES } from '../../src/report/check-summary.js'

describe('job summary size', () => {
  it('leaves a summary within the limit untouched', () => {
    expect(fitSummary('## ok\n| a |\n', 100)).toBe('## ok\n| a |\n')
  })

  it('cuts at a line boundary, counting bytes, and says where the full report is', () => {
    const line = '| ❌ error | `rule` | message with multi-byte characters ✓ |\n'
    const markdown = line.repeat(50_000)
    const fitted = fitSummary(markdown, 64 * 1024)
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(64 * 1024)
    expect(fitted).toContain('report-file')
    const body = fitted.slice(0, fitted.indexOf('\n\n> The job summary was cut'))
    expect(body.split('\n').every(row => row === line.trimEnd())).toBe(true)
  })

  it('an append never takes the summary past the limit: GitHub would drop it whole', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rolegate-summary-')), 'summary.md')
    const saved = process.env.GITHUB_STEP_SUMMARY
    process.env.GITHUB_STEP_SUMMARY = file
    try {
      writeFileSync(file, 'x'.repeat(SUMMARY_LIMIT_BYTES - 10_000))
      await writeSummary('## note\n' + 'line of a report\n'.repeat(2_000))
      expect(statSync(file).size).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
      expect(readFileSync(file, 'utf8')).toContain('## note')
      // Full: nothing more is written.
      writeFileSync(file, 'x'.repeat(SUMMARY_LIMIT_BYTES - 100))
      await writeSummary(`> ${'a note that does not fit in the 100 bytes left '.repeat(4)}\n`)
      expect(statSync(file).size).toBe(SUMMARY_LIMIT_BYTES - 100)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
      else process.env.GITHUB_STEP_SUMMARY = saved
    }
  })
})
