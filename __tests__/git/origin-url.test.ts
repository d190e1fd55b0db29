/**
 * The clone's GitHub remote read from .git/config without starting git (src/git/origin-url.ts):
 * wherever it answers, it answers what `git config --get remote.origin.url` prints (checked
 * against git itself), and it leaves every case where the file alone does not decide to git.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ASK_GIT, originUrlInConfig, readOriginUrl } from '../../src/git/origin-url.js'
import { cleanEnv, REPO_ROOT, runNode } from '../support/run-dist.js'
import { BASIC_CONFIG } from '../support/temp-project.js'

/** A repository whose .git/config is `config` (after git init's own lines). */
function repository(config: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rolegate-origin-'))
  execFileSync('git', ['init', '-q', root], { env: gitEnv() })
  writeFileSync(path.join(root, '.git', 'config'), `[core]\n\trepositoryformatversion = 0\n${config}`)
  return root
}

/** A home folder of its own, so the machine's ~/.gitconfig decides nothing here. */
const home = mkdtempSync(path.join(tmpdir(), 'rolegate-origin-home-'))

/** git as readOriginUrl sees the machine: this home, none of the caller's GIT_* variables. */
function gitEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')))
  delete env.XDG_CONFIG_HOME
  return { ...env, HOME: home }
}

function gitSays(folder: string): string | undefined {
  try {
    return execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd: folder,
      encoding: 'utf8',
      env: gitEnv()
    }).trim()
  } catch {
    return undefined
  }
}

/** readOriginUrl in gitEnv()'s environment. */
function readsDirectly(folder: string): string | undefined | typeof ASK_GIT {
  const saved = { ...process.env }
  for (const name of Object.keys(process.env)) delete process.env[name]
  Object.assign(process.env, gitEnv())
  try {
    return readOriginUrl(folder)
  } finally {
    for (const name of Object.keys(process.env)) delete process.env[name]
    Object.assign(process.env, saved)
  }
}

const AGREES: Array<[string, string]> = [
  [
    'https',
    '[remote "origin"]\n\turl = https://github.com/acme/infra.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n'
  ],
  ['scp-like ssh', '[remote "origin"]\n\turl = git@github.com:acme/infra.git\n'],
  [
    'the last url of the section wins',
    '[remote "origin"]\n\turl = https://github.com/a/first\n\turl = https://github.com/a/second\n'
  ],
  [
    'a later section again',
    '[remote "origin"]\n\turl = https://github.com/a/first\n[branch "main"]\n\tremote = origin\n[remote "origin"]\n\turl = https://github.com/a/later\n'
  ],
  ['an inline comment', '[remote "origin"]\n\turl = https://github.com/acme/infra.git ; the mirror\n'],
  ['section and key names in any case', '[REMOTE   "origin"]\n  URL=https://github.com/acme/infra\n'],
  ['CRLF line ends', '[remote "origin"]\r\n\turl = https://github.com/acme/infra.git\r\n'],
  [
    'comment lines',
    '# [remote "origin"]\n;\turl = https://github.com/x/y\n[remote "origin"]\n# url = https://github.com/x/z\n\turl = https://github.com/acme/infra\n'
  ],
  [
    'another remote named like it',
    '[remote "upstream"]\n\turl = https://github.com/up/stream\n[remote "origin"]\n\turl = https://gitlab.com/acme/infra\n'
  ],
  [
    'no origin url anywhere (git prints nothing)',
    '[remote "upstream"]\n\turl = https://github.com/up/stream\n'
  ],
  ['a subsection in another case is another remote', '[remote "Origin"]\n\turl = https://github.com/a/b\n']
]

const ASKS_GIT: Array<[string, string]> = [
  ['an include', '[include]\n\tpath = extra.config\n[remote "origin"]\n\turl = https://github.com/a/b\n'],
  [
    'an includeIf',
    '[includeIf "gitdir:~/work/"]\n\tpath = work.config\n[remote "origin"]\n\turl = https://github.com/a/b\n'
  ],
  ['a quoted value', '[remote "origin"]\n\turl = "https://github.com/a/b"\n'],
  ['a continued line', '[remote "origin"]\n\tfetch = +refs/heads/*:\\\n\turl = https://github.com/a/b\n'],
  [
    'spaces inside the brackets (git reads no remote there)',
    '[ remote "origin" ]\n\turl = https://github.com/a/b\n'
  ],
  [
    'a line git rejects elsewhere in the file (git fails)',
    '[alias]\n\t1x = y\n[remote "origin"]\n\turl = https://github.com/a/b\n'
  ],
  ['a tab inside the value (git rewrites it)', '[remote "origin"]\n\turl = https://github.com/a/b\tc\n'],
  ['an escaped subsection', '[remote "\\origin"]\n\turl = https://github.com/a/b\n'],
  ['two headers on one line', '[core] [remote "origin"]\n\turl = https://github.com/a/b\n'],
  ['a no-break space before the key (git fails)', '[remote "origin"]\n\u00a0url = https://github.com/a/b\n'],
  [
    'a repository format with extensions',
    '[core]\n\trepositoryformatversion = 1\n[extensions]\n\tfoo = bar\n[remote "origin"]\n\turl = https://github.com/a/b\n'
  ],
  ['the old header syntax', '[remote.origin]\n\turl = https://github.com/a/b\n'],
  ['a variable on the header line', '[remote "origin"] url = https://github.com/a/b\n']
]

