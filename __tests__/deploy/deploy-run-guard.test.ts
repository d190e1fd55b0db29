/**
 * Where deploy may run from, end to end: the bundled action run as the runner runs it (every input
 * at action.yml's default unless set), against the emulated AWS and GitHub. Only an allowed event
 * (push, workflow_dispatch, schedule by default) from an allowed ref (the default branch by
 * default) deploys; the job's OIDC token must tell the same story as the runner's environment.
 * Every refusal is checked on the message and on the emulator's call log.
 */
import {
  Emulator,
  runAction,
  type JobOptions,
  type RunOptions,
  type RunResult
} from '../../test/emulator/index.js'
import {
  bootstrapProject,
  generatedProject,
  projectConfig,
  REPOSITORY,
  type GeneratedOptions
} from '../support/deploy-project.js'

const [OWNER, REPO] = REPOSITORY.split('/')
const PROJECT: GeneratedOptions = { roles: 2 }
const FILES = generatedProject(PROJECT)

let emulator: Emulator

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, FILES['rolegate.yml'], ['dev', 'prod'])
})

afterAll(async () => {
  await emulator?.stop()
})

beforeEach(() => emulator.calls.reset())

function deploy(options: Omit<RunOptions, 'job'> & { job?: Partial<JobOptions> } = {}) {
  return runAction(emulator, {
    ...options,
    files: options.files ?? FILES,
    inputs: { command: 'deploy', environment: 'dev', ...options.inputs },
    job: {
      owner: OWNER,
      repo: REPO,
      environment: 'dev',
      eventName: 'push',
      idTokenWrite: true,
      ...options.job
    }
  })
}

function failure(result: RunResult): string {
  return result.commands
    .filter(command => command.command === 'error')
    .map(command => command.message)
    .join('\n')
}

/** Refused before any token or AWS call. */
function expectRefusedEarly(result: RunResult, tokensBefore: number): void {
  expect(result.exitCode).toBe(1)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  expect(emulator.calls.count()).toBe(0)
  expect(emulator.oidc.issued.length).toBe(tokensBefore)
}

describe('refs: only the default branch deploys unless deploy.refs says otherwise', () => {
  it('refuses a push to a feature branch, naming the ref and the setting', async () => {
    const tokens = emulator.oidc.issued.length
    const result = await deploy({ job: { ref: 'refs/heads/feature' } })
    expectRefusedEarly(result, tokens)
    expect(failure(result)).toContain(
      "refusing to deploy from refs/heads/feature (push event): deploy runs only from refs/heads/main, the repository's default branch (set deploy.refs in rolegate.yml to allow other refs)"
    )
  })

  it('refuses workflow_dispatch from a ref that is not the default branch', async () => {
    const tokens = emulator.oidc.issued.length
    const result = await deploy({ job: { eventName: 'workflow_dispatch', ref: 'refs/heads/hotfix' } })
    expectRefusedEarly(result, tokens)
    expect(failure(result)).toContain('refusing to deploy from refs/heads/hotfix (workflow_dispatch event)')
  })

  it('takes the default branch from the event payload, not a guess', async () => {
    const tokens = emulator.oidc.issued.length
    const result = await deploy({
      job: { ref: 'refs/heads/main' },
      eventPayload: { ref: 'refs/heads/main', repository: { full_name: REPOSITORY, default_branch: 'trunk' } }
    })
    expectRefusedEarly(result, tokens)
    expect(failure(result)).toContain('deploy runs only from refs/heads/trunk')
  })

  it('refuses a tag push that deploy.refs does not list, and deploys one it lists', async () => {
    const tag = { ref: 'refs/tags/v1.2.0' }
    const tokens = emulator.oidc.issued.length
    const refused = await deploy({ job: tag })
    expectRefusedEarly(refused, tokens)
    expect(failure(refused)).toContain('refusing to deploy from refs/tags/v1.2.0 (push event)')

    const releases = projectConfig('fleet', 'deploy:\n  refs: [refs/heads/main, "refs/tags/v*"]')
    const onlyReleases = { ...FILES, 'rolegate.yml': releases }
    const other = await deploy({ files: onlyReleases, job: { ref: 'refs/tags/nightly' } })
    expect(other.exitCode).toBe(1)
    expect(failure(other)).toContain(
      'deploy runs only from refs/heads/main, refs/tags/v*, rolegate.yml deploy.refs'
    )
    expect(emulator.calls.count()).toBe(0)

    const deployed = await deploy({ files: onlyReleases, job: tag })
    expect(failure(deployed)).toBe('')
    expect(deployed.exitCode).toBe(0)
    expect(emulator.calls.count({ service: 'iam', mutating: true, succeeded: true })).toBeGreaterThan(0)
  })

  it('deploys from a schedule, whose payload names no repository: GitHub runs it on the default branch', async () => {
    const result = await deploy({ job: { eventName: 'schedule' }, eventPayload: { schedule: '17 6 * * *' } })
    expect(failure(result)).toBe('')
    expect(result.exitCode).toBe(0)
  })
})

