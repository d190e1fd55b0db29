/**
 * What the deployer role `rolegate bootstrap` creates may do, proved against the emulated IAM (which
 * evaluates the deployer's policies as IAM does, including iam:PassRole for
 * AddRoleToInstanceProfile and iam:Tag* for a create with tags). RoleGate's own deploy (create,
 * update, adopt, prune; instance profiles; a project path) runs as the deployer, in-process through
 * OIDC; and with the deployer's credentials directly, taking over what the project does not own,
 * or escaping the boundary, is refused.
 */
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  DeleteInstanceProfileCommand,
  DeletePolicyCommand,
  DeleteRoleCommand,
  DeleteRolePermissionsBoundaryCommand,
  DetachRolePolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
  TagPolicyCommand,
  TagRoleCommand,
  UntagPolicyCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand
} from '@aws-sdk/client-iam'
import { assumeRoleWithWebIdentity } from '../../src/aws/credentials.js'
import { bootstrapTemplate } from '../../src/commands/bootstrap.js'
import { loadConfig } from '../../src/definitions/load.js'
import type { DeployOptions } from '../../src/commands/deploy.js'
import { Emulator } from '../../test/emulator/index.js'
import {
  asAdmin,
  bootstrapProject,
  DEV_ACCOUNT,
  expectMatchesDefinitions,
  generatedProject,
  inProcessDeploy,
  projectConfig,
  REPOSITORY,
  resetAccount,
  roleDefinition,
  sharedPolicyDefinition,
  useEmulatorEndpoints,
  type GeneratedOptions
} from '../support/deploy-project.js'

const PROJECT: GeneratedOptions = { roles: 3, managedPolicyEvery: 2, instanceProfileEvery: 2 }
const FILES = generatedProject(PROJECT)
const DEPLOYER = `arn:aws:iam::${DEV_ACCOUNT}:role/rolegate-deployer`
const BOUNDARY = `arn:aws:iam::${DEV_ACCOUNT}:policy/rolegate-boundary`
const OWNERSHIP = 'rolegate:managed-by'
const trust = (principal: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }]
  })
const ECS = trust({ Service: 'ecs-tasks.amazonaws.com' })
const ELSEWHERE = trust({ AWS: 'arn:aws:iam::999999999999:root' })
const ALLOW_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
})

let emulator: Emulator
let restoreEndpoints: () => void

beforeAll(async () => {
  emulator = await Emulator.start()
  restoreEndpoints = useEmulatorEndpoints(emulator)
  await bootstrapProject(emulator, FILES['rolegate.yml'])
})

afterAll(async () => {
  restoreEndpoints?.()
  await emulator?.stop()
})

/** runDeploy as the action runs it (OIDC → the bootstrap deployer); the account then matches the files. */
async function deploy(files: Record<string, string>, options: Partial<DeployOptions> = {}): Promise<void> {
  const run = inProcessDeploy(emulator, files)
  try {
    const outcome = await run.run(options)
    expect({
      failed: outcome.applyResult?.failed?.error,
      conflicts: outcome.plan?.conflicts,
      exitCode: outcome.exitCode
    }).toEqual({ failed: undefined, conflicts: [], exitCode: 0 })
    await expectMatchesDefinitions(emulator, run.workspace)
  } finally {
    run.dispose()
  }
}

/** An IAM client with the deployer's session credentials, as a deploy job (or whoever steals them) has them. */
async function asDeployer(body: (iam: IAMClient) => Promise<void>): Promise<void> {
  const [owner, repo] = REPOSITORY.split('/')
  const job = { owner, repo, environment: 'dev', eventName: 'push' }
  const credentials = await assumeRoleWithWebIdentity({
    token: emulator.oidc.mintToken(job, { audience: 'sts.amazonaws.com' }),
    roleArn: DEPLOYER,
    sessionName: 'bootstrap-deployer-test',
    region: emulator.region,
    mask: () => {}
  })
  const iam = new IAMClient({ ...emulator.iamClientConfig(credentials), maxAttempts: 1 })
  try {
    await body(iam)
  } finally {
    iam.destroy()
  }
}

