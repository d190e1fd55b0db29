/**
 * Two rolegate.yml in one repository, deploying to one account: both tag what they create with the
 * repository, so the tag alone cannot say whose a role is. Prune in one project deletes only what
 * its own name prefix covers; the other project's roles are never touched. The bundled CLI with the
 * account's admin keys (what ambient admin credentials would allow) against the emulator.
 */
import { Emulator, runAction, type RunResult } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  cliAsAdmin,
  DEV_ACCOUNT,
  generatedProject,
  projectConfig,
  REPOSITORY
} from '../support/deploy-project.js'

const FLEET = generatedProject({ roles: 3 })
const BILLING = Object.fromEntries(
  Object.entries({ ...generatedProject({ roles: 2 }), 'rolegate.yml': projectConfig('billing') }).map(
    ([file, text]) => [`billing/${file}`, text]
  )
)
const FILES = { ...FLEET, ...BILLING }
const WITHOUT_FLEET_ROLE_2 = Object.fromEntries(
  Object.entries(FILES).filter(([file]) => file !== 'iam/roles/svc-002.yml')
)

let emulator: Emulator

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, FLEET['rolegate.yml'], ['dev'])
})

afterAll(async () => {
  await emulator?.stop()
})

const cli = (args: string[], files = FILES): Promise<RunResult> => cliAsAdmin(emulator, args, files)
const roles = () => [...emulator.account(DEV_ACCOUNT).state.roles.keys()].filter(name => /-svc-/.test(name))
const output = (result: RunResult) => result.stdout + result.stderr

describe('two rolegate.yml of one repository in one account', () => {
  beforeAll(async () => {
    expect((await cli(['deploy', '--env', 'dev', '--config', 'billing/rolegate.yml'])).exitCode).toBe(0)
    expect((await cli(['deploy', '--env', 'dev'])).exitCode).toBe(0)
    expect(roles().sort()).toEqual([
      'billing-dev-svc-000',
      'billing-dev-svc-001',
      'fleet-dev-svc-000',
      'fleet-dev-svc-001',
      'fleet-dev-svc-002'
    ])
  })

  it("the action (dist/index.js, every action.yml default) deploying one project with prune leaves the other's roles alone", async () => {
    emulator.calls.reset()
    const [owner, repo] = REPOSITORY.split('/')
    const result = await runAction(emulator, {
      files: FILES,
      inputs: { command: 'deploy', environment: 'dev', config: 'billing/rolegate.yml', prune: true },
      job: { owner, repo, environment: 'dev', eventName: 'push', idTokenWrite: true }
    })
    expect(result.exitCode).toBe(0)
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
    expect(result.stdout).toContain(
      'outside the name prefix of every environment of this rolegate.yml, so never changed or pruned here: role fleet-dev-svc-000, role fleet-dev-svc-001, role fleet-dev-svc-002'
    )
    expect(roles()).toHaveLength(5)
  })

  it("a plan with prune lists only the project's own removed role as an orphan", async () => {
    const plan = await cli(['plan', '--env', 'dev', '--prune', '--format', 'json'], WITHOUT_FLEET_ROLE_2)
    expect(plan.exitCode).toBe(0)
    const report = JSON.parse(plan.stdout) as { plan: { orphans: string[] } }
    expect(report.plan.orphans).toEqual(['role fleet-dev-svc-002'])
  })

  it("deploy with prune deletes that role and leaves the other project's roles alone, saying why", async () => {
    emulator.calls.reset()
    const result = await cli(['deploy', '--env', 'dev', '--prune'], WITHOUT_FLEET_ROLE_2)
    expect(result.exitCode).toBe(0)
    expect(emulator.calls.byAction({ mutating: true, succeeded: true }).DeleteRole).toBe(1)
    expect(roles().sort()).toEqual([
      'billing-dev-svc-000',
      'billing-dev-svc-001',
      'fleet-dev-svc-000',
      'fleet-dev-svc-001'
    ])
    expect(output(result)).toContain(
      'but outside the name prefix of every environment of this rolegate.yml, so never changed or pruned here: role billing-dev-svc-000, role billing-dev-svc-001. Another rolegate.yml of the repository (same ownership tag) may define them'
    )
    // The other project sees nothing to do: its roles are as it deployed them.
    const billing = await cli(['drift', '--env', 'dev', '--config', 'billing/rolegate.yml'])
    expect(billing.exitCode).toBe(0)
  })

  it("drift with prune in one project is not failed forever by the other project's roles", async () => {
    const drift = await cli(['drift', '--env', 'dev', '--prune', '--format', 'json'], WITHOUT_FLEET_ROLE_2)
    expect(drift.exitCode).toBe(0)
    const report = JSON.parse(drift.stdout) as { plan: { drift: unknown[]; orphans: string[] } }
    expect(report.plan.drift).toEqual([])
    expect(report.plan.orphans).toEqual([])
  })
})
