import {
  CreateRoleCommand,
  GetRoleCommand,
  IAMClient,
  UpdateAssumeRolePolicyCommand
} from '@aws-sdk/client-iam'
import { Emulator } from '../../test/emulator/index.js'

const ACCOUNT = '333333333333'
const PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`

const githubTrust = (condition?: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: PROVIDER },
        Action: 'sts:AssumeRoleWithWebIdentity',
        ...(condition ? { Condition: condition } : {})
      }
    ]
  })

const roleTrust = (principal: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }]
  })

let emulator: Emulator
let iam: IAMClient
/** Without retries: the SDK retries LimitExceeded as if it were throttling. */
let iamOnce: IAMClient

beforeAll(async () => {
  emulator = await Emulator.start({ accounts: [ACCOUNT] })
  iam = new IAMClient(emulator.iamClientConfig(ACCOUNT))
  iamOnce = new IAMClient({ ...emulator.iamClientConfig(ACCOUNT), maxAttempts: 1 })
})

afterAll(async () => {
  iam.destroy()
  iamOnce.destroy()
  await emulator.stop()
})

const create = (name: string, trust: string) =>
  iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trust }))

describe('trust policy checks IAM performs on write', () => {
  it('rejects a GitHub OIDC trust that does not scope token.actions.githubusercontent.com:sub', async () => {
    const unscoped = [
      undefined,
      { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } },
      { StringLike: { 'token.actions.githubusercontent.com:sub': '*' } },
      { StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:o/r:*', '**'] } },
      { StringNotEquals: { 'token.actions.githubusercontent.com:sub': 'repo:o/evil:ref:refs/heads/main' } },
      { 'ForAllValues:StringLike': { 'token.actions.githubusercontent.com:sub': 'repo:o/r:*' } }
    ]
    for (const condition of unscoped) {
      await expect(create('unscoped', githubTrust(condition))).rejects.toMatchObject({
        name: 'MalformedPolicyDocumentException',
        message:
          `Trust policy with trusted principal ${PROVIDER} must evaluate, using StringEquals, StringLike or ` +
          'StringEqualsIgnoreCase, token.actions.githubusercontent.com:sub which is not scoped to all.',
        $metadata: { httpStatusCode: 400 }
      })
    }
  })

  it('accepts a trust scoped by sub or job_workflow_ref', async () => {
    await create(
      'scoped-sub',
      githubTrust({
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': 'repo:o/r:environment:prod'
        }
      })
    )
    await create(
      'scoped-workflow',
      githubTrust({
        StringLike: {
          'token.actions.githubusercontent.com:job_workflow_ref': 'o/r/.github/workflows/*@refs/heads/main'
        }
      })
    )
    await expect(
      iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'scoped-sub', PolicyDocument: githubTrust() }))
    ).rejects.toMatchObject({ Code: 'MalformedPolicyDocument' })
  })

  it('rejects a trust naming a role that does not exist, or one created moments ago', async () => {
    await expect(
      create('trusts-ghost', roleTrust(`arn:aws:iam::${ACCOUNT}:role/ghost`))
    ).rejects.toMatchObject({
      Code: 'MalformedPolicyDocument',
      message: `Invalid principal in policy: "AWS":"arn:aws:iam::${ACCOUNT}:role/ghost"`
    })
    emulator.faults.configure({ consistencyDelayMs: 300 })
    try {
      await create('fresh', roleTrust(`arn:aws:iam::${ACCOUNT}:role/scoped-sub`))
      await expect(
        create('trusts-fresh', roleTrust(`arn:aws:iam::${ACCOUNT}:role/fresh`))
      ).rejects.toMatchObject({
        message: `Invalid principal in policy: "AWS":"arn:aws:iam::${ACCOUNT}:role/fresh"`
      })
      await new Promise(resolve => setTimeout(resolve, 350))
      await create('trusts-fresh', roleTrust(`arn:aws:iam::${ACCOUNT}:role/fresh`))
    } finally {
      emulator.faults.reset()
    }
  })

  it('stores an account-id principal as the account root ARN, as IAM does', async () => {
    await create('cross-account', roleTrust('444444444444'))
    const role = await iam.send(new GetRoleCommand({ RoleName: 'cross-account' }))
    const stored = JSON.parse(decodeURIComponent(role.Role?.AssumeRolePolicyDocument ?? '')) as {
      Statement: Array<{ Principal: { AWS: string } }>
    }
    expect(stored.Statement[0].Principal.AWS).toBe('arn:aws:iam::444444444444:root')
  })

  it('enforces the 2048-character trust policy quota', async () => {
    const subjects = Array.from(
      { length: 60 },
      (_, i) => `repo:o/r:environment:env-${String(i).padStart(3, '0')}`
    )
    await expect(
      iamOnce.send(
        new CreateRoleCommand({
          RoleName: 'big-trust',
          AssumeRolePolicyDocument: githubTrust({
            StringEquals: { 'token.actions.githubusercontent.com:sub': subjects }
          })
        })
      )
    ).rejects.toMatchObject({
      Code: 'LimitExceeded',
      message: 'Cannot exceed quota for ACLSizePerRole: 2048'
    })
  })

  it('rejects non-STS actions and Resource in a trust policy', async () => {
    const bad = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 's3:GetObject' }]
    })
    await expect(create('bad-action', bad)).rejects.toMatchObject({
      message: 'AssumeRole policy may only specify STS AssumeRole actions.'
    })
    const withResource = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'ec2.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Resource: '*'
        }
      ]
    })
    await expect(create('bad-resource', withResource)).rejects.toMatchObject({
      message: 'Has prohibited field Resource'
    })
  })
})
