/**
 * A second, independent IAM implementation: the llm-models example against moto
 * (`python3 -m moto.server`), through the same command functions the CLI runs, with ambient
 * credentials (no OIDC): plan → deploy → no-op → drift → repair of a change made out of band.
 * The SDK reaches moto only through its standard endpoint variables, as it reaches AWS.
 *
 * Skipped, saying so, only where Python cannot import moto.
 *
 * moto deviations from AWS (the product does not work around them), asserted as AWS documents
 * them at the end of this file:
 * - GetAccountAuthorizationDetails (Filter LocalManagedPolicy): each ManagedPolicyDetail lacks
 *   PolicyName and PolicyId. Not on this example's path: it defines no `kind: ManagedPolicy`.
 * - GetAccountAuthorizationDetails and ListRoles: the role's AssumeRolePolicyDocument comes back as
 *   plain JSON, not URL-encoded as AWS returns it (and as moto returns inline policy documents).
 *   Harmless here: these trust policies hold no `%`.
 */
import {
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  CreateRoleCommand,
  GetAccountAuthorizationDetailsCommand,
  DetachRolePolicyCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  PutRolePolicyCommand,
  UpdateRoleCommand
} from '@aws-sdk/client-iam'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { runDeploy, type DeployMode, type DeployOutcome } from '../../src/commands/deploy.js'
import { loadConfig } from '../../src/definitions/load.js'
import { bootstrapTemplate } from '../../src/commands/bootstrap.js'
import { readLiveEnvironment } from '../../src/aws/read-live.js'
import { exampleFiles } from '../support/deploy-fixtures.js'
import { tempProject } from '../support/temp-project.js'

const ACCOUNT = '111111111111'
const MANAGED_BY = 'acme/llm-models'
const PREFIX = 'deployer-ddf-mod-llm-models-dev-'
const TASK_ROLE = `${PREFIX}task-role`
const EXECUTION_ROLE = `${PREFIX}execution-role`
const ECS_EXECUTION = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'

const motoImport = spawnSync('python3', ['-c', 'import moto'], { encoding: 'utf8' })
const motoAvailable = motoImport.status === 0
if (!motoAvailable) {
  console.warn(
    `moto.test.ts skipped: python3 cannot import moto (${motoImport.error?.message ?? motoImport.stderr.trim().split('\n').pop()}); install it with "pip install 'moto[server]'" to run RoleGate against a second IAM implementation`
  )
}
const describeWithMoto = motoAvailable ? describe : describe.skip

