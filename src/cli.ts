#!/usr/bin/env node
/**
 * The CLI entry point: `rolegate <command> [options]`. Same commands as the action.
 *
 * Arguments are parsed by commander: it has no dependencies of its own, is bundled by ncc into
 * dist/cli, and gives per-command help, `rolegate help <command>`, "did you mean" for commands and
 * options, and allowed values (`Option.choices`) without RoleGate keeping a parser.
 *
 * Exit codes: 0 clean, 1 findings at or above --fail-on (or drift, or a refused or failed deploy),
 * 2 usage or configuration error, 3 unexpected failure (a bug: please report it).
 */
import './util/malloc-threshold.js'
import './util/node-warnings.js'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import { locateConfig } from './fs/locate-config.js'
import { UsageError, errorDetail, errorCode } from './model/errors.js'
import type { FailOn, Report } from './report/report.js'
import type { TextGate } from './report/text.js'
import { colourEnabled, colourText } from './terminal/colour.js'
import { VERSION } from './version.js'
import { thousands } from './util/thousands.js'

// Each command imports what it runs when it runs (`await import(...)` below): `--version`, `--help`
// and a usage error load only commander, and validate never loads the AWS SDK (issue 14).

/** What each command can print: `--format` refuses anything else. */
const FORMATS = {
  validate: ['text', 'json', 'markdown', 'sarif'],
  diff: ['text', 'json', 'markdown', 'sarif'],
  plan: ['text', 'json', 'markdown'],
  matrix: ['text', 'markdown', 'json'],
  bootstrap: ['yaml', 'text', 'json'],
  import: ['text', 'json'],
  can: ['text', 'json']
} as const
type Format = 'text' | 'json' | 'markdown' | 'sarif' | 'yaml'
const FAIL_ON = ['error', 'warning', 'never'] as const

/** Flags that are close to a real one but too far for commander's own suggestion. */
const NEAR_FLAGS: Record<string, string> = { '--environment': '--env', '--configuration': '--config' }

interface Io {
  cwd: string
  env: NodeJS.ProcessEnv
  out: (text: string) => void
  err: (text: string) => void
  /** Colour text output (stdout is a TTY and NO_COLOR is not set). */
  colour: boolean
  /** The same for what is written to stderr. */
  errColour?: boolean
}

/** The parser of a repeatable option: every value given, in order. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

/** The options every command that reads the project shares. */
interface ProjectOptions {
  config?: string
  env?: string
  format: Format
  /** Absent for the commands without --fail-on (matrix, bootstrap, import). */
  failOn?: FailOn
}

/**
 * Longest argument accepted, in characters: well above any name, ARN, path or condition value a
 * command takes. A longer one is a paste gone wrong, and echoing it back in an error would bury
 * the message under it.
 */
export const MAX_ARGUMENT_LENGTH = 16_384

/** The refusal of argv[index]: where it is (after which option), how it starts, how long it is. */
function tooLong(argv: readonly string[], index: number): string {
  const argument = argv[index]
  const assigned = /^(--[\w-]+)=/.exec(argument)?.[1]
  const previous = argv[index - 1]
  const what = assigned
    ? `the value of ${assigned}`
    : previous?.startsWith('-')
      ? `the argument after ${previous}`
      : 'an argument'
  const characters = [...argument]
  return `${what} (${JSON.stringify(characters.slice(0, 40).join(''))}…) is ${thousands(characters.length)} characters long; RoleGate accepts at most ${thousands(MAX_ARGUMENT_LENGTH)} per argument: check what was pasted`
}