const denied = (call: Promise<unknown>) => expect(call).rejects.toMatchObject({ name: 'AccessDenied' })
const deniedExplicitly = (call: Promise<unknown>) =>
  expect(call).rejects.toMatchObject({
    name: 'AccessDenied',
    message: expect.stringContaining('explicit deny')
  })

const role = (name: string) => emulator.account(DEV_ACCOUNT).state.roles.get(name)!

describe("RoleGate's deploy runs as the bootstrap deployer", () => {
  afterAll(() => resetAccount(emulator, DEV_ACCOUNT, FILES['rolegate.yml']))

  it('creates, updates, adopts and prunes roles, managed policies and instance profiles', async () => {
    await deploy(FILES)
    // AddRoleToInstanceProfile needs iam:PassRole: the deployer has it for the project's roles.
    expect(emulator.account(DEV_ACCOUNT).state.instanceProfiles.get('fleet-dev-svc-000')?.roleKeys).toEqual([
      'fleet-dev-svc-000'
    ])

    // Update: a trust policy (svc-002 now trusts svc-000), a description and policy, a managed policy version.
    const updated: Record<string, string> = {
      ...generatedProject({ ...PROJECT, trustRoleZeroEvery: 2 }),
      'iam/roles/svc-001.yml': roleDefinition(1, PROJECT, '-v2'),
      'iam/shared-logs.yml': sharedPolicyDefinition('-v2')
    }
    await deploy(updated)

    // Adopt: an untagged role (no boundary, an admin inline policy, another trust) and an untagged policy.
    await asAdmin(emulator, async iam => {
      await iam.send(new CreateRoleCommand({ RoleName: 'fleet-dev-svc-003', AssumeRolePolicyDocument: ECS }))
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: 'fleet-dev-svc-003',
          PolicyName: 'legacy',
          PolicyDocument: ALLOW_ALL
        })
      )
      await iam.send(new CreatePolicyCommand({ PolicyName: 'fleet-dev-legacy', PolicyDocument: ALLOW_ALL }))
    })
    const adopting: Record<string, string> = {
      ...updated,
      'iam/roles/svc-003.yml': `${roleDefinition(3, PROJECT)}adopt: true\n`,
      'iam/legacy.yml':
        sharedPolicyDefinition().replace('name: shared-logs', 'name: legacy') + 'adopt: true\n'
    }
    await deploy(adopting)
    expect(role('fleet-dev-svc-003').permissionsBoundaryArn).toBe(BOUNDARY)

    // Prune: a role with its instance profile, and a managed policy.
    const pruned = { ...adopting }
    delete pruned['iam/roles/svc-002.yml']
    delete pruned['iam/legacy.yml']
    await deploy(pruned, { prune: true })
    expect(emulator.account(DEV_ACCOUNT).state.instanceProfiles.has('fleet-dev-svc-002')).toBe(false)
  }, 60_000)

  it('deploys under the IAM path of rolegate.yml, written without slashes', async () => {
    const config = projectConfig().replace('defaults:\n', 'path: app\ndefaults:\n')
    await resetAccount(emulator, DEV_ACCOUNT, config)
    await deploy({ ...FILES, 'rolegate.yml': config })
    expect(role('fleet-dev-svc-000').path).toBe('/app/')
  }, 60_000)
})

