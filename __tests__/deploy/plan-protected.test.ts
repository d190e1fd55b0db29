/**
 * A deploy never plans a change to the role it runs as, to any environment's deployer role, or to
 * what `rolegate bootstrap` creates; a managedBy other than the repository running the deploy must
 * be acknowledged in rolegate.yml. Against the emulator with the bootstrap deployer (OIDC) and with
 * ambient admin credentials (the account's admin key), in-process.
 */
import { loadConfig } from '../../src/definitions/load.js'
import { bootstrapTemplate } from '../../src/commands/bootstrap.js'
import { callerRoleName, ownershipConflict, protectedResources } from '../../src/plan/protected.js'
import { Emulator } from '../../test/emulator/index.js'
import {
  DEV_ACCOUNT,
  generatedProject,
  inProcessDeploy,
  projectConfig,
  REPOSITORY,
  resetAccount,
  useEmulatorEndpoints
} from '../support/deploy-project.js'

let emulator: Emulator
let restoreEnv: () => void
const savedRepository = process.env.GITHUB_REPOSITORY

beforeAll(async () => {
  emulator = await Emulator.start()
  restoreEnv = useEmulatorEndpoints(emulator)
  process.env.GITHUB_REPOSITORY = REPOSITORY
})

afterAll(async () => {
  if (savedRepository === undefined) delete process.env.GITHUB_REPOSITORY
  else process.env.GITHUB_REPOSITORY = savedRepository
  restoreEnv?.()
  await emulator?.stop()
})

const DEPLOYER = 'rolegate-deployer'
const outsideTrust = [
  'trust:',
  '  Version: "2012-10-17"',
  '  Statement:',
  '    - Effect: Allow',
  '      Principal: { AWS: "arn:aws:iam::999999999999:root" }',
  '      Action: sts:AssumeRole',
  '      Condition: { StringEquals: { "sts:ExternalId": "x" } }'
].join('\n')

/** A project with one definition that targets the deployer itself. */
function takeover(managedBy?: string): Record<string, string> {
  const files = generatedProject({ roles: 1 })
  if (managedBy) files['rolegate.yml'] = projectConfig('fleet', `managedBy: "${managedBy}"`)
  files['iam/deployer.yml'] = `kind: Role\nname: deployer\nroleName: ${DEPLOYER}\n${outsideTrust}\n`
  return files
}

const admin = () => {
  const key = emulator.account(DEV_ACCOUNT).admin
  return Promise.resolve({ accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey })
}

const deployerTrust = () => emulator.account(DEV_ACCOUNT).state.roles.get(DEPLOYER)!.trustPolicy

describe.each([
  ['the bootstrap deployer (OIDC)', undefined],
  ['ambient admin credentials', admin]
])('a definition naming the deployer role, deployed with %s', (_label, credentials) => {
  beforeEach(async () => {
    await resetAccount(emulator, DEV_ACCOUNT, projectConfig())
  })

  it('is refused before any mutating call; the deployer keeps its trust', async () => {
    const trust = deployerTrust()
    const deploy = inProcessDeploy(emulator, takeover())
    try {
      emulator.calls.reset()
      const outcome = await deploy.run({ managedBy: undefined, ...(credentials ? { credentials } : {}) })
      expect(outcome.exitCode).toBe(1)
      expect(outcome.plan?.conflicts).toEqual([
        {
          kind: 'protected',
          resource: `role ${DEPLOYER}`,
          reason: expect.stringMatching(
            credentials
              ? /^it is the deployer role of environment dev \(rolegate bootstrap\); RoleGate never creates or changes it/
              : /^it is the role this deploy runs as; RoleGate never creates or changes it/
          )
        }
      ])
      expect(emulator.calls.mutating()).toBe(0)
      expect(deployerTrust()).toBe(trust)
    } finally {
      deploy.dispose()
    }
  })

  it('with managedBy set to the bootstrap tag value: refused for both reasons, with prune too', async () => {
    const trust = deployerTrust()
    const deploy = inProcessDeploy(emulator, takeover(`bootstrap:${REPOSITORY}`))
    try {
      emulator.calls.reset()
      const outcome = await deploy.run({
        prune: true,
        managedBy: undefined,
        ...(credentials ? { credentials } : {})
      })
      expect(outcome.exitCode).toBe(1)
      expect(outcome.plan?.conflicts.map(conflict => [conflict.kind, conflict.resource])).toEqual([
        ['managed-by', 'rolegate.yml managedBy'],
        ['protected', `role ${DEPLOYER}`]
      ])
      expect(outcome.plan!.conflicts[0].reason).toMatch(
        /^the ownership tag is "bootstrap:acme\/infra" but this deploy runs in acme\/infra: .*managedByAcknowledgement: \{ managedBy: bootstrap:acme\/infra, reason: "\.\.\." \}/
      )
      expect(emulator.calls.mutating()).toBe(0)
      expect(deployerTrust()).toBe(trust)
      expect(emulator.account(DEV_ACCOUNT).state.policies.size).toBe(1) // the boundary
    } finally {
      deploy.dispose()
    }
  })
})

