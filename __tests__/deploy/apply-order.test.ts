/**
 * An interrupted update never leaves a role broader than both its old and its new definition.
 * The update moves a task role from ECS to Lambda trust, drops its SQS policy and s3:DeleteObject,
 * and swaps a managed policy. For every N, the emulated IAM crashes after N mutating calls; the
 * emulator's state at that moment must grant no (principal, action, resource) that neither the old
 * nor the new definitions grant; then a re-run converges to the new definitions.
 * In-process runDeploy (OIDC → bootstrap deployer), like deploy-crash.test.ts.
 */
import { planEnvironment } from '../../src/plan/plan.js'
import { phaseOf, type Operation } from '../../src/plan/model.js'
import { compareEnvironment } from '../../src/compare/compare.js'
import type { EnvironmentState, ManagedPolicyState, RoleState } from '../../src/model/state.js'
import { NOTHING } from '../../src/plan/transition.js'
import { roleAccess, type AccessProbes } from '../../test/emulator/iam/access.js'
import { Emulator } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  captureAccount,
  DEV_ACCOUNT,
  expectMatchesDefinitions,
  inProcessDeploy,
  projectConfig,
  resetAccount,
  restoreAccount,
  useEmulatorEndpoints,
  type InProcessDeploy
} from '../support/deploy-project.js'

const ROLE = 'fleet-dev-task'
const BUCKET = 'arn:aws:s3:::fleet-dev-data'
const QUEUE = `arn:aws:sqs:us-east-1:${DEV_ACCOUNT}:fleet-dev-jobs`

const policy = (name: string, action: string) =>
  [
    'kind: ManagedPolicy',
    `name: ${name}`,
    'document:',
    '  Version: "2012-10-17"',
    '  Statement:',
    `    - { Effect: Allow, Action: ${action}, Resource: "*" }`
  ].join('\n') + '\n'

function taskRole(version: 'old' | 'new', shared: boolean): string {
  const old = version === 'old'
  return [
    'kind: Role',
    'name: task',
    'trust:',
    '  Version: "2012-10-17"',
    '  Statement:',
    '    - Effect: Allow',
    `      Principal: { Service: ${old ? 'ecs-tasks' : 'lambda'}.amazonaws.com }`,
    '      Action: sts:AssumeRole',
    '      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }',
    'policies:',
    '  S3Access:',
    '    Version: "2012-10-17"',
    '    Statement:',
    `      - Effect: Allow`,
    `        Action: [s3:GetObject, s3:PutObject${old ? ', s3:DeleteObject' : ''}]`,
    '        Resource: "arn:{partition}:s3:::{project}-{environment}-data/*"',
    ...(old
      ? [
          '  Queue:',
          '    Version: "2012-10-17"',
          '    Statement:',
          '      - Effect: Allow',
          '        Action: [sqs:SendMessage, sqs:ReceiveMessage]',
          '        Resource: "arn:{partition}:sqs:{region}:{account}:{project}-{environment}-jobs"'
        ]
      : []),
    `managedPolicies: [${old ? 'metrics' : 'tracing'}${shared ? ', shared' : ''}]`
  ].join('\n')
}

/** `shared`: one more managed policy, attached in both versions, whose document changes completely. */
function project(version: 'old' | 'new', shared = false): Record<string, string> {
  return {
    'rolegate.yml': projectConfig(),
    ...(shared
      ? { 'iam/shared.yml': policy('shared', version === 'old' ? 'sqs:GetQueueUrl' : 'dynamodb:GetItem') }
      : {}),
    'iam/metrics.yml': policy('metrics', 'cloudwatch:PutMetricData'),
    ...(version === 'new' ? { 'iam/tracing.yml': policy('tracing', 'xray:PutTraceSegments') } : {}),
    'iam/task.yml': taskRole(version, shared)
  }
}

const PROBES: AccessProbes = {
  principals: [
    { type: 'Service', id: 'ecs-tasks.amazonaws.com' },
    { type: 'Service', id: 'lambda.amazonaws.com' },
    { type: 'Service', id: 'ec2.amazonaws.com' },
    { type: 'AWS', id: 'arn:aws:iam::999999999999:root' }
  ],
  requests: [
    `s3:GetObject ${BUCKET}/key`,
    `s3:PutObject ${BUCKET}/key`,
    `s3:DeleteObject ${BUCKET}/key`,
    `sqs:SendMessage ${QUEUE}`,
    `sqs:ReceiveMessage ${QUEUE}`,
    'cloudwatch:PutMetricData *',
    'xray:PutTraceSegments *',
    `sqs:GetQueueUrl ${QUEUE}`,
    'dynamodb:GetItem *',
    'iam:CreateRole *'
  ],
  trustContext: { 'aws:SourceAccount': DEV_ACCOUNT }
}

