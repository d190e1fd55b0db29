/**
 * An instance profile RoleGate did not create is never deleted: a role's same-named profile goes
 * with the role (prune) or when its definition drops `instanceProfile`, but one made by hand may be
 * what running instances use. The bundled CLI against the emulator, with the account's admin keys.
 */
import {
  AddRoleToInstanceProfileCommand,
  CreateInstanceProfileCommand,
  DeleteInstanceProfileCommand,
  IAMClient,
  RemoveRoleFromInstanceProfileCommand
} from '@aws-sdk/client-iam'
import { Emulator, runAction, type RunResult } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  DEV_ACCOUNT,
  generatedProject,
  REPOSITORY,
  cliAsAdmin,
  asAdmin as asAdminOf
} from '../support/deploy-project.js'

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

const cli = (args: string[], files = FILES): Promise<RunResult> => cliAsAdmin(emulator, args, files)

it("refuses to delete a role's same-named instance profile made by hand, with zero mutating calls", async () => {
  expect((await cli(['deploy', '--env', 'dev'])).exitCode).toBe(0)
  await asAdmin(async iam => {
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: ROLE }))
    await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: ROLE, RoleName: ROLE }))
  })
  emulator.calls.reset()
  const result = await cli(['deploy', '--env', 'dev'])
  expect(result.exitCode).toBe(1)
  expect(result.stdout + result.stderr).toContain(
    `instance profile ${ROLE}: it has no rolegate:managed-by tag: RoleGate did not create it, and instances may use it, so RoleGate will not delete it`
  )
  expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  expect(emulator.account(DEV_ACCOUNT).state.instanceProfiles.has(ROLE.toLowerCase())).toBe(true)

  // The action as the runner runs it (dist/index.js, every action.yml default, the job's OIDC token):
  // the same refusal, and no mutating call.
  emulator.calls.reset()
  const [owner, repo] = REPOSITORY.split('/')
  const action = await runAction(emulator, {
    files: FILES,
    inputs: { command: 'deploy', environment: 'dev' },
    job: { owner, repo, environment: 'dev', eventName: 'push', idTokenWrite: true }
  })
  expect(action.exitCode).toBe(1)
  expect(action.stdout).toContain(
    `**instance profile ${ROLE}**: it has no rolegate:managed-by tag: RoleGate did not create it`
  )
  expect(action.stdout).toContain(
    '::error::refusing to deploy: 1 conflict(s) to resolve first (see above); nothing was applied'
  )
  expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  expect(emulator.account(DEV_ACCOUNT).state.instanceProfiles.has(ROLE.toLowerCase())).toBe(true)
  await asAdmin(async iam => {
    await iam.send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: ROLE, RoleName: ROLE }))
    await iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: ROLE }))
  })
})

it('a role put in another instance profile by hand is drift, and prune refuses instead of stopping half-way', async () => {
  const role = 'fleet-dev-svc-001'
  await asAdmin(async iam => {
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'hand-profile' }))
    await iam.send(
      new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'hand-profile', RoleName: role })
    )
  })
  const drift = await cli(['drift', '--env', 'dev'])
  expect(drift.exitCode).toBe(1)
  expect(drift.stdout).toContain(`role ${role}: changed outside RoleGate`)
  expect(drift.stdout).toContain('added to the instance profile(s) hand-profile outside RoleGate')

  const without = Object.fromEntries(
    Object.entries(FILES).filter(([file]) => file !== 'iam/roles/svc-001.yml')
  )
  emulator.calls.reset()
  const prune = await cli(['deploy', '--env', 'dev', '--prune'], without)
  expect(prune.exitCode).toBe(1)
  expect(prune.stdout + prune.stderr).toContain(
    `role ${role}: it is in the instance profile hand-profile, which its definition never named; IAM cannot delete a role that is in an instance profile`
  )
  expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  expect(emulator.account(DEV_ACCOUNT).state.roles.get(role)?.inlinePolicies.size).toBeGreaterThan(0)
})

const asAdmin = (body: (iam: IAMClient) => Promise<void>): Promise<void> => asAdminOf(emulator, body)
