/**
 * A deploy that would create more roles, instance profiles or customer managed policies than the
 * account's IAM quotas allow is refused before anything changes, instead of stopping half-applied on
 * LimitExceeded. The quotas and counts come from one GetAccountSummary (as the emulator reports them,
 * per AWS's SummaryMap). The bundled CLI with the account's admin keys, and the action as the runner
 * runs it (dist/index.js, every action.yml default, the job's OIDC token, the bootstrap deployer).
 */
import { CreateRoleCommand, GetRolePolicyCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { Emulator, runAction, type RunResult } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  cliAsAdmin,
  DEV_ACCOUNT,
  generatedProject,
  REPOSITORY,
  resetAccount,
  asAdmin as asAdminOf
} from '../support/deploy-project.js'

// Six roles, one customer managed policy (shared-logs), instance profiles for svc-000 and svc-003.
const FILES = generatedProject({ roles: 6, managedPolicyEvery: 3, instanceProfileEvery: 3 })
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]
})
const [OWNER, REPO] = REPOSITORY.split('/')

let emulator: Emulator

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, FILES['rolegate.yml'], ['dev'])
})

afterAll(async () => {
  await emulator?.stop()
})

const account = () => emulator.account(DEV_ACCOUNT).state
const cli = (args: string[]): Promise<RunResult> => cliAsAdmin(emulator, args, FILES)
const action = (command = 'deploy'): Promise<RunResult> =>
  runAction(emulator, {
    files: FILES,
    inputs: { command, environment: 'dev' },
    job: { owner: OWNER, repo: REPO, environment: 'dev', eventName: 'push', idTokenWrite: true }
  })

const asAdmin = (body: (iam: IAMClient) => Promise<void>): Promise<void> => asAdminOf(emulator, body)

describe('the roles quota', () => {
  let held = 0

  beforeAll(async () => {
    // Roles other teams made by hand count against the quota as much as RoleGate's.
    await asAdmin(async iam => {
      for (const name of ['team-a-batch', 'team-b-web', 'team-c-etl'])
        await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: TRUST }))
    })
    held = account().roles.size // the three above and the bootstrap deployer
    // Room for five of the six roles.
    account().quotas.roles = held + 5
  })

  it('a deploy one role over the quota is refused with zero mutating calls and says what to do; plan shows it', async () => {
    const expected =
      `IAM quota "Roles per account": account ${DEV_ACCOUNT} holds ${held} roles and this deploy creates 6: ${held + 6} roles, over the quota of ${held + 5} by 1. ` +
      'IAM refuses a create past the quota (LimitExceeded), so the deploy would stop part-way, half-applied; RoleGate applies nothing instead. ' +
      'Request a quota increase in Service Quotas (AWS Identity and Access Management, "Roles per account"), define fewer roles for this environment, or delete roles the account no longer needs first'

    const plan = await cli(['plan', '--env', 'dev'])
    expect(plan.exitCode).toBe(1) // a plan a deploy would refuse fails too
    expect(plan.stdout).toContain('Refused: conflicts to resolve before anything is applied')
    expect(plan.stdout).toContain(`! ${expected}`)

    emulator.calls.reset()
    const deploy = await cli(['deploy', '--env', 'dev'])
    expect(deploy.exitCode).toBe(1)
    expect(deploy.stdout).toContain(`! ${expected}`)
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
    expect(emulator.calls.byAction({ service: 'iam' }).GetAccountSummary).toBe(1)
    expect(account().roles.size).toBe(held)

    // The action as the runner runs it: the same refusal, in the log and the job summary.
    emulator.calls.reset()
    const refused = await action()
    expect(refused.exitCode).toBe(1)
    expect(refused.commands).toContainEqual(
      expect.objectContaining({
        command: 'error',
        message: 'refusing to deploy: 1 conflict(s) to resolve first (see above); nothing was applied'
      })
    )
    expect(refused.summary).toContain('### ⛔ Refused: conflicts to resolve before anything is applied')
    expect(refused.summary).toContain(
      `- **IAM quota "Roles per account"**: account ${DEV_ACCOUNT} holds ${held} roles and this deploy creates 6: ${held + 6} roles, over the quota of ${held + 5} by 1.`
    )
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
    expect(account().roles.size).toBe(held)

    // The action's plan of the same: the step fails (nobody should approve it), after the summary
    // and the outputs are written.
    const planned = await action('plan')
    expect(planned.exitCode).toBe(1)
    expect(planned.commands).toContainEqual(
      expect.objectContaining({
        command: 'error',
        message: expect.stringMatching(
          /^a deploy would be refused: 1 conflict\(s\) to resolve first \(see above\)/
        )
      })
    )
    expect(planned.summary).toContain('### ⛔ Refused: conflicts to resolve before anything is applied')
    expect(planned.outputs['plan-digest']).toMatch(/^sha256:/)
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  })

  it('the same deploy with room for exactly the six roles succeeds', async () => {
    account().quotas.roles = held + 6
    const deployed = await action()
    expect(deployed.exitCode).toBe(0)
    expect(deployed.outputs.changed).toBe('true')
    expect(Object.keys(JSON.parse(deployed.outputs.roles) as object)).toHaveLength(6)
    expect(account().roles.size).toBe(held + 6)

    // Nothing left to create: no quota to check, no GetAccountSummary.
    emulator.calls.reset()
    const again = await action()
    expect(again.exitCode).toBe(0)
    expect(again.outputs.changed).toBe('false')
    expect(emulator.calls.byAction({ service: 'iam' }).GetAccountSummary).toBeUndefined()
  })
})

