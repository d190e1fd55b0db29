/**
 * Loading: file contents → validated config and definitions, plus findings for everything wrong.
 * Pure: the filesystem adapter (src/fs/) hands in the contents. Every problem found is reported,
 * not just the first, and every finding names file, line and column.
 */
import type { z } from 'zod'
import type { Finding } from '../model/findings.js'
import { positionOf, type SourceLocation } from '../model/source.js'
import { hiddenKeyIssues } from './hidden-keys.js'
import { parseYamlFile, type ParsedDocument } from './parse-yaml.js'
import { schemaFindings } from './schema-findings.js'
import { runCheckpoint } from '../util/run-checkpoint.js'
import {
  configSchema,
  definitionSchema,
  knownKeysAt,
  unionOptionKeysAt,
  type Config,
  type Definition
} from './schema.js'

export interface SourceFile {
  /** Path as shown to the user: relative to the workspace, forward slashes. */
  path: string
  text?: string
  /** Why the file could not be read (not UTF-8, unreadable); `text` is then absent. */
  readError?: string
  /** What to do about `readError`; default: save the file as UTF-8 text. */
  readHint?: string
  /** Where in the file `readError` is (the first byte that is not UTF-8); default: line 1, column 1. */
  readAt?: { line: number; column: number }
  /** Set when `readError` is that the file is larger than RoleGate reads. */
  oversize?: { bytes: number; limit: number }
}

export interface LoadedDefinition {
  definition: Definition
  file: string
  location: SourceLocation
}

export interface LoadedConfig {
  config?: Config
  file: string
  findings: Finding[]
}

export function loadConfig(file: SourceFile): LoadedConfig {
  const findings: Finding[] = []
  const documents = parseFile(file, findings)
  if (!documents) return { file: file.path, findings }
  if (documents.length === 0) {
    findings.push(schemaError(file.path, 1, 'rolegate.yml is empty', 'start from the example in the README'))
    return { file: file.path, findings }
  }
  if (documents.length > 1) {
    const second = documents[1].location
    findings.push(
      schemaError(
        file.path,
        second.line,
        'rolegate.yml must hold exactly one YAML document',
        'remove the extra `---` document'
      )
    )
  }
  const [document] = documents
  const config = validate(configSchema, document, document.value, findings)
  // A file that repeats a key is validated, to report every problem at once, but never used.
  if (document.refused) return { file: file.path, findings }
  return { config: config as Config | undefined, file: file.path, findings }
}

/**
 * A file emptied by accident (a bad merge, a truncated write) would read as "its roles were
 * removed", and a deploy with prune would delete them: an empty file is an error, and deleting the
 * file is how roles are removed.
 */
const EMPTY_FILE =
  'file has no definitions; an empty file is refused because its roles would look removed (and be deleted by a deploy with prune): put the definitions back, or delete the file to remove its roles'

const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0

export interface LoadedFile {
  /** The text it was loaded from: a file with the same path and text loads the same. */
  text?: string
  definitions: LoadedDefinition[]
  findings: Finding[]
}

/** Loads one definition file: every definition in it, and every problem with it. */
export function loadDefinitionFile(file: SourceFile): LoadedFile {
  const findings: Finding[] = []
  const definitions: LoadedDefinition[] = []
  const loaded: LoadedFile = { text: file.text, definitions, findings }
  const documents = parseFile(file, findings)
  if (!documents) return loaded
  const empty = documents.length === 0 || documents.every(document => isEmptyList(document.value))
  if (empty) {
    findings.push({
      rule: 'schema',
      severity: 'error',
      message: EMPTY_FILE,
      file: file.path,
      line: 1,
      column: 1
    })
    return loaded
  }
  for (const document of documents) {
    // A JSON file may hold a list of definitions: each is at its own line.
    const list = Array.isArray(document.value) ? (document.value as unknown[]) : undefined
    const values = list ?? [document.value]
    for (let index = 0; index < values.length; index++) {
      const location = (list && positionOf(list, index)) || document.location
      const definition = validate(definitionSchema, document, values[index], findings, location)
      if (definition && !document.refused)
        definitions.push({
          definition: definition as Definition,
          file: file.path,
          location
        })
    }
  }
  return loaded
}

/**
 * Loads definition files. `reuse` holds files loaded before (the working tree, when loading the
 * base of a diff): an unchanged file is not parsed again.
 */
export function loadDefinitions(
  files: readonly SourceFile[],
  reuse?: ReadonlyMap<string, LoadedFile>
): { definitions: LoadedDefinition[]; findings: Finding[]; files: Map<string, LoadedFile> } {
  const loadedFiles = new Map<string, LoadedFile>()
  for (const file of files) {
    runCheckpoint()
    const earlier = reuse?.get(file.path)
    loadedFiles.set(
      file.path,
      earlier && earlier.text !== undefined && earlier.text === file.text ? earlier : loadDefinitionFile(file)
    )
  }
  const all = [...loadedFiles.values()]
  return {
    definitions: all.flatMap(file => file.definitions),
    findings: all.flatMap(file => file.findings),
    files: loadedFiles
  }
}

function parseFile(file: SourceFile, findings: Finding[]) {
  if (file.text === undefined) {
    findings.push({
      ...schemaError(
        file.path,
        file.readAt?.line ?? 1,
        file.readError ?? 'cannot read file',
        file.readHint ?? 'save the file as UTF-8 text'
      ),
      column: file.readAt?.column ?? 1
    })
    return undefined
  }
  const parsed = parseYamlFile(file.path, file.text)
  for (const problem of parsed.problems) {
    findings.push({
      rule: 'schema',
      severity: 'error',
      message: problem.hint ? `${problem.message}; ${problem.hint}` : problem.message,
      file: problem.location.file,
      line: problem.location.line,
      column: problem.location.column
    })
  }
  return parsed.problems.length > 0 && parsed.documents.length === 0 ? undefined : parsed.documents
}

/**
 * Validates `value` (the document's value, or one of the definitions a JSON list holds) in place:
 * on success returns the original (it carries positions), not zod's copy.
 */
function validate(
  schema: z.ZodType,
  document: ParsedDocument,
  value: unknown,
  findings: Finding[],
  location: SourceLocation = document.location
): unknown {
  const result = schema.safeParse(value, { reportInput: true })
  // zod skips a record's `__proto__` key entirely; RoleGate uses it as an own key, so checks it.
  const issues = [
    ...(result.success ? [] : result.error.issues),
    ...(document.hiddenKeys ? hiddenKeyIssues(schema, value) : [])
  ]
  if (issues.length === 0) return value
  findings.push(
    ...schemaFindings(
      issues,
      value,
      location,
      path => knownKeysAt(schema, value, path),
      path => unionOptionKeysAt(schema, value, path)
    )
  )
  return undefined
}

function schemaError(file: string, line: number, message: string, hint: string): Finding {
  return { rule: 'schema', severity: 'error', message: `${message}; ${hint}`, file, line, column: 1 }
}
