/**
 * Files that look like definitions but no definitions glob reads (rule `unread-definition`): a
 * definition renamed past the globs (`iam/b.yml` → `iam/b.yaml` when only `*.yml` is read) is not
 * loaded, so its role looks removed. A warning names the file, and each file found is loaded as a
 * definition so that a prune can refuse to delete what it would define (src/plan/unread.ts).
 * A heuristic: it looks only at YAML files in folders an inclusion glob reads (a definition moved
 * to a folder no glob reads is not found), skips what a `!` glob matches, and reads at most
 * MAX_CANDIDATES of them unless a prune asks for all, after the definitions, skipping any read that
 * fails (the run's byte budget: it must never keep a definition from being read, nor fail the run).
 */
import path from 'node:path/posix'
import type { Finding } from '../model/findings.js'
import { loadDefinitionFile, type LoadedDefinition } from '../definitions/load.js'
import type { FileTree } from './file-tree.js'
import { compareText } from '../util/compare-text.js'

/** At most this many candidates are read: a heuristic warning must not read a whole repository. */
export const MAX_CANDIDATES = 200

/**
 * Whether a path (relative to the folder of rolegate.yml) is a YAML file in a folder an inclusion
 * glob reads, outside dot files and folders (`.github`). Reachability is decided once per folder.
 */
export function definitionFolders(
  inclusions: readonly string[],
  reaches: (glob: string, folder: string) => boolean
): (relative: string) => boolean {
  const folders = new Map<string, boolean>()
  return relative => {
    if (!/\.ya?ml$/i.test(relative) || relative.split('/').some(segment => segment.startsWith('.')))
      return false
    const folder = path.dirname(relative)
    let reached = folders.get(folder)
    if (reached === undefined) {
      reached = inclusions.some(glob =>
        folder === '.' ? !glob.includes('/') || glob.startsWith('**/') : reaches(glob, folder)
      )
      folders.set(folder, reached)
    }
    return reached
  }
}

/**
 * What a RoleGate definition has at the top level of its YAML: `kind: Role` with `name:` and
 * `trust:`, or `kind: ManagedPolicy` with `name:` and `document:` (the schema requires them), and
 * no `apiVersion:` (a Kubernetes manifest, whose RBAC objects are also `kind: Role`).
 */
const KIND = /^\ufeff?kind:[ \t]+(["']?)(Role|ManagedPolicy)\1[ \t]*(?:[ \t]#[^\r\n]*)?\r?$/m
const KINDS = new RegExp(KIND.source, 'gm')
const NAME = /^\ufeff?name:[ \t]/m
const TRUST = /^\ufeff?trust:/m
const DOCUMENT = /^\ufeff?document:/m
const KUBERNETES = /^\ufeff?apiVersion:/m

type Kind = 'Role' | 'ManagedPolicy'

function definitionKind(text: string): { kind: Kind; line: number } | undefined {
  const found = KIND.exec(text)
  if (!found || KUBERNETES.test(text) || !NAME.test(text)) return undefined
  if (!(found[2] === 'Role' ? TRUST : DOCUMENT).test(text)) return undefined
  return { kind: found[2] as Kind, line: text.slice(0, found.index).split('\n').length }
}

/** A file no glob reads that looks like a definition, loaded as one would be. */
export interface UnreadDefinition {
  file: string
  /** The line of its first top-level `kind:`. */
  line: number
  /** Every kind a top-level `kind:` of it names, in any of its YAML documents. */
  kinds: Kind[]
  /**
   * What it defines, when it loads without an error; absent when it does not: it may then define
   * any role or managed policy of `kinds`.
   */
  definitions?: LoadedDefinition[]
}

export interface UnreadDefinitions {
  files: UnreadDefinition[]
  /**
   * Candidates not looked at: past the cap, or refused by the run's byte budget. (One that is not
   * UTF-8 text, larger than a file may be or a link out of the repository is no definition renamed:
   * as a definition it would not have loaded either.)
   */
  unchecked: string[]
}

/**
 * A warning for each candidate that looks like a definition, and what it defines. Candidates in a
 * folder that holds a definition the globs read are read first: that is where a renamed one lands.
 * `limit` is MAX_CANDIDATES but for a prune, which must look at every candidate.
 */
export async function findUnreadDefinitions(
  tree: FileTree,
  candidates: readonly string[],
  definitions: readonly string[],
  limit = MAX_CANDIDATES
): Promise<{ findings: Finding[]; unread: UnreadDefinitions }> {
  const folders = new Set(definitions.map(file => path.dirname(file)))
  // One order on every tree (a disk listing and git's differ), so a base and a head read the same.
  const ordered = [...candidates].sort(
    (a, b) =>
      Number(!folders.has(path.dirname(a))) - Number(!folders.has(path.dirname(b))) || compareText(a, b)
  )
  const chosen = ordered.slice(0, limit)
  // Started together, so a git tree reads them in one batch; a read the byte budget refuses is skipped.
  const reads = await Promise.allSettled(chosen.map(file => tree.read(file)))
  const findings: Finding[] = []
  const unread: UnreadDefinitions = { files: [], unchecked: ordered.slice(chosen.length) }
  for (const [index, file] of chosen.entries()) {
    const read = reads[index]
    if (read.status === 'rejected') {
      unread.unchecked.push(file)
      continue
    }
    const text = read.value?.text
    if (text === undefined) continue
    const found = definitionKind(text)
    if (!found) continue
    const loaded = loadDefinitionFile({ path: file, text })
    const kinds = [...new Set([...text.matchAll(KINDS)].map(match => match[2] as Kind))]
    unread.files.push({
      file,
      line: found.line,
      kinds,
      ...(loaded.findings.some(finding => finding.severity === 'error')
        ? {}
        : { definitions: loaded.definitions })
    })
    findings.push({
      rule: 'unread-definition',
      severity: 'warning',
      message: `${file} looks like a RoleGate definition (kind: ${found.kind}), but no definitions glob in rolegate.yml reads it: what it defines is not validated, planned or deployed, and plan --prune refuses to delete what it would define; rename or move it where a glob reads it, or add a glob for it to definitions; if it is not a definition, move it out of the folders the globs read, or turn the rule off (rules: { unread-definition: off })`,
      file,
      line: found.line,
      column: 1
    })
  }
  return { findings, unread }
}
