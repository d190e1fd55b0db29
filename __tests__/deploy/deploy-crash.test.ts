/**
 * Crash safety: the emulated IAM/STS stop answering after N mutating calls, for every N a deploy
 * makes; after `emulator.recover()` a re-run must converge to exactly what a clean deploy
 * produces: nothing lost, nothing duplicated (policy versions included).
 *
 * In-process (runDeploy with the action's OIDC credentials): ~100 deploys as child processes would
 * take minutes. The crashing run uses AWS_MAX_ATTEMPTS=1 so it gives up at once instead of
 * retrying a dead endpoint for ~20 s, as a killed runner would; the re-run uses RoleGate's defaults.
 */
import { CreatePolicyVersionCommand, IAMClient } from '@aws-sdk/client-iam'
import { Emulator } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  captureAccount,
  DEV_ACCOUNT,
  generatedProject,
  inProcessDeploy,
  normalizedState,
  restoreAccount,
  roleDefinition,
  sharedPolicyDefinition,
  useEmulatorEndpoints,
  type AccountSnapshot,
  type GeneratedOptions,
  type InProcessDeploy
} from '../support/deploy-project.js'

const PROJECT: GeneratedOptions = {
  roles: 10,
  managedPolicyEvery: 3,
  instanceProfileEvery: 4,
  trustRoleZeroEvery: 5
}

let emulator: Emulator
let restoreEnv: () => void
const deploys: InProcessDeploy[] = []

beforeAll(async () => {
  emulator = await Emulator.start()
  restoreEnv = useEmulatorEndpoints(emulator)
})

afterAll(async () => {
  for (const deploy of deploys) deploy.dispose()
  restoreEnv?.()
  await emulator?.stop()
})

function project(files: Record<string, string>): InProcessDeploy {
  const deploy = inProcessDeploy(emulator, files)
  deploys.push(deploy)
  return deploy
}

/** Deploys from `start`, returns the end state and how many mutating calls it took. */
async function cleanDeploy(start: AccountSnapshot, deploy: InProcessDeploy, prune: boolean) {
  restoreAccount(emulator, DEV_ACCOUNT, start)
  emulator.calls.reset()
  const outcome = await deploy.run({ prune })
  expect(outcome.report.plan?.failed).toBeUndefined()
  expect(outcome.exitCode).toBe(0)
  const mutations = emulator.calls.count({ service: 'iam', mutating: true, succeeded: true })
  return { state: normalizedState(emulator, DEV_ACCOUNT), mutations }
}

/** For every N: crash after N mutating calls, recover, re-run; the result must equal the clean deploy's. */
async function crashAtEveryStep(start: AccountSnapshot, deploy: InProcessDeploy, prune: boolean) {
  const clean = await cleanDeploy(start, deploy, prune)
  const failures: string[] = []
  for (const losesResponse of [false, true]) {
    for (let n = 1; n <= clean.mutations; n++) {
      restoreAccount(emulator, DEV_ACCOUNT, start)
      emulator.faults.configure({ crashAfterMutatingCalls: n, crashLosesResponse: losesResponse })
      process.env.AWS_MAX_ATTEMPTS = '1'
      const crashed = await deploy.run({ prune }).catch((error: Error) => error)
      delete process.env.AWS_MAX_ATTEMPTS
      expect(emulator.crashed).toBe(true)
      await emulator.recover()
      const rerun = await deploy.run({ prune })
      const label = `crash after ${n}${losesResponse ? ' (response lost)' : ''}`
      if (rerun.exitCode !== 0)
        failures.push(`${label}: re-run failed: ${JSON.stringify(rerun.report.plan?.failed)}`)
      else if (JSON.stringify(normalizedState(emulator, DEV_ACCOUNT)) !== JSON.stringify(clean.state)) {
        expect({ label, state: normalizedState(emulator, DEV_ACCOUNT) }).toEqual({
          label,
          state: clean.state
        })
      }
      // The crashed run reported what it applied (never more than IAM acknowledged) and what failed,
      // unless the crash came after its last call.
      expect(crashed).not.toBeInstanceOf(Error)
      const { exitCode, applyResult } = crashed as Exclude<typeof crashed, Error>
      expect(applyResult!.applied.length).toBeLessThanOrEqual(n)
      if (exitCode === 0) expect(n).toBe(clean.mutations)
      else {
        expect(applyResult!.failed?.error).toMatch(/socket hang up|ECONNRESET|ECONNREFUSED/)
        // Said as it is: IAM may have applied it, and a re-run settles it.
        expect(applyResult!.failed?.cause).toBe('lost')
      }
    }
  }
  expect(failures).toEqual([])
  emulator.faults.reset()
  return clean
}

describe('a deploy interrupted after every possible number of mutating calls', () => {
  const files = generatedProject(PROJECT)
  let empty: AccountSnapshot

  beforeAll(async () => {
    await bootstrapProject(emulator, files['rolegate.yml'])
    empty = captureAccount(emulator, DEV_ACCOUNT)
  })

  it('first deploy (managed policy, instance profiles, boundary, role-to-role trust) converges on re-run', async () => {
    const clean = await crashAtEveryStep(empty, project(files), false)
    expect(clean.mutations).toBeGreaterThanOrEqual(30)
    expect(clean.mutations).toBeLessThanOrEqual(50)
    const shared = clean.state.policies.find(policy => policy.arn.endsWith(':policy/fleet-dev-shared-logs'))!
    expect(shared.versions.map(version => version.id)).toEqual(['v1'])
  })

  it('update deploy (policy at 5 versions, inline policies, descriptions, prune) converges on re-run', async () => {
    // Start: the project deployed, the shared policy already at IAM's 5-version limit.
    restoreAccount(emulator, DEV_ACCOUNT, empty)
    const deployed = await project(files).run()
    expect(deployed.exitCode).toBe(0)
    const iam = new IAMClient(emulator.iamClientConfig(DEV_ACCOUNT))
    const arn = `arn:aws:iam::${DEV_ACCOUNT}:policy/fleet-dev-shared-logs`
    const document = (version: number) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'logs:PutLogEvents',
            Resource: `arn:aws:logs:*:*:log-group:/old/${version}`
          }
        ]
      })
    for (let version = 2; version <= 5; version++) {
      await iam.send(
        new CreatePolicyVersionCommand({
          PolicyArn: arn,
          PolicyDocument: document(version),
          SetAsDefault: version === 3
        })
      )
    }
    iam.destroy()
    const start = captureAccount(emulator, DEV_ACCOUNT)

    // Change: a new policy document, every role's inline policy and description, one role removed.
    const changed: Record<string, string> = {
      'rolegate.yml': files['rolegate.yml'],
      'iam/shared-logs.yml': sharedPolicyDefinition('-v2')
    }
    for (let index = 0; index < PROJECT.roles - 1; index++)
      changed[`iam/roles/svc-${String(index).padStart(3, '0')}.yml`] = roleDefinition(index, PROJECT, '-v2')
    const clean = await crashAtEveryStep(start, project(changed), true)
    expect(clean.mutations).toBeGreaterThanOrEqual(20)
    const shared = clean.state.policies.find(policy => policy.arn === arn)!
    // v1 (the oldest non-default) made room for v6; no version twice.
    expect(shared.versions.map(version => version.id)).toEqual(['v2', 'v3', 'v4', 'v5', 'v6'])
    expect(new Set(shared.versions.map(version => JSON.stringify(version.document))).size).toBe(5)
  })
})
