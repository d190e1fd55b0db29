/**
 * What RoleGate could not read decides plan, deploy and the diff's "not evaluated", whatever
 * severity rolegate.yml gives the schema rule: `rules: { schema: off }` silences what validate
 * reports, never turns an unread file into a removed role.
 */
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runDeploy } from '../../src/commands/deploy.js'
import { runDiff } from '../../src/commands/diff.js'
import { loadProject } from '../../src/fs/load-project.js'
import { diskTree } from '../../src/fs/project-files.js'
import { roleYaml } from '../support/check-fixtures.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { BASIC_CONFIG, tempProject } from '../support/temp-project.js'

const role = (name: string) =>
  roleYaml({ name, actions: ['s3:GetObject'], resource: 'arn:aws:s3:::demo-bucket/*' })

const withConfig = (extra: string) => BASIC_CONFIG.replace(/^project: .*$/m, `$&\n${extra}`)

function outsideFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'rolegate-outside-'))
  writeFileSync(path.join(folder, 'hidden.yml'), role('hidden'))
  return folder
}

const plan = (workspace: string) =>
  runDeploy({
    configPath: 'rolegate.yml',
    workspace,
    environment: 'dev',
    mode: 'plan',
    prune: true,
    failOn: 'never',
    // Refused before any credential is asked for.
    credentials: () => Promise.reject(new Error('plan asked for credentials'))
  })

describe('plan refuses what it could not read, whatever the schema rule says', () => {
  it.each(['off', 'warning', 'notice'])(
    'a folder linked out of the repository, with rules: { schema: %s }',
    async severity => {
      const root = tempProject({
        'rolegate.yml': withConfig(`rules: { schema: ${severity} }`),
        'iam/ok.yml': role('ok')
      })
      symlinkSync(outsideFolder(), path.join(root, 'iam', 'team'))
      const outcome = await plan(root)
      expect(outcome.exitCode).toBe(1)
      expect(outcome.refusal).toMatch(
        /^refusing to plan dev: 1 folder\(s\) the definitions globs reach into were not read, so RoleGate cannot tell what the definitions are and changes nothing, whatever fail-on, prune and the rules' severities say\. iam\/team:1:1: iam\/team is a symbolic link to the folder /
      )
    }
  )

  it('a listed glob that matches no file (a moved folder), with rules: { schema: warning }', async () => {
    const root = tempProject({
      'rolegate.yml': withConfig(
        'definitions: ["iam/*.yml", "iam-team-b/*.yml"]\nrules: { schema: warning }'
      ),
      'iam/ok.yml': role('ok')
    })
    const outcome = await plan(root)
    expect(outcome.exitCode).toBe(1)
    expect(outcome.refusal).toMatch(
      /^refusing to plan dev: a definitions glob of rolegate\.yml reads no file, so RoleGate cannot tell what the definitions are .* rolegate\.yml:\d+:\d+: definitions glob "iam-team-b\/\*\.yml" matches no file/
    )
  })

  it('a folder linked out of the repository that a "./" glob reaches', async () => {
    const root = tempProject({
      'rolegate.yml': withConfig('definitions: ["./iam/**/*.yml"]'),
      'iam/ok.yml': role('ok')
    })
    symlinkSync(outsideFolder(), path.join(root, 'iam', 'team'))
    const outcome = await plan(root)
    expect(outcome.refusal).toMatch(
      /^refusing to plan dev: 1 folder\(s\) the definitions globs reach into were not read/
    )
  })

  it('a number in rolegate.yml whose text YAML changes, with fail-on never', async () => {
    const root = tempProject({
      'rolegate.yml': BASIC_CONFIG.replace(
        'dev: { account: "111111111111", region: us-east-1 }',
        'dev: { account: "111111111111", region: us-east-1, variables: { extId: 0123 } }'
      ),
      'iam/ok.yml': role('ok')
    })
    const outcome = await plan(root)
    expect(outcome.exitCode).toBe(1)
    expect(outcome.refusal).toContain(
      'refusing to plan dev: rolegate.yml has errors, so RoleGate cannot tell what the definitions are'
    )
    expect(outcome.refusal).toContain('YAML reads 0123 as the number 123, so the text would change')
  })
})