describe('the instance profile and customer managed policy quotas', () => {
  beforeAll(async () => {
    await resetAccount(emulator, DEV_ACCOUNT, FILES['rolegate.yml'])
    account().quotas.roles = 1000
  })

  it('each quota the deploy would exceed is its own conflict; nothing is created', async () => {
    const profiles = account().instanceProfiles.size
    const policies = account().policies.size // the bootstrap boundary
    account().quotas.instanceProfiles = profiles + 1 // the deploy creates two
    account().quotas.policies = policies // the deploy creates one
    try {
      emulator.calls.reset()
      const deploy = await cli(['deploy', '--env', 'dev'])
      expect(deploy.exitCode).toBe(1)
      expect(deploy.stdout).toContain(
        `! IAM quota "Instance profiles per account": account ${DEV_ACCOUNT} holds ${profiles} instance profiles and this deploy creates 2: ${profiles + 2} instance profiles, over the quota of ${profiles + 1} by 1.`
      )
      expect(deploy.stdout).toContain(
        `! IAM quota "Customer managed policies per account": account ${DEV_ACCOUNT} holds ${policies} customer managed ${policies === 1 ? 'policy' : 'policies'} and this deploy creates 1: ${policies + 1} customer managed policies, over the quota of ${policies} by 1.`
      )
      expect(deploy.stdout).not.toContain('Roles per account')
      expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
      expect(account().policies.size).toBe(policies)
    } finally {
      account().quotas.instanceProfiles = 1000
      account().quotas.policies = 1500
    }
  })
})

describe('credentials that may not read the quotas', () => {
  beforeAll(async () => {
    await resetAccount(emulator, DEV_ACCOUNT, FILES['rolegate.yml'])
  })

  it('fail closed: the deploy stops with an error naming iam:GetAccountSummary, nothing changed', async () => {
    // The bootstrap deployer's read statement, without iam:GetAccountSummary.
    const deployer = [...account().roles.values()].find(role => role.name.endsWith('rolegate-deployer'))!
    await asAdmin(async iam => {
      for (const policy of [...deployer.inlinePolicies.values()]) {
        const { PolicyDocument } = await iam.send(
          new GetRolePolicyCommand({ RoleName: deployer.name, PolicyName: policy.name })
        )
        const document = decodeURIComponent(PolicyDocument!)
        if (!document.includes('iam:GetAccountSummary')) continue
        await iam.send(
          new PutRolePolicyCommand({
            RoleName: deployer.name,
            PolicyName: policy.name,
            PolicyDocument: document.replace('"iam:GetAccountSummary",', '')
          })
        )
      }
    })
    emulator.calls.reset()
    const refused = await action()
    expect(refused.exitCode).toBe(1)
    const error = refused.commands.find(command => command.command === 'error')?.message ?? ''
    expect(error).toMatch(
      /^checking the account's IAM quotas \(GetAccountSummary\) before creating anything failed: .*not authorized to perform: iam:GetAccountSummary.*RoleGate changed nothing\. The credentials need iam:GetAccountSummary on "\*"/
    )
    expect(emulator.calls.count({ service: 'iam', action: 'GetAccountSummary', succeeded: false })).toBe(1)
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  })
})
