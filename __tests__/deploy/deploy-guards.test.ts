/**
 * deploy's guards and ownership rules, end to end: the bundled action run as the runner runs it,
 * against the emulated AWS and GitHub. Every refusal is checked twice: the message says what to
 * change, and the emulator's call log proves nothing changed (no mutating IAM call, and where the
 * guard comes before credentials, no AWS call at all).
 */
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand, TagRoleCommand } from '@aws-sdk/client-iam'
import {
  Emulator,
  runAction,
  type JobOptions,
  type RunOptions,
  type RunResult
} from '../../test/emulator/index.js'
import {
  bootstrapProject,
  DEV_ACCOUNT,
  generatedProject,
  projectConfig,
  REPOSITORY,
  roleDefinition,
  STAGING_ACCOUNT,
  type GeneratedOptions
} from '../support/deploy-project.js'
import { bootstrapAccount } from '../support/deploy-fixtures.js'

const [OWNER, REPO] = REPOSITORY.split('/')
const PROJECT: GeneratedOptions = { roles: 3, managedPolicyEvery: 2, instanceProfileEvery: 2 }
const FILES = generatedProject(PROJECT)
const physical = (index: number) => `fleet-dev-svc-${String(index).padStart(3, '0')}`
const ECS_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }
  ]
})

let emulator: Emulator
let admin: IAMClient

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, FILES['rolegate.yml'], ['dev', 'staging', 'prod'])
  admin = new IAMClient(emulator.iamClientConfig(DEV_ACCOUNT))
})

afterAll(async () => {
  admin?.destroy()
  await emulator?.stop()
})

beforeEach(() => emulator.calls.reset())

function deploy(
  options: { files?: Record<string, string>; inputs?: RunOptions['inputs']; job?: Partial<JobOptions> } = {}
): Promise<RunResult> {
  return runAction(emulator, {
    files: options.files ?? FILES,
    inputs: { command: 'deploy', environment: 'dev', 'fail-on': 'never', ...options.inputs },
    job: {
      owner: OWNER,
      repo: REPO,
      environment: 'dev',
      eventName: 'push',
      idTokenWrite: true,
      ...options.job
    }
  })
}

/** The message of the step's failure (`::error::` line). */
function failure(result: RunResult): string {
  return result.commands
    .filter(command => command.command === 'error')
    .map(command => command.message)
    .join('\n')
}

const mutatingIamCalls = () => emulator.calls.count({ service: 'iam', mutating: true })

function expectUntouched(options: { aws: boolean }): void {
  expect(mutatingIamCalls()).toBe(0)
  if (!options.aws) {
    expect(emulator.calls.count({ service: 'sts' })).toBe(0)
    expect(emulator.calls.count()).toBe(0)
  }
}

describe('refusals before any credential is used', () => {
  it.each(['pull_request', 'pull_request_target', 'pull_request_review'])(
    'refuses deploy on a %s event',
    async eventName => {
      const tokensBefore = emulator.oidc.issued.length
      const result = await deploy({ job: { eventName, pullRequest: 7 } })
      expect(result.exitCode).toBe(1)
      expect(failure(result)).toContain(`refusing to deploy on a ${eventName} event`)
      expectUntouched({ aws: false })
      // Not even the OIDC token was requested.
      expect(emulator.oidc.issued.length).toBe(tokensBefore)
    }
  )

  it('refuses an environment that rolegate.yml does not define', async () => {
    const result = await deploy({ inputs: { environment: 'qa' }, job: { environment: 'qa' } })
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toMatch(
      /environment "qa" is not defined in rolegate\.yml.*known: dev, staging, prod/
    )
    expectUntouched({ aws: false })
  })

  it('refuses a protected environment from a job not bound to it', async () => {
    const result = await deploy({ inputs: { environment: 'prod' }, job: { environment: undefined } })
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain(
      'refusing to deploy protected environment prod: this job is not bound to any GitHub environment'
    )
    expect(failure(result)).toContain('add "environment: prod" to the deploy job')
    expectUntouched({ aws: false })
  })

  it('refuses a protected environment from a job bound to another environment', async () => {
    const result = await deploy({ inputs: { environment: 'prod' }, job: { environment: 'staging' } })
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain('this job is bound to GitHub environment "staging"')
    expectUntouched({ aws: false })
  })

  it.each(['dev', 'prod'])(
    'says to add "permissions: id-token: write" when the job cannot get a token (%s)',
    async environment => {
      const result = await deploy({ inputs: { environment }, job: { environment, idTokenWrite: false } })
      expect(result.exitCode).toBe(1)
      expect(failure(result)).toContain('add "permissions: id-token: write"')
      expectUntouched({ aws: false })
    }
  )
})

