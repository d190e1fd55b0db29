/** Loads a project from a file tree: the config, its definition files, everything that went wrong. */
import path from 'node:path/posix'
import picomatch from 'picomatch'
import { loadConfig, loadDefinitions, type LoadedDefinition, type LoadedFile } from '../definitions/load.js'
import { DEFAULT_DEFINITION_GLOBS, type Config } from '../definitions/schema.js'
import type { Finding } from '../model/findings.js'
import { positionOf } from '../model/source.js'
import type { FileTree } from './file-tree.js'
import { asConfigFile } from './project-files.js'
import { UsageError } from '../model/errors.js'
import { runCheckpoint } from '../util/run-checkpoint.js'
import { definitionFolders, findUnreadDefinitions, type UnreadDefinitions } from './unread-definitions.js'

export interface LoadedProject {
  /** Absent when rolegate.yml itself is invalid, or (for a base tree) does not exist. */
  config?: Config
  configFile: string
  /** False when the tree has no config file at all (a base branch before RoleGate). */
  configExists: boolean
  definitions: LoadedDefinition[]
  findings: Finding[]
  /** Each definition file as loaded, by path (to reuse unchanged files when loading another tree). */
  files?: Map<string, LoadedFile>
  /**
   * What RoleGate could not read, so what the definitions are is not known: plan and deploy
   * refuse on any, and a diff calls the roles of such a file "not evaluated". Taken from the
   * loader's own findings, before rolegate.yml's `rules:` set the schema rule's severity or turn it
   * off: that setting decides what validate reports, never whether an unread file looks removed.
   */
  loadFailures: LoadFailure[]
  /**
   * Files no glob reads that look like definitions (rule `unread-definition`), loaded: a prune
   * refuses to delete what they would define. Not read when the rule is off.
   */
  unreadDefinitions?: UnreadDefinitions
}

export interface LoadFailure {
  /**
   * `config`: rolegate.yml loaded but with an error (a number whose text YAML changes, a second
   * document); `folder`: a folder a definitions glob reaches into that was not read (a link out
   * of the repository, a folder that cannot be listed); `file`: a definition file that did not
   * load; `glob`: a glob listed in `definitions` that matches no file (a moved folder, a typo:
   * its roles would look removed); `no-files`: the globs match no file at all.
   */
  kind: 'config' | 'folder' | 'file' | 'glob' | 'no-files'
  finding: Finding
}

export interface LoadOptions {
  /** Missing rolegate.yml is a usage error (working tree) or an empty project (base ref). */
  requireConfig: boolean
  /** Files loaded from another tree: one with the same path and text is not parsed again. */
  reuse?: ReadonlyMap<string, LoadedFile>
  /** Look at every file that may be an unread definition, not only the first MAX_CANDIDATES (a prune). */
  everyUnreadCandidate?: boolean
}

