/**
 * The GitHub Action entry point: reads inputs, runs the command, writes annotations, the job
 * summary, the PR comment, the JSON report and outputs. Decisions live in src/commands/.
 */
import './util/malloc-threshold.js'
import './util/node-warnings.js'
import * as core from '@actions/core'
import { constants as fsConstants } from 'node:fs'
import { lstat, mkdir, realpath, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { analyze } from './commands/analyze.js'
import { runBootstrap } from './commands/bootstrap.js'
import type { DeployOutcome } from './commands/deploy.js'
import { changeSummary, runDiff, type DiffOutcome } from './commands/diff.js'
import { COMMANDS, notYetAvailable } from './commands/index.js'
import { runValidate } from './commands/validate.js'
import { isInside, workspacePath } from './fs/project-files.js'
import { UsageError, errorDetail, errorMessage } from './model/errors.js'
import { annotate, overflowNote } from './github/annotations.js'
import { readEventContext, type EventContext } from './github/event.js'
import { writeSummary } from './github/summary.js'
import { deployContextRefusal, isPullRequestEvent, type RunContext } from './github/deploy-guard.js'
import { parsePlanDigest, planFile as renderPlanFile } from './plan/digest.js'
import {
  renderChangeMarkdown,
  renderCheckFailureMarkdown,
  renderPlanMarkdown
} from './report/change-markdown.js'
import { renderCheckSummary, SUMMARY_LIMIT_BYTES } from './report/check-summary.js'
import { afterFailure, conflictsFailure, type PlanReport } from './report/plan-report.js'
import { fence, renderMarkdown, text } from './report/markdown.js'
import { renderStateMatrices } from './report/matrix.js'
import { baseReport, findingsExitCode, type FailOn, type Report } from './report/report.js'
import { oneLine, renderText, workflowSafe } from './report/text.js'
import { actionDocsLinks } from './report/docs-links.js'
import { renderSarif } from './report/sarif.js'
import { VERSION } from './version.js'

// The AWS SDK (deploy, import) and Octokit (diff, check) load only in the commands that use them:
// `await import(...)` below, a chunk of the bundle each (issue 14).

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never']
const COMMENT_MODES = ['always', 'on-change', 'never'] as const
/** GitHub's step summary limit is 1 MiB. */

/** An input value the action cannot use: one line naming the input, exit code 2 (as the CLI's usage errors). */
class InputError extends UsageError {}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = (core.getInput(name) || fallback) as T
  if (!allowed.includes(value))
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')}; got "${value}"`)
  return value
}

const YAML_TRUE = ['true', 'True', 'TRUE']
const YAML_FALSE = ['false', 'False', 'FALSE']

/** A boolean input as the runner passes it: a YAML 1.2 core-schema boolean, or empty for the default. */
function booleanInput(name: string, fallback = false): boolean {
  const value = core.getInput(name)
  if (value === '') return fallback
  if (YAML_TRUE.includes(value)) return true
  if (YAML_FALSE.includes(value)) return false
  throw new InputError(
    `input "${name}" must be true or false (YAML 1.2: ${[...YAML_TRUE, ...YAML_FALSE].join(' | ')}); got "${value}"`
  )
}

/** Bytes of the job summary a check leaves for the note a stale PR comment appends (see comment()). */
const STALE_NOTE_ROOM = 4096

/** The commands that write the `sarif-file` input's file. */
const SARIF_COMMANDS: ReadonlySet<string> = new Set(['validate', 'diff', 'check', 'matrix'])

function planDigestInput(): string | undefined {
  const value = core.getInput('plan-digest')
  if (!value) return undefined
  const digest = parsePlanDigest(value)
  if (!digest)
    throw new InputError(
      `input "plan-digest" must be the "plan-digest" output of a plan step (sha256: and 64 hex digits); got "${value}"`
    )
  return digest
}

/** The `role-to-assume` input: an IAM role ARN, checked before STS is asked (its answer reads like a network error). */
function roleToAssumeInput(): string | undefined {
  const value = core.getInput('role-to-assume')
  if (!value) return undefined
  if (!/^arn:aws[\w-]*:iam::\d{12}:role\/(?:[\x21-\x7e]*\/)?[\w+=,.@-]+$/.test(value))
    throw new InputError(
      `input "role-to-assume" must be an IAM role ARN (arn:aws:iam::123456789012:role/NAME); got "${value}"`
    )
  return value
}

