/**
 * Symbolic links in a git tree, resolved as the working tree resolves them on disk: git stores a
 * link as a blob holding its target, so without this a committed link to a definition file read as
 * the text "../shared/app.yml" (a schema error), and a linked folder's files were missing from the
 * base (the whole folder shown as added). As on disk (fs/project-files.ts walk): folders are walked
 * in name order, each real folder once (at the first path that reaches it, a link or itself), links
 * are followed inside the workspace and never outside it, and loops end.
 */
import path from 'node:path/posix'
import type { SkippedEntry } from '../fs/file-tree.js'
import { compareText } from '../util/compare-text.js'

export interface ListedBlob {
  sha: string
  size: number
}

/** A listed path: a blob to read, or a link that cannot be followed (read() refuses it). */
export type TreeEntry = { blob: ListedBlob } | { refusal: { reason: string; hint: string } }

const OUTSIDE = Symbol('outside the workspace')
const BROKEN = Symbol('dangling or unreadable')
const LOOP = Symbol('more links than the kernel follows (ELOOP)')
/** Links followed to resolve one path, in all (Linux stops at 40: ELOOP). */
const MAX_LINKS = 40
/** Folders never walked, as on disk. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git'])

type Kind = 'file' | 'link' | 'folder'

/**
 * `files`: regular blobs; `links`: link targets as stored (undefined: not read, too long), both
 * keyed by workspace-relative path. Returns every path the tree lists, links replaced by what they
 * point to, and the linked folders left out.
 */
export function resolveTreeLinks(
  files: ReadonlyMap<string, ListedBlob>,
  links: ReadonlyMap<string, string | undefined>
): { entries: Map<string, TreeEntry>; skipped: SkippedEntry[] } {
  const entries = new Map<string, TreeEntry>()
  const skipped: SkippedEntry[] = []
  if (links.size === 0) {
    for (const [file, blob] of files) entries.set(file, { blob })
    return { entries, skipped }
  }

  // Each real folder's entries, from the paths git lists (every parent of a path is a folder).
  const folders = new Map<string, Map<string, Kind>>([['', new Map()]])
  const add = (item: string, kind: Kind) => {
    const parent = item.includes('/') ? item.slice(0, item.lastIndexOf('/')) : ''
    if (!folders.has(parent)) add(parent, 'folder')
    folders.get(parent)!.set(item.slice(parent ? parent.length + 1 : 0), kind)
    if (kind === 'folder') folders.set(item, folders.get(item) ?? new Map())
  }
  for (const file of files.keys()) add(file, 'file')
  for (const link of links.keys()) add(link, 'link')

  /** The path with every link on the way replaced by its target; OUTSIDE, BROKEN or LOOP when it cannot be. */
  const realPath = (
    target: string,
    budget = { links: MAX_LINKS }
  ): string | typeof OUTSIDE | typeof BROKEN | typeof LOOP => {
    let current = ''
    for (const part of target.split('/').filter(Boolean)) {
      current = path.normalize(current ? `${current}/${part}` : part)
      if (current === '..' || current.startsWith('../')) return OUTSIDE
      if (current === '.') current = ''
      if (!links.has(current)) continue
      const stored = links.get(current)
      if (stored === undefined) return BROKEN
      if (--budget.links < 0) return LOOP
      if (stored.startsWith('/')) return OUTSIDE
      const resolved = realPath(path.join(path.dirname(current), stored), budget)
      if (typeof resolved !== 'string') return resolved
      current = resolved
    }
    return current
  }

  const visited = new Set<string>()
  const walk = (folder: string, listedAs: string) => {
    if (visited.has(folder)) return
    visited.add(folder)
    const children = [...(folders.get(folder) ?? new Map<string, Kind>())].sort(([a], [b]) =>
      compareText(a, b)
    )
    for (const [name, kind] of children) {
      const real = folder ? `${folder}/${name}` : name
      const shown = listedAs ? `${listedAs}/${name}` : name
      if (kind === 'file') entries.set(shown, { blob: files.get(real)! })
      else if (kind === 'folder') {
        if (!SKIPPED_FOLDERS.has(name)) walk(real, shown)
      } else follow(real, shown, name)
    }
  }
  const follow = (link: string, shown: string, name: string) => {
    const resolved = realPath(link)
    if (resolved === OUTSIDE) {
      const reason = `symbolic link to ${links.get(link)}, outside the workspace`
      if (/\.(ya?ml|json)$/i.test(shown)) {
        const hint =
          'RoleGate reads only files inside the repository: copy the file into it instead of linking'
        entries.set(shown, { refusal: { reason, hint } })
      } else skipped.push({ path: shown, reason: `is a ${reason}; its files are not read` })
      return
    }
    if (resolved === LOOP) {
      entries.set(shown, {
        refusal: {
          reason: `symbolic link loop (ELOOP): ${shown} -> ${links.get(link)} follows more than ${MAX_LINKS} links and never reaches a file`,
          hint: 'replace the link with the file it should point to, or delete it'
        }
      })
      return
    }
    const blob = resolved === BROKEN ? undefined : files.get(resolved)
    if (blob) entries.set(shown, { blob })
    else if (resolved !== BROKEN && folders.has(resolved)) {
      if (!SKIPPED_FOLDERS.has(name)) walk(resolved, shown)
    } else {
      entries.set(shown, {
        refusal: {
          reason: 'symbolic link whose target does not exist',
          hint: 'replace the link with the file it should point to'
        }
      })
    }
  }
  walk('', '')
  return { entries, skipped }
}