let emulator: Emulator
let restoreEnv: () => void
const deploys: InProcessDeploy[] = []

beforeAll(async () => {
  emulator = await Emulator.start()
  restoreEnv = useEmulatorEndpoints(emulator)
})

afterAll(async () => {
  for (const deploy of deploys) deploy.dispose()
  restoreEnv?.()
  await emulator?.stop()
})

const access = () => roleAccess(emulator.registry, emulator.account(DEV_ACCOUNT).state, ROLE, PROBES)

/**
 * Crashes IAM after each of the update's `mutations` calls (answer sent, then answer lost): the
 * emulator's state at the crash must grant nothing outside old ∪ new, and a re-run converges.
 */
async function crashEverywhere(
  newProject: InProcessDeploy,
  start: ReturnType<typeof captureAccount>,
  oldAccess: Set<string>,
  newAccess: Set<string>,
  mutations: number
): Promise<{ crashPoints: number; violations: string[] }> {
  const allowed = new Set([...oldAccess, ...newAccess])
  const violations: string[] = []
  let crashPoints = 0
  for (const losesResponse of [false, true]) {
    for (let n = 1; n <= mutations; n++) {
      restoreAccount(emulator, DEV_ACCOUNT, start)
      emulator.faults.configure({ crashAfterMutatingCalls: n, crashLosesResponse: losesResponse })
      process.env.AWS_MAX_ATTEMPTS = '1'
      await newProject.run().catch((error: Error) => error)
      delete process.env.AWS_MAX_ATTEMPTS
      expect(emulator.crashed).toBe(true)
      crashPoints++
      const label = `crash after ${n}${losesResponse ? ' (response lost)' : ''}`
      for (const grant of access()) if (!allowed.has(grant)) violations.push(`${label}: ${grant}`)
      await emulator.recover()
      const rerun = await newProject.run()
      expect({ label, exitCode: rerun.exitCode, failed: rerun.report.plan?.failed }).toEqual({
        label,
        exitCode: 0,
        failed: undefined
      })
      await expectMatchesDefinitions(emulator, newProject.workspace)
    }
  }
  emulator.faults.reset()
  return { crashPoints, violations }
}

it('every crash point of an ECS → Lambda update leaves no access that neither version grants; each re-run converges', async () => {
  const oldProject = inProcessDeploy(emulator, project('old'))
  const newProject = inProcessDeploy(emulator, project('new'))
  deploys.push(oldProject, newProject)
  await bootstrapProject(emulator, project('old')['rolegate.yml'])
  expect((await oldProject.run()).exitCode).toBe(0)
  const start = captureAccount(emulator, DEV_ACCOUNT)
  const oldAccess = access()
  expect([...oldAccess].sort()).toEqual([
    'Service:ecs-tasks.amazonaws.com cloudwatch:PutMetricData *',
    `Service:ecs-tasks.amazonaws.com s3:DeleteObject ${BUCKET}/key`,
    `Service:ecs-tasks.amazonaws.com s3:GetObject ${BUCKET}/key`,
    `Service:ecs-tasks.amazonaws.com s3:PutObject ${BUCKET}/key`,
    `Service:ecs-tasks.amazonaws.com sqs:ReceiveMessage ${QUEUE}`,
    `Service:ecs-tasks.amazonaws.com sqs:SendMessage ${QUEUE}`
  ])

  // The clean update: revocations, then the trust update, then the grants.
  emulator.calls.reset()
  const clean = await newProject.run()
  expect(clean.exitCode).toBe(0)
  const newAccess = access()
  expect([...newAccess].sort()).toEqual([
    `Service:lambda.amazonaws.com s3:GetObject ${BUCKET}/key`,
    `Service:lambda.amazonaws.com s3:PutObject ${BUCKET}/key`,
    'Service:lambda.amazonaws.com xray:PutTraceSegments *'
  ])
  const arn = (name: string) => `arn:aws:iam::${DEV_ACCOUNT}:policy/fleet-dev-${name}`
  expect(clean.plan!.operations.map(operation => [phaseOf(operation), operation.kind])).toEqual([
    [1, 'CreatePolicy'],
    [4, 'DeleteRolePolicy'],
    [4, 'PutRolePolicy'],
    [4, 'DetachRolePolicy'],
    [6, 'UpdateAssumeRolePolicy'],
    [7, 'AttachRolePolicy']
  ])
  // S3Access only loses s3:DeleteObject: narrowed once, before the trust moves, never emptied
  // (the reworded statement used to be deleted and put back, leaving the role without S3 between).
  expect(clean.plan!.operations).toEqual(
    expect.arrayContaining([
      { kind: 'DetachRolePolicy', roleName: ROLE, policyArn: arn('metrics') },
      { kind: 'DeleteRolePolicy', roleName: ROLE, policyName: 'Queue', stage: 'revoke' },
      {
        kind: 'PutRolePolicy',
        roleName: ROLE,
        policyName: 'S3Access',
        document: expect.anything(),
        stage: 'revoke'
      },
      { kind: 'AttachRolePolicy', roleName: ROLE, policyArn: arn('tracing') }
    ])
  )
  const mutations = emulator.calls.count({ service: 'iam', mutating: true, succeeded: true })
  expect(mutations).toBe(6)

  const { crashPoints, violations } = await crashEverywhere(
    newProject,
    start,
    oldAccess,
    newAccess,
    mutations
  )
  expect(crashPoints).toBe(12)
  expect(violations).toEqual([])
}, 120_000)