export async function main(argv: string[], io: Io): Promise<number> {
  const long = argv.findIndex(
    argument => argument.length > MAX_ARGUMENT_LENGTH && [...argument].length > MAX_ARGUMENT_LENGTH
  )
  if (long >= 0) {
    io.err(`rolegate: ${tooLong(argv, long)}\n`)
    return 2
  }
  let exitCode = 0
  const run =
    <T>(action: (options: T) => Promise<number>) =>
    async (options: T) => {
      exitCode = await action(options)
    }
  const program = new RoleGateCommand('rolegate')
    .usage('<command> [options]')
    .description('Manage AWS IAM roles as code: validate, diff, plan and deploy them.')
    .version(`rolegate ${VERSION}`, '-v, --version', 'show the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .addHelpText(
      'after',
      `
Run "rolegate help <command>" for a command's options.
AWS credentials (plan, deploy, drift, import): the standard chain
(AWS_PROFILE, AWS_ACCESS_KEY_ID, SSO, ...).
Exit codes: 0 clean, 1 findings at or above --fail-on (or drift, or a refused
or failed deploy), 2 usage or configuration error, 3 unexpected failure (a
bug: please report it).`
    )
    // `can [options] <role> <action> <resource>` left the summaries too little room to wrap at 80
    // columns; every command has options, so "[options]" says nothing in the list.
    .configureHelp({
      subcommandTerm: command =>
        [
          command.name(),
          ...command.registeredArguments.map(argument => {
            const name = `${argument.name()}${argument.variadic ? '...' : ''}`
            return argument.required ? `<${name}>` : `[${name}]`
          })
        ].join(' ')
    })
  program
    .exitOverride()
    .showHelpAfterError('(run "rolegate help" for usage)')
    .configureOutput({
      writeOut: text => io.out(text),
      writeErr: text => io.err(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'rolegate: '))
    })

  project(program.command('validate'), FORMATS.validate)
    .summary('load, render every environment and lint the definitions')
    .description('Load rolegate.yml and the definitions, render every environment (or --env) and lint them.')
    .action(run(options => validate(options, io)))

  const diffCommand = (name: string, summary: string) =>
    project(program.command(name), FORMATS.diff)
      .summary(summary)
      .description(
        `${summary[0].toUpperCase()}${summary.slice(1)}. Needs no AWS credentials.` +
          (name === 'check' ? ' In the CLI there is no pull request to comment on: check runs diff.' : '')
      )
      .option('--base <ref>', 'git ref or commit to compare with', 'HEAD')
      .action(run<ProjectOptions & { base: string }>(options => diff(options, io)))
  diffCommand('diff', 'compare the definitions at --base (default HEAD) with the working tree')
  diffCommand('check', "the action's pull-request job; in the CLI the same as diff")

  for (const mode of ['plan', 'deploy', 'drift'] as const) {
    const summary = {
      plan: 'read live IAM of --env and print the operations a deploy would apply',
      deploy:
        'plan and apply to --env (--dry-run: plan only; --prune: delete owned resources no longer defined)',
      drift: 'exit 1 when live IAM of --env differs from the definitions'
    }[mode]
    const command = project(program.command(mode), FORMATS.plan, { envRequired: true })
      .summary(summary)
      .description(`${summary[0].toUpperCase()}${summary.slice(1)}. Uses the standard AWS credential chain.`)
      .option('--prune', 'include deletions of roles and policies this repository owns but no longer defines')
    if (mode === 'plan')
      command.option('--plan-file <file>', 'also write the plan (operations and digest) to this file')
    if (mode === 'deploy')
      command
        .option('--dry-run', 'plan only, change nothing')
        .option('--plan-digest <digest>', 'apply only if the plan still has this digest (printed by plan)')
    command.action(run<DeployOptions>(options => deploy(mode, options, io)))
  }

  project(program.command('matrix'), FORMATS.matrix, { failOn: false })
    .summary('print the role × service access-level matrix of each environment')
    .description(
      'Print the role × service access-level matrix of each environment (wildcards expanded, inline and attached policies together).'
    )
    .action(run(options => matrix(options, io)))

  project(program.command('bootstrap'), FORMATS.bootstrap, { failOn: false })
    .summary(
      'write CloudFormation for the GitHub OIDC provider, boundary and deployer role of each environment'
    )
    .description(
      'One CloudFormation template per environment: the GitHub OIDC provider, the permissions boundary and the deployer role.\nWith --env it is printed; with --out-dir DIR each environment is written to DIR/bootstrap-<env>.yml.'
    )
    .option(
      '--out-dir <dir>',
      'write bootstrap-<env>.yml for each environment (or only --env) into this folder'
    )
    .option(
      '--repository <owner/repo>',
      'the GitHub repository whose jobs may deploy (default: $GITHUB_REPOSITORY)'
    )
    .action(run<BootstrapOptions>(options => bootstrap(options, io)))

  project(program.command('import'), FORMATS.import, { envRequired: true, failOn: false })
    .summary("write definitions from the roles that exist in --env's account (read-only)")
    .description(
      "Write definition files from the roles that exist in --env's account. Reads IAM only (docs/import.md)."
    )
    .option(
      '--match <glob>',
      'role names to import (* and ?; repeatable; !GLOB excludes; default: all)',
      collect,
      [] as string[]
    )
    .option('--path-prefix <prefix>', 'only roles whose IAM path starts with this')
    .option('--out <dir>', "folder for new files (default: the first definitions glob's folder)")
    .option('--force', 'merge into files changed since import wrote them')
    .action(run<ImportOptions>(options => importRoles(options, io)))

  // can: CLI only (src/commands/index.ts CLI_ONLY_COMMANDS): one offline answer for a person or a script.
  project(program.command('can'), FORMATS.can, { envRequired: true, failOn: false })
    .summary('may ROLE do ACTION on RESOURCE in --env? An offline answer with the deciding statements')
    .description(
      "Evaluate one request against the role's policies and permissions boundary as rendered for --env, offline (docs/can.md).\nExit 0 allowed, 1 denied, 2 unknown (a policy RoleGate cannot read, or a request key such as aws:RequestedRegion that --context must give) or a usage error."
    )
    .argument('<role>', 'logical name of the role (or its physical IAM name, or its ARN)')
    .argument('<action>', 'one IAM action, e.g. s3:GetObject (no wildcards)')
    .argument('<resource>', 'the resource ARN, or * for an action that takes no resource')
    .option(
      '--context <key=value>',
      'a request context key and value (repeatable; a repeated key is multi-valued)',
      collect
    )
    .action(async (role: string, action: string, resource: string, options: CanCliOptions) => {
      exitCode = await can(role, action, resource, options, io)
    })

  // init: CLI only (src/commands/index.ts CLI_ONLY_COMMANDS); reads no rolegate.yml, writes one.
  program
    .command('init')
    .summary('write rolegate.yml, an example role and the workflow here (docs/init.md)')
    .description(
      'Write rolegate.yml, iam/example-role.yml and .github/workflows/rolegate.yml in the current folder. Asks nothing; refuses, writing nothing, when any of them exists (docs/init.md).'
    )
    .option('--project <name>', "the project: first part of every role name (default: the folder's name)")
    .option(
      '--env <name=account>',
      'an environment and its 12-digit AWS account id (repeatable, in deploy order)',
      collect,
      [] as string[]
    )
    .option('--region <region>', "every environment's region (default: us-east-1)")
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .showHelpAfterError('(run "rolegate help init" for usage)')
    .action(run<InitOptions>(options => init(options, io)))

  // "rolegate help valdate": the unknown command's own error, with its suggestion.
  const [first, second] = argv
  const helpFor =
    first === 'help' && second !== undefined && !program.commands.some(command => command.name() === second)
      ? [second]
      : argv
  try {
    await program.parseAsync(helpFor, { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; a usage error (commander printed it) and help after a missing command exit 2.
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof UsageError) {
      // Messages quote the definitions (file names, values): no escape sequence or workflow command.
      const { safeLines } = await import('./report/text.js')
      io.err(`${safeLines(`rolegate: ${error.message}`.split('\n'))}\n`)
      return 2
    }
    io.err(`rolegate: unexpected failure (please report it): ${errorDetail(error)}\n`)
    return 3
  }
}

