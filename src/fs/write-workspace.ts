/**
 * Writes files into the workspace, all or nothing. The tree is a pull request's, so a folder on the
 * way may be a link out of the repository and a file may be a link: a folder that resolves outside
 * the workspace, or a target that is not a regular file, is refused. Each file goes through a
 * temporary file renamed into place, so none is ever left half-written; on any failure, what this
 * call wrote is put back as it was (new files removed, changed files restored, new folders removed)
 * and one error names the file.
 */
import { lstat, mkdir, readFile, realpath, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../util/errors.js'
import { isInside, UsageError } from './project-files.js'

export interface WorkspaceFile {
  /** Workspace-relative, with forward slashes. */
  file: string
  text: string
}

export async function writeWorkspaceFiles(workspace: string, files: readonly WorkspaceFile[]): Promise<void> {
  const realWorkspace = await realpath(workspace)
  const written: Array<{ target: string; previous?: string }> = []
  const createdFolders: string[] = []
  let current = ''
  try {
    for (const { file, text } of files) {
      current = file
      const target = path.join(workspace, file)
      const folder = path.dirname(target)
      const created = await mkdir(folder, { recursive: true })
      if (created) createdFolders.push(created)
      const realFolder = await realpath(folder)
      if (!isInside(realWorkspace, realFolder))
        throw new UsageError(
          `${file}: its folder resolves to ${realFolder}, outside the workspace; RoleGate writes definitions only inside the repository, never through a link`
        )
      const existing = await lstat(target).catch(() => undefined)
      if (existing && !existing.isFile())
        throw new UsageError(
          `${file} exists and is ${existing.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; RoleGate does not write through it: move it away`
        )
      const previous = existing ? await readFile(target, 'utf8') : undefined
      const temporary = `${target}.rolegate-${process.pid}.tmp`
      try {
        await writeFile(temporary, text, { flag: 'wx' })
        await rename(temporary, target)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
      written.push({ target, previous })
    }
  } catch (error) {
    for (const item of written.reverse()) {
      if (item.previous === undefined) await rm(item.target, { force: true }).catch(() => undefined)
      else await writeFile(item.target, item.previous).catch(() => undefined)
    }
    // Deepest first: each was created empty by mkdir and holds only what was removed above.
    for (const folder of createdFolders.sort((a, b) => b.length - a.length))
      await rmdir(folder).catch(() => undefined)
    const why =
      error instanceof UsageError ? error.message : `cannot write ${current}: ${errorMessage(error)}`
    throw new UsageError(
      `${why}; nothing was written${written.length > 0 ? ` (the ${written.length} file(s) written before it were put back)` : ''}`
    )
  }
}