describe('a "!" glob that excludes an unread folder', () => {
  const load = (root: string) => loadProject(diskTree(root), 'rolegate.yml', { requireConfig: true })

  it.each(['!iam/team/**', '!iam/team/**/*', '!iam/team/**/*.yml', '!**/team/**'])(
    '%s excludes all of it: no error, the exclusion is used, plan goes on',
    async exclusion => {
      const root = tempProject({
        'rolegate.yml': withConfig(`definitions: ["iam/**/*.yml", "${exclusion}"]`),
        'iam/ok.yml': role('ok')
      })
      symlinkSync(outsideFolder(), path.join(root, 'iam', 'team'))
      const project = await load(root)
      expect(project.findings).toEqual([])
      expect(project.loadFailures).toEqual([])
    }
  )

  it('!iam/team/*.yml leaves its subfolders: still an error, and plan refuses', async () => {
    const root = tempProject({
      'rolegate.yml': withConfig('definitions: ["iam/**/*.yml", "!iam/team/*.yml"]'),
      'iam/ok.yml': role('ok')
    })
    symlinkSync(outsideFolder(), path.join(root, 'iam', 'team'))
    const project = await load(root)
    expect(project.loadFailures.map(failure => failure.kind)).toEqual(['folder'])
    expect(
      project.findings.filter(finding => finding.severity === 'error').map(finding => finding.message)
    ).toEqual([
      expect.stringMatching(
        /^iam\/team is a symbolic link .*, though the definitions glob "iam\/\*\*\/\*\.yml" reaches into it/
      ),
      expect.stringContaining(
        'definitions glob "!iam/team/*.yml" excludes no file or folder that another glob matches'
      )
    ])
  })
})

describe('diff: a file that does not load is not evaluated, whatever the schema rule says', () => {
  it.each([
    [
      'a listed glob whose folder moved',
      'definitions: ["iam/*.yml", "iam/teams/*.yml"]',
      '',
      'iam/team/a.yml'
    ],
    ['the default globs, the folder renamed', '', '', 'roles/teams/a.yml'],
    [
      'a typo in one of the globs',
      'definitions: ["iam/*.yml", "iam/teams/*.yml"]',
      'definitions: ["iam/*.yml", "iam/tems/*.yml"]',
      'iam/teams/a.yml'
    ]
  ])('%s: its roles are not evaluated, never removed', async (_, globs, headGlobs, moved) => {
    const base = withConfig(globs)
    const ws = gitWorkspace(
      { 'rolegate.yml': base, 'iam/ok.yml': role('ok'), 'iam/teams/a.yml': role('team-a') },
      {
        'rolegate.yml': withConfig(`${headGlobs || globs}\nrules: { schema: off }`),
        ...(globs ? { 'iam/ok.yml': role('ok') } : {}),
        [moved]: role('team-a')
      }
    )
    try {
      const outcome = await runDiff({ configPath: 'rolegate.yml', workspace: ws.dir, baseRef: 'HEAD' })
      const dev = outcome.changes.environments.dev
      expect(dev.roles.filter(item => item.change === 'removed')).toEqual([])
      expect(dev.notEvaluated).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: 'team-a',
            side: 'head',
            file: 'rolegate.yml',
            reason: 'has a definitions glob that reads no file, so which files are definitions is not known'
          })
        ])
      )
    } finally {
      ws.remove()
    }
  })

  it("a base whose globs read nothing had no roles: the head's are added", async () => {
    const config = withConfig('rules: { schema: warning }')
    const ws = gitWorkspace(
      { 'rolegate.yml': config },
      { 'rolegate.yml': config, 'iam/a/r1.yml': role('r1') }
    )
    try {
      const outcome = await runDiff({ configPath: 'rolegate.yml', workspace: ws.dir, baseRef: 'HEAD' })
      const dev = outcome.changes.environments.dev
      expect(dev.notEvaluated ?? []).toEqual([])
      expect(dev.roles.map(item => [item.name, item.change])).toEqual([['r1', 'added']])
    } finally {
      ws.remove()
    }
  })

  it('with rules: { schema: off }, a broken head file is unknown, never narrows', async () => {
    const config = withConfig('rules: { schema: off }')
    const ws = gitWorkspace(
      { 'rolegate.yml': config, 'iam/app.yml': role('app') },
      { 'rolegate.yml': config, 'iam/app.yml': `${role('app')}  junk: [\n` }
    )
    try {
      const outcome = await runDiff({ configPath: 'rolegate.yml', workspace: ws.dir, baseRef: 'HEAD' })
      const dev = outcome.changes.environments.dev
      expect(dev?.roles).toEqual([])
      expect(dev?.notEvaluated).toEqual([
        expect.objectContaining({ name: 'app', side: 'head', file: 'iam/app.yml', reason: 'does not parse' })
      ])
    } finally {
      ws.remove()
    }
  })
})
