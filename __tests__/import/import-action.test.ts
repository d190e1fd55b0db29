/**
 * The action's `command: import`, bundled (dist/index.js) and run as a runner runs it: OIDC →
 * the bootstrap deployer (read-only use) → definition files in the workspace and the report in
 * the job summary; the deployer's plan then shows only the ownership tag.
 */
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { load } from 'js-yaml'
import { Emulator, runAction } from '../../test/emulator/index.js'
import { bootstrapProject, DEV_ACCOUNT, projectConfig, REPOSITORY } from '../support/deploy-project.js'
import { tempProject } from '../support/temp-project.js'
import { accountBuilder } from './support/accounts.js'

const [owner, repo] = REPOSITORY.split('/')
const CONFIG = projectConfig('fleet')
let emulator: Emulator
let workspace: string

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, CONFIG)
  const dev = accountBuilder(emulator, DEV_ACCOUNT)
  await dev.role({
    name: 'fleet-dev-api',
    boundary: true,
    tags: { Project: 'fleet', Environment: 'dev' },
    inline: {
      Data: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::fleet-dev-data/*' }]
      }
    }
  })
  dev.iam.destroy()
  workspace = tempProject({ 'rolegate.yml': CONFIG })
})

afterAll(async () => {
  await emulator?.stop()
  if (workspace) rmSync(workspace, { recursive: true, force: true })
})

const job = { owner, repo, environment: 'dev', eventName: 'workflow_dispatch', idTokenWrite: true }

it('imports through the job’s OIDC credentials, then plan shows only the ownership tag', async () => {
  emulator.calls.reset()
  const imported = await runAction(emulator, {
    workspace,
    inputs: { command: 'import', environment: 'dev', match: 'fleet-dev-*' },
    job
  })
  expect(imported.stderr).not.toMatch(/\n\s+at /)
  expect(imported.exitCode).toBe(0)
  expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  expect(imported.summary).toContain('created   iam/roles/api.yml  (role fleet-dev-api as api)')
  expect(load(readFileSync(path.join(workspace, 'iam/roles/api.yml'), 'utf8'))).toMatchObject({
    kind: 'Role',
    name: 'api',
    adopt: true,
    policies: { Data: { Statement: [{ Resource: 'arn:{partition}:s3:::fleet-{environment}-data/*' }] } }
  })

  const planned = await runAction(emulator, {
    workspace,
    inputs: { command: 'plan', environment: 'dev', 'fail-on': 'never' },
    job,
    keepTemp: true
  })
  try {
    expect(planned.exitCode).toBe(0)
    const report = JSON.parse(readFileSync(planned.outputs['report-file'], 'utf8')) as {
      plan: { operations: { kind: string }[] }
    }
    expect(report.plan.operations.map(operation => operation.kind)).toEqual(['TagRole'])
  } finally {
    rmSync(planned.tempDir, { recursive: true, force: true })
  }
})
