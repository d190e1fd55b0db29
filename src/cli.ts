#!/usr/bin/env node
/**
 * The CLI entry point: `rolegate <command> [options]`. Same commands as the action.
 * Exit codes: 0 clean, 1 findings at or above --fail-on (or drift, or a refused or failed deploy),
2 usage or configuration error, 3 unexpected failure (a bug: please report it).
 */
import './util/node-warnings.js'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { AVAILABLE_COMMANDS, COMMANDS, notYetAvailable } from './commands/index.js'
import { analyze } from './commands/analyze.js'
import { runBootstrap } from './commands/bootstrap.js'
import { permissionMatrix, renderMatrixMarkdown } from './report/matrix.js'
import { runDeploy } from './commands/deploy.js'
import { runDiff } from './commands/diff.js'
import { renderImportText, runImport } from './commands/import.js'
import { runValidate } from './commands/validate.js'
import { renderInitText, runInit } from './commands/init.js'
import { parseEnvironmentArgument } from './init/scaffold.js'
import { parsePlanDigest, planFile } from './plan/digest.js'
import { renderChangeMarkdown, renderPlanMarkdown } from './report/change-markdown.js'
import { UsageError } from './fs/project-files.js'
import { renderMarkdown } from './report/markdown.js'
import { findingsExitCode, type FailOn, type Report } from './report/report.js'
import { renderChangeText, renderText } from './report/text.js'
import { renderSarif } from './report/sarif.js'
import { VERSION } from './version.js'

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const
type Format = (typeof FORMATS)[number]