/**
 * A commander Command that also suggests a flag commander's edit distance misses
 * (`--enviroment` → `--env`).
 */
class RoleGateCommand extends Command {
  override createCommand(name?: string): RoleGateCommand {
    return new RoleGateCommand(name)
  }

  /**
   * An option that takes one value, given twice, is a usage error: commander keeps the last, so
   * `deploy --env dev --env prod` would act on prod alone, silently. Repeatable options collect
   * their values with collect() (`--context`, `--match`, `init --env`).
   */
  override addOption(option: Option): this {
    super.addOption(option)
    if (!(option.required || option.optional)) return this
    // Commander takes the next argument as the value even when it is an option: `--env --format
    // json` set env to "--format" and then complained about "json". A value that is one of the
    // command's options is that mistake (`--match=--legacy-role` is a value: no such option).
    this.on(`option:${option.name()}`, (value: unknown) => {
      const flag = typeof value === 'string' ? value.split('=')[0] : undefined
      const options = [...this.options, ...(this.parent?.options ?? [])]
      if (flag && options.some(known => known.long === flag))
        this.error(`error: option '${option.flags}' needs a value, but is followed by the option ${value}`, {
          code: 'rolegate.missingOptionValue',
          exitCode: 2
        })
    })
    if (option.parseArg === collect) return this
    let first: string | undefined
    this.on(`option:${option.name()}`, (value: string) => {
      if (first === undefined || value === first) {
        first = value
        return
      }
      this.error(
        `error: option '${option.long}' is given more than once, with different values ('${first}', then '${value}'); it takes one value: give it once`,
        { code: 'rolegate.repeatedOption', exitCode: 2 }
      )
    })
    return this
  }

