/**
 * The working tree on disk as a FileTree. Definition globs are matched by the loader; this only
 * lists and reads.
 *
 * The tree is a pull request's, so every entry is hostile: a link may point outside the workspace
 * (`rolegate.yml -> /etc/passwd`), a "file" may be a FIFO (opening it blocks forever) or a device
 * (`/dev/zero` never ends). Only regular files inside the workspace are read (links are followed
 * when their target is inside), without blocking, and at most MAX_FILE_BYTES per file and
 * MAX_RUN_BYTES per tree; anything else is an error that names the file, not a silent skip.
 * A file never grows past the size its descriptor reported: reading stops there.
 *
 * The system calls are synchronous: nothing else runs while a project loads, and a thousand files
 * read through promises (open, fstat, read, close each a round trip through libuv's thread pool)
 * cost a cold run about 0.1 s more than the same calls made directly. Opening with O_NONBLOCK
 * still keeps a FIFO from blocking.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  realpathSync,
  statSync,
  type Dirent
} from 'node:fs'
import path from 'node:path'
import type { SourceFile } from '../definitions/load.js'
import { decodeUtf8, type FileTree, type SkippedEntry } from './file-tree.js'
import { errorCode, errorMessage, UsageError } from '../model/errors.js'
import { compareText } from '../util/compare-text.js'
import { thousands } from '../util/thousands.js'

const SKIPPED_FOLDERS = new Set(['node_modules', '.git'])

/** Largest file read: no definition file or rolegate.yml comes near it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024
/** Most bytes one tree reads in total (one run reads the working tree once). */
export const MAX_RUN_BYTES = 100 * 1024 * 1024

export interface DiskTreeLimits {
  fileBytes?: number
  runBytes?: number
}

export function diskTree(workspace: string, limits: DiskTreeLimits = {}): FileTree {
  const fileLimit = limits.fileBytes ?? MAX_FILE_BYTES
  const runLimit = limits.runBytes ?? MAX_RUN_BYTES
  // Real paths of the workspace and of each folder read from, resolved once per folder.
  const folders = new Map<string, string | undefined>()
  const real = (folder: string) => {
    if (!folders.has(folder)) folders.set(folder, realpathOrUndefined(folder))
    return folders.get(folder)
  }
  const realRoot = () => real(path.resolve(workspace)) ?? path.resolve(workspace)
  const skipped: SkippedEntry[] = []
  const reserve = budget(runLimit)
  return {
    label: 'working tree',
    async list(folder) {
      const base = realRoot()
      const start = path.join(workspace, folder)
      const visited = new Set<string>()
      const found = walk(start, '', base, visited, skipped, folder)
      return found.map(file => (folder ? `${folder}/${file}` : file))
    },
    skipped() {
      return skipped
    },
    async read(file) {
      const full = path.resolve(workspace, file)
      const base = realRoot()
      // The folder's real path (a linked folder on the way resolved), then the file itself opened
      // without following a link: a link is resolved and checked on its own.
      const folder = real(path.dirname(full))
      if (folder === undefined) return undefined
      if (!isInside(base, folder))
        return refused(
          file,
          `resolves through a linked folder to ${path.join(folder, path.basename(full))}, outside the workspace ${base}`,
          'RoleGate reads only files inside the repository: copy the file into it instead of linking'
        )
      const direct = path.join(folder, path.basename(full))
      const opened = openFile(file, direct, true)
      if (opened !== 'link') return opened && readOpened(file, opened, fileLimit, reserve)
      const target = realpathOrUndefined(direct)
      if (target === undefined) return brokenLink(file, direct)
      if (!isInside(base, target))
        return refused(
          file,
          `symbolic link to ${target}, outside the workspace ${base}`,
          'RoleGate reads only files inside the repository: copy the file into it instead of linking'
        )
      const linked = openFile(file, target, false)
      return linked === 'link' ? undefined : linked && readOpened(file, linked, fileLimit, reserve)
    }
  }
}

function realpathOrUndefined(target: string): string | undefined {
  try {
    return realpathSync(target)
  } catch {
    return undefined
  }
}

/** Links followed to resolve one path before the kernel gives up (ELOOP), on Linux. */
const MAX_LINKS = 40

