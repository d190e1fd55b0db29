/**
 * A prune does not delete what a file no definitions glob reads would define (src/plan/unread.ts):
 * the names are rendered as the file would render them in the environment planned.
 */
import { analyze } from '../../src/commands/analyze.js'
import { compareEnvironment } from '../../src/compare/compare.js'
import type { EnvironmentState, ManagedPolicyState } from '../../src/model/state.js'
import { planEnvironment } from '../../src/plan/plan.js'
import { unreadDefinitionNames } from '../../src/plan/unread.js'
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
  return unreadDefinitionNames(analysis.config!, analysis.unreadDefinitions ?? [], environment, {
    managedBy: 'acme/infra',
    now: new Date()
  })
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
    expect([...dev.roles]).toEqual([['demo-dev-b', 'iam/b.yaml']])
    expect([...dev.policies]).toEqual([['demo-dev-logs', 'iam/logs.yaml']])
    expect(dev.anyRole).toBeUndefined()
    const prod = await namesIn(files, 'prod')
    expect([...prod.roles].sort()).toEqual([
      ['demo-prod-b', 'iam/b.yaml'],
      ['demo-prod-c', 'iam/c.yaml']
    ])
  })

  it('a managed policy an unread file defines is not pruned; one nobody defines is', () => {
    const change = compareEnvironment(
      state([livePolicy('demo-dev-logs'), livePolicy('demo-dev-old')]),
      state([])
    )
    const plan = planEnvironment(change, {
      account: ACCOUNT,
      managedBy: 'acme/infra',
      prune: true,
      unread: { roles: new Map(), policies: new Map([['demo-dev-logs', 'iam/logs.yaml']]) }
    })
    expect(plan.orphans).toEqual(['managed policy demo-dev-logs', 'managed policy demo-dev-old'])
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ kind: 'unread-definition', resource: 'managed policy demo-dev-logs' })
    ])
    expect(plan.operations.map(operation => operation.kind)).toEqual(['DeletePolicy'])
    expect(plan.operations[0]).toMatchObject({ policyArn: `arn:aws:iam::${ACCOUNT}:policy/demo-dev-old` })
  })

  it('without prune nothing changes: an orphan stays listed and untouched', () => {
    const change = compareEnvironment(state([livePolicy('demo-dev-logs')]), state([]))
    const plan = planEnvironment(change, {
      account: ACCOUNT,
      managedBy: 'acme/infra',
      prune: false,
      unread: { roles: new Map(), policies: new Map(), anyPolicy: 'iam/broken.yaml' }
    })
    expect(plan.conflicts).toEqual([])
    expect(plan.operations).toEqual([])
    expect(plan.orphans).toEqual(['managed policy demo-dev-logs'])
  })
})
