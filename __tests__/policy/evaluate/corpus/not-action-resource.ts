/** NotAction and NotResource: everything except the listed actions or resources. */
import { ACCOUNT, DOCS, policy, type CorpusCase } from './types.js'

const HR = 'arn:aws:s3:::HRBucket'
const denyOutsidePayroll = policy(
  { Effect: 'Allow', Action: '*', Resource: '*' },
  { Effect: 'Deny', Action: 's3:*', NotResource: [`${HR}/Payroll`, `${HR}/Payroll/*`] }
)
const allButDeleteBucket = policy({
  Effect: 'Allow',
  NotAction: 's3:DeleteBucket',
  Resource: 'arn:aws:s3:::*'
})
const denyWithoutMfa = policy(
  { Effect: 'Allow', Action: '*', Resource: '*' },
  {
    Effect: 'Deny',
    NotAction: 'iam:*',
    Resource: '*',
    Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }
  }
)
const NOT_ACTION_ALLOW = {
  url: DOCS.notAction,
  quote:
    'You can use the NotAction element in a statement with "Effect": "Allow" to provide access to all of the actions in an AWS service, except for the actions specified in NotAction.'
}
const NOT_ACTION_DENY = {
  url: DOCS.notAction,
  quote:
    'This combination does not allow the listed items, but instead explicitly denies the actions not listed. You must still allow actions that you want to allow.'
}
const NOT_RESOURCE = {
  url: DOCS.notResource,
  quote:
    'NotResource is an advanced policy element that explicitly matches every resource except those specified.'
}

