/**
 * A create that meets an existing resource (EntityAlreadyExists) is never counted as done. The
 * resource is hidden from the live read by the emulator's eventual-consistency lag (as a resource
 * created during the deploy, or one an IAM implementation's read omits, would be); when the
 * applier meets it, the lag ends (calls.onAnswered advances the emulator's clock) or does not.
 * Owned → reconciled to the definitions; foreign → refused, nothing put on it, nothing attached.
 * In-process runDeploy with the action's OIDC credentials and the bootstrap deployer.
 */
import { CreatePolicyCommand, CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { Emulator } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  DEV_ACCOUNT,
  expectMatchesDefinitions,
  generatedProject,
  inProcessDeploy,
  REPOSITORY,
  resetAccount,
  useEmulatorEndpoints,
  type InProcessDeploy
} from '../support/deploy-project.js'

const HIDDEN_MS = 600_000
const POLICY = 'fleet-dev-shared-logs'
const POLICY_ARN = `arn:aws:iam::${DEV_ACCOUNT}:policy/${POLICY}`
const files = generatedProject({ roles: 2, managedPolicyEvery: 1 })

let emulator: Emulator
let restoreEnv: () => void
let iam: IAMClient
let deploy: InProcessDeploy
let stopListening: (() => void) | undefined

beforeAll(async () => {
  emulator = await Emulator.start()
  restoreEnv = useEmulatorEndpoints(emulator)
  await bootstrapProject(emulator, files['rolegate.yml'])
  iam = new IAMClient(emulator.iamClientConfig(DEV_ACCOUNT))
  deploy = inProcessDeploy(emulator, files)
})

afterAll(async () => {
  deploy?.dispose()
  iam?.destroy()
  restoreEnv?.()
  await emulator?.stop()
})

beforeEach(async () => {
  emulator.faults.reset()
  emulator.clock.reset()
  await resetAccount(emulator, DEV_ACCOUNT, files['rolegate.yml'])
})

afterEach(() => {
  stopListening?.()
  stopListening = undefined
  emulator.faults.reset()
})

/** Creates resources with an admin key that the live read will not see for HIDDEN_MS. */
async function hidden(create: () => Promise<void>): Promise<void> {
  emulator.faults.configure({ consistencyDelayMs: HIDDEN_MS })
  await create()
  emulator.faults.configure({ consistencyDelayMs: 0 })
}

/** IAM catches up the moment a create is answered EntityAlreadyExists. */
function catchUpOnConflict(): void {
  stopListening = emulator.calls.onAnswered(record => {
    if (record.errorCode === 'EntityAlreadyExists') emulator.clock.advance(HIDDEN_MS)
  })
}

const document = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] })
const foreignTrust = document({
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::999999999999:root' },
  Action: 'sts:AssumeRole'
})

const live = () => emulator.account(DEV_ACCOUNT).state
const describe_ = (outcome: Awaited<ReturnType<InProcessDeploy['run']>>) => outcome.report.plan?.applied ?? []

describe('EntityAlreadyExists on a resource RoleGate owns', () => {
  it('a policy with a different live document gets a new version: converges to the definitions', async () => {
    await hidden(async () => {
      await iam.send(
        new CreatePolicyCommand({
          PolicyName: POLICY,
          PolicyDocument: document({ Effect: 'Allow', Action: 's3:DeleteBucket', Resource: '*' }),
          Tags: [{ Key: 'rolegate:managed-by', Value: REPOSITORY }]
        })
      )
    })
    catchUpOnConflict()
    const notes: string[] = []
    const outcome = await deploy.run({ log: line => notes.push(line) })
    expect(outcome.report.plan?.failed).toBeUndefined()
    expect(outcome.exitCode).toBe(0)
    expect(outcome.plan?.operations[0]).toMatchObject({ kind: 'CreatePolicy', policyName: POLICY })
    // Not reported as created: reported as reconciled, with the version that was actually made.
    expect(describe_(outcome)).not.toContain(`create managed policy /${POLICY}`)
    expect(describe_(outcome)).toContain(`new default version of ${POLICY_ARN}`)
    expect(outcome.applyResult?.reconciled).toEqual([
      `managed policy ${POLICY} already existed (owned by ${REPOSITORY}), though the live read did not show it: re-read it and reconciled it with 2 operation(s) instead of creating it`
    ])
    expect(notes).toContain(outcome.applyResult!.reconciled[0])
    expect(
      live()
        .policies.get(POLICY_ARN)!
        .versions.map(version => version.versionId)
    ).toEqual(['v1', 'v2'])
    await expectMatchesDefinitions(emulator, deploy.workspace)

    emulator.calls.reset()
    expect((await deploy.run()).plan?.operations).toEqual([])
    expect(emulator.calls.mutating()).toBe(0)
  })

  it('a role with another trust and a stale inline policy is reconciled, not reported as created', async () => {
    await hidden(async () => {
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'fleet-dev-svc-000',
          AssumeRolePolicyDocument: document({
            Effect: 'Allow',
            Principal: { Service: 'lambda.amazonaws.com' },
            Action: 'sts:AssumeRole'
          }),
          Tags: [{ Key: 'rolegate:managed-by', Value: REPOSITORY }]
        })
      )
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: 'fleet-dev-svc-000',
          PolicyName: 'stale',
          PolicyDocument: document({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' })
        })
      )
    })
    catchUpOnConflict()
    emulator.calls.reset()
    const outcome = await deploy.run()
    expect(outcome.report.plan?.failed).toBeUndefined()
    expect(outcome.exitCode).toBe(0)
    expect(describe_(outcome)).not.toContain('create role /fleet-dev-svc-000')
    expect(describe_(outcome)).toEqual(
      expect.arrayContaining([
        'update trust policy of fleet-dev-svc-000',
        'delete inline policy stale from fleet-dev-svc-000',
        'put inline policy data on fleet-dev-svc-000',
        `attach ${POLICY_ARN} to fleet-dev-svc-000`
      ])
    )
    // The plan's own operations on that role were covered by the reconciliation, not repeated.
    expect(emulator.calls.count({ action: 'PutRolePolicy', succeeded: true })).toBe(2) // 000 (reconciled), 001
    await expectMatchesDefinitions(emulator, deploy.workspace)
  })
})

