/**
 * An instance profile RoleGate did not create is never deleted: a role's same-named profile goes
 * with the role (prune) or when its definition drops `instanceProfile`, but one made by hand may be
 * what running instances use. The bundled CLI against the emulator, with the account's admin keys.
 */
import { AddRoleToInstanceProfileCommand, CreateInstanceProfileCommand, IAMClient } from '@aws-sdk/client-iam'
import { Emulator, runAction, type RunResult } from '../../test/emulator/index.js'
import { bootstrapProject, DEV_ACCOUNT, generatedProject, REPOSITORY } from '../support/deploy-project.js'

const FILES = generatedProject({ roles: 2 })
const ROLE = 'fleet-dev-svc-000'

let emulator: Emulator

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, FILES['rolegate.yml'], ['dev'])
})

afterAll(async () => {
  await emulator?.stop()
})

function cli(args: string[], files = FILES): Promise<RunResult> {
  return runAction(emulator, {
    script: 'dist/cli/index.js',
    args,
    files,
    actionDefaults: false,
    aws: { account: DEV_ACCOUNT },
    env: { GITHUB_ACTIONS: undefined, GITHUB_REPOSITORY: REPOSITORY }
  })
}

it("refuses to delete a role's same-named instance profile made by hand, with zero mutating calls", async () => {
  expect((await cli(['deploy', '--env', 'dev'])).exitCode).toBe(0)
  const admin = new IAMClient(emulator.iamClientConfig(DEV_ACCOUNT))
  try {
    await admin.send(new CreateInstanceProfileCommand({ InstanceProfileName: ROLE }))
    await admin.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: ROLE, RoleName: ROLE }))
  } finally {
    admin.destroy()
  }
  emulator.calls.reset()
  const result = await cli(['deploy', '--env', 'dev'])
  expect(result.exitCode).toBe(1)
  expect(result.stdout + result.stderr).toContain(
    `instance profile ${ROLE}: it has no rolegate:managed-by tag: RoleGate did not create it, and instances may use it, so RoleGate will not delete it`
  )
  expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  expect(emulator.account(DEV_ACCOUNT).state.instanceProfiles.has(ROLE.toLowerCase())).toBe(true)
})
