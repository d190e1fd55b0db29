import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  GetRoleCommand,
  IAMClient,
  ListRolesCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  TagRoleCommand
} from '@aws-sdk/client-iam'
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { Emulator } from '../../test/emulator/index.js'

const ACCOUNT = '111111111111'
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/boundary`
const PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/deployer/run-1`
const appTrust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]
})

const deployerPolicy = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['iam:CreateRole', 'iam:PutRolePermissionsBoundary'],
      Resource: `arn:aws:iam::${ACCOUNT}:role/app/*`,
      Condition: { StringEquals: { 'iam:PermissionsBoundary': BOUNDARY } }
    },
    {
      Effect: 'Allow',
      Action: 'iam:TagRole',
      Resource: `arn:aws:iam::${ACCOUNT}:role/app/*`,
      Condition: {
        StringEquals: { 'aws:RequestTag/managed-by': 'rolegate' },
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['managed-by', 'team'] }
      }
    },
    {
      Effect: 'Allow',
      Action: 'iam:DeleteRole',
      Resource: `arn:aws:iam::${ACCOUNT}:role/app/*`,
      Condition: { StringEquals: { 'aws:ResourceTag/managed-by': 'rolegate' } }
    },
    {
      Effect: 'Allow',
      Action: 'iam:AttachRolePolicy',
      Resource: `arn:aws:iam::${ACCOUNT}:role/app/*`,
      Condition: { ArnLike: { 'iam:PolicyARN': `arn:aws:iam::${ACCOUNT}:policy/app/*` } }
    },
    { Effect: 'Allow', Action: ['iam:Get*', 'sts:GetCallerIdentity'], Resource: '*' },
    { Effect: 'Deny', NotAction: ['iam:Get*'], Resource: `arn:aws:iam::${ACCOUNT}:role/deployer` }
  ]
}

let emulator: Emulator
let admin: IAMClient
let deployer: IAMClient
let sessionKeys: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }

