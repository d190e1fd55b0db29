/**
 * Writes files into the workspace, all or nothing. The tree is a pull request's, so a folder on the
 * way may be a link out of the repository and a file may be a link: a path that resolves outside
 * the workspace, or a target that is not a regular file, is refused before anything is created.
 * Each file goes through a temporary file renamed into place (never left half-written); a file it
 * replaces is kept aside until every file is written. On any failure, what this call did is undone
 * (new files and folders removed, replaced files renamed back) and one error names the file.
 */
import { randomUUID } from 'node:crypto'
import { chmod, lstat, mkdir, realpath, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage, UsageError } from '../model/errors.js'
import { isInside } from './project-files.js'

export interface WorkspaceFile {
  /** Workspace-relative, with forward slashes. */
  file: string
  text: string
}

/**
 * Where `target` really is: its deepest existing folder resolved through links, or a UsageError
 * when that is outside the workspace. `what` starts the message (`--out iam`, `iam/roles/a.yml`).
 */
export async function checkInsideWorkspace(workspace: string, target: string, what: string): Promise<void> {
  const realWorkspace = await realpath(workspace)
  let existing = path.resolve(workspace, target)
  // lstat, not exists: a dangling link is an entry, and realpath says where it leads (nowhere).
  while ((await lstat(existing).catch(() => undefined)) === undefined && path.dirname(existing) !== existing)
    existing = path.dirname(existing)
  const real = await realpath(existing).catch(() => undefined)
  if (real === undefined)
    throw new UsageError(
      `${what}: ${existing} is a symbolic link to nothing; remove it or point it inside the repository`
    )
  if (!isInside(realWorkspace, real))
    throw new UsageError(
      `${what} resolves through a link to ${real}, outside the workspace ${workspace}; definitions must live in the repository`
    )
}

export async function writeWorkspaceFiles(workspace: string, files: readonly WorkspaceFile[]): Promise<void> {
  const suffix = `rolegate-${randomUUID()}`
  const createdFolders: string[] = []
  const created: string[] = []
  const replaced: Array<{ target: string; aside: string }> = []
  let current = ''
  try {
    for (const { file, text } of files) {
      current = file
      const target = path.join(workspace, file)
      await checkInsideWorkspace(workspace, target, file)
      await createFolders(path.dirname(target), createdFolders)
      const existing = await lstat(target).catch(() => undefined)
      if (existing && !existing.isFile())
        throw new UsageError(
          `${file} exists and is ${existing.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; RoleGate does not write through it: move it away`
        )
      const temporary = `${target}.${suffix}.tmp`
      await writeFile(temporary, text, { flag: 'wx' })
      try {
        if (existing) {
          await chmod(temporary, existing.mode & 0o7777)
          const aside = `${target}.${suffix}.old`
          await rename(target, aside)
          replaced.push({ target, aside })
        }
        await rename(temporary, target)
        if (!existing) created.push(target)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
    }
  } catch (error) {
    const unrestored = await undo(created, replaced, createdFolders)
    const why =
      error instanceof UsageError ? error.message : `cannot write ${current}: ${errorMessage(error)}`
    const done = created.length + replaced.length
    throw new UsageError(
      unrestored.length > 0
        ? `${why}; and ${unrestored.join(', ')} could not be put back as it was: check ${unrestored.length === 1 ? 'it' : 'them'} with git`
        : `${why}; nothing was written${done > 0 ? ` (the ${done} file(s) written before it were put back)` : ''}`
    )
  }
  for (const { aside } of replaced) await rm(aside, { force: true })
}

/** mkdir -p, one level at a time, recording each folder it creates (to remove on failure). */
async function createFolders(folder: string, createdFolders: string[]): Promise<void> {
  const missing: string[] = []
  for (let at = folder; (await lstat(at).catch(() => undefined)) === undefined; at = path.dirname(at))
    missing.unshift(at)
  for (const level of missing) {
    await mkdir(level)
    createdFolders.push(level)
  }
}

/** Undoes what was written; returns the files it could not put back. */
async function undo(
  created: readonly string[],
  replaced: ReadonlyArray<{ target: string; aside: string }>,
  createdFolders: readonly string[]
): Promise<string[]> {
  const unrestored: string[] = []
  for (const target of created) await rm(target, { force: true }).catch(() => unrestored.push(target))
  for (const { target, aside } of replaced) await rename(aside, target).catch(() => unrestored.push(target))
  for (const folder of [...createdFolders].reverse()) await rmdir(folder).catch(() => undefined)
  return unrestored
}