export async function run(): Promise<void> {
  let command: (typeof COMMANDS)[number] | undefined
  let event: EventContext | undefined
  // Once the check's comment carries its verdict, a later failure (writing SARIF) must not replace it.
  let commented = false
  try {
    command = choice('command', COMMANDS, 'check')
    // Every input is checked before anything runs: a bad value never follows a published result.
    const failOn = choice('fail-on', FAIL_ON, 'error')
    const commentMode = choice('comment', COMMENT_MODES, 'on-change')
    const dryRun = booleanInput('dry-run')
    const prune = booleanInput('prune')
    const force = booleanInput('force')
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const sarifFile = sarifTarget(workspace)
    const expectedDigest = planDigestInput()
    // A digest only pins a deploy: on any other step it would look like a pin and pin nothing.
    if (expectedDigest && command !== 'deploy')
      throw new InputError(`input "plan-digest" applies to deploy only; remove it from the ${command} step`)
    const roleToAssume = roleToAssumeInput()
    if (sarifFile && !SARIF_COMMANDS.has(command))
      core.warning(
        `input "sarif-file" applies to validate, diff, check and matrix; ${command} writes no SARIF`
      )
    event = readEventContext()
    const options = {
      configPath: core.getInput('config') || 'rolegate.yml',
      workspace,
      environment: core.getInput('environment') || undefined
    }
    let report: Report
    let configInvalid: boolean
    if (command === 'validate') {
      ;({ report, configInvalid } = await runValidate(options))
      process.stdout.write(renderText(report))
      const annotations = annotate(report.findings)
      await writeSummary(
        renderMarkdown(report, overflowNote(annotations), undefined, configInvalid ? undefined : failOn)
      )
    } else if (command === 'diff' || command === 'check') {
      const outcome = await runDiff({ ...options, baseRef: baseRefFor(event) })
      outcome.report.command = command
      ;({ report, configInvalid } = outcome)
      process.stdout.write(renderText(report))
      const annotations = annotate(report.findings)
      const { runLinks } = await import('./github/comment.js')
      await writeSummary(
        renderCheckSummary(
          { ...outcome, failOn, links: runLinks(), overflow: overflowNote(annotations) },
          SUMMARY_LIMIT_BYTES - STALE_NOTE_ROOM
        )
      )
      // A head rolegate.yml that does not load: what changes is not known, so the worst case.
      const { changed, broadening } = outcome.configInvalid
        ? { changed: true, broadening: true }
        : changeSummary(outcome.changes)
      core.setOutput('changed', String(changed))
      core.setOutput('broadening', String(broadening))
      if (command === 'check') {
        await comment(outcome, event, changed, failOn, commentMode, options.environment)
        commented = true
      }
    } else if (command === 'plan' || command === 'deploy' || command === 'drift') {
      const run: RunContext = {
        eventName: event.name,
        ref: event.ref,
        repository: event.repository,
        defaultBranch: event.defaultBranch
      }
      // Pull requests are refused before anything is read; the rest of the guard needs rolegate.yml.
      if (command === 'deploy' && isPullRequestEvent(run.eventName))
        throw new UsageError(deployContextRefusal(run, undefined) ?? 'refusing to deploy from a pull request')
      const environment = options.environment
      if (!environment)
        throw new UsageError(
          `input "environment" is required for ${command}: name the rolegate.yml environment this job deploys`
        )
      const [{ runDeploy }, { oidcCredentials }] = await Promise.all([
        import('./commands/deploy.js'),
        import('./github/oidc-credentials.js')
      ])
      const outcome = await runDeploy({
        ...options,
        environment,
        mode: command,
        failOn,
        // dry-run is a deploy that stops after its plan; a plan or drift is one already.
        dryRun: command === 'deploy' && dryRun,
        prune,
        run,
        planDigest: expectedDigest,
        credentials: oidcCredentials({
          environmentName: environment,
          requireApproval: command === 'deploy',
          roleToAssume,
          audience: core.getInput('audience') || 'sts.amazonaws.com',
          ...(command === 'deploy' ? { run } : {})
        }),
        // One line each: text from definitions (names, tag keys) must not start a workflow command.
        log: line => core.info(workflowSafe(oneLine(line))),
        group: (title, body) => core.group(workflowSafe(oneLine(title)), body)
      })
      report = outcome.report
      configInvalid = false
      process.stdout.write(renderText(report))
      annotate(report.findings)
      await publishPlan(command, outcome)
      await publishOutputs(report)
      if (outcome.exitCode !== 0)
        core.setFailed(outcome.refusal ?? deployFailure(command, outcome.report, dryRun))
      return
    } else if (command === 'matrix') {
      const analysis = await analyze(options)
      report = baseReport(
        'matrix',
        analysis.configFile,
        analysis.environmentNames,
        analysis.findings,
        analysis.suppressions
      )
      configInvalid = analysis.config === undefined
      // The findings as validate shows them: a role whose file does not load is missing from the
      // matrix, and the log, the annotations and the summary say why.
      process.stdout.write(renderText(report))
      const annotations = annotate(report.findings)
      await writeSummary(
        renderStateMatrices(analysis.state, '## RoleGate permission matrix') +
          '\n\n' +
          renderMarkdown(report, overflowNote(annotations), undefined, configInvalid ? undefined : failOn)
      )
    } else if (command === 'bootstrap') {
      const templates = await runBootstrap({ ...options, repository: process.env.GITHUB_REPOSITORY })
      const yaml = templates.map(template => template.yaml).join('---\n')
      process.stdout.write(workflowSafe(yaml))
      await writeSummary(['## RoleGate bootstrap', '', fence(yaml, 'yaml')].join('\n'))
      return
    } else if (command === 'import') {
      // Read-only in AWS: the deployer role's trust decides; no approval needed, as for plan.
      const environment = options.environment
      if (!environment)
        throw new UsageError(
          'input "environment" is required for import: name the rolegate.yml environment whose account to read'
        )
      const [{ renderImportText, runImport }, { oidcCredentials }] = await Promise.all([
        import('./commands/import.js'),
        import('./github/oidc-credentials.js')
      ])
      const imported = await runImport({
        ...options,
        environment,
        match: core.getMultilineInput('match'),
        pathPrefix: core.getInput('path-prefix') || undefined,
        out: core.getInput('out') || undefined,
        force,
        credentials: oidcCredentials({
          environmentName: environment,
          requireApproval: false,
          roleToAssume,
          audience: core.getInput('audience') || 'sts.amazonaws.com'
        }),
        log: line => core.info(workflowSafe(oneLine(line)))
      })
      const importText = renderImportText(imported)
      process.stdout.write(importText)
      await writeSummary(['## RoleGate import', '', fence(importText, 'text')].join('\n'))
      return
    } else {
      throw new UsageError(notYetAvailable(command))
    }
    await publishOutputs(report)
    await writeSarif(report, options.workspace, sarifFile, !configInvalid)
    if (configInvalid) {
      core.setFailed(`${report.config} is invalid: fix the errors above`)
    } else if (findingsExitCode(report.summary, failOn) !== 0) {
      core.setFailed(
        `RoleGate ${command} found ${report.summary.error} error(s) and ${report.summary.warning} warning(s) (fail-on: ${failOn})`
      )
    }
  } catch (error) {
    // User input problems get their message alone; anything else is a bug worth its stack.
    if (error instanceof UsageError) {
      core.setFailed(error.message)
      if (error instanceof InputError) process.exitCode = 2
    } else core.setFailed(`RoleGate failed unexpectedly: ${errorDetail(error)}`)
    const message = error instanceof UsageError ? error.message : 'RoleGate failed unexpectedly; see the log'
    await reportFailure(command, commented ? undefined : event, message)
  }
}

