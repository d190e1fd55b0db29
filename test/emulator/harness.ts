import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ClientCredentials, Emulator } from './emulator.js'
import { resolveJob, type JobContext, type ResolvedJob } from './github/job.js'
import type { RecordedRequest } from './github/rest-server.js'
import type { PullRequestSpec } from './github/rest-state.js'
import { actionInputDefaults, evaluateExpressions, inputEnvName } from './harness/action-defaults.js'
import { eventPayload } from './harness/event.js'
import { parseKeyValueFile, parseWorkflowCommands, type WorkflowCommand } from './harness/outputs.js'
import { runProcess } from './harness/process.js'

/** The repository root (where dist/ and action.yml live). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface JobOptions extends JobContext {
  /** `permissions: id-token: write`: only then does the runner set ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN. */
  idTokenWrite?: boolean
  /** For pull_request events: the PR (created in the emulated GitHub if missing), or its number. */
  pullRequest?: PullRequestSpec | number
  /** GITHUB_TOKEN's access: `write`, or `read` (the default for pull requests from forks). */
  tokenPermission?: 'write' | 'read'
}

export interface RunOptions {
  /** Script to run with node, relative to the repository root or absolute. Default `dist/index.js`. */
  script?: string
  args?: string[]
  nodeArgs?: string[]
  /** Action inputs (`with:`), passed as INPUT_<NAME>; `${{ github.token }}` and other github.* expressions are evaluated. */
  inputs?: Record<string, string | number | boolean | undefined>
  job?: JobOptions
  /** Override the generated event payload written to GITHUB_EVENT_PATH. */
  eventPayload?: Record<string, unknown>
  /**
   * Ambient AWS credentials (as configure-aws-credentials would export): an account's admin key,
   * explicit credentials, or none (the default).
   */
  aws?: 'none' | { account: string } | ClientCredentials
  /** Files to write into the workspace (relative path → content). */
  files?: Record<string, string>
  /** Use this existing folder as GITHUB_WORKSPACE (e.g. a git repository); the caller owns it. */
  workspace?: string
  /** Extra environment variables (undefined removes one). */
  env?: Record<string, string | undefined>
  /** Apply action.yml input defaults as the runner does: true (default when it exists), false, or a path. */
  actionDefaults?: boolean | string
  timeoutMs?: number
  /** Keep the run's temp directory (workspace, RUNNER_TEMP, event file) for inspection. */
  keepTemp?: boolean
}

export interface RunResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  stdout: string
  stderr: string
  /** Parsed from GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** Content of GITHUB_STEP_SUMMARY. */
  summary: string
  /** Variables exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>
  /** Workflow commands on stdout (`::error::`, `::warning::`, `::add-mask::`, ...). */
  commands: WorkflowCommand[]
  /** The job's GITHUB_TOKEN and the GitHub REST requests made with it. */
  githubToken: string
  githubRequests: RecordedRequest[]
  /** The environment the script ran with. */
  env: Record<string, string>
  /** The run's temp directory (deleted unless keepTemp). */
  tempDir: string
}

function pullRequestFor(emulator: Emulator, job: ResolvedJob, option: JobOptions['pullRequest']) {
  if (option === undefined) return undefined
  const spec: PullRequestSpec = typeof option === 'number' ? { number: option } : option
  const fullName = `${job.owner}/${job.repo}`
  return (
    emulator.github.state.repo(fullName)?.pulls.get(spec.number) ??
    emulator.github.state.addPullRequest(fullName, spec)
  )
}

function refEnv(ref: string): { GITHUB_REF_NAME: string; GITHUB_REF_TYPE: string } {
  const tag = ref.startsWith('refs/tags/')
  const name = ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge')
  return { GITHUB_REF_NAME: name, GITHUB_REF_TYPE: tag ? 'tag' : 'branch' }
}

function awsCredentialEnv(emulator: Emulator, aws: RunOptions['aws']): Record<string, string> {
  if (aws === undefined || aws === 'none') return {}
  const credentials: ClientCredentials = 'account' in aws ? emulator.account(aws.account).admin : aws
  return {
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {})
  }
}

/**
 * Runs the action (default `node dist/index.js`) or the CLI as a child process with the
 * environment a GitHub-hosted runner gives a JavaScript action, wired to the emulator.
 */
