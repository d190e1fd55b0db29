/**
 * Deploy under IAM's bad days: 20% throttling, 5% HTTP 500 and a 2 s eventual-consistency lag on
 * new roles (invisible to reads, and "Invalid principal" when another role's trust names them),
 * reproducibly (seeded PRNG). The deploy must converge: the definitions end up live, and the next
 * deploy makes no mutating call.
 *
 * In-process (runDeploy with the action's OIDC credentials) so the applier's consistency backoff
 * can start at 100 ms instead of 1 s; the SDK's own retries and backoff are RoleGate's defaults.
 */
import { Emulator } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  DEV_ACCOUNT,
  expectMatchesDefinitions,
  generatedProject,
  inProcessDeploy,
  resetAccount,
  roleDefinition,
  useEmulatorEndpoints
} from '../support/deploy-project.js'

const LAG_MS = 2_000

let emulator: Emulator
let restoreEnv: () => void

beforeAll(async () => {
  emulator = await Emulator.start()
  restoreEnv = useEmulatorEndpoints(emulator)
})

afterAll(async () => {
  restoreEnv?.()
  await emulator?.stop()
})

it('a 100-role deploy converges through throttling, 5xx and a 2 s consistency lag', async () => {
  // Every 7th role trusts role 0, created in the same run: IAM rejects that principal until it is visible.
  const files = generatedProject({
    roles: 100,
    managedPolicyEvery: 10,
    instanceProfileEvery: 25,
    trustRoleZeroEvery: 7
  })
  await bootstrapProject(emulator, files['rolegate.yml'])
  const deploy = inProcessDeploy(emulator, files)
  try {
    emulator.faults.configure({
      seed: 20261122,
      throttleProbability: 0.2,
      serverErrorProbability: 0.05,
      serverErrorStatus: 500,
      consistencyDelayMs: LAG_MS
    })
    emulator.calls.reset()
    const first = await deploy.run({ apply: { consistencyBackoffMs: 100 } })
    expect(first.report.plan?.failed).toBeUndefined()
    expect(first.exitCode).toBe(0)

    // The faults did happen, and the lag was met and waited out.
    const faults = emulator.calls.records().filter(call => call.fault)
    expect(faults.filter(call => call.fault === 'throttle').length).toBeGreaterThan(30)
    expect(faults.filter(call => call.fault === 'server-error').length).toBeGreaterThanOrEqual(3)
    const invalidPrincipal = emulator.calls
      .records({ action: 'CreateRole' })
      .filter(call => call.errorCode === 'MalformedPolicyDocument')
    expect(invalidPrincipal.length).toBeGreaterThan(0)

    // Once IAM has caught up (the lag is over), the live account is exactly the definitions...
    emulator.clock.advance(LAG_MS)
    await expectMatchesDefinitions(emulator, deploy.workspace)

    // ...and a second deploy, under the same faults, has nothing to do.
    emulator.calls.reset()
    const second = await deploy.run({ apply: { consistencyBackoffMs: 100 } })
    expect(second.exitCode).toBe(0)
    expect(second.plan?.operations).toEqual([])
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  } finally {
    deploy.dispose()
  }
  // ~15-20 s: the SDK's own backoff for ~60 throttled calls (500 ms base), in real time.
}, 90_000)

it('roles whose trust names a role created in the same run deploy whatever the definition order', async () => {
  // svc-000 ... svc-004 trust svc-005, which comes last: more dependents than the applier has workers.
  const options = { roles: 6, project: 'order' }
  const files = generatedProject(options)
  for (let index = 0; index < 5; index++) {
    files[`iam/roles/svc-00${index}.yml`] = roleDefinition(index, options)
      .replace(
        '{ Service: ecs-tasks.amazonaws.com }',
        '{ AWS: "arn:{partition}:iam::{account}:role/{project}-{environment}-svc-005" }'
      )
      .replace('\n      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }', '')
  }
  emulator.faults.reset()
  await resetAccount(emulator, DEV_ACCOUNT, files['rolegate.yml'])
  const deploy = inProcessDeploy(emulator, files)
  try {
    emulator.faults.configure({ consistencyDelayMs: 500 })
    emulator.calls.reset()
    const outcome = await deploy.run({ apply: { consistencyBackoffMs: 100 } })
    expect(outcome.report.plan?.failed).toBeUndefined()
    expect(outcome.exitCode).toBe(0)
    // The trusted role is created first; its dependents waited out the lag.
    expect(outcome.plan?.operations.find(operation => operation.kind === 'CreateRole')).toMatchObject({
      roleName: 'order-dev-svc-005'
    })
    expect(emulator.calls.count({ action: 'CreateRole', succeeded: false })).toBeGreaterThan(0)
    emulator.clock.advance(500)
    await expectMatchesDefinitions(emulator, deploy.workspace)
  } finally {
    deploy.dispose()
  }
})
