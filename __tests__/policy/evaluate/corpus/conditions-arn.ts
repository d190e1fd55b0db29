/** ARN operators: component-wise matching, ArnEquals = ArnLike, case, missing keys, variables. */
import { ACCOUNT, DOCS, policy, type CorpusCase } from './types.js'
import type { ConditionBlock } from '../../../../src/model/policy.js'

const QUEUE = `arn:aws:sqs:us-east-2:${ACCOUNT}:queue1`
const TOPIC = `arn:aws:sns:us-east-2:${ACCOUNT}:alerts`
function allowIf(condition: ConditionBlock) {
  return policy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: QUEUE, Condition: condition })
}
function send(context: Record<string, string | string[]> = {}) {
  return { action: 'sqs:SendMessage', resource: QUEUE, context }
}
const ARN = {
  url: DOCS.arn,
  quote:
    'ArnEquals, ArnLike: Case-sensitive matching of the ARN. Each of the six colon-delimited components of the ARN is checked separately and each can include multi-character match wildcards (*) or single-character match wildcards (?). The ArnEquals and ArnLike condition operators behave identically.'
}
const SOMESERVICE = 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt'

export const arnConditions: CorpusCase[] = [
  {
    id: 'arn-01',
    rule: 'ArnEquals matches the same ARN',
    identity: [allowIf({ ArnEquals: { 'aws:SourceArn': TOPIC } })],
    request: send({ 'aws:SourceArn': TOPIC }),
    expected: 'allow',
    source: ARN
  },
  {
    id: 'arn-02',
    rule: 'ArnEquals accepts wildcards like ArnLike',
    identity: [allowIf({ ArnEquals: { 'aws:SourceArn': `arn:aws:sns:*:${ACCOUNT}:*` } })],
    request: send({ 'aws:SourceArn': TOPIC }),
    expected: 'allow',
    source: ARN
  },
  {
    id: 'arn-03',
    rule: 'ArnLike matches component by component: * does not span colons',
    identity: [allowIf({ ArnLike: { 'aws:SourceArn': 'arn:aws:someservice:*:111122223333:finance/*' } })],
    request: send({ 'aws:SourceArn': SOMESERVICE }),
    expected: 'implicit-deny',
    source: {
      url: DOCS.arn,
      quote:
        'With an ArnLike condition, which matches elements between colons, the match fails. The first asterisk matches only us-east-2 and fails on 999999999999:store/abc:.'
    }
  },
  {
    id: 'arn-04',
    rule: 'StringLike with the same pattern matches across colons',
    identity: [allowIf({ StringLike: { 'aws:SourceArn': 'arn:aws:someservice:*:111122223333:finance/*' } })],
    request: send({ 'aws:SourceArn': SOMESERVICE }),
    expected: 'allow',
    source: {
      url: DOCS.arn,
      quote:
        'With a StringLike condition, the match succeeds. The first asterisk matches us-east-2:999999999999:store/abc:.'
    }
  },
  {
    id: 'arn-05',
    rule: 'ArnLike is case-sensitive',
    identity: [allowIf({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/Admin*` } })],
    request: send({ 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/admin-ops` }),
    expected: 'implicit-deny',
    source: ARN
  },
  {
    id: 'arn-06',
    rule: 'ArnLike ? matches one character within a component',
    identity: [allowIf({ ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-east-?:${ACCOUNT}:alerts` } })],
    request: send({ 'aws:SourceArn': TOPIC }),
    expected: 'allow',
    source: ARN
  },
  {
    id: 'arn-07',
    rule: 'ArnNotEquals is true for a different ARN',
    identity: [allowIf({ ArnNotEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-2:${ACCOUNT}:other` } })],
    request: send({ 'aws:SourceArn': TOPIC }),
    expected: 'allow',
    source: {
      url: DOCS.arn,
      quote:
        'ArnNotEquals, ArnNotLike: Negated matching for ARN. The ArnNotEquals and ArnNotLike condition operators behave identically.'
    }
  },
  {
    id: 'arn-08',
    rule: 'ArnNotLike is false when the pattern matches',
    identity: [allowIf({ ArnNotLike: { 'aws:SourceArn': `arn:aws:sns:*:${ACCOUNT}:*` } })],
    request: send({ 'aws:SourceArn': TOPIC }),
    expected: 'implicit-deny',
    source: { url: DOCS.arn, quote: 'ArnNotEquals, ArnNotLike: Negated matching for ARN.' }
  },
  {
    id: 'arn-09',
    rule: 'ArnEquals with aws:SourceArn missing is false',
    identity: [allowIf({ ArnEquals: { 'aws:SourceArn': TOPIC } })],
    request: send(),
    expected: 'implicit-deny',
    source: {
      url: DOCS.arn,
      quote:
        'The aws:SourceArn key is present in the request context only if a resource triggers a service to call another service on behalf of the resource owner. If an IAM user attempts to perform this operation directly, the condition returns false.'
    }
  },
  {
    id: 'arn-10',
    rule: 'ArnNotLike with the key missing is true',
    identity: [allowIf({ ArnNotLike: { 'aws:SourceArn': `arn:aws:sns:*:${ACCOUNT}:*` } })],
    request: send(),
    expected: 'allow',
    source: {
      url: DOCS.operators,
      quote:
        'If the policy condition requires that the key is not matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition is true.'
    }
  },
  {
    id: 'arn-11',
    rule: 'a policy variable inside an ArnLike value is substituted',
    identity: [allowIf({ ArnLike: { 'aws:SourceArn': `arn:aws:sns:*:${ACCOUNT}:\${aws:username}-*` } })],
    request: send({ 'aws:SourceArn': `arn:aws:sns:us-east-2:${ACCOUNT}:ana-alerts`, 'aws:username': 'ana' }),
    expected: 'allow',
    source: { url: DOCS.arn, quote: 'You can use a policy variable with the ARN condition operator.' }
  },
  {
    id: 'arn-12',
    rule: 'the substituted ArnLike value does not match another user’s topic',
    identity: [allowIf({ ArnLike: { 'aws:SourceArn': `arn:aws:sns:*:${ACCOUNT}:\${aws:username}-*` } })],
    request: send({ 'aws:SourceArn': `arn:aws:sns:us-east-2:${ACCOUNT}:bob-alerts`, 'aws:username': 'ana' }),
    expected: 'implicit-deny',
    source: { url: DOCS.arn, quote: 'You can use a policy variable with the ARN condition operator.' }
  }
]
