/**
 * Evaluator benchmark: requests per second of evaluateRequest (src/policy/evaluate), cold (first
 * pass: statements parsed, AWS managed data loaded) and warm (statements parsed and cached), on
 *   (a) a realistic task role: three inline policies with conditions and policy variables, a
 *       repository managed policy, an AWS managed policy and a permissions boundary;
 *   (b) a role with only AWS's ReadOnlyAccess (one statement of thousands of actions), asked
 *       about actions across every service.
 * Figures only, not a test. `npm run bench:evaluate` (tsx scripts/bench-evaluate.ts).
 */
import type { PolicyDocument } from '../src/model/policy.js'
import type { EnvironmentState, RoleState } from '../src/model/state.js'
import { allActions } from '../src/policy/action-db.js'
import { awsManagedPolicy } from '../src/policy/managed-policies.js'
import {
  evaluateRequest,
  requestContext,
  rolePolicies,
  type AccessRequest
} from '../src/policy/evaluate/index.js'

const ACCOUNT = '111111111111'
const BUCKET = 'arn:aws:s3:::llm-models-prod-results'

const inline: Record<string, PolicyDocument> = {
  S3Access: {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Results', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${BUCKET}/*` },
      {
        Sid: 'List',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: BUCKET,
        Condition: { StringLike: { 's3:prefix': ['runs/${aws:PrincipalTag/team}/*', 'shared/*'] } }
      },
      { Sid: 'NoDelete', Effect: 'Deny', Action: ['s3:DeleteObject', 's3:DeleteBucket'], Resource: '*' }
    ]
  },
  Secrets: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['secretsmanager:GetSecretValue', 'kms:Decrypt'],
        Resource: [
          `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:llm/*`,
          `arn:aws:kms:us-east-1:${ACCOUNT}:key/*`
        ],
        Condition: {
          StringEqualsIfExists: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' },
          Bool: { 'aws:SecureTransport': 'true' }
        }
      }
    ]
  },
  Network: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        NotAction: ['s3:GetObject', 'logs:*'],
        Resource: '*',
        Condition: {
          NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] },
          Bool: { 'aws:ViaAWSService': 'false' }
        }
      },
      {
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs-*`,
        Condition: {
          DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
          NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' }
        }
      }
    ]
  }
}

const logsPolicy = `arn:aws:iam::${ACCOUNT}:policy/llm-models-prod-shared-logs`
const boundaryArn = `arn:aws:iam::${ACCOUNT}:policy/rolegate-boundary`
const environment: EnvironmentState = {
  environment: 'prod',
  account: ACCOUNT,
  region: 'us-east-1',
  partition: 'aws',
  roles: [],
  managedPolicies: [
    {
      logicalName: 'shared-logs',
      name: 'llm-models-prod-shared-logs',
      path: '/',
      arn: logsPolicy,
      description: '',
      tags: {},
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/ecs/*`
          }
        ]
      }
    },
    {
      logicalName: 'boundary',
      name: 'rolegate-boundary',
      path: '/',
      arn: boundaryArn,
      description: '',
      tags: {},
      document: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Everything', Effect: 'Allow', Action: '*', Resource: '*' },
          {
            Sid: 'NoIdentity',
            Effect: 'Deny',
            Action: ['iam:*', 'organizations:*', 'account:*'],
            Resource: '*'
          }
        ]
      }
    }
  ]
}

function role(policies: Record<string, PolicyDocument>, managed: string[], boundary?: string): RoleState {
  return {
    logicalName: 'task-role',
    name: 'llm-models-prod-task-role',
    path: '/',
    arn: `arn:aws:iam::${ACCOUNT}:role/llm-models-prod-task-role`,
    description: '',
    maxSessionDuration: 3600,
    trustPolicy: { Version: '2012-10-17', Statement: [] },
    inlinePolicies: policies,
    managedPolicyArns: managed,
    ...(boundary ? { permissionsBoundary: boundary } : {}),
    tags: {},
    instanceProfile: false
  }
}