describe('credentials of the wrong account', () => {
  it('refuses when role-to-assume belongs to another account, and reads nothing', async () => {
    // A job bound to staging may assume staging's deployer, but must not deploy dev with it.
    const result = await deploy({
      inputs: { 'role-to-assume': `arn:aws:iam::${STAGING_ACCOUNT}:role/rolegate-deployer` },
      job: { environment: 'staging' }
    })
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain(`the credentials belong to account ${STAGING_ACCOUNT}`)
    expect(failure(result)).toContain(`rolegate.yml says dev is account ${DEV_ACCOUNT}`)
    expect(emulator.calls.byAction()).toEqual({ AssumeRoleWithWebIdentity: 1, GetCallerIdentity: 1 })
    expect(emulator.calls.count({ service: 'iam' })).toBe(0)
  })

  it("refuses when deployRole points at another account's role, and reads nothing", async () => {
    // Another account's deployer that trusts this repository's dev jobs: a copy-paste slip in rolegate.yml.
    const other = '444444444444'
    const devBlock = (account: string) =>
      `dev:\n    account: "${account}"\n    region: us-east-1\n    deployRole: "arn:aws:iam::${account}:role/rolegate-deployer"`
    const elsewhere = projectConfig().replace(devBlock(DEV_ACCOUNT), devBlock(other))
    expect(elsewhere).toContain(other)
    await bootstrapAccount(emulator, elsewhere, 'dev', REPOSITORY)
    emulator.calls.reset()
    const config = FILES['rolegate.yml'].replace(
      `deployRole: "arn:aws:iam::${DEV_ACCOUNT}:role/rolegate-deployer"`,
      `deployRole: "arn:aws:iam::${other}:role/rolegate-deployer"`
    )
    const result = await deploy({ files: { ...FILES, 'rolegate.yml': config } })
    expect(result.exitCode).toBe(1)
    expect(failure(result)).toContain(`the credentials belong to account ${other}`)
    expect(failure(result)).toContain(`rolegate.yml says dev is account ${DEV_ACCOUNT}`)
    expect(emulator.calls.byAction()).toEqual({ AssumeRoleWithWebIdentity: 1, GetCallerIdentity: 1 })
    expect(emulator.calls.count({ service: 'iam' })).toBe(0)
  })
})

