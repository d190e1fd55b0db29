/**
 * The round trip against the emulator: roles made by hand (inline, AWS managed and customer
 * managed policies, a path, a boundary, tags, an instance profile, a description, a longer
 * session, one outside the naming template, one outside the glob, a service-linked one) are
 * imported; validate finds no definition error; plan proposes nothing but the ownership tag.
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
  plan
} from './support/accounts.js'
import { runDeploy } from '../../src/commands/deploy.js'
import { adminCredentials, REPOSITORY } from './support/accounts.js'

let emulator: Emulator
let restoreEnv: () => void
let workspace: string

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess'

beforeAll(async () => {
  emulator = await Emulator.start({ accounts: [DEV] })
  restoreEnv = useEmulatorEndpoints(emulator)
  const dev = accountBuilder(emulator, DEV)
  await createBoundary(dev)
  const logs = await dev.policy(
    'shop-dev-shared-logs',
    '/team/',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Write',
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: `arn:aws:logs:us-east-1:${DEV}:log-group:/shop/dev/*`
        }
      ]
    },
    'Write the shop log groups'
  )
  await dev.role({
    name: 'shop-dev-api',
    description: 'API tasks of shop in dev',
    maxSessionDuration: 7200,
    boundary: true,
    tags: { Project: 'shop', Environment: 'dev', Team: 'payments', 'rolegate:managed-by': REPOSITORY },
    inline: {
      Data: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject'],
            // The account id inside a longer token is not the account: it stays as it is.
            Resource: ['arn:aws:s3:::shop-dev-data/*', 'arn:aws:s3:::export-x111111111111y/*']
          }
        ]
      }
    },
    attach: [READ_ONLY, logs],
    instanceProfile: true
  })
  await dev.role({
    name: 'shop-dev-worker',
    path: '/svc/',
    tags: { Project: 'shop' },
    inline: {
      Queue: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'sqs:ReceiveMessage',
            Resource: `arn:aws:sqs:us-east-1:${DEV}:shop-dev-jobs`
          }
        ]
      }
    },
    attach: [logs]
  })
  await dev.role({
    name: 'legacy-reports-dev',
    boundary: true,
    tags: { Project: 'shop', Environment: 'dev' },
    trust: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${DEV}:root` }, Action: 'sts:AssumeRole' }
      ]
    }
  })
  await dev.role({ name: 'other-app', boundary: true })
  // A service-linked role (the emulator has no CreateServiceLinkedRole; the path is what marks one).
  await dev.role({
    name: 'AWSServiceRoleForElasticBeanstalk',
    path: '/aws-service-role/elasticbeanstalk.amazonaws.com/',
    trust: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'elasticbeanstalk.amazonaws.com' },
          Action: 'sts:AssumeRole'
        }
      ]
    }
  })
  dev.iam.destroy()
  workspace = tempProject({ 'rolegate.yml': CONFIG, 'schema/definition.schema.json': '{}' })
})

afterAll(async () => {
  restoreEnv?.()
  await emulator?.stop()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

const read = (file: string) => readFileSync(path.join(workspace, file), 'utf8')

it('imports the selected roles and policies, reading IAM in a few read-only calls', async () => {
  emulator.calls.reset()
  const report = await importInto(emulator, workspace, 'dev', { match: ['shop-dev-*', 'legacy-*'] })
  expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  expect(emulator.calls.byAction()).toEqual({
    GetAccountAuthorizationDetails: 1,
    ListRoles: 1,
    ListPolicyTags: 1,
    GetCallerIdentity: 1
  })
  expect(report.files.map(file => [file.action, file.file, file.physicalName, file.adopt])).toEqual([
    ['created', 'iam/policies/shared-logs.yml', 'shop-dev-shared-logs', true],
    ['created', 'iam/roles/legacy-reports.yml', 'legacy-reports-dev', true],
    ['created', 'iam/roles/api.yml', 'shop-dev-api', false],
    ['created', 'iam/roles/worker.yml', 'shop-dev-worker', true]
  ])
  expect(report.notImported).toEqual({ serviceLinked: 1, awsReserved: 0, unmatched: 1, ownedElsewhere: [] })
  // The policy and worker lack tags the config's defaults give every definition.
  expect(report.notes).toEqual([
    'managed policy shop-dev-shared-logs lacks the tag Project=shop that defaults.tags in rolegate.yml gives every definition: the first deploy adds it',
    'managed policy shop-dev-shared-logs lacks the tag Environment=dev that defaults.tags in rolegate.yml gives every definition: the first deploy adds it',
    'role shop-dev-worker lacks the tag Environment=dev that defaults.tags in rolegate.yml gives every definition: the first deploy adds it'
  ])
})

it('writes what a person would write', () => {
  const api = read('iam/roles/api.yml')
  expect(api.split('\n').slice(0, 2)).toEqual([
    '# yaml-language-server: $schema=../../schema/definition.schema.json',
    expect.stringMatching(/^# rolegate import digest: [0-9a-f]{16} /)
  ])
  expect(load(api)).toEqual({
    kind: 'Role',
    name: 'api',
    description: 'API tasks of shop in {environment}',
    environments: ['dev'],
    maxSessionDuration: 7200,
    trust: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'ecs-tasks.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:SourceAccount': '{account}' } }
        }
      ]
    },
    policies: {
      Data: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: [
              'arn:{partition}:s3:::shop-{environment}-data/*',
              'arn:{partition}:s3:::export-x111111111111y/*'
            ]
          }
        ]
      }
    },
    managedPolicies: ['shared-logs', 'arn:{partition}:iam::aws:policy/ReadOnlyAccess'],
    tags: { Team: 'payments' },
    instanceProfile: true
  })
  // Key order is the reading order, not the alphabet.
  expect(api.indexOf('kind:')).toBeLessThan(api.indexOf('trust:'))
  expect(api.indexOf('trust:')).toBeLessThan(api.indexOf('policies:'))

  expect(load(read('iam/roles/worker.yml'))).toMatchObject({
    name: 'worker',
    adopt: true,
    path: '/svc/',
    permissionsBoundary: null,
    managedPolicies: ['shared-logs']
  })
  expect(load(read('iam/roles/legacy-reports.yml'))).toMatchObject({
    name: 'legacy-reports',
    roleName: 'legacy-reports-{environment}',
    trust: { Statement: [{ Principal: { AWS: 'arn:{partition}:iam::{account}:root' } }] }
  })
  expect(load(read('iam/policies/shared-logs.yml'))).toEqual({
    kind: 'ManagedPolicy',
    name: 'shared-logs',
    description: 'Write the shop log groups',
    environments: ['dev'],
    adopt: true,
    path: '/team/',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Write',
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: 'arn:{partition}:logs:{region}:{account}:log-group:/shop/{environment}/*'
        }
      ]
    }
  })
})

it('round trip: validate finds no definition error, plan only adds the ownership tag', async () => {
  expect(await definitionErrors(workspace)).toEqual([])
  const outcome = await plan(emulator, workspace, 'dev')
  expect(outcome.plan!.conflicts).toEqual([])
  const operations = outcome.plan!.operations
  expect(operations.map(operation => operation.kind).sort()).toEqual(['TagPolicy', 'TagRole', 'TagRole'])
  expect(operations).toEqual(
    expect.arrayContaining([
      {
        kind: 'TagPolicy',
        policyArn: `arn:aws:iam::${DEV}:policy/team/shop-dev-shared-logs`,
        tags: { 'rolegate:managed-by': REPOSITORY, Project: 'shop', Environment: 'dev' }
      },
      { kind: 'TagRole', roleName: 'legacy-reports-dev', tags: { 'rolegate:managed-by': REPOSITORY } },
      // Default tags the live resource lacks come with the ownership tag (the report's notes say so).
      {
        kind: 'TagRole',
        roleName: 'shop-dev-worker',
        tags: { 'rolegate:managed-by': REPOSITORY, Environment: 'dev' }
      }
    ])
  )
})

it('after the first deploy adopts them and adopt is dropped, plan is empty and a re-import changes nothing', async () => {
  const deployed = await runDeploy({
    configPath: 'rolegate.yml',
    workspace,
    environment: 'dev',
    mode: 'deploy',
    managedBy: REPOSITORY,
    failOn: 'never',
    credentials: adminCredentials(emulator)
  })
  expect(deployed.applyResult?.failed).toBeUndefined()
  for (const file of ['iam/roles/worker.yml', 'iam/roles/legacy-reports.yml', 'iam/policies/shared-logs.yml'])
    writeFileSync(path.join(workspace, file), read(file).replace('adopt: true\n', ''))
  expect((await plan(emulator, workspace, 'dev')).plan!.operations).toEqual([])
  const again = await importInto(emulator, workspace, 'dev', { match: ['shop-dev-*', 'legacy-*'] })
  expect(again.files.map(file => file.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged'])
})
