import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  DeleteConflictException,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  DeleteRoleCommand,
  DetachRolePolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  IAMClient,
  LimitExceededException,
  ListAttachedRolePoliciesCommand,
  ListPolicyVersionsCommand,
  MalformedPolicyDocumentException,
  PutRolePolicyCommand,
  SetDefaultPolicyVersionCommand
} from '@aws-sdk/client-iam'
import { Emulator } from '../../test/emulator/index.js'

const ACCOUNT = '222222222222'
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }
  ]
})
const policy = (action: string) =>
  JSON.stringify(
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] },
    null,
    2
  )

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

describe('IAM managed and inline policies', () => {
  it('keeps at most 5 versions: LimitExceeded at the 6th, and the default cannot be deleted', async () => {
    const created = await iam.send(
      new CreatePolicyCommand({ PolicyName: 'versions', PolicyDocument: policy('s3:GetObject') })
    )
    const arn = created.Policy?.Arn ?? ''
    expect(arn).toBe(`arn:aws:iam::${ACCOUNT}:policy/versions`)
    expect(created.Policy?.DefaultVersionId).toBe('v1')
    for (let i = 2; i <= 5; i++) {
      const version = await iam.send(
        new CreatePolicyVersionCommand({
          PolicyArn: arn,
          PolicyDocument: policy(`s3:Get${i}`),
          SetAsDefault: true
        })
      )
      expect(version.PolicyVersion).toMatchObject({ VersionId: `v${i}`, IsDefaultVersion: true })
    }
    const before = emulator.calls.count({ action: 'CreatePolicyVersion' })
    const sixth = iam.send(
      new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: policy('s3:Get6') })
    )
    await expect(sixth).rejects.toBeInstanceOf(LimitExceededException)
    await expect(sixth).rejects.toMatchObject({
      Code: 'LimitExceeded',
      message:
        'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
      $metadata: { httpStatusCode: 409 }
    })
    // The JS SDK classifies "LimitExceededException" as a throttling error and retries it (3 attempts).
    expect(emulator.calls.count({ action: 'CreatePolicyVersion' }) - before).toBe(3)

    const listed = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }))
    expect(listed.Versions?.map(v => v.VersionId)).toEqual(['v5', 'v4', 'v3', 'v2', 'v1'])
    const fetched = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v3' }))
    expect(fetched.PolicyVersion?.Document).toBe(encodeURIComponent(policy('s3:Get3')))
    expect(decodeURIComponent(fetched.PolicyVersion?.Document ?? '')).toBe(policy('s3:Get3'))

    await expect(
      iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v5' }))
    ).rejects.toBeInstanceOf(DeleteConflictException)
    await expect(iam.send(new DeletePolicyCommand({ PolicyArn: arn }))).rejects.toMatchObject({
      name: 'DeleteConflictException',
      Code: 'DeleteConflict',
      message: expect.stringContaining('more than one version')
    })
    await iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }))
    for (const v of ['v2', 'v3', 'v4', 'v5'])
      await iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: v }))
    await iam.send(new DeletePolicyCommand({ PolicyArn: arn }))
  })

  it('answers DeleteConflict for DeleteRole with attached policies and DeletePolicy while attached', async () => {
    const arn =
      (
        await iam.send(
          new CreatePolicyCommand({ PolicyName: 'attached', PolicyDocument: policy('sqs:SendMessage') })
        )
      ).Policy?.Arn ?? ''
    await iam.send(new CreateRoleCommand({ RoleName: 'worker', AssumeRolePolicyDocument: trust }))
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'worker', PolicyArn: arn }))
    await iam.send(
      new AttachRolePolicyCommand({
        RoleName: 'worker',
        PolicyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'
      })
    )
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'worker' }))
    expect(attached.AttachedPolicies?.map(p => p.PolicyName).sort()).toEqual([
      'AmazonECSTaskExecutionRolePolicy',
      'attached'
    ])

    await expect(iam.send(new DeleteRoleCommand({ RoleName: 'worker' }))).rejects.toMatchObject({
      name: 'DeleteConflictException',
      Code: 'DeleteConflict',
      message: 'Cannot delete entity, must detach all policies first.',
      $metadata: { httpStatusCode: 409 }
    })
    await expect(iam.send(new DeletePolicyCommand({ PolicyArn: arn }))).rejects.toMatchObject({
      name: 'DeleteConflictException',
      Code: 'DeleteConflict',
      message: 'Cannot delete a policy attached to entities.'
    })
    await iam.send(new DetachRolePolicyCommand({ RoleName: 'worker', PolicyArn: arn }))
    await iam.send(
      new DetachRolePolicyCommand({
        RoleName: 'worker',
        PolicyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'
      })
    )
    await iam.send(
      new PutRolePolicyCommand({ RoleName: 'worker', PolicyName: 'inline', PolicyDocument: policy('sqs:*') })
    )
    await expect(iam.send(new DeleteRoleCommand({ RoleName: 'worker' }))).rejects.toMatchObject({
      message: 'Cannot delete entity, must delete policies first.'
    })
    const inline = await iam.send(new GetRolePolicyCommand({ RoleName: 'worker', PolicyName: 'inline' }))
    expect(decodeURIComponent(inline.PolicyDocument ?? '')).toBe(policy('sqs:*'))
  })

  it('limits a role to 10 attached managed policies', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'crowded', AssumeRolePolicyDocument: trust }))
    for (let i = 0; i < 10; i++) {
      const arn =
        (
          await iam.send(
            new CreatePolicyCommand({ PolicyName: `crowd-${i}`, PolicyDocument: policy('sns:Publish') })
          )
        ).Policy?.Arn ?? ''
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'crowded', PolicyArn: arn }))
    }
    await expect(
      iamOnce.send(
        new AttachRolePolicyCommand({
          RoleName: 'crowded',
          PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess'
        })
      )
    ).rejects.toMatchObject({
      name: 'LimitExceededException',
      Code: 'LimitExceeded',
      message: 'Cannot exceed quota for PoliciesPerRole: 10'
    })
  })

  it('rejects malformed documents with MalformedPolicyDocument', async () => {
    const put = (document: string) =>
      iam.send(new PutRolePolicyCommand({ RoleName: 'crowded', PolicyName: 'bad', PolicyDocument: document }))
    await expect(put('{not json')).rejects.toBeInstanceOf(MalformedPolicyDocumentException)
    await expect(put(JSON.stringify({ Version: '2012-10-17' }))).rejects.toMatchObject({
      message: 'Missing required field Statement'
    })
    await expect(
      put(JSON.stringify({ Version: '2012-10-17', Statement: [{ Action: 's3:*', Resource: '*' }] }))
    ).rejects.toMatchObject({ message: 'Missing required field Effect' })
    await expect(
      put(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] }))
    ).rejects.toMatchObject({ message: 'Missing required field Action' })
    await expect(
      put(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }]
        })
      )
    ).rejects.toMatchObject({
      name: 'MalformedPolicyDocumentException',
      Code: 'MalformedPolicyDocument',
      message: 'Has prohibited field Principal'
    })
    await expect(
      iam.send(
        new CreateRoleCommand({
          RoleName: 'no-principal',
          AssumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }]
          })
        })
      )
    ).rejects.toMatchObject({
      name: 'MalformedPolicyDocumentException',
      Code: 'MalformedPolicyDocument',
      message: 'Missing required field Principal'
    })
  })

  it('enforces size quotas counted in non-whitespace characters', async () => {
    const sized = (chars: number) => {
      const base = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::' }]
      })
      const padding = 'a'.repeat(chars - base.length)
      return JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${padding}` }]
      })
    }
    expect(sized(6144)).toHaveLength(6144)
    // Whitespace does not count: a pretty-printed 6144-character document still fits.
    const pretty = JSON.stringify(JSON.parse(sized(6144)), null, 8)
    await iam.send(new CreatePolicyCommand({ PolicyName: 'fits', PolicyDocument: pretty }))
    await expect(
      iamOnce.send(new CreatePolicyCommand({ PolicyName: 'too-big', PolicyDocument: sized(6145) }))
    ).rejects.toMatchObject({
      name: 'LimitExceededException',
      Code: 'LimitExceeded',
      message: 'Cannot exceed quota for PolicySize: 6144',
      $metadata: { httpStatusCode: 409 }
    })
    await iam.send(new CreateRoleCommand({ RoleName: 'inline-quota', AssumeRolePolicyDocument: trust }))
    await iam.send(
      new PutRolePolicyCommand({ RoleName: 'inline-quota', PolicyName: 'a', PolicyDocument: sized(6000) })
    )
    await expect(
      iamOnce.send(
        new PutRolePolicyCommand({ RoleName: 'inline-quota', PolicyName: 'b', PolicyDocument: sized(4300) })
      )
    ).rejects.toMatchObject({
      name: 'LimitExceededException',
      Code: 'LimitExceeded',
      message: 'Maximum policy size of 10240 bytes exceeded for role inline-quota'
    })
  })
})
