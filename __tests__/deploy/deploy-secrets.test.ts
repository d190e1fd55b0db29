/**
 * What the action prints (the bundled action, end to end): the job's OIDC token and the temporary
 * credentials STS issued never appear in the log except on `::add-mask::` lines (how the runner
 * learns what to mask; it never prints those lines), and the STS session name lets CloudTrail say
 * which repository's run did what.
 */
import { Emulator, runAction, type JobOptions, type RunResult } from '../../test/emulator/index.js'
import { bootstrapAccount } from '../support/deploy-fixtures.js'
import {
  bootstrapProject,
  DEV_ACCOUNT,
  generatedProject,
  projectConfig,
  REPOSITORY,
  roleDefinition
} from '../support/deploy-project.js'

const [OWNER, REPO] = REPOSITORY.split('/')
const FILES = generatedProject({ roles: 3, managedPolicyEvery: 2, instanceProfileEvery: 2 })

let emulator: Emulator

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, FILES['rolegate.yml'])
})

afterAll(async () => {
  await emulator?.stop()
})

function deploy(
  files: Record<string, string>,
  job: Partial<JobOptions> = {},
  command = 'deploy'
): Promise<RunResult> {
  return runAction(emulator, {
    files,
    inputs: { command, environment: 'dev', 'fail-on': 'never' },
    job: { owner: OWNER, repo: REPO, environment: 'dev', eventName: 'push', idTokenWrite: true, ...job }
  })
}

describe('secrets in the log', () => {
  it('never prints the OIDC token or the session credentials outside ::add-mask::, on success and on failure', async () => {
    const runs: RunResult[] = []
    const sessionsBefore = emulator.credentials.sessions().length
    const tokensBefore = emulator.oidc.issued.length
    runs.push(await deploy(FILES))
    runs.push(await deploy(FILES, {}, 'drift'))
    // A failure in the middle of apply: the deployer may not create a role without the boundary.
    const unbounded = {
      ...FILES,
      'iam/roles/svc-003.yml': `${roleDefinition(3, { roles: 4 })}permissionsBoundary: null\n`
    }
    runs.push(await deploy(unbounded))
    expect(runs.map(run => run.exitCode)).toEqual([0, 0, 1])
    expect(runs[2].commands.find(command => command.command === 'error')?.message).toContain('AccessDenied')

    const secrets = [
      ...emulator.credentials
        .sessions()
        .slice(sessionsBefore)
        .flatMap(session => [session.accessKeyId, session.secretAccessKey, session.sessionToken!]),
      ...emulator.oidc.issued.slice(tokensBefore).map(issued => issued.token)
    ]
    expect(secrets).toHaveLength(3 * 4)
    for (const run of runs) {
      const masked = run.commands
        .filter(command => command.command === 'add-mask')
        .map(command => command.message)
      const printed = `${run.stdout}\n${run.stderr}`
        .split(/\r?\n/)
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n')
      for (const secret of secrets) {
        expect({ secret, leaked: printed.includes(secret) }).toEqual({ secret, leaked: false })
        // Also kept out of what the step leaves behind (job summary, outputs).
        expect(run.summary.includes(secret) || JSON.stringify(run.outputs).includes(secret)).toBe(false)
      }
      // This run's own token and keys were all registered as secrets with the runner.
      const own = secrets.filter(secret => masked.includes(secret))
      expect(own).toHaveLength(4)
    }
  })
})

describe('STS session name', () => {
  const SESSION = /^[\w+=,.@-]{2,64}$/

  it('names the repository and the run, within 64 valid characters', async () => {
    const before = emulator.credentials.sessions().length
    const result = await deploy(FILES, { runId: 9876543210 }, 'plan')
    expect(result.exitCode).toBe(0)
    const [session] = emulator.credentials.sessions().slice(before)
    expect(session.identity).toMatchObject({
      kind: 'assumed-role',
      arn: `arn:aws:sts::${DEV_ACCOUNT}:assumed-role/rolegate-deployer/rolegate-acme-infra-run-9876543210`
    })
    const name = session.identity.arn.split('/').pop()!
    expect(name).toMatch(SESSION)
  })

  it('stays valid for the longest repository names GitHub allows, keeping the run id', async () => {
    const owner = 'a'.repeat(39)
    const repo = `Infra.${'x'.repeat(94)}`
    const account = '555555555555'
    const config = projectConfig().replaceAll(DEV_ACCOUNT, account)
    await bootstrapAccount(emulator, config, 'dev', `${owner}/${repo}`)
    const before = emulator.credentials.sessions().length
    const result = await deploy(
      { ...FILES, 'rolegate.yml': config },
      { owner, repo, runId: 12345678901 },
      'plan'
    )
    expect(result.exitCode).toBe(0)
    const [session] = emulator.credentials.sessions().slice(before)
    const name = session.identity.arn.split('/').pop()!
    expect(name).toMatch(SESSION)
    expect(name).toMatch(new RegExp(`^rolegate-${owner.slice(0, 10)}`))
    expect(name.endsWith('-run-12345678901')).toBe(true)
  })
})
