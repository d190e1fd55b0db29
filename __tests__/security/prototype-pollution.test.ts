/**
 * Issue 16 items 3 and 9: user-chosen keys named `__proto__`, `constructor`, `prototype`,
 * `toString`, ... at every user-keyed position (YAML and JSON) go through load → render → lint →
 * compare → plan without touching `Object.prototype`, and come out as what the user wrote.
 */
import { compareStates } from '../../src/compare/compare.js'
import { diffTags } from '../../src/compare/role.js'
import { loadConfig, loadDefinitions } from '../../src/definitions/load.js'
import { lint } from '../../src/lint/run.js'
import type { DesiredState } from '../../src/model/state.js'
import { planEnvironment } from '../../src/plan/plan.js'
import { canonicalCondition, conditionKey } from '../../src/policy/conditions.js'
import { deepMerge } from '../../src/render/merge.js'
import { render } from '../../src/render/render.js'
import { substituteDeep } from '../../src/render/variables.js'
import { renderProject } from '../support/render-project.js'

const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']

// rules: keys are rule ids: hostile ones are schema errors (__tests__/definitions/load.test.ts).
const CONFIG = `version: 1
project: demo
defaults:
  tags: { __proto__: default-tag, constructor: c }
rules: { service-wildcard: off }
environments:
  dev:
    account: "111111111111"
    region: us-east-1
    variables: { __proto__: from-dev, prototype: p }
  constructor: { account: "222222222222", region: us-east-1 }
  toString: { account: "222222222223", region: us-east-1 }
  valueOf: { account: "222222222224", region: us-east-1 }
  hasOwnProperty: { account: "222222222225", region: us-east-1 }
  prototype: { account: "222222222226", region: us-east-1 }
`

const CONDITION = `{ __proto__: { prune: "yes" }, constructor: { polluted: "yes" }, prototype: { x: "y" }, StringEquals: { __proto__: a, constructor: b, "aws:SourceAccount": "{account}" } }`

const YAML_ROLE = `kind: Role
name: constructor
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com, __proto__: x, constructor: y }
      Action: sts:AssumeRole
      Condition: ${CONDITION}
      __proto__: { Effect: Deny }
policies:
  __proto__:
    Statement:
      - Effect: Allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::{project}-bucket/{__proto__}/{constructor}/{toString}"
        Condition: ${CONDITION}
  constructor:
    Statement: [{ Effect: Allow, Action: s3:PutObject, Resource: "arn:aws:s3:::b/*" }]
tags: { __proto__: kept, prototype: p, toString: t }
overrides:
  constructor: { maxSessionDuration: 7200, tags: { __proto__: overridden } }
  prototype: { description: from-prototype }
`

// Written as text: an object literal's `__proto__:` would set a prototype instead of a key.
const JSON_POLICY = `{
  "kind": "ManagedPolicy",
  "name": "prototype",
  "environments": ["dev", "constructor", "toString"],
  "document": {
    "Statement": [
      {
        "Effect": "Allow",
        "Action": "s3:GetObject",
        "Resource": "*",
        "Condition": { "__proto__": { "prune": "yes" }, "constructor": { "polluted": "yes" } }
      }
    ]
  },
  "tags": { "__proto__": "json" },
  "overrides": { "toString": { "description": "from-toString" } }
}`

/** Own keys of the built-in prototypes and constructors, to prove nothing was added. */
function snapshot(): string[] {
  return [Object.prototype, Object, Function.prototype, Array.prototype].map(value =>
    Reflect.ownKeys(value).map(String).sort().join(',')
  )
}

function expectPristine(before: string[]): void {
  expect(snapshot()).toEqual(before)
  expect(({} as Record<string, unknown>).prune).toBeUndefined()
  expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.getPrototypeOf({})).toBe(Object.prototype)
}

/** Indexes by a `string`: TypeScript types `.constructor` of a record as Object's own member. */
function environment(state: DesiredState, name: string) {
  return state.environments[name]
}

function name(text: string): string {
  return text
}

function run(definitions: Record<string, string>) {
  const loadedConfig = loadConfig({ path: 'rolegate.yml', text: CONFIG })
  expect(loadedConfig.findings).toEqual([])
  const config = loadedConfig.config!
  const loaded = loadDefinitions(Object.entries(definitions).map(([path, text]) => ({ path, text })))
  const rendered = render(config, loaded.definitions, {
    managedBy: 'acme/infra',
    now: new Date('2026-06-15T12:00:00Z')
  })
  const linted = lint(rendered.state, config, [...loaded.findings, ...rendered.findings])
  return { config, loaded, state: rendered.state, findings: linted.findings }
}