describe('events: only push, workflow_dispatch and schedule deploy unless deploy.events says otherwise', () => {
  it.each([
    ['issue_comment', 'a comment on a pull request runs on the default branch'],
    ['workflow_run', 'workflow_run runs with the default branch'],
    ['merge_group', 'a merge queue group is not merged yet'],
    ['repository_dispatch', 'run deploy from "push" to the default branch']
  ])('refuses a %s event before any token or AWS call', async (eventName, why) => {
    const tokens = emulator.oidc.issued.length
    const result = await deploy({ job: { eventName } })
    expectRefusedEarly(result, tokens)
    expect(failure(result)).toContain(
      `refusing to deploy on a ${eventName} event: RoleGate deploys only on push, workflow_dispatch, schedule`
    )
    expect(failure(result)).toContain(why)
  })

  it('refuses a run with an empty GITHUB_EVENT_NAME', async () => {
    const tokens = emulator.oidc.issued.length
    const result = await deploy({ env: { GITHUB_EVENT_NAME: '' } })
    expectRefusedEarly(result, tokens)
    expect(failure(result)).toContain(
      'refusing to deploy: this run names no GitHub event (GITHUB_EVENT_NAME is empty)'
    )
  })

  it('honours deploy.events in rolegate.yml', async () => {
    const pushOnly = { ...FILES, 'rolegate.yml': projectConfig('fleet', 'deploy:\n  events: [push]') }
    const tokens = emulator.oidc.issued.length
    const result = await deploy({ files: pushOnly, job: { eventName: 'workflow_dispatch' } })
    expectRefusedEarly(result, tokens)
    expect(failure(result)).toContain(
      'refusing to deploy on a workflow_dispatch event: RoleGate deploys only on push (rolegate.yml deploy.events)'
    )
  })

  it('rejects pull_request in deploy.events: rolegate.yml is invalid, nothing is read', async () => {
    const prToo = {
      ...FILES,
      'rolegate.yml': projectConfig('fleet', 'deploy:\n  events: [push, pull_request]')
    }
    const result = await deploy({ files: prToo, job: { eventName: 'push' } })
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain('RoleGate never deploys from them')
    expect(emulator.calls.count()).toBe(0)
  })
})

describe("the OIDC token's claims must describe this run", () => {
  // The runner's environment says "push to main"; the token GitHub issued to the job says otherwise.
  const pushToMain = {
    env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' },
    eventPayload: { ref: 'refs/heads/main', repository: { full_name: REPOSITORY, default_branch: 'main' } }
  }

  it('refuses a token for a pull request bound to prod (environment=prod, ref=refs/pull/7/merge)', async () => {
    const result = await deploy({
      ...pushToMain,
      inputs: { environment: 'prod' },
      job: { environment: 'prod', eventName: 'pull_request', ref: 'refs/pull/7/merge' }
    })
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain(
      `refusing to deploy: the job's OIDC token says event_name="pull_request", but this run says "push"`
    )
    // The token was fetched and read; nothing reached AWS.
    expect(emulator.calls.count()).toBe(0)
  })

  it('refuses a token whose ref is another branch than the run says', async () => {
    const result = await deploy({ ...pushToMain, job: { ref: 'refs/heads/feature' } })
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain(
      `the job's OIDC token says ref="refs/heads/feature", but this run says "refs/heads/main"`
    )
    expect(emulator.calls.count()).toBe(0)
  })

  it('refuses a token issued to another repository', async () => {
    const result = await deploy({
      ...pushToMain,
      env: { ...pushToMain.env, GITHUB_REPOSITORY: 'acme/other' }
    })
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain(
      `the job's OIDC token says repository="${REPOSITORY}", but this run says "acme/other"`
    )
    expect(emulator.calls.count()).toBe(0)
  })

  it('compares the environment name case-insensitively, as GitHub does', async () => {
    // A job bound to "PROD" is bound to prod: the guard lets it through to STS, whose trust decides.
    const result = await deploy({ inputs: { environment: 'prod' }, job: { environment: 'PROD' } })
    expect(failure(result)).not.toContain('refusing to deploy protected environment')
    expect(emulator.calls.byAction().AssumeRoleWithWebIdentity).toBe(1)
  })
})

describe('boolean inputs', () => {
  it.each([
    ['dry-run', 'yes'],
    ['prune', 'on']
  ])('%s: %s is a usage error: exit 2, one line naming the input', async (input, value) => {
    const result = await deploy({ inputs: { [input]: value } })
    expect(result.exitCode).toBe(2)
    const errors = result.commands.filter(command => command.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toBe(
      `input "${input}" must be true or false (YAML 1.2: true | True | TRUE | false | False | FALSE); got "${value}"`
    )
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(emulator.calls.count()).toBe(0)
  })
})
