import type { PolicyStatement } from '../../../src/model/policy.js'
import { evaluateRequest } from '../../../src/policy/evaluate/evaluate.js'
import { parseStatement, statementApplies } from '../../../src/policy/evaluate/statement.js'
import { wildcardSteps } from '../../../src/policy/wildcard.js'
import { doc, inline, request, role } from '../../support/evaluate.js'

const OBJECT = 'arn:aws:s3:::results/a.json'

describe('statementApplies: Action and NotAction', () => {
  it('matches actions case-insensitively with * and ?', () => {
    const statement: PolicyStatement = {
      Effect: 'Allow',
      Action: ['S3:get*', 'sqs:SendMessag?'],
      Resource: '*'
    }
    expect(statementApplies(statement, request('s3:GetObject', OBJECT))).toBe(true)
    expect(statementApplies(statement, request('s3:PutObject', OBJECT))).toBe(false)
    expect(statementApplies(statement, request('SQS:sendmessage', '*'))).toBe(true)
    expect(statementApplies(statement, request('sqs:SendMessageBatch', '*'))).toBe(false)
    expect(
      statementApplies({ Effect: 'Allow', Action: '*', Resource: '*' }, request('kms:Decrypt', '*'))
    ).toBe(true)
    expect(
      statementApplies(
        { Effect: 'Allow', Action: 's3*:Get*', Resource: '*' },
        request('s3express:GetObject', '*')
      )
    ).toBe(true)
  })

  it('applies NotAction to every action it does not list', () => {
    const allButIam: PolicyStatement = {
      Effect: 'Allow',
      NotAction: ['iam:*', 'organizations:*'],
      Resource: '*'
    }
    expect(statementApplies(allButIam, request('s3:DeleteBucket', 'arn:aws:s3:::b'))).toBe(true)
    expect(statementApplies(allButIam, request('IAM:PassRole', 'arn:aws:iam::1:role/r'))).toBe(false)
  })
})

describe('statementApplies: Resource and NotResource', () => {
  it('applies NotResource to every resource it does not list', () => {
    const deny: PolicyStatement = {
      Effect: 'Deny',
      Action: 's3:*',
      NotResource: ['arn:aws:s3:::results', 'arn:aws:s3:::results/*']
    }
    expect(statementApplies(deny, request('s3:GetObject', 'arn:aws:s3:::other/a'))).toBe(true)
    expect(statementApplies(deny, request('s3:GetObject', OBJECT))).toBe(false)
    expect(statementApplies(deny, request('s3:ListAllMyBuckets', '*'))).toBe(true)
  })

  it('matches `*` resources only for `*` or a pattern that covers it', () => {
    expect(
      statementApplies(
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        request('s3:ListAllMyBuckets', '*')
      )
    ).toBe(true)
    expect(
      statementApplies(
        { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::results' },
        request('s3:ListAllMyBuckets', '*')
      )
    ).toBe(false)
  })
})

describe('malformed statements are skipped, noted, never thrown', () => {
  it.each([
    [{ Effect: 'allow', Action: 's3:*', Resource: '*' }, /Effect is "allow", not "Allow" or "Deny"/],
    [{ Effect: 'Allow', Resource: '*' }, /neither Action nor NotAction/],
    [{ Effect: 'Allow', Action: 's3:*', NotAction: 'iam:*', Resource: '*' }, /both Action and NotAction/],
    [{ Effect: 'Allow', Action: 's3:*' }, /neither Resource nor NotResource/],
    [{ Effect: 'Allow', Action: [1, 's3:*'], Resource: '*' }, /Action holds a value that is not a string/],
    [{ Effect: 'Allow', Action: 's3:*', Resource: { a: 1 } }, /Resource holds a value that is not a string/],
    [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }, /Principal/],
    [
      { Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { Foo: { a: 'b' } } },
      /"Foo", which is not a condition operator/
    ],
    [null, /not a mapping/],
    ['Allow', /not a mapping/]
  ])('%j', (statement, problem) => {
    expect(parseStatement(statement)).toMatch(problem)
    const result = evaluateRequest(
      role([
        inline(
          'Broken',
          doc(statement as PolicyStatement, {
            Sid: 'Fine',
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: '*'
          })
        )
      ]),
      request('s3:GetObject', OBJECT)
    )
    expect(result).toMatchObject({ decision: 'allow', statements: [{ sid: 'Fine', index: 1 }] })
    expect(result.notes.join('\n')).toMatch(
      /Statement 0 of the inline policy "Broken" was skipped because .*; IAM would reject it\./
    )
  })

  it('reads a single statement object and tolerates documents that are not documents', () => {
    const single = inline('One', {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' }
    })
    expect(evaluateRequest(role([single]), request('s3:GetObject', OBJECT)).decision).toBe('allow')
    const junk = [null, 'text', [], { Statement: 'x' }, { Statement: null }, {}]
    for (const document of junk) {
      const result = evaluateRequest(
        role([inline('Junk', document as never)]),
        request('s3:GetObject', OBJECT)
      )
      expect(result.decision).toBe('deny')
    }
  })
})

describe('hostile input', () => {
  it('treats __proto__ and constructor as plain policy, key and context names', () => {
    const statement = JSON.parse(
      '{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"__proto__":"x"}}}'
    ) as PolicyStatement
    expect(statementApplies(statement, request('s3:GetObject', OBJECT))).toBe(false)
    const policies = role([
      inline('__proto__', doc(statement)),
      inline('constructor', doc({ Effect: 'Deny', Action: 'x:y', Resource: '*' }))
    ])
    const context = new Map([['__proto__', ['x']]])
    const result = evaluateRequest(policies, { action: 's3:GetObject', resource: OBJECT, context })
    expect(result).toMatchObject({ decision: 'allow', statements: [{ policy: '__proto__' }] })
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('answers quickly for huge action and resource patterns', () => {
    const star = 's3:' + '*?'.repeat(30_000) + 'Z'
    const resource = 'arn:aws:s3:::' + '*a'.repeat(30_000) + ':b'
    const policies = role([
      inline('Huge', doc({ Effect: 'Allow', Action: [star, 's3:GetObject'], Resource: [resource, '*'] }))
    ])
    const before = wildcardSteps()
    const result = evaluateRequest(
      policies,
      request('s3:' + 'a'.repeat(60_000), 'arn:aws:s3:::' + 'a:'.repeat(20_000))
    )
    expect(result.decision).toBe('deny')
    expect(evaluateRequest(policies, request('s3:GetObject', OBJECT)).decision).toBe('allow')
    // Character comparisons, not time: backtracking would take billions.
    expect(wildcardSteps() - before).toBeLessThan(2_000_000)
  })
})
