/**
 * Issue 16 item 8: a pull request's files are read only when they are regular files inside the
 * workspace, and boundedly. Links out of the workspace, devices and FIFOs are errors that name
 * the file; nothing hangs, nothing is skipped silently.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadProject } from '../../src/fs/load-project.js'
import type { Finding } from '../../src/model/findings.js'
import { diskTree, MAX_FILE_BYTES, workspacePath } from '../../src/fs/project-files.js'
import { UsageError } from '../../src/model/errors.js'
import { gitTree } from '../../src/git/git-tree.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { REPO_ROOT, runCli } from '../support/run-dist.js'
import { BASIC_CONFIG, tempProject } from '../support/temp-project.js'

const ROLE = `kind: Role
name: linked
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: lambda.amazonaws.com }
      Action: sts:AssumeRole
`

function load(root: string, configFile = 'rolegate.yml', limits = {}) {
  return loadProject(diskTree(root, limits), configFile, { requireConfig: true })
}

function outsideFile(text: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'rolegate-outside-'))
  const file = path.join(folder, 'secret.yml')
  writeFileSync(file, text)
  return file
}

function errors(findings: readonly Finding[]) {
  return findings.filter(finding => finding.severity === 'error').map(f => `${f.file}: ${f.message}`)
}

describe('rolegate.yml is read only as a regular file inside the workspace', () => {
  it('refuses rolegate.yml linked to a file outside the workspace', async () => {
    const root = tempProject({})
    symlinkSync(outsideFile(BASIC_CONFIG), path.join(root, 'rolegate.yml'))
    const project = await load(root)
    expect(project.config).toBeUndefined()
    expect(errors(project.findings)).toEqual([
      expect.stringMatching(
        /^rolegate\.yml: symbolic link to .*secret\.yml, outside the workspace .*; RoleGate reads only files inside the repository/
      )
    ])
  })

  it('refuses rolegate.yml linked to /dev/zero at once, without reading it', async () => {
    const root = tempProject({})
    symlinkSync('/dev/zero', path.join(root, 'rolegate.yml'))
    const project = await load(root)
    expect(project.config).toBeUndefined()
    expect(errors(project.findings)).toEqual([expect.stringContaining('symbolic link to /dev/zero, outside')])
  })

  it('refuses rolegate.yml that is a folder, saying so (not "not found")', async () => {
    const root = tempProject({ 'rolegate.yml/keep.txt': 'x' })
    const project = await load(root)
    expect(project.config).toBeUndefined()
    expect(errors(project.findings)).toEqual([
      'rolegate.yml: is a folder, not a file; pass the path of the rolegate.yml file itself (the action’s config input, the CLI’s --config)'
    ])
  })

  it('refuses --config /dev/zero as outside the workspace', () => {
    expect(() => workspacePath('/dev/zero', '/work/repo')).toThrow(UsageError)
    expect(() => workspacePath('../x/rolegate.yml', '/work/repo')).toThrow(/outside the workspace/)
    expect(workspacePath('examples/x/rolegate.yml', '/work/repo')).toBe('examples/x/rolegate.yml')
  })

  it('refuses a FIFO as rolegate.yml or as a definition without blocking', async () => {
    const root = tempProject({ 'iam/ok.yml': ROLE })
    execFileSync('mkfifo', [path.join(root, 'rolegate.yml')])
    let project = await load(root)
    expect(errors(project.findings)).toEqual([
      'rolegate.yml: not a regular file but a named pipe; RoleGate reads definitions only from regular files: replace it with a YAML or JSON file'
    ])
    const second = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/ok.yml': ROLE })
    execFileSync('mkfifo', [path.join(second, 'iam', 'pipe.yml')])
    project = await load(second)
    expect(project.definitions.map(item => item.definition.name)).toEqual(['linked'])
    expect(errors(project.findings)).toEqual([
      expect.stringMatching(/^iam\/pipe\.yml: not a regular file but a named pipe/)
    ])
  })

  it('refuses a file over 10 MB, naming its size and the limit', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/big.yml': Buffer.alloc(MAX_FILE_BYTES + 1, 0x20),
      'iam/ok.yml': ROLE
    })
    const project = await load(root)
    expect(errors(project.findings)).toEqual([
      'iam/big.yml: file of 10,485,761 bytes; RoleGate reads at most 10 MB per file; split the definitions into smaller files'
    ])
    expect(project.definitions).toHaveLength(1)
  })

  it('refuses a rolegate.yml over 10 MB saying a config holds only settings, not to split definitions', async () => {
    const root = tempProject({
      'rolegate.yml': Buffer.concat([Buffer.from(BASIC_CONFIG), Buffer.alloc(MAX_FILE_BYTES, 0x23)]),
      'iam/ok.yml': ROLE
    })
    const project = await load(root)
    expect(project.config).toBeUndefined()
    expect(errors(project.findings)).toEqual([
      `rolegate.yml: config file of ${(MAX_FILE_BYTES + BASIC_CONFIG.length).toLocaleString('en-US')} bytes; RoleGate reads at most 10 MB per file, and rolegate.yml holds only settings (a few kilobytes): definitions belong in the files its \`definitions\` globs name (by default iam/**/*.yml), not in it; check that this is the config file you meant (--config, the action’s config input), and remove from it everything that is not a setting`
    ])
  })

  it('stops a run that reads more than its budget with one usage error', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/a.yml': ROLE + '#'.repeat(3000),
      'iam/b.yml': ROLE + '#'.repeat(3000)
    })
    await expect(load(root, 'rolegate.yml', { runBytes: 5000 })).rejects.toThrow(
      /exceed .*MB \(at iam\/.\.yml\); narrow the `definitions` globs/
    )
    await expect(load(root, 'rolegate.yml', { runBytes: 100_000 })).resolves.toBeDefined()
  })
})

describe('a folder that cannot be listed is an error, never an empty folder', () => {
  // chmod 000 stops everyone but root: as root, the CLI runs as nobody (setpriv), from a copy of
  // dist/ that nobody can read.
  it('validate: the folder a definitions glob reaches into is an error naming it, not a removed role', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/ok.yml': ROLE,
      'iam/team/other.yml': ROLE.replace('linked', 'other')
    })
    const dist = path.join(root, '.bundle')
    cpSync(path.join(REPO_ROOT, 'dist'), dist, { recursive: true })
    chmodSync(root, 0o755)
    chmodSync(path.join(root, 'iam', 'team'), 0o000)
    try {
      const cli = [process.execPath, path.join(dist, 'cli', 'index.js'), 'validate']
      const asRoot = process.getuid?.() === 0
      const command = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...cli] : cli
      const result = spawnSync(command[0], command.slice(1), {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: root }
      })
      expect(result.stderr).not.toMatch(/\n\s+at /)
      expect(result.stdout).toContain(
        'iam/team:1:1  error    schema  iam/team is a folder RoleGate cannot list (EACCES); its files are not read, though the definitions glob "iam/**/*.yml" reaches into it; check its permissions (the job must be able to read every folder the definitions globs reach into)'
      )
      expect(result.status).toBe(1)
    } finally {
      chmodSync(path.join(root, 'iam', 'team'), 0o755)
    }
  })
})

describe('definitions globs', () => {
  const withGlobs = (globs: string) => BASIC_CONFIG.replace(/^project: .*$/m, `$&\ndefinitions: ${globs}`)

  it('a "!" glob excludes what it matches (in any order), and one that excludes nothing is an error', async () => {
    const root = tempProject({
      'rolegate.yml': withGlobs('["!iam/draft/**", "iam/**/*.yml", "!iam/none/*.yml"]'),
      'iam/ok.yml': ROLE,
      'iam/draft/wip.yml': 'not: [a definition'
    })
    const project = await load(root)
    expect(project.definitions.map(item => item.file)).toEqual(['iam/ok.yml'])
    expect(errors(project.findings)).toEqual([
      'rolegate.yml: definitions glob "!iam/none/*.yml" excludes no file or folder that another glob matches under . in the working tree; globs are relative to the folder of rolegate.yml: fix it, or remove it from definitions'
    ])
  })

  it('a glob whose every file a "!" glob excludes says so, not "matches no file"', async () => {
    const root = tempProject({
      'rolegate.yml': withGlobs('["iam/**/*.yml", "drafts/*.yml", "!drafts/**"]'),
      'iam/ok.yml': ROLE,
      'drafts/wip.yml': ROLE
    })
    const project = await load(root)
    expect(errors(project.findings)).toEqual([
      'rolegate.yml: definitions glob "drafts/*.yml" matches only files the "!" globs exclude under . in the working tree; globs are relative to the folder of rolegate.yml: fix it, or remove it from definitions'
    ])
  })

  it('a glob that matches only rolegate.yml matches nothing: an error, not a project of no roles', async () => {
    const root = tempProject({ 'rolegate.yml': withGlobs('["*.yml"]'), 'iam/ok.yml': ROLE })
    const project = await load(root)
    expect(project.definitions).toEqual([])
    expect(errors(project.findings)).toEqual([
      'rolegate.yml: definitions glob "*.yml" matches no file under . in the working tree; globs are relative to the folder of rolegate.yml'
    ])
  })
})

describe('linked definition files', () => {
  it('follows links to files and folders inside the workspace', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'shared/role.yml': ROLE })
    mkdirSync(path.join(root, 'iam'))
    symlinkSync('../shared/role.yml', path.join(root, 'iam', 'role.yml'))
    symlinkSync('../shared', path.join(root, 'iam', 'folder'))
    symlinkSync('..', path.join(root, 'iam', 'loop')) // a link loop ends
    const project = await load(root)
    expect(errors(project.findings)).toEqual([])
    expect(project.definitions.map(item => item.file).sort()).toEqual(['iam/folder/role.yml', 'iam/role.yml'])
  })

  it('reports links to files or folders outside the workspace, and dangling links', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/ok.yml': ROLE })
    const outside = outsideFile(ROLE)
    symlinkSync(outside, path.join(root, 'iam', 'escape.yml'))
    symlinkSync(path.dirname(outside), path.join(root, 'iam', 'outside-folder'))
    symlinkSync('missing.yml', path.join(root, 'iam', 'dangling.yml'))
    const project = await load(root)
    expect(project.definitions.map(item => item.file)).toEqual(['iam/ok.yml'])
    // The linked folder is where the definitions glob reaches: its roles would look removed, so it
    // is an error (plan and deploy refuse), not a warning.
    expect(errors(project.findings)).toEqual([
      expect.stringMatching(
        /^iam\/outside-folder: iam\/outside-folder is a symbolic link to the folder .*, outside the workspace; its files are not read, though the definitions glob "iam\/\*\*\/\*\.yml" reaches into it/
      ),
      'iam/dangling.yml: symbolic link whose target does not exist; replace the link with the file it should point to',
      expect.stringMatching(/^iam\/escape\.yml: symbolic link to .*secret\.yml, outside the workspace/)
    ])
  })

  it('names a loop of links as a loop (ELOOP), with the links it goes through, not as a missing target', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/ok.yml': ROLE })
    symlinkSync('b.yml', path.join(root, 'iam', 'a.yml'))
    symlinkSync('a.yml', path.join(root, 'iam', 'b.yml'))
    symlinkSync('self.yml', path.join(root, 'iam', 'self.yml'))
    symlinkSync('d/x.yml', path.join(root, 'iam', 'through.yml'))
    symlinkSync('d', path.join(root, 'iam', 'd'))
    const project = await load(root)
    expect(project.definitions.map(item => item.file)).toEqual(['iam/ok.yml'])
    const hint = 'replace the link with the file it should point to, or delete it'
    expect(errors(project.findings)).toEqual([
      `iam/a.yml: symbolic link loop (ELOOP): iam/a.yml -> b.yml -> a.yml, which never reaches a file; ${hint}`,
      `iam/b.yml: symbolic link loop (ELOOP): iam/b.yml -> a.yml -> b.yml, which never reaches a file; ${hint}`,
      `iam/self.yml: symbolic link loop (ELOOP): iam/self.yml -> self.yml, which never reaches a file; ${hint}`,
      `iam/through.yml: symbolic link loop (ELOOP): iam/through.yml -> d/x.yml -> ..., which never reaches a file; ${hint}`
    ])
  })

  it('names rolegate.yml linked to itself as a loop; nothing else loads', async () => {
    const root = tempProject({ 'iam/ok.yml': ROLE })
    symlinkSync('rolegate.yml', path.join(root, 'rolegate.yml'))
    const project = await load(root)
    expect(project.config).toBeUndefined()
    expect(errors(project.findings)).toEqual([
      'rolegate.yml: symbolic link loop (ELOOP): rolegate.yml -> rolegate.yml, which never reaches a file; replace the link with the file it should point to, or delete it'
    ])
  })

  it('a linked outside folder no definitions glob reaches is a warning; an explicit glob that matches nothing is an error', async () => {
    const config = BASIC_CONFIG.replace(
      /^project: .*$/m,
      '$&\ndefinitions: ["iam/**/*.yml", "role/**/*.yml"]'
    )
    const root = tempProject({ 'rolegate.yml': config, 'iam/ok.yml': ROLE })
    symlinkSync(path.dirname(outsideFile(ROLE)), path.join(root, 'docs-elsewhere'))
    const project = await load(root)
    expect(project.definitions.map(item => item.file)).toEqual(['iam/ok.yml'])
    expect(errors(project.findings)).toEqual([
      'rolegate.yml: definitions glob "role/**/*.yml" matches no file under . in the working tree; globs are relative to the folder of rolegate.yml: fix it, or remove it from definitions'
    ])
    expect(project.findings.filter(finding => finding.severity === 'warning').map(f => f.message)).toEqual([
      expect.stringMatching(
        /^docs-elsewhere is a symbolic link to the folder .*; its files are not read; RoleGate/
      )
    ])
  })

  it('a linked outside folder a non-recursive glob cannot reach stays a warning', async () => {
    const config = BASIC_CONFIG.replace(/^project: .*$/m, '$&\ndefinitions: ["iam/*.yml"]')
    const root = tempProject({ 'rolegate.yml': config, 'iam/ok.yml': ROLE })
    symlinkSync(path.dirname(outsideFile(ROLE)), path.join(root, 'iam', 'vendor'))
    const project = await load(root)
    expect(errors(project.findings)).toEqual([])
    expect(project.findings.map(f => f.severity)).toEqual(['warning'])
  })

  it('diff: roles of a folder replaced by a link out of the repository are not evaluated, never removed', async () => {
    const ws = gitWorkspace({
      'rolegate.yml': BASIC_CONFIG,
      'iam/ok.yml': ROLE,
      'iam/shared/role.yml': ROLE.replace('name: linked', 'name: shared')
    })
    try {
      execFileSync('rm', ['-r', path.join(ws.dir, 'iam', 'shared')])
      symlinkSync(path.dirname(outsideFile(ROLE)), path.join(ws.dir, 'iam', 'shared'))
      const result = await runCli(['diff', '--format', 'json'], ws.dir)
      expect(result.code).toBe(1)
      const report = JSON.parse(result.stdout) as {
        environments: Record<
          string,
          {
            verdict: string
            roles: { name: string; change: string }[]
            notEvaluated?: { name: string; reason: string }[]
          }
        >
      }
      expect(report.environments.dev.roles.filter(role => role.change === 'removed')).toEqual([])
      expect(report.environments.dev.notEvaluated).toEqual([
        expect.objectContaining({ name: 'shared', reason: 'is a linked folder RoleGate does not read' })
      ])
      expect(report.environments.dev.verdict).toBe('unknown')
    } finally {
      ws.remove()
    }
  })

  it('refuses a config path that reaches outside through a linked folder', async () => {
    const root = tempProject({})
    const outside = outsideFile(BASIC_CONFIG)
    symlinkSync(path.dirname(outside), path.join(root, 'linked'))
    const project = await load(root, 'linked/secret.yml')
    expect(project.config).toBeUndefined()
    expect(errors(project.findings)).toEqual([expect.stringContaining('resolves through a linked folder to')])
  })
})

describe('links committed to git are read at the base ref as the working tree reads them', () => {
  /** Commits the working tree of `root` (links as links) and loads the project at that commit. */
  function commitAndLoadBase(root: string) {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: root,
        encoding: 'utf8'
      })
    git('init', '--quiet')
    git('add', '--all')
    git('commit', '--quiet', '--no-verify', '-m', 'base')
    return gitTree(root, 'HEAD').then(tree => loadProject(tree, 'rolegate.yml', { requireConfig: true }))
  }

  it('follows links to files and folders inside the workspace, and ends loops', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'shared/role.yml': ROLE })
    mkdirSync(path.join(root, 'iam'))
    symlinkSync('../shared/role.yml', path.join(root, 'iam', 'role.yml'))
    symlinkSync('../shared', path.join(root, 'iam', 'folder'))
    symlinkSync('..', path.join(root, 'iam', 'loop'))
    const working = await load(root)
    const base = await commitAndLoadBase(root)
    expect(errors(base.findings)).toEqual([])
    expect(base.definitions.map(item => item.file).sort()).toEqual(['iam/folder/role.yml', 'iam/role.yml'])
    expect(base.definitions.map(item => item.file).sort()).toEqual(
      working.definitions.map(item => item.file).sort()
    )
  })

  it('names a loop of links at the base ref as a loop (ELOOP), as the working tree does', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/ok.yml': ROLE })
    symlinkSync('b.yml', path.join(root, 'iam', 'a.yml'))
    symlinkSync('a.yml', path.join(root, 'iam', 'b.yml'))
    symlinkSync('self.yml', path.join(root, 'iam', 'self.yml'))
    const base = await commitAndLoadBase(root)
    expect(base.definitions.map(item => item.file)).toEqual(['iam/ok.yml'])
    const hint = 'replace the link with the file it should point to, or delete it'
    expect(errors(base.findings)).toEqual([
      `iam/a.yml: symbolic link loop (ELOOP): iam/a.yml -> b.yml follows more than 40 links and never reaches a file; ${hint}`,
      `iam/b.yml: symbolic link loop (ELOOP): iam/b.yml -> a.yml follows more than 40 links and never reaches a file; ${hint}`,
      `iam/self.yml: symbolic link loop (ELOOP): iam/self.yml -> self.yml follows more than 40 links and never reaches a file; ${hint}`
    ])
  })

  it('lists a folder reached by a link and by its own path once, as the working tree does', async () => {
    // iam/alias -> ecs: both under the globs. Listed twice, the base had the role twice and every
    // diff showed a change that was not there.
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/ecs/app.yml': ROLE })
    symlinkSync('ecs', path.join(root, 'iam', 'alias'))
    const working = await load(root)
    const base = await commitAndLoadBase(root)
    expect(errors(working.findings)).toEqual([])
    expect(errors(base.findings)).toEqual([])
    expect(working.definitions.map(item => item.file)).toEqual(['iam/alias/app.yml'])
    expect(base.definitions.map(item => item.file)).toEqual(['iam/alias/app.yml'])
  })

  it('stops following links after 40, as the kernel does: links that multiply end', async () => {
    // l0 -> l1/l1/l1/l1, ..., l11 -> l12/l12/l12/l12, l12 -> . : 4^12 paths if each were walked.
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/ok.yml': ROLE })
    for (let index = 0; index < 12; index++)
      symlinkSync(
        Array(4)
          .fill(`l${index + 1}`)
          .join('/'),
        path.join(root, 'iam', `l${index}`)
      )
    symlinkSync('.', path.join(root, 'iam', 'l12'))
    const base = await commitAndLoadBase(root)
    expect(base.definitions.map(item => item.file)).toEqual(['iam/ok.yml'])
  })

  it('refuses links out of the workspace and dangling links, naming each', async () => {
    const root = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/ok.yml': ROLE })
    symlinkSync('/etc/hostname.yml', path.join(root, 'iam', 'escape.yml'))
    symlinkSync('../../elsewhere', path.join(root, 'iam', 'outside-folder'))
    symlinkSync('missing.yml', path.join(root, 'iam', 'dangling.yml'))
    const base = await commitAndLoadBase(root)
    expect(base.definitions.map(item => item.file)).toEqual(['iam/ok.yml'])
    expect(errors(base.findings)).toEqual([
      expect.stringMatching(
        /^iam\/outside-folder: iam\/outside-folder is a symbolic link to \.\.\/\.\.\/elsewhere, outside the workspace; its files are not read, though the definitions glob/
      ),
      'iam/dangling.yml: symbolic link whose target does not exist; replace the link with the file it should point to',
      'iam/escape.yml: symbolic link to /etc/hostname.yml, outside the workspace; RoleGate reads only files inside the repository: copy the file into it instead of linking'
    ])
  })
})

describe('the base ref is read as boundedly as the working tree', () => {
  it('refuses an oversized rolegate.yml at the base ref as a config, not as definitions', async () => {
    const ws = gitWorkspace({ 'rolegate.yml': BASIC_CONFIG + '#'.repeat(6000), 'iam/ok.yml': ROLE })
    try {
      const tree = await gitTree(ws.dir, ws.baseSha, { fileBytes: 5000 })
      const project = await loadProject(tree, 'rolegate.yml', { requireConfig: true })
      expect(project.config).toBeUndefined()
      expect(errors(project.findings)).toEqual([
        expect.stringMatching(
          /^rolegate\.yml: config file of [\d,]+ bytes; RoleGate reads at most .* per file, and rolegate\.yml holds only settings/
        )
      ])
    } finally {
      ws.remove()
    }
  })

  it('refuses an oversized definition at the base ref and stops past the run budget', async () => {
    const big = ROLE + '#'.repeat(6000)
    const ws = gitWorkspace({ 'rolegate.yml': BASIC_CONFIG, 'iam/ok.yml': ROLE, 'iam/big.yml': big })
    try {
      const tree = await gitTree(ws.dir, ws.baseSha, { fileBytes: 5000 })
      const project = await loadProject(tree, 'rolegate.yml', { requireConfig: true })
      expect(errors(project.findings)).toEqual([
        `iam/big.yml: file of ${Buffer.byteLength(big).toLocaleString('en-US')} bytes; RoleGate reads at most 0 MB per file; split the definitions into smaller files`
      ])
      expect(project.definitions.map(item => item.file)).toEqual(['iam/ok.yml'])
      const small = await gitTree(ws.dir, ws.baseSha, { runBytes: 5000 })
      await expect(loadProject(small, 'rolegate.yml', { requireConfig: true })).rejects.toThrow(
        /exceed .*MB \(at iam\/.+\.yml\); narrow the `definitions` globs/
      )
    } finally {
      ws.remove()
    }
  })
})