/**
 * A step that stopped says so where reviewers look: the job summary, and for `check` the PR's
 * sticky comment, whose earlier verdict (a ✅ of the previous commit) must not stand. Best effort:
 * the step has failed already.
 */
async function reportFailure(
  command: string | undefined,
  event: EventContext | undefined,
  message: string
): Promise<void> {
  try {
    if (process.env.GITHUB_STEP_SUMMARY)
      await writeSummary(`## RoleGate${command ? ` ${command}` : ''}\n\n> ❌ ${text(message)}\n`)
    if (command !== 'check' || !event?.pullRequest || !event.repository) return
    const token = core.getInput('github-token')
    if (!token || core.getInput('comment') === 'never') return
    const { commentFailureAdvice, runLinks, upsertStickyComment } = await import('./github/comment.js')
    // The config as the check's report names it (`./rolegate.yml` is `rolegate.yml`): the same
    // marker. A config path the step refused (outside the workspace) had no comment to update.
    let config: string
    try {
      config = workspacePath(
        core.getInput('config') || 'rolegate.yml',
        process.env.GITHUB_WORKSPACE || process.cwd()
      )
    } catch {
      return
    }
    const marker = commentMarker(config, core.getInput('environment') || undefined)
    const outcome = await upsertStickyComment({
      token,
      repository: event.repository,
      issueNumber: event.pullRequest.number,
      marker,
      body: renderCheckFailureMarkdown({ marker, message, links: runLinks() }),
      createIfMissing: false
    })
    if (outcome.status === 'updated')
      core.info(`PR comment updated to say the check failed: ${outcome.url ?? outcome.id}`)
    else if (outcome.status === 'failed')
      core.warning(
        `${commentFailureAdvice(outcome, event.pullRequest.fromFork)} An earlier RoleGate comment on the pull request still shows its verdict.`
      )
  } catch (error) {
    core.warning(`could not report the failure in the job summary or the PR comment: ${errorMessage(error)}`)
  }
}