  unknownOption(flag: string): void {
    const bare = flag.split('=')[0]
    for (const [near, real] of Object.entries(NEAR_FLAGS)) {
      // Only a flag this command takes: `init --configuration` must not suggest --config.
      if (!this.options.some(option => option.long === real)) continue
      if (bare === near)
        this.error(`error: option ${near} is spelled ${real} in RoleGate: use ${real}`, {
          code: 'commander.unknownOption'
        })
      if (editDistance(bare, near) <= 3)
        this.error(`error: unknown option '${flag}'\n(Did you mean ${real}?)`, {
          code: 'commander.unknownOption'
        })
    }
    // commander's own message and suggestion (a private method in its typings).
    ;(
      Command.prototype as unknown as { unknownOption(this: Command, flag: string): void }
    ).unknownOption.call(this, flag)
  }
}

/** The options of a command that reads rolegate.yml. */
function project(
  command: Command,
  formats: readonly Format[],
  { envRequired = false, failOn = true }: { envRequired?: boolean; failOn?: boolean } = {}
): Command {
  command
    .option(
      '--config <file>',
      'rolegate.yml to use (default: the nearest one upward from the current folder)'
    )
    .option(
      '--env <name>',
      envRequired
        ? 'the rolegate.yml environment to act on (required)'
        : 'only this environment (default: all)'
    )
    .addOption(new Option('--format <format>', 'output format').choices(formats).default(formats[0]))
  if (failOn)
    command.addOption(
      new Option('--fail-on <level>', 'exit 1 on findings of this severity or worse')
        .choices(FAIL_ON)
        .default('error')
    )
  return command.showHelpAfterError(`(run "rolegate help ${command.name()}" for usage)`)
}

/** --env for the commands that act on one account: checked here, with what to do. */
function requireEnv(command: string, options: ProjectOptions, what: string): string {
  if (options.env === undefined)
    throw new UsageError(`--env is required for ${command}: name the rolegate.yml environment ${what}`)
  return options.env
}

interface DeployOptions extends ProjectOptions {
  prune?: boolean
  dryRun?: boolean
  planFile?: string
  planDigest?: string
}
interface BootstrapOptions extends ProjectOptions {
  outDir?: string
  repository?: string
}
interface ImportOptions extends ProjectOptions {
  match: string[]
  pathPrefix?: string
  out?: string
  force?: boolean
}