describe('hostile keys: load → render → lint → compare → plan', () => {
  const pristine = snapshot()
  afterEach(() => expectPristine(pristine))

  it('keeps every hostile key as an own key and pollutes nothing', () => {
    const { loaded, state, findings } = run({ 'iam/role.yml': YAML_ROLE, 'iam/policy.json': JSON_POLICY })
    expect(loaded.findings).toEqual([])
    expect(Object.keys(state.environments).sort()).toEqual(
      ['constructor', 'dev', 'hasOwnProperty', 'prototype', 'toString', 'valueOf'].sort()
    )

    const dev = state.environments.dev
    const role = dev.roles[0]
    expect(role.logicalName).toBe('constructor')
    // A tag key `__proto__` is kept, from the defaults and the role, not dropped.
    expect(Object.keys(role.tags)).toEqual([
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'rolegate:managed-by'
    ])
    expect(Object.getOwnPropertyDescriptor(role.tags, '__proto__')?.value).toBe('kept')
    expect(Object.getPrototypeOf(role.tags)).toBe(Object.prototype)
    expect(Object.keys(role.inlinePolicies)).toEqual(['__proto__', 'constructor'])
    expect(role.maxSessionDuration).toBe(3600)

    // Overrides per environment: `constructor` has its own, `toString` and `valueOf` have none.
    const constructorRole = environment(state, 'constructor').roles[0]
    expect(constructorRole.maxSessionDuration).toBe(7200)
    expect(Object.getOwnPropertyDescriptor(constructorRole.tags, '__proto__')?.value).toBe('overridden')
    expect(environment(state, 'toString').roles[0].maxSessionDuration).toBe(3600)
    expect(environment(state, 'valueOf').roles[0].description).toBe('')
    expect(environment(state, 'prototype').roles[0].description).toBe('from-prototype')
    const toStringPolicy = environment(state, 'toString').managedPolicies[0]
    expect(toStringPolicy.description).toBe('from-toString')
    expect(Object.getOwnPropertyDescriptor(toStringPolicy.tags, '__proto__')?.value).toBe('json')

    // Variables are own properties only: dev defines `__proto__`; nobody defines the others.
    const resource = (environment: string) =>
      (
        state.environments[environment].roles[0].inlinePolicies.__proto__.Statement as { Resource: string }[]
      )[0].Resource
    expect(resource('dev')).toBe('arn:aws:s3:::demo-bucket/from-dev/{constructor}/{toString}')
    expect(resource('valueOf')).toBe('arn:aws:s3:::demo-bucket/{__proto__}/{constructor}/{toString}')
    const unknown = (environment: string) =>
      findings
        .filter(finding => finding.rule === 'unknown-variable' && finding.environment === environment)
        .map(finding => /\{([^}]+)\}/.exec(finding.message)![1])
        .sort()
    expect(unknown('dev')).toEqual(['constructor', 'toString'])
    expect(unknown('hasOwnProperty')).toEqual(['__proto__', 'constructor', 'toString'])
    for (const finding of findings) expect(finding.message).not.toContain('[native code]')

    // The hostile operators are reported as what they are.
    const operators = findings.filter(finding => finding.rule === 'invalid-condition-operator')
    expect(operators.map(finding => finding.message).join('\n')).toContain(
      '"__proto__" is not a condition operator'
    )
  })

  it('compares and plans hostile keys as the user wrote them', () => {
    const before = run({ 'iam/role.yml': YAML_ROLE.replace('tags: { __proto__: kept,', 'tags: {') })
    const after = run({ 'iam/role.yml': YAML_ROLE, 'iam/policy.json': JSON_POLICY })
    const changes = compareStates(before.state, after.state)
    const role = changes.environments.dev.roles[0]
    expect(role.change).toBe('modified')
    expect(Object.getOwnPropertyDescriptor(role.tags.changed, '__proto__')?.value).toEqual({
      before: 'default-tag',
      after: 'kept'
    })
    expect(Object.keys(role.tags.added)).toEqual([])
    expect(Object.keys(role.tags.removed)).toEqual([])

    const empty: DesiredState = { project: 'demo', environments: {} }
    for (const [name, environment] of Object.entries(compareStates(empty, after.state).environments)) {
      expect(environment.change).toBe('added')
      const plan = planEnvironment(environment, {
        account: '111111111111',
        managedBy: 'acme/infra',
        prune: true
      })
      const createRole = plan.operations.find(operation => operation.kind === 'CreateRole')
      expect(createRole).toBeDefined()
      if (createRole?.kind === 'CreateRole') expect(Object.keys(createRole.tags)).toContain('__proto__')
      const puts = plan.operations.filter(operation => operation.kind === 'PutRolePolicy')
      expect(
        puts.map(operation => operation.kind === 'PutRolePolicy' && operation.policyName).sort()
      ).toEqual(['__proto__', 'constructor'])
      expect(name).toBeTruthy()
    }

    const update = planEnvironment(changes.environments.dev, {
      account: '111111111111',
      managedBy: 'acme/infra',
      prune: true
    })
    const tagRole = update.operations.find(operation => operation.kind === 'TagRole')
    expect(
      tagRole?.kind === 'TagRole' && Object.getOwnPropertyDescriptor(tagRole.tags, '__proto__')?.value
    ).toBe('kept')
  })

  it('an environment absent from the old state is not Object.prototype.constructor', () => {
    const after = run({ 'iam/role.yml': YAML_ROLE })
    const old: DesiredState = { project: 'demo', environments: { dev: after.state.environments.dev } }
    const changes = compareStates(old, after.state)
    expect(changes.environments[name('constructor')].change).toBe('added')
    expect(changes.environments.dev.change).toBe('unchanged')
  })
})

