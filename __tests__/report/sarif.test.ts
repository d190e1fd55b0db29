/**
 * SARIF output validated against the SARIF 2.1.0 JSON schema.
 *
 * __tests__/fixtures/sarif-schema-2.1.0.json is lib/schemas/sarif-2.1.0-rtm.5.json from the npm
 * package @microsoft/jest-sarif@1.0.0-beta.0 (MIT; the schema as published on SchemaStore,
 * sha256 2d99159a…4de4f8 as shipped), reformatted by prettier, content unchanged. It is written in
 * draft-04, which Ajv 8 does not load: `id` becomes `$id` and `$schema` is dropped; the keywords
 * it uses mean the same in draft-07.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import { runValidate } from '../../src/commands/validate.js'
import { RULES } from '../../src/lint/catalog.js'
import type { Finding } from '../../src/model/findings.js'
import { actionDocsLinks, PACKAGE_URL } from '../../src/report/docs-links.js'
import { baseReport, type Report } from '../../src/report/report.js'
import { FINGERPRINT_KEY, renderSarif, type SarifLog, type SarifResult } from '../../src/report/sarif.js'
import { tempProject } from '../support/temp-project.js'

function loadSchemaValidator(): ValidateFunction {
  const schema = JSON.parse(
    readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')
  ) as Record<string, unknown>
  const { $schema: _draft04, id, ...rest } = schema
  // unicodeRegExp: false because the schema's `language` pattern has a stray `]` that the `u` flag rejects.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  // The formats the schema uses, checked for real (ajv-formats is not a dependency).
  ajv.addFormat('uri', value => /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/.test(value) && URL.canParse(value))
  ajv.addFormat(
    'uri-reference',
    value => !/\s/.test(value) && URL.canParse(value, 'https://example.invalid/base/')
  )
  ajv.addFormat('date-time', value => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value))
  return ajv.compile({ ...rest, $id: String(id) })
}

const validate = loadSchemaValidator()

function expectValid(log: SarifLog): void {
  // Validate what a consumer reads: the serialized file.
  const parsed: unknown = JSON.parse(JSON.stringify(log))
  const ok = validate(parsed)
  expect(ok ? [] : validate.errors).toEqual([])
}

function report(findings: Finding[], command = 'validate'): Report {
  return baseReport(command, 'rolegate.yml', ['dev', 'prod'], findings, [])
}

const FINDINGS: Finding[] = [
  {
    rule: 'github-oidc-unpinned-sub',
    severity: 'error',
    message: 'trust policy: statement 0: trusts GitHub Actions OIDC without a sub condition',
    file: 'iam/deploy/deployer.yml',
    line: 9,
    column: 11,
    environment: 'prod',
    role: 'deployer',
    policy: 'trust'
  },
  {
    rule: 'cross-account-no-external-id',
    severity: 'warning',
    message: 'trust policy: statement 0: trusts 999988887777 without sts:ExternalId',
    file: 'iam/vendor audit/role.yml',
    line: 6,
    column: 20,
    environment: 'dev',
    role: 'vendor-audit',
    policy: 'trust',
    introduced: true
  },
  {
    rule: 'service-confused-deputy',
    severity: 'notice',
    message: 'trust policy: statement 0: trusts ecs-tasks.amazonaws.com without aws:SourceAccount',
    file: 'iam/ecs/task-role.yml',
    line: 7,
    column: 20,
    environment: 'dev',
    role: 'task-role',
    policy: 'trust'
  },
  {
    rule: 'tag-limits',
    severity: 'error',
    message: 'role task-role: tag key "aws:team" starts with "aws:"',
    file: 'iam/ecs/task-role.yml',
    line: 14,
    column: 3,
    environment: 'dev',
    role: 'task-role',
    suppressed: { reason: 'legacy tag, removed in Q3' }
  },
  // No file at all: placed on rolegate.yml.
  { rule: 'schema', severity: 'error', message: 'config file rolegate.yml not found' },
  // A file but no line.
  { rule: 'schema', severity: 'error', message: 'file is not UTF-8', file: 'iam/broken.yml' },
  // The same finding twice (two identical statements): two results, two fingerprints.
  {
    rule: 'malformed-policy',
    severity: 'error',
    message: 'inline policy S3: statement 0 has no Effect',
    file: 'iam/app.yml',
    line: 12,
    column: 7,
    environment: 'dev',
    role: 'app',
    policy: 'S3'
  },
  {
    rule: 'malformed-policy',
    severity: 'error',
    message: 'inline policy S3: statement 0 has no Effect',
    file: 'iam/app.yml',
    line: 12,
    column: 7,
    environment: 'dev',
    role: 'app',
    policy: 'S3'
  }
]

/** The runner's variables for `uses: acme/rolegate@v1.2.3` on GitHub Enterprise Server. */
const ACTION_ENV = {
  GITHUB_SERVER_URL: 'https://ghe.example.com/',
  GITHUB_ACTION_REPOSITORY: 'acme/rolegate',
  GITHUB_ACTION_REF: 'v1.2.3'
}
const ACTION_DOCS = actionDocsLinks(ACTION_ENV)

