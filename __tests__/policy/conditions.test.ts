import {
  canonicalConditionKey,
  conditionKeyAppliesTo,
  conditionKeysForAction,
  lookupConditionKey
} from '../../src/policy/condition-keys.js'
import { canonicalConditionOperator, parseConditionOperator } from '../../src/policy/condition-operators.js'
import { canonicalCondition, conditionKey } from '../../src/policy/conditions.js'

describe('condition keys', () => {
  it('knows global keys, also without iam-data listing them', () => {
    expect(lookupConditionKey('aws:SourceArn')).toMatchObject({ scope: 'global', type: 'ARN' })
    expect(lookupConditionKey('AWS:sourceaccount')?.key).toBe('aws:SourceAccount')
    expect(lookupConditionKey('aws:PrincipalTag/team')).toMatchObject({ key: 'aws:PrincipalTag/${TagKey}' })
    expect(lookupConditionKey('aws:SecureTransport')?.type).toBe('Bool')
    expect(lookupConditionKey('aws:NoSuchKey')).toBeUndefined()
  })

  it('knows service keys and web identity keys', () => {
    expect(lookupConditionKey('s3:prefix')?.scope).toBe('service')
    expect(lookupConditionKey('iam:PassedToService')).toBeDefined()
    expect(lookupConditionKey('sts:ExternalId')).toBeDefined()
    expect(lookupConditionKey('token.actions.githubusercontent.com:sub')).toBeDefined()
    expect(lookupConditionKey('token.actions.githubusercontent.com:aud')).toBeDefined()
    expect(lookupConditionKey('token.actions.githubusercontent.com:environment')).toBeDefined()
    expect(lookupConditionKey('cognito-identity.amazonaws.com:amr')).toBeDefined()
    expect(lookupConditionKey('accounts.google.com:aud')).toBeDefined()
    expect(lookupConditionKey('s3:ExistingObjectTag/classification')).toBeDefined()
    expect(lookupConditionKey('oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub')?.scope).toBe('web-identity')
    expect(lookupConditionKey('oidc.eks.eu-west-1.amazonaws.com/id/ABC123:whatever')).toBeUndefined()
    expect(lookupConditionKey('s3:NoSuchKey')).toBeUndefined()
  })

  it('checks keys against actions', () => {
    expect(conditionKeysForAction('s3:ListBucket')).toContain('s3:prefix')
    expect(conditionKeyAppliesTo('s3:prefix', 's3:ListBucket')).toBe(true)
    expect(conditionKeyAppliesTo('aws:SourceIp', 's3:ListBucket')).toBe(true)
    expect(conditionKeyAppliesTo('iam:PassedToService', 's3:ListBucket')).toBe(false)
    expect(conditionKeyAppliesTo('iam:PassedToService', 'iam:PassRole')).toBe(true)
    expect(
      conditionKeyAppliesTo('token.actions.githubusercontent.com:sub', 'sts:AssumeRoleWithWebIdentity')
    ).toBe(true)
  })

  it('spells keys canonically', () => {
    expect(canonicalConditionKey('aws:sourcearn')).toBe('aws:SourceArn')
    expect(canonicalConditionKey('AWS:PrincipalTag/Team')).toBe('aws:PrincipalTag/team')
    expect(canonicalConditionKey('My:Custom')).toBe('my:custom')
  })
})

describe('condition operators', () => {
  it('parses qualifiers, IfExists and case', () => {
    expect(parseConditionOperator('forallvalues:stringlikeifexists')).toEqual({
      name: 'ForAllValues:StringLikeIfExists',
      qualifier: 'ForAllValues',
      base: 'StringLike',
      ifExists: true,
      negated: false
    })
    expect(parseConditionOperator('StringNotEquals')?.negated).toBe(true)
    expect(canonicalConditionOperator('arnlike')).toBe('ArnLike')
  })

  it('rejects what IAM rejects', () => {
    expect(parseConditionOperator('StringEqual')).toBeUndefined()
    expect(parseConditionOperator('NullIfExists')).toBeUndefined()
    expect(parseConditionOperator('ForSomeValues:StringEquals')).toBeUndefined()
  })
})

describe('canonical conditions', () => {
  it('ignores case of operators and keys, order and repetition of values', () => {
    const a = conditionKey({
      StringEquals: { 'aws:SourceAccount': '111122223333' },
      Bool: { 'aws:SecureTransport': true }
    })
    const b = conditionKey({
      bool: { 'AWS:securetransport': 'true' },
      stringequals: { 'aws:sourceaccount': ['111122223333', '111122223333'] }
    })
    expect(a).toBe(b)
    expect(conditionKey(undefined)).toBe('')
    expect(conditionKey({})).toBe('')
  })

  it('keeps keys and operators that differ only in case as separate AND-ed clauses, never unites their values', () => {
    expect(
      canonicalCondition({
        StringEquals: { 'aws:PrincipalTag/tier': 'admin', 'AWS:PrincipalTag/tier': 'break-glass' }
      })
    ).toEqual({ StringEquals: { 'aws:PrincipalTag/tier': [['admin'], ['break-glass']] } })
    const anded = conditionKey({
      StringEquals: { 'aws:PrincipalTag/tier': 'break-glass' },
      stringequals: { 'aws:principaltag/tier': 'admin' }
    })
    expect(anded).toBe(
      conditionKey({
        StringEquals: { 'aws:PrincipalTag/tier': 'admin', 'AWS:PrincipalTag/tier': 'break-glass' }
      })
    )
    expect(anded).not.toBe(
      conditionKey({ StringEquals: { 'aws:PrincipalTag/tier': ['admin', 'break-glass'] } })
    )
    // A clause repeated word for word is one clause.
    expect(
      conditionKey({
        StringEquals: { 'aws:PrincipalTag/tier': 'admin' },
        stringEquals: { 'AWS:PrincipalTag/tier': 'admin' }
      })
    ).toBe(conditionKey({ StringEquals: { 'aws:PrincipalTag/tier': 'admin' } }))
  })

  it('keeps values case-sensitive and sorted', () => {
    expect(
      canonicalCondition({
        StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:b/*', 'repo:A/*'] }
      })
    ).toEqual({
      StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:A/*', 'repo:b/*'] }
    })
    expect(conditionKey({ StringEquals: { 'aws:PrincipalTag/team': 'A' } })).not.toBe(
      conditionKey({ StringEquals: { 'aws:PrincipalTag/team': 'a' } })
    )
  })
})