export async function loadProject(
  tree: FileTree,
  configFile: string,
  options: LoadOptions
): Promise<LoadedProject> {
  const read = await tree.read(configFile)
  const configSource = read && asConfigFile(read)
  if (!configSource) {
    if (options.requireConfig) {
      throw new UsageError(
        `config file ${configFile} not found; create rolegate.yml at the repository root (see README "Quick start") or pass its path with --config (the action's config input)`
      )
    }
    return { configFile, configExists: false, definitions: [], findings: [], loadFailures: [] }
  }
  const loadedConfig = loadConfig(configSource)
  const findings = [...loadedConfig.findings]
  const loadFailures: LoadFailure[] = loadedConfig.findings
    .filter(finding => finding.severity === 'error')
    .map(finding => ({ kind: 'config', finding }))
  const config = loadedConfig.config
  if (!config) return { configFile, configExists: true, definitions: [], findings, loadFailures }

  const root = path.dirname(configFile) === '.' ? '' : path.dirname(configFile)
  // `./iam/**/*.yml` is `iam/**/*.yml`: the folder checks below compare globs segment by segment.
  const globs = (config.definitions ?? DEFAULT_DEFINITION_GLOBS).map(glob =>
    glob.replace(/^(!?)(?:\.\/)+/, '$1')
  )
  // rolegate.yml is never a definition file: a glob that matches only it matches nothing.
  const listed = (await tree.list(root)).filter(file => file !== configFile)
  const { files, unmatched: unmatchedByFiles, allExcluded, unread } = matchGlobs(listed, root, globs)
  const exclusions = globs.filter(glob => glob.startsWith('!'))
  const excludingFolders = new Set<string>()
  for (const entry of tree.skipped?.() ?? []) {
    if (root && !entry.path.startsWith(`${root}/`)) continue
    const folder = root ? entry.path.slice(root.length + 1) : entry.path
    // A folder a definitions glob reaches into would hold definitions: without them its roles look
    // removed, so it fails the load (and plan and deploy) instead of passing with a warning,
    // unless a `!` glob excludes everything that glob would read there.
    const reaching = globs.filter(glob => !glob.startsWith('!') && reaches(glob, folder))
    const open = reaching.filter(glob => {
      const covering = exclusions.filter(exclusion => excludesFolder(exclusion.slice(1), folder, glob))
      covering.forEach(exclusion => excludingFolders.add(exclusion))
      return covering.length === 0
    })
    if (reaching.length > 0 && open.length === 0) continue
    const finding: Finding = {
      rule: 'schema',
      severity: open.length > 0 ? 'error' : 'warning',
      message: `${entry.path} ${entry.reason}${open.length > 0 ? `, though the definitions glob "${open[0]}" reaches into it` : ''}; ${entry.hint ?? 'RoleGate reads only files inside the repository: copy the definitions into it instead of linking'}${open.length > 0 ? `, or exclude the folder with a "!" glob in definitions ("!${folder}/**")` : ''}`,
      file: entry.path,
      line: 1,
      column: 1
    }
    findings.push(finding)
    if (open.length > 0) loadFailures.push({ kind: 'folder', finding })
  }
  const unmatched = unmatchedByFiles.filter(glob => !excludingFolders.has(glob))
  const explicitGlobs = config.definitions !== undefined
  const matched = globs.filter(glob => !unmatched.includes(glob)).map(withoutExtension)
  for (const glob of unmatched) {
    // `iam/**/*.yml` + `iam/**/*.yaml` is the documented default: an extension variant of a glob
    // that matched is not worth a word; any other glob that matches nothing is.
    if (files.length > 0 && (!explicitGlobs || matched.includes(withoutExtension(glob)))) continue
    const location = explicitGlobs ? positionOf(config.definitions, globs.indexOf(glob)) : positionOf(config)
    // An explicit glob that matches nothing is a typo or a moved folder until shown otherwise: its
    // definitions would be missing, and a missing definition looks like a removed role (pruned).
    const finding: Finding = {
      rule: 'schema',
      severity: files.length === 0 || explicitGlobs ? 'error' : 'warning',
      message: `definitions glob "${glob}" ${glob.startsWith('!') ? 'excludes no file or folder that another glob matches' : allExcluded.includes(glob) ? 'matches only files the "!" globs exclude' : 'matches no file'} under ${root || '.'} in the ${tree.label}; globs are relative to the folder of rolegate.yml${files.length > 0 ? ': fix it, or remove it from definitions' : ''}`,
      file: configFile,
      line: location?.line ?? 1,
      column: location?.column ?? 1
    }
    findings.push(finding)
    if (files.length === 0) loadFailures.push({ kind: 'no-files', finding })
    else if (finding.severity === 'error' && !glob.startsWith('!'))
      loadFailures.push({ kind: 'glob', finding })
  }
  if (files.length === 0 && !loadFailures.some(failure => failure.kind === 'no-files')) {
    const finding: Finding = {
      rule: 'schema',
      severity: 'error',
      message: 'the definitions globs match no file',
      file: configFile
    }
    loadFailures.push({ kind: 'no-files', finding })
  }
  const sources = await Promise.all(
    files.map(file => {
      runCheckpoint()
      return tree.read(file)
    })
  )
  const loaded = loadDefinitions(
    sources.filter(source => source !== undefined),
    options.reuse
  )
  findings.push(...loaded.findings)
  for (const file of loaded.files.values())
    for (const finding of file.findings)
      if (finding.rule === 'schema') loadFailures.push({ kind: 'file', finding })
  // Last, so that what it reads can never keep a definition from being read.
  const unreadDefinitions =
    config.rules?.['unread-definition'] === 'off'
      ? undefined
      : await findUnreadDefinitions(tree, unread, files, options.everyUnreadCandidate ? Infinity : undefined)
  if (unreadDefinitions) findings.push(...unreadDefinitions.findings)
  return {
    config,
    configFile,
    configExists: true,
    definitions: loaded.definitions,
    findings,
    files: loaded.files,
    loadFailures,
    ...(unreadDefinitions &&
    (unreadDefinitions.unread.files.length > 0 || unreadDefinitions.unread.unchecked.length > 0)
      ? { unreadDefinitions: unreadDefinitions.unread }
      : {})
  }
}