describe('ownership', () => {
  it('refuses to change an existing role it does not own, then takes it over with adopt: true', async () => {
    const name = physical(1)
    await admin.send(
      new CreateRoleCommand({
        RoleName: name,
        AssumeRolePolicyDocument: ECS_TRUST,
        Tags: [{ Key: 'Team', Value: 'legacy' }]
      })
    )
    await admin.send(
      new PutRolePolicyCommand({
        RoleName: name,
        PolicyName: 'legacy-admin',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
        })
      })
    )
    emulator.calls.reset()

    const refused = await deploy()
    expect(refused.exitCode).toBe(1)
    expect(failure(refused)).toContain(
      'refusing to deploy: 1 conflict(s) to resolve first (see above); nothing was applied'
    )
    expect(refused.stdout).toContain(
      `**role ${name}**: it exists but RoleGate did not create it (no rolegate:managed-by tag); add "adopt: true" to its definition to take it over`
    )
    expectUntouched({ aws: true })

    const adopting = { ...FILES, [`iam/roles/svc-001.yml`]: `${roleDefinition(1, PROJECT)}adopt: true\n` }
    const adopted = await deploy({ files: adopting })
    expect(failure(adopted)).toBe('')
    expect(adopted.exitCode).toBe(0)
    const role = emulator.account(DEV_ACCOUNT).state.roles.get(name)!
    expect(role.tags).toEqual(expect.arrayContaining([{ Key: 'rolegate:managed-by', Value: REPOSITORY }]))
    expect(role.permissionsBoundaryArn).toBe(`arn:aws:iam::${DEV_ACCOUNT}:policy/rolegate-boundary`)
    expect([...role.inlinePolicies.keys()]).toEqual(['data'])
    expect(JSON.parse(role.trustPolicy)).toMatchObject({
      Statement: [{ Condition: { StringEquals: { 'aws:SourceAccount': DEV_ACCOUNT } } }]
    })

    emulator.calls.reset()
    const again = await deploy({ files: adopting })
    expect(again.exitCode).toBe(0)
    expect(mutatingIamCalls()).toBe(0)
  })

  it('refuses to change a role another repository owns, even with adopt: true', async () => {
    const name = physical(1)
    await admin.send(
      new TagRoleCommand({ RoleName: name, Tags: [{ Key: 'rolegate:managed-by', Value: 'acme/other' }] })
    )
    emulator.calls.reset()
    const adopting = { ...FILES, [`iam/roles/svc-001.yml`]: `${roleDefinition(1, PROJECT)}adopt: true\n` }
    const result = await deploy({ files: adopting })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      `**role ${name}**: it is managed by acme/other (tag rolegate:managed-by), not by this repository; RoleGate will not change it`
    )
    expectUntouched({ aws: true })
    // Hand it back for the tests below.
    await admin.send(
      new TagRoleCommand({ RoleName: name, Tags: [{ Key: 'rolegate:managed-by', Value: REPOSITORY }] })
    )
  })
})

describe('prune', () => {
  const lookAlike = physical(9)
  const foreign = physical(8)

  beforeAll(async () => {
    const result = await deploy()
    expect(result.exitCode).toBe(0)
    // Same prefix, not ours: one untagged, one owned by another repository.
    await admin.send(new CreateRoleCommand({ RoleName: lookAlike, AssumeRolePolicyDocument: ECS_TRUST }))
    await admin.send(
      new CreateRoleCommand({
        RoleName: foreign,
        AssumeRolePolicyDocument: ECS_TRUST,
        Tags: [{ Key: 'rolegate:managed-by', Value: 'acme/other' }]
      })
    )
  })

  const withoutRole2 = Object.fromEntries(
    Object.entries(FILES).filter(([file]) => file !== 'iam/roles/svc-002.yml')
  )
  const roles = () => emulator.account(DEV_ACCOUNT).state.roles
  const profiles = () => emulator.account(DEV_ACCOUNT).state.instanceProfiles

  it('never deletes without prune: the removed definition is only listed as an orphan', async () => {
    emulator.calls.reset()
    const result = await deploy({ files: withoutRole2 })
    expect(result.exitCode).toBe(0)
    expect(mutatingIamCalls()).toBe(0)
    expect(roles().has(physical(2))).toBe(true)
    expect(result.stdout).toContain(`deleted only with prune): \`role ${physical(2)}\``)
    expect(result.stdout).not.toContain(lookAlike)
    expect(result.stdout).not.toContain(foreign)
  })

  it('with prune deletes only owned roles whose definitions were removed', async () => {
    emulator.calls.reset()
    const result = await deploy({ files: withoutRole2, inputs: { prune: true } })
    expect(failure(result)).toBe('')
    expect(result.exitCode).toBe(0)
    expect(roles().has(physical(2))).toBe(false)
    expect(profiles().has(physical(2))).toBe(false)
    for (const survivor of [physical(0), physical(1), lookAlike, foreign])
      expect(roles().has(survivor)).toBe(true)
    expect(profiles().has(physical(0))).toBe(true)
    expect(emulator.calls.byAction({ mutating: true, succeeded: true })).toEqual({
      DetachRolePolicy: 1,
      DeleteRolePolicy: 1,
      RemoveRoleFromInstanceProfile: 1,
      DeleteInstanceProfile: 1,
      DeleteRole: 1
    })
    emulator.calls.reset()
    const again = await deploy({ files: withoutRole2, inputs: { prune: true } })
    expect(again.exitCode).toBe(0)
    expect(mutatingIamCalls()).toBe(0)
  })
})