const context = requestContext([
  ['aws:PrincipalTag/team', ['ml']],
  ['aws:SourceIp', ['10.1.2.3']],
  ['aws:SecureTransport', ['true']],
  ['aws:CurrentTime', ['2026-12-01T12:00:00Z']],
  ['aws:MultiFactorAuthAge', ['120']],
  ['s3:prefix', ['runs/ml/2026/']]
])
const realisticRequests: AccessRequest[] = [
  ['s3:GetObject', `${BUCKET}/runs/ml/a.json`],
  ['s3:PutObject', `${BUCKET}/runs/ml/b.json`],
  ['s3:DeleteObject', `${BUCKET}/runs/ml/a.json`],
  ['s3:ListBucket', BUCKET],
  ['s3:GetObject', 'arn:aws:s3:::other-bucket/x'],
  ['secretsmanager:GetSecretValue', `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:llm/api-key-AbCdEf`],
  ['kms:Decrypt', `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`],
  ['logs:PutLogEvents', `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/ecs/app:log-stream:task/1`],
  ['ecr:GetAuthorizationToken', '*'],
  ['ecr:BatchGetImage', `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/app`],
  ['sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs-high`],
  ['iam:PassRole', `arn:aws:iam::${ACCOUNT}:role/admin`],
  ['ec2:RunInstances', `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/*`]
].map(([action, resource]) => ({ action, resource, context }))

const actions = allActions()
const readOnlyRequests: AccessRequest[] = Array.from({ length: 2000 }, (_, i) => ({
  action: actions[(i * 7919) % actions.length],
  resource: '*',
  context: requestContext([])
}))

interface Row {
  scenario: string
  requests: number
  seconds: number
}

function run(
  scenario: string,
  build: () => ReturnType<typeof rolePolicies>,
  requests: AccessRequest[],
  passes: number
): Row[] {
  const coldStart = performance.now()
  const policies = build()
  const decisions = new Map<string, number>()
  for (const request of requests) {
    const { decision } = evaluateRequest(policies, request)
    decisions.set(decision, (decisions.get(decision) ?? 0) + 1)
  }
  const cold = (performance.now() - coldStart) / 1000
  const warmStart = performance.now()
  for (let pass = 0; pass < passes; pass++) for (const request of requests) evaluateRequest(policies, request)
  const warm = (performance.now() - warmStart) / 1000
  console.log(`${scenario}: decisions of one pass ${JSON.stringify(Object.fromEntries(decisions))}`)
  return [
    { scenario: `${scenario}, cold (first pass)`, requests: requests.length, seconds: cold },
    { scenario: `${scenario}, warm`, requests: requests.length * passes, seconds: warm }
  ]
}

// Reading the 3.4 MB of AWS managed policy data happens once per process, on the first lookup.
const loadStart = performance.now()
awsManagedPolicy('arn:aws:iam::aws:policy/ReadOnlyAccess')
const loadSeconds = (performance.now() - loadStart) / 1000

const rows = [
  ...run(
    'realistic task role (3 inline, 2 managed, boundary)',
    () =>
      rolePolicies(
        role(
          inline,
          [logsPolicy, 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'],
          boundaryArn
        ),
        environment
      ),
    realisticRequests,
    20_000
  ),
  ...run(
    'ReadOnlyAccess',
    () => rolePolicies(role({}, ['arn:aws:iam::aws:policy/ReadOnlyAccess']), environment),
    readOnlyRequests,
    50
  )
]

console.log(
  `\nAWS managed policy data loaded in ${loadSeconds.toFixed(3)} s (once per process, before the runs below).`
)
console.log('\n| scenario | requests | seconds | requests/s |\n|---|---:|---:|---:|')
for (const row of rows) {
  console.log(
    `| ${row.scenario} | ${row.requests} | ${row.seconds.toFixed(3)} | ${Math.round(row.requests / row.seconds).toLocaleString('en-US')} |`
  )
}
