/**
 * A definition renamed past the globs (`iam/roles/svc-002.yml` → `.yaml` under `iam/**\/*.yml`) is
 * not read, so its role looks removed. A prune must not delete it: plan, deploy and the action
 * refuse with a conflict naming the file, and nothing is changed. The bundled CLI and action against
 * the emulator.
 */
import { Emulator, runAction, type RunResult } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  cliAsAdmin,
  DEV_ACCOUNT,
  generatedProject,
  REPOSITORY
} from '../support/deploy-project.js'

const DEPLOYED = generatedProject({ roles: 3 })
const renamed = (files: Record<string, string>, from: string, to: string) =>
  Object.fromEntries(Object.entries(files).map(([file, text]) => [file === from ? to : file, text]))
const RENAMED = renamed(DEPLOYED, 'iam/roles/svc-002.yml', 'iam/roles/svc-002.yaml')

interface PlanJson {
  plan: {
    orphans: string[]
    operations: { kind: string; description: string }[]
    conflicts: { kind: string; resource: string; reason: string }[]
  }
}

let emulator: Emulator

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, DEPLOYED['rolegate.yml'], ['dev'])
  expect((await cliAsAdmin(emulator, ['deploy', '--env', 'dev'], DEPLOYED)).exitCode).toBe(0)
})

afterAll(async () => {
  await emulator?.stop()
})

const roles = () =>
  [...emulator.account(DEV_ACCOUNT).state.roles.keys()].filter(name => /-svc-/.test(name)).sort()
const ALL_ROLES = ['fleet-dev-svc-000', 'fleet-dev-svc-001', 'fleet-dev-svc-002']
const plan = async (files: Record<string, string>): Promise<{ result: RunResult; report: PlanJson }> => {
  const result = await cliAsAdmin(emulator, ['plan', '--env', 'dev', '--prune', '--format', 'json'], files)
  return { result, report: JSON.parse(result.stdout) as PlanJson }
}

describe('prune and a definition no glob reads', () => {
  it('plan --prune refuses to delete the role the renamed file defines, naming the file', async () => {
    const { result, report } = await plan(RENAMED)
    expect(result.exitCode).toBe(1)
    expect(report.plan.orphans).toEqual(['role fleet-dev-svc-002'])
    expect(report.plan.conflicts).toEqual([
      {
        kind: 'unread-definition',
        resource: 'role fleet-dev-svc-002',
        reason: expect.stringMatching(
          /^iam\/roles\/svc-002\.yaml defines it, but no definitions glob in rolegate\.yml reads that file, so the role only looks removed; rename or move iam\/roles\/svc-002\.yaml where a glob reads it/
        )
      }
    ])
    expect(report.plan.operations.map(operation => operation.kind)).not.toContain('DeleteRole')
  })

  it('deploy --prune changes nothing, and says why', async () => {
    emulator.calls.reset()
    const result = await cliAsAdmin(emulator, ['deploy', '--env', 'dev', '--prune'], RENAMED)
    expect(result.exitCode).toBe(1)
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
    expect(result.stdout + result.stderr).toContain(
      '! role fleet-dev-svc-002: iam/roles/svc-002.yaml defines it, but no definitions glob in rolegate.yml reads that file'
    )
    expect(result.stderr).toContain('refusing to deploy: 1 conflict(s) to resolve first')
    expect(roles()).toEqual(ALL_ROLES)
  })

  it('the action (dist/index.js, every action.yml default) with prune changes nothing either', async () => {
    emulator.calls.reset()
    const [owner, repo] = REPOSITORY.split('/')
    const result = await runAction(emulator, {
      files: RENAMED,
      inputs: { command: 'deploy', environment: 'dev', prune: true },
      job: { owner, repo, environment: 'dev', eventName: 'push', idTokenWrite: true }
    })
    expect(result.exitCode).toBe(1)
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
    expect(roles()).toEqual(ALL_ROLES)
  })

  it('two unread files defining the role: the action (every action.yml default) names both and changes nothing', async () => {
    emulator.calls.reset()
    const [owner, repo] = REPOSITORY.split('/')
    const twice = { ...RENAMED, 'iam/old/svc-002.yaml': RENAMED['iam/roles/svc-002.yaml'] }
    const result = await runAction(emulator, {
      files: twice,
      inputs: { command: 'deploy', environment: 'dev', prune: true },
      job: { owner, repo, environment: 'dev', eventName: 'push', idTokenWrite: true }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout + result.stderr).toContain(
      'iam/roles/svc-002.yaml and iam/old/svc-002.yaml define it, but no definitions glob in rolegate.yml reads those files, so the role only looks removed; keep one'
    )
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
    expect(roles()).toEqual(ALL_ROLES)
  })

  it('a file that looks like a role definition but does not load stops every role prune: it may define any', async () => {
    const broken = {
      ...RENAMED,
      'iam/roles/svc-002.yaml': `${RENAMED['iam/roles/svc-002.yaml']}unknownKey: 1\n`
    }
    const { result, report } = await plan(broken)
    expect(result.exitCode).toBe(1)
    expect(report.plan.conflicts).toEqual([
      expect.objectContaining({
        kind: 'unread-definition',
        resource: 'role fleet-dev-svc-002',
        reason: expect.stringContaining(
          'iam/roles/svc-002.yaml, which no definitions glob in rolegate.yml reads, looks like a role definition but does not load'
        )
      })
    ])
  })

  it('a file that defines another name does not stop the prune of a role nobody defines', async () => {
    const other = { ...RENAMED }
    delete other['iam/roles/svc-001.yml']
    const { result, report } = await plan(other)
    expect(result.exitCode).toBe(1)
    expect(report.plan.orphans.sort()).toEqual(['role fleet-dev-svc-001', 'role fleet-dev-svc-002'])
    // svc-001's file is gone: it is deleted; svc-002's is only unread: refused.
    expect(report.plan.conflicts.map(conflict => conflict.resource)).toEqual(['role fleet-dev-svc-002'])
    expect(report.plan.operations).toContainEqual({
      kind: 'DeleteRole',
      description: 'delete role fleet-dev-svc-001'
    })
  })

  it('once the file is read again, the plan is a no-op; removed for good, it is pruned', async () => {
    const back = await plan(DEPLOYED)
    expect(back.result.exitCode).toBe(0)
    expect(back.report.plan.operations).toEqual([])
    const gone = { ...RENAMED }
    delete gone['iam/roles/svc-002.yaml']
    emulator.calls.reset()
    const result = await cliAsAdmin(emulator, ['deploy', '--env', 'dev', '--prune'], gone)
    expect(result.exitCode).toBe(0)
    expect(emulator.calls.byAction({ mutating: true, succeeded: true }).DeleteRole).toBe(1)
    expect(roles()).toEqual(ALL_ROLES.slice(0, 2))
  })
})