describe('AddRoleToInstanceProfile needs iam:PassRole (IAM API reference), and the emulator checks it', () => {
  afterAll(() => resetAccount(emulator, DEV_ACCOUNT, FILES['rolegate.yml']))

  it('a deployer without it fails the deploy at that call, naming iam:PassRole', async () => {
    await resetAccount(emulator, DEV_ACCOUNT, FILES['rolegate.yml'])
    const config = loadConfig({ path: 'rolegate.yml', text: FILES['rolegate.yml'] }).config!
    const template = bootstrapTemplate(config, 'dev', { repository: REPOSITORY }) as {
      Resources: {
        DeployerRole: { Properties: { Policies: { PolicyDocument: { Statement: { Sid: string }[] } }[] } }
      }
    }
    const document = template.Resources.DeployerRole.Properties.Policies[0].PolicyDocument
    const withoutPassRole = document.Statement.filter(
      found => found.Sid !== 'PassProjectRolesToInstanceProfiles'
    )
    expect(withoutPassRole.length).toBe(document.Statement.length - 1)
    await asAdmin(emulator, async iam => {
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: 'rolegate-deployer',
          PolicyName: 'rolegate-deploy',
          PolicyDocument: JSON.stringify({ ...document, Statement: withoutPassRole })
        })
      )
    })
    const run = inProcessDeploy(emulator, FILES)
    try {
      const outcome = await run.run()
      expect(outcome.applyResult?.failed).toMatchObject({
        operation: { kind: 'AddRoleToInstanceProfile' },
        error: expect.stringContaining(
          `is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${DEV_ACCOUNT}:role/fleet-dev-svc-000`
        )
      })
    } finally {
      run.dispose()
    }
  }, 60_000)
})