beforeAll(async () => {
  emulator = await Emulator.start({ accounts: [ACCOUNT] })
  admin = new IAMClient(emulator.iamClientConfig(ACCOUNT))
  const allowAll = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
  })
  await admin.send(new CreatePolicyCommand({ PolicyName: 'boundary', PolicyDocument: allowAll }))
  await admin.send(new CreatePolicyCommand({ PolicyName: 'task', Path: '/app/', PolicyDocument: allowAll }))
  await admin.send(
    new CreateRoleCommand({
      RoleName: 'deployer',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: PROVIDER },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:o/r:environment:prod' }
            }
          }
        ]
      })
    })
  )
  await admin.send(
    new PutRolePolicyCommand({
      RoleName: 'deployer',
      PolicyName: 'deploy',
      PolicyDocument: JSON.stringify(deployerPolicy)
    })
  )
  const sts = new STSClient({ endpoint: emulator.endpoints.sts, region: emulator.region })
  const token = emulator.oidc.mintToken(
    { owner: 'o', repo: 'r', environment: 'prod' },
    { audience: 'sts.amazonaws.com' }
  )
  const session = await sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/deployer`,
      RoleSessionName: 'run-1',
      WebIdentityToken: token
    })
  )
  sts.destroy()
  sessionKeys = {
    accessKeyId: session.Credentials?.AccessKeyId ?? '',
    secretAccessKey: session.Credentials?.SecretAccessKey ?? '',
    sessionToken: session.Credentials?.SessionToken
  }
  deployer = new IAMClient({
    endpoint: emulator.endpoints.iam,
    region: emulator.region,
    maxAttempts: 1,
    credentials: sessionKeys
  })
})

afterAll(async () => {
  admin.destroy()
  deployer.destroy()
  await emulator.stop()
})

const denied = (action: string, resource: string, reason: string) => ({
  name: 'AccessDenied',
  message: `User: ${SESSION} is not authorized to perform: iam:${action} on resource: ${resource} ${reason}`,
  $metadata: { httpStatusCode: 403 }
})
const noIdentityPolicy = (action: string, resource: string) =>
  denied(action, resource, `because no identity-based policy allows the iam:${action} action`)

describe('IAM calls with assumed-role credentials are authorized against the role policies', () => {
  it('allows CreateRole only with the required permissions boundary', async () => {
    const create = (boundary?: string) =>
      deployer.send(
        new CreateRoleCommand({
          RoleName: 'api',
          Path: '/app/',
          AssumeRolePolicyDocument: appTrust,
          PermissionsBoundary: boundary
        })
      )
    const arn = `arn:aws:iam::${ACCOUNT}:role/app/api`
    await expect(create()).rejects.toMatchObject(noIdentityPolicy('CreateRole', arn))
    await expect(create(`arn:aws:iam::${ACCOUNT}:policy/task`)).rejects.toMatchObject(
      noIdentityPolicy('CreateRole', arn)
    )
    await expect(create(BOUNDARY)).resolves.toMatchObject({ Role: { Arn: arn } })
    await expect(
      deployer.send(
        new CreateRoleCommand({
          RoleName: 'elsewhere',
          AssumeRolePolicyDocument: appTrust,
          PermissionsBoundary: BOUNDARY
        })
      )
    ).rejects.toMatchObject(noIdentityPolicy('CreateRole', `arn:aws:iam::${ACCOUNT}:role/elsewhere`))
    await expect(
      deployer.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'api', PermissionsBoundary: BOUNDARY }))
    ).resolves.toBeDefined()
  })

  it('evaluates aws:RequestTag, aws:TagKeys and aws:ResourceTag conditions', async () => {
    const arn = `arn:aws:iam::${ACCOUNT}:role/app/api`
    await expect(deployer.send(new DeleteRoleCommand({ RoleName: 'api' }))).rejects.toMatchObject(
      noIdentityPolicy('DeleteRole', arn)
    )
    await expect(
      deployer.send(
        new TagRoleCommand({ RoleName: 'api', Tags: [{ Key: 'managed-by', Value: 'someone-else' }] })
      )
    ).rejects.toMatchObject(noIdentityPolicy('TagRole', arn))
    await expect(
      deployer.send(
        new TagRoleCommand({
          RoleName: 'api',
          Tags: [
            { Key: 'managed-by', Value: 'rolegate' },
            { Key: 'cost', Value: '1' }
          ]
        })
      )
    ).rejects.toMatchObject(noIdentityPolicy('TagRole', arn))
    await deployer.send(
      new TagRoleCommand({
        RoleName: 'api',
        Tags: [
          { Key: 'managed-by', Value: 'rolegate' },
          { Key: 'team', Value: 'a' }
        ]
      })
    )
    await expect(deployer.send(new DeleteRoleCommand({ RoleName: 'api' }))).resolves.toBeDefined()
  })

  it('evaluates iam:PolicyARN with ArnLike', async () => {
    await admin.send(
      new CreateRoleCommand({ RoleName: 'svc', Path: '/app/', AssumeRolePolicyDocument: appTrust })
    )
    const arn = `arn:aws:iam::${ACCOUNT}:role/app/svc`
    await expect(
      deployer.send(
        new AttachRolePolicyCommand({
          RoleName: 'svc',
          PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess'
        })
      )
    ).rejects.toMatchObject(noIdentityPolicy('AttachRolePolicy', arn))
    await deployer.send(
      new AttachRolePolicyCommand({ RoleName: 'svc', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/app/task` })
    )
  })

  it('reports explicit denies and account-wide resources the way AWS words them', async () => {
    await expect(
      deployer.send(
        new TagRoleCommand({ RoleName: 'deployer', Tags: [{ Key: 'managed-by', Value: 'rolegate' }] })
      )
    ).rejects.toMatchObject(
      denied(
        'TagRole',
        `arn:aws:iam::${ACCOUNT}:role/deployer`,
        'with an explicit deny in an identity-based policy'
      )
    )
    await expect(deployer.send(new GetRoleCommand({ RoleName: 'deployer' }))).resolves.toBeDefined()
    await expect(deployer.send(new ListRolesCommand({}))).rejects.toMatchObject(
      noIdentityPolicy('ListRoles', '*')
    )
  })

  it("applies the caller role's permissions boundary", async () => {
    const getOnly = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:Get*', Resource: '*' }]
    })
    await admin.send(new CreatePolicyCommand({ PolicyName: 'get-only', PolicyDocument: getOnly }))
    await admin.send(
      new PutRolePermissionsBoundaryCommand({
        RoleName: 'deployer',
        PermissionsBoundary: `arn:aws:iam::${ACCOUNT}:policy/get-only`
      })
    )
    await expect(
      deployer.send(
        new CreateRoleCommand({
          RoleName: 'api2',
          Path: '/app/',
          AssumeRolePolicyDocument: appTrust,
          PermissionsBoundary: BOUNDARY
        })
      )
    ).rejects.toMatchObject(
      denied(
        'CreateRole',
        `arn:aws:iam::${ACCOUNT}:role/app/api2`,
        'because no permissions boundary allows the iam:CreateRole action'
      )
    )
  })
})

describe('SigV4 authentication', () => {
  it('rejects a wrong secret, an unknown key, a missing session token and an unsigned request', async () => {
    const { accessKeyId } = emulator.account(ACCOUNT).admin
    const wrongSecret = new IAMClient({
      endpoint: emulator.endpoints.iam,
      region: emulator.region,
      credentials: { accessKeyId, secretAccessKey: 'not-the-secret' }
    })
    await expect(wrongSecret.send(new ListRolesCommand({}))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
      $metadata: { httpStatusCode: 403 }
    })
    wrongSecret.destroy()
    const unknown = new STSClient({
      endpoint: emulator.endpoints.sts,
      region: emulator.region,
      credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }
    })
    await expect(unknown.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.'
    })
    unknown.destroy()
    const noToken = new IAMClient({
      endpoint: emulator.endpoints.iam,
      region: emulator.region,
      credentials: { accessKeyId: sessionKeys.accessKeyId, secretAccessKey: sessionKeys.secretAccessKey }
    })
    await expect(noToken.send(new GetRoleCommand({ RoleName: 'deployer' }))).rejects.toMatchObject({
      name: 'InvalidClientTokenId'
    })
    noToken.destroy()
    const response = await fetch(emulator.endpoints.iam, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=ListRoles&Version=2010-05-08'
    })
    expect(response.status).toBe(403)
    const body = await response.text()
    expect(body).toContain('<Code>MissingAuthenticationToken</Code>')
    expect(body).toMatch(
      /^<ErrorResponse xmlns="https:\/\/iam.amazonaws.com\/doc\/2010-05-08\/"><Error><Type>Sender<\/Type>/
    )
  })
})
