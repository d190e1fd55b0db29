/**
 * drift and deploy on the unhappy path, the bundled CLI (dist/cli/index.js) with the account's admin
 * keys against the emulator: each conflict is reported with words that are true of it. A missing
 * boundary is missing, not "not owned"; a name two environments share is shared; a hand-made
 * instance profile, a protected role and a path IAM cannot change say so. And a deploy refused for
 * conflicts says, in one line, that nothing was applied; exit codes are those of before.
 */
import {
  AddRoleToInstanceProfileCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  IAMClient
} from '@aws-sdk/client-iam'
import { Emulator, runAction, type RunResult } from '../../test/emulator/index.js'
import type { PlanReport } from '../../src/report/plan-report.js'
import {
  BOUNDARY,
  bootstrapProject,
  cliAsAdmin,
  DEV_ACCOUNT,
  generatedProject,
  REPOSITORY,
  resetAccount,
  roleDefinition,
  STAGING_ACCOUNT,
  asAdmin as asAdminOf
} from '../support/deploy-project.js'

const BOUNDARY_ARN = `arn:aws:iam::${DEV_ACCOUNT}:policy/${BOUNDARY}`
const TEAM_AUDIT = `arn:aws:iam::${DEV_ACCOUNT}:policy/team-audit`
const NOT_OWNED = 'RoleGate does not own it'

let emulator: Emulator

beforeAll(async () => {
  emulator = await Emulator.start()
})

afterAll(async () => {
  await emulator?.stop()
})

const cli = (args: string[], files: Record<string, string>): Promise<RunResult> =>
  cliAsAdmin(emulator, args, files)
const state = () => emulator.account(DEV_ACCOUNT).state
const mutating = () => emulator.calls.count({ service: 'iam', mutating: true })

async function driftJson(files: Record<string, string>, extra: string[] = []): Promise<PlanReport> {
  const result = await cli(['drift', '--env', 'dev', '--format', 'json', ...extra], files)
  expect(result.exitCode).toBe(1)
  return (JSON.parse(result.stdout) as { plan: PlanReport }).plan
}

const asAdmin = (body: (iam: IAMClient) => Promise<void>): Promise<void> => asAdminOf(emulator, body)

