/**
 * The lint runner's report shape: one finding per location with every environment it applies to
 * (messages that differ only by the account are one), and findings capped per rule and file.
 */
import { jest } from '@jest/globals'
import { loadConfig } from '../../src/definitions/load.js'
import { capFindings, lint, MAX_FINDINGS_PER_RULE_AND_FILE } from '../../src/lint/run.js'
import { IMPLEMENTED_RULES } from '../../src/lint/rules/index.js'
import type { Finding } from '../../src/model/findings.js'
import { roleYaml } from '../support/check-fixtures.js'
import { renderProject } from '../support/render-project.js'

const THREE = `version: 1
project: demo
environments:
  dev: { account: "111111111111", region: us-east-1 }
  staging: { account: "222222222222", region: us-east-1 }
  prod: { account: "333333333333", region: us-east-1 }
`

describe('findings across environments', () => {
  it('a problem written once is one finding listing dev, staging, prod', () => {
    const { findings } = renderProject(
      {
        'iam/a.yml': `kind: Role
name: a
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
policies:
  P:
    Statement:
      - Effect: Allow
        Action: "s3:*"
        Resource: "arn:aws:s3:::{project}-{environment}-data/*"
`
      },
      THREE
    )
    const wildcard = findings.filter(finding => finding.rule === 'service-wildcard')
    expect(wildcard).toHaveLength(1)
    expect(wildcard[0].environments).toEqual(['dev', 'staging', 'prod'])
  })

  it('a message that embeds the account id is still one finding, the account shown as <account>', () => {
    const { findings } = renderProject(
      {
        'iam/a.yml': `kind: Role
name: a
trust:
  Statement:
    - Effect: Allow
      Principal: { AWS: "arn:aws:iam::{account}:root" }
      Action: sts:AssumeRole
policies:
  P:
    Statement:
      - Effect: Allow
        Action: "iam:PassRole"
        Resource: "arn:aws:iam::{account}:role/*"
`
      },
      THREE
    )
    const byLocation = new Map<string, Finding[]>()
    for (const finding of findings) {
      const key = `${finding.rule}|${finding.file}|${finding.line}|${finding.column}`
      byLocation.set(key, [...(byLocation.get(key) ?? []), finding])
    }
    for (const group of byLocation.values()) expect(group).toHaveLength(1)
    const multi = findings.filter(finding => (finding.environments?.length ?? 0) === 3)
    expect(multi.length).toBeGreaterThan(0)
    for (const finding of multi) expect(finding.message).not.toMatch(/111111111111|222222222222|333333333333/)
  })
})

describe('capFindings', () => {
  it('100,000 findings of one rule in one file become the first few and one "and N more"', () => {
    const findings: Finding[] = Array.from({ length: 100_000 }, (_, index) => ({
      rule: 'unknown-variable',
      severity: 'error',
      message: `{v${index}} is not defined`,
      file: 'iam/a.yml',
      line: index + 1
    }))
    const capped = capFindings(findings)
    expect(capped).toHaveLength(MAX_FINDINGS_PER_RULE_AND_FILE + 1)
    expect(capped.at(-1)).toMatchObject({
      rule: 'unknown-variable',
      severity: 'error',
      file: 'iam/a.yml',
      message: expect.stringMatching(/^and 99950 more unknown-variable finding\(s\) in iam\/a\.yml/)
    })
  })

  it('leaves other rules and files alone', () => {
    const findings: Finding[] = ['a', 'b'].flatMap(file =>
      Array.from({ length: 3 }, (_, line) => ({
        rule: 'schema',
        severity: 'error' as const,
        message: 'x',
        file,
        line
      }))
    )
    expect(capFindings(findings, 3)).toEqual(findings)
  })
})

describe('severity', () => {
  it('a file with only comments is an error (its roles would look removed), unless rolegate.yml lowers the rule', () => {
    const files = { 'iam/emptied.yml': '# the role moved to iam/other.yml\n' }
    const empty = (findings: Finding[]) =>
      findings.filter(finding => finding.message.startsWith('file has no definitions;'))
    expect(empty(renderProject(files, THREE).findings).map(finding => finding.severity)).toEqual(['error'])
    const lenient = `${THREE}rules: { schema: warning }\n`
    expect(empty(renderProject(files, lenient).findings).map(finding => finding.severity)).toEqual([
      'warning'
    ])
  })
})

describe('rules turned off', () => {
  it('are not run at all, and the other rules report as before', () => {
    const files = {
      'iam/a.yml': `kind: Role
name: a
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
policies:
  P:
    Statement:
      - Effect: Allow
        Action: "s3:*"
        Resource: "*"
`
    }
    const wildcard = IMPLEMENTED_RULES.find(rule => rule.id === 'service-wildcard')!
    const check = jest.spyOn(wildcard, 'check')
    try {
      const all = renderProject(files, THREE).findings
      expect(check).toHaveBeenCalledTimes(3)
      expect(all.some(finding => finding.rule === 'service-wildcard')).toBe(true)
      check.mockClear()
      const off = renderProject(files, `${THREE}rules: { service-wildcard: off }\n`).findings
      expect(check).not.toHaveBeenCalled()
      expect(off).toEqual(all.filter(finding => finding.rule !== 'service-wildcard'))
      // A suppression of the rule silences nothing, and is not called unused: the rule is off.
      const suppressed = {
        'iam/a.yml': `${files['iam/a.yml']}suppress:\n  - { rule: service-wildcard, reason: reviewed }\n`
      }
      const config = `${THREE}rules: { service-wildcard: off, unused-suppression: error }\n`
      const loaded = loadConfig({ path: 'rolegate.yml', text: config }).config!
      const { state } = renderProject(suppressed, config)
      const result = lint(state, loaded)
      expect(result.suppressions).toEqual([
        expect.objectContaining({ rule: 'service-wildcard', role: 'a', count: 0 })
      ])
      expect(result.findings.filter(finding => finding.rule === 'unused-suppression')).toEqual([])
    } finally {
      check.mockRestore()
    }
  })
})

describe('suppressions of a role and a managed policy that share a logical name', () => {
  const ONE = `version: 1
project: demo
environments:
  dev: { account: "111111111111", region: us-east-1 }
`
  const writeAnywhere = `    Statement:
      - Effect: Allow
        Action: s3:PutObject
        Resource: "*"
`
  const files = {
    'iam/app-role.yml': `${roleYaml({ name: 'app', actions: ['s3:PutObject'], resource: '*' })}suppress:
  - { rule: resource-wildcard-write, reason: "the role's own exception" }
`,
    'iam/app-policy.yml': `kind: ManagedPolicy
name: app
document:
${writeAnywhere.replace(/^ {2}/gm, '')}`
  }

  it("the role's suppress: silences the role's finding, not the managed policy's", () => {
    const findings = renderProject(files, ONE).findings.filter(
      finding => finding.rule === 'resource-wildcard-write'
    )
    expect(findings.map(finding => [finding.file, finding.kind, finding.suppressed?.reason])).toEqual([
      ['iam/app-policy.yml', 'managed policy', undefined],
      ['iam/app-role.yml', 'role', "the role's own exception"]
    ])
  })
})
