/**
 * Where the CLI's rolegate.yml is, and so its workspace. The workspace is the folder holding the
 * config, not the current folder: `--config ../rolegate.yml` and `--config /abs/rolegate.yml` work
 * from anywhere, and without `--config` the nearest rolegate.yml upward from the current folder is
 * used. The path is not resolved through links: a rolegate.yml that links outside its own folder
 * stays refused by diskTree, as any other link out of the workspace.
 */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../model/errors.js'

export const CONFIG_FILE_NAME = 'rolegate.yml'

export interface ConfigLocation {
  /** Absolute path of the folder holding the config: the workspace of every command. */
  workspace: string
  /** The config's file name, relative to `workspace`. */
  configPath: string
  /** The config as the user would name it from `cwd` (for messages). */
  display: string
}

export async function locateConfig(cwd: string, given?: string): Promise<ConfigLocation> {
  if (given !== undefined) {
    if (given.trim() === '') throw new UsageError('--config is empty; pass the path of rolegate.yml')
    const full = path.resolve(cwd, given)
    if (!(await exists(full)))
      throw new UsageError(
        `config file ${given} not found (looked for ${full}); pass the path of an existing rolegate.yml, or run "rolegate init" to create one`
      )
    return location(cwd, full)
  }
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, CONFIG_FILE_NAME)
    if (await exists(candidate)) return location(cwd, candidate)
    if (path.dirname(folder) === folder) break
  }
  throw new UsageError(
    `no ${CONFIG_FILE_NAME} in ${path.resolve(cwd)} or any folder above it; run "rolegate init" to create one, or pass --config with its path`
  )
}

function location(cwd: string, full: string): ConfigLocation {
  const relative = path.relative(path.resolve(cwd), full)
  return {
    workspace: path.dirname(full),
    configPath: path.basename(full),
    display: relative === '' || path.isAbsolute(relative) ? full : relative
  }
}

/** An entry of any kind (a dangling link included: diskTree names what is wrong with it). */
async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch {
    return false
  }
}