/**
 * The hidden marker of the sticky comment: one comment per config and, for a job limited to one
 * environment, per environment (jobs of a matrix must not overwrite each other's verdict).
 */
function commentMarker(config: string, environment: string | undefined): string {
  return `<!-- rolegate:check ${config}${environment ? ` environment=${environment}` : ''} -->`
}

/**
 * The plan in the log (in a group: the summary has it too), the job summary, the outputs, and for
 * `plan` the plan file with its digest, which a reviewed deploy pins with `plan-digest`.
 */
async function publishPlan(command: 'plan' | 'deploy' | 'drift', outcome: DeployOutcome): Promise<void> {
  const plan = outcome.report.plan
  // A refusal before any plan (a file that does not load) is what the reader opens the summary for.
  const refusal = outcome.refusal ? `> ⛔ ${text(outcome.refusal)}\n\n` : ''
  if (!plan) {
    if (refusal) {
      await writeSummary(refusal)
      // Refused before any plan: what would change is not known, so a workflow gating on these
      // (an approval for a broadening) treats it as the worst case.
      core.setOutput('changed', 'true')
      core.setOutput('broadening', 'true')
    }
    return
  }
  const markdown = renderPlanMarkdown(plan, outcome.change, command)
  await core.group(`RoleGate ${command} report (also in the job summary)`, async () => {
    process.stdout.write(workflowSafe(markdown + '\n'))
  })
  const pin =
    command === 'plan'
      ? `Plan digest: \`${plan.digest}\`. To apply exactly this plan, deploy with \`plan-digest: ${plan.digest}\`: the deploy refuses if live IAM or the definitions changed since.`
      : `Plan digest: \`${plan.digest}\`.`
  // The refusal and the digest first: a summary cut at GitHub's limit still carries them.
  await writeSummary(`${refusal}${pin}\n\n${markdown}`)
  core.info(pin.replace(/`/g, ''))
  core.setOutput('plan-digest', plan.digest)
  core.setOutput('changed', String(plan.operations.length > 0))
  core.setOutput('broadening', String(outcome.change?.verdict === 'broadens'))
  if (plan.roles) core.setOutput('roles', JSON.stringify(plan.roles))
  if (command === 'plan') {
    const file = await stepFile(`rolegate-plan-${plan.environment}`)
    if (outcome.plan) await writeFile(file, renderPlanFile(outcome.plan))
    core.setOutput('plan-file', file)
  }
}

function deployFailure(
  command: string,
  report: Report & {
    plan?: Pick<PlanReport, 'conflicts' | 'operations' | 'failed'>
  },
  dryRun: boolean
): string {
  if (report.plan?.conflicts.length) return conflictsFailure(command, report.plan, dryRun)
  if (report.plan?.failed)
    return `${command} stopped: ${report.plan.failed.error.replace(/\.$/, '')}. ${afterFailure(report.plan.failed)}`
  return `live IAM differs from the definitions: ${report.plan?.operations.length ?? 0} operation(s) would reconcile it`
}

function baseRefFor(event: EventContext): string {
  const explicit = core.getInput('base-ref')
  if (explicit) return explicit
  if (event.pullRequest?.baseSha) return event.pullRequest.baseSha
  if (event.pullRequest?.baseRef) return `origin/${event.pullRequest.baseRef}`
  return 'HEAD'
}

async function comment(
  outcome: DiffOutcome,
  event: EventContext,
  changed: boolean,
  failOn: FailOn,
  mode: (typeof COMMENT_MODES)[number],
  environment: string | undefined
): Promise<void> {
  if (mode === 'never') return
  if (!event.pullRequest || !event.repository) {
    core.info('Not a pull request: no PR comment (the job summary has the report).')
    return
  }
  const token = core.getInput('github-token')
  if (!token) {
    core.warning(
      'No github-token: RoleGate cannot comment on the pull request; the job summary has the report.'
    )
    return
  }
  const marker = commentMarker(outcome.report.config, environment)
  const { commentFailureAdvice, runLinks, upsertStickyComment } = await import('./github/comment.js')
  const outcomeOfComment = await upsertStickyComment({
    token,
    repository: event.repository,
    issueNumber: event.pullRequest.number,
    marker,
    body: renderChangeMarkdown({ ...outcome, marker, failOn, links: runLinks() }),
    createIfMissing: mode === 'always' || changed || outcome.newFindings.length > 0
  })
  if (outcomeOfComment.status === 'failed') {
    const stale = outcomeOfComment.stale
    core.warning(
      `${commentFailureAdvice(outcomeOfComment, event.pullRequest.fromFork)}${stale ? ` The earlier RoleGate comment (${stale.url ?? stale.id}) still shows an earlier run's verdict: this run's report is the job summary.` : ''}`
    )
    // The stale verdict stays on the pull request: the summary says it is not this run's.
    if (stale)
      await writeSummary(
        `\n\n> ⚠️ The RoleGate comment on this pull request could not be updated (${text(outcomeOfComment.reason)}), so it still shows an earlier run's verdict. This summary is the report of this run.\n`
      )
  } else if (outcomeOfComment.status === 'skipped')
    core.info(`PR comment skipped: ${outcomeOfComment.reason}.`)
  else core.info(`PR comment ${outcomeOfComment.status}: ${outcomeOfComment.url ?? outcomeOfComment.id}`)
}

