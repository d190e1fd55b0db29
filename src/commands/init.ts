/**
 * `rolegate init`: writes rolegate.yml, an example role and the workflow into a fresh repository.
 * Asks nothing; refuses (and writes nothing) when any of the files, or a folder it needs, is in the
 * way. If a write still fails, it removes what it had written.
 */
import { lstat, mkdir, open, rm, rmdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { UsageError, errorCode, errorMessage } from '../model/errors.js'
import { scaffold, type InitEnvironment, type ScaffoldFile } from '../init/scaffold.js'

export interface InitCommandOptions {
  /** The repository root to write into. */
  cwd: string
  /** Default: the folder's name, when IAM allows it in role names. */
  project?: string
  environments: readonly InitEnvironment[]
  region?: string
}

export interface InitOutcome {
  /** Relative paths, in the order written. */
  written: string[]
}

/** What init will create, checked against the disk: nothing in the way. */
export interface InitPlan {
  cwd: string
  /** Relative folders that do not exist yet, parents first. */
  folders: string[]
  files: ScaffoldFile[]
}

export async function runInit(options: InitCommandOptions): Promise<InitOutcome> {
  const files = scaffold({
    project: options.project ?? path.basename(path.resolve(options.cwd)),
    projectFromFolder: options.project === undefined,
    environments: options.environments,
    region: options.region
  })
  return writePlan(await planInit(options.cwd, files))
}

/**
 * Checks every file and every folder above it before anything is written: a file that exists, a
 * non-folder where a folder is needed, or a path that cannot be read is a UsageError naming them all.
 */
export async function planInit(cwd: string, files: readonly ScaffoldFile[]): Promise<InitPlan> {
  const folders = new Map<string, 'present' | 'missing' | 'blocked'>()
  const missingFolders: string[] = []
  const existing: string[] = []
  const problems: string[] = []
  for (const file of files) {
    const parts = file.path.split('/')
    let blocked = false
    for (let depth = 1; depth < parts.length && !blocked; depth++) {
      const folder = parts.slice(0, depth).join('/')
      let state = folders.get(folder)
      if (state === undefined) {
        // Below a missing folder nothing exists: no need to look (lstat would say ENOENT anyway).
        const parent = parts.slice(0, depth - 1).join('/')
        const found =
          folders.get(parent) === 'missing' ? 'missing' : await folderState(path.join(cwd, folder))
        state = typeof found === 'string' ? found : 'blocked'
        if (typeof found !== 'string')
          problems.push(`${folder} ${found.problem}: init needs a folder there for ${file.path}`)
        if (state === 'missing') missingFolders.push(folder)
        folders.set(folder, state)
      }
      // Below a blocked folder there is nothing to check: the folder is already reported.
      blocked = state === 'blocked'
    }
    if (blocked) continue
    if (parts.length > 1 && folders.get(parts.slice(0, -1).join('/')) === 'missing') continue
    const found = await fileState(path.join(cwd, file.path))
    if (found === 'present') existing.push(file.path)
    else if (found !== 'missing') problems.push(`${file.path} ${found.problem}`)
  }
  if (existing.length > 0 || problems.length > 0) {
    const reasons = [...problems]
    if (existing.length > 0)
      reasons.unshift(`${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}`)
    const them = existing.length + problems.length === 1 ? 'it' : 'them'
    throw new UsageError(
      `init writes nothing in ${path.resolve(cwd)}: ${reasons.join('; ')}. Move ${them} aside and run init again` +
        (existing.length > 0 ? `, or edit ${existing.length === 1 ? 'it' : 'them'} by hand` : '')
    )
  }
  return { cwd, folders: missingFolders, files: [...files] }
}

/**
 * Creates the plan's folders and files. Exclusive creation: anything that appeared since the check
 * stops the run. On any failure it removes what this run created, so a second init can start clean.
 */
export async function writePlan(plan: InitPlan): Promise<InitOutcome> {
  const createdFolders: string[] = []
  const written: string[] = []
  let current = ''
  try {
    for (const file of plan.files) {
      // Each file's folders just before it, parents first (plan.folders is in that order).
      for (const folder of plan.folders) {
        if (!file.path.startsWith(`${folder}/`) || createdFolders.includes(folder)) continue
        current = folder
        // Not recursive: a folder that appeared since the check is not ours to remove later.
        await mkdir(path.join(plan.cwd, folder))
        createdFolders.push(folder)
      }
      current = file.path
      // "wx": a file that appeared since the check is neither overwritten nor removed.
      const handle = await open(path.join(plan.cwd, file.path), 'wx')
      written.push(file.path)
      try {
        await handle.writeFile(file.text)
      } finally {
        await handle.close()
      }
    }
  } catch (error) {
    throw new UsageError(
      `init could not write ${current} (${errorText(error)}). ${await undo(plan.cwd, written, createdFolders)}`
    )
  }
  return { written }
}

/** Removes what writePlan created, newest first; says what it removed and what it could not. */
async function undo(cwd: string, files: readonly string[], folders: readonly string[]): Promise<string> {
  const removed: string[] = []
  const left: string[] = []
  for (const file of [...files].reverse()) {
    try {
      await rm(path.join(cwd, file))
      removed.push(file)
    } catch (error) {
      left.push(`${file} (${errorText(error)})`)
    }
  }
  for (const folder of [...folders].reverse()) {
    try {
      // rmdir, not rm -r: a folder that something else wrote into since is left alone.
      await rmdir(path.join(cwd, folder))
      removed.push(`${folder}/`)
    } catch (error) {
      left.push(`${folder}/ (${errorText(error)})`)
    }
  }
  const removedText =
    removed.length === 0
      ? 'It had written nothing.'
      : `It removed what it had written: ${removed.join(', ')}.`
  const leftText =
    left.length === 0
      ? 'Fix the cause and run init again.'
      : `It could not remove ${left.join(', ')}: remove ${left.length === 1 ? 'it' : 'them'} by hand, fix the cause and run init again.`
  return `${removedText} ${leftText}`
}

type Problem = { problem: string }

/** A folder init needs: there (a folder, or a link to one), missing, or in the way. */
async function folderState(folder: string): Promise<'present' | 'missing' | Problem> {
  try {
    // stat, not lstat: a link to a folder serves as well as the folder.
    return (await stat(folder)).isDirectory() ? 'present' : { problem: 'is a file' }
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return { problem: `cannot be read (${errorText(error)})` }
  }
  // stat found nothing: a dangling link is still in the way of mkdir.
  const found = await fileState(folder)
  return found === 'present' ? { problem: 'is a link to nothing' } : found
}

/** A file init writes: missing (good), present, or unreadable. */
async function fileState(file: string): Promise<'present' | 'missing' | Problem> {
  try {
    await lstat(file)
    return 'present'
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? 'missing' : { problem: `cannot be read (${errorText(error)})` }
  }
}

/** "ENOSPC: no space left on device", without the absolute path the fs error appends. */
function errorText(error: unknown): string {
  return errorMessage(error).replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '')
}

export function renderInitText(outcome: InitOutcome): string {
  return [
    ...outcome.written.map(file => `wrote ${file}`),
    '',
    'Next: "rolegate validate" checks the definitions; the comments at the top of',
    '.github/workflows/rolegate.yml list what to set up in AWS and GitHub before the first merge.',
    ''
  ].join('\n')
}