describe('renderSarif', () => {
  const log = renderSarif(report(FINDINGS), '1.2.3', { docs: ACTION_DOCS })
  const run = log.runs[0]
  const results: SarifResult[] = run.results

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/^https:\/\//)
    expectValid(log)
  })

  it('has a schema with teeth: it rejects a notice level and a relative helpUri', () => {
    const broken = JSON.parse(JSON.stringify(log)) as SarifLog
    ;(broken.runs[0].results[0] as { level: string }).level = 'notice'
    broken.runs[0].tool.driver.rules[0].helpUri = 'docs/rules.md#schema'
    expect(validate(broken)).toBe(false)
    const paths = (validate.errors ?? []).map(error => error.instancePath)
    expect(paths).toEqual(
      expect.arrayContaining(['/runs/0/results/0/level', '/runs/0/tool/driver/rules/0/helpUri'])
    )
  })

  it('validates with no findings, and with an absolute %SRCROOT%', () => {
    const empty = renderSarif(report([]), '0.1.0', { srcRoot: '/home/runner/work/infra/infra' })
    expectValid(empty)
    expect(empty.runs[0].results).toEqual([])
    expect(empty.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///home/runner/work/infra/infra/')
  })

  it('says the run did not complete when rolegate.yml did not load', () => {
    expect(renderSarif(report([]), '0.1.0').runs[0].invocations[0].executionSuccessful).toBe(true)
    const failed = renderSarif(report([]), '0.1.0', { executionSuccessful: false })
    expectValid(failed)
    expect(failed.runs[0].invocations[0].executionSuccessful).toBe(false)
    expect(failed.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: expect.stringMatching(/ did not load, so the definitions were not checked/) }
      }
    ])
  })

  it('describes the tool and every catalog rule with help, in catalog order', () => {
    const driver = run.tool.driver
    expect(driver.name).toBe('RoleGate')
    expect(driver.version).toBe('1.2.3')
    expect(driver.semanticVersion).toBe('1.2.3')
    expect(driver.rules.map(rule => rule.id)).toEqual([...RULES.keys()])
    const wildcard = driver.rules.find(rule => rule.id === 'service-wildcard')!
    expect(wildcard).toMatchObject({
      name: 'ServiceWildcard',
      shortDescription: { text: RULES.get('service-wildcard')!.summary },
      defaultConfiguration: { level: 'warning' },
      helpUri: 'https://ghe.example.com/acme/rolegate/blob/v1.2.3/docs/rules.md#service-wildcard',
      properties: { tags: ['security', 'least-privilege'], 'security-severity': '5.3' }
    })
    expect(wildcard.help.text).toContain('How to fix:')
    expect(wildcard.help.markdown).toContain('**Why it matters.**')
    expect(wildcard.help.markdown).toContain('```yaml')
    expect(wildcard.fullDescription.text.length).toBeGreaterThan(wildcard.shortDescription.text.length)
    const levels = Object.fromEntries(driver.rules.map(rule => [rule.id, rule.defaultConfiguration.level]))
    expect(levels).toMatchObject({
      schema: 'error',
      'naming-convention': 'warning',
      'data-exfiltration': 'note'
    })
  })

  it('ranks rules by real impact: only security rules are tagged security, a schema error is not an alert', () => {
    const byId = new Map(run.tool.driver.rules.map(rule => [rule.id, rule]))
    expect(byId.get('schema')!.properties.tags).toEqual(['correctness', 'definitions'])
    expect(byId.get('schema')!.properties['security-severity']).toBeUndefined()
    expect(byId.get('trust-policy-size')!.properties.tags).toEqual(['maintainability', 'quotas'])
    expect(byId.get('unknown-action')!.properties.tags[0]).toBe('correctness')
    const severity = (id: string) => Number(byId.get(id)!.properties['security-severity'])
    expect(severity('privilege-escalation')).toBeGreaterThanOrEqual(9)
    expect(severity('trust-any-principal')).toBeGreaterThanOrEqual(9)
    expect(severity('pass-role-unscoped')).toBeGreaterThanOrEqual(7)
    expect(severity('service-wildcard')).toBeLessThan(7)
    expect(severity('service-confused-deputy')).toBeLessThan(4)
    const security = run.tool.driver.rules.filter(rule => rule.properties.tags.includes('security'))
    expect(security.length).toBeLessThan(run.tool.driver.rules.length / 2)
  })

  it('one result per location: a finding in several environments names them all', () => {
    const log = renderSarif(
      report([
        {
          rule: 'service-wildcard',
          severity: 'warning',
          message: 's3:* allows all actions',
          file: 'iam/task-role.yml',
          line: 27,
          environment: 'dev',
          environments: ['dev', 'staging', 'prod']
        }
      ]),
      '1.2.3'
    )
    expect(log.runs[0].results).toHaveLength(1)
    expect(log.runs[0].results[0].message.text).toBe('s3:* allows all actions [dev, staging, prod]')
    expectValid(log)
  })

  it('maps each finding to a result with the right rule index, level and region', () => {
    expect(results).toHaveLength(FINDINGS.length)
    for (const result of results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
    expect(results.map(result => result.level)).toEqual([
      'error',
      'warning',
      'note',
      'error',
      'error',
      'error',
      'error',
      'error'
    ])
    expect(results[0]).toMatchObject({
      ruleId: 'github-oidc-unpinned-sub',
      message: { text: FINDINGS[0].message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'iam/deploy/deployer.yml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 9, startColumn: 11 }
          }
        }
      ],
      properties: { environment: 'prod', role: 'deployer', policy: 'trust' }
    })
    expect(results[0].suppressions).toBeUndefined()
  })

  it('percent-encodes paths and keeps the introduced flag', () => {
    expect(results[1].locations[0].physicalLocation.artifactLocation.uri).toBe('iam/vendor%20audit/role.yml')
    expect(results[1].properties).toMatchObject({ introduced: true })
  })

  it('marks suppressed findings as suppressed in source, with the reason', () => {
    expect(results[3].suppressions).toEqual([
      { kind: 'inSource', justification: 'legacy tag, removed in Q3' }
    ])
    expect(results.filter(result => result.suppressions)).toHaveLength(1)
  })

  it('places a finding without a file on rolegate.yml, and one without a line on line 1', () => {
    expect(results[4].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'rolegate.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 }
    })
    expect(results[5].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'iam/broken.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 }
    })
  })

  it('fingerprints findings independently of their line, and tells identical findings apart', () => {
    const print = (result: SarifResult) => result.partialFingerprints[FINGERPRINT_KEY]
    const moved = renderSarif(
      report(FINDINGS.map(finding => ({ ...finding, line: (finding.line ?? 0) + 5 }))),
      '1.2.3'
    )
    expect(moved.runs[0].results.map(print)).toEqual(results.map(print))
    expect(new Set(results.map(print)).size).toBe(results.length)
    const reworded = renderSarif(report([{ ...FINDINGS[0], message: 'something else' }]), '1.2.3')
    expect(print(reworded.runs[0].results[0])).not.toBe(print(results[0]))
    const otherEnvironment = renderSarif(report([{ ...FINDINGS[0], environment: 'dev' }]), '1.2.3')
    expect(print(otherEnvironment.runs[0].results[0])).not.toBe(print(results[0]))
  })

  it('records the invocation', () => {
    expect(run.invocations[0]).toMatchObject({
      executionSuccessful: true,
      properties: { command: 'validate', config: 'rolegate.yml', environments: ['dev', 'prod'] }
    })
  })

  it('is deterministic', () => {
    expect(JSON.stringify(renderSarif(report(FINDINGS), '1.2.3', { docs: ACTION_DOCS }))).toBe(
      JSON.stringify(log)
    )
  })
})