async function located(options: ProjectOptions, io: Io, reportsPaths = true) {
  const config = await locateConfig(io.cwd, options.config)
  const full = path.join(config.workspace, config.configPath)
  if ((await kindOf(full)) === 'folder') {
    // Said here, in the CLI's words: the loader's "not found" names the action's input too.
    const inside = path.join(full, 'rolegate.yml')
    const hint =
      (await kindOf(inside)) === 'file'
        ? ` in it: --config ${path.join(options.config ?? config.display, 'rolegate.yml')}`
        : ''
    throw new UsageError(
      options.config !== undefined
        ? `--config ${options.config} is a folder, not a file; pass the path of the rolegate.yml file${hint || ' (or run "rolegate init" in that folder to create one)'}`
        : `${config.display} is a folder, not a file; rolegate.yml must be a file (or pass --config with the path of one)`
    )
  }
  // Found above the current folder: say which. Report paths are relative to its folder: a command
  // that reports findings says so whenever that is not the current folder.
  const elsewhere = path.resolve(config.workspace) !== path.resolve(io.cwd)
  // For a reader: JSON and SARIF carry the workspace themselves (report.md, SARIF's srcRoot).
  if (reportsPaths && elsewhere && (options.format === 'text' || options.format === 'markdown'))
    io.err(
      options.config === undefined
        ? `rolegate: using ${config.display}; paths below are relative to its folder\n`
        : `rolegate: paths below are relative to the folder of ${config.display}\n`
    )
  else if (options.config === undefined && elsewhere) io.err(`rolegate: using ${config.display}\n`)
  return { configPath: config.configPath, workspace: config.workspace, environment: options.env }
}

/** Text for a terminal: coloured when io says so. */
function terminal(io: Io, text: string): string {
  return io.colour ? colourText(text) : text
}

async function validate(options: ProjectOptions, io: Io): Promise<number> {
  const project = await located(options, io)
  const [{ runValidate }, { findingsExitCode }] = await Promise.all([
    import('./commands/validate.js'),
    import('./report/report.js')
  ])
  const { report, configInvalid } = await runValidate(project)
  const failOn = options.failOn ?? 'error'
  io.out(await formatReport(report, options.format, project.workspace, io, { failOn, configInvalid }))
  return configInvalid ? 2 : findingsExitCode(report.summary, failOn)
}

async function diff(options: ProjectOptions & { base: string }, io: Io): Promise<number> {
  const project = await located(options, io)
  const [{ runDiff }, { findingsExitCode }, { renderChangeMarkdown }, { renderChangeText, renderText }] =
    await Promise.all([
      import('./commands/diff.js'),
      import('./report/report.js'),
      import('./report/change-markdown.js'),
      import('./report/text.js')
    ])
  const outcome = await runDiff({ ...project, baseRef: options.base })
  const { report, configInvalid } = outcome
  const failOn = options.failOn ?? 'error'
  // The gate line (markdown) and the summary line (text) follow --fail-on, as the exit code does.
  if (options.format === 'markdown') io.out(renderChangeMarkdown({ ...outcome, failOn }))
  else if (options.format === 'text')
    io.out(
      terminal(io, renderText(report, { failOn, configInvalid }) + '\n' + renderChangeText(outcome.changes))
    )
  else io.out(await formatReport(report, options.format, project.workspace, io, { failOn, configInvalid }))
  return configInvalid ? 2 : findingsExitCode(report.summary, failOn)
}