export const notActionResource: CorpusCase[] = [
  {
    id: 'notaction-01',
    rule: 'Allow + NotAction iam:* allows an action of another service',
    identity: [policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key' },
    expected: 'allow',
    source: {
      url: DOCS.notAction,
      quote: 'The following example allows users to access every action in every AWS service except for IAM.'
    }
  },
  {
    id: 'notaction-02',
    rule: 'Allow + NotAction iam:* does not allow an IAM action',
    identity: [policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
    request: { action: 'iam:CreateUser', resource: `arn:aws:iam::${ACCOUNT}:user/bob` },
    expected: 'implicit-deny',
    source: NOT_ACTION_ALLOW
  },
  {
    id: 'notaction-03',
    rule: 'Allow + NotAction s3:DeleteBucket on S3 resources allows another S3 action',
    identity: [allButDeleteBucket],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key' },
    expected: 'allow',
    source: {
      url: DOCS.notAction,
      quote:
        'The following example allows users to access all of the Amazon S3 actions that can be performed on any S3 resource except for deleting a bucket.'
    }
  },
  {
    id: 'notaction-04',
    rule: 'Allow + NotAction s3:DeleteBucket does not allow s3:DeleteBucket',
    identity: [allButDeleteBucket],
    request: { action: 's3:DeleteBucket', resource: 'arn:aws:s3:::bucket' },
    expected: 'implicit-deny',
    source: NOT_ACTION_ALLOW
  },
  {
    id: 'notaction-05',
    rule: 'Allow + NotAction scoped to S3 resources does not reach another service’s resources',
    identity: [allButDeleteBucket],
    request: { action: 'ec2:TerminateInstances', resource: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-1` },
    expected: 'implicit-deny',
    source: {
      url: DOCS.notAction,
      quote:
        'This policy also does not allow actions in other services, because other service actions are not applicable to the S3 resources.'
    }
  },
  {
    id: 'notaction-06',
    rule: 'Allow + NotAction scoped to arn:aws:s3:::* does not cover an action on "*"',
    identity: [allButDeleteBucket],
    request: { action: 's3:ListAllMyBuckets', resource: '*' },
    expected: 'implicit-deny',
    source: {
      url: DOCS.notAction,
      quote:
        'This does not allow users to use the ListAllMyBuckets S3 API operation, because that action requires the "*" resource.'
    }
  },
  {
    id: 'notaction-07',
    rule: 'Deny + NotAction iam:* denies a non-IAM action when the condition holds',
    identity: [denyWithoutMfa],
    request: {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::bucket/key',
      context: { 'aws:MultiFactorAuthPresent': 'false' }
    },
    expected: 'explicit-deny',
    source: {
      url: DOCS.notAction,
      quote:
        'The following conditional example denies access to non-IAM actions if the user is not signed in using MFA.'
    }
  },
  {
    id: 'notaction-08',
    rule: 'Deny + NotAction iam:* leaves IAM actions to the Allow',
    identity: [denyWithoutMfa],
    request: {
      action: 'iam:ListUsers',
      resource: '*',
      context: { 'aws:MultiFactorAuthPresent': 'false' }
    },
    expected: 'allow',
    source: NOT_ACTION_DENY
  },
  {
    id: 'notaction-09',
    rule: 'Deny + NotAction with a false condition does not apply',
    identity: [denyWithoutMfa],
    request: {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::bucket/key',
      context: { 'aws:MultiFactorAuthPresent': 'true' }
    },
    expected: 'allow',
    source: {
      url: DOCS.notAction,
      quote:
        'If the user is signed in with MFA, then the "Condition" test fails and the final "Deny" statement has no effect.'
    }
  },
  {
    id: 'notaction-10',
    rule: 'Deny + NotAction alone grants nothing to the actions it does not deny',
    identity: [policy({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' })],
    request: { action: 'iam:ListUsers', resource: '*' },
    expected: 'implicit-deny',
    source: {
      url: DOCS.notAction,
      quote:
        'Note, however, that this would not grant the user access to any actions; it would only explicitly deny all other actions except IAM actions.'
    }
  },
  {
    id: 'notresource-01',
    rule: 'Deny + NotResource denies a resource outside the listed ones',
    identity: [denyOutsidePayroll],
    request: { action: 's3:GetObject', resource: `${HR}/Benefits/plan.pdf` },
    expected: 'explicit-deny',
    source: {
      url: DOCS.notResource,
      quote:
        'The following policy explicitly denies access to all Amazon S3 resources other than the listed resources.'
    }
  },
  {
    id: 'notresource-02',
    rule: 'Deny + NotResource does not deny a listed resource',
    identity: [denyOutsidePayroll],
    request: { action: 's3:GetObject', resource: `${HR}/Payroll/2026-11.csv` },
    expected: 'allow',
    source: NOT_RESOURCE
  },
  {
    id: 'notresource-03',
    rule: 'Deny + NotResource limited to s3:* does not deny another service',
    identity: [denyOutsidePayroll],
    request: { action: 'ec2:DescribeInstances', resource: '*' },
    expected: 'allow',
    source: {
      url: DOCS.notResource,
      quote:
        'If the action also included Amazon EC2 actions, then the policy would not deny access to any EC2 resources.'
    }
  },
  {
    id: 'notresource-04',
    rule: 'Allow + Action * + NotResource allows any other resource',
    identity: [policy({ Effect: 'Allow', Action: '*', NotResource: HR })],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::OtherBucket/key' },
    expected: 'allow',
    source: {
      url: DOCS.notResource,
      quote: 'It allows all actions in AWS on all resources except the HRBucket S3 bucket.'
    }
  },
  {
    id: 'notresource-05',
    rule: 'Allow + NotResource does not allow the excluded resource',
    identity: [policy({ Effect: 'Allow', Action: '*', NotResource: HR })],
    request: { action: 's3:ListBucket', resource: HR },
    expected: 'implicit-deny',
    source: NOT_RESOURCE
  },
  {
    id: 'notresource-06',
    rule: 'NotResource excludes only the ARNs that match it: the bucket ARN does not exclude its objects',
    identity: [policy({ Effect: 'Allow', Action: '*', NotResource: HR })],
    request: { action: 's3:GetObject', resource: `${HR}/Payroll/2026-11.csv` },
    expected: 'allow',
    source: {
      url: DOCS.notResource,
      quote:
        'This would even allow the user to add a policy to themselves that allows them to access HRBucket (NotResource excludes only the resources it lists).'
    }
  },
  {
    id: 'notresource-07',
    rule: 'Deny + NotResource with a trailing /* does not exempt the prefix without the slash',
    identity: [
      policy(
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 's3:*', NotResource: `${HR}/Payroll/*` }
      )
    ],
    request: { action: 's3:GetObject', resource: `${HR}/Payroll` },
    expected: 'explicit-deny',
    source: {
      url: DOCS.resource,
      quote:
        'While "/" works as a delimiter, there is no specific significance when this character is used within a resource ARN. It is treated the same as any other valid character.'
    }
  }
]
