/**
 * The working tree on disk as a FileTree. Definition globs are matched by the loader; this only
 * lists and reads.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { decodeUtf8, type FileTree } from './file-tree.js'

const SKIPPED_FOLDERS = new Set(['node_modules', '.git'])

/** A problem with how RoleGate was invoked or configured: reported as one line, exit code 2. */
export class UsageError extends Error {}

export function diskTree(workspace: string): FileTree {
  return {
    label: 'working tree',
    async list(folder) {
      return (await walk(path.join(workspace, folder), '')).map(file => (folder ? `${folder}/${file}` : file))
    },
    async read(file) {
      let bytes: Buffer
      try {
        bytes = await readFile(path.join(workspace, file))
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT' || code === 'EISDIR') return undefined
        return { path: file, readError: `cannot read file: ${code ?? (error as Error).message}` }
      }
      return decodeUtf8(file, bytes)
    }
  }
}

async function walk(root: string, relative: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => [])
  const out: string[] = []
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) out.push(...(await walk(root, child)))
    } else if (entry.isFile()) {
      out.push(child)
    }
  }
  return out
}

/** `configPath` as given by the user → workspace-relative with forward slashes. */
export function workspacePath(configPath: string, workspace: string): string {
  const relative = path.relative(workspace, path.resolve(workspace, configPath))
  if (relative.startsWith('..'))
    throw new UsageError(`config file ${configPath} is outside the workspace ${workspace}`)
  return relative.split(path.sep).join('/')
}