async function deploy(mode: 'plan' | 'deploy' | 'drift', options: DeployOptions, io: Io): Promise<number> {
  const environment = requireEnv(mode, options, 'to act on')
  const { parsePlanDigest, planFile } = await import('./plan/digest.js')
  const planDigest = options.planDigest === undefined ? undefined : parsePlanDigest(options.planDigest)
  if (options.planDigest !== undefined && !planDigest)
    throw new UsageError(
      `--plan-digest must be the digest "rolegate plan" printed (sha256: and 64 hex digits); got "${options.planDigest}"`
    )
  // Checked before AWS is read: a plan file that cannot be written is a usage error, not a lost plan.
  if (options.planFile !== undefined) await checkOutputPath('--plan-file', options.planFile, 'file', io.cwd)
  const project = await located(options, io)
  const [
    { runDeploy },
    { renderMarkdown },
    { renderPlanMarkdown },
    { renderPlanText },
    { renderText, safeLines },
    { conflictsFailure }
  ] = await Promise.all([
    import('./commands/deploy.js'),
    import('./report/markdown.js'),
    import('./report/change-markdown.js'),
    import('./report/plan-text.js'),
    import('./report/text.js'),
    import('./report/plan-report.js')
  ])
  const outcome = await runDeploy({
    ...project,
    environment,
    mode,
    failOn: options.failOn ?? 'error',
    dryRun: options.dryRun ?? false,
    prune: options.prune ?? false,
    planDigest,
    // The CLI uses the standard AWS credential chain (environment, profile, SSO, ...).
    credentials: async () => undefined,
    log: line => io.err(`${safeLines([line])}\n`)
  })
  const { report, plan } = { report: outcome.report, plan: outcome.report.plan }
  if (options.format === 'json') io.out(JSON.stringify(report, null, 2) + '\n')
  else if (options.format === 'markdown') {
    io.out(renderMarkdown(report, undefined, undefined, options.failOn ?? 'error'))
    if (plan) io.out(renderPlanMarkdown(plan, outcome.change, mode) + '\n')
    if (plan) io.out(`Plan digest: \`${plan.digest}\`\n`)
  } else {
    let text = renderText(report)
    if (plan) text += '\n' + renderPlanText(plan, outcome.change, mode) + `\nPlan digest: ${plan.digest}\n`
    io.out(terminal(io, text))
  }
  if (options.planFile !== undefined && outcome.plan) {
    const file = path.resolve(io.cwd, options.planFile)
    const text = planFile(outcome.plan)
    await writing('--plan-file', options.planFile, async () => {
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, text)
    })
    io.err(`Plan written to ${file}\n`)
  }
  // Refusals quote file names and findings: one safe line each.
  if (outcome.refusal) io.err(`${safeLines(`rolegate: ${outcome.refusal}`.split('\n'))}\n`)
  // As the action says it: the conflicts heading is far above when the plan is long.
  else if (outcome.exitCode !== 0 && plan?.conflicts.length)
    io.err(`rolegate: ${conflictsFailure(mode, plan, options.dryRun)}\n`)
  return outcome.exitCode
}

async function matrix(options: ProjectOptions, io: Io): Promise<number> {
  const [
    { analyze },
    { permissionMatrix },
    { renderMatrixMarkdown },
    { baseReport, findingsExitCode },
    { renderText }
  ] = await Promise.all([
    import('./commands/analyze.js'),
    import('./compare/matrix.js'),
    import('./report/matrix.js'),
    import('./report/report.js'),
    import('./report/text.js')
  ])
  const analysis = await analyze(await located(options, io))
  const matrices = Object.values(analysis.state.environments).map(permissionMatrix)
  io.out(
    options.format === 'json'
      ? JSON.stringify(matrices, null, 2) + '\n'
      : matrices.map(renderMatrixMarkdown).join('\n')
  )
  // A role whose file does not load is missing from the matrix: the findings say why, on stderr
  // (stdout stays the matrix), and errors fail the command as they fail the action's matrix.
  const report = baseReport(
    'matrix',
    analysis.configFile,
    analysis.environmentNames,
    analysis.findings,
    analysis.suppressions
  )
  if (report.findings.length > 0) {
    const text = renderText(report)
    io.err(io.errColour ? colourText(text) : text)
  }
  if (!analysis.config) return 2
  return findingsExitCode(report.summary, 'error')
}

async function bootstrap(options: BootstrapOptions, io: Io): Promise<number> {
  if (options.env === undefined && options.outDir === undefined)
    throw new UsageError(
      'bootstrap writes one CloudFormation template per environment: pass --env NAME to print one, or --out-dir DIR to write DIR/bootstrap-<env>.yml for each'
    )
  // Checked before anything is rendered: a path that cannot be a folder is a usage error.
  if (options.outDir !== undefined) await checkOutputPath('--out-dir', options.outDir, 'folder', io.cwd)
  const { runBootstrap } = await import('./commands/bootstrap.js')
  const templates = await runBootstrap({
    ...(await located(options, io, false)),
    repository: options.repository
  })
  const json = options.format === 'json'
  if (options.outDir === undefined) {
    const [only] = templates
    io.out(json ? JSON.stringify(only.template, null, 2) + '\n' : only.yaml)
    return 0
  }
  const folder = path.resolve(io.cwd, options.outDir)
  await writing('--out-dir', options.outDir, () => mkdir(folder, { recursive: true }))
  for (const template of templates) {
    const file = path.join(folder, json ? template.fileName.replace(/\.yml$/, '.json') : template.fileName)
    await writing('--out-dir', options.outDir, () =>
      writeFile(file, json ? JSON.stringify(template.template, null, 2) + '\n' : template.yaml)
    )
    io.err(`${template.environment}: wrote ${path.relative(io.cwd, file) || file}\n`)
  }
  return 0
}

