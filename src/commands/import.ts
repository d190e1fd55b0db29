/**
 * import: roles that exist in an account → definition files, the first step of a migration.
 * Reads live IAM with the same few-call reader as plan (read-only credentials), plans every file
 * with the pure core (src/import/), and writes only when nothing stops the import.
 */
import { iamClient } from '../aws/iam-client.js'
import type { AwsCredentialIdentity } from '@smithy/types'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { verifyAccount } from '../aws/credentials.js'
import { readLiveEnvironment } from '../aws/read-live.js'
import type { EnvironmentConfig } from '../definitions/schema.js'
import { loadProject } from '../fs/load-project.js'
import { checkInsideWorkspace, writeWorkspaceFiles } from '../fs/write-workspace.js'
import { diskTree, isInside, workspacePath } from '../fs/project-files.js'
import { UsageError } from '../model/errors.js'
import { planImport, type ImportProject } from '../import/index.js'
import { normalizePathPrefix, roleSelector } from '../import/select.js'
import type { FileAction } from '../import/plan-files.js'
import { OWNERSHIP_TAG } from '../model/state.js'
import { partitionOf } from '../render/render.js'
import { safeLines } from '../report/text.js'
import { didYouMean } from '../util/suggest.js'
import { ownershipValue } from './analyze.js'

export interface ImportOptions {
  configPath: string
  workspace: string
  environment: string
  /** Role name globs; `!glob` excludes. */
  match: readonly string[]
  pathPrefix?: string
  /** Folder for new files, relative to the workspace; default: the first definitions glob's folder. */
  out?: string
  force: boolean
  managedBy?: string
  /** Returns credentials for the environment, or undefined to use the ambient chain. */
  credentials: (environment: EnvironmentConfig) => Promise<AwsCredentialIdentity | undefined>
  log?: (line: string) => void
}

export interface ImportedFile {
  file: string
  action: FileAction
  kind: 'Role' | 'ManagedPolicy'
  name: string
  physicalName: string
  adopt: boolean
  reason?: string
}

/** The JSON report of import (`--format json`). */
export interface ImportReport {
  schemaVersion: 1
  command: 'import'
  config: string
  environment: string
  account: string
  callerArn: string
  outFolder: string
  files: ImportedFile[]
  /** Roles not imported, by reason. */
  notImported: {
    serviceLinked: number
    awsReserved: number
    /** Outside --match / --path-prefix. */
    unmatched: number
    ownedElsewhere: { name: string; owner: string }[]
  }
  /** Differences the first deploy makes on purpose besides the ownership tag. */
  notes: string[]
}

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const log = options.log ?? (() => {})
  const tree = diskTree(options.workspace)
  const configFile = workspacePath(options.configPath, options.workspace)
  const loaded = await loadProject(tree, configFile, { requireConfig: true })
  // A glob that matches no file yet is where a migration starts; any other error stops it.
  const firstError = loaded.findings.find(
    finding => finding.severity === 'error' && (!loaded.config || finding.file !== configFile)
  )
  if (!loaded.config || firstError) {
    const where = firstError ? ` (${firstError.file}:${firstError.line}: ${firstError.message})` : ''
    throw new UsageError(
      loaded.config
        ? `cannot import: a definition file does not load${where}; import merges into the definitions it finds, so fix it first ("rolegate validate" lists every problem)`
        : `cannot import: ${configFile} is invalid${where}; fix it first ("rolegate validate" lists every problem)`
    )
  }
  const config = loaded.config
  const known = Object.keys(config.environments)
  const environmentConfig = Object.hasOwn(config.environments, options.environment)
    ? config.environments[options.environment]
    : undefined
  if (!environmentConfig)
    throw new UsageError(
      `cannot import: environment "${options.environment}" is not defined in ${configFile}${didYouMean(options.environment, known)}; known: ${known.join(', ')}`
    )
  const outFolder = options.out === undefined ? undefined : workspaceFolder(options.out, options.workspace)
  // A link inside the repository can lead out of it: where the folder really is counts.
  if (options.out !== undefined)
    await checkInsideWorkspace(options.workspace, options.out, `--out ${options.out}`)
  const managedBy = await ownershipValue(config, options.managedBy, options.workspace)

  const credentials = await options.credentials(environmentConfig)
  const callerArn = await verifyAccount(
    credentials,
    environmentConfig.region,
    environmentConfig.account,
    options.environment,
    'import'
  )
  log(`Reading IAM of account ${environmentConfig.account} (${options.environment}) as ${callerArn}.`)
  const selector = roleSelector({
    match: options.match,
    pathPrefix: options.pathPrefix === undefined ? undefined : normalizePathPrefix(options.pathPrefix)
  })
  const client = iamClient(environmentConfig.region, credentials)
  let live
  try {
    live = await readLiveEnvironment(client, {
      desired: {
        environment: options.environment,
        account: environmentConfig.account,
        region: environmentConfig.region,
        partition: partitionOf(environmentConfig),
        roles: [],
        managedPolicies: []
      },
      managedBy,
      namePrefix: '',
      selectRole: role => selector.classify(role) === 'selected'
    })
  } finally {
    client.destroy()
  }
  const selection = selector.summary()
  const where = `account ${environmentConfig.account} (${options.environment})${options.pathPrefix ? ` under path ${normalizePathPrefix(options.pathPrefix)}` : ''}`
  const never =
    'service-linked (/aws-service-role/) and AWS-reserved (/aws-reserved/) roles are never imported'
  if (selection.globsMatchingNothing.length > 0)
    throw new UsageError(
      `cannot import: --match ${selection.globsMatchingNothing.map(glob => `"${glob}"`).join(', ')} matches no role in ${where}; nothing was written (${never}; globs use * and ?, case-insensitively)`
    )
  if (selection.selected === 0)
    throw new UsageError(`cannot import: no role to import in ${where}; nothing was written (${never})`)

  const project: ImportProject = {
    config,
    configFile,
    configText: await readFile(path.join(options.workspace, configFile), 'utf8'),
    definitions: loaded.definitions,
    fileTexts: new Map(
      [...(loaded.files ?? new Map())].flatMap(([file, item]) =>
        item.text === undefined ? [] : [[file, item.text] as const]
      )
    ),
    allFiles: new Set(await tree.list(''))
  }
  const plan = planImport({
    project,
    environment: options.environment,
    live,
    managedBy,
    force: options.force,
    ...(outFolder === undefined ? {} : { outFolder })
  })
  if (plan.inexpressible.length > 0) {
    const lines = plan.inexpressible.map(
      problem => `  ${problem.resource}: ${problem.field} ${problem.reason}`
    )
    throw new UsageError(
      [
        `cannot import: ${plan.inexpressible.length} value(s) in ${where} cannot be written as definitions; nothing was written. Leave those roles out with --match '!NAME', or change them in IAM first:`,
        ...lines
      ].join('\n')
    )
  }
  if (plan.files.length === 0 && plan.ownedElsewhere.length > 0)
    throw new UsageError(
      `cannot import: no role to import in ${where}; nothing was written (every role selected is another owner's: ${plan.ownedElsewhere
        .map(role => `${role.name} (${role.owner})`)
        .join(', ')}; RoleGate imports only roles it could own)`
    )
  await writeWorkspaceFiles(
    options.workspace,
    plan.files.flatMap(file => (file.text === undefined ? [] : [{ file: file.file, text: file.text }]))
  )
  return {
    schemaVersion: 1,
    command: 'import',
    config: configFile,
    environment: options.environment,
    account: environmentConfig.account,
    callerArn,
    outFolder: plan.outFolder,
    files: plan.files.map(file => ({
      file: file.file,
      action: file.action,
      kind: file.kind,
      name: file.name,
      physicalName: file.physicalName,
      adopt: file.adopt,
      ...(file.reason ? { reason: file.reason } : {})
    })),
    notImported: {
      serviceLinked: selection.serviceLinked,
      awsReserved: selection.awsReserved,
      unmatched: selection.unmatched,
      ownedElsewhere: plan.ownedElsewhere
    },
    notes: plan.notes
  }
}

