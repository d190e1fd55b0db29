/**
 * Where each imported definition goes and what happens to the file: created, merged into the file
 * an earlier import wrote (unchanged since), left alone (a person changed it: only with --force),
 * or unchanged. Everything is computed before anything is written. Pure: the repository's files
 * come in as loaded.
 */
import path from 'node:path/posix'
import picomatch from 'picomatch'
import { loadDefinitionFile, type LoadedDefinition } from '../definitions/load.js'
import { DEFAULT_DEFINITION_GLOBS, type Config } from '../definitions/schema.js'
import { render } from '../render/render.js'
import type { ExistingNames } from './definitions.js'
import { definitionFileText, definitionModeline, unchangedSinceImport } from './file-text.js'
import { mergeDefinition } from './merge.js'
import { physicalNameKey, type EnvironmentDefinition, type WrittenDefinition } from './model.js'
import { EVERY_GRANT_LIVE } from './render-time.js'

export interface ImportProject {
  config: Config
  /** Workspace-relative path of rolegate.yml, and its text (for the schema modeline). */
  configFile: string
  configText: string
  definitions: readonly LoadedDefinition[]
  /** Text of every definition file, by workspace-relative path. */
  fileTexts: ReadonlyMap<string, string>
  /** Every file of the workspace (to avoid writing over one that is not a definition). */
  allFiles: ReadonlySet<string>
}

export type FileAction = 'created' | 'merged' | 'unchanged' | 'skipped'

export interface PlannedFile {
  file: string
  action: FileAction
  kind: EnvironmentDefinition['kind']
  name: string
  physicalName: string
  adopt: boolean
  /** skipped: why; created in a folder the definitions globs do not load: a warning. */
  reason?: string
  /** created / merged: the new text. */
  text?: string
  /** created / merged / unchanged: the definition as it will be on disk. */
  definition?: WrittenDefinition
}

/** The names the repository's definitions already give, for {@link importEnvironment}. */
export function existingNames(project: ImportProject, environment: string): ExistingNames {
  const byLogicalName = new Map<string, string | undefined>()
  for (const { definition } of project.definitions) {
    const key = `${definition.kind}:${definition.name}`
    if (!byLogicalName.has(key))
      byLogicalName.set(
        key,
        definition.kind === 'Role' ? definition.roleName : (definition as { policyName?: string }).policyName
      )
  }
  const rendered = render(project.config, project.definitions, {
    managedBy: 'rolegate-import',
    environments: [environment],
    now: EVERY_GRANT_LIVE
  }).state.environments[environment]
  const byPhysicalName = new Map<string, string>()
  for (const role of rendered?.roles ?? [])
    byPhysicalName.set(`Role:${role.name.toLowerCase()}`, role.logicalName!)
  for (const policy of rendered?.managedPolicies ?? [])
    byPhysicalName.set(`ManagedPolicy:${policy.name.toLowerCase()}`, policy.logicalName!)
  return { byPhysicalName, byLogicalName }
}

/** The folder new files go to by default: the fixed part of the first definitions glob (`iam`). */
export function defaultOutFolder(config: Config, configFile: string): string {
  const glob = (config.definitions ?? DEFAULT_DEFINITION_GLOBS)[0]
  const fixed: string[] = []
  for (const part of glob.split('/')) {
    if (/[*?[\]{}()!+@]/.test(part)) break
    fixed.push(part)
  }
  // A glob without a folder part (`*.yml`): its last part is the file name, not a folder.
  if (fixed.length === glob.split('/').length) fixed.pop()
  return path.join(path.dirname(configFile), ...fixed)
}

export interface PlanFilesInput {
  project: ImportProject
  environment: string
  imported: readonly EnvironmentDefinition[]
  /** Workspace-relative folder for new files. */
  outFolder: string
  force: boolean
}

