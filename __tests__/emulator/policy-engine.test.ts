import { evaluateConditions, type ConditionContext } from '../../test/emulator/policy/conditions.js'
import { evaluate } from '../../test/emulator/policy/evaluate.js'
import { parsePolicyDocument, policySize } from '../../test/emulator/policy/parse.js'
import { arnMatch } from '../../test/emulator/policy/wildcard.js'

const context = (entries: Record<string, string[]>): ConditionContext =>
  new Map(Object.entries(entries).map(([key, values]) => [key.toLowerCase(), values]))

describe('condition operators', () => {
  it('treats absent keys as AWS does', () => {
    const empty = context({})
    expect(evaluateConditions({ StringEquals: { 'aws:RequestTag/a': ['x'] } }, empty)).toBe(false)
    expect(evaluateConditions({ StringNotEquals: { 'aws:RequestTag/a': ['x'] } }, empty)).toBe(true)
    expect(evaluateConditions({ StringEqualsIfExists: { 'aws:RequestTag/a': ['x'] } }, empty)).toBe(true)
    expect(evaluateConditions({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a'] } }, empty)).toBe(true)
    expect(evaluateConditions({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['a'] } }, empty)).toBe(false)
    expect(evaluateConditions({ Null: { 'iam:PermissionsBoundary': ['true'] } }, empty)).toBe(true)
    expect(evaluateConditions({ Null: { 'iam:PermissionsBoundary': ['false'] } }, empty)).toBe(false)
  })

  it('applies set operators to multi-valued keys', () => {
    const tags = context({ 'aws:TagKeys': ['team', 'env'] })
    expect(
      evaluateConditions({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env', 'cost'] } }, tags)
    ).toBe(true)
    expect(evaluateConditions({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } }, tags)).toBe(false)
    expect(evaluateConditions({ 'ForAnyValue:StringLike': { 'aws:TagKeys': ['e*'] } }, tags)).toBe(true)
    expect(evaluateConditions({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['cost'] } }, tags)).toBe(
      true
    )
  })

  it('ANDs keys and operators, ORs values, and compares case where the operator says so', () => {
    const ctx = context({
      'token.actions.githubusercontent.com:sub': ['repo:O/R:ref:refs/heads/main'],
      'aws:SecureTransport': ['false']
    })
    expect(
      evaluateConditions(
        { StringEquals: { 'token.actions.githubusercontent.com:sub': ['repo:o/r:ref:refs/heads/main'] } },
        ctx
      )
    ).toBe(false)
    expect(
      evaluateConditions(
        {
          StringEqualsIgnoreCase: {
            'TOKEN.actions.githubusercontent.com:SUB': ['repo:o/r:ref:refs/heads/main']
          }
        },
        ctx
      )
    ).toBe(true)
    expect(
      evaluateConditions(
        { StringLike: { 'token.actions.githubusercontent.com:sub': ['x', 'repo:O/?:*'] } },
        ctx
      )
    ).toBe(true)
    expect(
      evaluateConditions(
        {
          StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:O/*'] },
          Bool: { 'aws:SecureTransport': ['true'] }
        },
        ctx
      )
    ).toBe(false)
  })

  it('matches ARNs component by component', () => {
    expect(arnMatch('arn:aws:iam::*:role/app/*', 'arn:aws:iam::111111111111:role/app/x/y')).toBe(true)
    expect(arnMatch('arn:aws:iam::1*', 'arn:aws:iam::111111111111:role/x')).toBe(false)
    expect(arnMatch('*', 'anything')).toBe(true)
    expect(
      evaluateConditions(
        { ArnLike: { 'iam:PolicyARN': ['arn:aws:iam::*:policy/app/*'] } },
        context({ 'iam:PolicyARN': ['arn:aws:iam::1:policy/app/p'] })
      )
    ).toBe(true)
  })
})

describe('policy evaluation', () => {
  const document = parsePolicyDocument(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', NotAction: 'iam:Delete*', Resource: '*' },
        { Effect: 'Deny', Action: 'iam:*', NotResource: 'arn:aws:iam::1:role/app/*' }
      ]
    }),
    'identity'
  )
  it('honours NotAction, NotResource and explicit deny', () => {
    const ctx = context({})
    expect(
      evaluate([document], { action: 'iam:CreateRole', resource: 'arn:aws:iam::1:role/app/x', context: ctx })
    ).toBe('allow')
    expect(
      evaluate([document], { action: 'iam:DeleteRole', resource: 'arn:aws:iam::1:role/app/x', context: ctx })
    ).toBe('implicit-deny')
    expect(
      evaluate([document], { action: 'iam:CreateRole', resource: 'arn:aws:iam::1:role/other', context: ctx })
    ).toBe('explicit-deny')
    expect(
      evaluate([document], { action: 'IAM:createrole', resource: 'arn:aws:iam::1:role/app/x', context: ctx })
    ).toBe('allow')
  })

  it('counts policy size without whitespace', () => {
    expect(policySize('{ "a" :\n\t"b c" }')).toBe(10)
  })
})
