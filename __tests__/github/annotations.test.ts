/**
 * Annotations: one per location, naming every environment; PR-controlled text cannot start a
 * second workflow command (core escapes it; the test checks what reaches stdout).
 */
import { jest } from '@jest/globals'
import { annotate } from '../../src/github/annotations.js'
import type { Finding } from '../../src/model/findings.js'

function captured(run: () => void): string {
  const chunks: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    chunks.push(String(chunk))
    return true
  })
  try {
    run()
  } finally {
    spy.mockRestore()
  }
  return chunks.join('')
}

describe('annotations', () => {
  it('one annotation for a finding in three environments, naming them', () => {
    const finding: Finding = {
      rule: 'service-wildcard',
      severity: 'warning',
      message: 's3:* allows all actions',
      file: 'iam/task-role.yml',
      line: 27,
      environment: 'dev',
      environments: ['dev', 'staging', 'prod']
    }
    const output = captured(() => annotate([finding]))
    const lines = output.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^::warning .*file=iam\/task-role\.yml,line=27.*::s3:\* allows all actions \[dev, staging, prod\]$/
    )
  })

  it('a message with newlines and :: stays one command line', () => {
    const output = captured(() =>
      annotate([{ rule: 'schema', severity: 'error', message: 'x\n::stop-commands::tok\r\n::add-mask::y' }])
    )
    const lines = output.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(lines[0].startsWith('::error ')).toBe(true)
  })
})
