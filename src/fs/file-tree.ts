/**
 * A read-only view of the repository's files, so the same project loader reads the working tree
 * (disk) and the base of a pull request (git). Paths are workspace-relative with forward slashes.
 */
import type { SourceFile } from '../definitions/load.js'

export interface FileTree {
  /** What to call this tree in messages: "working tree", "origin/main". */
  label: string
  /** Every file under `folder` ('' for the root), workspace-relative. */
  list(folder: string): Promise<string[]>
  /** The file, or undefined when it does not exist in this tree. */
  read(file: string): Promise<SourceFile | undefined>
  /**
   * What list() left out and why (a link to a folder outside the workspace): reported by the
   * loader, never skipped silently. Absent when a tree leaves nothing out.
   */
  skipped?(): readonly SkippedEntry[]
}

export interface SkippedEntry {
  /** Workspace-relative, forward slashes. */
  path: string
  /** Completes "<path> ...": `is a symbolic link to the folder /etc, outside the workspace`. */
  reason: string
  /** What to do; by default, for a link: copy the files into the repository. */
  hint?: string
}

/** One decoder for every file: a call without `stream` starts afresh, even after an error. */
const utf8 = new TextDecoder('utf-8', { fatal: true })

export function decodeUtf8(file: string, bytes: Uint8Array): SourceFile {
  try {
    const text = utf8.decode(bytes)
    return { path: file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
  } catch {
    return { path: file, readError: 'file is not valid UTF-8 text' }
  }
}