describe('missing dependencies', () => {
  // svc-000 attaches shared-logs (defined here); svc-002 is new, and svc-001 now also attaches a
  // customer managed policy that nobody created.
  const deployed = generatedProject({ roles: 2, managedPolicyEvery: 2 })
  const files: Record<string, string> = {
    ...generatedProject({ roles: 3, managedPolicyEvery: 2 }),
    'iam/roles/svc-001.yml': roleDefinition(1, { roles: 3 }).concat(
      'managedPolicies: ["arn:{partition}:iam::{account}:policy/team-audit"]\n'
    )
  }

  beforeAll(async () => {
    await bootstrapProject(emulator, files['rolegate.yml'])
    expect((await cli(['deploy', '--env', 'dev'], deployed)).exitCode).toBe(0)
    // The bootstrap stack's boundary was deleted since.
    state().policies.delete(BOUNDARY_ARN)
  })

  beforeEach(() => emulator.calls.reset())

  it('drift says the boundary and the policy do not exist, never that RoleGate does not own them', async () => {
    const drift = await cli(['drift', '--env', 'dev'], files)
    expect(drift.exitCode).toBe(1)
    // Each conflict's reason once, under the conflicts heading; the drift list names the resource.
    expect(drift.stdout).toContain(
      `  ! permissions boundary ${BOUNDARY_ARN}: it is the permissions boundary of role fleet-dev-svc-002, but it does not exist in account ${DEV_ACCOUNT}`
    )
    expect(drift.stdout).toContain(
      `  ~ permissions boundary ${BOUNDARY_ARN}: does not exist in the account, and the definitions need it\n` +
        `  ~ managed policy ${TEAM_AUDIT}: does not exist in the account, and the definitions need it\n`
    )
    expect(drift.stdout.split('it is the permissions boundary of role fleet-dev-svc-002')).toHaveLength(2)
    expect(drift.stdout).toContain(
      `  ! managed policy ${TEAM_AUDIT}: role fleet-dev-svc-001 attaches it, but it does not exist in account ${DEV_ACCOUNT}`
    )
    expect(drift.stdout).not.toContain(NOT_OWNED)
    expect(drift.stderr).toContain(
      'rolegate: a deploy would be refused: 2 conflict(s) to resolve first (see above), then 4 operation(s) would reconcile live IAM\n'
    )
    expect(mutating()).toBe(0)

    const plan = await driftJson(files)
    expect(plan.conflicts.map(conflict => [conflict.kind, conflict.resource])).toEqual([
      ['missing-dependency', `permissions boundary ${BOUNDARY_ARN}`],
      ['missing-dependency', `managed policy ${TEAM_AUDIT}`]
    ])
    expect(plan.drift).toEqual([
      expect.objectContaining({ resource: 'role fleet-dev-svc-001', kind: 'changed-outside' }),
      expect.objectContaining({ resource: 'role fleet-dev-svc-002', kind: 'deleted-outside' }),
      expect.objectContaining({
        resource: `permissions boundary ${BOUNDARY_ARN}`,
        kind: 'conflict',
        conflict: 'missing-dependency'
      }),
      expect.objectContaining({
        resource: `managed policy ${TEAM_AUDIT}`,
        kind: 'conflict',
        conflict: 'missing-dependency'
      })
    ])

    const markdown = await cli(['drift', '--env', 'dev', '--format', 'markdown'], files)
    expect(markdown.exitCode).toBe(1)
    expect(markdown.stdout).toContain(
      `- **permissions boundary ${BOUNDARY_ARN}**: does not exist in the account, and the definitions need it\n`
    )
    expect(markdown.stdout).not.toContain(NOT_OWNED)
  })

  it('the scheduled drift job fails with a line that is true for drift, which applies nothing anyway', async () => {
    const [owner, repo] = REPOSITORY.split('/')
    const drift = await runAction(emulator, {
      files,
      inputs: { command: 'drift', environment: 'dev' },
      job: { owner, repo, environment: 'dev', eventName: 'schedule', idTokenWrite: true }
    })
    expect(drift.exitCode).toBe(1)
    expect(drift.commands.find(command => command.command === 'error')?.message).toBe(
      'a deploy would be refused: 2 conflict(s) to resolve first (see above), then 4 operation(s) would reconcile live IAM'
    )
    expect(drift.summary).toContain(
      `- **permissions boundary ${BOUNDARY_ARN}**: does not exist in the account, and the definitions need it`
    )
    expect(drift.summary).not.toContain(NOT_OWNED)
  })

  it('deploy refuses: the text ends with one line saying nothing was applied; plan and dry-run fail too, saying a deploy would be refused', async () => {
    const deploy = await cli(['deploy', '--env', 'dev'], files)
    expect(deploy.exitCode).toBe(1)
    expect(deploy.stdout).toContain('Refused: conflicts to resolve before anything is applied\n')
    expect(deploy.stderr.trimEnd().split('\n').at(-1)).toBe(
      'rolegate: refusing to deploy: 2 conflict(s) to resolve first (see above); nothing was applied'
    )
    expect(mutating()).toBe(0)
    expect(state().roles.has('fleet-dev-svc-002')).toBe(false)

    for (const args of [['plan'], ['deploy', '--dry-run']]) {
      const preview = await cli([...args, '--env', 'dev'], files)
      // Nobody should approve a plan a deploy would refuse: the step fails, and says why.
      expect(preview.exitCode).toBe(1)
      expect(preview.stdout).toContain('Refused: conflicts to resolve before anything is applied\n')
      expect(preview.stderr.trimEnd().split('\n').at(-1)).toMatch(
        /^rolegate: a deploy would be refused: 2 conflict\(s\) to resolve first \(see above\)(, then \d+ operation\(s\) would reconcile live IAM)?$/
      )
    }
    expect(mutating()).toBe(0)
  })
})