/**
 * A link that resolves to nothing: a loop of links (ELOOP, named with the links it goes through),
 * or a target that does not exist.
 */
function brokenLink(file: string, direct: string): SourceFile {
  try {
    realpathSync(direct)
  } catch (error) {
    if (errorCode(error) === 'ELOOP')
      return refused(
        file,
        `symbolic link loop (ELOOP): ${linkChain(file, direct)}, which never reaches a file`,
        'replace the link with the file it should point to, or delete it'
      )
  }
  return refused(
    file,
    'symbolic link whose target does not exist',
    'replace the link with the file it should point to'
  )
}

/**
 * `file` and the targets its links name, as written (`iam/a.yml -> b.yml -> a.yml`), up to the
 * first that repeats; a chain that goes on past MAX_LINKS, or through a folder that loops, ends
 * with "-> ...".
 */
function linkChain(file: string, direct: string): string {
  const shown = [file]
  const seen = new Set([direct])
  let current = direct
  for (let step = 0; step < MAX_LINKS; step++) {
    let target: string
    try {
      target = readlinkSync(current)
    } catch {
      return [...shown, '...'].join(' -> ')
    }
    shown.push(target)
    current = path.resolve(path.dirname(current), target)
    if (seen.has(current)) return shown.join(' -> ')
    seen.add(current)
  }
  return [...shown, '...'].join(' -> ')
}

function statOrUndefined(target: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(target)
  } catch {
    return undefined
  }
}

/** A file descriptor, or what was found instead. */
type Opened = { fd: number } | SourceFile | undefined

/**
 * Opens without blocking (a FIFO cannot hang the run) and, with `noFollow`, without following a
 * link: 'link' when `target` is one. undefined when it does not exist; a SourceFile with the error
 * when it cannot be opened.
 */
function openFile(file: string, target: string, noFollow: boolean): Opened | 'link' {
  const flags =
    constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | (noFollow ? constants.O_NOFOLLOW : 0)
  try {
    return { fd: openSync(target, flags) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (noFollow && (code === 'ELOOP' || code === 'EMLINK')) return 'link'
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined
    return refused(file, `cannot read file: ${code ?? errorMessage(error)}`, 'check its permissions')
  }
}

/**
 * Reads an opened file if it is a regular file of at most `limit` bytes: the type and size are
 * checked on the descriptor, and reading stops at the size it reported.
 */
function readOpened(
  file: string,
  opened: Opened,
  limit: number,
  reserve: (file: string, bytes: number) => void
): SourceFile | undefined {
  if (opened === undefined || !('fd' in opened)) return opened
  const { fd } = opened
  try {
    const info = fstatSync(fd)
    // list() names no folder: only a config path the user gave can be one.
    if (info.isDirectory())
      return refused(
        file,
        'is a folder, not a file',
        'pass the path of the rolegate.yml file itself (the action’s config input, the CLI’s --config)'
      )
    if (!info.isFile())
      return refused(
        file,
        `not a regular file but ${kindOf(info)}`,
        'RoleGate reads definitions only from regular files: replace it with a YAML or JSON file'
      )
    const large = tooLarge(file, info.size, limit)
    if (large) return large
    reserve(file, info.size)
    const buffer = Buffer.alloc(info.size)
    let length = 0
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
    }
    return decodeUtf8(file, buffer.subarray(0, length))
  } finally {
    closeSync(fd)
  }
}

/**
 * Counts the bytes a tree reads, before each read (from the file's size, so concurrent reads
 * cannot overshoot), and stops the run past `limit`.
 */
export function budget(limit = MAX_RUN_BYTES): (file: string, bytes: number) => void {
  let used = 0
  return (file, bytes) => {
    if (used + bytes > limit)
      throw new UsageError(
        `the files RoleGate reads for this run exceed ${megabytes(limit)} (at ${file}); narrow the \`definitions\` globs in rolegate.yml to the IAM definitions`
      )
    used += bytes
  }
}

