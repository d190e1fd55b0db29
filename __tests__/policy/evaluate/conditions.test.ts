import {
  conditionsHold,
  parseConditionBlock,
  type ConditionTest
} from '../../../src/policy/evaluate/conditions.js'
import { requestContext } from '../../../src/policy/evaluate/context.js'
import type { RequestContext } from '../../../src/policy/evaluate/types.js'

function ctx(context: Record<string, string | string[]>): RequestContext {
  return requestContext(Object.entries(context).map(([k, v]) => [k, Array.isArray(v) ? v : [v]] as const))
}

/** Does the Condition block hold for the context? Notes go to `notes`. */
function holds(
  block: unknown,
  context: Record<string, string | string[]> = {},
  notes: string[] = []
): boolean {
  const tests = parseConditionBlock(block)
  if (typeof tests === 'string') throw new Error(tests)
  return conditionsHold(tests as ConditionTest[], ctx(context), true, { add: note => notes.push(note) })
}

describe('string operators', () => {
  it('compares case-sensitively, or not for *IgnoreCase, with case-insensitive keys', () => {
    expect(
      holds({ StringEquals: { 'aws:PrincipalTag/team': 'ml' } }, { 'AWS:principaltag/TEAM': 'ml' })
    ).toBe(true)
    expect(
      holds({ StringEquals: { 'aws:PrincipalTag/team': 'ml' } }, { 'aws:PrincipalTag/team': 'ML' })
    ).toBe(false)
    expect(
      holds({ StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'ml' } }, { 'aws:PrincipalTag/team': 'ML' })
    ).toBe(true)
    expect(
      holds(
        { StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'ml' } },
        { 'aws:PrincipalTag/team': 'ML' }
      )
    ).toBe(false)
  })

  it('treats * and ? as wildcards only in StringLike', () => {
    expect(holds({ StringLike: { 's3:prefix': 'home/*/docs?' } }, { 's3:prefix': 'home/ana/docs1' })).toBe(
      true
    )
    expect(holds({ StringLike: { 's3:prefix': 'home/*' } }, { 's3:prefix': 'Home/ana' })).toBe(false)
    expect(holds({ StringEquals: { 's3:prefix': 'home/*' } }, { 's3:prefix': 'home/ana' })).toBe(false)
    expect(holds({ StringEquals: { 's3:prefix': 'home/*' } }, { 's3:prefix': 'home/*' })).toBe(true)
    expect(holds({ StringNotLike: { 's3:prefix': ['a*', 'b*'] } }, { 's3:prefix': 'c' })).toBe(true)
    expect(holds({ StringNotLike: { 's3:prefix': ['a*', 'b*'] } }, { 's3:prefix': 'bx' })).toBe(false)
  })

  it('ORs the values of a key, NORs them for a negated operator, ANDs keys and operators', () => {
    expect(
      holds(
        { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
        { 'aws:RequestedRegion': 'us-east-1' }
      )
    ).toBe(true)
    expect(
      holds(
        { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
        { 'aws:RequestedRegion': 'us-east-1' }
      )
    ).toBe(false)
    expect(
      holds(
        { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
        { 'aws:RequestedRegion': 'ap-south-1' }
      )
    ).toBe(true)
    const both = { StringEquals: { 'aws:PrincipalTag/team': 'ml', 'aws:RequestedRegion': 'us-east-1' } }
    expect(holds(both, { 'aws:PrincipalTag/team': 'ml', 'aws:RequestedRegion': 'us-east-1' })).toBe(true)
    expect(holds(both, { 'aws:PrincipalTag/team': 'ml', 'aws:RequestedRegion': 'eu-west-1' })).toBe(false)
    const twoOperators = {
      StringEquals: { 'aws:PrincipalTag/team': 'ml' },
      Bool: { 'aws:SecureTransport': 'true' }
    }
    expect(holds(twoOperators, { 'aws:PrincipalTag/team': 'ml', 'aws:SecureTransport': 'false' })).toBe(false)
  })
})

describe('a key missing from the request', () => {
  it.each([
    ['StringEquals', false],
    ['StringNotEquals', true],
    ['StringLike', false],
    ['StringNotLike', true],
    ['ArnNotLike', true],
    ['NotIpAddress', true],
    ['NumericNotEquals', true],
    ['NumericLessThan', false],
    ['StringEqualsIfExists', true],
    ['StringNotEqualsIfExists', true],
    ['ForAllValues:StringEquals', true],
    ['ForAllValues:StringNotEquals', true],
    ['ForAnyValue:StringEquals', false],
    ['ForAnyValue:StringNotEquals', false],
    // The guide's IfExists rule ("any condition operator") and ForAnyValue's conflict here; IfExists decides.
    ['ForAnyValue:StringEqualsIfExists', true],
    ['ForAllValues:StringEqualsIfExists', true]
  ])('%s → %s', (operator, expected) => {
    expect(holds({ [operator]: { 'aws:PrincipalTag/team': '1' } })).toBe(expected)
  })

  it('is what Null tests, case-insensitively', () => {
    expect(holds({ Null: { 'aws:TokenIssueTime': 'true' } })).toBe(true)
    expect(
      holds({ Null: { 'aws:TokenIssueTime': 'TRUE' } }, { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' })
    ).toBe(false)
    expect(
      holds({ Null: { 'aws:TokenIssueTime': 'false' } }, { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' })
    ).toBe(true)
    expect(holds({ Null: { 'aws:TokenIssueTime': false } })).toBe(false)
  })
})

describe('multivalued keys', () => {
  const tags = { 'aws:TagKeys': ['team', 'env'] }

  it('ForAllValues: every request value must match one of the policy values', () => {
    expect(holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env', 'cost'] } }, tags)).toBe(
      true
    )
    expect(holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } }, tags)).toBe(false)
    expect(holds({ 'ForAllValues:StringNotLike': { 'aws:TagKeys': ['aws*'] } }, tags)).toBe(true)
    expect(holds({ 'ForAllValues:StringNotLike': { 'aws:TagKeys': ['e*'] } }, tags)).toBe(false)
  })

  it('ForAnyValue: at least one request value must match', () => {
    expect(holds({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } }, tags)).toBe(true)
    expect(holds({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['cost'] } }, tags)).toBe(false)
    expect(holds({ 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['team'] } }, tags)).toBe(true)
    expect(holds({ 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['team', 'env'] } }, tags)).toBe(false)
  })

  it('without a set operator: any value for a plain operator, none for a negated one, and says so', () => {
    const notes: string[] = []
    expect(holds({ StringEquals: { 'aws:TagKeys': 'env' } }, tags, notes)).toBe(true)
    expect(holds({ StringNotEquals: { 'aws:TagKeys': 'env' } }, tags)).toBe(false)
    expect(notes.join('\n')).toMatch(/"aws:TagKeys" has 2 values but StringEquals has no ForAllValues/)
  })
})

