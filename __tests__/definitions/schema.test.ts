/**
 * The published JSON Schemas, generated in memory: what an editor shows (a description on every
 * property) and flags (IAM's ranges), and that it flags nothing RoleGate accepts.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import yaml from 'js-yaml'
import { jsonSchemas } from '../../src/definitions/json-schema.js'
import { scaffold } from '../../src/init/scaffold.js'

type Node = Record<string, unknown>
const schemas = jsonSchemas()

/** Every property of every object in the schema, with its JSON path. */
function* properties(node: unknown, at: string): Generator<[string, Node]> {
  if (node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* properties(item, `${at}/${index}`)
    return
  }
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === 'properties')
      for (const [name, property] of Object.entries(value as Record<string, Node>))
        yield [`${at}/properties/${name}`, property]
    yield* properties(value, `${at}/${key}`)
  }
}

function validator(file: keyof typeof schemas) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  return ajv.compile(schemas[file])
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter(file => /\.ya?ml$/.test(file))
    .map(file => path.join(folder, file))
}

describe('the JSON Schemas for editors', () => {
  it.each(Object.keys(schemas))('%s describes every property (the hover text)', file => {
    const all = [...properties(schemas[file as keyof typeof schemas], '#')]
    expect(all.length).toBeGreaterThan(30)
    const undescribed = all
      .filter(([, property]) => typeof property.description !== 'string' || property.description.length < 10)
      .map(([at]) => at)
    expect(undescribed).toEqual([])
  })

  it("carries IAM's ranges and name rules", () => {
    const definition = validator('definition.schema.json')
    const role = { kind: 'Role', name: 'app', trust: { Statement: [] } }
    const problems = (value: object) =>
      (definition({ ...role, ...value }) ? [] : definition.errors!).map(
        error => `${error.instancePath} ${error.keyword}`
      )
    expect(problems({ maxSessionDuration: 100000 })).toContain('/maxSessionDuration maximum')
    expect(problems({ maxSessionDuration: 600 })).toContain('/maxSessionDuration minimum')
    expect(problems({ maxSessionDuration: 7200 })).toEqual([])
    expect(problems({ roleName: 'a'.repeat(65) })).toContain('/roleName maxLength')
    expect(problems({ roleName: 'my role' })).toContain('/roleName pattern')
    expect(problems({ roleName: '{project}-{environment}-app' })).toEqual([])
    expect(problems({ description: 'x'.repeat(1001) })).toContain('/description maxLength')
    expect(problems({ path: 'a b' })).toContain('/path pattern')
    expect(problems({ path: `/${'a'.repeat(512)}/` })).toContain('/path maxLength')
    expect(problems({ tags: { ['k'.repeat(129)]: 'v' } })).toContain('/tags propertyNames')
    expect(problems({ tags: { key: 'v'.repeat(257) } })).toContain('/tags/key maxLength')
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`t${index}`, 'v']))
    expect(problems({ tags: fifty })).toContain('/tags maxProperties')
    const managed = { kind: 'ManagedPolicy', name: 'p', document: { Statement: [] } }
    expect(definition({ ...managed, policyName: 'p'.repeat(128) })).toBe(true)
    expect(definition({ ...managed, policyName: 'p'.repeat(129) })).toBe(false)

    const config = validator('rolegate.schema.json')
    const base = {
      version: 1,
      project: 'shop',
      environments: { dev: { account: '111111111111', region: 'us-east-1' } }
    }
    expect(config(base)).toBe(true)
    // Rule ids are an enum, so editors complete them and flag a misspelt one.
    expect(config({ ...base, rules: { 'service-wildcard': 'off' } })).toBe(true)
    expect(config({ ...base, rules: { 'service-wildcrd': 'off' } })).toBe(false)
    expect(definition({ ...role, suppress: [{ rule: 'service-wildcard', reason: 'x' }] })).toBe(true)
    expect(definition({ ...role, suppress: [{ rule: 'service-wildcrd', reason: 'x' }] })).toBe(false)
    expect(config({ ...base, environments: { dev: { account: '1111', region: 'us-east-1' } } })).toBe(false)
    expect(config({ ...base, defaults: { maxSessionDuration: 50000 } })).toBe(false)
    expect(
      config({
        ...base,
        environments: { dev: { account: '111111111111', region: 'us-east-1', partition: 'aws-eu' } }
      })
    ).toBe(false)
  })

  it('accepts every example and what init writes', () => {
    const config = validator('rolegate.schema.json')
    const definition = validator('definition.schema.json')
    const files = yamlFiles('examples').map(file => ({ file, text: readFileSync(file, 'utf8') }))
    const written = scaffold({ project: 'shop', environments: [{ name: 'dev', account: '111111111111' }] })
      .filter(file => !file.path.startsWith('.github/'))
      .map(file => ({ file: file.path, text: file.text }))
    const rejected: string[] = []
    for (const { file, text } of [...files, ...written]) {
      const check = path.basename(file) === 'rolegate.yml' ? config : definition
      for (const document of yaml.loadAll(text)) {
        if (document === null || document === undefined) continue
        if (!check(document)) rejected.push(`${file}: ${JSON.stringify(check.errors)}`)
      }
    }
    expect(files.length).toBeGreaterThan(10)
    expect(rejected).toEqual([])
  })
})
