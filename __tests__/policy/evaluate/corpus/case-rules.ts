/** Case rules: actions and condition key names ignore case; resources and most values do not. */
import { ACCOUNT, BUCKET, DOCS, policy, type CorpusCase } from './types.js'

const ACTION_CASE = {
  url: DOCS.action,
  quote:
    'The prefix and the action name are case insensitive. For example, iam:ListAccessKeys is the same as IAM:listaccesskeys.'
}
const KEY_CASE = {
  url: DOCS.condition,
  quote:
    'Condition key names are not case-sensitive. For example, including the aws:SourceIP condition key is equivalent to testing for AWS:SourceIp.'
}

export const caseRules: CorpusCase[] = [
  {
    id: 'case-01',
    rule: 'an action written in another case in the policy matches',
    identity: [policy({ Effect: 'Allow', Action: 'IAM:listaccesskeys', Resource: '*' })],
    request: { action: 'iam:ListAccessKeys', resource: `arn:aws:iam::${ACCOUNT}:user/ana` },
    expected: 'allow',
    source: ACTION_CASE
  },
  {
    id: 'case-02',
    rule: 'a request action in another case matches',
    identity: [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` })],
    request: { action: 'S3:GETOBJECT', resource: `${BUCKET}/a` },
    expected: 'allow',
    source: ACTION_CASE
  },
  {
    id: 'case-03',
    rule: 'an action wildcard matches regardless of case',
    identity: [policy({ Effect: 'Allow', Action: 's3:get*', Resource: `${BUCKET}/*` })],
    request: { action: 's3:GetObject', resource: `${BUCKET}/a` },
    expected: 'allow',
    source: ACTION_CASE
  },
  {
    id: 'case-04',
    rule: 'NotAction compares actions case-insensitively',
    identity: [
      policy(
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', NotAction: 'IAM:*', Resource: '*' }
      )
    ],
    request: { action: 'iam:ListUsers', resource: '*' },
    expected: 'allow',
    source: ACTION_CASE
  },
  {
    id: 'case-05',
    rule: 'a condition key name in another case matches the request’s key',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: `${BUCKET}/*`,
        Condition: { IpAddress: { 'AWS:SOURCEIP': '203.0.113.0/24' } }
      })
    ],
    request: { action: 's3:GetObject', resource: `${BUCKET}/a`, context: { 'aws:SourceIp': '203.0.113.9' } },
    expected: 'allow',
    source: KEY_CASE
  },
  {
    id: 'case-06',
    rule: 'the tag-key part of aws:ResourceTag/<key> is case-insensitive too',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: `${BUCKET}/*`,
        Condition: { StringEquals: { 'aws:ResourceTag/TagKey1': 'Value1' } }
      })
    ],
    request: {
      action: 's3:GetObject',
      resource: `${BUCKET}/a`,
      context: { 'aws:ResourceTag/tagkey1': 'Value1' }
    },
    expected: 'allow',
    source: {
      url: DOCS.condition,
      quote:
        'Key names are not case-sensitive. This means that if you specify "aws:ResourceTag/TagKey1": "Value1" in the condition element of your policy, then the condition matches a resource tag key named either TagKey1 or tagkey1, but not both.'
    }
  },
  {
    id: 'case-07',
    rule: 'a Null check finds the key whatever the case of its name',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 'ec2:RunInstances',
        Resource: '*',
        Condition: { Null: { 'AWS:RequestTag/Team': 'false' } }
      })
    ],
    request: { action: 'ec2:RunInstances', resource: '*', context: { 'aws:requesttag/team': 'data' } },
    expected: 'allow',
    source: KEY_CASE
  },
  {
    id: 'case-08',
    rule: 'resource ARNs are case-sensitive: a bucket name in another case does not match',
    identity: [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::HRBucket/*' })],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::hrbucket/payroll.csv' },
    expected: 'implicit-deny',
    source: {
      url: DOCS.arn,
      quote:
        'ArnEquals, ArnLike: Case-sensitive matching of the ARN. (The Resource element matches ARNs the same way: "In the Resource element, the IAM user name is case sensitive.")'
    }
  }
]
