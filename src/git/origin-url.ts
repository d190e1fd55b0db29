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
 *   GIT_CEILING_DIRECTORIES, GIT_DISCOVERY_ACROSS_FILESYSTEM), or a relative HOME or XDG_CONFIG_HOME;
 * - a `.git` file or link (a linked worktree, a submodule), a `.git` folder git would not take for
 *   a repository (its HEAD, objects or refs; a commondir or config.worktree), a folder that is
 *   itself a repository (bare), a filesystem boundary crossed on the way up (git stops there), or a
 *   repository owned by another user (git's safe.directory check, configured globally);
 * - in any of the files, read in full even past the one that decides (git fails on a line it
 *   rejects in any of them): a line git rejects, `include`/`includeIf`/`extensions` sections, a
 *   repository format other than 0, the old `[remote.origin]` header, two headers on a line, a line
 *   continued with a backslash, or a `url` value with quotes, backslashes or whitespace (git
 *   rewrites them);
 * - a system whose git may keep its system configuration elsewhere (any but Linux, or a
 *   /usr/local/etc/gitconfig beside /etc/gitconfig).
 */
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'

export const ASK_GIT = Symbol('ask git')

/** Larger than any real `.git/config`: a file past this is read by git. */
const MAX_CONFIG_BYTES = 1024 * 1024

function stat(file: string, link = false): Stats | undefined {
  try {
    return link ? lstatSync(file) : statSync(file)
  } catch {
    return undefined
  }
}

/** git's is_git_directory: a HEAD that reads as one, `objects` and `refs`, and no `commondir`. */
function plainGitDirectory(gitDir: string): boolean {
  let head: string
  try {
    head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8')
  } catch {
    return false
  }
  return (
    /^(?:ref: refs\/\S+|[0-9a-f]{40}|[0-9a-f]{64})\n?$/.test(head) &&
    Boolean(stat(path.join(gitDir, 'objects'))?.isDirectory()) &&
    Boolean(stat(path.join(gitDir, 'refs'))?.isDirectory()) &&
    !stat(path.join(gitDir, 'commondir'), true) &&
    !stat(path.join(gitDir, 'config.worktree'), true)
  )
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
    const dotGit = stat(path.join(current, '.git'), true)
    if (dotGit?.isDirectory()) {
      const gitDir = path.join(current, '.git')
      if (!plainGitDirectory(gitDir)) return ASK_GIT
      const uid = typeof process.getuid === 'function' ? process.getuid() : undefined
      if (uid !== undefined && (dotGit.uid !== uid || stat(current)?.uid !== uid)) return ASK_GIT
      return gitDir
    }
    // A .git file or link, or a folder that is a repository itself.
    if (dotGit || stat(path.join(current, 'HEAD'), true)) return ASK_GIT
    const parent = path.dirname(current)
    if (parent === current) return undefined
    const parentDevice = stat(parent)?.dev
    if (parentDevice !== device) return ASK_GIT
    device = parentDevice
    current = parent
  }
}

/** A section header as git writes one, alone on its line (a comment may follow). */
const HEADER = /^\[([A-Za-z0-9.-]+)(?:[ \t]+"([^"\\\n]*)")?\][ \t]*(?:[#;].*)?$/
/** A variable: a name, then nothing, a comment, or `=` and a value. */
const VARIABLE = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*(?:$|[#;]|=(.*)$)/

/**
 * The last `url` of `[remote "origin"]` in a config file's text, undefined when it sets none, or
 * ASK_GIT when git could read the file otherwise than this does: a line git rejects (git then
 * fails), escapes, quotes or whitespace inside a value (git rewrites them), includes, several
 * headers on a line, the old `[remote.origin]` syntax, a repository format git may refuse.
 */
export function originUrlInConfig(text: string): string | undefined | typeof ASK_GIT {
  let section = ''
  let origin = false
  let url: string | undefined
  const lines = text.replace(/^\uFEFF/, '').split('\n')
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '').replace(/^[ \t]+|[ \t]+$/g, '')
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
    // A continued value, or a carriage return git reads differently.
    if (line.endsWith('\\') || line.includes('\r')) return ASK_GIT
    if (line.startsWith('[')) {
      const header = HEADER.exec(line)
      if (!header) return ASK_GIT
      section = header[1].toLowerCase()
      if (['include', 'includeif', 'extensions', 'remote.origin'].includes(section)) return ASK_GIT
      origin = section === 'remote' && header[2] === 'origin'
      continue
    }
    const variable = VARIABLE.exec(line)
    if (!variable || section === '') return ASK_GIT
    const name = variable[1].toLowerCase()
    const rest = variable[2]
    if (rest !== undefined && (rest.includes('"') || rest.includes('\\'))) return ASK_GIT
    const value = (rest ?? '').replace(/[#;].*$/, '').replace(/^[ \t]+|[ \t]+$/g, '')
    if (section === 'core' && name === 'repositoryformatversion' && value !== '0') return ASK_GIT
    if (!origin || name !== 'url') continue
    if (/[ \t]/.test(value)) return ASK_GIT
    url = value
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

/** The system and global files git reads before the repository's, in git's order. */
function sharedConfigFiles(): string[] | typeof ASK_GIT {
  if (process.platform !== 'linux' || stat('/usr/local/etc/gitconfig')) return ASK_GIT
  const home = process.env.HOME || undefined
  const xdg = process.env.XDG_CONFIG_HOME || (home ? path.join(home, '.config') : undefined)
  // git resolves a relative one from the repository's folder, not from here.
  if ((home && !path.isAbsolute(home)) || (xdg && !path.isAbsolute(xdg))) return ASK_GIT
  return [
    '/etc/gitconfig',
    ...(xdg ? [path.join(xdg, 'git', 'config')] : []),
    ...(home ? [path.join(home, '.gitconfig')] : [])
  ]
}

/** `remote.origin.url` as git would print it for `folder`, undefined when unset, or ASK_GIT. */
export function readOriginUrl(folder: string): string | undefined | typeof ASK_GIT {
  if (Object.keys(process.env).some(name => CONFIG_VARIABLES.test(name))) return ASK_GIT
  const shared = sharedConfigFiles()
  if (shared === ASK_GIT) return ASK_GIT
  const gitDir = gitDirectory(folder)
  if (gitDir === ASK_GIT) return ASK_GIT
  const files = gitDir === undefined ? shared : [...shared, path.join(gitDir, 'config')]
  // Every file, even past the one that decides: git fails on a line it rejects in any of them.
  let url: string | undefined
  for (const file of files) {
    const found = originUrlInFile(file)
    if (found === ASK_GIT) return ASK_GIT
    if (found !== undefined) url = found
  }
  return url
}
