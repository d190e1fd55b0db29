import {
  arnMatchesResourceType,
  arnProblems,
  isEffectivelyAnyResource,
  isValidArn,
  parseArn,
  resourceOfTypeMayMatch,
  resourcesMayOverlap,
  resourceTypesMatching
} from '../../src/policy/arn.js'
import { arnPatternMatch } from '../../src/policy/evaluate/index.js'

const names = (action: string, resource: string): string[] =>
  resourceTypesMatching(action, resource).map(type => type.name)

describe('parseArn', () => {
  it('splits the six parts and keeps colons in the resource', () => {
    expect(parseArn('arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn:*')).toEqual({
      partition: 'aws',
      service: 'logs',
      region: 'eu-west-1',
      account: '123456789012',
      resource: 'log-group:/aws/lambda/fn:*'
    })
    expect(parseArn('arn:${aws:partition}:s3:::b')?.partition).toBe('${aws:partition}')
    expect(parseArn('arn:aws:s3:::bucket')?.resource).toBe('bucket')
    expect(parseArn('arn:aws:s3')).toBeUndefined()
    expect(parseArn('bucket')).toBeUndefined()
  })
})

describe('arnProblems', () => {
  it('accepts well-formed ARNs, patterns and policy variables', () => {
    for (const ok of [
      '*',
      'arn:aws:s3:::bucket/*',
      'arn:aws:iam::123456789012:role/app/*',
      'arn:aws-us-gov:sqs:us-gov-west-1:123456789012:queue',
      'arn:aws:iam::aws:policy/AdministratorAccess',
      'arn:*:s3:::bucket',
      'arn:aws:dynamodb:*:*:table/t',
      'arn:aws:s3:::home/${aws:username}/*',
      'arn:${aws:partition}:s3:::b',
      'arn:aws:s3:*'
    ]) {
      expect([ok, arnProblems(ok)]).toEqual([ok, []])
    }
  })

  it('reports malformed ARNs', () => {
    expect(isValidArn('bucket/*')).toBe(false)
    expect(isValidArn('ARN:aws:s3:::bucket')).toBe(false)
    expect(arnProblems('arn:aws:s3:::')).toEqual(['the resource part is empty'])
    expect(arnProblems('arn:aws:iam::12345:role/x')[0]).toMatch(/12-digit/)
    expect(arnProblems('arn:amazon:s3:::b')[0]).toMatch(/partition/)
    expect(arnProblems('arn:aws:sqs:Europe:123456789012:q')[0]).toMatch(/region/)
    expect(arnProblems('arn:aws:s3')[0]).toMatch(/six/)
  })
})

describe('resource type matching', () => {
  it('tells S3 objects from buckets', () => {
    expect(names('s3:GetObject', 'arn:aws:s3:::bucket/*')).toEqual(['object'])
    expect(names('s3:ListBucket', 'arn:aws:s3:::bucket/*')).toEqual([])
    expect(names('s3:ListBucket', 'arn:aws:s3:::bucket')).toEqual(['bucket'])
    expect(names('s3:GetObject', 'arn:aws:s3:::bucket')).toEqual([])
  })

  it('lets user wildcards and policy variables stand for pattern variables', () => {
    expect(names('s3:GetObject', 'arn:aws:s3:::*')).toContain('object')
    expect(names('s3:ListBucket', 'arn:aws:s3:::*')).toEqual(['bucket'])
    expect(names('s3:ListBucket', 'arn:aws:s3:*:*:*')).toEqual(['accesspoint', 'bucket'])
    expect(names('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')).toEqual(['object'])
    expect(names('s3:GetObject', '*')).toEqual(['accesspointobject', 'object'])
    expect(names('iam:PassRole', 'arn:aws:iam::*:role/*')).toEqual(['role'])
    expect(names('dynamodb:GetItem', 'arn:aws:dynamodb:*:123456789012:table/orders')).toContain('table')
  })

  it('allows paths and colons inside names', () => {
    expect(names('iam:PassRole', 'arn:aws:iam::123456789012:role/service/app-role')).toEqual(['role'])
    expect(
      names('logs:PutLogEvents', 'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn:*')
    ).toContain('log-stream')
    expect(
      names('logs:CreateLogGroup', 'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn:*')
    ).toEqual(['log-group'])
    expect(
      names('logs:CreateLogGroup', 'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn')
    ).toEqual(['log-group'])
  })

  it('rejects another service or resource kind', () => {
    expect(names('iam:PassRole', 'arn:aws:iam::123456789012:user/alice')).toEqual([])
    expect(names('s3:GetObject', 'arn:aws:sqs:eu-west-1:123456789012:queue')).toEqual([])
    expect(names('nosuch:Thing', 'arn:aws:s3:::b')).toEqual([])
  })

  it('matches ARN patterns directly', () => {
    expect(
      arnMatchesResourceType('arn:aws:s3:::b/k', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}')
    ).toBe(true)
    expect(arnMatchesResourceType('arn:aws:s3:::b?k', 'arn:${Partition}:s3:::${BucketName}')).toBe(true)
    expect(arnMatchesResourceType('arn:aws:s3:::b/k', 'arn:${Partition}:s3:::${BucketName}')).toBe(false)
    expect(arnMatchesResourceType('arn:aws:s3:eu-west-1::b', 'arn:${Partition}:s3:::${BucketName}')).toBe(
      false
    )
  })
})

