import type { Config } from '../../src/definitions/schema.js'
import { importEnvironment, logicalNameFrom } from '../../src/import/definitions.js'
import type { EnvironmentState, RoleState } from '../../src/model/state.js'

const config: Config = {
  version: 1,
  project: 'shop',
  defaults: {
    permissionsBoundary: 'arn:{partition}:iam::{account}:policy/boundary',
    tags: { Project: '{project}' }
  },
  environments: { dev: { account: '111111111111', region: 'us-east-1' } }
}

const role = (name: string, more: Partial<RoleState> = {}): RoleState => ({
  name,
  path: '/',
  arn: `arn:aws:iam::111111111111:role/${name}`,
  description: '',
  maxSessionDuration: 3600,
  trustPolicy: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: '111111111111' }, Action: 'sts:AssumeRole' }]
  },
  inlinePolicies: {},
  managedPolicyArns: [],
  permissionsBoundary: 'arn:aws:iam::111111111111:policy/boundary',
  tags: { Project: 'shop' },
  instanceProfile: false,
  ...more
})

const live = (roles: RoleState[]): EnvironmentState => ({
  environment: 'dev',
  account: '111111111111',
  region: 'us-east-1',
  partition: 'aws',
  roles,
  managedPolicies: []
})

const run = (roles: RoleState[], more: Partial<Parameters<typeof importEnvironment>[0]> = {}) =>
  importEnvironment({ config, environment: 'dev', live: live(roles), managedBy: 'acme/iam', ...more })

describe('logical names', () => {
  it('come through the naming template; roleName only when the live name does not fit it', () => {
    const { definitions } = run([role('shop-dev-api'), role('legacy-dev-worker'), role('shop-dev-a@b')])
    expect(definitions.map(({ name, explicitName }) => ({ name, explicitName }))).toEqual([
      { name: 'legacy-worker', explicitName: 'legacy-{environment}-worker' },
      { name: 'shop-a-b', explicitName: 'shop-{environment}-a@b' },
      { name: 'api', explicitName: undefined }
    ])
  })

  it('follow a custom naming template', () => {
    const { definitions } = run([role('api-dev')], { config: { ...config, naming: '{name}-{environment}' } })
    expect(definitions[0]).toMatchObject({ name: 'api' })
    expect(definitions[0].explicitName).toBeUndefined()
  })

  it('reuse the name an existing definition gives the same role, and never take one it gives another', () => {
    const { definitions } = run([role('shop-dev-api'), role('shop-dev-worker')], {
      existing: {
        byPhysicalName: new Map([['Role:shop-dev-api', 'frontend']]),
        byLogicalName: new Map([
          ['Role:frontend', undefined],
          ['Role:worker', 'someone-else']
        ])
      }
    })
    expect(definitions.map(definition => definition.name)).toEqual(['frontend', 'worker-2'])
  })

  it.each([
    ['legacy-{environment}-worker', 'legacy-worker'],
    ['{environment}-ci', 'ci'],
    ['ci-{account}', 'ci'],
    ['a@b+c', 'a-b-c']
  ])('logicalNameFrom(%s) = %s', (explicit, name) => expect(logicalNameFrom(explicit)).toBe(name))
})

describe('fields', () => {
  it('leave out what the config gives anyway, and say null for a boundary the role lacks', () => {
    const [plain, bare] = run([
      role('shop-dev-a'),
      role('shop-dev-b', { permissionsBoundary: undefined, path: '/x/', maxSessionDuration: 7200 })
    ]).definitions
    expect(plain.fields).toEqual({ trust: expect.any(Object) })
    expect(bare.fields).toMatchObject({ path: '/x/', maxSessionDuration: 7200, permissionsBoundary: null })
  })

  it('keep hostile tag keys as plain own keys, and drop the ownership tag', () => {
    const { definitions } = run([
      role('shop-dev-api', {
        tags: Object.fromEntries([
          ['Project', 'shop'],
          ['__proto__', 'a'],
          ['constructor', 'b'],
          ['rolegate:managed-by', 'acme/iam']
        ])
      })
    ])
    const tags = definitions[0].fields.tags as Record<string, string>
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype)
    expect(Object.entries(tags)).toEqual([
      ['__proto__', 'a'],
      ['constructor', 'b']
    ])
    expect(definitions[0].adopt).toBe(false)
  })

  it('reference customer managed policies by logical name, AWS managed ones by ARN', () => {
    const shared = {
      name: 'shop-dev-logs',
      path: '/',
      arn: 'arn:aws:iam::111111111111:policy/shop-dev-logs',
      description: '',
      document: { Version: '2012-10-17', Statement: [] },
      tags: {}
    }
    const state = live([
      role('shop-dev-api', { managedPolicyArns: [shared.arn, 'arn:aws:iam::aws:policy/ReadOnlyAccess'] })
    ])
    state.managedPolicies.push(shared, {
      ...shared,
      name: 'unattached',
      arn: 'arn:aws:iam::111111111111:policy/unattached'
    })
    const result = importEnvironment({ config, environment: 'dev', live: state, managedBy: 'acme/iam' })
    expect(result.definitions.map(definition => [definition.kind, definition.name])).toEqual([
      ['ManagedPolicy', 'logs'],
      ['Role', 'api']
    ])
    expect(result.definitions[1].fields.managedPolicies).toEqual([
      'logs',
      'arn:{partition}:iam::aws:policy/ReadOnlyAccess'
    ])
    expect(result.notes).toEqual([
      'managed policy shop-dev-logs lacks the tag Project=shop that defaults.tags in rolegate.yml gives every definition: the first deploy adds it'
    ])
  })

  it('reference by ARN a customer managed policy another repository owns', () => {
    const theirs = {
      name: 'shared-kms',
      path: '/',
      arn: 'arn:aws:iam::111111111111:policy/shared-kms',
      description: '',
      document: { Version: '2012-10-17', Statement: [] },
      tags: { 'rolegate:managed-by': 'other/repo' }
    }
    const state = live([role('shop-dev-api', { managedPolicyArns: [theirs.arn] })])
    state.managedPolicies.push(theirs)
    const result = importEnvironment({ config, environment: 'dev', live: state, managedBy: 'acme/iam' })
    expect(result.definitions.map(definition => definition.kind)).toEqual(['Role'])
    expect(result.definitions[0].fields.managedPolicies).toEqual([
      'arn:{partition}:iam::{account}:policy/shared-kms'
    ])
  })

  it('leave roles another repository owns to it', () => {
    const result = run([role('shop-dev-api', { tags: { 'rolegate:managed-by': 'other/repo' } })])
    expect(result.definitions).toEqual([])
    expect(result.ownedElsewhere).toEqual([{ name: 'shop-dev-api', owner: 'other/repo' }])
  })
})