describe('a protected role, a path IAM cannot change, a hand-made instance profile', () => {
  const files = generatedProject({ roles: 2 })

  beforeAll(async () => {
    await resetAccount(emulator, DEV_ACCOUNT, files['rolegate.yml'])
    expect((await cli(['deploy', '--env', 'dev'], files)).exitCode).toBe(0)
  })

  it('a definition naming the deployer role: protected, not "not owned"', async () => {
    const takeover = {
      ...files,
      'iam/roles/deployer.yml': roleDefinition(9, { roles: 1 }).replace(
        'name: svc-009',
        'name: svc-009\nroleName: rolegate-deployer'
      )
    }
    const drift = await cli(['drift', '--env', 'dev'], takeover)
    expect(drift.exitCode).toBe(1)
    expect(drift.stdout).toContain(
      '  ! role rolegate-deployer: it is the deployer role of environment dev (rolegate bootstrap)'
    )
    expect(drift.stdout).toContain(
      '  ~ role rolegate-deployer: protected: RoleGate never creates, changes or deletes it\n\n'
    )
    expect(drift.stdout).not.toContain(NOT_OWNED)
    expect((await driftJson(takeover)).drift).toEqual([
      expect.objectContaining({ resource: 'role rolegate-deployer', kind: 'conflict', conflict: 'protected' })
    ])
  })

  it('a path change: the roles differ, and the conflict says why a deploy cannot fix it', async () => {
    const moved = {
      ...files,
      'rolegate.yml': files['rolegate.yml'].replace('defaults:', 'path: /team/\ndefaults:')
    }
    const plan = await driftJson(moved)
    expect(plan.drift).toEqual(
      [0, 1].map(index =>
        expect.objectContaining({
          resource: `role fleet-dev-svc-00${index}`,
          kind: 'changed-outside',
          conflict: 'path-change',
          reasons: expect.arrayContaining([
            expect.stringMatching(/^IAM cannot move a role from path \/ to \/team\//)
          ])
        })
      )
    )
  })

  it("a hand-made instance profile the plan would delete: said so, with the role's own drift", async () => {
    await asAdmin(async iam => {
      await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'fleet-dev-svc-000' }))
      await iam.send(
        new AddRoleToInstanceProfileCommand({
          InstanceProfileName: 'fleet-dev-svc-000',
          RoleName: 'fleet-dev-svc-000'
        })
      )
    })
    const drift = await cli(['drift', '--env', 'dev'], files)
    expect(drift.exitCode).toBe(1)
    expect(drift.stdout).toContain(
      '  ! instance profile fleet-dev-svc-000: it has no rolegate:managed-by tag: RoleGate did not create it'
    )
    expect(drift.stdout).toContain(
      '  ~ instance profile fleet-dev-svc-000: the plan would delete it, but this repository did not create it\n\n'
    )
    expect(drift.stdout).not.toContain(NOT_OWNED)
    expect((await driftJson(files)).drift).toEqual([
      expect.objectContaining({ resource: 'role fleet-dev-svc-000', kind: 'changed-outside' }),
      expect.objectContaining({
        resource: 'instance profile fleet-dev-svc-000',
        kind: 'conflict',
        conflict: 'foreign-instance-profile'
      })
    ])
  })
})

describe('names two environments share in one account', () => {
  // dev alone in its account first; then staging moves in with the same names (no {environment}).
  const alone = generatedProject({ roles: 1, project: 'solo' })
  alone['rolegate.yml'] = alone['rolegate.yml'].replace(
    'definitions:',
    'naming: "{project}-{name}"\ndefinitions:'
  )
  const shared = { ...alone, 'rolegate.yml': alone['rolegate.yml'].replaceAll(STAGING_ACCOUNT, DEV_ACCOUNT) }

  beforeAll(async () => {
    await resetAccount(emulator, DEV_ACCOUNT, alone['rolegate.yml'])
    expect((await cli(['deploy', '--env', 'dev'], alone)).exitCode).toBe(0)
  })

  it('a deployed role, unchanged, that staging now defines too: a shared name, not a change outside RoleGate', async () => {
    expect((await cli(['drift', '--env', 'dev'], alone)).exitCode).toBe(0)
    const drift = await cli(['drift', '--env', 'dev'], shared)
    expect(drift.exitCode).toBe(1)
    expect(drift.stdout).toContain(
      `  ! role solo-svc-000: environment staging defines it too, in the same account ${DEV_ACCOUNT}`
    )
    expect(drift.stdout).toContain(
      '  ~ role solo-svc-000: defined by more than one environment of the same account\n\n'
    )
    expect(drift.stdout).not.toContain('changed outside RoleGate')
    expect(drift.stdout).not.toContain(NOT_OWNED)
    expect((await driftJson(shared)).drift).toEqual([
      {
        resource: 'role solo-svc-000',
        kind: 'conflict',
        conflict: 'shared-name',
        reasons: [expect.any(String)]
      }
    ])
  })
})

