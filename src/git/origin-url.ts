/**
 * `remote.origin.url` of the repository holding a folder, read from git's configuration files
 * without starting git, when those files alone decide what `git config --get remote.origin.url`
 * prints. Starting git costs a small project's cold validate 8–11% of its time on two vCPUs (a fork
 * of the node process while it compiles; docs/benchmarks.md), against a few reads here.
 *
 * git reads the system configuration (/etc/gitconfig for a git installed under /usr), the global
 * ones ($XDG_CONFIG_HOME/git/config, then ~/.gitconfig) and the repository's, in that order, and
 * prints the last value. Whenever those files might not decide, this answers ASK_GIT and the
 * caller asks git:
 *
 * - a variable that changes what git reads (GIT_DIR, GIT_WORK_TREE, GIT_COMMON_DIR, GIT_CONFIG*,
 *   GIT_CEILING_DIRECTORIES, GIT_DISCOVERY_ACROSS_FILESYSTEM);
 * - a `.git` file (a linked worktree or submodule), a folder that is itself a repository (bare), a
 *   filesystem boundary crossed on the way up (git stops there), or a repository owned by another
 *   user (git's safe.directory check, configured globally);
 * - in any file read: `include`/`includeIf` sections, a `config.worktree`, the old
 *   `[remote.origin]` header, a line continued with a backslash, a header git's grammar rejects, or
 *   a `url` value with quotes or backslashes (git's escapes);
 * - no `url` in the repository, on a system whose git may keep its system configuration elsewhere
 *   (not Linux, or a /usr/local/etc/gitconfig beside /etc/gitconfig).
 */
import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'

export const ASK_GIT = Symbol('ask git')

/** Larger than any real `.git/config`: a file past this is read by git. */
const MAX_CONFIG_BYTES = 1024 * 1024

function stat(file: string): Stats | undefined {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}

/** The `.git` folder git would use for `folder`, undefined outside any repository, or ASK_GIT. */
function gitDirectory(folder: string): string | undefined | typeof ASK_GIT {
  // git walks up from the physical folder (getcwd), not through a link's parent.
  let current: string
  try {
    current = realpathSync(folder)
  } catch {
    return ASK_GIT
  }
  let device = stat(current)?.dev
  if (device === undefined) return ASK_GIT
  for (;;) {
    const dotGit = stat(path.join(current, '.git'))
    if (dotGit?.isDirectory()) {
      if (!stat(path.join(current, '.git', 'HEAD'))?.isFile()) return ASK_GIT
      const uid = typeof process.getuid === 'function' ? process.getuid() : undefined
      if (uid !== undefined && (dotGit.uid !== uid || stat(current)?.uid !== uid)) return ASK_GIT
      return path.join(current, '.git')
    }
    // A .git file, or a folder that is a repository itself.
    if (dotGit || stat(path.join(current, 'HEAD'))) return ASK_GIT
    const parent = path.dirname(current)
    if (parent === current) return undefined
    const parentDevice = stat(parent)?.dev
    if (parentDevice !== device) return ASK_GIT
    device = parentDevice
    current = parent
  }
}

/** The `url` of `[remote "origin"]` in a config file's text, undefined when none, or ASK_GIT. */
export function originUrlInConfig(text: string): string | undefined | typeof ASK_GIT {
  let inOrigin = false
  let url: string | undefined
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    // A continued value: its next line is not a line of its own.
    if (line.endsWith('\\')) return ASK_GIT
    if (line.startsWith('[')) {
      // git's own grammar: no space inside the brackets but before a quoted subsection.
      const header = /^\[([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\\n]|\\.)*)")?\]/.exec(line)
      if (!header) return ASK_GIT
      const section = header[1].toLowerCase()
      if (section === 'include' || section === 'includeif') return ASK_GIT
      if (section === 'remote.origin') return ASK_GIT
      inOrigin = section === 'remote' && header[2] === 'origin'
      // A variable may follow the header on the same line.
      const rest = line.slice(header[0].length).trim()
      if (rest === '' || rest.startsWith('#') || rest.startsWith(';')) continue
      if (inOrigin) return ASK_GIT
      continue
    }
    if (!inOrigin) continue
    const variable = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=(.*))?$/.exec(line)
    if (!variable || variable[1].toLowerCase() !== 'url') continue
    const value = variable[2] ?? ''
    if (value.includes('"') || value.includes('\\')) return ASK_GIT
    url = value.replace(/[#;].*$/, '').trim()
  }
  return url
}

/** Variables that change which configuration git reads, or which repository it finds. */
const CONFIG_VARIABLES =
  /^GIT_(DIR|WORK_TREE|COMMON_DIR|CONFIG\w*|CEILING_DIRECTORIES|DISCOVERY_ACROSS_FILESYSTEM)$/

/** The origin url a config file sets, undefined when it sets none (or does not exist), or ASK_GIT. */
function originUrlInFile(file: string): string | undefined | typeof ASK_GIT {
  const found = stat(file)
  if (!found) return undefined
  if (!found.isFile() || found.size > MAX_CONFIG_BYTES) return ASK_GIT
  try {
    return originUrlInConfig(readFileSync(file, 'utf8'))
  } catch {
    return ASK_GIT
  }
}

/** The global and system files git reads before the repository's, last read first. */
function sharedConfigFiles(): string[] | typeof ASK_GIT {
  if (process.platform !== 'linux' || stat('/usr/local/etc/gitconfig')) return ASK_GIT
  const home = process.env.HOME
  const xdg = process.env.XDG_CONFIG_HOME || (home ? path.join(home, '.config') : undefined)
  return [
    ...(home ? [path.join(home, '.gitconfig')] : []),
    ...(xdg ? [path.join(xdg, 'git', 'config')] : []),
    '/etc/gitconfig'
  ]
}

/** `remote.origin.url` as git would print it for `folder`, undefined when unset, or ASK_GIT. */
export function readOriginUrl(folder: string): string | undefined | typeof ASK_GIT {
  if (Object.keys(process.env).some(name => CONFIG_VARIABLES.test(name))) return ASK_GIT
  const gitDir = gitDirectory(folder)
  if (gitDir === ASK_GIT) return ASK_GIT
  if (gitDir !== undefined) {
    if (stat(path.join(gitDir, 'config.worktree'))) return ASK_GIT
    const own = originUrlInFile(path.join(gitDir, 'config'))
    if (own !== undefined) return own
  }
  const shared = sharedConfigFiles()
  if (shared === ASK_GIT) return ASK_GIT
  for (const file of shared) {
    const url = originUrlInFile(file)
    if (url !== undefined) return url
  }
  return undefined
}
