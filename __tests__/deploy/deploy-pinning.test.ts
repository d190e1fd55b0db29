/**
 * What a deploy applies is what was reviewed, end to end through the bundled action and CLI
 * against the emulator:
 * - a definition file that fails to load stops plan/deploy/drift, whatever fail-on and prune say;
 * - `plan` publishes a digest of its operations, and `deploy` with `plan-digest` applies only when
 *   the plan recomputed against live IAM has that digest.
 */
import { IAMClient, UpdateRoleCommand } from '@aws-sdk/client-iam'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Emulator, runAction, type RunOptions, type RunResult } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  DEV_ACCOUNT,
  generatedProject,
  REPOSITORY,
  type GeneratedOptions,
  cliAsAdmin
} from '../support/deploy-project.js'

const [OWNER, REPO] = REPOSITORY.split('/')
const PROJECT: GeneratedOptions = { roles: 3, managedPolicyEvery: 2 }
const FILES = generatedProject(PROJECT)
const physical = (index: number) => `fleet-dev-svc-${String(index).padStart(3, '0')}`

let emulator: Emulator
let admin: IAMClient

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, FILES['rolegate.yml'], ['dev'])
  admin = new IAMClient(emulator.iamClientConfig(DEV_ACCOUNT))
})

afterAll(async () => {
  admin?.destroy()
  await emulator?.stop()
})

beforeEach(() => emulator.calls.reset())

function action(inputs: RunOptions['inputs'], files = FILES): Promise<RunResult> {
  return runAction(emulator, {
    files,
    inputs: { environment: 'dev', ...inputs },
    job: { owner: OWNER, repo: REPO, environment: 'dev', eventName: 'push', idTokenWrite: true }
  })
}

const cli = (args: string[], files = FILES): Promise<RunResult> => cliAsAdmin(emulator, args, files)

/** The step's failure message (`::error::` without a file: not an annotation). */
function failure(result: RunResult): string {
  return result.commands
    .filter(command => command.command === 'error' && command.properties.file === undefined)
    .map(command => command.message)
    .join('\n')
}

const mutating = () => emulator.calls.count({ service: 'iam', mutating: true })

