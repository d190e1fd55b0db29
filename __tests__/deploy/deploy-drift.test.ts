/**
 * drift end to end (the bundled action): changes made outside RoleGate with an administrator's key
 * make `drift` fail with a report that names what changed; a deploy puts things back.
 */
import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
  UntagRoleCommand
} from '@aws-sdk/client-iam'
import { readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { PlanReport } from '../../src/report/plan-report.js'
import { Emulator, runAction, type RunResult } from '../../test/emulator/index.js'
import { bootstrapProject, DEV_ACCOUNT, generatedProject, REPOSITORY } from '../support/deploy-project.js'

const [OWNER, REPO] = REPOSITORY.split('/')
const FILES = generatedProject({ roles: 3, managedPolicyEvery: 2 })
const physical = (index: number) => `fleet-dev-svc-00${index}`
const SHARED = `arn:aws:iam::${DEV_ACCOUNT}:policy/fleet-dev-shared-logs`

let emulator: Emulator
let admin: IAMClient

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, FILES['rolegate.yml'])
  admin = new IAMClient(emulator.iamClientConfig(DEV_ACCOUNT))
})

afterAll(async () => {
  admin?.destroy()
  await emulator?.stop()
})

interface Outcome {
  result: RunResult
  plan: PlanReport
  /** What a person reads: the log and the job summary. */
  text: string
}

async function run(command: 'deploy' | 'drift', files = FILES): Promise<Outcome> {
  const result = await runAction(emulator, {
    files,
    inputs: { command, environment: 'dev', 'fail-on': 'never' },
    job: {
      owner: OWNER,
      repo: REPO,
      environment: 'dev',
      eventName: command === 'drift' ? 'schedule' : 'push',
      idTokenWrite: true
    },
    keepTemp: true
  })
  try {
    const report = JSON.parse(readFileSync(result.outputs['report-file'], 'utf8')) as { plan: PlanReport }
    return { result, plan: report.plan, text: `${result.stdout}\n${result.summary}` }
  } finally {
    await rm(result.tempDir, { recursive: true, force: true })
  }
}

const error = (result: RunResult) =>
  result.commands.find(command => command.command === 'error')?.message ?? ''

it('reports an inline policy added outside RoleGate, and a deploy repairs it', async () => {
  expect((await run('deploy')).result.exitCode).toBe(0)
  const clean = await run('drift')
  expect(clean.result.exitCode).toBe(0)
  expect(clean.plan.drift).toEqual([])

  await admin.send(
    new PutRolePolicyCommand({
      RoleName: physical(1),
      PolicyName: 'break-glass',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]
      })
    })
  )
  emulator.calls.reset()
  const drifted = await run('drift')
  expect(drifted.result.exitCode).toBe(1)
  expect(error(drifted.result)).toContain(
    'live IAM differs from the definitions: 1 operation(s) would reconcile it'
  )
  // Read-only: drift never changes anything.
  expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  expect(drifted.plan.drift).toEqual([
    expect.objectContaining({ resource: `role ${physical(1)}`, kind: 'changed-outside', verdict: 'broadens' })
  ])
  expect(drifted.text).toContain(
    `**role ${physical(1)}**: changed outside RoleGate, or not deployed yet — live allows more than the definitions`
  )
  expect(drifted.text).toContain(`\`DeleteRolePolicy\` delete inline policy break-glass from ${physical(1)}`)

  const repaired = await run('deploy')
  expect(repaired.result.exitCode).toBe(0)
  expect(repaired.plan.applied).toEqual([`delete inline policy break-glass from ${physical(1)}`])
  const after = await run('drift')
  expect(after.result.exitCode).toBe(0)
  expect(after.text).toContain('Live IAM matches the definitions: nothing to do.')
})

it('tells a role deleted outside RoleGate from an unowned look-alike in its place', async () => {
  // svc-000 deleted (and re-created by hand, untagged), svc-002 deleted outright.
  for (const index of [0, 2]) {
    await admin.send(new DeleteRolePolicyCommand({ RoleName: physical(index), PolicyName: 'data' }))
    await admin.send(new DetachRolePolicyCommand({ RoleName: physical(index), PolicyArn: SHARED }))
    await admin.send(new DeleteRoleCommand({ RoleName: physical(index) }))
  }
  await admin.send(
    new CreateRoleCommand({
      RoleName: physical(0),
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }
        ]
      })
    })
  )
  const drifted = await run('drift')
  expect(drifted.result.exitCode).toBe(1)
  // Each resource once: the look-alike is someone else's role, not a change to the reviewed one.
  expect(drifted.plan.drift).toEqual([
    expect.objectContaining({ resource: `role ${physical(0)}`, kind: 'not-owned' }),
    expect.objectContaining({ resource: `role ${physical(2)}`, kind: 'deleted-outside' })
  ])
  expect(drifted.text).toContain(`**role ${physical(2)}**: deleted outside RoleGate`)
  expect(drifted.text).toContain(
    `**role ${physical(0)}**: exists with a defined name but RoleGate does not own it`
  )
  expect(drifted.text).toContain('add "adopt: true" to its definition to take it over')
  expect(drifted.text).toContain(`\`CreateRole\` create role /${physical(2)}`)

  // deploy refuses while the look-alike is there; once it is gone, deploy restores both.
  const refused = await run('deploy')
  expect(refused.result.exitCode).toBe(1)
  expect(emulator.account(DEV_ACCOUNT).state.roles.has(physical(2))).toBe(false)
  await admin.send(new DeleteRoleCommand({ RoleName: physical(0) }))
  expect((await run('deploy')).result.exitCode).toBe(0)
  const after = await run('drift')
  expect(after.result.exitCode).toBe(0)
  expect(after.plan.drift).toEqual([])
})

it('an untagged role its definition adopts still shows what was changed by hand: a broadening is not a take-over', async () => {
  const adopting = { ...FILES, 'iam/roles/svc-001.yml': FILES['iam/roles/svc-001.yml'] + 'adopt: true\n' }
  expect((await run('deploy', adopting)).result.exitCode).toBe(0)
  await admin.send(new UntagRoleCommand({ RoleName: physical(1), TagKeys: ['rolegate:managed-by'] }))
  await admin.send(
    new AttachRolePolicyCommand({
      RoleName: physical(1),
      PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess'
    })
  )
  const drifted = await run('drift', adopting)
  expect(drifted.result.exitCode).toBe(1)
  expect(drifted.plan.drift).toEqual([
    expect.objectContaining({ resource: `role ${physical(1)}`, kind: 'not-owned', verdict: 'broadens' })
  ])
  const [item] = drifted.plan.drift!
  expect(item.reasons[0]).toMatch(/without the rolegate:managed-by tag; its definition says "adopt: true"/)
  expect(item.reasons.slice(1).join('\n')).toMatch(
    /opens a privilege-escalation path: iam:PassRole \+ ec2:RunInstances/
  )
  expect(drifted.text).toContain(`**role ${physical(1)}**`)
  expect(drifted.text).toMatch(/live allows more than the definitions/)

  // The deploy takes it over and undoes the attachment.
  expect((await run('deploy', adopting)).result.exitCode).toBe(0)
  const after = await run('drift', adopting)
  expect(after.result.exitCode).toBe(0)
  expect(after.plan.drift).toEqual([])
})
