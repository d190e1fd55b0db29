import { sortFindings } from '../../src/lint/run.js'
import type { Finding } from '../../src/model/findings.js'
import { compareText } from '../../src/util/compare-text.js'

describe('compareText', () => {
  it('orders by code unit, as git ls-files does, not by the machine locale', () => {
    // localeCompare would put 'a' before 'B' and '_' before '-' (ICU collation) on an en-US machine.
    expect(['iam/a.yml', 'iam/B.yml', 'iam/team_a.yml', 'iam/team-a.yml'].sort(compareText)).toEqual([
      'iam/B.yml',
      'iam/a.yml',
      'iam/team-a.yml',
      'iam/team_a.yml'
    ])
    expect(compareText('same', 'same')).toBe(0)
  })

  it('is the order of findings within a severity: file, line, column, rule', () => {
    const finding = (file: string, line: number, rule: string): Finding => ({
      rule,
      severity: 'error',
      message: 'm',
      file,
      line,
      column: 1
    })
    const sorted = sortFindings([
      finding('iam/b.yml', 1, 'invalid-arn'),
      finding('iam/B.yml', 9, 'invalid-arn'),
      finding('iam/b.yml', 1, 'Invalid-action'),
      finding('iam/a.yml', 3, 'invalid-arn')
    ])
    expect(sorted.map(item => `${item.file}:${item.line} ${item.rule}`)).toEqual([
      'iam/B.yml:9 invalid-arn',
      'iam/a.yml:3 invalid-arn',
      'iam/b.yml:1 Invalid-action',
      'iam/b.yml:1 invalid-arn'
    ])
  })
})