describe('a definition file that fails to load stops the deploy, whatever fail-on and prune say', () => {
  beforeAll(async () => {
    const first = await action({ command: 'deploy' })
    expect(failure(first)).toBe('')
    expect(emulator.account(DEV_ACCOUNT).state.roles.has(physical(1))).toBe(true)
  })

  const unparsable = {
    ...FILES,
    'iam/roles/svc-001.yml': 'kind: Role\nname: svc-001\ntrust: {Statement: [\n'
  }
  const invalid = {
    ...FILES,
    'iam/roles/svc-001.yml': FILES['iam/roles/svc-001.yml'].replace('trust:', 'trsut:')
  }

  it.each([
    ['does not parse', unparsable],
    ['does not follow the schema', invalid]
  ])('refuses when a file %s: no AWS call, nothing deleted', async (_, files) => {
    for (const command of ['deploy', 'plan', 'drift']) {
      emulator.calls.reset()
      const result = await action({ command, prune: true, 'fail-on': 'never' }, files)
      expect(result.exitCode).toBe(1)
      expect(failure(result)).toMatch(
        new RegExp(
          `^refusing to ${command} dev: 1 definition file\\(s\\) failed to load, so RoleGate cannot tell what the definitions are and changes nothing, whatever fail-on, prune and the rules' severities say\\. iam/roles/svc-001\\.yml:\\d+:\\d+: `
        )
      )
      expect(failure(result)).toContain('Fix them ("rolegate validate" shows every problem)')
      // Unknown changes: the outputs a workflow gates on say the worst case.
      expect([result.outputs.changed, result.outputs.broadening]).toEqual(['true', 'true'])
      // The job summary a reader opens says why, too (was empty: no plan, no summary).
      expect(result.summary).toMatch(
        new RegExp(`^> ⛔ refusing to ${command} dev: 1 definition file\\(s\\) failed to load`)
      )
      expect(emulator.calls.count()).toBe(0)
    }
    expect(emulator.account(DEV_ACCOUNT).state.roles.has(physical(1))).toBe(true)
  })

  it('refuses also when rolegate.yml turns the schema rule off', async () => {
    const config = FILES['rolegate.yml'].replace('environments:', 'rules: { schema: off }\nenvironments:')
    const result = await action(
      { command: 'deploy', prune: true, 'fail-on': 'never' },
      { ...unparsable, 'rolegate.yml': config }
    )
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain('refusing to deploy dev: 1 definition file(s) failed to load')
    expect(emulator.calls.count()).toBe(0)
  })

  it('refuses when the definitions globs match no file, instead of pruning everything', async () => {
    const config = FILES['rolegate.yml'].replace(
      'definitions: ["iam/**/*.yml"]',
      'definitions: ["roles/**/*.yml"]'
    )
    const result = await action(
      { command: 'deploy', prune: true, 'fail-on': 'never' },
      { ...FILES, 'rolegate.yml': config }
    )
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain(
      'refusing to deploy dev: no definition file matches the definitions globs of rolegate.yml (rolegate.yml:3:'
    )
    expect(emulator.calls.count()).toBe(0)
    expect(emulator.account(DEV_ACCOUNT).state.roles.has(physical(0))).toBe(true)
  })

  it('refuses in the CLI too: exit 1, no AWS call', async () => {
    const result = await cli(['deploy', '--env', 'dev', '--prune', '--fail-on', 'never'], unparsable)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('rolegate: refusing to deploy dev: 1 definition file(s) failed to load')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(emulator.calls.count()).toBe(0)
    expect(emulator.account(DEV_ACCOUNT).state.roles.has(physical(1))).toBe(true)
  })

  it.each([
    ['0 bytes', ''],
    ['only comments', '# retired\n'],
    ['an empty JSON list', '[]\n']
  ])('refuses a file emptied to %s (an accident looks like a removal): nothing deleted', async (_, text) => {
    const emptied = { ...FILES, 'iam/roles/svc-002.yml': text }
    const result = await action({ command: 'deploy', prune: true, 'fail-on': 'never' }, emptied)
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain(
      `refusing to deploy dev: 1 definition file(s) failed to load, so RoleGate cannot tell what the definitions are and changes nothing, whatever fail-on, prune and the rules' severities say. iam/roles/svc-002.yml:1:1: file has no definitions; an empty file is refused because its roles would look removed (and be deleted by a deploy with prune): put the definitions back, or delete the file to remove its roles`
    )
    expect(emulator.calls.count()).toBe(0)
    expect(emulator.account(DEV_ACCOUNT).state.roles.has(physical(2))).toBe(true)
  })

  it('refuses when a folder the globs reach into is not read (linked out of the repository): nothing deleted', async () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'rolegate-linked-'))
    try {
      const workspace = path.join(temp, 'workspace')
      const outside = path.join(temp, 'outside')
      mkdirSync(path.join(workspace, 'iam'), { recursive: true })
      mkdirSync(outside)
      writeFileSync(path.join(outside, 'svc-002.yml'), FILES['iam/roles/svc-002.yml'])
      symlinkSync(outside, path.join(workspace, 'iam', 'moved'))
      const files = Object.fromEntries(
        Object.entries(FILES).filter(([file]) => file !== 'iam/roles/svc-002.yml')
      )
      const result = await runAction(emulator, {
        files,
        workspace,
        inputs: { environment: 'dev', command: 'deploy', prune: true, 'fail-on': 'never' },
        job: { owner: OWNER, repo: REPO, environment: 'dev', eventName: 'push', idTokenWrite: true }
      })
      expect(result.exitCode).toBe(1)
      expect(failure(result)).toContain(
        `refusing to deploy dev: 1 folder(s) the definitions globs reach into were not read, so RoleGate cannot tell what the definitions are and changes nothing, whatever fail-on, prune and the rules' severities say. iam/moved:1:1: iam/moved is a symbolic link to the folder ${realpathSync(outside)}, outside the workspace; its files are not read, though the definitions glob "iam/**/*.yml" reaches into it`
      )
      expect(emulator.calls.count()).toBe(0)
      expect(emulator.account(DEV_ACCOUNT).state.roles.has(physical(2))).toBe(true)
    } finally {
      rmSync(temp, { recursive: true, force: true })
    }
  })

  it('a deleted file is a deliberate removal: with prune its role is deleted', async () => {
    const deleted = Object.fromEntries(
      Object.entries(FILES).filter(([file]) => file !== 'iam/roles/svc-002.yml')
    )
    const result = await action({ command: 'deploy', prune: true }, deleted)
    expect(failure(result)).toBe('')
    expect(emulator.account(DEV_ACCOUNT).state.roles.has(physical(2))).toBe(false)
    // Put it back for the tests below.
    expect((await action({ command: 'deploy' })).exitCode).toBe(0)
  })
})

