import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  GetAccountSummaryCommand,
  IAMClient,
  ListInstanceProfilesForRoleCommand,
  ListRoleTagsCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  TagRoleCommand,
  UntagRoleCommand,
  paginateGetAccountAuthorizationDetails,
  type ManagedPolicyDetail,
  type RoleDetail
} from '@aws-sdk/client-iam'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Emulator } from '../../test/emulator/index.js'

const ACCOUNT = '555555555555'
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]
})
const policy = (action: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] })

let emulator: Emulator
let iam: IAMClient
/** Without retries: the SDK retries LimitExceeded as if it were throttling. */
let iamOnce: IAMClient

beforeAll(async () => {
  emulator = await Emulator.start({ accounts: [ACCOUNT] })
  iam = new IAMClient(emulator.iamClientConfig(ACCOUNT))
  iamOnce = new IAMClient({ ...emulator.iamClientConfig(ACCOUNT), maxAttempts: 1 })
  const boundary = await iam.send(
    new CreatePolicyCommand({ PolicyName: 'boundary', PolicyDocument: policy('*') })
  )
  await iam.send(
    new CreatePolicyVersionCommand({
      PolicyArn: boundary.Policy?.Arn,
      PolicyDocument: policy('s3:*'),
      SetAsDefault: false
    })
  )
  for (let i = 0; i < 12; i++) {
    const name = `svc-${String(i).padStart(2, '0')}`
    await iam.send(
      new CreateRoleCommand({
        RoleName: name,
        Path: '/rolegate/',
        AssumeRolePolicyDocument: trust,
        Description: `service ${i}`,
        PermissionsBoundary: boundary.Policy?.Arn,
        Tags: [{ Key: 'managed-by', Value: 'rolegate' }]
      })
    )
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: name,
        PolicyName: 'inline',
        PolicyDocument: policy('s3:GetObject')
      })
    )
  }
  await iam.send(
    new AttachRolePolicyCommand({ RoleName: 'svc-00', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })
  )
})

afterAll(async () => {
  iam.destroy()
  iamOnce.destroy()
  await emulator.stop()
})