describe('account quotas', () => {
  const files = generatedProject({ roles: 2 })

  beforeAll(async () => {
    await resetAccount(emulator, DEV_ACCOUNT, files['rolegate.yml'])
  })

  afterAll(() => {
    state().quotas.roles = 1000
  })

  it('drift reads no quota and reports none; deploy refuses the same plan for the quota', async () => {
    state().quotas.roles = state().roles.size + 1 // room for one of the two roles
    emulator.calls.reset()
    const plan = await driftJson(files)
    expect(plan.conflicts).toEqual([])
    expect(plan.drift?.map(item => item.kind)).toEqual(['deleted-outside', 'deleted-outside'])
    expect(emulator.calls.byAction({ service: 'iam' }).GetAccountSummary).toBeUndefined()

    const deploy = await cli(['deploy', '--env', 'dev', '--format', 'json'], files)
    expect(deploy.exitCode).toBe(1)
    const report = JSON.parse(deploy.stdout) as { plan: PlanReport }
    expect(report.plan.conflicts.map(conflict => [conflict.kind, conflict.resource])).toEqual([
      ['quota', 'IAM quota "Roles per account"']
    ])
    expect(deploy.stderr).toContain(
      'rolegate: refusing to deploy: 1 conflict(s) to resolve first (see above); nothing was applied'
    )
    expect(mutating()).toBe(0)
  })
})

describe('findings at or above --fail-on stop plan before AWS is asked anything', () => {
  beforeAll(async () => {
    await resetAccount(emulator, DEV_ACCOUNT, generatedProject({ roles: 1 })['rolegate.yml'])
  })

  it('plan, dry-run and drift exit 1 with one line saying why; the markdown says it fails', async () => {
    const files = generatedProject({ roles: 1 })
    files['iam/roles/svc-000.yml'] = files['iam/roles/svc-000.yml'].replace(
      's3:GetObject, s3:PutObject',
      's3:GetObjectt, s3:PutObject'
    )
    emulator.calls.reset()
    for (const args of [['plan'], ['deploy', '--dry-run'], ['drift']]) {
      const result = await cli([...args, '--env', 'dev'], files)
      expect(result.exitCode).toBe(1)
      expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(
        `rolegate: refusing to ${args[1] === '--dry-run' ? 'plan (deploy --dry-run)' : args[0]}: the definitions have 1 error(s), and fail-on is error; fix them first. No credential was used`
      )
    }
    const markdown = await cli(['plan', '--env', 'dev', '--format', 'markdown'], files)
    expect(markdown.stdout).toContain('❌ Fails')
    expect(emulator.calls.count({})).toBe(0)
  })
})

describe('prune meets a policy that is the permissions boundary of a role RoleGate does not manage', () => {
  const deployed = generatedProject({ roles: 1, managedPolicyEvery: 1 })
  const removed = generatedProject({ roles: 1 })
  const policyArn = `arn:aws:iam::${DEV_ACCOUNT}:policy/fleet-dev-shared-logs`

  beforeAll(async () => {
    await resetAccount(emulator, DEV_ACCOUNT, deployed['rolegate.yml'])
    expect((await cli(['deploy', '--env', 'dev'], deployed)).exitCode).toBe(0)
    await asAdmin(async iam => {
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'outsider',
          AssumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }
            ]
          }),
          PermissionsBoundary: policyArn
        })
      )
    })
  })

  it('is a conflict before anything is applied, not a deploy that stops half-way saying a re-run converges', async () => {
    emulator.calls.reset()
    const plan = await cli(['plan', '--env', 'dev', '--prune'], removed)
    expect(plan.exitCode).toBe(1)
    expect(plan.stdout).toContain(
      'managed policy fleet-dev-shared-logs: it is the permissions boundary of 1 role(s) or user(s) RoleGate does not manage; give them another boundary first'
    )
    const deploy = await cli(['deploy', '--env', 'dev', '--prune'], removed)
    expect(deploy.exitCode).toBe(1)
    expect(mutating()).toBe(0)
    expect(state().policies.has(policyArn)).toBe(true)
  })
})
