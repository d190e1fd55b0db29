/**
 * Filesystem adapter: finds rolegate.yml and the definition files its globs name, and reads them
 * as UTF-8. Paths handed to the core are relative to the workspace (for annotations) with
 * forward slashes; globs are relative to the folder that holds rolegate.yml.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'
import type { SourceFile } from '../definitions/load.js'

const SKIPPED_FOLDERS = new Set(['node_modules', '.git'])

export class UsageError extends Error {}

export async function readSourceFile(absolutePath: string, workspace: string): Promise<SourceFile> {
  const display = toDisplayPath(absolutePath, workspace)
  let bytes: Buffer
  try {
    bytes = await readFile(absolutePath)
  } catch (error) {
    return { path: display, readError: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { path: display, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
  } catch {
    return { path: display, readError: 'file is not valid UTF-8 text' }
  }
}

export async function requireConfigFile(configPath: string, workspace: string): Promise<string> {
  const absolute = path.resolve(workspace, configPath)
  const info = await stat(absolute).catch(() => undefined)
  if (!info?.isFile()) {
    throw new UsageError(
      `config file ${toDisplayPath(absolute, workspace)} not found; create rolegate.yml at the repository root (see README "Quick start") or pass --config (input: config) with its path`
    )
  }
  return absolute
}

/** Files under `root` matching any of `globs`, sorted, plus the globs that matched nothing. */
export async function findDefinitionFiles(
  root: string,
  globs: readonly string[]
): Promise<{ files: string[]; unmatched: string[] }> {
  const matchers = globs.map(glob => ({ glob, match: picomatch(glob, { dot: false }) }))
  const used = new Set<string>()
  const files: string[] = []
  for (const relative of await walk(root, '')) {
    const hit = matchers.filter(matcher => matcher.match(relative))
    if (hit.length === 0) continue
    hit.forEach(matcher => used.add(matcher.glob))
    files.push(path.join(root, relative))
  }
  files.sort()
  return { files, unmatched: globs.filter(glob => !used.has(glob)) }
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

export function toDisplayPath(absolute: string, workspace: string): string {
  const relative = path.relative(workspace, absolute)
  return (relative.startsWith('..') ? absolute : relative).split(path.sep).join('/')
}