describeWithMoto('llm-models against moto', () => {
  let moto: ChildProcess | undefined
  let endpoint = ''
  let admin: IAMClient
  let workspace = ''
  const saved: Record<string, string | undefined> = {}

  beforeAll(async () => {
    const port = await freePort()
    endpoint = `http://127.0.0.1:${port}`
    // Its own process group (detached), so afterAll stops moto and anything it started.
    moto = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOTO_IAM_LOAD_MANAGED_POLICIES: 'true', MOTO_ACCOUNT_ID: ACCOUNT }
    })
    let stderr = ''
    moto.stderr?.on('data', chunk => (stderr = (stderr + String(chunk)).slice(-2000)))
    const environment: Record<string, string> = {
      AWS_ENDPOINT_URL_IAM: endpoint,
      AWS_ENDPOINT_URL_STS: endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true'
    }
    for (const [name, value] of Object.entries(environment)) {
      saved[name] = process.env[name]
      process.env[name] = value
    }
    for (const name of ['AWS_SESSION_TOKEN', 'AWS_PROFILE']) {
      saved[name] = process.env[name]
      delete process.env[name]
    }
    await waitForMoto(endpoint, () => stderr)

    // The example's boundary, as `rolegate bootstrap` writes it for dev (the deployer role is not
    // needed: credentials are ambient).
    const files = exampleFiles('llm-models')
    const config = loadConfig({ path: 'rolegate.yml', text: files['rolegate.yml'] }).config!
    const template = bootstrapTemplate(config, 'dev', { repository: MANAGED_BY }) as {
      Resources: { PermissionsBoundary: { Properties: Record<string, unknown> } }
    }
    const boundary = template.Resources.PermissionsBoundary.Properties
    admin = new IAMClient({})
    await admin.send(
      new CreatePolicyCommand({
        PolicyName: boundary.ManagedPolicyName as string,
        Description: boundary.Description as string,
        PolicyDocument: JSON.stringify(boundary.PolicyDocument)
      })
    )
    workspace = tempProject(files)
  }, 60_000)

  afterAll(async () => {
    admin?.destroy()
    if (workspace) rmSync(workspace, { recursive: true, force: true })
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    if (moto?.pid !== undefined && moto.exitCode === null) {
      const exited = new Promise(resolve => moto!.once('exit', resolve))
      process.kill(-moto.pid, 'SIGTERM')
      await exited
    }
  })

  const run = (mode: DeployMode): Promise<DeployOutcome> =>
    runDeploy({
      configPath: 'rolegate.yml',
      workspace,
      environment: 'dev',
      mode,
      managedBy: MANAGED_BY,
      failOn: 'error',
      credentials: async () => undefined
    })
  const operations = (outcome: DeployOutcome) =>
    outcome.report.plan?.operations.map(operation => operation.description) ?? []

  it('plans, deploys, has nothing left to do, and repairs what was changed out of band', async () => {
    const planned = await run('plan')
    expect(planned.exitCode).toBe(0)
    expect(planned.report.plan?.callerArn).toBe(`arn:aws:sts::${ACCOUNT}:user/moto`)
    expect(operations(planned)).toEqual([
      `create role /${EXECUTION_ROLE}`,
      `create role /${TASK_ROLE}`,
      `put inline policy ECRAccess on ${EXECUTION_ROLE}`,
      `attach ${ECS_EXECUTION} to ${EXECUTION_ROLE}`,
      `put inline policy S3Access on ${TASK_ROLE}`,
      `put inline policy SQSAccess on ${TASK_ROLE}`,
      `put inline policy BedrockLLMAccess on ${TASK_ROLE}`,
      `put inline policy CloudWatchMetrics on ${TASK_ROLE}`
    ])

    const deployed = await run('deploy')
    expect(deployed.report.plan?.failed).toBeUndefined()
    expect(deployed.exitCode).toBe(0)
    // Applied with bounded concurrency: the same operations, not necessarily in plan order.
    expect([...(deployed.report.plan?.applied ?? [])].sort()).toEqual([...operations(planned)].sort())
    expect(deployed.report.plan?.roles).toEqual({
      'execution-role': `arn:aws:iam::${ACCOUNT}:role/${EXECUTION_ROLE}`,
      'task-role': `arn:aws:iam::${ACCOUNT}:role/${TASK_ROLE}`
    })
    // What moto holds, read back with plain SDK calls.
    const attached = await admin.send(new ListAttachedRolePoliciesCommand({ RoleName: EXECUTION_ROLE }))
    expect(attached.AttachedPolicies?.map(policy => policy.PolicyArn)).toEqual([ECS_EXECUTION])

    const noOp = await run('deploy')
    expect(noOp.exitCode).toBe(0)
    expect(operations(noOp)).toEqual([])
    const clean = await run('drift')
    expect(clean.exitCode).toBe(0)
    expect(clean.report.plan?.drift).toEqual([])

    // Out of band: broaden an inline policy, detach a managed policy, rewrite a description.
    await admin.send(
      new PutRolePolicyCommand({
        RoleName: TASK_ROLE,
        PolicyName: 'S3Access',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]
        })
      })
    )
    await admin.send(new DetachRolePolicyCommand({ RoleName: EXECUTION_ROLE, PolicyArn: ECS_EXECUTION }))
    await admin.send(new UpdateRoleCommand({ RoleName: TASK_ROLE, Description: 'edited in the console' }))

    const drifted = await run('drift')
    expect(drifted.exitCode).toBe(1)
    expect(drifted.report.plan?.drift).toEqual([
      expect.objectContaining({ resource: `role ${EXECUTION_ROLE}`, kind: 'changed-outside' }),
      expect.objectContaining({ resource: `role ${TASK_ROLE}`, kind: 'changed-outside', verdict: 'broadens' })
    ])
    expect([...operations(drifted)].sort()).toEqual(
      [
        `attach ${ECS_EXECUTION} to ${EXECUTION_ROLE}`,
        // Revocations first: live only allows more than the definitions, so the reviewed document
        // is put back in one call before anything else (no state allows more than either, and the
        // role keeps what both allow throughout).
        `narrow inline policy S3Access of ${TASK_ROLE} to what both definitions allow`,
        `update description/max session of ${TASK_ROLE}`
      ].sort()
    )

    const repaired = await run('deploy')
    expect(repaired.exitCode).toBe(0)
    expect(repaired.report.plan?.applied?.length).toBe(3)
    const s3 = await admin.send(new GetRolePolicyCommand({ RoleName: TASK_ROLE, PolicyName: 'S3Access' }))
    expect(JSON.parse(decodeURIComponent(s3.PolicyDocument!))).toMatchObject({
      Statement: [
        expect.objectContaining({ Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'] }),
        expect.anything()
      ]
    })
    const after = await run('drift')
    expect(after.exitCode).toBe(0)
    expect(after.report.plan?.drift).toEqual([])
    expect(operations(after)).toEqual([])
  }, 120_000)

  it("reads who else has a policy RoleGate owns: roles by name, users and groups from IAM's AttachmentCount", async () => {
    // The project's emulator has no users: moto does, and counts them in AttachmentCount as AWS does.
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }]
    })
    const { Policy } = await admin.send(
      new CreatePolicyCommand({
        PolicyName: 'shared-logs',
        PolicyDocument: document,
        Tags: [{ Key: 'rolegate:managed-by', Value: MANAGED_BY }]
      })
    )
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]
    })
    await admin.send(new CreateRoleCommand({ RoleName: 'legacy-batch', AssumeRolePolicyDocument: trust }))
    await admin.send(new AttachRolePolicyCommand({ RoleName: 'legacy-batch', PolicyArn: Policy!.Arn }))
    await admin.send(new AttachRolePolicyCommand({ RoleName: TASK_ROLE, PolicyArn: Policy!.Arn }))
    await admin.send(new CreateUserCommand({ UserName: 'operator' }))
    await admin.send(new AttachUserPolicyCommand({ UserName: 'operator', PolicyArn: Policy!.Arn }))

    const live = await readLiveEnvironment(admin, {
      desired: {
        environment: 'dev',
        account: ACCOUNT,
        region: 'us-east-1',
        partition: 'aws',
        roles: [],
        managedPolicies: [
          {
            name: 'shared-logs',
            path: '/',
            arn: Policy!.Arn!,
            description: '',
            document: JSON.parse(document),
            tags: {}
          }
        ]
      },
      managedBy: MANAGED_BY,
      namePrefix: PREFIX
    })
    const policy = live.managedPolicies.find(item => item.arn === Policy!.Arn)
    // The task role is not defined in this reduced state either: both roles are outside it.
    expect(policy?.live?.attachedElsewhere).toEqual({ roles: [TASK_ROLE, 'legacy-batch'], usersAndGroups: 1 })
  })

  // moto's deviations from AWS, asserted as AWS documents them. `it.failing`: these pass while moto
  // (5.2.1, preinstalled) has the bug, and fail, asking to be turned into plain tests, once it is fixed.
  describe('moto deviations from the IAM API reference', () => {
    it.failing(
      'GetAccountAuthorizationDetails: ManagedPolicyDetail has PolicyName and PolicyId',
      async () => {
        // https://docs.aws.amazon.com/IAM/latest/APIReference/API_ManagedPolicyDetail.html
        const details = await admin.send(
          new GetAccountAuthorizationDetailsCommand({ Filter: ['LocalManagedPolicy'] })
        )
        const boundary = details.Policies?.find(policy => policy.Arn?.endsWith(':policy/rolegate-boundary'))
        expect(boundary).toMatchObject({ PolicyName: 'rolegate-boundary', PolicyId: expect.any(String) })
      }
    )

    it.failing(
      'GetAccountAuthorizationDetails: RoleDetail.AssumeRolePolicyDocument is URL-encoded',
      async () => {
        // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html:
        // "Policies returned by this operation are URL-encoded compliant with RFC 3986". moto encodes
        // RolePolicyList documents and GetRole's trust policy, but not the trust policy here (nor in
        // ListRoles), so a trust policy holding "%" cannot be decoded.
        const trust = {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'ecs-tasks.amazonaws.com' },
              Action: 'sts:AssumeRole',
              Condition: { StringLike: { 'aws:SourceArn': `arn:aws:ecs:us-east-1:${ACCOUNT}:task/100%` } }
            }
          ]
        }
        // Outside the example's name prefix: RoleGate never reads it.
        await admin.send(
          new CreateRoleCommand({
            RoleName: 'moto-percent-probe',
            AssumeRolePolicyDocument: JSON.stringify(trust)
          })
        )
        const details = await admin.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role'] }))
        const role = details.RoleDetailList?.find(detail => detail.RoleName === 'moto-percent-probe')
        expect(JSON.parse(decodeURIComponent(role?.AssumeRolePolicyDocument ?? ''))).toEqual(trust)
      }
    )
  })
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
      )
    })
  })
}

/** Until moto answers HTTP (it takes a few seconds to import); fails with its stderr after 30 s. */
async function waitForMoto(endpoint: string, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      const response = await fetch(`${endpoint}/moto-api/`)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  throw new Error(`moto.server did not start on ${endpoint} within 30 s:\n${stderr()}`)
}
