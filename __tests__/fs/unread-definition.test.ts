/**
 * A definition renamed or moved past the definitions globs is not read, so its role looks removed:
 * validate and the diff say so, at the file's `kind:` line, and the diff does not call it removed
 * (plan refuses to prune it: __tests__/deploy/prune-unread.test.ts).
 */
import { analyze } from '../../src/commands/analyze.js'
import { runDiff } from '../../src/commands/diff.js'
import { environmentVerdict } from '../../src/compare/model.js'
import { loadProject } from '../../src/fs/load-project.js'
import { diskTree } from '../../src/fs/project-files.js'
import type { Finding } from '../../src/model/findings.js'
import { roleYaml } from '../support/check-fixtures.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { BASIC_CONFIG, tempProject } from '../support/temp-project.js'

const role = (name: string) =>
  roleYaml({ name, actions: ['s3:GetObject'], resource: 'arn:aws:s3:::demo-bucket/*' })

const withConfig = (extra: string) => BASIC_CONFIG.replace(/^project: .*$/m, `$&\n${extra}`)

const unread = (findings: readonly Finding[]) =>
  findings.filter(finding => finding.rule === 'unread-definition')

async function findings(files: Record<string, string>): Promise<Finding[]> {
  const root = tempProject(files)
  return (await analyze({ configPath: 'rolegate.yml', workspace: root, managedBy: 'acme/infra' })).findings
}