describe('EntityAlreadyExists on an untagged resource', () => {
  it('is adopted when its definition says adopt: true, as a planned change would be', async () => {
    await hidden(async () => {
      await iam.send(
        new CreateRoleCommand({ RoleName: 'fleet-dev-svc-001', AssumeRolePolicyDocument: foreignTrust })
      )
    })
    catchUpOnConflict()
    const adopting = inProcessDeploy(emulator, {
      ...files,
      'iam/roles/svc-001.yml': `${files['iam/roles/svc-001.yml']}adopt: true\n`
    })
    try {
      const outcome = await adopting.run()
      expect(outcome.report.plan?.failed).toBeUndefined()
      expect(outcome.exitCode).toBe(0)
      expect(outcome.applyResult?.reconciled).toEqual([
        expect.stringMatching(
          /^role fleet-dev-svc-001 already existed \(without an ownership tag, adopted as its definition says\)/
        )
      ])
      await expectMatchesDefinitions(emulator, adopting.workspace)
    } finally {
      adopting.dispose()
    }
  })
})

describe('EntityAlreadyExists on a resource someone else created during the deploy', () => {
  it('a foreign same-named role trusting another account: nothing put on it, exit 1', async () => {
    await hidden(async () => {
      await iam.send(
        new CreateRoleCommand({ RoleName: 'fleet-dev-svc-001', AssumeRolePolicyDocument: foreignTrust })
      )
    })
    catchUpOnConflict()
    const outcome = await deploy.run()
    expect(outcome.exitCode).toBe(1)
    expect(outcome.report.plan?.failed?.error).toMatch(
      /^creating role fleet-dev-svc-001: IAM answered EntityAlreadyExists, and it exists but RoleGate did not create it/
    )
    expect(outcome.report.plan?.failed?.error).toMatch(
      /put nothing on it and attached nothing to it, and stopped the deploy$/
    )
    expect(outcome.applyResult?.failed?.refused).toBe(true)
    const role = live().roles.get('fleet-dev-svc-001')!
    expect(role.inlinePolicies.size).toBe(0)
    expect(role.attachedPolicyArns).toEqual([])
    expect(role.trustPolicy).toBe(foreignTrust)
    expect(role.tags).toEqual([])
    expect(describe_(outcome)).not.toContain('create role /fleet-dev-svc-001')
  })

  it('a foreign role IAM does not show within the consistency timeout: refused, nothing put on it', async () => {
    await hidden(async () => {
      await iam.send(
        new CreateRoleCommand({ RoleName: 'fleet-dev-svc-001', AssumeRolePolicyDocument: foreignTrust })
      )
    })
    const outcome = await deploy.run({ apply: { consistencyTimeoutMs: 400, consistencyBackoffMs: 100 } })
    expect(outcome.exitCode).toBe(1)
    expect(outcome.report.plan?.failed?.error).toMatch(
      /^creating role fleet-dev-svc-001: IAM answered EntityAlreadyExists, and it cannot be read yet/
    )
    const role = live().roles.get('fleet-dev-svc-001')!
    expect(role.inlinePolicies.size).toBe(0)
    expect(role.attachedPolicyArns).toEqual([])
  })

  it('a foreign same-named Action "*" policy is never attached, exit 1', async () => {
    await hidden(async () => {
      await iam.send(
        new CreatePolicyCommand({
          PolicyName: POLICY,
          PolicyDocument: document({ Effect: 'Allow', Action: '*', Resource: '*' }),
          Tags: [{ Key: 'rolegate:managed-by', Value: 'mallory/other' }]
        })
      )
    })
    catchUpOnConflict()
    emulator.calls.reset()
    const outcome = await deploy.run()
    expect(outcome.exitCode).toBe(1)
    expect(outcome.report.plan?.failed?.error).toMatch(
      new RegExp(
        `^creating managed policy ${POLICY}: IAM answered EntityAlreadyExists, and it is managed by mallory/other \\(tag rolegate:managed-by\\), not by this repository`
      )
    )
    expect(outcome.report.plan?.failed?.error).toMatch(/did not change it and attached it to nothing/)
    expect(emulator.calls.count({ action: 'AttachRolePolicy' })).toBe(0)
    for (const role of live().roles.values()) expect(role.attachedPolicyArns).not.toContain(POLICY_ARN)
    expect(live().policies.get(POLICY_ARN)!.versions).toHaveLength(1)
  })
})
