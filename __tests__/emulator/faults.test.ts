import { CreateRoleCommand, GetRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import { Emulator, faultsFromEnv } from '../../test/emulator/index.js'

const ACCOUNT = '777777777777'
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]
})

let emulator: Emulator

beforeEach(async () => {
  emulator = await Emulator.start({ accounts: [ACCOUNT] })
})

afterEach(async () => {
  await emulator.stop()
})

const client = (maxAttempts?: number) => new IAMClient({ ...emulator.iamClientConfig(ACCOUNT), maxAttempts })
const createRole = (iam: IAMClient, name: string) =>
  iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trust }))

describe('fault injection', () => {
  it("throttles with 'Rate exceeded' and the SDK's own retries recover", async () => {
    emulator.faults.configure({ seed: 7, throttleProbability: 0.4 })
    const iam = client(6)
    const succeeded: string[] = []
    for (let i = 0; i < 5; i++) {
      const result = await createRole(iam, `throttled-${i}`)
      succeeded.push(result.Role?.RoleName ?? '')
    }
    iam.destroy()
    expect(succeeded).toHaveLength(5)
    const calls = emulator.calls.records({ action: 'CreateRole' })
    const throttled = calls.filter(c => c.fault === 'throttle')
    expect(throttled.length).toBeGreaterThan(0)
    expect(throttled.every(c => c.status === 400 && c.errorCode === 'Throttling')).toBe(true)
    expect(emulator.calls.count({ action: 'CreateRole' })).toBeGreaterThan(succeeded.length)
    expect(emulator.calls.count({ action: 'CreateRole', succeeded: true })).toBe(5)
  })

  it('draws faults from a seeded PRNG, so a run is reproducible', async () => {
    const pattern = async () => {
      emulator.calls.reset()
      emulator.faults.reset()
      emulator.faults.configure({
        seed: 99,
        throttleProbability: 0.3,
        serverErrorProbability: 0.2,
        serverErrorStatus: 'mixed'
      })
      const iam = client(1)
      for (let i = 0; i < 12; i++)
        await iam.send(new GetRoleCommand({ RoleName: 'none' })).catch(() => undefined)
      iam.destroy()
      return emulator.calls.records().map(c => `${c.status}:${c.errorCode ?? ''}`)
    }
    const first = await pattern()
    expect(first).toEqual(await pattern())
    expect(first.some(s => s.startsWith('400:Throttling'))).toBe(true)
    expect(first.some(s => s.startsWith('5'))).toBe(true)
  })

  it('answers 5xx and the SDK retries them; latency is added per call', async () => {
    emulator.faults.configure({ seed: 3, serverErrorProbability: 0.5, serverErrorStatus: 503, latencyMs: 40 })
    const iam = client(8)
    const started = Date.now()
    await createRole(iam, 'flaky')
    expect(Date.now() - started).toBeGreaterThanOrEqual(40)
    iam.destroy()
    const statuses = emulator.calls.records({ action: 'CreateRole' }).map(c => c.status)
    expect(statuses[statuses.length - 1]).toBe(200)
  })

  it('throttles above a TPS budget', async () => {
    emulator.faults.configure({ tpsLimit: 3 })
    const iam = client(1)
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => iam.send(new GetRoleCommand({ RoleName: 'x' })))
    )
    iam.destroy()
    const throttled = results.filter(
      r => r.status === 'rejected' && (r.reason as Error).name === 'Throttling'
    )
    expect(throttled).toHaveLength(5)
  })

  it('crashes after the Nth mutating call: the client gets a connection error, state survives recover()', async () => {
    emulator.faults.configure({ crashAfterMutatingCalls: 2 })
    const iam = client(2)
    await createRole(iam, 'one')
    await iam.send(new GetRoleCommand({ RoleName: 'one' }))
    await createRole(iam, 'two')
    await expect(createRole(iam, 'three')).rejects.toMatchObject({
      message: expect.stringMatching(/ECONNREFUSED|ECONNRESET|socket hang up/)
    })
    expect(emulator.crashed).toBe(true)
    await emulator.recover()
    expect([...emulator.account(ACCOUNT).state.roles.keys()]).toEqual(['one', 'two'])
    await expect(createRole(iam, 'three')).resolves.toBeDefined()
    iam.destroy()
  })

  it('can lose the response of the mutation it crashes on (applied, but the client never hears)', async () => {
    emulator.faults.configure({ crashAfterMutatingCalls: 1, crashLosesResponse: true })
    const iam = client(1)
    await expect(createRole(iam, 'applied')).rejects.toMatchObject({
      message: expect.stringMatching(/socket hang up|ECONNRESET/)
    })
    await emulator.recover()
    await expect(iam.send(new GetRoleCommand({ RoleName: 'applied' }))).resolves.toBeDefined()
    iam.destroy()
  })

  it('reads the launcher fault settings from EMULATOR_* variables', () => {
    expect(
      faultsFromEnv({
        EMULATOR_SEED: '5',
        EMULATOR_THROTTLE_PROBABILITY: '0.25',
        EMULATOR_TPS_LIMIT: '10',
        EMULATOR_ERROR_PROBABILITY: '0.1',
        EMULATOR_ERROR_STATUS: 'mixed',
        EMULATOR_LATENCY_MS: '20',
        EMULATOR_CONSISTENCY_DELAY_MS: '1500',
        EMULATOR_CRASH_AFTER_MUTATIONS: '3',
        EMULATOR_FAULT_ACTIONS: 'CreateRole, PutRolePolicy'
      })
    ).toEqual({
      seed: 5,
      throttleProbability: 0.25,
      tpsLimit: 10,
      serverErrorProbability: 0.1,
      serverErrorStatus: 'mixed',
      latencyMs: 20,
      consistencyDelayMs: 1500,
      crashAfterMutatingCalls: 3,
      actions: ['CreateRole', 'PutRolePolicy']
    })
    expect(() => faultsFromEnv({ EMULATOR_TPS_LIMIT: 'lots' })).toThrow('EMULATOR_TPS_LIMIT must be a number')
  })

  it('counts every call by action and by mutating vs read', async () => {
    const iam = client()
    await createRole(iam, 'counted')
    await iam.send(new GetRoleCommand({ RoleName: 'counted' }))
    await iam.send(new GetRoleCommand({ RoleName: 'counted' }))
    iam.destroy()
    expect(emulator.calls.byAction()).toEqual({ CreateRole: 1, GetRole: 2 })
    expect(emulator.calls.mutating()).toBe(1)
    expect(emulator.calls.reads()).toBe(2)
    expect(emulator.calls.records()[0]).toMatchObject({ service: 'iam', accountId: ACCOUNT, status: 200 })
  })
})