interface CanCliOptions extends ProjectOptions {
  context?: string[]
}

async function can(
  role: string,
  action: string,
  resource: string,
  options: CanCliOptions,
  io: Io
): Promise<number> {
  const environment = requireEnv('can', options, 'whose rendering to ask about')
  const project = await located(options, io, false)
  const [{ canExitCode, runCan }, { renderCanText }] = await Promise.all([
    import('./commands/can.js'),
    import('./report/can.js')
  ])
  const outcome = await runCan({
    ...project,
    environment,
    role,
    action,
    resource,
    context: options.context ?? []
  })
  io.out(
    options.format === 'json' ? JSON.stringify(outcome, null, 2) + '\n' : terminal(io, renderCanText(outcome))
  )
  return canExitCode(outcome)
}

interface InitOptions {
  project?: string
  env: string[]
  region?: string
  format: Format
}

async function init(options: InitOptions, io: Io): Promise<number> {
  const [{ renderInitText, runInit }, { parseEnvironmentArgument }] = await Promise.all([
    import('./commands/init.js'),
    import('./init/scaffold.js')
  ])
  const outcome = await runInit({
    cwd: io.cwd,
    project: options.project,
    environments: options.env.map(parseEnvironmentArgument),
    region: options.region
  })
  io.out(options.format === 'json' ? JSON.stringify(outcome, null, 2) + '\n' : renderInitText(outcome))
  return 0
}

async function importRoles(options: ImportOptions, io: Io): Promise<number> {
  const environment = requireEnv('import', options, 'whose account to read')
  if (options.out !== undefined) await checkOutputPath('--out', options.out, 'folder', io.cwd)
  const project = await located(options, io, false)
  const [{ renderImportText, runImport }, { safeLines }] = await Promise.all([
    import('./commands/import.js'),
    import('./report/text.js')
  ])
  const imported = await runImport({
    ...project,
    environment,
    match: options.match,
    pathPrefix: options.pathPrefix,
    out: options.out === undefined ? undefined : path.resolve(io.cwd, options.out),
    force: options.force ?? false,
    credentials: async () => undefined,
    log: line => io.err(`${safeLines([line])}\n`)
  })
  io.out(options.format === 'json' ? JSON.stringify(imported, null, 2) + '\n' : renderImportText(imported))
  return 0
}

async function formatReport(
  report: Report,
  format: Format,
  workspace: string,
  io: Io,
  gate?: TextGate
): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n'
    case 'markdown':
      // A rolegate.yml that does not load fails (exit 2) whatever --fail-on says: no gate then.
      return (await import('./report/markdown.js')).renderMarkdown(
        report,
        undefined,
        undefined,
        gate?.configInvalid ? undefined : gate?.failOn
      )
    case 'sarif': {
      const { renderSarif } = await import('./report/sarif.js')
      const sarif = renderSarif(report, VERSION, {
        srcRoot: workspace,
        executionSuccessful: !gate?.configInvalid
      })
      return JSON.stringify(sarif, null, 2) + '\n'
    }
    default:
      return terminal(io, (await import('./report/text.js')).renderText(report, gate))
  }
}

/** What is at a path: `missing` when nothing is (or it cannot be looked at: the write says why). */
async function kindOf(file: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    return (await stat(file)).isDirectory() ? 'folder' : 'file'
  } catch {
    return 'missing'
  }
}

