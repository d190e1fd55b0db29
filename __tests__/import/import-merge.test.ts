/**
 * Two environments, two emulated accounts: importing prod into the files imported from dev keeps
 * what is identical shared, puts differences under overrides.prod, and scopes roles that exist in
 * only one account with `environments:`. A file a person changed is left alone without --force.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { load } from 'js-yaml'
import { Emulator } from '../../test/emulator/index.js'
import { tempProject } from '../support/temp-project.js'
import { useEmulatorEndpoints } from '../support/deploy-project.js'
import {
  accountBuilder,
  CONFIG,
  createBoundary,
  definitionErrors,
  DEV,
  importInto,
  plan,
  PROD
} from './support/accounts.js'

let emulator: Emulator
let restoreEnv: () => void
let workspace: string

const data = (environment: string, partition = 'aws') => ({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:${partition}:s3:::shop-${environment}-data/*` }
  ]
})
const logs = (account: string, environment: string, partition = 'aws', region = 'us-east-1') => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: 'logs:PutLogEvents',
      Resource: `arn:${partition}:logs:${region}:${account}:log-group:/shop/${environment}/*`
    }
  ]
})
const audit = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'cloudtrail:LookupEvents', Resource: '*' }]
}

beforeAll(async () => {
  emulator = await Emulator.start({ accounts: [DEV, PROD] })
  restoreEnv = useEmulatorEndpoints(emulator)
  for (const [account, environment] of [
    [DEV, 'dev'],
    [PROD, 'prod']
  ] as const) {
    const builder = accountBuilder(emulator, account)
    await createBoundary(builder)
    const shared = await builder.policy(`shop-${environment}-shared-logs`, '/', logs(account, environment))
    const tags = { Project: 'shop', Environment: environment, Team: 'payments' }
    await builder.role({
      name: `shop-${environment}-api`,
      boundary: true,
      maxSessionDuration: environment === 'prod' ? 7200 : undefined,
      tags: environment === 'prod' ? { ...tags, Oncall: 'yes' } : tags,
      inline:
        environment === 'prod' ? { Data: data(environment), Audit: audit } : { Data: data(environment) },
      attach: [shared]
    })
    await builder.role({
      name: environment === 'dev' ? 'shop-dev-worker' : 'shop-prod-batch',
      boundary: true,
      tags: { Project: 'shop', Environment: environment },
      attach: [shared]
    })
    builder.iam.destroy()
  }
  workspace = tempProject({ 'rolegate.yml': CONFIG })
})

afterAll(async () => {
  restoreEnv?.()
  await emulator?.stop()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

const read = (file: string) => readFileSync(path.join(workspace, file), 'utf8')

it('merges prod into the files imported from dev: shared parts once, differences in overrides.prod', async () => {
  const dev = await importInto(emulator, workspace, 'dev')
  expect(dev.files.map(file => [file.action, file.file])).toEqual([
    ['created', 'iam/policies/shared-logs.yml'],
    ['created', 'iam/roles/api.yml'],
    ['created', 'iam/roles/worker.yml']
  ])
  expect(load(read('iam/roles/api.yml'))).toMatchObject({ environments: ['dev'] })

  const prod = await importInto(emulator, workspace, 'prod')
  expect(prod.files.map(file => [file.action, file.file])).toEqual([
    ['merged', 'iam/policies/shared-logs.yml'],
    ['merged', 'iam/roles/api.yml'],
    ['created', 'iam/roles/batch.yml']
  ])
  expect(load(read('iam/roles/api.yml'))).toEqual({
    kind: 'Role',
    name: 'api',
    adopt: true,
    trust: expect.objectContaining({ Version: '2012-10-17' }),
    policies: { Data: data('{environment}', '{partition}') },
    managedPolicies: ['shared-logs'],
    tags: { Team: 'payments' },
    overrides: {
      prod: { maxSessionDuration: 7200, policies: { Audit: audit }, tags: { Oncall: 'yes' } }
    }
  })
  expect(load(read('iam/policies/shared-logs.yml'))).toEqual({
    kind: 'ManagedPolicy',
    name: 'shared-logs',
    adopt: true,
    document: logs('{account}', '{environment}', '{partition}', '{region}')
  })
  expect(load(read('iam/roles/worker.yml'))).toMatchObject({ name: 'worker', environments: ['dev'] })
  expect(load(read('iam/roles/batch.yml'))).toMatchObject({ name: 'batch', environments: ['prod'] })
})

it('both environments round-trip: no definition error, plans only add the ownership tag', async () => {
  expect(await definitionErrors(workspace)).toEqual([])
  for (const environment of ['dev', 'prod']) {
    const outcome = await plan(emulator, workspace, environment)
    expect(outcome.plan!.conflicts).toEqual([])
    expect(outcome.plan!.operations.map(operation => operation.kind).sort()).toEqual([
      'TagPolicy',
      'TagRole',
      'TagRole'
    ])
  }
})

it('leaves a file a person changed alone unless --force', async () => {
  const file = path.join(workspace, 'iam/roles/api.yml')
  const edited = read('iam/roles/api.yml').replace('kind: Role', '# reviewed by payments\nkind: Role')
  writeFileSync(file, edited)
  const again = await importInto(emulator, workspace, 'prod')
  expect(again.files.map(item => [item.action, item.file])).toEqual([
    ['unchanged', 'iam/policies/shared-logs.yml'],
    ['skipped', 'iam/roles/api.yml'],
    ['unchanged', 'iam/roles/batch.yml']
  ])
  expect(again.files[1].reason).toContain('pass --force')
  expect(read('iam/roles/api.yml')).toBe(edited)

  const forced = await importInto(emulator, workspace, 'prod', { force: true })
  expect(forced.files[1].action).toBe('merged')
  expect(load(read('iam/roles/api.yml'))).toMatchObject({ overrides: { prod: { maxSessionDuration: 7200 } } })
  expect((await plan(emulator, workspace, 'dev')).plan!.operations).toHaveLength(3)
})