it('a shared managed policy whose document changes completely goes through a version that allows nothing', async () => {
  const oldProject = inProcessDeploy(emulator, project('old', true))
  const newProject = inProcessDeploy(emulator, project('new', true))
  deploys.push(oldProject, newProject)
  await resetAccount(emulator, DEV_ACCOUNT, projectConfig())
  expect((await oldProject.run()).exitCode).toBe(0)
  const start = captureAccount(emulator, DEV_ACCOUNT)
  const oldAccess = access()
  expect(oldAccess).toContain(`Service:ecs-tasks.amazonaws.com sqs:GetQueueUrl ${QUEUE}`)
  emulator.calls.reset()
  const clean = await newProject.run()
  expect(clean.exitCode).toBe(0)
  const newAccess = access()
  expect(newAccess).toContain('Service:lambda.amazonaws.com dynamodb:GetItem *')
  const shared = `arn:aws:iam::${DEV_ACCOUNT}:policy/fleet-dev-shared`
  expect(
    clean.plan!.operations.filter(operation => 'policyArn' in operation && operation.policyArn === shared)
  ).toEqual([
    {
      kind: 'CreatePolicyVersion',
      policyArn: shared,
      document: expect.objectContaining({ Statement: [NOTHING] }),
      stage: 'revoke'
    },
    { kind: 'CreatePolicyVersion', policyArn: shared, document: expect.anything() }
  ])
  const mutations = emulator.calls.count({ service: 'iam', mutating: true, succeeded: true })
  expect(mutations).toBe(8)
  const { crashPoints, violations } = await crashEverywhere(
    newProject,
    start,
    oldAccess,
    newAccess,
    mutations
  )
  expect(crashPoints).toBe(16)
  expect(violations).toEqual([])
}, 120_000)