export function planFiles(input: PlanFilesInput): PlannedFile[] {
  const { project, environment, outFolder, force } = input
  const byKey = new Map<string, LoadedDefinition>()
  const perFile = new Map<string, number>()
  for (const loaded of project.definitions) {
    const key = `${loaded.definition.kind}:${loaded.definition.name}`
    if (!byKey.has(key)) byKey.set(key, loaded)
    perFile.set(loaded.file, (perFile.get(loaded.file) ?? 0) + 1)
  }
  const configFolder = path.dirname(project.configFile)
  const globs = (project.config.definitions ?? DEFAULT_DEFINITION_GLOBS).map(glob => picomatch(glob))
  const loads = (file: string) => {
    const relative = configFolder === '.' ? file : path.relative(configFolder, file)
    return relative !== '..' && !relative.startsWith('../') && globs.some(match => match(relative))
  }
  const claimed = new Set<string>()
  const planned: PlannedFile[] = []

  for (const incoming of input.imported) {
    const common = {
      kind: incoming.kind,
      name: incoming.name,
      physicalName: incoming.physicalName,
      adopt: incoming.adopt
    }
    const existing = byKey.get(`${incoming.kind}:${incoming.name}`)
    if (existing) {
      const file = existing.file
      const text = project.fileTexts.get(file) ?? ''
      if ((perFile.get(file) ?? 0) > 1) {
        planned.push({
          ...common,
          file,
          action: 'skipped',
          reason: `${file} holds ${perFile.get(file)} definitions; import merges only into a file that holds one: merge ${environment} by hand, or move ${incoming.name} to a file of its own`
        })
        continue
      }
      // Import writes YAML with a digest comment; a JSON file can hold neither, so it is never merged.
      if (file.toLowerCase().endsWith('.json')) {
        planned.push({
          ...common,
          file,
          action: 'skipped',
          reason: `${file} is JSON, and import writes YAML: merge ${environment} into it by hand, or move ${incoming.name} to a .yml file`
        })
        continue
      }
      if (!force && !unchangedSinceImport(text)) {
        planned.push({
          ...common,
          file,
          action: 'skipped',
          reason: `${file} was changed since rolegate import wrote it (or was written by hand); import leaves it alone: pass --force to merge ${environment} into it (its comments and layout are then rewritten)`
        })
        continue
      }
      const keep = existing.definition as unknown as Record<string, unknown>
      const nameKey = physicalNameKey(incoming.kind)
      const identity = Object.hasOwn(keep, nameKey)
        ? { ...incoming, explicitName: keep[nameKey] as string }
        : incoming
      const definition = mergeDefinition({
        config: project.config,
        environment,
        incoming: identity,
        existing: existing.definition as WrittenDefinition
      })
      const newText = definitionFileText(definition, modelineFor(project, file))
      planned.push({
        ...common,
        file,
        definition,
        ...(newText === text
          ? { action: 'unchanged' as const }
          : { action: 'merged' as const, text: newText })
      })
      continue
    }
    const folder = incoming.kind === 'Role' ? 'roles' : 'policies'
    const candidates = [
      path.join(outFolder, folder, `${incoming.name}.yml`),
      path.join(outFolder, `${incoming.name}.yml`),
      path.join(outFolder, folder, `${incoming.name}.yaml`),
      path.join(outFolder, `${incoming.name}.yaml`)
    ]
    const first = candidates.find(loads) ?? candidates[0]
    const file = freePath(first, name => project.allFiles.has(name) || claimed.has(name))
    claimed.add(file)
    const definition = mergeDefinition({ config: project.config, environment, incoming })
    planned.push({
      ...common,
      file,
      action: 'created',
      definition,
      text: definitionFileText(definition, modelineFor(project, file)),
      ...(loads(file)
        ? {}
        : {
            reason: `${file} is not matched by the definitions globs of ${project.configFile}, so validate and deploy will not read it`
          })
    })
  }
  return planned
}

function freePath(file: string, taken: (file: string) => boolean): string {
  if (!taken(file)) return file
  const extension = path.extname(file)
  const stem = file.slice(0, -extension.length)
  for (let index = 2; ; index++) {
    const candidate = `${stem}-${index}${extension}`
    if (!taken(candidate)) return candidate
  }
}

function modelineFor(project: ImportProject, file: string): string | undefined {
  return definitionModeline({ file: project.configFile, text: project.configText }, project.fileTexts, file)
}

/** The definitions as they will be loaded after the import: parsed from the planned texts. */
export function definitionsAfter(
  project: ImportProject,
  planned: readonly PlannedFile[]
): { definitions: LoadedDefinition[]; loadErrors: string[] } {
  const replaced = new Map(
    planned.filter(item => item.text !== undefined).map(item => [item.file, item.text!])
  )
  const definitions = project.definitions.filter(item => !replaced.has(item.file))
  const loadErrors: string[] = []
  for (const [file, text] of replaced) {
    const loaded = loadDefinitionFile({ path: file, text })
    definitions.push(...loaded.definitions)
    for (const finding of loaded.findings)
      if (finding.severity === 'error') loadErrors.push(`${file}:${finding.line}: ${finding.message}`)
  }
  return { definitions, loadErrors }
}