describe('typed operators', () => {
  it('compares numbers, and never matches text that is not one', () => {
    const notes: string[] = []
    expect(holds({ NumericLessThanEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': '10' })).toBe(true)
    expect(holds({ NumericLessThan: { 's3:max-keys': 10 } }, { 's3:max-keys': '10.5' })).toBe(false)
    expect(holds({ NumericGreaterThan: { 's3:max-keys': '-1' } }, { 's3:max-keys': '0' })).toBe(true)
    expect(holds({ NumericEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': 'abc' }, notes)).toBe(false)
    expect(holds({ NumericNotEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': 'abc' })).toBe(false)
    expect(holds({ NumericEquals: { 's3:max-keys': ['ten', '10'] } }, { 's3:max-keys': '10' }, notes)).toBe(
      true
    )
    expect(notes.join('\n')).toMatch(/"abc" is not a number/)
    expect(notes.join('\n')).toMatch(/policy value "ten" is not a number/)
  })

  it('compares dates in ISO 8601 and epoch seconds', () => {
    const until = { DateLessThan: { 'aws:CurrentTime': '2026-12-31T23:59:59Z' } }
    expect(holds(until, { 'aws:CurrentTime': '2026-06-15T12:00:00Z' })).toBe(true)
    expect(holds(until, { 'aws:CurrentTime': '2027-01-01T00:00:00Z' })).toBe(false)
    expect(holds(until, { 'aws:CurrentTime': '1781524800' })).toBe(true)
    expect(
      holds({ DateGreaterThan: { 'aws:EpochTime': '2026-01-01' } }, { 'aws:EpochTime': '1767225601' })
    ).toBe(true)
    expect(
      holds(
        { DateEquals: { 'aws:CurrentTime': '2026-01-01T02:00:00+02:00' } },
        { 'aws:CurrentTime': '2026-01-01T00:00:00Z' }
      )
    ).toBe(true)
    expect(holds(until, { 'aws:CurrentTime': '2026-02-30T00:00:00Z' })).toBe(false)
    expect(holds(until, { 'aws:CurrentTime': 'tomorrow' })).toBe(false)
  })

  it('compares Bool values case-insensitively', () => {
    expect(holds({ Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': 'TRUE' })).toBe(true)
    expect(holds({ Bool: { 'aws:SecureTransport': true } }, { 'aws:SecureTransport': 'false' })).toBe(false)
    expect(holds({ Bool: { 'aws:SecureTransport': 'false' } }, { 'aws:SecureTransport': 'yes' })).toBe(false)
  })

  it('compares BinaryEquals as base64 bytes', () => {
    expect(holds({ BinaryEquals: { 'k:bin': 'QmluYXJ5' } }, { 'k:bin': 'QmluYXJ5' })).toBe(true)
    expect(holds({ BinaryEquals: { 'k:bin': 'QmluYXJ5' } }, { 'k:bin': 'QmluYXJ6' })).toBe(false)
    expect(holds({ BinaryEquals: { 'k:bin': 'QmluYXJ5' } }, { 'k:bin': 'not base64!' })).toBe(false)
  })

  it('matches addresses against CIDR blocks, IPv4 and IPv6', () => {
    const office = { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8:1234::/48'] } }
    expect(holds(office, { 'aws:SourceIp': '203.0.113.77' })).toBe(true)
    expect(holds(office, { 'aws:SourceIp': '203.0.114.1' })).toBe(false)
    expect(holds(office, { 'aws:SourceIp': '2001:db8:1234:ffff::1' })).toBe(true)
    expect(holds(office, { 'aws:SourceIp': '2001:db8:1235::1' })).toBe(false)
    expect(holds({ IpAddress: { 'aws:SourceIp': '192.0.2.1' } }, { 'aws:SourceIp': '192.0.2.1' })).toBe(true)
    expect(
      holds({ IpAddress: { 'aws:SourceIp': '::ffff:192.0.2.0/120' } }, { 'aws:SourceIp': '::ffff:192.0.2.9' })
    ).toBe(true)
    expect(holds({ NotIpAddress: office.IpAddress }, { 'aws:SourceIp': '198.51.100.1' })).toBe(true)
    expect(holds({ NotIpAddress: office.IpAddress }, { 'aws:SourceIp': '203.0.113.1' })).toBe(false)
    expect(holds(office, { 'aws:SourceIp': '203.0.113.300' })).toBe(false)
    expect(holds({ NotIpAddress: office.IpAddress }, { 'aws:SourceIp': 'localhost' })).toBe(false)
  })

  it('matches ARNs segment by segment', () => {
    const source = { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111111111111:alerts-*' } }
    expect(holds(source, { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111111111111:alerts-prod' })).toBe(true)
    expect(holds(source, { 'aws:SourceArn': 'arn:aws:sns:us-east-1:222222222222:alerts-prod' })).toBe(false)
    expect(
      holds(
        { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:*:111111111111:a' } },
        { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:111111111111:a' }
      )
    ).toBe(true)
    expect(
      holds({ ArnNotLike: source.ArnLike }, { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111111111111:other' })
    ).toBe(true)
  })
})

describe('policy variables in condition values', () => {
  it('substitutes single-valued keys, and a value without one matches nothing', () => {
    const own = { StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } }
    expect(holds(own, { 'aws:ResourceTag/owner': 'ana', 'aws:username': 'ana' })).toBe(true)
    expect(holds(own, { 'aws:ResourceTag/owner': 'ana', 'aws:username': 'bo' })).toBe(false)
    const notes: string[] = []
    expect(holds(own, { 'aws:ResourceTag/owner': '${aws:username}' }, notes)).toBe(false)
    expect(notes.join('\n')).toMatch(/"\$\{aws:username\}" has no value in the request/)
    // A negated operator against a value without a value: not equal, so true (IAM User Guide).
    expect(holds({ StringNotEquals: own.StringEquals }, { 'aws:ResourceTag/owner': 'ana' })).toBe(true)
  })

  it('keeps substituted text literal in StringLike, and knows the escapes', () => {
    const like = { StringLike: { 's3:prefix': 'home/${aws:username}/*' } }
    expect(holds(like, { 's3:prefix': 'home/ana/x', 'aws:username': 'ana' })).toBe(true)
    expect(holds(like, { 's3:prefix': 'home/ana/x', 'aws:username': '*' })).toBe(false)
    expect(holds({ StringLike: { 's3:prefix': 'a${*}b' } }, { 's3:prefix': 'a*b' })).toBe(true)
    expect(holds({ StringLike: { 's3:prefix': 'a${*}b' } }, { 's3:prefix': 'axb' })).toBe(false)
    expect(holds({ StringEquals: { 's3:prefix': 'price${$}${?}' } }, { 's3:prefix': 'price$?' })).toBe(true)
  })

  it('does not substitute in operators the guide says do not support variables', () => {
    expect(
      holds(
        { NumericEquals: { 's3:max-keys': '${aws:username}' } },
        { 's3:max-keys': '5', 'aws:username': '5' }
      )
    ).toBe(false)
  })

  it('cannot use a multivalued key as a variable, but uses a default', () => {
    const team = { StringEquals: { 'aws:ResourceTag/team': "${aws:PrincipalTag/team, 'shared'}" } }
    expect(holds(team, { 'aws:ResourceTag/team': 'shared' })).toBe(true)
    expect(holds(team, { 'aws:ResourceTag/team': 'ml', 'aws:PrincipalTag/team': 'ml' })).toBe(true)
    expect(
      holds(
        { StringEquals: { 'aws:ResourceTag/k': '${aws:TagKeys}' } },
        { 'aws:ResourceTag/k': 'a', 'aws:TagKeys': ['a', 'b'] }
      )
    ).toBe(false)
  })
})

describe('malformed and hostile conditions', () => {
  it('says why a block is malformed instead of throwing', () => {
    expect(parseConditionBlock({ StringEqualz: { a: 'b' } })).toMatch(
      /"StringEqualz", which is not a condition operator/
    )
    expect(parseConditionBlock({ NullIfExists: { a: 'true' } })).toMatch(/not a condition operator/)
    expect(parseConditionBlock({ StringEquals: { a: { nested: 1 } } })).toMatch(
      /not a string, number or boolean/
    )
    expect(parseConditionBlock({ StringEquals: 'a' })).toMatch(/mapping of keys/)
    expect(parseConditionBlock(['x'])).toMatch(/not a mapping/)
  })

  it('handles __proto__ and constructor as ordinary keys', () => {
    const block = JSON.parse('{"StringEquals": {"__proto__": "x", "constructor": "y"}}') as unknown
    expect(holds(block, { __proto__: 'x', constructor: 'y' } as Record<string, string>)).toBe(false)
    const context = requestContext([
      ['__proto__', ['x']],
      ['constructor', ['y']]
    ])
    const tests = parseConditionBlock(block) as ConditionTest[]
    expect(conditionsHold(tests, context, true)).toBe(true)
    expect(conditionsHold(tests, requestContext([]), true)).toBe(false)
  })
})