describe('readOriginUrl', () => {
  it.each(AGREES)('answers as git does: %s', (_, config) => {
    const root = repository(config)
    const direct = readsDirectly(root)
    // Without a url of its own, a repository needs the system configuration, read on Linux only.
    if (direct === ASK_GIT && process.platform !== 'linux') return
    expect(direct).not.toBe(ASK_GIT)
    expect(direct).toBe(gitSays(root))
  })

  it.each(ASKS_GIT)('leaves it to git: %s', (_, config) => {
    expect(readsDirectly(repository(config))).toBe(ASK_GIT)
  })

  it('finds the repository from a subfolder, as git does', () => {
    const root = repository('[remote "origin"]\n\turl = https://github.com/acme/infra\n')
    const nested = path.join(root, 'infra', 'iam')
    mkdirSync(nested, { recursive: true })
    expect(readsDirectly(nested)).toBe('https://github.com/acme/infra')
    expect(gitSays(nested)).toBe('https://github.com/acme/infra')
  })

  it('a url only the global configuration sets: read there, as git reads it', () => {
    writeFileSync(path.join(home, '.gitconfig'), '[remote "origin"]\n\turl = https://github.com/from/home\n')
    try {
      const root = repository('')
      expect(gitSays(root)).toBe('https://github.com/from/home')
      expect(readsDirectly(root)).toBe(
        process.platform === 'linux' ? 'https://github.com/from/home' : ASK_GIT
      )
      // The repository's own url comes later, so it wins.
      const own = repository('[remote "origin"]\n\turl = https://github.com/acme/infra\n')
      expect([readsDirectly(own), gitSays(own)]).toEqual([
        'https://github.com/acme/infra',
        'https://github.com/acme/infra'
      ])
    } finally {
      rmSync(path.join(home, '.gitconfig'))
    }
  })

  it('leaves to git a .git folder git would not take for a repository, and a global file git rejects', () => {
    const outer = repository('[remote "origin"]\n\turl = https://github.com/outer/repo\n')
    // HEAD and a config, but no objects or refs: git walks past it to the outer repository.
    const fake = path.join(outer, 'sub', '.git')
    mkdirSync(fake, { recursive: true })
    writeFileSync(path.join(fake, 'HEAD'), 'ref: refs/heads/main\n')
    writeFileSync(path.join(fake, 'config'), '[remote "origin"]\n\turl = https://github.com/inner/fake\n')
    expect(gitSays(path.join(outer, 'sub'))).toBe('https://github.com/outer/repo')
    expect(readsDirectly(path.join(outer, 'sub'))).toBe(ASK_GIT)
    writeFileSync(path.join(home, '.gitconfig'), '[user]\n\tname = "unterminated\n')
    try {
      expect(gitSays(outer)).toBeUndefined()
      expect(readsDirectly(outer)).toBe(ASK_GIT)
    } finally {
      rmSync(path.join(home, '.gitconfig'))
    }
  })

  it('leaves a linked worktree or a GIT_ variable that changes what git reads to git', () => {
    const root = repository('[remote "origin"]\n\turl = https://github.com/acme/infra\n')
    const worktree = mkdtempSync(path.join(tmpdir(), 'rolegate-origin-wt-'))
    writeFileSync(path.join(worktree, '.git'), `gitdir: ${path.join(root, '.git')}\n`)
    expect(readsDirectly(worktree)).toBe(ASK_GIT)
    process.env.GIT_DIR = path.join(root, '.git')
    try {
      expect(readOriginUrl(root)).toBe(ASK_GIT)
    } finally {
      delete process.env.GIT_DIR
    }
    // One that does not (git's TLS settings) changes nothing.
    process.env.GIT_SSL_CAINFO = '/etc/ssl/certs/ca-certificates.crt'
    try {
      expect(readOriginUrl(root)).toBe('https://github.com/acme/infra')
    } finally {
      delete process.env.GIT_SSL_CAINFO
    }
    expect(originUrlInConfig('[core]\n\tbare = false\n')).toBeUndefined()
  })
})

describe('the owner from the remote, without git', () => {
  it("a person's rolegate run tags with owner/repo from .git/config even where git is not installed", async () => {
    const root = repository('[remote "origin"]\n\turl = git@github.com:acme/infra.git\n')
    writeFileSync(path.join(root, 'rolegate.yml'), BASIC_CONFIG)
    mkdirSync(path.join(root, 'iam'))
    writeFileSync(
      path.join(root, 'iam', 'app.yml'),
      'kind: Role\nname: app\ntrust:\n  Statement:\n    - Effect: Allow\n      Principal: { Service: ecs-tasks.amazonaws.com }\n      Action: sts:AssumeRole\n'
    )
    // PATH holds no git: the answer can only come from the file.
    const env = cleanEnv({ PATH: path.dirname(process.execPath), HOME: home })
    for (const name of Object.keys(env)) if (name.startsWith('GIT_')) delete env[name]
    const result = await runNode(
      [path.join(REPO_ROOT, 'dist/cli/index.js'), 'can', 'app', 'sts:GetCallerIdentity', '*', '--env', 'dev'],
      { cwd: root, env }
    )
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('rolegate:managed-by = acme/infra')
  }, 30_000)
})
