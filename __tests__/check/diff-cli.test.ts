/**
 * `rolegate diff` through the bundled CLI on a git repository: the JSON report's `environments`
 * per DESIGN.md §5 (change, verdict, risk, addedActions, removedActions per role).
 */
import { runCli } from '../support/run-dist.js'
import { project, READ, READ_WRITE, roleYaml } from '../support/check-fixtures.js'
import { gitWorkspace, type GitWorkspace } from '../support/git-workspace.js'

interface RoleEntry {
  name: string
  physicalName: string
  change: string
  verdict: string
  risk: string
  addedActions: string[]
  removedActions: string[]
}

interface DiffReport {
  schemaVersion: number
  command: string
  baseRef: string
  summary: Record<string, number>
  findings: { rule: string; introduced?: boolean }[]
  environments: Record<string, { change: string; verdict: string; risk: string; roles: RoleEntry[] }>
}

let ws: GitWorkspace

beforeAll(() => {
  const base = project([
    { name: 'grows', actions: READ },
    { name: 'shrinks', actions: READ_WRITE },
    { name: 'same', actions: READ },
    { name: 'reordered', actions: READ_WRITE },
    { name: 'dropped', actions: READ }
  ])
  const head = {
    ...project([
      { name: 'grows', actions: READ_WRITE },
      { name: 'shrinks', actions: READ },
      { name: 'same', actions: READ },
      { name: 'reordered', actions: [...READ_WRITE].reverse() },
      { name: 'fresh', actions: READ }
    ]),
    // A statement split in two: no effective change.
    'iam/reordered.yml': roleYaml({ name: 'reordered', actions: ['s3:PutObject'] }).replace(
      '        Resource: "arn:aws:s3:::{project}-{environment}-reordered/*"\n',
      '        Resource: "arn:aws:s3:::{project}-{environment}-reordered/*"\n      - Effect: Allow\n        Action: s3:getobject\n        Resource: "arn:aws:s3:::{project}-{environment}-reordered/*"\n'
    )
  }
  ws = gitWorkspace(base, head)
})
afterAll(() => ws?.remove())

describe('rolegate diff --format json (bundled CLI)', () => {
  it('reports each role’s change, verdict and added/removed actions per environment', async () => {
    const result = await runCli(['diff', '--base', ws.baseSha, '--format', 'json'], ws.dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as DiffReport
    expect(report).toMatchObject({ schemaVersion: 1, command: 'diff', baseRef: ws.baseSha })
    expect(Object.keys(report.environments).sort()).toEqual(['dev', 'prod'])
    for (const [environment, change] of Object.entries(report.environments)) {
      expect(change).toMatchObject({ change: 'modified', verdict: 'broadens' })
      const roles = Object.fromEntries(change.roles.map(role => [role.name, role]))
      expect(Object.keys(roles).sort()).toEqual(['dropped', 'fresh', 'grows', 'reordered', 'same', 'shrinks'])
      expect(roles.grows).toMatchObject({
        physicalName: `demo-${environment}-grows`,
        change: 'modified',
        verdict: 'broadens',
        addedActions: ['s3:PutObject'],
        removedActions: []
      })
      expect(roles.shrinks).toMatchObject({
        change: 'modified',
        verdict: 'narrows',
        addedActions: [],
        removedActions: ['s3:PutObject']
      })
      expect(roles.same).toMatchObject({
        change: 'unchanged',
        verdict: 'unchanged',
        risk: 'none',
        addedActions: [],
        removedActions: []
      })
      expect(roles.reordered).toMatchObject({
        change: 'modified',
        verdict: 'neutral',
        addedActions: [],
        removedActions: []
      })
      expect(roles.fresh).toMatchObject({
        change: 'added',
        verdict: 'broadens',
        addedActions: ['s3:GetObject']
      })
      expect(roles.dropped).toMatchObject({
        change: 'removed',
        verdict: 'narrows',
        removedActions: ['s3:GetObject']
      })
    }
  })

  it('the base defaults to HEAD, where the working tree differs from the commit', async () => {
    const result = await runCli(['diff', '--format', 'json'], ws.dir)
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as DiffReport
    expect(report.baseRef).toBe('HEAD')
    expect(report.environments.dev.roles.find(role => role.name === 'grows')).toMatchObject({
      addedActions: ['s3:PutObject']
    })
  })

  it('an unknown base ref is a usage error (exit 2) that says what is missing and how to get it', async () => {
    // This clone has no remote: fetching cannot help, so the message says to add one.
    const result = await runCli(['diff', '--base', 'origin/nope', '--format', 'json'], ws.dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      'base ref "origin/nope" names the remote "origin", but this repository has no remote'
    )
    expect(result.stderr).toContain('git remote add origin')
  })

  it('a base without rolegate.yml (the PR that adopts RoleGate) reports every role as added', async () => {
    const adopting = gitWorkspace(
      { 'README.md': '# infra\n' },
      { ...project([{ name: 'app', actions: READ }]), 'README.md': '# infra\n' }
    )
    try {
      const result = await runCli(['diff', '--base', adopting.baseSha, '--format', 'json'], adopting.dir)
      expect(result.code).toBe(0)
      const report = JSON.parse(result.stdout) as DiffReport
      expect(report.environments.prod.roles).toEqual([
        expect.objectContaining({ name: 'app', change: 'added', verdict: 'broadens' })
      ])
    } finally {
      adopting.remove()
    }
  })
})