describe('unread-definition', () => {
  it('a definition renamed to .yaml under a .yml glob: a warning at its kind: line', async () => {
    const found = unread(
      await findings({
        'rolegate.yml': withConfig('definitions: ["iam/**/*.yml"]'),
        'iam/a.yml': role('a'),
        'iam/team/b.yaml': `# moved here\n${role('b')}`,
        // Written on Windows, with a byte-order mark and quotes.
        'iam/c.yaml': `\ufeff${role('c').replace('kind: Role', 'kind: "Role"').replace(/\n/g, '\r\n')}`
      })
    )
    expect(found).toEqual([
      expect.objectContaining({ file: 'iam/c.yaml', line: 1 }),
      expect.objectContaining({
        severity: 'warning',
        file: 'iam/team/b.yaml',
        line: 2,
        message: expect.stringMatching(
          /^iam\/team\/b\.yaml looks like a RoleGate definition \(kind: Role\), but no definitions glob in rolegate\.yml reads it: .* or turn the rule off \(rules: \{ unread-definition: off \}\)$/
        )
      })
    ])
  })

  it('is quiet for YAML that is not a definition, in dot folders, outside the globs, and once excluded', async () => {
    const quiet = await findings({
      'rolegate.yml': withConfig('definitions: ["iam/**/*.yml", "!iam/templates/**"]'),
      'iam/a.yml': role('a'),
      // Not a definition (no top-level kind: Role), and a nested kind: is not top level.
      'iam/notes.yaml': 'title: notes\nspec:\n  kind: Role\n',
      // A Kubernetes RBAC Role, a Helm template of one and an ACK IAM role are not RoleGate definitions.
      'iam/k8s/reader.yaml':
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: reader }\n',
      'iam/chart/templates/role.yaml':
        '{{- if .Values.rbac }}\nkind: Role\nmetadata:\n  name: app\nrules: []\n{{- end }}\n',
      'iam/ack/role.yaml':
        'apiVersion: iam.services.k8s.aws/v1alpha1\nkind: Role\nname: app\nspec:\n  assumeRolePolicyDocument: "{}"\n',
      'iam/.drafts/b.yaml': role('b'),
      'docs/c.yaml': role('c'),
      // What a `!` glob matches was left out on purpose.
      'iam/templates/t.yml': role('t'),
      'iam/templates/t.yaml': role('t')
    })
    expect(unread(quiet)).toEqual([])
    expect(quiet.filter(finding => finding.rule === 'schema')).toEqual([])
  })

  it('reads the folders of the definitions first, at most 200 files, and never fails the run for them', async () => {
    const noise = Object.fromEntries(
      Array.from({ length: 250 }, (_, index) => [
        `iam/data/f${String(index).padStart(3, '0')}.yaml`,
        'a: 1\n'
      ])
    )
    const found = await findings({
      'rolegate.yml': withConfig('definitions: ["iam/**/*.yml"]'),
      ...noise,
      'iam/a.yml': role('a'),
      'iam/z.yaml': role('z')
    })
    expect(unread(found).map(finding => finding.file)).toEqual(['iam/z.yaml'])
    expect(found.filter(finding => finding.severity === 'error')).toEqual([])
  })

  it("what it reads cannot exceed the run's byte budget nor keep a definition from being read", async () => {
    const root = tempProject({
      'rolegate.yml': withConfig('definitions: ["iam/**/*.yml"]'),
      'iam/a.yml': role('a'),
      'iam/big.yaml': `${role('big')}# ${'x'.repeat(20_000)}\n`
    })
    // Room for rolegate.yml and the definition, not for the candidate.
    const project = await loadProject(diskTree(root, { runBytes: 10_000 }), 'rolegate.yml', {
      requireConfig: true
    })
    expect(project.definitions.map(definition => definition.definition.name)).toEqual(['a'])
    expect(project.findings.filter(finding => finding.severity === 'error')).toEqual([])
    expect(project.loadFailures).toEqual([])
  })

  it('a typo in an exclusion is still an error, whatever YAML it happens to match', async () => {
    const found = await findings({
      'rolegate.yml': withConfig('definitions: ["iam/**/*.yml", "!iam/drafts/*.yaml"]'),
      'iam/a.yml': role('a'),
      'iam/drafts/d.yml': role('draft'),
      'iam/drafts/README.yaml': 'notes: x\n'
    })
    expect(found.filter(finding => finding.severity === 'error').map(finding => finding.message)).toEqual([
      expect.stringContaining(
        'definitions glob "!iam/drafts/*.yaml" excludes no file or folder that another glob matches'
      )
    ])
  })

  it('rolegate.yml can turn it off', async () => {
    const off = await findings({
      'rolegate.yml': withConfig('definitions: ["iam/**/*.yml"]\nrules: { unread-definition: off }'),
      'iam/a.yml': role('a'),
      'iam/b.yaml': role('b')
    })
    expect(unread(off)).toEqual([])
  })

  it('the diff decides per role and environment, by the name the unread file renders, as plan --prune does', async () => {
    const config = withConfig('definitions: ["iam/**/*.yml"]')
    const ws = gitWorkspace(
      {
        'rolegate.yml': config,
        'iam/a.yml': role('a'),
        'iam/pair.yml': `${role('x')}---\n${role('y')}`,
        'iam/kept.yml': `${role('k')}---\n${role('m')}`,
        'iam/p.yml': role('p')
      },
      {
        'rolegate.yml': config,
        'iam/a.yml': role('a'),
        // x renamed past the globs with its file; y deleted.
        'iam/pair.yaml': role('x'),
        // m moved out of a file the globs still read.
        'iam/kept.yml': role('k'),
        'iam/m.yaml': role('m'),
        // p kept, for prod only, in a file no glob reads: removed from dev.
        'iam/p.yaml': `${role('p')}environments: [prod]\n`
      }
    )
    try {
      const outcome = await runDiff({ configPath: 'rolegate.yml', workspace: ws.dir, baseRef: 'HEAD' })
      const removed = (environment: string) =>
        outcome.changes.environments[environment].roles
          .filter(item => item.change === 'removed')
          .map(item => item.name)
          .sort()
      const unevaluated = (environment: string) =>
        (outcome.changes.environments[environment].notEvaluated ?? [])
          .map(item => [item.name, item.file])
          .sort()
      expect(removed('dev')).toEqual(['p', 'y'])
      expect(unevaluated('dev')).toEqual([
        ['m', 'iam/m.yaml'],
        ['x', 'iam/pair.yaml']
      ])
      expect(removed('prod')).toEqual(['y'])
      expect(unevaluated('prod')).toEqual([
        ['m', 'iam/m.yaml'],
        ['p', 'iam/p.yaml'],
        ['x', 'iam/pair.yaml']
      ])
    } finally {
      ws.remove()
    }
  })

  it('a pull request that renames a definition past the globs: the warning is new, the role not evaluated', async () => {
    const config = withConfig('definitions: ["iam/**/*.yml"]')
    const ws = gitWorkspace(
      { 'rolegate.yml': config, 'iam/a.yml': role('a'), 'iam/b.yml': role('b'), 'iam/c.yml': role('c') },
      { 'rolegate.yml': config, 'iam/a.yml': role('a'), 'iam/b.yaml': `# renamed\n${role('b')}` }
    )
    try {
      const outcome = await runDiff({ configPath: 'rolegate.yml', workspace: ws.dir, baseRef: 'HEAD' })
      expect(unread(outcome.newFindings).map(finding => finding.file)).toEqual(['iam/b.yaml'])
      // Not "removed, narrows": a prune would refuse to delete it. c's file is gone: c is removed.
      const dev = outcome.changes.environments.dev
      expect(dev.roles.map(item => [item.name, item.change]).sort()).toEqual([
        ['a', 'unchanged'],
        ['c', 'removed']
      ])
      expect(dev.notEvaluated).toEqual([
        expect.objectContaining({
          name: 'b',
          kind: 'role',
          side: 'head',
          file: 'iam/b.yaml',
          line: 2,
          reason: 'is read by no definitions glob'
        })
      ])
      expect(environmentVerdict(dev)).toBe('unknown')
    } finally {
      ws.remove()
    }
  })
})
