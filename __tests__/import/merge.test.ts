import type { Config } from '../../src/definitions/schema.js'
import { mergeDefinition, split } from '../../src/import/merge.js'
import type { EnvironmentDefinition, WrittenDefinition } from '../../src/import/model.js'

const config: Config = {
  version: 1,
  project: 'shop',
  defaults: { permissionsBoundary: 'arn:{partition}:iam::{account}:policy/boundary' },
  environments: {
    dev: { account: '111111111111', region: 'us-east-1' },
    staging: { account: '222222222222', region: 'us-east-1' },
    prod: { account: '333333333333', region: 'us-east-1' }
  }
}
const trust = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }
  ]
}
const doc = (action: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }]
})

const role = (fields: Record<string, unknown>, adopt = true): EnvironmentDefinition => ({
  kind: 'Role',
  name: 'api',
  physicalName: 'shop-x-api',
  adopt,
  fields: { trust, ...fields }
})

describe('split', () => {
  it('shares what is equal, keys of mappings one by one, and overrides the rest', () => {
    const { base, overrides } = split(
      'Role',
      [
        [
          'dev',
          {
            trust,
            policies: { A: doc('s3:GetObject'), B: doc('sqs:SendMessage') },
            tags: { Team: 'x', Tier: '1' }
          }
        ],
        [
          'prod',
          {
            trust,
            maxSessionDuration: 7200,
            policies: { A: doc('s3:GetObject'), B: doc('sqs:*') },
            tags: { Team: 'x' }
          }
        ]
      ],
      config
    )
    expect(base).toEqual({ trust, policies: { A: doc('s3:GetObject') }, tags: { Team: 'x' } })
    expect(Object.fromEntries(overrides)).toEqual({
      dev: { policies: { B: doc('sqs:SendMessage') }, tags: { Tier: '1' } },
      prod: { maxSessionDuration: 7200, policies: { B: doc('sqs:*') } }
    })
  })

  it('gives an environment that lacks a field the value the config would give', () => {
    const { base, overrides } = split(
      'Role',
      [
        ['dev', { trust, permissionsBoundary: null, description: 'API', managedPolicies: ['logs'] }],
        ['prod', { trust }]
      ],
      config
    )
    expect(base).toEqual({ trust, permissionsBoundary: null, description: 'API', managedPolicies: ['logs'] })
    expect(overrides.get('prod')).toEqual({
      description: '',
      permissionsBoundary: 'arn:{partition}:iam::{account}:policy/boundary',
      managedPolicies: []
    })
  })
})

describe('mergeDefinition', () => {
  it('scopes a resource to the environments it exists in, and drops the scope when it is everywhere', () => {
    const dev = mergeDefinition({ config, environment: 'dev', incoming: role({}) })
    expect(dev).toEqual({ kind: 'Role', name: 'api', environments: ['dev'], adopt: true, trust })
    const prod = mergeDefinition({ config, environment: 'prod', incoming: role({}), existing: dev })
    expect(prod).toMatchObject({ environments: ['dev', 'prod'] })
    const all = mergeDefinition({ config, environment: 'staging', incoming: role({}), existing: prod })
    expect(all).toEqual({ kind: 'Role', name: 'api', adopt: true, trust })
  })

  it('expands the existing overrides per environment, so a re-import of one environment changes only it', () => {
    const existing = {
      kind: 'Role',
      name: 'api',
      roleName: 'api-{environment}',
      environments: ['dev', 'prod'],
      trust,
      maxSessionDuration: 7200,
      suppress: [{ rule: 'service-wildcard', reason: 'reviewed' }],
      overrides: { prod: { maxSessionDuration: 3600, tags: { Oncall: 'yes' } } }
    } as unknown as WrittenDefinition
    const same = mergeDefinition({
      config,
      environment: 'prod',
      incoming: {
        ...role({ maxSessionDuration: 3600, tags: { Oncall: 'yes' } }, false),
        explicitName: 'api-{environment}'
      },
      existing
    })
    // Key order is the written one; suppress is kept; adopt stays off (prod is already owned).
    expect(JSON.stringify(same)).toBe(
      JSON.stringify({
        kind: 'Role',
        name: 'api',
        roleName: 'api-{environment}',
        environments: ['dev', 'prod'],
        maxSessionDuration: 7200,
        trust,
        suppress: [{ rule: 'service-wildcard', reason: 'reviewed' }],
        overrides: { prod: { maxSessionDuration: 3600, tags: { Oncall: 'yes' } } }
      })
    )
    const changed = mergeDefinition({
      config,
      environment: 'dev',
      incoming: { ...role({}, false), explicitName: 'api-{environment}' },
      existing
    })
    expect(changed).toMatchObject({ overrides: { prod: { tags: { Oncall: 'yes' } } } })
    expect(changed).not.toHaveProperty('maxSessionDuration')
  })
})
