/**
 * Issue 16 item 9: hostile YAML that crashed the loader (exit 3 with a stack trace) or was
 * reported wrongly is now a schema finding at the right line, and costs bounded memory.
 */
import { loadConfig, loadDefinitions } from '../../src/definitions/load.js'
import { MAX_DEPTH, MAX_STRING_LENGTH, parseYamlFile } from '../../src/definitions/parse-yaml.js'
import { renderProject } from '../support/render-project.js'
import { BASIC_CONFIG } from '../support/temp-project.js'

function definitionFindings(text: string, path = 'iam/role.yml') {
  return loadDefinitions([{ path, text }]).findings
}

describe('hostile YAML', () => {
  it('refuses an anchor that refers to its own ancestor, at the alias line', () => {
    const text = `kind: Role
name: loop
trust: &t
  Statement:
    - Effect: Allow
      Principal: *t
      Action: sts:AssumeRole
`
    const findings = definitionFindings(text)
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        severity: 'error',
        file: 'iam/role.yml',
        line: 6,
        column: 7,
        message: expect.stringContaining('alias refers to a value that contains it')
      })
    ])
  })

  it('refuses the flow-style self reference from the issue, and in JSON-ish flow', () => {
    const text = `kind: Role\nname: loop\ntrust: &t {Statement: [{Principal: *t}]}\n`
    const findings = definitionFindings(text)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ line: 3, message: expect.stringContaining('contains it') })
    // A list that contains itself.
    expect(definitionFindings(`a: &l [1, *l]\n`)[0].message).toContain('contains it')
  })

  it('still accepts aliases that repeat an earlier value', () => {
    const text = `kind: Role
name: shared
trust: &t
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }
policies:
  A: { Statement: &s [{ Effect: Allow, Action: s3:GetObject, Resource: "arn:aws:s3:::b/*" }] }
  B: { Statement: *s }
`
    const { state, findings } = renderProject({ 'iam/role.yml': text })
    expect(findings.filter(finding => finding.severity === 'error')).toEqual([])
    expect(Object.keys(state.environments.dev.roles[0].inlinePolicies)).toEqual(['A', 'B'])
  })

  it('refuses nesting deeper than MAX_DEPTH, syntactically or through aliases', () => {
    const deep = `${'['.repeat(MAX_DEPTH + 5)}1${']'.repeat(MAX_DEPTH + 5)}`
    expect(parseYamlFile('x.yml', `a: ${deep}\n`).problems[0].message).toContain('nest more than')
    // Each alias nests the previous one 40 deep: legal syntax, but the expanded value is 400 deep.
    let text = `a0: &a0 1\n`
    for (let i = 1; i <= 10; i++) text += `a${i}: &a${i} ${'['.repeat(40)}*a${i - 1}${']'.repeat(40)}\n`
    const parsed = parseYamlFile('x.yml', text)
    expect(parsed.documents).toEqual([])
    expect(parsed.problems[0].message).toContain('once aliases are expanded')
    // Very deep input does not overflow the stack either.
    const huge = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    expect(parseYamlFile('x.yml', huge).problems).toHaveLength(1)
  })

  it('names .nan and .inf as YAML writes them', () => {
    const role = (value: string) => `kind: Role
name: r
maxSessionDuration: ${value}
trust: { Statement: [] }
`
    expect(definitionFindings(role('.nan'))[0].message).toBe(
      'maxSessionDuration: expected a number, got .nan'
    )
    expect(definitionFindings(role('.inf'))[0].message).toBe(
      'maxSessionDuration: expected a number, got .inf'
    )
    expect(definitionFindings(role('-.inf'))[0].message).toBe(
      'maxSessionDuration: expected a number, got -.inf'
    )
  })

  it('refuses a 10 MB project name while parsing, with a clear schema error', () => {
    const name = 'a'.repeat(10 * 1024 * 1024)
    const heapBefore = process.memoryUsage().heapUsed
    const loaded = loadConfig({
      path: 'rolegate.yml',
      text: BASIC_CONFIG.replace('project: demo', `project: ${name}`)
    })
    const grown = process.memoryUsage().heapUsed - heapBefore
    expect(loaded.config).toBeUndefined()
    expect(loaded.findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        severity: 'error',
        line: 2,
        column: 10,
        message: `string of ${name.length} characters; RoleGate accepts at most ${MAX_STRING_LENGTH}; no IAM name, description or policy is that long: shorten it`
      })
    ])
    expect(loaded.findings[0].message.length).toBeLessThan(200)
    expect(grown).toBeLessThan(200 * 1024 * 1024)
  })

  it('bounds keys too, and accepts a string of exactly the limit', () => {
    const key = 'k'.repeat(MAX_STRING_LENGTH + 1)
    expect(parseYamlFile('x.yml', `${key}: 1\n`).problems[0].message).toContain('string of')
    expect(parseYamlFile('x.yml', `a: ${'v'.repeat(MAX_STRING_LENGTH)}\n`).problems).toEqual([])
  })
})

describe('__proto__ keys are validated like any other key (zod skips them in records)', () => {
  const messages = (findings: { line?: number; message: string }[]) =>
    findings.map(f => `${f.line}: ${f.message}`)

  it('in rolegate.yml: environments, variables, tags, rules', () => {
    const config = (environments: string, extra = '') => `version: 1
project: demo
${extra}environments:
${environments}`
    const dev = '  dev: { account: "111111111111", region: us-east-1 }\n'
    expect(
      messages(loadConfig({ path: 'rolegate.yml', text: config(`  __proto__: {}\n${dev}`) }).findings)
    ).toEqual([
      expect.stringMatching(/^4: environments\.__proto__: key "__proto__" is not allowed here: use letters/)
    ])
    expect(
      messages(
        loadConfig({
          path: 'rolegate.yml',
          text: config(
            `  dev: { account: "111111111111", region: us-east-1, variables: { __proto__: [1] } }\n`,
            'defaults: { tags: { __proto__: { a: 1 } } }\nrules: { __proto__: loud }\n'
          )
        }).findings
      )
    ).toEqual([
      '3: defaults.tags.__proto__: expected a string, a number or true/false, got a mapping',
      '6: environments.dev.variables.__proto__: expected a string, a number or true/false, got a list',
      // Rule ids are a closed list: the key itself is refused, before its value.
      '4: rules.__proto__: key "__proto__" is not allowed here: unknown rule id "__proto__"; docs/rules.md lists every rule'
    ])
    // A valid `__proto__` variable or tag is fine.
    expect(
      loadConfig({
        path: 'rolegate.yml',
        text: config(
          `  dev: { account: "111111111111", region: us-east-1, variables: { __proto__: x } }\n`,
          'defaults: { tags: { __proto__: t } }\n'
        )
      }).findings
    ).toEqual([])
  })

  it('in a definition: inline policy names, tags, overrides', () => {
    const role = `kind: Role
name: r
trust: { Statement: [] }
policies: { __proto__: 42 }
tags: { __proto__: [a] }
overrides: { __proto__: { maxSessionDuration: "long" } }
`
    expect(messages(definitionFindings(role))).toEqual([
      expect.stringMatching(/^4: policies\.__proto__: expected a mapping, got number 42/),
      '5: tags.__proto__: expected a string, a number or true/false, got a list',
      expect.stringMatching(
        /^6: overrides\.__proto__\.maxSessionDuration: expected a number, got string "long"/
      )
    ])
  })
})
