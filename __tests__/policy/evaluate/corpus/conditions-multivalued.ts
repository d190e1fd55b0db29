/** ForAllValues / ForAnyValue with multivalued keys, empty and missing keys, and the Null operator. */
import { ACCOUNT, DOCS, policy, type CorpusCase } from './types.js'
import type { ConditionBlock } from '../../../../src/model/policy.js'

const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Thread`
const USER = `arn:aws:iam::${ACCOUNT}:user/ana`
function allowGetItemIf(condition: ConditionBlock) {
  return policy({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: TABLE, Condition: condition })
}
function allowTagIf(condition: ConditionBlock) {
  return policy({ Effect: 'Allow', Action: 'iam:TagUser', Resource: USER, Condition: condition })
}
function getItem(context: Record<string, string | string[]> = {}) {
  return { action: 'dynamodb:GetItem', resource: TABLE, context }
}
function tag(context: Record<string, string | string[]> = {}) {
  return { action: 'iam:TagUser', resource: USER, context }
}
const onlyAttributes = allowGetItemIf({
  'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['ID', 'Message', 'Tags'] }
})
const denyPutOfKeys = policy(
  { Effect: 'Allow', Action: 'dynamodb:*', Resource: TABLE },
  {
    Effect: 'Deny',
    Action: 'dynamodb:PutItem',
    Resource: TABLE,
    Condition: { 'ForAnyValue:StringEquals': { 'dynamodb:Attributes': ['ID', 'PostDateTime'] } }
  }
)
const denyUnlessKey1 = policy(
  { Effect: 'Allow', Action: ['iam:Tag*', 'iam:UnTag*'], Resource: '*' },
  {
    Sid: 'DenyRestrictedTags',
    Effect: 'Deny',
    Action: ['iam:Tag*', 'iam:UnTag*'],
    Resource: '*',
    Condition: { 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'key1*' } }
  }
)
const FOR_ALL = {
  url: DOCS.multivalued,
  quote:
    'ForAllValues: The condition returns true if every key value in the request matches at least one value in the policy. It also returns true if there are no keys in the request, or if the key values resolve to a null data set, such as an empty string.'
}
const FOR_ANY = {
  url: DOCS.multivalued,
  quote:
    'ForAnyValue: The condition returns true if any one of the key values in the request matches any one of the condition values in the policy. For no matching key or a null dataset, the condition returns false.'
}
const EXAMPLES = {
  url: DOCS.multivaluedExamples,
  quote:
    'The policy denies requests where the values for aws:TagKeys in the request do not include the prefix key1 … because of the ForAllValues condition set operator, all the tag key values in the request context must start with the prefix key1.'
}
const NULL = {
  url: DOCS.null,
  quote:
    'Use a Null condition operator to check if a condition key is absent at the time of authorization. In the policy statement, use either true (the key doesn’t exist — it is null) or false (the key exists and its value is not null).'
}
const teamOnly = allowTagIf({
  'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] },
  Null: { 'aws:TagKeys': 'false' }
})
const noTemporaryCredentials = policy({
  Effect: 'Allow',
  Action: 'ec2:*',
  Resource: '*',
  Condition: { Null: { 'aws:TokenIssueTime': 'true' } }
})
const requireTeamTag = policy({
  Effect: 'Allow',
  Action: 'ec2:RunInstances',
  Resource: '*',
  Condition: { Null: { 'aws:RequestTag/team': 'false' } }
})
const INSTANCE = `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/*`

export const multivaluedConditions: CorpusCase[] = [
  {
    id: 'mv-01',
    rule: 'ForAllValues: every requested value is in the policy list',
    identity: [onlyAttributes],
    request: getItem({ 'dynamodb:Attributes': ['Message', 'Tags'] }),
    expected: 'allow',
    source: {
      url: DOCS.multivalued,
      quote:
        "Assume the user makes a request to DynamoDB to get the attributes Message and Tags from the Thread table. In that case, the request is allowed because the user's requested attributes all match values specified in the policy."
    }
  },
  {
    id: 'mv-02',
    rule: 'ForAllValues: one requested value outside the list fails',
    identity: [onlyAttributes],
    request: getItem({ 'dynamodb:Attributes': ['Message', 'UserName'] }),
    expected: 'implicit-deny',
    source: {
      url: DOCS.multivalued,
      quote:
        "If the user's request includes the UserName attribute, the request fails. The reason is that UserName is not within the list of allowed attributes."
    }
  },
  {
    id: 'mv-03',
    rule: 'ForAllValues: a missing key is true (an Allow with ForAllValues allows)',
    identity: [onlyAttributes],
    request: getItem(),
    expected: 'allow',
    source: FOR_ALL
  },
  {
    id: 'mv-04',
    rule: 'ForAllValues: a key with no values (empty list) is true',
    identity: [onlyAttributes],
    request: getItem({ 'dynamodb:Attributes': [] }),
    expected: 'allow',
    source: {
      url: DOCS.multivalued,
      quote:
        'If the key values in the request resolve to an empty data set, such as an empty list, a condition operator modified by ForAllValues returns true.'
    }
  },
  {
    id: 'mv-05',
    rule: 'ForAnyValue: one requested value in the Deny list denies',
    identity: [denyPutOfKeys],
    request: {
      action: 'dynamodb:PutItem',
      resource: TABLE,
      context: { 'dynamodb:Attributes': ['PostDateTime', 'Message'] }
    },
    expected: 'explicit-deny',
    source: {
      url: DOCS.multivalued,
      quote:
        'The ForAnyValue qualifier determines whether any of the requested attributes appear in the list in the policy. In this case, there is one match (PostDateTime), so the condition is true.'
    }
  },
  {
    id: 'mv-06',
    rule: 'ForAnyValue: no requested value in the Deny list does not deny',
    identity: [denyPutOfKeys],
    request: {
      action: 'dynamodb:PutItem',
      resource: TABLE,
      context: { 'dynamodb:Attributes': ['UserName'] }
    },
    expected: 'allow',
    source: {
      url: DOCS.multivalued,
      quote:
        'None of the attributes in the request (just UserName) match any of attributes listed in the policy (ID, PostDateTime). The condition returns false, so the effect of the policy (Deny) is also false.'
    }
  },
  {
    id: 'mv-07',
    rule: 'ForAnyValue: a missing key is false',
    identity: [allowGetItemIf({ 'ForAnyValue:StringEquals': { 'dynamodb:Attributes': ['ID', 'Message'] } })],
    request: getItem(),
    expected: 'implicit-deny',
    source: FOR_ANY
  },
  {
    id: 'mv-08',
    rule: 'ForAnyValue: an empty list is false',
    identity: [allowGetItemIf({ 'ForAnyValue:StringEquals': { 'dynamodb:Attributes': ['ID', 'Message'] } })],
    request: getItem({ 'dynamodb:Attributes': [] }),
    expected: 'implicit-deny',
    source: {
      url: DOCS.multivalued,
      quote:
        'If the key values in the request resolve to an empty data set, such as an empty list … a condition operator modified by ForAnyValue returns false.'
    }
  },
  {
    id: 'mv-09',
    rule: 'ForAllValues:StringNotLike in a Deny: all keys start with key1, no match, not denied',
    identity: [denyUnlessKey1],
    request: tag({ 'aws:TagKeys': ['key1:legal'] }),
    expected: 'allow',
    source: EXAMPLES
  },
  {
    id: 'mv-10',
    rule: 'ForAllValues:StringNotLike in a Deny: a key without the prefix matches, denied',
    identity: [denyUnlessKey1],
    request: tag({ 'aws:TagKeys': ['key2:audit'] }),
    expected: 'explicit-deny',
    source: EXAMPLES
  },
  {
    id: 'mv-11',
    rule: 'ForAllValues:StringNotLike in a Deny: no aws:TagKeys in the request matches, denied',
    identity: [denyUnlessKey1],
    request: tag(),
    expected: 'explicit-deny',
    source: {
      url: DOCS.multivaluedExamples,
      quote: 'The ForAllValues set operator also returns true if there are no context keys in the request.'
    }
  },
  {
    id: 'mv-12',
    rule: 'ForAllValues:StringNotLike with one key1 key and one other is false (not every value is unlike)',
    identity: [denyUnlessKey1],
    request: tag({ 'aws:TagKeys': ['key1:legal', 'key2:audit'] }),
    expected: 'allow',
    source: {
      url: DOCS.multivalued,
      quote:
        'ForAllValues tests whether the value of every member of the request set is a subset of the condition key set.'
    },
    ambiguous:
      'the examples page tables show single-prefix requests only; chosen: the negated operator is applied to each request value and ForAllValues requires it of every value, so key1:legal fails StringNotLike and the Deny does not apply'
  },
  {
    id: 'mv-13',
    rule: 'ForAnyValue:StringNotEquals: one requested value outside the list makes it true',
    identity: [allowTagIf({ 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['DataClass', 'Owner'] } })],
    request: tag({ 'aws:TagKeys': ['Dept', 'DataClass'] }),
    expected: 'allow',
    source: {
      url: DOCS.multivalued,
      quote:
        'ForAnyValue tests whether at least one member of the set of request values matches at least one member of the set of condition key values.'
    }
  },
  {
    id: 'mv-14',
    rule: 'ForAnyValue:StringNotEquals: all requested values in the list make it false',
    identity: [allowTagIf({ 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['DataClass', 'Owner'] } })],
    request: tag({ 'aws:TagKeys': ['Owner', 'DataClass'] }),
    expected: 'implicit-deny',
    source: {
      url: DOCS.multipleValues,
      quote:
        'If a single negated matching condition operator includes multiple values for a context key, those values are evaluated using a logical NOR.'
    }
  },
  {
    id: 'mv-15',
    rule: 'ForAnyValue:StringLike with several patterns: one value matching one pattern is enough',
    identity: [allowTagIf({ 'ForAnyValue:StringLike': { 'aws:TagKeys': ['cost*', 'te*'] } })],
    request: tag({ 'aws:TagKeys': ['env', 'team'] }),
    expected: 'allow',
    source: FOR_ANY
  },
  {
    id: 'mv-16',
    rule: 'ForAllValues:StringEquals is case-sensitive in values',
    identity: [allowTagIf({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['Environment'] } })],
    request: tag({ 'aws:TagKeys': ['environment'] }),
    expected: 'implicit-deny',
    source: {
      url: DOCS.condition,
      quote: 'Case-sensitivity of condition key values depends on the condition operator that you use.'
    }
  },
  {
    id: 'mv-17',
    rule: 'ForAnyValue:StringEqualsIgnoreCase ignores case in values',
    identity: [allowTagIf({ 'ForAnyValue:StringEqualsIgnoreCase': { 'aws:TagKeys': ['Environment'] } })],
    request: tag({ 'aws:TagKeys': ['environment', 'team'] }),
    expected: 'allow',
    source: { url: DOCS.string, quote: 'StringEqualsIgnoreCase: Exact matching, ignoring case' }
  },
  {
    id: 'mv-18',
    rule: 'ForAllValues plus Null false: a request without the key is not allowed',
    identity: [teamOnly],
    request: tag(),
    expected: 'implicit-deny',
    source: {
      url: DOCS.multivaluedExamples,
      quote:
        'You can prevent missing context keys or context keys with empty values from evaluating to true by including a Null condition operator in your policy with a value of false.'
    }
  },
  {
    id: 'mv-19',
    rule: 'ForAllValues plus Null false: a request with only listed keys is allowed',
    identity: [teamOnly],
    request: tag({ 'aws:TagKeys': ['team'] }),
    expected: 'allow',
    source: FOR_ALL
  },
  {
    id: 'mv-20',
    rule: 'a plain operator on a multivalued key matches when one request value matches',
    identity: [allowTagIf({ StringEquals: { 'aws:TagKeys': 'team' } })],
    request: tag({ 'aws:TagKeys': ['team', 'env'] }),
    expected: 'allow',
    source: {
      url: DOCS.multivalued,
      quote: 'Multivalued context keys require a condition set operator.'
    },
    ambiguous:
      'the docs require a set operator for multivalued keys but do not say what a plain operator does with several request values; chosen: like ForAnyValue, true when one request value matches'
  },
  {
    id: 'mv-21',
    rule: 'ForAnyValue:…IfExists with the key missing is true (IfExists decides for an absent key)',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 'sqs:*',
        Resource: '*',
        Condition: { 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': 'team' } }
      })
    ],
    request: { action: 'sqs:ListQueues', resource: '*' },
    expected: 'allow',
    source: {
      url: DOCS.ifExists,
      quote:
        'You can add IfExists to the end of any condition operator name except the Null condition … If the key is not present, evaluate the condition element as true.'
    },
    ambiguous:
      'the IfExists rule ("any condition operator", absent key → true) and the ForAnyValue rule ("for no matching key … returns false") conflict; chosen: IfExists. A re:Post thread (QU9HFmDzP0QGuU-fd7rS6B7w) reports real IAM denying ListQueues with this exact condition, so AWS may apply ForAnyValue first'
  },
  {
    id: 'null-01',
    rule: 'Null true holds when the key is absent (no temporary credentials)',
    identity: [noTemporaryCredentials],
    request: { action: 'ec2:DescribeInstances', resource: '*' },
    expected: 'allow',
    source: {
      url: DOCS.null,
      quote:
        'The following example shows a condition that states that the user must not be using temporary credentials (the key must not exist) for the user to use the Amazon EC2 API.'
    }
  },
  {
    id: 'null-02',
    rule: 'Null true fails when the key is present',
    identity: [noTemporaryCredentials],
    request: {
      action: 'ec2:DescribeInstances',
      resource: '*',
      context: { 'aws:TokenIssueTime': '2026-12-01T09:00:00Z' }
    },
    expected: 'implicit-deny',
    source: {
      url: DOCS.null,
      quote:
        'If the user is using temporary credentials, then the key aws:TokenIssueTime exists and has a value.'
    }
  },
  {
    id: 'null-03',
    rule: 'Null false holds when the key is present',
    identity: [requireTeamTag],
    request: { action: 'ec2:RunInstances', resource: INSTANCE, context: { 'aws:RequestTag/team': 'data' } },
    expected: 'allow',
    source: NULL
  },
  {
    id: 'null-04',
    rule: 'Null false fails when the key is absent',
    identity: [requireTeamTag],
    request: { action: 'ec2:RunInstances', resource: INSTANCE },
    expected: 'implicit-deny',
    source: NULL
  },
  {
    id: 'null-05',
    rule: 'a Deny with Null true denies requests that omit the tag',
    identity: [
      policy(
        { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
        {
          Effect: 'Deny',
          Action: 'ec2:RunInstances',
          Resource: '*',
          Condition: { Null: { 'aws:RequestTag/team': 'true' } }
        }
      )
    ],
    request: { action: 'ec2:RunInstances', resource: INSTANCE },
    expected: 'explicit-deny',
    source: NULL
  }
]
