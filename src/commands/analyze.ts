/**
 * load → render → lint: the analysis every command starts with.
 */
import type { Config } from '../definitions/schema.js'
import { execFile } from 'node:child_process'
import type { LoadedFile } from '../definitions/load.js'
import { loadProject, type LoadFailure } from '../fs/load-project.js'
import type { UnreadDefinitions } from '../fs/unread-definitions.js'
import { diskTree, workspacePath } from '../fs/project-files.js'
import { UsageError } from '../model/errors.js'
import { lint, type LintResult } from '../lint/run.js'
import type { DesiredState } from '../model/state.js'
import { render, type RenderMemo } from '../render/render.js'
import { ASK_GIT, readOriginUrl } from '../git/origin-url.js'
import { boundedMemo } from '../util/bounded-memo.js'
import { didYouMean } from '../util/suggest.js'

export interface AnalyzeOptions {
  configPath: string
  workspace: string
  /** One environment, or all. */
  environment?: string
  managedBy?: string
  /** The clock for time-bound grants (`expires`); default: the current time. */
  now?: Date
  /** Keeps what rendering did for another render of the same files (a diff's base). */
  renderMemo?: RenderMemo
  /** Look at every file that may be an unread definition (a prune: see LoadOptions). */
  everyUnreadCandidate?: boolean
}

export interface Analysis extends LintResult {
  config?: Config
  configFile: string
  state: DesiredState
  environmentNames: string[]
  /** Definition files as loaded, for a diff to reuse the unchanged ones. */
  files?: Map<string, LoadedFile>
  /** What could not be read, whatever the schema rule's severity (see LoadedProject). */
  loadFailures: LoadFailure[]
  /** Files no glob reads that look like definitions (see LoadedProject). */
  unreadDefinitions?: UnreadDefinitions
}

/** The ownership tag value: config, then the GitHub repository, then a local fallback. */
export async function ownershipValue(config: Config, explicit?: string, workspace?: string): Promise<string> {
  return (
    explicit ??
    config.managedBy ??
    process.env.GITHUB_REPOSITORY ??
    (await repositoryFromGitRemote(workspace)) ??
    `local/${config.project}`
  )
}

/**
 * owner/repo from the clone's GitHub remote, so a person's `rolegate plan` sees the resources the
 * workflow (tagging with $GITHUB_REPOSITORY) created as its own.
 */
export function repositoryFromGitRemote(workspace: string | undefined): Promise<string | undefined> {
  return workspace ? remoteRepository(workspace) : Promise.resolve(undefined)
}

// Asked once per workspace (a diff renders both sides, a deploy renders and then tags). git's
// configuration files are read directly when they alone decide (src/git/origin-url.ts): starting git
// costs a small project's cold run more than anything else it does. When git must answer, it is
// asked without waiting: analyze starts it before loading the definitions.
const remoteRepository = boundedMemo((workspace: string): Promise<string | undefined> => {
  const direct = readOriginUrl(workspace)
  if (direct !== ASK_GIT) return Promise.resolve(direct === undefined ? undefined : githubRepository(direct))
  return new Promise(resolve => {
    execFile(
      'git',
      ['config', '--get', 'remote.origin.url'],
      { cwd: workspace, encoding: 'utf8' },
      (error, url) => resolve(error ? undefined : githubRepository(url))
    )
  })
}, 16)

/** owner/repo of a GitHub remote URL (https, ssh or scp-like), undefined for any other host. */
function githubRepository(url: string): string | undefined {
  return /github\.com[:/]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url.trim())?.[1]
}

export async function analyze(options: AnalyzeOptions): Promise<Analysis> {
  // Without --managed-by or $GITHUB_REPOSITORY the owner may come from git: it answers while loading.
  if (options.managedBy === undefined && process.env.GITHUB_REPOSITORY === undefined)
    void repositoryFromGitRemote(options.workspace)
  const project = await loadProject(
    diskTree(options.workspace),
    workspacePath(options.configPath, options.workspace),
    { requireConfig: true, everyUnreadCandidate: options.everyUnreadCandidate }
  )
  const empty: DesiredState = { project: project.config?.project ?? '', environments: {} }
  if (!project.config) {
    return {
      configFile: project.configFile,
      state: empty,
      environmentNames: [],
      findings: project.findings,
      suppressions: [],
      loadFailures: project.loadFailures
    }
  }
  const config = project.config
  const known = Object.keys(config.environments)
  if (options.environment !== undefined && !known.includes(options.environment)) {
    throw new UsageError(
      `environment "${options.environment}" is not defined in ${project.configFile}${didYouMean(options.environment, known)}; known: ${known.join(', ')}`
    )
  }
  const environmentNames = options.environment ? [options.environment] : known
  const rendered = render(config, project.definitions, {
    managedBy: await ownershipValue(config, options.managedBy, options.workspace),
    environments: environmentNames,
    now: options.now ?? new Date(),
    memo: options.renderMemo
  })
  const linted = lint(rendered.state, config, [...project.findings, ...rendered.findings])
  return {
    config,
    configFile: project.configFile,
    state: rendered.state,
    environmentNames,
    files: project.files,
    loadFailures: project.loadFailures,
    ...(project.unreadDefinitions ? { unreadDefinitions: project.unreadDefinitions } : {}),
    ...linted
  }
}
