/**
 * Two environments of one rolegate.yml in one AWS account: each deploy tags what it creates with the
 * same owner (the repository), so "owned and not defined in dev" must not make staging's roles dev's
 * orphans. Run with the bundled CLI (dist/cli/index.js) and the account's admin keys against the
 * emulator: prune in one environment deletes only what that environment created.
 */
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import { Emulator, runAction, type RunResult } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  DEV_ACCOUNT,
  generatedProject,
  REPOSITORY,
  STAGING_ACCOUNT,
  cliAsAdmin
} from '../support/deploy-project.js'

// staging moves into dev's account.
const FILES = generatedProject({ roles: 3, managedPolicyEvery: 2 })
FILES['rolegate.yml'] = FILES['rolegate.yml'].replaceAll(STAGING_ACCOUNT, DEV_ACCOUNT)
const WITHOUT_ROLE_2 = Object.fromEntries(
  Object.entries(FILES).filter(([file]) => file !== 'iam/roles/svc-002.yml')
)
const physical = (environment: string, index: number) =>
  `fleet-${environment}-svc-${String(index).padStart(3, '0')}`
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }
  ]
})

let emulator: Emulator

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, FILES['rolegate.yml'], ['dev'])
})

afterAll(async () => {
  await emulator?.stop()
})

const cli = (args: string[], files = FILES): Promise<RunResult> => cliAsAdmin(emulator, args, files)

/** What a person sees: the plan and the progress log (stderr). */
const output = (result: RunResult) => result.stdout + result.stderr
const roles = () => emulator.account(DEV_ACCOUNT).state.roles
const deleted = () => emulator.calls.byAction({ mutating: true, succeeded: true }).DeleteRole ?? 0

describe('environments sharing an account', () => {
  beforeAll(async () => {
    for (const environment of ['dev', 'staging']) {
      const result = await cli(['deploy', '--env', environment])
      expect(result.exitCode).toBe(0)
    }
    for (const environment of ['dev', 'staging'])
      for (const index of [0, 1, 2]) expect(roles().has(physical(environment, index))).toBe(true)
  })

  beforeEach(() => emulator.calls.reset())

  it("a plan with prune in dev lists none of staging's roles as orphans", async () => {
    const result = await cli(['plan', '--env', 'dev', '--prune'])
    expect(result.exitCode).toBe(0)
    expect(output(result)).not.toContain('DeleteRole')
    expect(output(result)).toContain('0 operation(s)')
    expect(output(result)).toContain(
      `left to them (never changed or pruned here): role ${physical('staging', 0)} (staging)`
    )
  })

  it('the action (dist/index.js, every action.yml default) deploying dev with prune leaves staging alone', async () => {
    const [owner, repo] = REPOSITORY.split('/')
    const result = await runAction(emulator, {
      files: FILES,
      inputs: { command: 'deploy', environment: 'dev', prune: true },
      job: { owner, repo, environment: 'dev', eventName: 'push', idTokenWrite: true }
    })
    expect(result.exitCode).toBe(0)
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
    for (const index of [0, 1, 2]) expect(roles().has(physical('staging', index))).toBe(true)
  })

  it("drift in dev does not report staging's roles", async () => {
    const result = await cli(['drift', '--env', 'dev', '--prune'])
    expect(result.exitCode).toBe(0)
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  })

  it('a removed definition is pruned only by the environment that created it', async () => {
    const dev = await cli(['deploy', '--env', 'dev', '--prune'], WITHOUT_ROLE_2)
    expect(dev.exitCode).toBe(0)
    expect(roles().has(physical('dev', 2))).toBe(false)
    // staging's copy is defined nowhere now, but its name says whose it is: staging's deploy prunes it.
    expect(roles().has(physical('staging', 2))).toBe(true)
    expect(deleted()).toBe(1)
    expect(output(dev)).toContain(`role ${physical('staging', 2)} (staging)`)
    emulator.calls.reset()
    const staging = await cli(['deploy', '--env', 'staging', '--prune'], WITHOUT_ROLE_2)
    expect(staging.exitCode).toBe(0)
    expect(roles().has(physical('staging', 2))).toBe(false)
    expect(deleted()).toBe(1)
    for (const environment of ['dev', 'staging'])
      for (const index of [0, 1]) expect(roles().has(physical(environment, index))).toBe(true)
  })

  it('an owned role outside every environment prefix is never pruned nor drift, and the log says so', async () => {
    const admin = new IAMClient(emulator.iamClientConfig(DEV_ACCOUNT))
    try {
      await admin.send(
        new CreateRoleCommand({
          RoleName: 'legacy-worker',
          AssumeRolePolicyDocument: TRUST,
          Tags: [{ Key: 'rolegate:managed-by', Value: REPOSITORY }]
        })
      )
    } finally {
      admin.destroy()
    }
    emulator.calls.reset()
    const result = await cli(['deploy', '--env', 'dev', '--prune'], WITHOUT_ROLE_2)
    expect(result.exitCode).toBe(0)
    expect(roles().has('legacy-worker')).toBe(true)
    expect(deleted()).toBe(0)
    expect(output(result)).toContain(
      'outside the name prefix of every environment of this rolegate.yml, so never changed or pruned here: role legacy-worker'
    )
    // Not this rolegate.yml's to judge (another project of the repository may define it): not drift.
    const drift = await cli(['drift', '--env', 'dev', '--prune', '--format', 'json'], WITHOUT_ROLE_2)
    expect(drift.exitCode).toBe(0)
    const report = JSON.parse(drift.stdout) as { plan: { drift: { resource: string; kind: string }[] } }
    expect(report.plan.drift.map(item => item.resource)).not.toContain('role legacy-worker')
    expect(roles().has('legacy-worker')).toBe(true)
  })
})

describe('environments sharing an account and a name', () => {
  // No {environment} in naming: dev and staging render the same role names in one account.
  const files = generatedProject({ roles: 2, project: 'solo' })
  files['rolegate.yml'] = files['rolegate.yml']
    .replaceAll(STAGING_ACCOUNT, DEV_ACCOUNT)
    .replace('definitions:', 'naming: "{project}-{name}"\ndefinitions:')

  it('refuses the deploy: each environment would overwrite the other, past its approvals', async () => {
    emulator.calls.reset()
    const result = await cli(['deploy', '--env', 'dev'], files)
    expect(result.exitCode).toBe(1)
    expect(output(result)).toContain(
      'role solo-svc-000: environment staging defines it too, in the same account 111111111111'
    )
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
    expect(roles().has('solo-svc-000')).toBe(false)
  })
})