describe('hostile keys: the pure functions one by one', () => {
  const pristine = snapshot()
  afterEach(() => expectPristine(pristine))

  it('canonicalCondition keeps hostile operators and keys as own keys', () => {
    const block = JSON.parse(
      '{"__proto__": {"prune": "yes"}, "constructor": {"polluted": "yes"}, "StringEquals": {"__proto__": "a", "toString": "b"}}'
    )
    const canonical = canonicalCondition(block)
    expect(Object.keys(canonical).sort()).toEqual(['StringEquals', '__proto__', 'constructor'])
    expect(Object.getOwnPropertyDescriptor(canonical, '__proto__')?.value).toEqual({ prune: ['yes'] })
    expect(Object.keys(canonical.StringEquals).sort()).toEqual(['__proto__', 'tostring'])
    expect(conditionKey(block)).toContain('"__proto__":{"prune":["yes"]}')
    // Two blocks that differ only in a hostile operator are different conditions.
    expect(conditionKey(block)).not.toBe(
      conditionKey(JSON.parse('{"StringEquals": {"__proto__": "a", "toString": "b"}}'))
    )
  })

  it('deepMerge merges and adds hostile keys as own keys', () => {
    const base = JSON.parse('{"tags": {"__proto__": "a"}, "description": "d"}')
    const merged = deepMerge(
      base,
      JSON.parse('{"tags": {"__proto__": "b", "constructor": "c"}, "__proto__": {"x": 1}}')
    )
    expect(Object.getOwnPropertyDescriptor(merged.tags, '__proto__')?.value).toBe('b')
    expect(merged.tags.constructor).toBe('c')
    expect(Object.getOwnPropertyDescriptor(merged, '__proto__')?.value).toEqual({ x: 1 })
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype)
    // A key the base does not have is not merged with an inherited member of the same name.
    expect(deepMerge({}, JSON.parse('{"toString": {"a": 1}}'))).toEqual({ toString: { a: 1 } })
  })

  it('variables are own properties only', () => {
    for (const name of HOSTILE) {
      const unknown: { name: string }[] = []
      expect(substituteDeep(`x-{${name}}`, { project: 'demo' }, unknown)).toBe(`x-{${name}}`)
      expect(unknown.map(variable => variable.name)).toEqual([name])
    }
    // A key that renders to `__proto__` stays a key.
    const rendered = substituteDeep(
      { '{key}': 'v', other: '{project}' },
      { key: '__proto__', project: 'p' },
      []
    ) as object
    expect(Object.getOwnPropertyDescriptor(rendered, '__proto__')?.value).toBe('v')
  })

  it('diffTags sees a new tag named constructor, and keeps __proto__', () => {
    const after = JSON.parse('{"constructor": "c", "__proto__": "p", "toString": "t"}')
    const changes = diffTags({}, after)
    expect(Object.keys(changes.added)).toEqual(['constructor', '__proto__', 'toString'])
    expect(changes.changed).toEqual({})
    const removed = diffTags(after, {})
    expect(Object.keys(removed.removed)).toEqual(['constructor', '__proto__', 'toString'])
    expect(diffTags(after, after)).toEqual({ added: {}, removed: {}, changed: {} })
  })
})

describe('hostile keys in lint tables', () => {
  it('a condition key named constructor does not count as pinning the caller', () => {
    const trust = (key: string) => `kind: Role
name: open
trust:
  Statement:
    - Effect: Allow
      Principal: "*"
      Action: sts:AssumeRole
      Condition: { StringEquals: { "${key}": "123456789012" } }
`
    const anyPrincipal = (key: string) =>
      renderProject({ 'iam/open.yml': trust(key) }).findings.filter(
        finding => finding.rule === 'trust-any-principal' && finding.environment === 'dev'
      )
    expect(anyPrincipal('aws:PrincipalAccount')).toEqual([])
    for (const key of HOSTILE) expect(anyPrincipal(key)).toHaveLength(1)
  })
})
