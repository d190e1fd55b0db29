import { CreateRoleCommand, GetRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import { Emulator, generateSigningKey, type JobContext } from '../../test/emulator/index.js'

const ACCOUNT = '111111111111'
const PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
const AUDIENCE = 'sts.amazonaws.com'

const githubTrust = (condition: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: PROVIDER },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition
      }
    ]
  })

const prodJob: JobContext = { owner: 'o', repo: 'r', environment: 'prod' }
const mainJob: JobContext = { owner: 'o', repo: 'r', ref: 'refs/heads/main' }

let emulator: Emulator
let iam: IAMClient
/** No credentials at all: AssumeRoleWithWebIdentity is an unsigned call. */
let sts: STSClient

beforeAll(async () => {
  emulator = await Emulator.start({ accounts: [ACCOUNT] })
  iam = new IAMClient(emulator.iamClientConfig(ACCOUNT))
  sts = new STSClient({ endpoint: emulator.endpoints.sts, region: emulator.region, maxAttempts: 1 })
  const roles: Array<[string, object, number?]> = [
    [
      'deploy-prod',
      {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': AUDIENCE,
          'token.actions.githubusercontent.com:sub': 'repo:o/r:environment:prod'
        }
      },
      7200
    ],
    ['org-wide', { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:o/*' } }],
    ['repo-wide', { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:o/r:*' } }],
    [
      'main-only',
      {
        StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:o/r:ref:refs/heads/main' },
        StringNotEquals: { 'token.actions.githubusercontent.com:event_name': 'pull_request' }
      }
    ]
  ]
  for (const [name, condition, maxSessionDuration] of roles) {
    await iam.send(
      new CreateRoleCommand({
        RoleName: name,
        AssumeRolePolicyDocument: githubTrust(condition),
        MaxSessionDuration: maxSessionDuration
      })
    )
  }
})

afterAll(async () => {
  iam.destroy()
  sts.destroy()
  await emulator.stop()
})

const assume = (
  role: string,
  token: string,
  extra: { DurationSeconds?: number; RoleSessionName?: string } = {}
) =>
  sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/${role}`,
      RoleSessionName: 'rolegate-o-r-1',
      WebIdentityToken: token,
      ...extra
    })
  )

const DENIED = {
  name: 'AccessDenied',
  message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  $metadata: { httpStatusCode: 403 }
}

describe('STS AssumeRoleWithWebIdentity with GitHub OIDC tokens', () => {
  it('issues credentials to a job bound to the pinned environment; GetCallerIdentity names the session', async () => {
    const result = await assume('deploy-prod', emulator.oidc.mintToken(prodJob, { audience: AUDIENCE }), {
      DurationSeconds: 7200
    })
    expect(result.Credentials?.AccessKeyId).toMatch(/^ASIA/)
    expect(result.Credentials?.SessionToken).toBeTruthy()
    expect(result.Credentials?.Expiration?.getTime()).toBeGreaterThan(Date.now() + 7000 * 1000)
    expect(result.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${ACCOUNT}:assumed-role/deploy-prod/rolegate-o-r-1`
    )
    expect(result.SubjectFromWebIdentityToken).toBe('repo:o/r:environment:prod')

    const caller = new STSClient({
      endpoint: emulator.endpoints.sts,
      region: emulator.region,
      credentials: {
        accessKeyId: result.Credentials?.AccessKeyId ?? '',
        secretAccessKey: result.Credentials?.SecretAccessKey ?? '',
        sessionToken: result.Credentials?.SessionToken
      }
    })
    const identity = await caller.send(new GetCallerIdentityCommand({}))
    expect(identity.Account).toBe(ACCOUNT)
    expect(identity.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/deploy-prod/rolegate-o-r-1`)
    expect(identity.UserId).toMatch(/^AROA[A-Z2-7]{17}:rolegate-o-r-1$/)

    const role = await iam.send(new GetRoleCommand({ RoleName: 'deploy-prod' }))
    expect(role.Role?.RoleLastUsed?.LastUsedDate).toBeInstanceOf(Date)

    emulator.clock.advance(7201 * 1000)
    try {
      await expect(caller.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
        name: 'ExpiredToken'
      })
    } finally {
      emulator.clock.reset()
      caller.destroy()
    }
  })

  it('denies a token for ref:refs/heads/main on the environment-pinned role', async () => {
    await expect(
      assume('deploy-prod', emulator.oidc.mintToken(mainJob, { audience: AUDIENCE }))
    ).rejects.toMatchObject(DENIED)
  })

  it('rejects a token for the wrong audience', async () => {
    await expect(
      assume('deploy-prod', emulator.oidc.mintToken(prodJob, { audience: 'https://github.com/o' }))
    ).rejects.toMatchObject({ name: 'InvalidIdentityTokenException', message: 'Incorrect token audience' })
  })

  it('rejects an expired token with ExpiredTokenException', async () => {
    await expect(
      assume('deploy-prod', emulator.oidc.mintToken(prodJob, { audience: AUDIENCE, lifetimeSeconds: -30 }))
    ).rejects.toMatchObject({
      name: 'ExpiredTokenException',
      message: expect.stringContaining('Token expired')
    })
  })

  it('rejects a token signed by another key, or from another issuer, with InvalidIdentityToken', async () => {
    const forged = emulator.oidc.mintToken(prodJob, { audience: AUDIENCE, signingKey: generateSigningKey() })
    await expect(assume('deploy-prod', forged)).rejects.toMatchObject({
      name: 'InvalidIdentityTokenException'
    })
    const otherIssuer = emulator.oidc.mintToken(prodJob, {
      audience: AUDIENCE,
      claims: { iss: 'https://token.actions.githubusercontent.com' }
    })
    await expect(assume('deploy-prod', otherIssuer)).rejects.toMatchObject({
      name: 'InvalidIdentityTokenException',
      message:
        'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
    })
    await expect(assume('deploy-prod', 'not-a-jwt')).rejects.toMatchObject({
      name: 'InvalidIdentityTokenException'
    })
  })

  it('documents wildcard abuse: StringLike repo:o/* trusts every repository of the owner', async () => {
    const evil = emulator.oidc.mintToken({ owner: 'o', repo: 'evil' }, { audience: AUDIENCE })
    // AWS allows this: `repo:o/*` matches `repo:o/evil:ref:refs/heads/main`, so any repository
    // of the owner (including one an attacker can create) can assume the role.
    await expect(assume('org-wide', evil)).resolves.toMatchObject({ AssumedRoleUser: expect.anything() })
    // `repo:o/r:*` keeps the repository boundary: `repo:o/r-evil:...` does not match.
    await expect(
      assume('repo-wide', emulator.oidc.mintToken({ owner: 'o', repo: 'r-evil' }, { audience: AUDIENCE }))
    ).rejects.toMatchObject(DENIED)
    await expect(
      assume('repo-wide', emulator.oidc.mintToken(mainJob, { audience: AUDIENCE }))
    ).resolves.toBeDefined()
  })

  it('evaluates conditions on other claims (event_name) and the immutable subject form', async () => {
    await expect(
      assume('main-only', emulator.oidc.mintToken(mainJob, { audience: AUDIENCE }))
    ).resolves.toBeDefined()
    const immutable = emulator.oidc.mintToken(
      { ...mainJob, subjectFormat: 'immutable', ownerId: 7, repoId: 9 },
      { audience: AUDIENCE }
    )
    await expect(assume('main-only', immutable)).rejects.toMatchObject(DENIED)
  })

  it('validates RoleSessionName and DurationSeconds against the role', async () => {
    const token = emulator.oidc.mintToken(prodJob, { audience: AUDIENCE })
    await expect(assume('deploy-prod', token, { RoleSessionName: 'x' })).rejects.toMatchObject({
      name: 'ValidationError'
    })
    await expect(assume('deploy-prod', token, { RoleSessionName: 'has space' })).rejects.toMatchObject({
      name: 'ValidationError'
    })
    await expect(assume('deploy-prod', token, { DurationSeconds: 7201 })).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
    })
    await expect(assume('no-such-role', token)).rejects.toMatchObject(DENIED)
  })

  it('supports signed AssumeRole by the account admin when the trust names the account root', async () => {
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'admin-assumable',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' }]
        })
      })
    )
    const admin = new STSClient(emulator.stsClientConfig(ACCOUNT))
    const result = await admin.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${ACCOUNT}:role/admin-assumable`,
        RoleSessionName: 's1'
      })
    )
    expect(result.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/admin-assumable/s1`)
    expect((await admin.send(new GetCallerIdentityCommand({}))).Arn).toBe(`arn:aws:iam::${ACCOUNT}:root`)
    await expect(
      admin.send(
        new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/deploy-prod`, RoleSessionName: 's2' })
      )
    ).rejects.toMatchObject({ name: 'AccessDenied' })
    admin.destroy()
  })
})