function workspaceFolder(folder: string, workspace: string): string {
  const full = path.resolve(workspace, folder)
  const relative = path.relative(workspace, full)
  if (!isInside(workspace, full))
    throw new UsageError(
      `--out ${folder} is outside the workspace ${workspace}; definitions must live in the repository`
    )
  return relative.split(path.sep).join('/') || '.'
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

const VERB: Record<FileAction, string> = {
  created: 'created  ',
  merged: 'merged   ',
  unchanged: 'unchanged',
  skipped: 'skipped  '
}

/** The import report for a terminal or a job summary. */
export function renderImportText(report: ImportReport): string {
  const roles = report.files.filter(file => file.kind === 'Role').length
  const policies = report.files.length - roles
  const lines = [
    `${count(roles, 'role')} and ${count(policies, 'customer managed policy', 'customer managed policies')} to import from ${report.environment} (account ${report.account}):`
  ]
  for (const file of report.files) {
    const what = `${file.kind === 'Role' ? 'role' : 'managed policy'} ${file.physicalName} as ${file.name}`
    lines.push(`  ${VERB[file.action]} ${file.file}  (${what})${file.reason ? `: ${file.reason}` : ''}`)
  }
  const done = (action: FileAction) => report.files.filter(file => file.action === action).length
  lines.push(
    `${done('created')} written, ${done('merged')} merged, ${done('unchanged')} unchanged, ${done('skipped')} skipped.`
  )
  const skipped = report.notImported
  const skips = [
    skipped.serviceLinked
      ? `${count(skipped.serviceLinked, 'service-linked role')} (/aws-service-role/)`
      : '',
    skipped.awsReserved ? `${count(skipped.awsReserved, 'AWS-reserved role')} (/aws-reserved/)` : '',
    skipped.unmatched ? `${count(skipped.unmatched, 'role')} outside --match/--path-prefix` : '',
    ...skipped.ownedElsewhere.map(role => `role ${role.name} (managed by ${role.owner}: import it there)`)
  ].filter(Boolean)
  if (skips.length > 0) lines.push(`Not imported: ${skips.join(', ')}.`)
  const adopted = report.files.filter(file => file.adopt && file.action !== 'skipped').length
  if (adopted > 0)
    lines.push(
      `${count(adopted, 'definition')} ${adopted === 1 ? 'says' : 'say'} "adopt: true": those roles and policies lack the ${OWNERSHIP_TAG} tag, so the first deploy takes them over explicitly (plan shows only TagRole/TagPolicy); drop adopt after it.`
    )
  for (const note of report.notes) lines.push(`Note: ${note}.`)
  const skippedFiles = report.files.filter(file => file.action === 'skipped')
  if (skippedFiles.length > 0)
    lines.push(
      `Skipped files were not compared with IAM: where IAM changed since they were written, "rolegate plan" shows IAM being changed back to them. Merge each by hand before deploying: ${skippedFiles.map(file => file.file).join(', ')}.`
    )
  lines.push(
    `Next: review the files, "rolegate validate", "rolegate plan --env ${report.environment}" (expect only the ownership tag${skippedFiles.length > 0 ? ' for the files written; the skipped ones may differ' : ''}), commit, deploy (docs/import.md).`
  )
  // Notes quote rolegate.yml and IAM: one line each, no escapes, no workflow commands.
  return safeLines(lines) + '\n'
}