/** The `sarif-file` input as a path inside the workspace (upload-sarif reads it from there). */
/**
 * The `sarif-file` input: a file in the workspace or in the runner's temp folder (`RUNNER_TEMP`),
 * the places a job's own files belong. Anywhere else is refused before the command runs.
 */
function sarifTarget(workspace: string): { file: string; roots: string[] } | undefined {
  const target = core.getInput('sarif-file')
  if (!target) return undefined
  const file = path.resolve(workspace, target)
  const roots = [workspace, process.env.RUNNER_TEMP].filter((root): root is string => Boolean(root))
  if (!roots.some(root => isInside(root, file) && path.resolve(root) !== file))
    throw new InputError(
      `input "sarif-file" must be a file path inside the workspace (${workspace})${process.env.RUNNER_TEMP ? ` or RUNNER_TEMP (${process.env.RUNNER_TEMP})` : ''}; got "${target}"`
    )
  return { file, roots }
}

/**
 * Findings as SARIF 2.1.0, for github/codeql-action/upload-sarif. The checked-out tree is a pull
 * request's: a folder on the way may be a link out of the workspace, and the file itself a link or a
 * folder, so the real folder is checked again and a link is never written through.
 */
async function writeSarif(
  report: Report,
  workspace: string,
  target: { file: string; roots: string[] } | undefined,
  executionSuccessful: boolean
): Promise<void> {
  if (!target) return
  const folder = path.dirname(target.file)
  await mkdir(folder, { recursive: true })
  const real = await realpath(folder)
  const realRoots = await Promise.all(target.roots.map(root => realpath(root).catch(() => root)))
  if (!realRoots.some(root => isInside(root, real)))
    throw new UsageError(
      `sarif-file ${target.file}: its folder resolves to ${real}, outside the workspace; RoleGate does not write through links`
    )
  const existing = await lstat(target.file).catch(() => undefined)
  if (existing && !existing.isFile())
    throw new UsageError(
      `sarif-file ${target.file} exists and is ${existing.isDirectory() ? 'a folder' : 'not a regular file'}; name a file`
    )
  const sarif = renderSarif(report, VERSION, {
    srcRoot: workspace,
    docs: actionDocsLinks(),
    executionSuccessful
  })
  // O_NOFOLLOW: a link put in its place since the check is refused by the kernel, not followed.
  await writeFile(target.file, JSON.stringify(sarif, null, 2) + '\n', {
    flag: fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_TRUNC | fsConstants.O_NOFOLLOW
  })
  core.info(`SARIF written to ${target.file}`)
}

/**
 * A file of this step in the runner's temp folder, named after the step (GITHUB_ACTION: its id, or
 * `__owner_repo`, `__owner_repo_2` for a second use in the job): two RoleGate steps of one job (a
 * check per config) must not overwrite each other's report.
 */
async function stepFile(name: string): Promise<string> {
  const folder = process.env.RUNNER_TEMP || path.join(process.cwd(), '.rolegate')
  await mkdir(folder, { recursive: true })
  const step = (process.env.GITHUB_ACTION ?? '').replace(/[^\w.-]+/g, '_')
  return path.join(folder, step ? `${name}-${step}.json` : `${name}.json`)
}

async function publishOutputs(report: Report): Promise<void> {
  const reportFile = await stepFile(`rolegate-${report.command}-report`)
  await writeFile(reportFile, JSON.stringify(report, null, 2) + '\n')
  core.setOutput('findings', JSON.stringify(report.summary))
  core.setOutput('report-file', reportFile)
  core.setOutput('environments', JSON.stringify(report.environmentNames))
}

await run()