describe('renderSarif links', () => {
  it("in the action, point at the action's own repository and ref", () => {
    const driver = renderSarif(report(FINDINGS), '1.2.3', { docs: ACTION_DOCS }).runs[0].tool.driver
    expect(driver.informationUri).toBe('https://ghe.example.com/acme/rolegate')
    const trust = driver.rules.find(rule => rule.id === 'github-oidc-unpinned-sub')!
    const url = 'https://ghe.example.com/acme/rolegate/blob/v1.2.3/docs/rules.md#github-oidc-unpinned-sub'
    expect(trust.helpUri).toBe(url)
    expect(trust.help.text.endsWith(`See ${url}`)).toBe(true)
    expect(trust.help.markdown).toContain(`[Documentation of github-oidc-unpinned-sub](${url})`)
  })

  it('in the CLI, point at docs/rules.md shipped next to the code, which exists', () => {
    const log = renderSarif(report(FINDINGS), '1.2.3')
    expectValid(log)
    const driver = log.runs[0].tool.driver
    expect(driver.informationUri).toBe(PACKAGE_URL)
    for (const rule of driver.rules) {
      const url = new URL(rule.helpUri!)
      expect(url.protocol).toBe('file:')
      expect(url.hash).toBe(`#${rule.id}`)
      expect(existsSync(fileURLToPath(url))).toBe(true)
    }
  })

  it('without known docs, leave helpUri out rather than invent one', () => {
    const log = renderSarif(report(FINDINGS), '1.2.3', { docs: undefined })
    expectValid(log)
    const driver = log.runs[0].tool.driver
    expect(driver.informationUri).toBe(PACKAGE_URL)
    for (const rule of driver.rules) {
      expect(rule.helpUri).toBeUndefined()
      expect(rule.help.text).not.toContain('See ')
      expect(rule.help.markdown).not.toContain('[Documentation')
    }
  })

  // `repo:OWNER/REPO` in rule help is the format of GitHub's OIDC subject, not a link.
  it('never contain a placeholder owner', () => {
    for (const docs of [ACTION_DOCS, undefined]) {
      expect(JSON.stringify(renderSarif(report(FINDINGS), '1.2.3', { docs }))).not.toMatch(/\/OWNER\//)
    }
    expect(JSON.stringify(renderSarif(report(FINDINGS), '1.2.3'))).not.toMatch(/\/OWNER\//)
  })
})

describe('actionDocsLinks', () => {
  it('reads the server, repository and ref the runner sets', () => {
    expect(
      actionDocsLinks({ GITHUB_ACTION_REPOSITORY: 'acme/role-gate.v2', GITHUB_ACTION_REF: 'release/1.x' })
    ).toEqual({
      base: 'https://github.com/acme/role-gate.v2/blob/release/1.x/',
      home: 'https://github.com/acme/role-gate.v2'
    })
  })

  it.each([
    ['a local action (uses: ./)', { GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' }],
    ['no ref', { GITHUB_ACTION_REPOSITORY: 'acme/rolegate' }],
    ['a path in the repository', { GITHUB_ACTION_REPOSITORY: 'acme/../x', GITHUB_ACTION_REF: 'v1' }],
    ['a ref with ..', { GITHUB_ACTION_REPOSITORY: 'acme/rolegate', GITHUB_ACTION_REF: 'v1/../../x' }],
    ['a ref with URL syntax', { GITHUB_ACTION_REPOSITORY: 'acme/rolegate', GITHUB_ACTION_REF: 'v1?x=1#y' }],
    [
      'a server that is not http(s)',
      {
        GITHUB_SERVER_URL: 'javascript:alert(1)',
        GITHUB_ACTION_REPOSITORY: 'acme/rolegate',
        GITHUB_ACTION_REF: 'v1'
      }
    ]
  ])('links nothing for %s', (_, env) => {
    expect(actionDocsLinks(env)).toBeUndefined()
  })
})

describe('renderSarif on a real validate run', () => {
  it('produces valid SARIF whose regions point at the YAML lines', async () => {
    const root = tempProject({
      'rolegate.yml': `version: 1
project: demo
environments:
  dev: { account: "111111111111", region: us-east-1 }
  prod: { account: "333333333333", region: us-east-1, protected: true }
`,
      'iam/deployer.yml': `kind: Role
name: deployer
trust:
  Statement:
    - Effect: Allow
      Principal: { Federated: "arn:aws:iam::{account}:oidc-provider/token.actions.githubusercontent.com" }
      Action: sts:AssumeRoleWithWebIdentity
      Condition:
        StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/*" }
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
suppress:
  - rule: service-confused-deputy
    reason: only our ECS tasks
`
    })
    const { report: validated } = await runValidate({ configPath: 'rolegate.yml', workspace: root })
    expect(validated.findings.length).toBeGreaterThan(0)
    const log = renderSarif(validated, '0.1.0', { srcRoot: root })
    expectValid(log)
    const results = log.runs[0].results
    const unpinned = results.find(result => result.ruleId === 'github-oidc-unpinned-sub')!
    expect(unpinned.level).toBe('error')
    expect(unpinned.locations[0].physicalLocation.artifactLocation.uri).toBe('iam/deployer.yml')
    expect(unpinned.locations[0].physicalLocation.region!.startLine).toBe(9)
    const deputy = results.find(result => result.ruleId === 'service-confused-deputy')!
    expect(deputy.level).toBe('note')
    expect(deputy.locations[0].physicalLocation.region).toMatchObject({ startLine: 11 })
    expect(deputy.suppressions).toEqual([{ kind: 'inSource', justification: 'only our ECS tasks' }])
    for (const result of results) {
      const finding = validated.findings[results.indexOf(result)]
      expect(result.ruleId).toBe(finding.rule)
      if (finding.line) expect(result.locations[0].physicalLocation.region!.startLine).toBe(finding.line)
      if (finding.line && finding.column)
        expect(result.locations[0].physicalLocation.region!.startColumn).toBe(finding.column)
    }
  })
})