describe('with the deployer’s credentials, what the project does not own is out of reach', () => {
  const ADMIN_ROLE = 'fleet-dev-admin'
  const THEIRS = 'fleet-dev-theirs'
  const THEIR_POLICY = `arn:aws:iam::${DEV_ACCOUNT}:policy/${THEIRS}`
  const theirTag = [{ Key: OWNERSHIP, Value: 'acme/other' }]
  const ourTag = [{ Key: OWNERSHIP, Value: REPOSITORY }]

  beforeAll(async () => {
    await deploy(FILES)
    await asAdmin(emulator, async iam => {
      // Hand-made, untagged, unbounded, administrator: it happens to match the project's prefix.
      await iam.send(new CreateRoleCommand({ RoleName: ADMIN_ROLE, AssumeRolePolicyDocument: ECS }))
      await iam.send(
        new AttachRolePolicyCommand({
          RoleName: ADMIN_ROLE,
          PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess'
        })
      )
      // Another repository's role (with this boundary, even), policy and instance profile.
      await iam.send(
        new CreateRoleCommand({
          RoleName: THEIRS,
          AssumeRolePolicyDocument: ECS,
          PermissionsBoundary: BOUNDARY,
          Tags: theirTag
        })
      )
      await iam.send(
        new CreatePolicyCommand({ PolicyName: THEIRS, PolicyDocument: ALLOW_ALL, Tags: theirTag })
      )
      await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: THEIRS, Tags: theirTag }))
    })
  }, 60_000)

  it('a hand-made role under the prefix without the boundary: no new trust, settings or permissions', async () => {
    await asDeployer(async iam => {
      await denied(
        iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: ADMIN_ROLE, PolicyDocument: ELSEWHERE }))
      )
      await denied(iam.send(new UpdateRoleCommand({ RoleName: ADMIN_ROLE, MaxSessionDuration: 43200 })))
      await denied(
        iam.send(
          new PutRolePolicyCommand({ RoleName: ADMIN_ROLE, PolicyName: 'x', PolicyDocument: ALLOW_ALL })
        )
      )
      await denied(
        iam.send(
          new DetachRolePolicyCommand({
            RoleName: ADMIN_ROLE,
            PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess'
          })
        )
      )
      await denied(iam.send(new DeleteRoleCommand({ RoleName: ADMIN_ROLE })))
      // Claiming it with the ownership tag is what adopt does, and is allowed; it still cannot be re-trusted.
      await iam.send(new TagRoleCommand({ RoleName: ADMIN_ROLE, Tags: ourTag }))
      await denied(
        iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: ADMIN_ROLE, PolicyDocument: ELSEWHERE }))
      )
    })
    expect(role(ADMIN_ROLE).trustPolicy).toBe(ECS)
    expect(role(ADMIN_ROLE).attachedPolicyArns).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess'])
  })

  it("another repository's role: not changed, not deleted, its ownership tag neither taken nor removed", async () => {
    await asDeployer(async iam => {
      await denied(
        iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: THEIRS, PolicyDocument: ELSEWHERE }))
      )
      await denied(
        iam.send(new PutRolePolicyCommand({ RoleName: THEIRS, PolicyName: 'x', PolicyDocument: ALLOW_ALL }))
      )
      await denied(iam.send(new DeleteRoleCommand({ RoleName: THEIRS })))
      await denied(iam.send(new TagRoleCommand({ RoleName: THEIRS, Tags: [{ Key: 'Team', Value: 'x' }] })))
      await deniedExplicitly(iam.send(new TagRoleCommand({ RoleName: THEIRS, Tags: ourTag })))
      await deniedExplicitly(iam.send(new UntagRoleCommand({ RoleName: THEIRS, TagKeys: [OWNERSHIP] })))
    })
    expect(role(THEIRS).tags).toEqual(theirTag)
    expect(role(THEIRS).trustPolicy).toBe(ECS)
  })

  it("another repository's managed policy and instance profile: not changed, not deleted, not retagged", async () => {
    await asDeployer(async iam => {
      await denied(
        iam.send(
          new CreatePolicyVersionCommand({
            PolicyArn: THEIR_POLICY,
            PolicyDocument: ALLOW_ALL,
            SetAsDefault: true
          })
        )
      )
      await denied(iam.send(new DeletePolicyCommand({ PolicyArn: THEIR_POLICY })))
      await deniedExplicitly(iam.send(new TagPolicyCommand({ PolicyArn: THEIR_POLICY, Tags: ourTag })))
      await deniedExplicitly(
        iam.send(new UntagPolicyCommand({ PolicyArn: THEIR_POLICY, TagKeys: [OWNERSHIP] }))
      )
      await denied(
        iam.send(
          new AddRoleToInstanceProfileCommand({ InstanceProfileName: THEIRS, RoleName: 'fleet-dev-svc-001' })
        )
      )
      await denied(iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: THEIRS })))
    })
    const account = emulator.account(DEV_ACCOUNT).state
    expect(account.policies.get(THEIR_POLICY)?.versions).toHaveLength(1)
    expect(account.instanceProfiles.get(THEIRS)?.roleKeys).toEqual([])
  })

  it('creates nothing without the boundary or without its own ownership tag', async () => {
    const create = (name: string, boundary?: string, tags?: { Key: string; Value: string }[]) =>
      new CreateRoleCommand({
        RoleName: name,
        AssumeRolePolicyDocument: ECS,
        PermissionsBoundary: boundary,
        Tags: tags
      })
    await asDeployer(async iam => {
      await denied(iam.send(create('fleet-dev-unbounded', undefined, ourTag)))
      await denied(iam.send(create('fleet-dev-untagged', BOUNDARY)))
      await denied(iam.send(create('fleet-dev-given-away', BOUNDARY, theirTag)))
      await denied(iam.send(create('outside-prefix', BOUNDARY, ourTag)))
      await denied(
        iam.send(new CreatePolicyCommand({ PolicyName: 'fleet-dev-untagged', PolicyDocument: ALLOW_ALL }))
      )
      await denied(iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'fleet-dev-untagged' })))
    })
    expect(emulator.account(DEV_ACCOUNT).state.roles.has('fleet-dev-unbounded')).toBe(false)
  })

  it('never touches itself or the boundary, and never drops a boundary', async () => {
    await asDeployer(async iam => {
      await deniedExplicitly(
        iam.send(
          new PutRolePolicyCommand({
            RoleName: 'rolegate-deployer',
            PolicyName: 'x',
            PolicyDocument: ALLOW_ALL
          })
        )
      )
      await deniedExplicitly(
        iam.send(
          new CreatePolicyVersionCommand({
            PolicyArn: BOUNDARY,
            PolicyDocument: ALLOW_ALL,
            SetAsDefault: true
          })
        )
      )
      await deniedExplicitly(
        iam.send(new DeleteRolePermissionsBoundaryCommand({ RoleName: 'fleet-dev-svc-000' }))
      )
    })
  })
})
