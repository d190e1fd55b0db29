/**
 * Symbolic links in a git tree, resolved as the working tree resolves them on disk: git stores a
 * link as a blob holding its target, so without this a committed link to a definition file read as
 * the text "../shared/app.yml" (a schema error), and a linked folder's files were missing from the
 * base (the whole folder shown as added). As on disk: links are followed inside the workspace (a
 * linked folder's files appear under the link's path), never outside it, and loops end.
 */
import path from 'node:path/posix'
import type { SkippedEntry } from '../fs/file-tree.js'

export interface ListedBlob {
  sha: string
  size: number
}

/** A listed path: a blob to read, or a link that cannot be followed (read() refuses it). */
export type TreeEntry = { blob: ListedBlob } | { refusal: { reason: string; hint: string } }

const OUTSIDE = Symbol('outside the workspace')
const BROKEN = Symbol('dangling or looping')
const MAX_HOPS = 16

/**
 * `files`: regular blobs, `links`: link targets as stored, both keyed by workspace-relative path.
 * Returns every path the tree lists (links replaced by what they point to) and the linked folders
 * that were left out.
 */
export function resolveTreeLinks(
  files: ReadonlyMap<string, ListedBlob>,
  links: ReadonlyMap<string, string>
): { entries: Map<string, TreeEntry>; skipped: SkippedEntry[] } {
  const entries = new Map<string, TreeEntry>()
  const skipped: SkippedEntry[] = []
  for (const [file, blob] of files) entries.set(file, { blob })
  if (links.size === 0) return { entries, skipped }

  /** The path with every link on the way replaced by its target; OUTSIDE or BROKEN when it cannot be. */
  const realPath = (target: string, hops = 0): string | typeof OUTSIDE | typeof BROKEN => {
    let current = ''
    for (const part of target.split('/').filter(Boolean)) {
      current = path.normalize(current ? `${current}/${part}` : part)
      if (current === '..' || current.startsWith('../')) return OUTSIDE
      const stored = links.get(current)
      if (stored === undefined) continue
      if (hops >= MAX_HOPS) return BROKEN
      if (stored.startsWith('/')) return OUTSIDE
      const resolved = realPath(path.join(path.dirname(current), stored), hops + 1)
      if (typeof resolved !== 'string') return resolved
      current = resolved
    }
    return current === '.' ? '' : current
  }
  const under = (folder: string, name: string) => folder === '' || name.startsWith(`${folder}/`)
  const isFolder = (folder: string) =>
    [...files.keys(), ...links.keys()].some(name => name !== folder && under(folder, name))

  /** Lists `link` (at `as`): a file it points to, or the files of a folder, each real folder once. */
  const follow = (link: string, as: string, visited: ReadonlySet<string>) => {
    const resolved = realPath(link)
    if (resolved === OUTSIDE) {
      const reason = `symbolic link to ${links.get(link)}, outside the workspace`
      if (/\.(ya?ml|json)$/i.test(as)) {
        entries.set(as, {
          refusal: {
            reason,
            hint: 'RoleGate reads only files inside the repository: copy the file into it instead of linking'
          }
        })
      } else skipped.push({ path: as, reason: `is a ${reason}; its files are not read` })
      return
    }
    if (resolved === BROKEN || (!files.has(resolved) && !isFolder(resolved))) {
      entries.set(as, {
        refusal: {
          reason: 'symbolic link whose target does not exist (or a loop of links)',
          hint: 'replace the link with the file it should point to'
        }
      })
      return
    }
    const blob = files.get(resolved)
    if (blob) {
      entries.set(as, { blob })
      return
    }
    // A folder holding the link itself (`loop -> ..`) would list itself forever: as on disk, where
    // each real folder is walked once, it is not entered again.
    if (visited.has(resolved) || under(resolved, link) || under(resolved, as)) return
    const inside = new Set([...visited, resolved])
    const prefix = resolved === '' ? '' : `${resolved}/`
    for (const [name, found] of files)
      if (under(resolved, name)) entries.set(`${as}/${name.slice(prefix.length)}`, { blob: found })
    for (const name of links.keys())
      if (under(resolved, name)) follow(name, `${as}/${name.slice(prefix.length)}`, inside)
  }
  for (const link of links.keys()) follow(link, link, new Set())
  return { entries, skipped }
}