/** The file refused with the reason, when it is larger than `limit` bytes. */
export function tooLarge(file: string, size: number, limit = MAX_FILE_BYTES): SourceFile | undefined {
  if (size <= limit) return undefined
  return {
    ...refused(
      file,
      `file of ${thousands(size)} bytes; RoleGate reads at most ${megabytes(limit)} per file`,
      'split the definitions into smaller files'
    ),
    oversize: { bytes: size, limit }
  }
}

/**
 * The config file as read, told what is true of a config when it was too large: it holds settings
 * only, never definitions, so "split the definitions" would be no help.
 */
export function asConfigFile(source: SourceFile): SourceFile {
  if (!source.oversize) return source
  const { bytes, limit } = source.oversize
  return refused(
    source.path,
    `config file of ${thousands(bytes)} bytes; RoleGate reads at most ${megabytes(limit)} per file, and rolegate.yml holds only settings (a few kilobytes): definitions belong in the files its \`definitions\` globs name (by default iam/**/*.yml), not in it`,
    'check that this is the config file you meant (--config, the action’s config input), and remove from it everything that is not a setting'
  )
}

function refused(file: string, what: string, hint: string): SourceFile {
  return { path: file, readError: what, readHint: hint }
}

function kindOf(info: {
  isFIFO(): boolean
  isCharacterDevice(): boolean
  isBlockDevice(): boolean
  isSocket(): boolean
}): string {
  if (info.isFIFO()) return 'a named pipe'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isSocket()) return 'a socket'
  return 'not a file'
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
}

/** Is `target` `root` or below it? (`..x.yml` is a name below it; `../x.yml` is not.) */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return !(relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
}

/**
 * Files under `root/relative`, workspace-relative to `root`. Folders reached through a link are
 * followed when they are inside the workspace (each real folder once, so link loops end); links
 * to folders outside it are recorded in `skipped`. Links to files and other non-folder entries
 * are listed: read() decides, so a FIFO or an outside link a glob matches is an error, not a gap.
 */
function walk(
  root: string,
  relative: string,
  realRoot: string,
  visited: Set<string>,
  skipped: SkippedEntry[],
  folder: string
): string[] {
  const directory = path.join(root, relative)
  const real = realpathOrUndefined(directory) ?? directory
  if (visited.has(real)) return []
  visited.add(real)
  let entries: Dirent[]
  try {
    // In name order: each real folder is listed once, at the first path that reaches it, and which
    // path is first must not depend on the file system's order (the base ref is walked the same way).
    entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // A folder that is not there lists nothing; one that is there but cannot be listed must not
    // look empty: its definitions would look removed, and prune would delete their roles.
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      skipped.push({
        path: [folder, relative].filter(Boolean).join('/') || '.',
        reason: `is a folder RoleGate cannot list (${code ?? errorMessage(error)}); its files are not read`,
        hint: 'check its permissions (the job must be able to read every folder the definitions globs reach into)'
      })
    entries = []
  }
  const out: string[] = []
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) out.push(...walk(root, child, realRoot, visited, skipped, folder))
    } else if (entry.isSymbolicLink()) {
      const full = path.join(root, child)
      const target = realpathOrUndefined(full)
      const info = target ? statOrUndefined(target) : undefined
      if (!info?.isDirectory()) {
        out.push(child) // a link to a file (or a dangling one): read() follows it or refuses it
      } else if (SKIPPED_FOLDERS.has(entry.name)) {
        continue
      } else if (isInside(realRoot, target!)) {
        out.push(...walk(root, child, realRoot, visited, skipped, folder))
      } else {
        skipped.push({
          path: folder ? `${folder}/${child}` : child,
          reason: `is a symbolic link to the folder ${target}, outside the workspace; its files are not read`
        })
      }
    } else {
      out.push(child) // regular files, and FIFOs, sockets, devices: read() refuses the latter
    }
  }
  return out
}

/** `configPath` as given by the user → workspace-relative with forward slashes. */
export function workspacePath(configPath: string, workspace: string): string {
  const full = path.resolve(workspace, configPath)
  const relative = path.relative(workspace, full)
  if (!isInside(workspace, full))
    throw new UsageError(
      `config file ${configPath} is outside the workspace ${workspace}; keep rolegate.yml in the repository and pass its path relative to it`
    )
  return relative.split(path.sep).join('/')
}
