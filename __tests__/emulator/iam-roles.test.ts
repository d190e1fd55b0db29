import {
  CreateRoleCommand,
  DeleteRoleCommand,
  GetRoleCommand,
  IAMClient,
  ListRolesCommand,
  NoSuchEntityException,
  EntityAlreadyExistsException,
  UpdateRoleCommand,
  paginateListRoles,
  waitUntilRoleExists
} from '@aws-sdk/client-iam'
import { Emulator } from '../../test/emulator/index.js'

const ACCOUNT = '111111111111'
const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]
})

let emulator: Emulator
let iam: IAMClient

beforeAll(async () => {
  emulator = await Emulator.start({ accounts: [ACCOUNT] })
  iam = new IAMClient(emulator.iamClientConfig(ACCOUNT))
})

afterAll(async () => {
  iam.destroy()
  await emulator.stop()
})

describe('IAM roles over the Query protocol', () => {
  it('creates, reads, updates and deletes a role', async () => {
    const created = await iam.send(
      new CreateRoleCommand({
        RoleName: 'app',
        Path: '/rolegate/',
        AssumeRolePolicyDocument: trust,
        Description: 'the app',
        MaxSessionDuration: 7200,
        Tags: [{ Key: 'owner', Value: 'team-a' }]
      })
    )
    expect(created.Role?.Arn).toBe(`arn:aws:iam::${ACCOUNT}:role/rolegate/app`)
    expect(created.Role?.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/)
    expect(created.Role?.CreateDate).toBeInstanceOf(Date)

    const got = await iam.send(new GetRoleCommand({ RoleName: 'app' }))
    expect(got.Role?.AssumeRolePolicyDocument).toBe(encodeURIComponent(trust))
    expect(JSON.parse(decodeURIComponent(got.Role?.AssumeRolePolicyDocument ?? ''))).toEqual(
      JSON.parse(trust)
    )
    expect(got.Role?.Description).toBe('the app')
    expect(got.Role?.MaxSessionDuration).toBe(7200)
    expect(got.Role?.Tags).toEqual([{ Key: 'owner', Value: 'team-a' }])

    await iam.send(new UpdateRoleCommand({ RoleName: 'app', MaxSessionDuration: 3600 }))
    expect((await iam.send(new GetRoleCommand({ RoleName: 'APP' }))).Role?.MaxSessionDuration).toBe(3600)

    await iam.send(new DeleteRoleCommand({ RoleName: 'app' }))
    await expect(iam.send(new GetRoleCommand({ RoleName: 'app' }))).rejects.toBeInstanceOf(
      NoSuchEntityException
    )
  })

  it('answers EntityAlreadyExists (409) and NoSuchEntity (404) with IAM messages', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'dup', AssumeRolePolicyDocument: trust }))
    const duplicate = iam.send(new CreateRoleCommand({ RoleName: 'DUP', AssumeRolePolicyDocument: trust }))
    await expect(duplicate).rejects.toBeInstanceOf(EntityAlreadyExistsException)
    await expect(duplicate).rejects.toMatchObject({
      message: 'Role with name DUP already exists.',
      $metadata: { httpStatusCode: 409 }
    })
    await expect(iam.send(new GetRoleCommand({ RoleName: 'missing' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException',
      message: 'The role with name missing cannot be found.',
      $metadata: { httpStatusCode: 404 }
    })
    await iam.send(new DeleteRoleCommand({ RoleName: 'dup' }))
  })

  it('validates names, paths and session durations', async () => {
    await expect(
      iam.send(new CreateRoleCommand({ RoleName: 'bad name', AssumeRolePolicyDocument: trust }))
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining("at 'roleName' failed to satisfy constraint"),
      $metadata: { httpStatusCode: 400 }
    })
    await expect(
      iam.send(new CreateRoleCommand({ RoleName: 'x'.repeat(65), AssumeRolePolicyDocument: trust }))
    ).rejects.toMatchObject({ name: 'ValidationError' })
    await expect(
      iam.send(new CreateRoleCommand({ RoleName: 'p', Path: 'no-slash', AssumeRolePolicyDocument: trust }))
    ).rejects.toMatchObject({ name: 'ValidationError' })
    await expect(
      iam.send(
        new CreateRoleCommand({ RoleName: 'p', MaxSessionDuration: 60, AssumeRolePolicyDocument: trust })
      )
    ).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('3600') })
  })

  it('lists roles by path prefix with Marker/MaxItems pagination', async () => {
    for (let i = 0; i < 7; i++) {
      await iam.send(
        new CreateRoleCommand({ RoleName: `page-${i}`, Path: '/paged/', AssumeRolePolicyDocument: trust })
      )
    }
    await iam.send(new CreateRoleCommand({ RoleName: 'outside', AssumeRolePolicyDocument: trust }))
    const first = await iam.send(new ListRolesCommand({ PathPrefix: '/paged/', MaxItems: 3 }))
    expect(first.IsTruncated).toBe(true)
    expect(first.Marker).toBeDefined()
    expect(first.Roles?.[0]).not.toHaveProperty('Tags')
    const names: string[] = []
    let pages = 0
    for await (const page of paginateListRoles({ client: iam, pageSize: 3 }, { PathPrefix: '/paged/' })) {
      pages++
      names.push(...(page.Roles ?? []).map(role => role.RoleName ?? ''))
    }
    expect(pages).toBe(3)
    expect(names).toEqual([0, 1, 2, 3, 4, 5, 6].map(i => `page-${i}`))
  })

  it('hides new roles during the eventual-consistency window; waitUntilRoleExists waits it out', async () => {
    emulator.faults.configure({ consistencyDelayMs: 400 })
    try {
      await iam.send(new CreateRoleCommand({ RoleName: 'lagging', AssumeRolePolicyDocument: trust }))
      await expect(iam.send(new GetRoleCommand({ RoleName: 'lagging' }))).rejects.toBeInstanceOf(
        NoSuchEntityException
      )
      const listed = await iam.send(new ListRolesCommand({}))
      expect(listed.Roles?.map(r => r.RoleName)).not.toContain('lagging')
      const result = await waitUntilRoleExists(
        { client: iam, maxWaitTime: 10, minDelay: 1 },
        { RoleName: 'lagging' }
      )
      expect(result.state).toBe('SUCCESS')
    } finally {
      emulator.faults.reset()
    }
  })
})
