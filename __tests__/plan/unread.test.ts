/**
 * A prune does not delete what a file no definitions glob reads would define (src/plan/unread.ts):
 * the names are rendered as the file would render them in the environment planned.
 */
import { analyze } from '../../src/commands/analyze.js'
import { compareEnvironment } from '../../src/compare/compare.js'
import type { EnvironmentState, ManagedPolicyState } from '../../src/model/state.js'
import { planEnvironment } from '../../src/plan/plan.js'
import {
  unreadDefinitionNames,
  unreadDefinitionOf,
  type UnreadDefinitionNames
} from '../../src/plan/unread.js'
import { loadProject } from '../../src/fs/load-project.js'
import { diskTree } from '../../src/fs/project-files.js'
import { readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { roleYaml } from '../support/check-fixtures.js'
import { BASIC_CONFIG, tempProject } from '../support/temp-project.js'

const ACCOUNT = '111111111111'
const OWNED = { 'rolegate:managed-by': 'acme/infra' }
const withConfig = (extra: string) => BASIC_CONFIG.replace(/^project: .*$/m, `$&\n${extra}`)
const role = (name: string) =>
  roleYaml({ name, actions: ['s3:GetObject'], resource: 'arn:aws:s3:::demo-bucket/*' })
const POLICY = [
  'kind: ManagedPolicy',
  'name: logs',
  'document:',
  '  Version: "2012-10-17"',
  '  Statement: [{ Effect: Allow, Action: "logs:PutLogEvents", Resource: "*" }]',
  ''
].join('\n')

async function namesIn(files: Record<string, string>, environment: string) {
  const analysis = await analyze({
    configPath: 'rolegate.yml',
    workspace: tempProject(files),
    managedBy: 'acme/infra'
  })
  return unreadDefinitionNames(
    analysis.config!,
    analysis.unreadDefinitions ?? { files: [], unchecked: [] },
    environment,
    {
      managedBy: 'acme/infra',
      now: new Date()
    }
  )
}

const livePolicy = (name: string): ManagedPolicyState => ({
  name,
  path: '/',
  arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`,
  description: '',
  document: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }]
  },
  tags: OWNED,
  live: { defaultVersionId: 'v1', versionIds: ['v1'], attachmentCount: 0 }
})

const state = (managedPolicies: ManagedPolicyState[]): EnvironmentState => ({
  environment: 'dev',
  account: ACCOUNT,
  region: 'us-east-1',
  partition: 'aws',
  roles: [],
  managedPolicies
})

/** The plan of deleting what `live` has and the definitions do not, with these unread names. */
const planWithUnread = (live: ManagedPolicyState[], unread: Partial<UnreadDefinitionNames>, prune = true) =>
  planEnvironment(compareEnvironment(state(live), state([])), {
    account: ACCOUNT,
    managedBy: 'acme/infra',
    prune,
    unread: { roles: new Map(), policies: new Map(), unchecked: [], ...unread }
  })

describe('unread definitions and prune', () => {
  it('names roles and managed policies as the environment renders them, and only where they apply', async () => {
    const config = withConfig('definitions: ["iam/**/*.yml"]')
    const files = {
      'rolegate.yml': config,
      'iam/a.yml': role('a'),
      'iam/b.yaml': role('b'),
      'iam/logs.yaml': POLICY,
      'iam/c.yaml': `${role('c')}environments: [prod]\n`
    }
    const dev = await namesIn(files, 'dev')
    // The physical names follow the naming template ({project}-{environment}-{name}), as for a file a glob reads.
    expect([...dev.roles]).toEqual([['demo-dev-b', { file: 'iam/b.yaml', line: 1 }]])
    expect([...dev.policies]).toEqual([['demo-dev-logs', { file: 'iam/logs.yaml', line: 1 }]])
    expect(dev.anyRole).toBeUndefined()
    const prod = await namesIn(files, 'prod')
    expect([...prod.roles].sort()).toEqual([
      ['demo-prod-b', { file: 'iam/b.yaml', line: 1 }],
      ['demo-prod-c', { file: 'iam/c.yaml', line: 1 }]
    ])
  })

  it('a file that does not load in full, or names an unknown variable, may define any name of its kinds', async () => {
    const files = {
      'rolegate.yml': withConfig('definitions: ["iam/**/*.yml"]'),
      'iam/a.yml': role('a'),
      // Two documents: the first loads, the second has a typo'd key.
      'iam/pair.yaml': `${role('x')}---\n${role('y')}unknownKey: 1\n`,
      // The name names a variable rolegate.yml does not define.
      'iam/typo.yaml': `${role('z')}roleName: "demo-{environment}-{teem}-z"\n`
    }
    const names = await namesIn(files, 'dev')
    expect(names.anyRole).toEqual({ file: 'iam/pair.yaml', line: 1, unknown: 'does not load' })
    expect(names.anyPolicy).toBeUndefined()
    const broken = await namesIn(
      { ...files, 'iam/pair.yaml': `${role('y')}unknownKey: 1\n---\n${POLICY}unknownKey: 1\n` },
      'dev'
    )
    expect(broken.anyPolicy).toEqual({ file: 'iam/pair.yaml', line: 1, unknown: 'does not load' })
    const typo = await namesIn({ ...files, 'iam/pair.yaml': role('x') }, 'dev')
    expect([...typo.roles.keys()]).toEqual(['demo-dev-x'])
    expect(typo.anyRole).toEqual({ file: 'iam/typo.yaml', line: 1, unknown: 'undefined variable' })
  })

  it('a prune looks at every candidate, past the cap; what the byte budget refuses stops every deletion', async () => {
    const noise = Object.fromEntries(
      Array.from({ length: 250 }, (_, index) => [
        `iam/charts/c${String(index).padStart(3, '0')}.yaml`,
        'a: 1\n'
      ])
    )
    const files = {
      'rolegate.yml': withConfig('definitions: ["iam/**/*.yml"]'),
      'iam/a.yml': role('a'),
      ...noise,
      'iam/teamz/b.yaml': role('b')
    }
    const root = tempProject(files)
    const capped = await loadProject(diskTree(root), 'rolegate.yml', { requireConfig: true })
    expect(capped.unreadDefinitions?.files ?? []).toEqual([])
    expect(capped.unreadDefinitions?.unchecked).toHaveLength(51)
    const every = await loadProject(diskTree(root), 'rolegate.yml', {
      requireConfig: true,
      everyUnreadCandidate: true
    })
    expect(every.unreadDefinitions?.files.map(file => file.file)).toEqual(['iam/teamz/b.yaml'])
    expect(every.unreadDefinitions?.unchecked).toEqual([])
    // A budget that reads the definitions but not every candidate: the rest is unchecked.
    const budget =
      readFileSync(path.join(root, 'rolegate.yml')).length +
      readFileSync(path.join(root, 'iam/a.yml')).length +
      100
    const refused = await loadProject(diskTree(root, { runBytes: budget }), 'rolegate.yml', {
      requireConfig: true,
      everyUnreadCandidate: true
    })
    expect(refused.definitions).toHaveLength(1)
    expect(refused.unreadDefinitions?.unchecked.length).toBeGreaterThan(0)
    const plan = planWithUnread([livePolicy('demo-dev-old')], {
      unchecked: refused.unreadDefinitions!.unchecked
    })
    expect(plan.operations).toEqual([])
    expect(plan.conflicts).toEqual([
      expect.objectContaining({
        kind: 'unread-definition',
        reason: expect.stringMatching(
          /^iam\/charts\/c\d{3}\.yaml and \d+ more YAML file\(s\) in the folders the definitions globs read, which no glob reads, could not be read within the run's byte budget/
        )
      })
    ])
  })

  it('a YAML file that is not UTF-8 text, or a link out of the repository, is no definition renamed: nothing is blocked', async () => {
    const root = tempProject({
      'rolegate.yml': withConfig('definitions: ["iam/**/*.yml"]'),
      'iam/a.yml': role('a'),
      'iam/notes.yaml': Buffer.from('title: caf\xe9\n', 'latin1'),
      'iam/wide.yaml': Buffer.from(`\ufeff${role('w')}`, 'utf16le')
    })
    symlinkSync('/etc/hostname', path.join(root, 'iam/outside.yaml'))
    const project = await loadProject(diskTree(root), 'rolegate.yml', {
      requireConfig: true,
      everyUnreadCandidate: true
    })
    expect(project.unreadDefinitions).toBeUndefined()
  })

  it('two unread files defining one name: the conflict names both, so deleting one does not surprise', async () => {
    const names = await namesIn(
      {
        'rolegate.yml': withConfig('definitions: ["iam/**/*.yml"]'),
        'iam/a.yml': role('a'),
        'iam/b.yaml': role('b'),
        'iam/old/b.yaml': role('b')
      },
      'dev'
    )
    expect(names.roles.get('demo-dev-b')).toEqual({ file: 'iam/b.yaml', line: 1, also: ['iam/old/b.yaml'] })
    const policyPlan = planWithUnread([livePolicy('demo-dev-logs')], {
      policies: new Map([['demo-dev-logs', { file: 'iam/logs.yaml', line: 1, also: ['iam/old/logs.yaml'] }]])
    })
    expect(policyPlan.conflicts.map(conflict => conflict.reason)).toEqual([
      'iam/logs.yaml and iam/old/logs.yaml define it, but no definitions glob in rolegate.yml reads those files, so the managed policy only looks removed; keep one: rename or move it where a glob reads it, and delete the others. If the managed policy should go, delete iam/logs.yaml and iam/old/logs.yaml (or move them out of the folders the globs read) and prune again'
    ])
    const besidePlan = planWithUnread([livePolicy('demo-dev-logs')], {
      policies: new Map([['demo-dev-logs', { file: 'iam/logs.yaml', line: 1 }]]),
      anyPolicy: { file: 'iam/broken.yaml', line: 1, unknown: 'does not load' }
    })
    expect(besidePlan.conflicts.map(conflict => conflict.reason)).toEqual([
      expect.stringContaining(
        'iam/broken.yaml, which no glob reads either, looks like a managed policy definition but does not load, so it may define it too. If the managed policy should go, delete iam/logs.yaml and iam/broken.yaml'
      )
    ])
    // One that loads beside one that does not: both named, the second as one that may define it.
    const beside = await namesIn(
      {
        'rolegate.yml': withConfig('definitions: ["iam/**/*.yml"]'),
        'iam/a.yml': role('a'),
        'iam/b.yaml': role('b'),
        'iam/broken.yaml': `${role('c')}unknownKey: 1\n`
      },
      'dev'
    )
    expect(unreadDefinitionOf(beside, 'role', 'demo-dev-b')).toEqual({
      file: { file: 'iam/b.yaml', line: 1 },
      maybe: { file: 'iam/broken.yaml', line: 1, unknown: 'does not load' }
    })
  })

  it('a managed policy an unread file defines is not pruned; one nobody defines is', () => {
    const plan = planWithUnread([livePolicy('demo-dev-logs'), livePolicy('demo-dev-old')], {
      policies: new Map([['demo-dev-logs', { file: 'iam/logs.yaml', line: 1 }]])
    })
    expect(plan.orphans).toEqual(['managed policy demo-dev-logs', 'managed policy demo-dev-old'])
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ kind: 'unread-definition', resource: 'managed policy demo-dev-logs' })
    ])
    expect(plan.operations.map(operation => operation.kind)).toEqual(['DeletePolicy'])
    expect(plan.operations[0]).toMatchObject({ policyArn: `arn:aws:iam::${ACCOUNT}:policy/demo-dev-old` })
  })

  it('without prune nothing changes: an orphan stays listed and untouched', () => {
    const plan = planWithUnread(
      [livePolicy('demo-dev-logs')],
      { anyPolicy: { file: 'iam/broken.yaml', line: 1 } },
      false
    )
    expect(plan.conflicts).toEqual([])
    expect(plan.operations).toEqual([])
    expect(plan.orphans).toEqual(['managed policy demo-dev-logs'])
  })
})
