/**
 * The GitHub Action entry point: reads inputs, runs the command, writes annotations, the job
 * summary, the JSON report and outputs. Decisions live in src/commands/; this file only wires.
 */
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { COMMANDS, notYetAvailable } from './commands/index.js'
import { runValidate } from './commands/validate.js'
import { UsageError } from './fs/project-files.js'
import { annotate, overflowNote } from './github/annotations.js'
import { renderMarkdown } from './report/markdown.js'
import { findingsExitCode, type FailOn, type Report } from './report/report.js'
import { renderText } from './report/text.js'

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never']

export async function run(): Promise<void> {
  try {
    const command = core.getInput('command') || 'check'
    if (!(COMMANDS as readonly string[]).includes(command)) {
      throw new UsageError(`input "command" must be one of ${COMMANDS.join(', ')}; got "${command}"`)
    }
    const failOn = (core.getInput('fail-on') || 'error') as FailOn
    if (!FAIL_ON.includes(failOn)) throw new UsageError(`input "fail-on" must be one of ${FAIL_ON.join(', ')}; got "${failOn}"`)
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const options = {
      configPath: core.getInput('config') || 'rolegate.yml',
      workspace,
      environment: core.getInput('environment') || undefined
    }
    if (command !== 'validate') throw new UsageError(notYetAvailable(command))

    const { report, configInvalid } = await runValidate(options)
    process.stdout.write(renderText(report))
    const annotations = annotate(report.findings)
    await core.summary.addRaw(renderMarkdown(report, overflowNote(annotations))).write()
    await publishOutputs(report)
    if (configInvalid) {
      core.setFailed(`${report.config} is invalid: fix the errors above`)
    } else if (findingsExitCode(report.summary, failOn) !== 0) {
      core.setFailed(`RoleGate ${command} found ${report.summary.error} error(s) and ${report.summary.warning} warning(s) (fail-on: ${failOn})`)
    }
  } catch (error) {
    // User input problems get their message alone; anything else is a bug worth its stack.
    if (error instanceof UsageError) core.setFailed(error.message)
    else core.setFailed(`RoleGate failed unexpectedly: ${(error as Error).stack ?? String(error)}`)
  }
}

async function publishOutputs(report: Report): Promise<void> {
  const folder = process.env.RUNNER_TEMP || path.join(process.cwd(), '.rolegate')
  await mkdir(folder, { recursive: true })
  const reportFile = path.join(folder, `rolegate-${report.command}-report.json`)
  await writeFile(reportFile, JSON.stringify(report, null, 2) + '\n')
  core.setOutput('findings', JSON.stringify(report.summary))
  core.setOutput('report-file', reportFile)
  core.setOutput('environments', JSON.stringify(report.environmentNames))
}

await run()
