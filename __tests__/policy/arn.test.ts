import {
  arnMatchesResourceType,
  arnProblems,
  isEffectivelyAnyResource,
  isValidArn,
  parseArn,
  resourcesMayOverlap,
  resourceTypesMatching
} from '../../src/policy/arn.js'

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
    expect(resourcesMayOverlap('arn:aws:iam::*:role/sandbox/*', 'arn:aws:iam::*:user/*')).toBe(false)
    expect(resourcesMayOverlap('arn:aws:iam::*:role/sandbox/*', 'arn:aws:iam::*:role/*')).toBe(true)
    expect(resourcesMayOverlap('arn:aws:s3:::a*', 'arn:aws:s3:::*b')).toBe(true)
    expect(resourcesMayOverlap('arn:aws:s3:::logs/*', 'arn:aws:iam::*:role/*')).toBe(false)
    expect(resourcesMayOverlap('arn:aws:iam::111111111111:role/x', 'arn:aws:iam::222222222222:role/x')).toBe(
      false
    )
  })

  it('says yes when unsure: a policy variable or a lone star', () => {
    expect(resourcesMayOverlap('arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::other/*')).toBe(true)
    expect(resourcesMayOverlap('*', 'arn:aws:s3:::b')).toBe(true)
  })
})