/**
 * An output path an option names, checked before the command does its work: a folder option that
 * names a file, a file option that names a folder, or a path under a file is a usage error (exit 2)
 * naming the path and what to do, not a crash at mkdir or writeFile.
 */
async function checkOutputPath(option: string, given: string, want: 'file' | 'folder', cwd: string) {
  const full = path.resolve(cwd, given)
  const kind = await kindOf(full)
  if (want === 'folder' && kind === 'file')
    throw new UsageError(
      `${option} ${given} is a file, not a folder; pass a folder to write into (it is created if missing)`
    )
  if (want === 'file' && kind === 'folder')
    throw new UsageError(
      `${option} ${given} is a folder, not a file; pass the path of the file to write, e.g. ${path.join(given, 'plan.json')}`
    )
  if (kind !== 'missing') return
  // Missing: its folders are created, so none of them may be a file.
  for (let folder = path.dirname(full); ; folder = path.dirname(folder)) {
    const above = await kindOf(folder)
    if (above === 'file')
      throw new UsageError(
        `${option} ${given} cannot be created: ${path.relative(cwd, folder) || folder} is a file, not a folder; pass a path under a folder`
      )
    if (above === 'folder' || path.dirname(folder) === folder) return
  }
}

/** A write an option asked for: a file-system refusal is a usage error naming the option and path. */
async function writing(option: string, given: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write()
  } catch (error) {
    const code = errorCode(error)
    const why: Record<string, string> = {
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EROFS: 'read-only file system',
      EEXIST: 'a file is in the way',
      ENOTDIR: 'a file is in the way of a folder',
      EISDIR: 'it is a folder',
      ENOSPC: 'no space left on the device'
    }
    if (code === undefined || !Object.hasOwn(why, code)) throw error
    throw new UsageError(
      `${option} ${given}: cannot write ${(error as { path?: string }).path ?? given} (${why[code]}); pass another path`
    )
  }
}

/** Optimal string alignment distance (for flag suggestions). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  return d[a.length][b.length]
}

/**
 * The process's streams. A reader that stops early (`rolegate validate --format sarif | head -1`,
 * `deploy 2>&1 | head`) closes the pipe: the rest of that stream's output is dropped instead of
 * crashing the process with EPIPE (mid-deploy, for stderr), and the exit code is the command's.
 */
function processIo(cwd: string, failures: StreamFailures): Io {
  const guarded = (stream: NodeJS.WriteStream, name: keyof StreamFailures) => {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      failures[name] ??= error
    })
    return (text: string) => {
      if (!failures[name]) stream.write(text)
    }
  }
  return {
    cwd,
    env: process.env,
    out: guarded(process.stdout, 'stdout'),
    err: guarded(process.stderr, 'stderr'),
    colour: colourEnabled(process.stdout, process.env),
    errColour: colourEnabled(process.stderr, process.env)
  }
}

interface StreamFailures {
  stdout?: NodeJS.ErrnoException
  stderr?: NodeJS.ErrnoException
}

/** Resolves once what was written to stdout is flushed (or failed): a write error arrives later. */
function flushed(): Promise<void> {
  return new Promise(resolve => process.stdout.write('', () => resolve()))
}

/** The folder the CLI runs in; a shell whose folder was deleted has none (ENOENT). */
function currentFolder(): string | undefined {
  try {
    return process.cwd()
  } catch {
    return undefined
  }
}

const cwd = currentFolder()
if (cwd === undefined) {
  process.stderr.write(
    'rolegate: the current folder no longer exists; cd into the repository and run again\n'
  )
  process.exitCode = 2
} else {
  const failures: StreamFailures = {}
  const exitCode = await main(process.argv.slice(2), processIo(cwd, failures))
  if (!failures.stdout) await flushed()
  const failure = failures.stdout
  // A full disk (`> /dev/full`) lost the report: not the command's result, and never silent.
  if (failure && failure.code !== 'EPIPE') {
    if (!failures.stderr) process.stderr.write(`rolegate: could not write the output: ${failure.message}\n`)
    process.exitCode = 3
  } else process.exitCode = exitCode
}
