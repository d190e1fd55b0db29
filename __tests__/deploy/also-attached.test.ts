/**
 * A customer managed policy RoleGate owns may be attached by hand to roles it does not define: its
 * new version changes their access too. The plan says so (text, JSON, the action's summary), and a
 * digest reviewed before another role got the policy no longer matches. The bundled CLI and the
 * action as the runner runs it, against the emulator.
 */
import { AttachRolePolicyCommand, CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import { Emulator, runAction, type RunResult } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  cliAsAdmin,
  DEV_ACCOUNT,
  generatedProject,
  REPOSITORY,
  sharedPolicyDefinition
} from '../support/deploy-project.js'

const FILES = generatedProject({ roles: 2, managedPolicyEvery: 1 })
const CHANGED = { ...FILES, 'iam/shared-logs.yml': sharedPolicyDefinition('-v2') }
const POLICY_ARN = `arn:aws:iam::${DEV_ACCOUNT}:policy/fleet-dev-shared-logs`
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]
})

let emulator: Emulator
let admin: IAMClient

beforeAll(async () => {
  emulator = await Emulator.start()
  await bootstrapProject(emulator, FILES['rolegate.yml'], ['dev'])
  admin = new IAMClient(emulator.iamClientConfig(DEV_ACCOUNT))
})

afterAll(async () => {
  admin?.destroy()
  await emulator?.stop()
})

const cli = (args: string[], files = FILES): Promise<RunResult> => cliAsAdmin(emulator, args, files)

async function attachToHandMadeRole(name: string): Promise<void> {
  await admin.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: TRUST }))
  await admin.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn: POLICY_ARN }))
}

const digestOf = (result: RunResult) => /Plan digest: (sha256:[0-9a-f]{64})/.exec(result.stdout)?.[1]

it('names the roles outside the definitions a changed policy also changes, and pins them in the digest', async () => {
  expect((await cli(['deploy', '--env', 'dev'])).exitCode).toBe(0)
  // Only roles it defines have the policy: nothing to say.
  const quiet = await cli(['plan', '--env', 'dev'], CHANGED)
  expect(quiet.stdout).toContain(`new default version of ${POLICY_ARN}`)
  expect(quiet.stdout).not.toContain('Also attached outside')

  await attachToHandMadeRole('legacy-batch')

  const plan = await cli(['plan', '--env', 'dev'], CHANGED)
  expect(plan.exitCode).toBe(0)
  expect(plan.stdout).toContain('Also attached outside this environment (1)')
  expect(plan.stdout).toContain(
    `${POLICY_ARN}: its new version applies to 1 role(s) this environment does not define (legacy-batch) as well (attached, or as permissions boundary): their access changes with it`
  )
  const json = JSON.parse((await cli(['plan', '--env', 'dev', '--format', 'json'], CHANGED)).stdout) as {
    plan: { alsoAttached?: unknown }
  }
  expect(json.plan.alsoAttached).toEqual([
    { policyArn: POLICY_ARN, roles: ['legacy-batch'], usersAndGroups: 0 }
  ])

  // Reviewed with legacy-batch; another role gets the policy before the deploy: the same
  // operations would now change a role nobody reviewed. Refused, nothing changed.
  const reviewed = digestOf(plan)!
  await attachToHandMadeRole('nightly-report')
  emulator.calls.reset()
  const refused = await cli(['deploy', '--env', 'dev', '--plan-digest', reviewed], CHANGED)
  expect(refused.exitCode).toBe(1)
  expect(refused.stderr).toContain('live IAM or the definitions changed since the plan was reviewed')
  expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)

  // A role with the policy as permissions boundary: its access changes too.
  await admin.send(
    new CreateRoleCommand({
      RoleName: 'sandbox',
      AssumeRolePolicyDocument: TRUST,
      PermissionsBoundary: POLICY_ARN
    })
  )
  // The action's plan says it in the job summary, under the same heading.
  const [owner, repo] = REPOSITORY.split('/')
  const action = await runAction(emulator, {
    files: CHANGED,
    inputs: { command: 'plan', environment: 'dev' },
    job: { owner, repo, environment: 'dev', eventName: 'push', idTokenWrite: true }
  })
  expect(action.exitCode).toBe(0)
  expect(action.summary).toContain('### ⚠️ Also attached outside this environment (1)')
  expect(action.summary).toContain(
    '3 role(s) this environment does not define (legacy-batch, nightly-report, sandbox)'
  )
})
