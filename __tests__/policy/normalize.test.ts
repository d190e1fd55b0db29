import type { PolicyDocument } from '../../src/model/policy.js'
import { allActions, expandActionPattern } from '../../src/policy/action-db.js'
import { factGroupKey, factKey, normalizePolicies, normalizePolicy } from '../../src/policy/normalize.js'

const keys = (document: PolicyDocument): string[] => normalizePolicy(document).map(factKey)

describe('normalizePolicy', () => {
  it('gives the same facts for split, merged and reordered statements', () => {
    const merged: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*']
        }
      ]
    }
    const split: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Put',
          Effect: 'Allow',
          Action: 's3:putobject',
          Resource: ['arn:aws:s3:::c/*', 'arn:aws:s3:::b/*']
        },
        { Sid: 'GetC', Effect: 'Allow', Action: 'S3:GetObject', Resource: 'arn:aws:s3:::c/*' },
        {
          Sid: 'GetB',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:GetObject'],
          Resource: 'arn:aws:s3:::b/*'
        }
      ]
    }
    expect(keys(split)).toEqual(keys(merged))
    // Effect is case-sensitive, as in IAM and the evaluator: `allow` is a statement IAM rejects.
    const lowerCase: PolicyDocument = {
      Statement: [{ Effect: 'allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }]
    }
    expect(normalizePolicy(lowerCase)).toEqual([])
    expect(normalizePolicy(merged)).toEqual([
      {
        effect: 'Allow',
        action: 's3:GetObject',
        known: true,
        resources: ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*'],
        notResource: false,
        condition: ''
      },
      {
        effect: 'Allow',
        action: 's3:PutObject',
        known: true,
        resources: ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*'],
        notResource: false,
        condition: ''
      }
    ])
  })

  it('expands wildcards, so a pattern equals the list it stands for', () => {
    const pattern = keys({ Statement: { Effect: 'Allow', Action: 's3:GetObject*', Resource: '*' } })
    const list = keys({
      Statement: { Effect: 'Allow', Action: [...expandActionPattern('s3:getobject*')], Resource: '*' }
    })
    expect(pattern).toEqual(list)
    expect(pattern.length).toBeGreaterThan(5)
  })

  it('drops resources another resource of the fact covers', () => {
    const facts = normalizePolicy({
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/logs/*' },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: ['arn:aws:s3:::b', '*'] }
      ]
    })
    expect(facts.map(f => [f.action, f.resources])).toEqual([
      ['s3:GetObject', ['arn:aws:s3:::b/*']],
      ['s3:ListBucket', ['*']]
    ])
    const equivalent = normalizePolicy({
      Statement: {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: ['arn:aws:s3:::b/**', 'arn:aws:s3:::b/*']
      }
    })
    expect(equivalent[0].resources).toEqual(['arn:aws:s3:::b/*'])
  })

  it('keeps unknown actions lower-cased instead of dropping them', () => {
    const facts = normalizePolicy({
      Statement: { Effect: 'Allow', Action: ['S3:GetObjekt', 'Foo:*'], Resource: '*' }
    })
    expect(facts.map(f => [f.action, f.known])).toEqual([
      ['foo:*', false],
      ['s3:getobjekt', false]
    ])
  })

  it('inverts NotAction and marks NotResource', () => {
    const facts = normalizePolicy({
      Statement: [
        { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' },
        { Effect: 'Deny', Action: 's3:DeleteObject', NotResource: 'arn:aws:s3:::scratch/*' }
      ]
    })
    const allowed = facts.filter(f => f.effect === 'Allow').map(f => f.action)
    expect(allowed).not.toContain('iam:PassRole')
    expect(allowed).not.toContain('organizations:LeaveOrganization')
    expect(allowed).toContain('s3:GetObject')
    expect(allowed.length).toBe(
      allActions().length -
        expandActionPattern('iam:*').length -
        expandActionPattern('organizations:*').length
    )
    const deny = facts.find(f => f.effect === 'Deny')
    expect(deny).toMatchObject({
      action: 's3:DeleteObject',
      resources: ['arn:aws:s3:::scratch/*'],
      notResource: true
    })
  })

  it('does not merge NotResource lists by union', () => {
    const a = normalizePolicy({
      Statement: [
        { Effect: 'Deny', Action: 's3:DeleteObject', NotResource: 'arn:aws:s3:::a/*' },
        { Effect: 'Deny', Action: 's3:DeleteObject', NotResource: 'arn:aws:s3:::b/*' }
      ]
    })
    expect(a).toHaveLength(2)
  })

  it('separates facts by condition and compares conditions canonically', () => {
    const withCondition = (condition: Record<string, Record<string, string | string[]>>): string[] =>
      keys({ Statement: { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Condition: condition } })
    expect(withCondition({ StringLike: { 's3:prefix': ['a/*', 'b/*'] } })).toEqual(
      withCondition({ stringlike: { 'S3:Prefix': ['b/*', 'a/*'] } })
    )
    expect(withCondition({ StringLike: { 's3:prefix': 'a/*' } })).not.toEqual(
      withCondition({ StringLike: { 's3:prefix': 'b/*' } })
    )
    const facts = normalizePolicy({
      Statement: [
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::a' },
        {
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: 'arn:aws:s3:::b',
          Condition: { Bool: { 'aws:SecureTransport': 'true' } }
        }
      ]
    })
    expect(facts.map(f => f.condition)).toEqual(['', '{"Bool":{"aws:SecureTransport":["true"]}}'])
  })

  it('normalizes principals: account ids, single values, order', () => {
    const trust = (principal: PolicyDocument['Statement']): string[] => keys({ Statement: principal })
    const a = trust({
      Effect: 'Allow',
      Principal: { AWS: ['123456789012', 'arn:aws:iam::210987654321:role/ci'] },
      Action: 'sts:AssumeRole'
    })
    const b = trust([
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:role/ci' }, Action: 'sts:assumerole' },
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }
    ])
    expect(a).toEqual(b)
    const facts = normalizePolicy({
      Statement: {
        Effect: 'Allow',
        Principal: {
          Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'
        },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:org/app:environment:prod' }
        }
      }
    })
    expect(facts).toHaveLength(1)
    expect(facts[0].principal).toEqual({
      type: 'Federated',
      id: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'
    })
    expect(facts[0].resources).toEqual([])
    expect(
      normalizePolicy({ Statement: { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' } })[0]
        .principal
    ).toEqual({ type: 'AWS', id: '*' })
  })

  it('merges several documents like one', () => {
    const one: PolicyDocument = {
      Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a/*' }
    }
    const two: PolicyDocument = {
      Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }
    }
    const combined = normalizePolicies([one, two])
    expect(combined).toHaveLength(1)
    expect(combined[0].resources).toEqual(['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'])
  })

  it('skips statements IAM would reject instead of guessing', () => {
    expect(
      normalizePolicy({ Statement: { Effect: 'Maybe', Action: 's3:GetObject', Resource: '*' } })
    ).toEqual([])
    expect(normalizePolicy({ Statement: { Effect: 'Allow', Resource: '*' } })).toEqual([])
  })

  it('has a group key without resources', () => {
    const [fact] = normalizePolicy({
      Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a/*' }
    })
    expect(factGroupKey(fact)).toBe(factGroupKey({ ...fact, resources: ['*'] }))
    expect(factKey(fact)).not.toBe(factKey({ ...fact, resources: ['*'] }))
  })

  it('normalizes AdministratorAccess-sized policies quickly', () => {
    const started = performance.now()
    const facts = normalizePolicy({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } })
    expect(facts.length).toBe(allActions().length)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
