/**
 * What the plan checks before the apply: a missing permissions boundary or attached customer
 * managed policy is refused up front (zero mutating calls, the command that creates it named), and a
 * live document IAM returns in a form that cannot be decoded is a clear error naming the resource.
 * In-process runDeploy with the action's OIDC credentials and the bootstrap deployer.
 */
import { UsageError } from '../../src/model/errors.js'
import { missingPolicyConflicts } from '../../src/plan/prechecks.js'
import { Emulator } from '../../test/emulator/index.js'
import {
  BOUNDARY,
  bootstrapProject,
  DEV_ACCOUNT,
  generatedProject,
  inProcessDeploy,
  resetAccount,
  roleDefinition,
  useEmulatorEndpoints
} from '../support/deploy-project.js'

let emulator: Emulator
let restoreEnv: () => void

beforeAll(async () => {
  emulator = await Emulator.start()
  restoreEnv = useEmulatorEndpoints(emulator)
})

afterAll(async () => {
  restoreEnv?.()
  await emulator?.stop()
})

const BOUNDARY_ARN = `arn:aws:iam::${DEV_ACCOUNT}:policy/${BOUNDARY}`

describe('pre-checks', () => {
  it('a missing permissions boundary is refused before any mutating call, with the bootstrap hint', async () => {
    const files = generatedProject({ roles: 3 })
    await bootstrapProject(emulator, files['rolegate.yml'])
    // The bootstrap stack was deployed without its boundary (or the boundary was deleted since).
    emulator.account(DEV_ACCOUNT).state.policies.delete(BOUNDARY_ARN)
    const deploy = inProcessDeploy(emulator, files)
    try {
      emulator.calls.reset()
      const outcome = await deploy.run()
      expect(outcome.exitCode).toBe(1)
      expect(outcome.plan?.conflicts).toEqual([
        {
          kind: 'missing-dependency',
          resource: `permissions boundary ${BOUNDARY_ARN}`,
          reason: expect.stringContaining(
            'run "rolegate bootstrap --env dev" and deploy the CloudFormation template'
          )
        }
      ])
      expect(outcome.plan!.conflicts[0].reason).toMatch(
        /boundary of roles fleet-dev-svc-000, fleet-dev-svc-001, fleet-dev-svc-002, but it does not exist in account 111111111111 and this plan does not create it/
      )
      expect(outcome.applyResult).toBeUndefined()
      expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
    } finally {
      deploy.dispose()
    }
  })

  it('a missing attached customer managed policy is refused; a policy the plan creates is not', async () => {
    const files = generatedProject({ roles: 2, managedPolicyEvery: 1 })
    await resetAccount(emulator, DEV_ACCOUNT, files['rolegate.yml'])
    files['iam/roles/svc-001.yml'] = roleDefinition(1, { roles: 2 }).concat(
      'managedPolicies: [shared-logs, "arn:{partition}:iam::{account}:policy/team-audit", "arn:aws:iam::aws:policy/ReadOnlyAccess"]\n'
    )
    const deploy = inProcessDeploy(emulator, files)
    try {
      emulator.calls.reset()
      const outcome = await deploy.run()
      expect(outcome.exitCode).toBe(1)
      // shared-logs is created by this plan, ReadOnlyAccess is AWS managed: only team-audit is missing.
      expect(outcome.plan?.conflicts.map(conflict => [conflict.kind, conflict.resource])).toEqual([
        ['missing-dependency', `managed policy arn:aws:iam::${DEV_ACCOUNT}:policy/team-audit`]
      ])
      expect(outcome.plan!.conflicts[0].reason).toMatch(
        /^role fleet-dev-svc-001 attaches it, but it does not exist in account 111111111111 and this plan does not create it.*kind: ManagedPolicy/
      )
      expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)

      // Once the policy exists, the same deploy goes through.
      emulator.account(DEV_ACCOUNT).state.policies.set(`arn:aws:iam::${DEV_ACCOUNT}:policy/team-audit`, {
        ...emulator.account(DEV_ACCOUNT).state.policies.get(BOUNDARY_ARN)!,
        name: 'team-audit',
        arn: `arn:aws:iam::${DEV_ACCOUNT}:policy/team-audit`
      })
      const retried = await deploy.run()
      expect(retried.plan?.conflicts).toEqual([])
      expect(retried.exitCode).toBe(0)
    } finally {
      deploy.dispose()
    }
  })

  it('names each missing policy once, with every role that needs it', () => {
    const arn = 'arn:aws:iam::111111111111:policy/Missing'
    const conflicts = missingPolicyConflicts({
      environment: 'dev',
      operations: [
        { kind: 'AttachRolePolicy', roleName: 'b', policyArn: arn },
        { kind: 'AttachRolePolicy', roleName: 'a', policyArn: arn },
        { kind: 'PutRolePermissionsBoundary', roleName: 'c', permissionsBoundary: arn.toLowerCase() },
        { kind: 'AttachRolePolicy', roleName: 'a', policyArn: 'arn:aws:iam::111111111111:policy/present' }
      ],
      livePolicyArns: ['arn:aws:iam::111111111111:policy/Present'],
      createdPolicyArns: []
    })
    expect(conflicts.map(conflict => [conflict.resource, conflict.reason.split(',')[0]])).toEqual([
      [`managed policy ${arn}`, 'roles a'],
      [`permissions boundary ${arn.toLowerCase()}`, 'it is the permissions boundary of role c']
    ])
  })
})

describe('a live document IAM returns in a form RoleGate cannot decode', () => {
  const files = generatedProject({ roles: 2 })

  beforeAll(async () => {
    await resetAccount(emulator, DEV_ACCOUNT, files['rolegate.yml'])
    const deploy = inProcessDeploy(emulator, files)
    try {
      expect((await deploy.run()).exitCode).toBe(0)
    } finally {
      deploy.dispose()
    }
  })

  afterEach(() => emulator.faults.reset())

  it.each([
    [
      'not URL encoding',
      (xml: string) => xml.replace(/%22Statement%22/, '%E0%A4%A'),
      /not valid URL encoding/
    ],
    ['not JSON', (xml: string) => xml.replace(/%22Statement%22/, '%7B%7B'), /not valid JSON/]
  ])('%s: an error naming the role and document, no crash, no change', async (_label, rewrite, problem) => {
    emulator.faults.configure({
      rewriteResponse: (action, body) =>
        action === 'GetAccountAuthorizationDetails'
          ? body.replace(
              /(<RoleName>fleet-dev-svc-001<\/RoleName>[\s\S]*?<PolicyDocument>)([^<]*)/,
              (_all, head: string, document: string) => head + rewrite(document)
            )
          : body
    })
    const deploy = inProcessDeploy(emulator, files)
    try {
      emulator.calls.reset()
      const error = await deploy.run().catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(UsageError)
      const message = (error as Error).message
      expect(message).toMatch(/^reading live IAM: IAM returned inline policy data of role fleet-dev-svc-001 /)
      expect(message).toMatch(problem)
      expect(message).toMatch(/RoleGate changed nothing/)
      expect(message).not.toMatch(/\n/)
      expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
    } finally {
      deploy.dispose()
    }
  })
})
