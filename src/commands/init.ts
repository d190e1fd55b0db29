/**
 * `rolegate init`: writes rolegate.yml, an example role and the workflow into a fresh repository.
 * Asks nothing; refuses (and writes nothing) when any of the files exists.
 */
import { lstat, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../fs/project-files.js'
import { scaffold, type InitEnvironment } from '../init/scaffold.js'

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

export async function runInit(options: InitCommandOptions): Promise<InitOutcome> {
  const files = scaffold({
    project: options.project ?? path.basename(path.resolve(options.cwd)),
    environments: options.environments,
    region: options.region
  })
  const existing: string[] = []
  for (const file of files) if (await exists(path.join(options.cwd, file.path))) existing.push(file.path)
  if (existing.length > 0)
    throw new UsageError(
      `init writes nothing: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''} in ${path.resolve(options.cwd)}. Move ${existing.length === 1 ? 'it' : 'them'} aside and run init again, or edit ${existing.length === 1 ? 'it' : 'them'} by hand`
    )
  const written: string[] = []
  for (const file of files) {
    const target = path.join(options.cwd, file.path)
    await mkdir(path.dirname(target), { recursive: true })
    // "wx": a file that appeared since the check is not overwritten either.
    await writeFile(target, file.text, { flag: 'wx' })
    written.push(file.path)
  }
  return { written }
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

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch {
    return false
  }
}