export async function runAction(emulator: Emulator, options: RunOptions = {}): Promise<RunResult> {
  const jobOptions = options.job ?? { owner: 'octo-org', repo: 'octo-repo' }
  const pullOption = jobOptions.pullRequest
  const prNumber = typeof pullOption === 'number' ? pullOption : pullOption?.number
  const job = resolveJob({
    ...jobOptions,
    ref: jobOptions.ref ?? (prNumber !== undefined ? `refs/pull/${prNumber}/merge` : undefined)
  })
  emulator.github.state.addRepo(`${job.owner}/${job.repo}`, { id: job.repoId })
  const pull = pullRequestFor(emulator, job, pullOption)
  const permission = jobOptions.tokenPermission ?? (pull?.fork ? 'read' : 'write')
  const githubToken = emulator.github.state.addToken({ permission }).token

  const tempDir = await mkdtemp(join(tmpdir(), 'rolegate-run-'))
  const dirs = {
    workspace: options.workspace ?? join(tempDir, 'workspace'),
    runnerTemp: join(tempDir, 'runner-temp'),
    home: join(tempDir, 'home'),
    files: join(tempDir, '_runner_file_commands')
  }
  await Promise.all(Object.values(dirs).map(dir => mkdir(dir, { recursive: true })))
  const file = (name: string) => join(dirs.files, name)
  for (const name of ['output', 'step_summary', 'env', 'path', 'state']) await writeFile(file(name), '')
  const eventPath = join(tempDir, 'event.json')
  await writeFile(eventPath, JSON.stringify(options.eventPayload ?? eventPayload(job, pull), null, 2))
  for (const [relative, content] of Object.entries(options.files ?? {})) {
    const target = join(dirs.workspace, relative)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, content)
  }

  const idToken = jobOptions.idTokenWrite ? emulator.oidc.registerJob(job) : undefined
  const api = emulator.endpoints.githubApi
  const expressionValues = {
    'github.token': githubToken,
    'github.repository': `${job.owner}/${job.repo}`,
    'github.repository_owner': job.owner,
    'github.ref': job.ref,
    'github.sha': job.sha,
    'github.event_name': job.eventName,
    'github.workspace': dirs.workspace,
    'github.server_url': 'https://github.com',
    'github.api_url': api,
    'github.run_id': String(job.runId),
    'github.actor': job.actor,
    'runner.temp': dirs.runnerTemp
  }
  const actionYml =
    typeof options.actionDefaults === 'string' ? options.actionDefaults : join(REPO_ROOT, 'action.yml')
  const defaults =
    options.actionDefaults !== false && existsSync(actionYml)
      ? await actionInputDefaults(actionYml, expressionValues)
      : {}
  const inputs: Record<string, string> = { ...defaults }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (value !== undefined) inputs[name] = evaluateExpressions(String(value), expressionValues, name)
  }

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dirs.home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__rolegate',
    GITHUB_ACTOR: job.actor,
    GITHUB_ACTOR_ID: String(job.actorId),
    GITHUB_EVENT_NAME: job.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${job.owner}/${job.repo}`,
    GITHUB_REPOSITORY_ID: String(job.repoId),
    GITHUB_REPOSITORY_OWNER: job.owner,
    GITHUB_REPOSITORY_OWNER_ID: String(job.ownerId),
    GITHUB_REF: job.ref,
    ...refEnv(job.ref),
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: pull?.headRef ?? '',
    GITHUB_BASE_REF: pull?.baseRef ?? '',
    GITHUB_SHA: job.sha,
    GITHUB_RUN_ID: String(job.runId),
    GITHUB_RUN_NUMBER: String(job.runNumber),
    GITHUB_RUN_ATTEMPT: String(job.runAttempt),
    GITHUB_WORKFLOW: job.workflowName,
    GITHUB_WORKFLOW_REF: `${job.owner}/${job.repo}/${job.workflowFile}@${job.ref}`,
    GITHUB_WORKFLOW_SHA: job.sha,
    GITHUB_JOB: 'rolegate',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('step_summary'),
    GITHUB_ENV: file('env'),
    GITHUB_PATH: file('path'),
    GITHUB_STATE: file('state'),
    GITHUB_API_URL: api,
    GITHUB_GRAPHQL_URL: `${api}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: dirs.runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ...(idToken
      ? {
          ACTIONS_ID_TOKEN_REQUEST_URL: idToken.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: idToken.requestToken
        }
      : {}),
    AWS_ENDPOINT_URL_IAM: emulator.endpoints.iam,
    AWS_ENDPOINT_URL_STS: emulator.endpoints.sts,
    AWS_REGION: emulator.region,
    // Keep the host's AWS config out, and do not probe EC2 instance metadata (no network here).
    AWS_CONFIG_FILE: join(dirs.home, '.aws', 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dirs.home, '.aws', 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...awsCredentialEnv(emulator, options.aws),
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputEnvName(name), value]))
  }
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }

  const script = options.script ?? 'dist/index.js'
  const scriptPath = isAbsolute(script) ? script : resolve(REPO_ROOT, script)
  try {
    const result = await runProcess(
      process.execPath,
      [...(options.nodeArgs ?? []), scriptPath, ...(options.args ?? [])],
      {
        cwd: dirs.workspace,
        env,
        timeoutMs: options.timeoutMs ?? 60_000
      }
    )
    return {
      ...result,
      outputs: parseKeyValueFile(await readFile(file('output'), 'utf8')),
      summary: await readFile(file('step_summary'), 'utf8'),
      exportedEnv: parseKeyValueFile(await readFile(file('env'), 'utf8')),
      commands: parseWorkflowCommands(result.stdout),
      githubToken,
      githubRequests: emulator.github.rest.requests.filter(request => request.token === githubToken),
      env,
      tempDir
    }
  } finally {
    if (!options.keepTemp) await rm(tempDir, { recursive: true, force: true })
  }
}
