/** IpAddress and NotIpAddress: CIDR ranges, IPv4 and IPv6, a missing aws:SourceIp. */
import { ACCOUNT, DOCS, policy, type CorpusCase, type CorpusRequest } from './types.js'
import type { ConditionBlock } from '../../../../src/model/policy.js'

const USER = `arn:aws:iam::${ACCOUNT}:user/ana`
function allowIf(condition: ConditionBlock) {
  return policy({
    Effect: 'Allow',
    Action: 'iam:*AccessKey*',
    Resource: `arn:aws:iam::${ACCOUNT}:user/*`,
    Condition: condition
  })
}
function from(ip?: string): CorpusRequest {
  const context: Record<string, string> = ip === undefined ? {} : { 'aws:SourceIp': ip }
  return { action: 'iam:CreateAccessKey', resource: USER, context }
}
const RANGE = {
  url: DOCS.ip,
  quote:
    'The following statement uses the IpAddress condition operator with the aws:SourceIp key to specify that the request must come from the IP range 203.0.113.0 to 203.0.113.255.'
}
const mixed = allowIf({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } })
const MIXED = {
  url: DOCS.ip,
  quote:
    'The following example shows how to mix IPv4 and IPv6 addresses to cover all of your organization’s valid IP addresses.'
}
const CIDR = {
  url: DOCS.ip,
  quote:
    'IP address condition operators let you construct Condition elements that restrict access based on comparing a key to an IPv4 or IPv6 address or range of IP addresses.'
}
const denyOutside = policy(
  { Effect: 'Allow', Action: '*', Resource: '*' },
  {
    Effect: 'Deny',
    Action: '*',
    Resource: '*',
    Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }
  }
)

export const ipConditions: CorpusCase[] = [
  {
    id: 'ip-01',
    rule: 'IpAddress: an address inside the /24 matches',
    identity: [allowIf({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })],
    request: from('203.0.113.7'),
    expected: 'allow',
    source: RANGE
  },
  {
    id: 'ip-02',
    rule: 'IpAddress: an address outside the /24 does not match',
    identity: [allowIf({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })],
    request: from('203.0.114.1'),
    expected: 'implicit-deny',
    source: RANGE
  },
  {
    id: 'ip-03',
    rule: 'IpAddress: a single address without a prefix length matches only itself',
    identity: [allowIf({ IpAddress: { 'aws:SourceIp': '203.0.113.5' } })],
    request: from('203.0.113.5'),
    expected: 'allow',
    source: { url: DOCS.ip, quote: 'IpAddress: The specified IP address or range' }
  },
  {
    id: 'ip-04',
    rule: 'IpAddress: a prefix that is not a multiple of 8 (/12) includes the last address of the block',
    identity: [allowIf({ IpAddress: { 'aws:SourceIp': '10.0.0.0/12' } })],
    request: from('10.15.255.255'),
    expected: 'allow',
    source: CIDR
  },
  {
    id: 'ip-05',
    rule: 'IpAddress: the first address after a /12 block does not match',
    identity: [allowIf({ IpAddress: { 'aws:SourceIp': '10.0.0.0/12' } })],
    request: from('10.16.0.0'),
    expected: 'implicit-deny',
    source: CIDR
  },
  {
    id: 'ip-06',
    rule: 'IpAddress: 0.0.0.0/0 matches every IPv4 address',
    identity: [allowIf({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })],
    request: from('198.51.100.20'),
    expected: 'allow',
    source: CIDR
  },
  {
    id: 'ip-07',
    rule: 'NotIpAddress: an address outside the range matches',
    identity: [allowIf({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })],
    request: from('198.51.100.1'),
    expected: 'allow',
    source: { url: DOCS.ip, quote: 'NotIpAddress: All IP addresses except the specified IP address or range' }
  },
  {
    id: 'ip-08',
    rule: 'NotIpAddress: an address inside the range does not match',
    identity: [allowIf({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })],
    request: from('203.0.113.200'),
    expected: 'implicit-deny',
    source: { url: DOCS.ip, quote: 'NotIpAddress: All IP addresses except the specified IP address or range' }
  },
  {
    id: 'ip-09',
    rule: 'IPv6: an address inside a /64 matches (hex digits in any case)',
    identity: [mixed],
    request: from('2001:db8:1234:5678:abcd::1'),
    expected: 'allow',
    source: MIXED
  },
  {
    id: 'ip-10',
    rule: 'IPv6: an address in the next /64 does not match',
    identity: [mixed],
    request: from('2001:db8:1234:5679::1'),
    expected: 'implicit-deny',
    source: MIXED
  },
  {
    id: 'ip-11',
    rule: 'IPv6: the uncompressed form of an address matches a compressed range',
    identity: [allowIf({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } })],
    request: from('2001:0db8:0000:0000:0000:0000:0000:0001'),
    expected: 'allow',
    source: {
      url: DOCS.ip,
      quote: 'Some AWS services support IPv6, using :: to represent a range of 0s.'
    }
  },
  {
    id: 'ip-12',
    rule: 'an IPv4 request does not match an IPv6-only range',
    identity: [allowIf({ IpAddress: { 'aws:SourceIp': '2001:DB8:1234:5678::/64' } })],
    request: from('203.0.113.7'),
    expected: 'implicit-deny',
    source: CIDR
  },
  {
    id: 'ip-13',
    rule: 'IpAddress with aws:SourceIp missing (request through a VPC endpoint) is false',
    identity: [allowIf({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })],
    request: from(),
    expected: 'implicit-deny',
    source: {
      url: DOCS.ip,
      quote:
        'The aws:SourceIp key is always present in the request context, except when the requester uses a VPC endpoint to make the request. In this case, the condition returns false and the request is implicitly denied by this statement.'
    }
  },
  {
    id: 'ip-14',
    rule: 'a Deny with NotIpAddress applies when aws:SourceIp is missing (negated operator, absent key)',
    identity: [denyOutside],
    request: from(),
    expected: 'explicit-deny',
    source: {
      url: DOCS.operators,
      quote:
        'If the policy condition requires that the key is not matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition is true.'
    }
  },
  {
    id: 'ip-15',
    rule: 'a Deny with NotIpAddress does not apply to a request from inside the range',
    identity: [denyOutside],
    request: from('192.0.2.44'),
    expected: 'allow',
    source: { url: DOCS.ip, quote: 'NotIpAddress: All IP addresses except the specified IP address or range' }
  },
  {
    id: 'ip-16',
    rule: 'a Deny with NotIpAddress applies to a request from outside the range',
    identity: [denyOutside],
    request: from('198.51.100.9'),
    expected: 'explicit-deny',
    source: { url: DOCS.ip, quote: 'NotIpAddress: All IP addresses except the specified IP address or range' }
  }
]
