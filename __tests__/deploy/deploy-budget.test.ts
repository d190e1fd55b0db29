/**
 * API-call budget: reading live IAM costs O(roles / 1000) calls, not ~5 per role. A no-op deploy of
 * 500 roles (the bundled action, through OIDC and the bootstrap deployer) stays within 10 IAM calls,
 * counted from the emulator's call log. The first deploy, the setup here, runs in-process; its reads
 * are counted too (creating roles adds the one GetAccountSummary of the quota pre-check).
 */
import { Emulator, runAction } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  generatedProject,
  inProcessDeploy,
  REPOSITORY,
  useEmulatorEndpoints
} from '../support/deploy-project.js'

const [OWNER, REPO] = REPOSITORY.split('/')

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

it('a no-op deploy of 500 roles makes at most 10 IAM calls', async () => {
  const files = generatedProject({ roles: 500, managedPolicyEvery: 50, instanceProfileEvery: 100 })
  await bootstrapProject(emulator, files['rolegate.yml'])
  const first = inProcessDeploy(emulator, files)
  try {
    emulator.calls.reset()
    const outcome = await first.run()
    expect(outcome.report.plan?.failed).toBeUndefined()
    expect(outcome.exitCode).toBe(0)
    // A plan that creates roles checks the account's quotas first: one GetAccountSummary.
    expect(emulator.calls.byAction({ service: 'iam', mutating: false })).toEqual({
      GetAccountAuthorizationDetails: 1,
      GetAccountSummary: 1
    })
  } finally {
    first.dispose()
  }

  emulator.calls.reset()
  const result = await runAction(emulator, {
    files,
    inputs: { command: 'deploy', environment: 'dev', 'fail-on': 'never' },
    job: { owner: OWNER, repo: REPO, environment: 'dev', eventName: 'push', idTokenWrite: true }
  })
  expect(result.exitCode).toBe(0)
  expect(result.outputs.changed).toBe('false')
  expect(JSON.parse(result.outputs.roles)).toEqual(expect.objectContaining({ 'svc-499': expect.any(String) }))
  const iamCalls = emulator.calls.byAction({ service: 'iam' })
  expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  expect(emulator.calls.count({ service: 'iam' })).toBeLessThanOrEqual(10)
  // One page of account details, one of role settings, the tags of the one project policy; nothing
  // is created, so no quota to check (no GetAccountSummary).
  expect(iamCalls).toEqual({ GetAccountAuthorizationDetails: 1, ListRoles: 1, ListPolicyTags: 1 })
  expect(emulator.calls.byAction({ service: 'sts' })).toEqual({
    AssumeRoleWithWebIdentity: 1,
    GetCallerIdentity: 1
  })
})