describe('isEffectivelyAnyResource', () => {
  it('is true for "*" and for ARNs naming every resource of a service or type in every account', () => {
    for (const value of [
      '*',
      'arn:*:*:*:*:*',
      'arn:aws:s3:::*',
      'arn:aws:s3:::*/*',
      'arn:*:cloudtrail:*:*:trail/*',
      'arn:aws:lambda:*:*:function:*'
    ])
      expect({ value, any: isEffectivelyAnyResource(value) }).toEqual({ value, any: true })
  })

  it('is false for a literal account or region, a named resource, or a name prefix', () => {
    for (const value of [
      'arn:aws:cloudtrail:*:111111111111:trail/*',
      'arn:aws:cloudtrail:us-east-1:*:trail/*',
      'arn:*:cloudtrail:*:*:trail/audit',
      'arn:aws:s3:::results-*',
      'arn:aws:s3:::results/*',
      'not-an-arn'
    ])
      expect({ value, any: isEffectivelyAnyResource(value) }).toEqual({ value, any: false })
  })
})

describe('resourcesMayOverlap', () => {
  it('answers no only when no ARN can match both patterns', () => {
    expect(resourcesMayOverlap('arn:aws:iam::*:role/sandbox/*', 'arn:aws:iam::*:role/*')).toBe(true)
    expect(resourcesMayOverlap('arn:aws:s3:::a*', 'arn:aws:s3:::*b')).toBe(true)
    expect(resourcesMayOverlap('arn:aws:s3:::logs/*', 'arn:aws:iam::*:role/*')).toBe(false)
    expect(resourcesMayOverlap('arn:aws:iam::111111111111:role/x', 'arn:aws:iam::222222222222:role/x')).toBe(
      false
    )
  })

  it('a `*` ending the service, region or account matches across colons, as the evaluator does (was: no overlap)', () => {
    // Each pair: the patterns, and an ARN the evaluator matches with both.
    const pairs = [
      ['arn:aws:s3*:::x', 'arn:aws:s3:::y:::x', 'arn:aws:s3:::y:::x'],
      ['arn:aws:logs:us-*:1:log-group:a', 'arn:aws:logs:us-east-1:1:log-group:b:1:log-group:a', ''],
      ['arn:aws:s3:*:*:secret/*', 'arn:aws:s3:::public/*', 'arn:aws:s3:::public/x:secret/y'],
      ['arn:aws:iam::*:role/sandbox/*', 'arn:aws:iam::*:user/*', 'arn:aws:iam::1:role/sandbox/a:user/b']
    ]
    for (const [a, b, value] of pairs) {
      const witness = value || b
      expect([a, b, arnPatternMatch({ text: a }, witness), arnPatternMatch({ text: b }, witness)]).toEqual([
        a,
        b,
        true,
        true
      ])
      expect([a, b, resourcesMayOverlap(a, b), resourcesMayOverlap(b, a)]).toEqual([a, b, true, true])
    }
    // A `*` inside a segment stays in it.
    expect(resourcesMayOverlap('arn:aws:s3:::a*b', 'arn:aws:s3:::a:b')).toBe(false)
  })

  it('never says "no overlap" where the evaluator matches a value with both patterns', () => {
    let seed = 23
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const glob = (max: number) => Array.from({ length: random(max + 1) }, () => 'ab:*?'[random(5)]).join('')
    const texts = (max: number) => {
      const all = ['']
      for (const text of all) if (text.length < max) for (const c of 'ab:') all.push(text + c)
      return all
    }
    // Free text; and ARNs: four segments of a, b or nothing, a resource of up to 3 characters.
    const free = texts(6)
    const segments = ['', 'a', 'b']
    const arns = segments.flatMap(p =>
      segments.flatMap(s =>
        segments.flatMap(r =>
          segments.flatMap(c => texts(3).map(resource => `arn:${p}:${s}:${r}:${c}:${resource}`))
        )
      )
    )
    const segment = () => ['', 'a', 'b', '*', 'a*', '*b', '?'][random(7)]
    const arn = () => `arn:${segment()}:${segment()}:${segment()}:${segment()}:${glob(3)}`
    let disjoint = 0
    for (let round = 0; round < 1500; round++) {
      const arnShaped = round % 3 !== 0
      const a = arnShaped ? arn() : glob(6)
      const b = arnShaped ? arn() : glob(6)
      if (resourcesMayOverlap(a, b)) continue
      disjoint++
      const both = (arnShaped ? arns : free).filter(
        value => arnPatternMatch({ text: a }, value) && arnPatternMatch({ text: b }, value)
      )
      expect([a, b, both]).toEqual([a, b, []])
    }
    expect(disjoint).toBeGreaterThan(500)
  })

  it("asked of a resource type, knows IAM's names hold no colon, and S3 keys may", () => {
    const user = 'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}'
    const role = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'
    const object = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}'
    expect(resourceOfTypeMayMatch('arn:aws:iam::*:role/sandbox/*', user, 'aws')).toBe(false)
    expect(resourceOfTypeMayMatch('arn:aws:iam::*:role/sandbox/*', role, 'aws')).toBe(true)
    expect(resourceOfTypeMayMatch('arn:aws-cn:iam::*:role/*', role, 'aws')).toBe(false)
    expect(resourceOfTypeMayMatch('arn:aws:s3:::*:secret', object, 'aws')).toBe(true)
    expect(resourceOfTypeMayMatch('arn:aws:s3:::logs/*', role, 'aws')).toBe(false)
  })

  it('says yes when unsure: a policy variable or a lone star', () => {
    expect(resourcesMayOverlap('arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::other/*')).toBe(true)
    expect(resourcesMayOverlap('*', 'arn:aws:s3:::b')).toBe(true)
  })
})