/**
 * The files the globs name: matched by some glob and excluded by no `!` glob (as in .gitignore,
 * whatever the order). A glob is unmatched when it names no file: an inclusion that matches none,
 * an exclusion that removes none.
 */
function matchGlobs(
  all: readonly string[],
  root: string,
  globs: readonly string[]
): { files: string[]; unmatched: string[]; allExcluded: string[]; unread: string[] } {
  const matcher = (glob: string) => ({ glob, match: picomatch(glob.replace(/^!/, ''), { dot: false }) })
  const included = globs.filter(glob => !glob.startsWith('!')).map(matcher)
  const excluded = globs.filter(glob => glob.startsWith('!')).map(matcher)
  const used = new Set<string>()
  // Inclusions whose files the `!` globs all excluded: "matches no file" would not be true.
  const allExcluded = new Set<string>()
  const files: string[] = []
  const unread: string[] = []
  const mayHoldDefinitions = definitionFolders(
    included.map(({ glob }) => glob),
    reaches
  )
  for (const file of all) {
    const relative = root ? file.slice(root.length + 1) : file
    const hits = included.filter(({ match }) => match(relative))
    if (hits.length === 0) {
      // A file a `!` glob matches was left out on purpose. That alone does not make the exclusion
      // used: a typo'd exclusion must still be an error, whatever else it happens to match.
      if (mayHoldDefinitions(relative) && !excluded.some(({ match }) => match(relative))) unread.push(file)
      continue
    }
    const exclusions = excluded.filter(({ match }) => match(relative))
    exclusions.forEach(({ glob }) => used.add(glob))
    if (exclusions.length > 0) {
      hits.forEach(({ glob }) => allExcluded.add(glob))
      continue
    }
    hits.forEach(({ glob }) => used.add(glob))
    files.push(file)
  }
  files.sort()
  return {
    files,
    unmatched: globs.filter(glob => !used.has(glob)),
    allExcluded: globs.filter(glob => !used.has(glob) && allExcluded.has(glob)),
    unread
  }
}

/** Can `glob` match a file under `folder` (both relative to the folder of rolegate.yml)? */
function reaches(glob: string, folder: string): boolean {
  // A brace holding a `/` (`{iam/a,iam/b}/*.yml`) cannot be read segment by segment: it may reach.
  if (/\{[^}]*\/[^}]*\}/.test(glob)) return true
  const patterns = glob.split('/')
  const folders = folder.split('/')
  for (let index = 0; index < folders.length; index++) {
    if (patterns[index] === '**') return true
    // Only the file name's pattern (or nothing) is left: it matches no file in a deeper folder.
    if (index >= patterns.length - 1) return false
    if (!picomatch(patterns[index], { dot: false })(folders[index])) return false
  }
  return true
}

// Does the exclusion `glob` (without its `!`) exclude every file `inclusion` could read under
// `folder`? Only when a `**` of the exclusion reaches the folder and is followed by nothing, by
// `*`/`**`, or by the inclusion's own file pattern (`!iam/team/**`, or `!**/team/**/*.yml` against
// `iam/**/*.yml`). Anything narrower (`!iam/team/*.yml` leaves its subfolders) is not enough: the
// folder then stays unread, and an error.
function excludesFolder(glob: string, folder: string, inclusion: string): boolean {
  const patterns = glob.split('/')
  const folders = folder.split('/')
  const filePattern = inclusion.split('/').at(-1)
  const from = (pattern: number, segment: number): boolean => {
    if (patterns[pattern] === '**') {
      const tail = patterns.slice(pattern + 1)
      if (tail.length === 0 || (tail.length === 1 && ['*', '**', filePattern].includes(tail[0]))) return true
      for (let next = segment; next <= folders.length; next++) if (from(pattern + 1, next)) return true
      return false
    }
    if (segment === folders.length || pattern >= patterns.length - 1) return false
    return picomatch(patterns[pattern], { dot: false })(folders[segment]) && from(pattern + 1, segment + 1)
  }
  return from(0, 0)
}

function withoutExtension(glob: string): string {
  return glob.replace(/\.(ya?ml|json)$/, '')
}