describe('managedBy other than the repository running the deploy', () => {
  const withOwner = (extra: string) => {
    const files = generatedProject({ roles: 1 })
    files['rolegate.yml'] = projectConfig('fleet', extra)
    return files
  }

  beforeAll(async () => {
    await resetAccount(emulator, DEV_ACCOUNT, projectConfig())
  })

  it('is refused without an acknowledgement, and with one that names another value', async () => {
    for (const extra of [
      'managedBy: acme/other',
      'managedBy: acme/other\nmanagedByAcknowledgement: { managedBy: acme/older, reason: "moved" }'
    ]) {
      const deploy = inProcessDeploy(emulator, withOwner(extra))
      try {
        emulator.calls.reset()
        const outcome = await deploy.run({ managedBy: undefined })
        expect(outcome.exitCode).toBe(1)
        expect(outcome.plan?.conflicts.map(conflict => conflict.resource)).toEqual(['rolegate.yml managedBy'])
        expect(emulator.calls.mutating()).toBe(0)
      } finally {
        deploy.dispose()
      }
    }
  })

  it('deploys with an acknowledgement of that value; the same repository needs none (any case)', async () => {
    for (const extra of [
      'managedBy: acme/other\nmanagedByAcknowledgement: { managedBy: acme/other, reason: "roles moved here (PLAT-12)" }',
      'managedBy: ACME/Infra'
    ]) {
      // The deployer is bootstrapped for the value this rolegate.yml deploys with.
      await resetAccount(emulator, DEV_ACCOUNT, withOwner(extra)['rolegate.yml'])
      const deploy = inProcessDeploy(emulator, withOwner(extra))
      try {
        const outcome = await deploy.run({ managedBy: undefined })
        expect(outcome.plan?.conflicts).toEqual([])
        expect(outcome.exitCode).toBe(0)
      } finally {
        deploy.dispose()
      }
    }
  })
})

describe('protected names', () => {
  const config = loadConfig({
    path: 'rolegate.yml',
    text: [
      'version: 1',
      'project: fleet',
      'defaults:',
      '  permissionsBoundary: "arn:{partition}:iam::{account}:policy/fleet-boundary-{environment}"',
      'environments:',
      '  dev: { account: "111111111111", region: us-east-1, deployRole: "arn:aws:iam::111111111111:role/ci/dev-deployer" }',
      '  test: { account: "111111111111", region: us-east-1 }',
      '  prod: { account: "333333333333", region: us-east-1, deployRole: "arn:aws:iam::333333333333:role/prod-deployer" }'
    ].join('\n')
  }).config!

  it('are the caller role, every deployer and bootstrap boundary in the account, as bootstrap names them', () => {
    const names = protectedResources({
      config,
      environment: 'dev',
      callerArn: 'arn:aws:sts::111111111111:assumed-role/ops-admin/session-1'
    }).map(resource => `${resource.kind} ${resource.name}`)
    expect(names).toEqual([
      'role ops-admin',
      'role dev-deployer',
      'managed policy fleet-boundary-dev',
      'role fleet-test-rolegate-deployer',
      'managed policy fleet-boundary-test'
    ])
    for (const environment of ['dev', 'test']) {
      const template = bootstrapTemplate(config, environment, { repository: REPOSITORY }) as {
        Resources: Record<string, { Properties: Record<string, unknown> }>
      }
      expect(names).toContain(`role ${String(template.Resources.DeployerRole.Properties.RoleName)}`)
      expect(names).toContain(
        `managed policy ${String(template.Resources.PermissionsBoundary.Properties.ManagedPolicyName)}`
      )
    }
  })

  it('caller ARNs map to their role; users and root to none', () => {
    expect(callerRoleName('arn:aws:sts::111111111111:assumed-role/deployer/run-1')).toBe('deployer')
    expect(callerRoleName('arn:aws:iam::111111111111:role/path/to/deployer')).toBe('deployer')
    expect(callerRoleName('arn:aws:iam::111111111111:user/alice')).toBeUndefined()
    expect(callerRoleName('arn:aws:iam::111111111111:root')).toBeUndefined()
    expect(ownershipConflict({ managedBy: 'a/b' })).toBeUndefined() // no repository known: not checked
  })
})
