import { literalVariables, templater } from '../../src/import/templatize.js'

const dev = templater({ account: '111111111111', region: 'us-east-1', partition: 'aws', environment: 'dev' })

describe('templater', () => {
  it.each([
    [
      'arn:aws:iam::111111111111:role/shop-dev-api',
      'arn:{partition}:iam::{account}:role/shop-{environment}-api'
    ],
    ['111111111111', '{account}'],
    ['logs.us-east-1.amazonaws.com', 'logs.{region}.amazonaws.com'],
    [
      'arn:aws:logs:us-east-1:111111111111:log-group:/dev/*',
      'arn:{partition}:logs:{region}:{account}:log-group:/{environment}/*'
    ],
    // AWS managed policies keep their `aws` account; only the partition field is templated.
    ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:{partition}:iam::aws:policy/ReadOnlyAccess'],
    // Not whole tokens: left alone.
    ['export-x111111111111y', 'export-x111111111111y'],
    ['1111111111112', '1111111111112'],
    ['us-east-1a', 'us-east-1a'],
    ['device', 'device'],
    ['aws:SourceAccount', 'aws:SourceAccount'],
    ['ecs-tasks.amazonaws.com', 'ecs-tasks.amazonaws.com'],
    // IAM policy variables are kept whole, whatever they contain.
    ['arn:aws:s3:::b/${aws:username}/dev', 'arn:{partition}:s3:::b/${aws:username}/{environment}']
  ])('%s → %s', (live, written) => {
    expect(dev.string(live)).toBe(written)
  })

  it('does not nest: an environment named like a variable is replaced once', () => {
    const odd = templater({
      account: '222222222222',
      region: 'eu-west-1',
      partition: 'aws',
      environment: 'region'
    })
    expect(odd.string('region-eu-west-1')).toBe('{environment}-{region}')
  })

  it('templates document values, never keys, actions, Effect, Sid or Version', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'dev',
          Effect: 'Allow',
          Action: 'dev:Thing',
          Resource: 'arn:aws:s3:::dev/*',
          Condition: { StringEquals: { 'aws:SourceAccount': '111111111111', 'dev:Key': 'dev' } }
        }
      ]
    }
    expect(dev.document(document)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'dev',
          Effect: 'Allow',
          Action: 'dev:Thing',
          Resource: 'arn:{partition}:s3:::{environment}/*',
          Condition: { StringEquals: { 'aws:SourceAccount': '{account}', 'dev:Key': '{environment}' } }
        }
      ]
    })
  })
})

describe('literalVariables', () => {
  it('finds what rendering would take for a variable, in keys too, but not IAM policy variables', () => {
    expect(literalVariables({ a: 'x/{id}', '{k}': ['${aws:username}', '{{x}}'] })).toEqual([
      '{id}',
      '{k}',
      '{x}'
    ])
    expect(literalVariables({ a: 'plain', b: '${aws:PrincipalTag/team}' })).toEqual([])
  })
})
