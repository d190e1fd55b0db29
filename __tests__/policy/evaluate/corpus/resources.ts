/** The Resource element: ARN wildcards (`*` within a segment, across `/`; `?`), case. */
import { ACCOUNT, DOCS, policy, type CorpusCase } from './types.js'

const EXAMPLE = 'arn:aws:s3:::DOC-EXAMPLE-BUCKET'
const testObjects = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `${EXAMPLE}/*/test/*` })
const WILDCARDS = {
  url: `${DOCS.resource}#reference_policies_elements_resource_wildcards`,
  quote:
    'The asterisk (*) character can expand to replace everything within a segment, including characters like a forward slash (/) that may otherwise appear to be a delimiter within a given service namespace.'
}
const NOT_MATCHED = {
  url: `${DOCS.resource}#reference_policies_elements_resource_wildcards`,
  quote:
    'The ARN would not match the following objects: DOC-EXAMPLE-BUCKET/1-test/object.jpg, DOC-EXAMPLE-BUCKET/test/object.jpg, DOC-EXAMPLE-BUCKET/1/2/test.jpg'
}
const SEGMENT_END = {
  url: `${DOCS.resource}#reference_policies_elements_resource_wildcards`,
  quote:
    'You can use multiple * or ? characters in each segment. If the * wildcard is the last character of a resource ARN segment, it can expand to match beyond the colon boundaries.'
}
const SINGLE = {
  url: `${DOCS.resource}#reference_policies_elements_resource_wildcards`,
  quote:
    'An asterisk (*) represents any combination of characters and a question mark (?) represents any single character.'
}
const carlos = policy(
  {
    Sid: 'AllowS3Self',
    Effect: 'Allow',
    Action: 's3:*',
    Resource: [
      'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/*',
      'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar'
    ]
  },
  { Sid: 'DenyS3Logs', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::*log*' }
)

export const resources: CorpusCase[] = [
  {
    id: 'res-01',
    rule: '`*` in the resource segment spans several `/` levels',
    identity: [testObjects],
    request: { action: 's3:GetObject', resource: `${EXAMPLE}/1/2/test/3/object.jpg` },
    expected: 'allow',
    source: WILDCARDS
  },
  {
    id: 'res-02',
    rule: '`*` matches an empty run of characters (between two slashes)',
    identity: [testObjects],
    request: { action: 's3:GetObject', resource: `${EXAMPLE}//test/object.jpg` },
    expected: 'allow',
    source: {
      url: `${DOCS.resource}#reference_policies_elements_resource_wildcards`,
      quote:
        'The wildcards in the ARN apply to all of the following objects in the bucket: … DOC-EXAMPLE-BUCKET//test/object.jpg'
    }
  },
  {
    id: 'res-03',
    rule: '`*` at the end matches an empty run of characters',
    identity: [testObjects],
    request: { action: 's3:GetObject', resource: `${EXAMPLE}/1/test/` },
    expected: 'allow',
    source: {
      url: `${DOCS.resource}#reference_policies_elements_resource_wildcards`,
      quote:
        'The wildcards in the ARN apply to all of the following objects in the bucket: … DOC-EXAMPLE-BUCKET/1/test/'
    }
  },
  {
    id: 'res-04',
    rule: '`/` is a literal character: `/*/test/` does not match `/1-test/`',
    identity: [testObjects],
    request: { action: 's3:GetObject', resource: `${EXAMPLE}/1-test/object.jpg` },
    expected: 'implicit-deny',
    source: NOT_MATCHED
  },
  {
    id: 'res-05',
    rule: 'the literal `/` after the bucket name must be followed by a second `/` before test',
    identity: [testObjects],
    request: { action: 's3:GetObject', resource: `${EXAMPLE}/test/object.jpg` },
    expected: 'implicit-deny',
    source: NOT_MATCHED
  },
  {
    id: 'res-06',
    rule: 'the part after the last `*` must match the end of the ARN',
    identity: [testObjects],
    request: { action: 's3:GetObject', resource: `${EXAMPLE}/1/2/test.jpg` },
    expected: 'implicit-deny',
    source: NOT_MATCHED
  },
  {
    id: 'res-07',
    rule: '`?` matches exactly one character',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: `arn:aws:sqs:us-east-2:${ACCOUNT}:queue?`
      })
    ],
    request: { action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-2:${ACCOUNT}:queue1` },
    expected: 'allow',
    source: SINGLE
  },
  {
    id: 'res-08',
    rule: '`?` does not match two characters',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: `arn:aws:sqs:us-east-2:${ACCOUNT}:queue?`
      })
    ],
    request: { action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-2:${ACCOUNT}:queue12` },
    expected: 'implicit-deny',
    source: SINGLE
  },
  {
    id: 'res-09',
    rule: 'a wildcard in the region segment matches any region',
    identity: [
      policy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:*:${ACCOUNT}:queue1` })
    ],
    request: { action: 'sqs:SendMessage', resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:queue1` },
    expected: 'allow',
    source: {
      url: `${DOCS.resource}#reference_policies_elements_resource_wildcards`,
      quote:
        'You can use wildcard characters (* and ?) within any ARN segment (the parts separated by colons).'
    }
  },
  {
    id: 'res-10',
    rule: 'a wildcard in the account segment matches any account',
    identity: [policy({ Effect: 'Allow', Action: 'iam:GetRole', Resource: 'arn:aws:iam::*:role/app' })],
    request: { action: 'iam:GetRole', resource: 'arn:aws:iam::444455556666:role/app' },
    expected: 'allow',
    source: {
      url: `${DOCS.resource}#reference_policies_elements_resource_wildcards`,
      quote:
        'You can use wildcard characters (* and ?) within any ARN segment (the parts separated by colons).'
    }
  },
  {
    id: 'res-11',
    rule: 'an IAM path wildcard covers the users under that path',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 'iam:GetUser',
        Resource: `arn:aws:iam::${ACCOUNT}:user/accounting/*`
      })
    ],
    request: { action: 'iam:GetUser', resource: `arn:aws:iam::${ACCOUNT}:user/accounting/ana` },
    expected: 'allow',
    source: {
      url: `${DOCS.resource}#reference_policies_elements_resource_wildcards`,
      quote: 'The following example refers to all IAM users whose path is /accounting.'
    }
  },
  {
    id: 'res-12',
    rule: 'resource ARNs compare case-sensitively (user/Bob is not user/bob)',
    identity: [
      policy({ Effect: 'Allow', Action: 'iam:GetUser', Resource: `arn:aws:iam::${ACCOUNT}:user/Bob` })
    ],
    request: { action: 'iam:GetUser', resource: `arn:aws:iam::${ACCOUNT}:user/bob` },
    expected: 'implicit-deny',
    source: { url: DOCS.resource, quote: 'In the Resource element, the IAM user name is case sensitive.' }
  },
  {
    id: 'res-13',
    rule: 'a Deny on arn:aws:s3:::*log* covers objects of any bucket whose name contains log',
    identity: [carlos],
    request: {
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/2026/app.log'
    },
    expected: 'explicit-deny',
    source: {
      url: DOCS.singleAccount,
      quote: 'The DenyS3Logs statement denies Carlos access to any S3 bucket with log in its name.'
    }
  },
  {
    id: 'res-14',
    rule: 'the same policy allows the user’s own bucket, whose name does not contain log',
    identity: [carlos],
    request: { action: 's3:PutObject', resource: 'arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/notes.txt' },
    expected: 'allow',
    source: {
      url: DOCS.singleAccount,
      quote:
        'The AllowS3Self statement allows Carlos full access to the bucket with the same name as his user name.'
    }
  },
  {
    id: 'res-15',
    rule: 'a `*` that ends a segment expands beyond the colon boundaries (account `*` covers the rest)',
    identity: [policy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-2:*' })],
    request: { action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-2:${ACCOUNT}:queue1` },
    expected: 'allow',
    source: SEGMENT_END
  },
  {
    id: 'res-16',
    rule: 'in Resource, a segment-ending `*` in the region spans into the account and resource segments',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 'someservice:GetDocument',
        Resource: 'arn:aws:someservice:*:111122223333:finance/*'
      })
    ],
    request: {
      action: 'someservice:GetDocument',
      resource: 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt'
    },
    expected: 'allow',
    source: SEGMENT_END,
    ambiguous:
      'the Resource page lets a segment-ending * expand beyond colons, while the ArnLike example rejects this very pattern and value (conditions-arn arn-03); chosen: each element follows its own page, so Resource matches and ArnLike does not'
  },
  {
    id: 'res-17',
    rule: 'a `*` inside a segment (not at its end) does not cross a colon',
    identity: [
      policy({
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: 'arn:aws:sqs:us-*-2:111122223333:queue1'
      })
    ],
    request: { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east:x-2:111122223333:queue1' },
    expected: 'implicit-deny',
    source: {
      url: `${DOCS.resource}#reference_policies_elements_resource_wildcards`,
      quote:
        'You can use wildcard characters (* and ?) within any ARN segment (the parts separated by colons).'
    }
  }
]
