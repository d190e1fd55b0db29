/**
 * `rolegate import`, the pure part: live roles of one environment + the repository → the files to
 * write, and everything that stops the import. The command (src/commands/import.ts) reads IAM and
 * the disk before, and writes after, only when nothing stops it.
 */
import type { EnvironmentState } from '../model/state.js'
import { environmentVariables } from '../render/render.js'
import { substituteString } from '../render/variables.js'
import { importEnvironment } from './definitions.js'
import type { Inexpressible } from './model.js'
import {
  defaultOutFolder,
  definitionsAfter,
  existingNames,
  planFiles,
  type ImportProject,
  type PlannedFile
} from './plan-files.js'
import { verifyRoundTrip } from './verify.js'

export interface ImportInput {
  project: ImportProject
  environment: string
  /** The selected live roles and the customer managed policies they attach. */
  live: EnvironmentState
  managedBy: string
  /** Workspace-relative folder for new files; default: the first definitions glob's folder. */
  outFolder?: string
  force: boolean
}

export interface ImportPlan {
  outFolder: string
  files: PlannedFile[]
  /** Non-empty: nothing may be written. */
  inexpressible: Inexpressible[]
  ownedElsewhere: { name: string; owner: string }[]
  notes: string[]
}

export function planImport(input: ImportInput): ImportPlan {
  const { project, environment } = input
  const outFolder = input.outFolder ?? defaultOutFolder(project.config, project.configFile)
  const imported = importEnvironment({
    config: project.config,
    environment,
    live: input.live,
    managedBy: input.managedBy,
    existing: existingNames(project, environment)
  })
  const files = planFiles({
    project,
    environment,
    imported: imported.definitions,
    outFolder,
    force: input.force
  })
  const inexpressible = [...imported.inexpressible]
  if (inexpressible.length === 0) {
    const after = definitionsAfter(project, files)
    inexpressible.push(
      ...after.loadErrors.map(error => ({
        resource: error.split(': ')[0],
        field: 'schema',
        reason: `the written definition would not load: ${error}`
      }))
    )
    const variables = environmentVariables(project.config, environment)
    const written = files.filter(file => file.action !== 'skipped')
    inexpressible.push(
      ...verifyRoundTrip({
        config: project.config,
        environment,
        definitions: after.definitions,
        live: input.live,
        managedBy: input.managedBy,
        written: new Set(written.map(file => `${file.kind}:${file.physicalName.toLowerCase()}`)),
        files: new Set(written.map(file => file.file)),
        defaultTagKeys: new Set(
          Object.keys(project.config.defaults?.tags ?? {}).map(key =>
            substituteString(key, variables, () => {})
          )
        )
      })
    )
  }
  return {
    outFolder,
    files,
    inexpressible,
    ownedElsewhere: imported.ownedElsewhere,
    notes: imported.notes
  }
}

export type { ImportProject, PlannedFile } from './plan-files.js'
export type { Inexpressible } from './model.js'
