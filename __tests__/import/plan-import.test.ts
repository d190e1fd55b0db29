import { loadConfig, loadDefinitionFile } from '../../src/definitions/load.js'
import { planImport, type ImportProject } from '../../src/import/index.js'
import { defaultOutFolder } from '../../src/import/plan-files.js'
import type { EnvironmentState, RoleState } from '../../src/model/state.js'

const CONFIG = `version: 1
project: shop
definitions: ["iam/**/*.yml"]
environments:
  dev: { account: "111111111111", region: us-east-1 }
`
const trust = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]
}
const trustYaml =
  'trust: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }'

function project(files: Record<string, string>): ImportProject {
  const config = loadConfig({ path: 'rolegate.yml', text: CONFIG }).config!
  const definitions = Object.entries(files).flatMap(([path, text]) =>
    path.endsWith('.yml') || path.endsWith('.json') ? loadDefinitionFile({ path, text }).definitions : []
  )
  return {
    config,
    configFile: 'rolegate.yml',
    configText: CONFIG,
    definitions,
    fileTexts: new Map(Object.entries(files).filter(([path]) => path.endsWith('.yml'))),
    allFiles: new Set(['rolegate.yml', ...Object.keys(files)])
  }
}

const role = (name: string): RoleState => ({
  name,
  path: '/',
  arn: `arn:aws:iam::111111111111:role/${name}`,
  description: '',
  maxSessionDuration: 3600,
  trustPolicy: trust,
  inlinePolicies: {},
  managedPolicyArns: [],
  tags: {},
  instanceProfile: false
})
const live = (...names: string[]): EnvironmentState => ({
  environment: 'dev',
  account: '111111111111',
  region: 'us-east-1',
  partition: 'aws',
  roles: names.map(role),
  managedPolicies: []
})

const plan = (files: Record<string, string>, force = false, ...names: string[]) =>
  planImport({
    project: project(files),
    environment: 'dev',
    live: live(...names),
    managedBy: 'acme/iam',
    force
  })

it('leaves hand-written definitions of the same roles alone, and merges with --force', () => {
  const files = {
    'iam/both.yml': `kind: Role\nname: api\n${trustYaml}\n---\nkind: Role\nname: worker\n${trustYaml}\n`,
    'iam/web.yml': `# the storefront\nkind: Role\nname: frontend\ndescription: old\n${trustYaml}\n`,
    'iam/roles/batch.yml': 'not a definition, but a file\n'
  }
  const result = plan(files, false, 'shop-dev-api', 'shop-dev-frontend', 'shop-dev-batch')
  expect(result.inexpressible).toEqual([])
  expect(result.files.map(file => [file.action, file.file, file.name])).toEqual([
    ['skipped', 'iam/both.yml', 'api'],
    ['created', 'iam/roles/batch-2.yml', 'batch'],
    ['skipped', 'iam/web.yml', 'frontend']
  ])
  expect(result.files[0].reason).toBe(
    'iam/both.yml holds 2 definitions; import merges only into a file that holds one: merge dev by hand, or move api to a file of its own'
  )
  expect(result.files[2].reason).toContain('pass --force to merge dev into it')

  const forced = plan(files, true, 'shop-dev-frontend')
  expect(forced.files.map(file => file.action)).toEqual(['merged'])
  // The live role has no description: the merged file says so.
  expect(forced.files[0].text).toContain('name: frontend\nadopt: true\ntrust:')
})

it('never merges into a JSON definition, even with --force: import writes YAML', () => {
  const files = { 'iam/api.json': JSON.stringify({ kind: 'Role', name: 'api', trust: { Statement: [] } }) }
  const result = plan(files, true, 'shop-dev-api')
  expect(result.files.map(file => [file.action, file.file])).toEqual([['skipped', 'iam/api.json']])
  expect(result.files[0].reason).toBe(
    'iam/api.json is JSON, and import writes YAML: merge dev into it by hand, or move api to a .yml file'
  )
  expect(result.files[0].text).toBeUndefined()
})

it('puts new files under the first definitions glob’s folder, relative to rolegate.yml', () => {
  const config = loadConfig({
    path: 'infra/rolegate.yml',
    text: CONFIG.replace('iam/**/*.yml', 'defs/**/*.yml')
  })
  expect(defaultOutFolder(config.config!, 'infra/rolegate.yml')).toBe('infra/defs')
  expect(
    defaultOutFolder(
      loadConfig({ path: 'rolegate.yml', text: CONFIG.replace('iam/**/*.yml', '*.yml') }).config!,
      'rolegate.yml'
    )
  ).toBe('.')
})
