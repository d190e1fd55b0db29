/** String operators, AND/OR/NOR of keys and values, missing keys and ...IfExists. */
import { ACCOUNT, BUCKET, DOCS, policy, type CorpusCase } from './types.js'
import type { ConditionBlock } from '../../../../src/model/policy.js'

/** One Allow for s3:GetObject on the bucket's objects under the condition. */
function allowIf(condition: ConditionBlock) {
  return policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*`, Condition: condition })
}
const OBJECT = `${BUCKET}/report.csv`
const CASE = {
  url: DOCS.condition,
  quote:
    'Case-sensitivity of condition key values depends on the condition operator that you use. For example, the following condition includes the StringEquals operator to ensure that only requests made by johndoe match. Users named JohnDoe are denied access.'
}
const MISSING = {
  url: DOCS.operators,
  quote:
    'If the key that you specify in a policy condition is not present in the request context, the values do not match and the condition is false. If the policy condition requires that the key is not matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition is true.'
}
const IF_EXISTS = {
  url: DOCS.ifExists,
  quote:
    'If the policy key is present in the context of the request, process the key as specified in the policy. If the key is not present, evaluate the condition element as true.'
}
const NOR = {
  url: DOCS.multipleValues,
  quote:
    'If a single negated matching condition operator includes multiple values for a context key, those values are evaluated using a logical NOR.'
}
const AND_OR = {
  url: DOCS.multipleValues,
  quote:
    'If your policy statement has multiple condition operators, the condition operators are evaluated using a logical AND. If your policy statement has multiple context keys attached to a single condition operator, the context keys are evaluated using a logical AND.'
}
const instanceTypes = policy({
  Effect: 'Allow',
  Action: 'ec2:RunInstances',
  Resource: '*',
  Condition: { StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } }
})
const denyUnlessTagged = policy(
  { Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
  {
    Effect: 'Deny',
    Action: 'ec2:TerminateInstances',
    Resource: '*',
    Condition: { StringNotEqualsIfExists: { 'aws:ResourceTag/env': 'dev' } }
  }
)
const INSTANCE = `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0abc`

export const stringConditions: CorpusCase[] = [
  {
    id: 'str-01',
    rule: 'StringEquals matches the exact value',
    identity: [allowIf({ StringEquals: { 'aws:username': 'johndoe' } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:username': 'johndoe' } },
    expected: 'allow',
    source: CASE
  },
  {
    id: 'str-02',
    rule: 'StringEquals is case-sensitive',
    identity: [allowIf({ StringEquals: { 'aws:username': 'johndoe' } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:username': 'JohnDoe' } },
    expected: 'implicit-deny',
    source: CASE
  },
  {
    id: 'str-03',
    rule: 'StringEqualsIgnoreCase ignores case',
    identity: [allowIf({ StringEqualsIgnoreCase: { 'aws:username': 'johndoe' } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:username': 'JohnDoe' } },
    expected: 'allow',
    source: {
      url: DOCS.condition,
      quote:
        'The following condition uses the StringEqualsIgnoreCase operator to match users named johndoe or JohnDoe.'
    }
  },
  {
    id: 'str-04',
    rule: 'StringNotEquals is true for a different value',
    identity: [allowIf({ StringNotEquals: { 'aws:PrincipalTag/env': 'prod' } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:PrincipalTag/env': 'dev' } },
    expected: 'allow',
    source: { url: DOCS.string, quote: 'StringNotEquals: Negated matching' }
  },
  {
    id: 'str-05',
    rule: 'StringNotEquals is false for the same value',
    identity: [allowIf({ StringNotEquals: { 'aws:PrincipalTag/env': 'prod' } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:PrincipalTag/env': 'prod' } },
    expected: 'implicit-deny',
    source: { url: DOCS.string, quote: 'StringNotEquals: Negated matching' }
  },
  {
    id: 'str-06',
    rule: 'StringNotEqualsIgnoreCase is false for the same value in another case',
    identity: [allowIf({ StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/env': 'prod' } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:PrincipalTag/env': 'PROD' } },
    expected: 'implicit-deny',
    source: { url: DOCS.string, quote: 'StringNotEqualsIgnoreCase: Negated matching, ignoring case' }
  },
  {
    id: 'str-07',
    rule: 'StringLike matches a multi-character wildcard',
    identity: [allowIf({ StringLike: { 's3:prefix': 'marketing/*' } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 's3:prefix': 'marketing/2026/q4/' } },
    expected: 'allow',
    source: {
      url: DOCS.string,
      quote:
        'StringLike: Case-sensitive matching. The values can include multi-character match wildcards (*) and single-character match wildcards (?) anywhere in the string.'
    }
  },
  {
    id: 'str-08',
    rule: 'StringLike is case-sensitive',
    identity: [allowIf({ StringLike: { 's3:prefix': 'marketing/*' } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 's3:prefix': 'Marketing/2026/' } },
    expected: 'implicit-deny',
    source: { url: DOCS.string, quote: 'StringLike: Case-sensitive matching.' }
  },
  {
    id: 'str-09',
    rule: 'StringLike ? matches exactly one character',
    identity: [allowIf({ StringLike: { 'aws:PrincipalTag/cost-center': 'cc-??' } })],
    request: {
      action: 's3:GetObject',
      resource: OBJECT,
      context: { 'aws:PrincipalTag/cost-center': 'cc-123' }
    },
    expected: 'implicit-deny',
    source: {
      url: DOCS.string,
      quote:
        'The values can include multi-character match wildcards (*) and single-character match wildcards (?) anywhere in the string.'
    }
  },
  {
    id: 'str-10',
    rule: 'StringEquals treats * literally (wildcards need StringLike)',
    identity: [allowIf({ StringEquals: { 's3:prefix': 'marketing/*' } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 's3:prefix': 'marketing/2026/' } },
    expected: 'implicit-deny',
    source: {
      url: DOCS.string,
      quote:
        'StringEquals: Exact matching, case sensitive. (StringLike: You must specify wildcards to achieve partial string matches.)'
    }
  },
  {
    id: 'str-11',
    rule: 'StringNotLike is true when the value does not match the pattern',
    identity: [allowIf({ StringNotLike: { 's3:prefix': 'private/*' } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 's3:prefix': 'public/a' } },
    expected: 'allow',
    source: {
      url: DOCS.string,
      quote:
        'StringNotLike: Negated case-sensitive matching. The values can include multi-character match wildcards (*) or single-character match wildcards (?) anywhere in the string.'
    }
  },
  {
    id: 'str-12',
    rule: 'StringNotLike is false when the value matches the pattern',
    identity: [allowIf({ StringNotLike: { 's3:prefix': 'private/*' } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 's3:prefix': 'private/a' } },
    expected: 'implicit-deny',
    source: { url: DOCS.string, quote: 'StringNotLike: Negated case-sensitive matching.' }
  },
  {
    id: 'str-13',
    rule: 'several values of one key are ORed',
    identity: [allowIf({ StringEquals: { 'aws:PrincipalTag/role': ['audit', 'security'] } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:PrincipalTag/role': 'security' } },
    expected: 'allow',
    source: {
      url: DOCS.multipleValues,
      quote:
        'If a single condition operator includes multiple values for a context key, those values are evaluated using a logical OR.'
    }
  },
  {
    id: 'str-14',
    rule: 'several values of a negated operator are NORed: one equal value makes it false',
    identity: [allowIf({ StringNotEquals: { 'aws:PrincipalTag/role': ['audit', 'security'] } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:PrincipalTag/role': 'audit' } },
    expected: 'implicit-deny',
    source: NOR
  },
  {
    id: 'str-15',
    rule: 'several values of a negated operator are NORed: no equal value makes it true',
    identity: [allowIf({ StringNotEquals: { 'aws:PrincipalTag/role': ['audit', 'security'] } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:PrincipalTag/role': 'dev' } },
    expected: 'allow',
    source: NOR
  },
  {
    id: 'str-16',
    rule: 'two keys under one operator are ANDed',
    identity: [
      allowIf({
        StringEquals: { 'aws:PrincipalTag/department': 'finance', 'aws:PrincipalTag/role': 'audit' }
      })
    ],
    request: {
      action: 's3:GetObject',
      resource: OBJECT,
      context: { 'aws:PrincipalTag/department': 'finance', 'aws:PrincipalTag/role': 'dev' }
    },
    expected: 'implicit-deny',
    source: AND_OR
  },
  {
    id: 'str-17',
    rule: 'two operators that both hold allow',
    identity: [
      allowIf({
        StringEquals: { 'aws:PrincipalTag/department': 'finance' },
        ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/finance-*` }
      })
    ],
    request: {
      action: 's3:GetObject',
      resource: OBJECT,
      context: {
        'aws:PrincipalTag/department': 'finance',
        'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/finance-reports`
      }
    },
    expected: 'allow',
    source: {
      url: DOCS.multipleValues,
      quote:
        'All context keys in a condition element block must resolve to true to invoke the desired Allow or Deny effect.'
    }
  },
  {
    id: 'str-18',
    rule: 'two operators are ANDed: one false operator fails the statement',
    identity: [
      allowIf({
        StringEquals: { 'aws:PrincipalTag/department': 'finance' },
        ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/finance-*` }
      })
    ],
    request: {
      action: 's3:GetObject',
      resource: OBJECT,
      context: {
        'aws:PrincipalTag/department': 'finance',
        'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ops`
      }
    },
    expected: 'implicit-deny',
    source: AND_OR
  },
  {
    id: 'str-19',
    rule: 'a missing key makes a positive operator false',
    identity: [allowIf({ StringEquals: { 'aws:PrincipalTag/job-category': 'iamuser-admin' } })],
    request: { action: 's3:GetObject', resource: OBJECT },
    expected: 'implicit-deny',
    source: {
      url: DOCS.string,
      quote:
        'If the key that you specify in a policy condition is not present in the request context, the values do not match. … If a user without the tag attempts to view or edit an access key, the condition returns false.'
    }
  },
  {
    id: 'str-20',
    rule: 'a missing key makes a negated operator true',
    identity: [allowIf({ StringNotLike: { 'aws:PrincipalTag/env': 'prod*' } })],
    request: { action: 's3:GetObject', resource: OBJECT },
    expected: 'allow',
    source: MISSING
  },
  {
    id: 'str-21',
    rule: 'a Deny with a negated operator applies when the key is missing',
    identity: [
      policy(
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        {
          Effect: 'Deny',
          Action: 's3:*',
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'data' } }
        }
      )
    ],
    request: { action: 's3:GetObject', resource: OBJECT },
    expected: 'explicit-deny',
    source: MISSING
  },
  {
    id: 'str-22',
    rule: '...IfExists is true when the key is missing',
    identity: [instanceTypes],
    request: { action: 'ec2:RunInstances', resource: `arn:aws:ec2:us-east-1::image/ami-0abc` },
    expected: 'allow',
    source: IF_EXISTS
  },
  {
    id: 'str-23',
    rule: '...IfExists checks the value when the key is present (matching)',
    identity: [instanceTypes],
    request: { action: 'ec2:RunInstances', resource: INSTANCE, context: { 'ec2:InstanceType': 't2.micro' } },
    expected: 'allow',
    source: {
      url: DOCS.ifExists,
      quote:
        'If the resource being checked has an "ec2:InstanceType" condition key, then allow the action only if the key value begins with t1., t2., or m3.'
    }
  },
  {
    id: 'str-24',
    rule: '...IfExists checks the value when the key is present (not matching)',
    identity: [instanceTypes],
    request: { action: 'ec2:RunInstances', resource: INSTANCE, context: { 'ec2:InstanceType': 'm5.large' } },
    expected: 'implicit-deny',
    source: {
      url: DOCS.ifExists,
      quote:
        'If the resource being checked has an "ec2:InstanceType" condition key, then allow the action only if the key value begins with t1., t2., or m3.'
    }
  },
  {
    id: 'str-25',
    rule: 'a Deny with StringNotEqualsIfExists denies when the key is missing',
    identity: [denyUnlessTagged],
    request: { action: 'ec2:TerminateInstances', resource: INSTANCE },
    expected: 'explicit-deny',
    source: {
      url: DOCS.ifExists,
      quote:
        'If you are using an "Effect": "Deny" element with a negated condition operator like StringNotEqualsIfExists, the request is still denied even if the tag is missing.'
    }
  },
  {
    id: 'str-26',
    rule: 'a Deny with StringNotEqualsIfExists does not apply when the key has an allowed value',
    identity: [denyUnlessTagged],
    request: {
      action: 'ec2:TerminateInstances',
      resource: INSTANCE,
      context: { 'aws:ResourceTag/env': 'dev' }
    },
    expected: 'allow',
    source: IF_EXISTS
  },
  {
    id: 'str-27',
    rule: 'StringLike with several patterns ORs them (the empty-string pattern matches only "")',
    identity: [allowIf({ StringLike: { 's3:prefix': ['', 'home/'] } })],
    request: { action: 's3:GetObject', resource: OBJECT, context: { 's3:prefix': '' } },
    expected: 'allow',
    source: {
      url: DOCS.string,
      quote:
        'The policy allows the specified actions on an S3 bucket as long as the s3:prefix matches any one of the specified patterns.'
    }
  }
]