describe('plan pinning', () => {
  const changed: Record<string, string> = {
    ...FILES,
    'iam/roles/svc-000.yml': FILES['iam/roles/svc-000.yml'].replace(
      'description: Generated task role 000',
      'description: Generated task role 000, reviewed'
    )
  }

  it('plan publishes a digest; deploy with it applies exactly that plan', async () => {
    const plan = await action({ command: 'plan' }, changed)
    expect(failure(plan)).toBe('')
    const digest = plan.outputs['plan-digest']
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(plan.summary).toContain(`Plan digest: \`${digest}\``)
    expect(plan.outputs['plan-file']).toMatch(/rolegate-plan-dev-__rolegate\.json$/)
    expect(mutating()).toBe(0)

    emulator.calls.reset()
    const deployed = await action({ command: 'deploy', 'plan-digest': digest }, changed)
    expect(failure(deployed)).toBe('')
    expect(deployed.exitCode).toBe(0)
    expect(deployed.outputs['plan-digest']).toBe(digest)
    expect(emulator.calls.byAction({ mutating: true, succeeded: true })).toEqual({ UpdateRole: 1 })
    // The log: the live read announced, the plan before the apply, operations in groups, n/total.
    const log = deployed.stdout
    const expected = [
      'Reading live IAM of dev (account 111111111111)',
      'Live IAM read: ',
      `Plan for dev: 1 operation(s), 0 conflict(s), 0 orphan(s); digest ${digest}`,
      '::group::Plan: 1 operation(s)',
      `1/1 update description/max session of ${physical(0)}`,
      '::endgroup::',
      '::group::Applying 1 operation(s) to dev',
      `[1/1] applied: update description/max session of ${physical(0)}`,
      '::endgroup::',
      'Applied 1/1 operation(s) to dev.',
      '::group::RoleGate deploy report (also in the job summary)'
    ]
    // Each line found after the one before it.
    let cursor = 0
    for (const line of expected) {
      const at = log.indexOf(line, cursor)
      expect({ line, found: at >= 0 }).toEqual({ line, found: true })
      cursor = at + line.length
    }
  })

  it('refuses when live IAM changed since the plan, and changes nothing', async () => {
    const plan = await action({ command: 'plan' }, changed)
    const digest = plan.outputs['plan-digest']
    // Someone edits the role in the console between review and deploy.
    await admin.send(new UpdateRoleCommand({ RoleName: physical(1), Description: 'edited by hand' }))
    emulator.calls.reset()
    const result = await action({ command: 'deploy', 'plan-digest': digest }, changed)
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain(
      'refusing to deploy dev: live IAM or the definitions changed since the plan was reviewed'
    )
    expect(failure(result)).toContain(`plan-digest is ${digest}`)
    expect(result.summary).toMatch(/^> ⛔ refusing to deploy dev: live IAM or the definitions changed/)
    expect(mutating()).toBe(0)
  })

  it('refuses when the definitions changed since the plan', async () => {
    const plan = await action({ command: 'plan' }, changed)
    const moreChanged = {
      ...changed,
      'iam/roles/svc-002.yml': changed['iam/roles/svc-002.yml'].replace('s3:PutObject', 's3:DeleteObject')
    }
    emulator.calls.reset()
    const result = await action(
      { command: 'deploy', 'plan-digest': plan.outputs['plan-digest'] },
      moreChanged
    )
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain('live IAM or the definitions changed since the plan was reviewed')
    expect(mutating()).toBe(0)
  })

  it('the CLI pins the same way: plan prints the digest, deploy --plan-digest checks it', async () => {
    const planPath = path.join(mkdtempSync(path.join(tmpdir(), 'rolegate-plan-')), 'plan.json')
    const plan = await cli(['plan', '--env', 'dev', '--plan-file', planPath], changed)
    expect(plan.exitCode).toBe(0)
    const digest = /Plan digest: (sha256:[0-9a-f]{64})/.exec(plan.stdout)?.[1]
    expect(digest).toBeDefined()
    const written = JSON.parse(readFileSync(planPath, 'utf8')) as { digest: string; operations: unknown[] }
    expect(written.digest).toBe(digest)
    expect(written.operations).toHaveLength(1)
    rmSync(path.dirname(planPath), { recursive: true, force: true })
    await admin.send(new UpdateRoleCommand({ RoleName: physical(2), Description: 'edited again' }))
    emulator.calls.reset()
    const refused = await cli(['deploy', '--env', 'dev', '--plan-digest', digest!], changed)
    expect(refused.exitCode).toBe(1)
    expect(refused.stderr).toContain('live IAM or the definitions changed since the plan was reviewed')
    expect(mutating()).toBe(0)

    const again = await cli(['plan', '--env', 'dev'], changed)
    const current = /Plan digest: (sha256:[0-9a-f]{64})/.exec(again.stdout)![1]
    const deployed = await cli(['deploy', '--env', 'dev', '--plan-digest', current], changed)
    expect(deployed.stderr).not.toContain('refusing')
    expect(deployed.exitCode).toBe(0)
  })

  it('a plan-digest that is not a digest is a usage error naming the input', async () => {
    const result = await action({ command: 'deploy', 'plan-digest': 'abc' })
    expect(result.exitCode).toBe(2)
    expect(failure(result)).toBe(
      'input "plan-digest" must be the "plan-digest" output of a plan step (sha256: and 64 hex digits); got "abc"'
    )
    expect(emulator.calls.count()).toBe(0)
  })
})
