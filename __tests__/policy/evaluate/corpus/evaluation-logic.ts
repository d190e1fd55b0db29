/** Evaluation logic within one account: default deny, Allow, explicit Deny precedence, Action matching. */
import { ACCOUNT, BUCKET, DOCS, policy, type CorpusCase } from './types.js'

const IMPLICIT = {
  url: DOCS.explicitImplicit,
  quote:
    'An implicit denial occurs when there is no applicable Deny statement but also no applicable Allow statement.'
}
const EXPLICIT = {
  url: DOCS.explicitImplicit,
  quote:
    'If policies that apply to a request include an Allow statement and a Deny statement, the Deny statement trumps the Allow statement.'
}

export const evaluationLogic: CorpusCase[] = [
  {
    id: 'eval-01',
    rule: 'an applicable Allow and no Deny allows',
    identity: [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` })],
    request: { action: 's3:GetObject', resource: `${BUCKET}/report.csv` },
    expected: 'allow',
    source: {
      url: DOCS.explicitImplicit,
      quote:
        'Because an IAM principal is denied access by default, they must be explicitly allowed to perform an action.'
    }
  },
  {
    id: 'eval-02',
    rule: 'a role without any identity policy is denied by default',
    identity: [],
    request: { action: 's3:GetObject', resource: `${BUCKET}/report.csv` },
    expected: 'implicit-deny',
    source: IMPLICIT
  },
  {
    id: 'eval-03',
    rule: 'an Allow for another action does not apply',
    identity: [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` })],
    request: { action: 's3:PutObject', resource: `${BUCKET}/report.csv` },
    expected: 'implicit-deny',
    source: IMPLICIT
  },
  {
    id: 'eval-04',
    rule: 'an Allow for another resource does not apply',
    identity: [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` })],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::other-bucket/report.csv' },
    expected: 'implicit-deny',
    source: {
      url: DOCS.resource,
      quote: 'The Resource element specifies the object or objects that the statement covers.'
    }
  },
  {
    id: 'eval-05',
    rule: 'a Deny after an Allow in the same policy wins (order does not matter)',
    identity: [
      policy(
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Effect: 'Deny', Action: 's3:DeleteObject', Resource: `${BUCKET}/*` }
      )
    ],
    request: { action: 's3:DeleteObject', resource: `${BUCKET}/report.csv` },
    expected: 'explicit-deny',
    source: EXPLICIT
  },
  {
    id: 'eval-06',
    rule: 'a Deny in one policy overrides an Allow in another policy',
    identity: [
      policy({ Effect: 'Allow', Action: 's3:DeleteObject', Resource: `${BUCKET}/*` }),
      policy({ Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' })
    ],
    request: { action: 's3:DeleteObject', resource: `${BUCKET}/report.csv` },
    expected: 'explicit-deny',
    source: {
      url: DOCS.denyAllow,
      quote:
        'If the enforcement code finds even one explicit deny that applies, the enforcement code returns a final decision of Deny.'
    }
  },
  {
    id: 'eval-07',
    rule: 'a Deny alone never allows: no Allow means implicit deny for other actions',
    identity: [policy({ Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' })],
    request: { action: 's3:GetObject', resource: `${BUCKET}/report.csv` },
    expected: 'implicit-deny',
    source: IMPLICIT
  },
  {
    id: 'eval-08',
    rule: 'a Deny whose condition is false does not apply; the Allow decides',
    identity: [
      policy(
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        {
          Effect: 'Deny',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } }
        }
      )
    ],
    request: {
      action: 's3:GetObject',
      resource: `${BUCKET}/report.csv`,
      context: { 'aws:SecureTransport': 'true' }
    },
    expected: 'allow',
    source: {
      url: DOCS.explicitImplicit,
      quote: 'A request results in an explicit deny if an applicable policy includes a Deny statement.'
    }
  },
  {
    id: 'eval-09',
    rule: 'a Deny whose condition is true applies',
    identity: [
      policy(
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        {
          Effect: 'Deny',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } }
        }
      )
    ],
    request: {
      action: 's3:GetObject',
      resource: `${BUCKET}/report.csv`,
      context: { 'aws:SecureTransport': 'false' }
    },
    expected: 'explicit-deny',
    source: {
      url: DOCS.bool,
      quote:
        'This identity-based policy uses the Bool condition operator with the aws:SecureTransport key to deny all S3 actions if the request is not sent over HTTPS.'
    }
  },
  {
    id: 'eval-10',
    rule: 'a Deny that matches the resource but not the action does not apply',
    identity: [
      policy(
        { Effect: 'Allow', Action: 's3:*', Resource: `${BUCKET}/*` },
        { Effect: 'Deny', Action: 's3:DeleteObject', Resource: `${BUCKET}/*` }
      )
    ],
    request: { action: 's3:GetObject', resource: `${BUCKET}/report.csv` },
    expected: 'allow',
    source: EXPLICIT
  },
  {
    id: 'eval-11',
    rule: 'an action wildcard with a prefix (iam:Get*) allows the matching action',
    identity: [policy({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' })],
    request: { action: 'iam:GetRole', resource: `arn:aws:iam::${ACCOUNT}:role/app` },
    expected: 'allow',
    source: {
      url: DOCS.explicitImplicit,
      quote:
        'The AllowGetList statement allows read-only access to IAM actions that begin with the prefixes Get and List.'
    }
  },
  {
    id: 'eval-12',
    rule: 'an action outside the wildcard prefix is implicitly denied',
    identity: [policy({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' })],
    request: { action: 'iam:CreatePolicy', resource: `arn:aws:iam::${ACCOUNT}:policy/p` },
    expected: 'implicit-deny',
    source: {
      url: DOCS.explicitImplicit,
      quote: 'All other actions in IAM, such as iam:CreatePolicy are implicitly denied.'
    }
  },
  {
    id: 'eval-13',
    rule: 'a Deny with an infix wildcard (iam:*Report*) denies what another statement allows',
    identity: [
      policy(
        { Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 'iam:Generate*'], Resource: '*' },
        { Effect: 'Deny', Action: 'iam:*Report', Resource: '*' }
      )
    ],
    request: { action: 'iam:GenerateCredentialReport', resource: '*' },
    expected: 'explicit-deny',
    source: {
      url: DOCS.explicitImplicit,
      quote:
        'The DenyReports statement explicitly denies access to IAM reports by denying access to actions that include the Report suffix.'
    }
  },
  {
    id: 'eval-14',
    rule: 'Action "*" matches every action of every service',
    identity: [policy({ Effect: 'Allow', Action: '*', Resource: '*' })],
    request: { action: 'dynamodb:DeleteTable', resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/t` },
    expected: 'allow',
    source: {
      url: DOCS.notResource,
      quote:
        '"Effect": "Allow", "Action": "*" and "NotResource": "arn:aws:s3:::HRBucket" together allow all actions in AWS on all resources except the HRBucket S3 bucket.'
    }
  },
  {
    id: 'eval-15',
    rule: 's3:* covers only the s3 service prefix, not another service that starts with s3',
    identity: [policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    request: { action: 's3express:CreateSession', resource: '*' },
    expected: 'implicit-deny',
    source: {
      url: DOCS.action,
      quote: 'You can use a wildcard (*) to give access to all the actions the specific AWS product offers.'
    }
  },
  {
    id: 'eval-16',
    rule: 'a wildcard inside the action name (iam:*AccessKey*) matches actions containing the string',
    identity: [policy({ Effect: 'Allow', Action: 'iam:*AccessKey*', Resource: '*' })],
    request: { action: 'iam:UpdateAccessKey', resource: `arn:aws:iam::${ACCOUNT}:user/ana` },
    expected: 'allow',
    source: {
      url: DOCS.action,
      quote:
        'The following Action element applies to all IAM actions that include the string AccessKey, including CreateAccessKey, DeleteAccessKey, ListAccessKeys, and UpdateAccessKey.'
    }
  },
  {
    id: 'eval-17',
    rule: 'a list of actions is an OR: the second item matches',
    identity: [policy({ Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'], Resource: '*' })],
    request: { action: 'sqs:ReceiveMessage', resource: `arn:aws:sqs:us-east-2:${ACCOUNT}:queue1` },
    expected: 'allow',
    source: { url: DOCS.action, quote: 'You can specify multiple values for the Action element.' }
  },
  {
    id: 'eval-18',
    rule: 'a list of resources is an OR: the second item matches',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 'dynamodb:GetItem',
        Resource: [
          `arn:aws:dynamodb:us-east-2:${ACCOUNT}:table/books_table`,
          `arn:aws:dynamodb:us-east-2:${ACCOUNT}:table/magazines_table`
        ]
      })
    ],
    request: {
      action: 'dynamodb:GetItem',
      resource: `arn:aws:dynamodb:us-east-2:${ACCOUNT}:table/magazines_table`
    },
    expected: 'allow',
    source: {
      url: DOCS.resource,
      quote: 'You can specify multiple resources. The following example refers to two DynamoDB tables.'
    }
  },
  {
    id: 'eval-19',
    rule: 'Statement may be a single object instead of a list',
    identity: [
      {
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }
      }
    ],
    request: { action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-2:${ACCOUNT}:queue1` },
    expected: 'allow',
    source: {
      url: DOCS.statement,
      quote: 'The Statement element can contain a single statement or an array of individual statements.'
    }
  },
  {
    id: 'eval-20',
    rule: 'an Allow in any one of several identity policies is enough',
    identity: [
      policy({ Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET }),
      policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` })
    ],
    request: { action: 's3:GetObject', resource: `${BUCKET}/a/b.txt` },
    expected: 'allow',
    source: {
      url: DOCS.singleAccount,
      quote:
        'When access to a resource is requested, AWS evaluates all the permissions granted by the policies for at least one Allow within the same account.'
    }
  }
]
