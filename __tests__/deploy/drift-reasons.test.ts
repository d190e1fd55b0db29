/**
 * drift in-process (runDeploy as the action runs it) against the emulator: a managed policy
 * changed outside RoleGate is reported with reasons, as a role is, not with an empty list.
 */
import { CreatePolicyVersionCommand, IAMClient } from '@aws-sdk/client-iam'
import { Emulator } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  DEV_ACCOUNT,
  inProcessDeploy,
  projectConfig,
  sharedPolicyDefinition,
  useEmulatorEndpoints
} from '../support/deploy-project.js'

const SHARED = `arn:aws:iam::${DEV_ACCOUNT}:policy/fleet-dev-shared-logs`
const FILES = { 'rolegate.yml': projectConfig(), 'iam/shared-logs.yml': sharedPolicyDefinition() }

let emulator: Emulator
let admin: IAMClient
let restoreEnv: () => void

beforeAll(async () => {
  emulator = await Emulator.start()
  restoreEnv = useEmulatorEndpoints(emulator)
  await bootstrapProject(emulator, FILES['rolegate.yml'])
  admin = new IAMClient(emulator.iamClientConfig(DEV_ACCOUNT))
})

afterAll(async () => {
  admin?.destroy()
  restoreEnv?.()
  await emulator?.stop()
})

it('a managed policy broadened outside RoleGate says what it allows, as a role does (was: no reasons)', async () => {
  const deploy = inProcessDeploy(emulator, FILES)
  try {
    expect((await deploy.run({})).exitCode).toBe(0)
    expect((await deploy.run({ mode: 'drift' })).report.plan?.drift).toEqual([])

    // An administrator's new default version: the log statement, and role policies on every role.
    await admin.send(
      new CreatePolicyVersionCommand({
        PolicyArn: SHARED,
        SetAsDefault: true,
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: `arn:aws:logs:us-east-1:${DEV_ACCOUNT}:log-group:/fleet/dev/*`
            },
            { Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: '*' }
          ]
        })
      })
    )
    const drifted = await deploy.run({ mode: 'drift' })
    expect(drifted.exitCode).toBe(1)
    const [item] = drifted.report.plan?.drift ?? []
    expect(item).toMatchObject({
      resource: 'managed policy fleet-dev-shared-logs',
      kind: 'changed-outside',
      verdict: 'broadens'
    })
    expect(item.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^opens a privilege-escalation path: iam:PutRolePolicy/),
        'adds permissions-management actions: iam:PutRolePolicy',
        'allows 1 more action(s)'
      ])
    )
  } finally {
    deploy.dispose()
  }
})
