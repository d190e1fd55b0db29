import { fitSummary } from '../../src/github/summary.js'

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
})