describe('the planner orders every document change as revoke → trust → grant', () => {
  const state = (roles: RoleState[]): EnvironmentState => ({
    environment: 'dev',
    account: DEV_ACCOUNT,
    region: 'us-east-1',
    partition: 'aws',
    roles,
    managedPolicies: []
  })
  const role = (statements: object[], service: string): RoleState => ({
    name: 'r',
    path: '/',
    arn: `arn:aws:iam::${DEV_ACCOUNT}:role/r`,
    description: '',
    maxSessionDuration: 3600,
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }]
    },
    inlinePolicies: { P: { Version: '2012-10-17', Statement: statements as never } },
    managedPolicyArns: [],
    tags: { 'rolegate:managed-by': 'acme/infra' },
    instanceProfile: false
  })
  const plan = (before: RoleState, after: RoleState): Operation[] =>
    planEnvironment(compareEnvironment(state([before]), state([after])), {
      account: DEV_ACCOUNT,
      managedBy: 'acme/infra',
      prune: false
    }).operations

  const allowS3 = { Effect: 'Allow', Action: 's3:*', Resource: '*' }
  const allowSqs = { Effect: 'Allow', Action: 'sqs:*', Resource: '*' }
  const denyDelete = { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }

  it('a pure narrowing is one put in the revoke step; a pure widening one put in the grant step', () => {
    expect(
      plan(role([allowS3, allowSqs], 'ecs-tasks.amazonaws.com'), role([allowS3], 'ecs-tasks.amazonaws.com'))
    ).toEqual([
      { kind: 'PutRolePolicy', roleName: 'r', policyName: 'P', document: expect.anything(), stage: 'revoke' }
    ])
    expect(
      plan(role([allowS3], 'ecs-tasks.amazonaws.com'), role([allowS3, allowSqs], 'ecs-tasks.amazonaws.com'))
    ).toEqual([{ kind: 'PutRolePolicy', roleName: 'r', policyName: 'P', document: expect.anything() }])
  })

  it('an action added to a statement (reworded, but only wider) is one put in the grant step: nothing both allow is removed on the way', () => {
    const read = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b/*' }
    const readWrite = { ...read, Action: ['s3:GetObject', 's3:PutObject'] }
    const widened = plan(role([read], 'ecs-tasks.amazonaws.com'), role([readWrite], 'lambda.amazonaws.com'))
    expect(widened.map(operation => [phaseOf(operation), operation.kind])).toEqual([
      [6, 'UpdateAssumeRolePolicy'],
      [7, 'PutRolePolicy']
    ])
    const narrowed = plan(role([readWrite], 'ecs-tasks.amazonaws.com'), role([read], 'lambda.amazonaws.com'))
    expect(narrowed.map(operation => [phaseOf(operation), operation.kind])).toEqual([
      [4, 'PutRolePolicy'],
      [6, 'UpdateAssumeRolePolicy']
    ])
    expect(narrowed[0]).toMatchObject({ stage: 'revoke', document: { Statement: [read] } })
    // Adding a Deny next to the wider Allow is both ways: the intermediate document again.
    const both = plan(
      role([read], 'ecs-tasks.amazonaws.com'),
      role(
        [readWrite, { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/secret/*' }],
        'ecs-tasks.amazonaws.com'
      )
    )
    expect(both.map(operation => operation.kind)).toEqual(['PutRolePolicy', 'PutRolePolicy'])
  })

  it('where facts cannot decide the direction (a Version change with a policy variable, NotAction), the intermediate document again', () => {
    const home = {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::home/${aws:PrincipalTag/team}/*'
    }
    const send = { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }
    const versioned = (document: object) => ({
      ...role([], 'ecs-tasks.amazonaws.com'),
      inlinePolicies: { P: document as never }
    })
    // Adding Version makes the variable resolve (wider) while sqs:SendMessage goes (narrower).
    const before = { ...versioned({ Statement: [home, send] }) }
    const after = {
      ...versioned({ Version: '2012-10-17', Statement: [home] }),
      trustPolicy: role([], 'lambda.amazonaws.com').trustPolicy
    }
    const operations = plan(before, after)
    // The statement with the variable is not the same under another Version: nothing is kept.
    expect(operations.map(operation => [phaseOf(operation), operation.kind])).toEqual([
      [4, 'DeleteRolePolicy'],
      [6, 'UpdateAssumeRolePolicy'],
      [7, 'PutRolePolicy']
    ])
    // Allow everything but a Deny → Allow NotAction of a service the database does not know.
    const notAction = plan(
      role([{ Effect: 'Allow', Action: '*', Resource: '*' }, denyDelete], 'ecs-tasks.amazonaws.com'),
      role([{ Effect: 'Allow', NotAction: 'futuresvc:*', Resource: '*' }], 'lambda.amazonaws.com')
    )
    expect(notAction.map(operation => phaseOf(operation))).toEqual([4, 6, 7])
  })

  it('sets a boundary alone, before any revoke step (the deployer may narrow a role only once it is bounded)', () => {
    const boundary = `arn:aws:iam::${DEV_ACCOUNT}:policy/rolegate-boundary`
    const live = {
      ...role([allowS3, allowSqs], 'ecs-tasks.amazonaws.com'),
      managedPolicyArns: [`arn:aws:iam::${DEV_ACCOUNT}:policy/old`]
    }
    const desired = { ...role([allowS3], 'ecs-tasks.amazonaws.com'), permissionsBoundary: boundary }
    const operations = plan(live, desired)
    expect(operations.map(operation => [phaseOf(operation), operation.kind])).toEqual([
      [3, 'PutRolePermissionsBoundary'],
      [4, 'PutRolePolicy'],
      [4, 'DetachRolePolicy']
    ])
  })

  it('a mixed change keeps what both allow and every Deny of both until the trust has moved', () => {
    const operations = plan(
      role([allowS3, allowSqs], 'ecs-tasks.amazonaws.com'),
      role([allowSqs, { Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }], 'lambda.amazonaws.com')
    )
    expect(operations.map(operation => [phaseOf(operation), operation.kind])).toEqual([
      [4, 'PutRolePolicy'],
      [6, 'UpdateAssumeRolePolicy'],
      [7, 'PutRolePolicy']
    ])
    expect(operations[0]).toMatchObject({ stage: 'revoke', document: { Statement: [allowSqs] } })

    // Dropping a Deny is a grant: the Deny stays until the grant step.
    const dropDeny = plan(
      role([allowS3, denyDelete], 'ecs-tasks.amazonaws.com'),
      role([allowSqs], 'lambda.amazonaws.com')
    )
    expect(dropDeny[0]).toMatchObject({
      kind: 'PutRolePolicy',
      stage: 'revoke',
      document: { Statement: [denyDelete] }
    })
    expect(dropDeny.map(operation => phaseOf(operation))).toEqual([4, 6, 7])
  })
  it('a managed policy whose role gains principals gets an intermediate version first, within 5 versions', () => {
    const arn = `arn:aws:iam::${DEV_ACCOUNT}:policy/p`
    const managed = (statements: object[], live: boolean): ManagedPolicyState => ({
      name: 'p',
      path: '/',
      arn,
      description: '',
      document: { Version: '2012-10-17', Statement: statements as never },
      tags: { 'rolegate:managed-by': 'acme/infra' },
      ...(live
        ? { live: { defaultVersionId: 'v5', versionIds: ['v1', 'v2', 'v3', 'v4', 'v5'], attachmentCount: 1 } }
        : {})
    })
    const attached = (service: string): RoleState => ({
      ...role([allowS3], service),
      managedPolicyArns: [arn]
    })
    const dynamo = { Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }
    const versions = (service: string) =>
      planEnvironment(
        compareEnvironment(
          { ...state([attached('ecs-tasks.amazonaws.com')]), managedPolicies: [managed([allowSqs], true)] },
          { ...state([attached(service)]), managedPolicies: [managed([dynamo], false)] }
        ),
        { account: DEV_ACCOUNT, managedBy: 'acme/infra', prune: false }
      ).operations
    const moved = versions('lambda.amazonaws.com')
    expect(
      moved.map(operation => [
        phaseOf(operation),
        operation.kind,
        'versionId' in operation ? operation.versionId : ''
      ])
    ).toEqual([
      [0, 'DeletePolicyVersion', 'v1'],
      [1, 'CreatePolicyVersion', ''],
      [5, 'DeletePolicyVersion', 'v2'],
      [6, 'UpdateAssumeRolePolicy', ''],
      [7, 'CreatePolicyVersion', '']
    ])
    // Nothing in common: the intermediate version allows nothing.
    expect(moved[1]).toMatchObject({ stage: 'revoke', document: { Statement: [NOTHING] } })
    expect(moved[4]).toMatchObject({ document: { Statement: [dynamo] } })

    // The same policy change without new principals: one version, together with the trust updates.
    expect(versions('ecs-tasks.amazonaws.com')).toEqual([
      { kind: 'DeletePolicyVersion', policyArn: arn, versionId: 'v1' },
      { kind: 'CreatePolicyVersion', policyArn: arn, document: expect.anything(), stage: 'switch' }
    ])

    // An action added to its statement only widens the policy: one version, after the trust update,
    // never a version that allows nothing on the way.
    const read = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b/*' }
    const readWrite = { ...read, Action: ['s3:GetObject', 's3:PutObject'] }
    const widened = planEnvironment(
      compareEnvironment(
        { ...state([attached('ecs-tasks.amazonaws.com')]), managedPolicies: [managed([read], true)] },
        { ...state([attached('lambda.amazonaws.com')]), managedPolicies: [managed([readWrite], false)] }
      ),
      { account: DEV_ACCOUNT, managedBy: 'acme/infra', prune: false }
    ).operations
    expect(widened.map(operation => [phaseOf(operation), operation.kind])).toEqual([
      [5, 'DeletePolicyVersion'],
      [6, 'UpdateAssumeRolePolicy'],
      [7, 'CreatePolicyVersion']
    ])
  })
})
