/** Permissions boundaries: identity ∩ boundary, a Deny in either, a boundary that allows nothing. */
import { ACCOUNT, DOCS, policy, type CorpusCase } from './types.js'

const shirleyBoundary = policy({
  Effect: 'Allow',
  Action: ['s3:*', 'cloudwatch:*', 'ec2:*'],
  Resource: '*'
})
const INTERSECTION = {
  url: `${DOCS.boundaries}#access_policies_boundaries-eval-logic`,
  quote:
    'Identity-based policies grant permission to the entity, and permissions boundaries limit those permissions. The effective permissions are the intersection of both policy types. An explicit deny in either of these policies overrides the allow.'
}
const NOT_ON_ITS_OWN = {
  url: DOCS.boundaries,
  quote:
    'When you use a policy to set the permissions boundary for a user, it limits the user’s permissions but does not provide permissions on its own.'
}
const BOTH = {
  url: DOCS.boundaries,
  quote:
    'An entity’s permissions boundary allows it to perform only the actions that are allowed by both its identity-based policies and its permissions boundaries.'
}
const OBJECT = 'arn:aws:s3:::app-data/report.csv'
const regionBoundary = policy({
  Effect: 'Allow',
  Action: 's3:*',
  Resource: '*',
  Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } }
})

export const boundaries: CorpusCase[] = [
  {
    id: 'bnd-01',
    rule: 'allowed by the identity policy and by the boundary',
    identity: [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })],
    boundary: shirleyBoundary,
    request: { action: 's3:GetObject', resource: OBJECT },
    expected: 'allow',
    source: BOTH
  },
  {
    id: 'bnd-02',
    rule: 'allowed by the identity policy but not by the boundary: denied by the boundary',
    identity: [policy({ Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' })],
    boundary: shirleyBoundary,
    request: { action: 'iam:CreateUser', resource: `arn:aws:iam::${ACCOUNT}:user/new` },
    expected: 'implicit-deny',
    deniedBy: 'boundary',
    source: {
      url: DOCS.boundaries,
      quote:
        'If Shirley tries to create a user, the operation fails. It fails because the permissions boundary does not allow the iam:CreateUser operation.'
    }
  },
  {
    id: 'bnd-03',
    rule: 'allowed by the boundary only: the boundary grants nothing on its own',
    identity: [policy({ Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*' })],
    boundary: shirleyBoundary,
    request: { action: 's3:GetObject', resource: OBJECT },
    expected: 'implicit-deny',
    deniedBy: 'identity',
    source: {
      url: DOCS.boundaries,
      quote:
        'Given these two policies, Shirley does not have permission to perform any operations in AWS. You must add a different permissions policy to allow actions in other services, such as Amazon S3.'
    }
  },
  {
    id: 'bnd-04',
    rule: 'a Deny in the boundary overrides an identity Allow',
    identity: [policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    boundary: policy(
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', Action: 's3:*', Resource: ['arn:aws:s3:::logs', 'arn:aws:s3:::logs/*'] }
    ),
    request: { action: 's3:PutObject', resource: 'arn:aws:s3:::logs/today.txt' },
    expected: 'explicit-deny',
    deniedBy: 'boundary',
    source: {
      url: DOCS.boundaries,
      quote:
        'The reason is that any actions on the logs bucket are explicitly denied by his permissions boundary. An explicit deny in any policy type results in a request being denied.'
    }
  },
  {
    id: 'bnd-05',
    rule: 'a Deny in an identity policy wins although the boundary allows',
    identity: [
      policy(
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }
      )
    ],
    boundary: policy({ Effect: 'Allow', Action: '*', Resource: '*' }),
    request: { action: 's3:DeleteObject', resource: OBJECT },
    expected: 'explicit-deny',
    deniedBy: 'identity',
    source: INTERSECTION
  },
  {
    id: 'bnd-06',
    rule: 'a boundary with NotAction iam:* does not allow IAM actions',
    identity: [policy({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' })],
    boundary: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
    request: { action: 'iam:PassRole', resource: `arn:aws:iam::${ACCOUNT}:role/app` },
    expected: 'implicit-deny',
    deniedBy: 'boundary',
    source: {
      url: DOCS.notAction,
      quote:
        'The following example allows users to access every action in every AWS service except for IAM. (As a boundary, the IAM actions are outside the maximum permissions.)'
    }
  },
  {
    id: 'bnd-07',
    rule: 'a boundary Allow with a condition that fails limits the identity Allow',
    identity: [policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    boundary: regionBoundary,
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:RequestedRegion': 'eu-west-1' } },
    expected: 'implicit-deny',
    deniedBy: 'boundary',
    source: INTERSECTION
  },
  {
    id: 'bnd-08',
    rule: 'the same boundary allows when its condition holds',
    identity: [policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    boundary: regionBoundary,
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:RequestedRegion': 'us-east-1' } },
    expected: 'allow',
    source: INTERSECTION
  },
  {
    id: 'bnd-09',
    rule: 'a boundary scoped to some resources blocks the others',
    identity: [policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    boundary: policy({
      Effect: 'Allow',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::app-*', 'arn:aws:s3:::app-*/*']
    }),
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::finance-data/salaries.csv' },
    expected: 'implicit-deny',
    deniedBy: 'boundary',
    source: BOTH
  },
  {
    id: 'bnd-10',
    rule: 'a boundary with only a Deny statement (no Allow) allows nothing',
    identity: [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })],
    boundary: policy({ Effect: 'Deny', Action: 'iam:*', Resource: '*' }),
    request: { action: 's3:GetObject', resource: OBJECT },
    expected: 'implicit-deny',
    deniedBy: 'boundary',
    source: NOT_ON_ITS_OWN
  },
  {
    id: 'bnd-11',
    rule: 'policy variables work in a boundary',
    identity: [policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    boundary: policy({
      Effect: 'Allow',
      Action: 's3:*',
      Resource: 'arn:aws:s3:::home-bucket/${aws:username}/*'
    }),
    request: {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::home-bucket/ana/notes.txt',
      context: { 'aws:username': 'ana' }
    },
    expected: 'allow',
    source: {
      url: `${DOCS.variables}#policy-vars-using-variables`,
      quote: 'Identity-based policies used as permissions boundaries also support policy variables.'
    }
  },
  {
    id: 'bnd-12',
    rule: 'a boundary Deny whose condition is false does not apply',
    identity: [policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    boundary: policy(
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      {
        Effect: 'Deny',
        Action: 's3:*',
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } }
      }
    ),
    request: { action: 's3:GetObject', resource: OBJECT, context: { 'aws:SecureTransport': 'true' } },
    expected: 'allow',
    source: INTERSECTION
  },
  {
    id: 'bnd-13',
    rule: 'a boundary Deny with NotResource denies outside the listed resources',
    identity: [policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    boundary: policy(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::app-*', 'arn:aws:s3:::app-*/*'] }
    ),
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::finance-data/salaries.csv' },
    expected: 'explicit-deny',
    deniedBy: 'boundary',
    source: INTERSECTION
  },
  {
    id: 'bnd-14',
    rule: 'neither the identity policy nor the boundary allows: reported as the identity’s implicit deny',
    identity: [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })],
    boundary: shirleyBoundary,
    request: { action: 'iam:ListRoles', resource: '*' },
    expected: 'implicit-deny',
    deniedBy: 'identity',
    source: NOT_ON_ITS_OWN,
    ambiguous:
      'the boundary page does not say which policy type a denial names when neither allows; chosen: the identity policy (no identity-based policy allows the action), as the evaluator’s contract says'
  },
  {
    id: 'bnd-15',
    rule: 'an identity Deny and a boundary Deny together: explicit deny',
    identity: [
      policy(
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }
      )
    ],
    boundary: policy(
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', Action: 's3:Delete*', Resource: '*' }
    ),
    request: { action: 's3:DeleteBucket', resource: 'arn:aws:s3:::app-data' },
    expected: 'explicit-deny',
    source: INTERSECTION
  }
]