const USAGE = `Usage: rolegate <command> [options]

Commands:
  validate     load, render every environment and lint the definitions
  diff         compare the definitions at --base (default HEAD) with the working tree
  check        the action's PR job; in the CLI the same as diff
  plan         read live IAM of --env and print the operations a deploy would apply
  deploy       plan and apply to --env (--dry-run: plan only; --prune: delete owned resources no longer defined)
  drift        exit 1 when live IAM of --env differs from the definitions
  matrix       print the role × service access-level matrix of each environment
  bootstrap    print CloudFormation for the GitHub OIDC provider, boundary and deployer role of each environment
  import       write definitions from the roles that exist in --env's account (read-only; docs/import.md)
  init         write rolegate.yml, an example role and the workflow here (--project P --env NAME=ACCOUNT ... --region R)
${COMMANDS.filter(command => !AVAILABLE_COMMANDS.includes(command))
  .map(command => `  ${command}: not yet available\n`)
  .join('')}
Options:
  --config FILE      rolegate.yml to use (default: rolegate.yml)
  --env NAME         only this environment (default: all)
  --base REF         git ref to diff against (default: HEAD)
  --format FORMAT    text | json | markdown | sarif (default: text)
  --fail-on LEVEL    error | warning | never (default: error)
  --dry-run          deploy: plan only, change nothing
  --prune            deploy: delete roles and policies this repository owns but no longer defines
  --plan-file FILE   plan: also write the plan (operations and digest) to FILE
  --plan-digest D    deploy: apply only if the plan still has digest D (printed by plan)
  --repository O/R   bootstrap: the GitHub repository whose jobs may deploy (default: $GITHUB_REPOSITORY)
  --match GLOB       import: role names to import (* and ?; repeatable; !GLOB excludes; default: all)
  --path-prefix P    import: only roles whose IAM path starts with P
  --out DIR          import: folder for new files (default: the first definitions glob's folder)
  --force            import: merge into files changed since import wrote them

AWS credentials (plan, deploy, drift, import): the standard chain (AWS_PROFILE, AWS_ACCESS_KEY_ID, SSO, ...).
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 clean, 1 findings at or above --fail-on (or drift, or a refused or failed deploy),
2 usage or configuration error, 3 unexpected failure (a bug: please report it).
`

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'init') return initMain(argv.slice(1))
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', default: 'rolegate.yml' },
        env: { type: 'string' },
        base: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        'dry-run': { type: 'boolean', default: false },
        prune: { type: 'boolean', default: false },
        'plan-file': { type: 'string' },
        'plan-digest': { type: 'string' },
        repository: { type: 'string' },
        match: { type: 'string', multiple: true },
        'path-prefix': { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
  } catch (error) {
    process.stderr.write(`rolegate: ${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(USAGE)
    return 0
  }
  if (values.version) {
    process.stdout.write(`rolegate ${VERSION}\n`)
    return 0
  }
  try {
    const [command, ...rest] = positionals
    if (!command) throw new UsageError(`missing command\n\n${USAGE}`)
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`)
    if (!(COMMANDS as readonly string[]).includes(command))
      throw new UsageError(`unknown command "${command}"\n\n${USAGE}`)
    const format = values.format as Format
    if (!FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${format}"`)
    const failOn = values['fail-on'] as FailOn
    if (!['error', 'warning', 'never'].includes(failOn))
      throw new UsageError(`--fail-on must be error, warning or never; got "${failOn}"`)
    const options = { configPath: values.config!, workspace: process.cwd(), environment: values.env }
    let report: Report
    let configInvalid: boolean
    if (command === 'validate') {
      ;({ report, configInvalid } = await runValidate(options))
      process.stdout.write(formatReport(report, format))
    } else if (command === 'diff' || command === 'check') {
      // check is the action's PR job; locally it is the diff (there is no pull request to comment on).
      const outcome = await runDiff({ ...options, baseRef: values.base ?? 'HEAD' })
      ;({ report, configInvalid } = outcome)
      if (format === 'markdown') process.stdout.write(renderChangeMarkdown(outcome))
      else if (format === 'json' || format === 'sarif') process.stdout.write(formatReport(report, format))
      else process.stdout.write(formatReport(report, format) + '\n' + renderChangeText(outcome.changes))
    } else if (command === 'plan' || command === 'deploy' || command === 'drift') {
      if (!values.env)
        throw new UsageError(`--env is required for ${command}: name the rolegate.yml environment to act on`)
      const planDigest =
        values['plan-digest'] === undefined ? undefined : parsePlanDigest(values['plan-digest'])
      if (values['plan-digest'] !== undefined && (!planDigest || command !== 'deploy'))
        throw new UsageError(
          command !== 'deploy'
            ? `--plan-digest applies to deploy only`
            : `--plan-digest must be the digest "rolegate plan" printed (sha256: and 64 hex digits); got "${values['plan-digest']}"`
        )
      if (values['plan-file'] !== undefined && command !== 'plan')
        throw new UsageError(`--plan-file applies to plan only`)
      const outcome = await runDeploy({
        ...options,
        environment: values.env,
        mode: command,
        failOn,
        dryRun: values['dry-run'],
        prune: values.prune,
        planDigest,
        // The CLI uses the standard AWS credential chain (environment, profile, SSO, ...).
        credentials: async () => undefined,
        log: line => process.stderr.write(`${line}\n`)
      })
      report = outcome.report
      configInvalid = false
      if (format === 'json') process.stdout.write(formatReport(report, format))
      else if (outcome.report.plan) {
        process.stdout.write(renderText(report))
        process.stdout.write(renderPlanMarkdown(outcome.report.plan, outcome.change, command) + '\n')
        process.stdout.write(`Plan digest: ${outcome.report.plan.digest}\n`)
      } else process.stdout.write(renderText(report))
      if (values['plan-file'] !== undefined && outcome.plan) {
        const file = path.resolve(values['plan-file'])
        await writeFile(file, planFile(outcome.plan))
        process.stderr.write(`Plan written to ${file}\n`)
      }
      if (outcome.refusal) process.stderr.write(`rolegate: ${outcome.refusal}\n`)
      return outcome.exitCode
    } else if (command === 'matrix') {
      const analysis = await analyze(options)
      const matrices = Object.values(analysis.state.environments).map(permissionMatrix)
      process.stdout.write(
        format === 'json'
          ? JSON.stringify(matrices, null, 2) + '\n'
          : matrices.map(renderMatrixMarkdown).join('\n')
      )
      return analysis.config ? 0 : 2
    } else if (command === 'bootstrap') {
      const { templates, yaml } = await runBootstrap({ ...options, repository: values.repository })
      process.stdout.write(format === 'json' ? JSON.stringify(templates, null, 2) + '\n' : yaml)
      return 0
    } else if (command === 'import') {
      if (!values.env)
        throw new UsageError(
          '--env is required for import: name the rolegate.yml environment whose account to read'
        )
      const imported = await runImport({
        ...options,
        environment: values.env,
        match: values.match ?? [],
        pathPrefix: values['path-prefix'],
        out: values.out,
        force: values.force ?? false,
        credentials: async () => undefined,
        log: line => process.stderr.write(`${line}\n`)
      })
      process.stdout.write(
        format === 'json' ? JSON.stringify(imported, null, 2) + '\n' : renderImportText(imported)
      )
      return 0
    } else {
      throw new UsageError(notYetAvailable(command))
    }
    if (configInvalid) return 2
    return findingsExitCode(report.summary, failOn)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`rolegate: ${error.message}\n`)
      return 2
    }
    process.stderr.write(
      `rolegate: unexpected failure (please report it): ${(error as Error).stack ?? String(error)}\n`
    )
    return 3
  }
}

// --- init: its own flags (--env NAME=ACCOUNT, repeated); kept apart for the argument-parser rewrite.
async function initMain(argv: string[]): Promise<number> {
  try {
    let values
    try {
      ;({ values } = parseArgs({
        args: argv,
        options: {
          project: { type: 'string' },
          env: { type: 'string', multiple: true },
          region: { type: 'string' },
          format: { type: 'string', default: 'text' }
        }
      }))
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\n\n${USAGE}`)
    }
    if (values.format !== 'text' && values.format !== 'json')
      throw new UsageError(`--format for init must be text or json; got "${values.format}"`)
    const outcome = await runInit({
      cwd: process.cwd(),
      project: values.project,
      environments: (values.env ?? []).map(parseEnvironmentArgument),
      region: values.region
    })
    process.stdout.write(
      values.format === 'json' ? JSON.stringify(outcome, null, 2) + '\n' : renderInitText(outcome)
    )
    return 0
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`rolegate: ${error.message}\n`)
    return 2
  }
}

function formatReport(report: Report, format: Format): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n'
    case 'markdown':
      return renderMarkdown(report)
    case 'sarif':
      return JSON.stringify(renderSarif(report, VERSION, { srcRoot: process.cwd() }), null, 2) + '\n'
    default:
      return renderText(report)
  }
}

process.exitCode = await main(process.argv.slice(2))