describe('account-wide reads', () => {
  it('paginates GetAccountAuthorizationDetails across pages with URL-encoded documents', async () => {
    const roles: RoleDetail[] = []
    const policies: ManagedPolicyDetail[] = []
    let pages = 0
    for await (const page of paginateGetAccountAuthorizationDetails(
      { client: iam, pageSize: 5 },
      { Filter: ['Role', 'LocalManagedPolicy', 'AWSManagedPolicy'] }
    )) {
      pages++
      roles.push(...(page.RoleDetailList ?? []))
      policies.push(...(page.Policies ?? []))
    }
    expect(pages).toBe(3) // 12 roles + 1 local + 1 attached AWS managed = 14 items
    expect(roles.map(r => r.RoleName)).toEqual(
      Array.from({ length: 12 }, (_, i) => `svc-${String(i).padStart(2, '0')}`)
    )
    const role = roles[0]
    expect(role).not.toHaveProperty('Description')
    expect(role).not.toHaveProperty('MaxSessionDuration')
    expect(role.Path).toBe('/rolegate/')
    expect(decodeURIComponent(role.AssumeRolePolicyDocument ?? '')).toBe(trust)
    expect(role.RolePolicyList?.[0]).toEqual({
      PolicyName: 'inline',
      PolicyDocument: encodeURIComponent(policy('s3:GetObject'))
    })
    expect(role.AttachedManagedPolicies).toEqual([
      { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }
    ])
    expect(role.PermissionsBoundary).toEqual({
      PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
      PermissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/boundary`
    })
    expect(role.Tags).toEqual([{ Key: 'managed-by', Value: 'rolegate' }])
    const boundary = policies.find(p => p.PolicyName === 'boundary')
    expect(boundary?.PermissionsBoundaryUsageCount).toBe(12)
    expect(boundary?.PolicyVersionList?.map(v => [v.VersionId, v.IsDefaultVersion])).toEqual([
      ['v2', false],
      ['v1', true]
    ])
    expect(decodeURIComponent(boundary?.PolicyVersionList?.[0].Document ?? '')).toBe(policy('s3:*'))
    expect(policies.map(p => p.Arn)).toContain('arn:aws:iam::aws:policy/ReadOnlyAccess')
  })

  it('reports usage and live quotas in GetAccountSummary', async () => {
    const summary = await iam.send(new GetAccountSummaryCommand({}))
    expect(summary.SummaryMap).toMatchObject({
      Roles: 12,
      RolesQuota: 1000,
      Policies: 1,
      PoliciesQuota: 1500,
      PolicyVersionsInUse: 1,
      AttachedPoliciesPerRoleQuota: 10,
      RolePolicySizeQuota: 10240,
      PolicySizeQuota: 6144,
      VersionsPerPolicyQuota: 5,
      AssumeRolePolicySizeQuota: 2048
    })
    const other = emulator.createAccount('666666666666', { quotas: { attachedPoliciesPerRole: 20 } })
    const otherIam = new IAMClient(emulator.iamClientConfig(other.id))
    const otherSummary = await otherIam.send(new GetAccountSummaryCommand({}))
    expect(otherSummary.SummaryMap?.AttachedPoliciesPerRoleQuota).toBe(20)
    expect(otherSummary.SummaryMap?.Roles).toBe(0)
    otherIam.destroy()
  })

  it('tags and untags roles with IAM tag limits', async () => {
    await iam.send(
      new TagRoleCommand({
        RoleName: 'svc-01',
        Tags: [
          { Key: 'Managed-By', Value: 'other' },
          { Key: 'env', Value: 'prod' }
        ]
      })
    )
    const tags = await iam.send(new ListRoleTagsCommand({ RoleName: 'svc-01' }))
    expect(tags.Tags).toEqual([
      { Key: 'env', Value: 'prod' },
      { Key: 'Managed-By', Value: 'other' }
    ])
    await iam.send(new UntagRoleCommand({ RoleName: 'svc-01', TagKeys: ['env'] }))
    const many = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }))
    await expect(iamOnce.send(new TagRoleCommand({ RoleName: 'svc-01', Tags: many }))).rejects.toMatchObject({
      Code: 'LimitExceeded'
    })
    await expect(
      iam.send(new TagRoleCommand({ RoleName: 'svc-01', Tags: [{ Key: 'k'.repeat(129), Value: 'v' }] }))
    ).rejects.toMatchObject({ Code: 'ValidationError' })
  })

  it('manages instance profiles, which block deleting their role', async () => {
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'web' }))
    await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'web', RoleName: 'svc-02' }))
    await expect(
      iamOnce.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'web', RoleName: 'svc-03' }))
    ).rejects.toMatchObject({
      Code: 'LimitExceeded',
      message: 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1'
    })
    const profiles = await iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'svc-02' }))
    expect(profiles.InstanceProfiles?.[0].Roles?.[0].RoleName).toBe('svc-02')
    await iam.send(new CreateRoleCommand({ RoleName: 'profiled', AssumeRolePolicyDocument: trust }))
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'profiled' }))
    await iam.send(
      new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'profiled', RoleName: 'profiled' })
    )
    await expect(iam.send(new DeleteRoleCommand({ RoleName: 'profiled' }))).rejects.toMatchObject({
      Code: 'DeleteConflict',
      message: 'Cannot delete entity, must remove roles from instance profile first.'
    })
  })

  it('rejects a permissions boundary that does not exist', async () => {
    await expect(
      iam.send(
        new PutRolePermissionsBoundaryCommand({
          RoleName: 'svc-03',
          PermissionsBoundary: `arn:aws:iam::${ACCOUNT}:policy/nope`
        })
      )
    ).rejects.toMatchObject({ Code: 'NoSuchEntity' })
  })

  it('saves and restores state through a snapshot file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-snapshot-'))
    try {
      const file = join(dir, 'state.json')
      await emulator.saveSnapshot(file)
      const restored = await Emulator.start({ snapshot: file })
      try {
        const client = new IAMClient(restored.iamClientConfig(ACCOUNT))
        const summary = await client.send(new GetAccountSummaryCommand({}))
        expect(summary.SummaryMap?.Roles).toBe(emulator.account(ACCOUNT).state.roles.size)
        expect(restored.account(ACCOUNT).admin).toEqual(emulator.account(ACCOUNT).admin)
        client.destroy()
      } finally {
        await restored.stop()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
