/**
 * Time-bound grants against the emulator.
 *
 * In-process (runDeploy as the action runs it: OIDC → the bootstrap deployer, with a fixed `now`):
 * nothing changes in the definitions, only time passes. Before `expires` the grant is live and
 * drift is clean; after it, drift fails (without a call that changes anything), a deploy removes
 * exactly the expired grants, and drift is clean again.
 *
 * Through the bundled action (dist/index.js as the runner runs it, on the real clock): a grant
 * whose `expires` is long past is removed by deploy; drift fails before and passes after.
 */
import { readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { PlanReport } from '../../src/report/plan-report.js'
import { Emulator, runAction } from '../../test/emulator/index.js'
import {
  bootstrapProject,
  DEV_ACCOUNT,
  REPOSITORY,
  inProcessDeploy,
  projectConfig,
  sharedPolicyDefinition,
  useEmulatorEndpoints
} from '../support/deploy-project.js'
import { ECS_TRUST } from '../support/render-project.js'

const ROLE = 'fleet-dev-app'
const SHARED = `arn:aws:iam::${DEV_ACCOUNT}:policy/fleet-dev-shared-logs`
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
const BEFORE = new Date('2026-12-31T12:00:00Z')
const AFTER = new Date('2027-01-01T00:00:00Z') // 2026-12-31 ends at midnight UTC

const FILES = {
  'rolegate.yml': projectConfig(),
  'iam/shared-logs.yml': sharedPolicyDefinition(),
  'iam/app.yml': `kind: Role
name: app
${ECS_TRUST}policies:
  Base:
    Statement:
      - Effect: Allow
        Action: s3:GetObject
        Resource: "arn:{partition}:s3:::{project}-{environment}-data/*"
  Debug:
    document:
      Statement:
        - Effect: Allow
          Action: logs:GetLogEvents
          Resource: "arn:{partition}:logs:{region}:{account}:log-group:/{project}/{environment}:*"
    expires: 2026-12-31
    reason: "incident 42"
managedPolicies:
  - { arn: shared-logs, expires: 2026-12-31, reason: "incident 42" }
  - { arn: "${READ_ONLY}", expires: "2027-06-30T00:00:00Z", reason: "audit AUD-7" }
`,
  'iam/migration.yml': `kind: Role
name: migration
${ECS_TRUST}expires: 2026-12-31
reason: "one-off data migration MIG-3"
`
}

let emulator: Emulator
let restoreEnv: () => void

beforeAll(async () => {
  emulator = await Emulator.start()
  restoreEnv = useEmulatorEndpoints(emulator)
  await bootstrapProject(emulator, FILES['rolegate.yml'])
})

afterAll(async () => {
  restoreEnv?.()
  await emulator?.stop()
})

const liveRole = (name: string) => emulator.account(DEV_ACCOUNT).state.roles.get(name)
const inlineNames = (name: string) =>
  [...liveRole(name)!.inlinePolicies.values()].map(policy => policy.name).sort()

it('removes expired grants on the first deploy after they end; drift fails until then', async () => {
  const deploy = inProcessDeploy(emulator, FILES)
  try {
    const first = await deploy.run({ now: BEFORE })
    expect(first.exitCode).toBe(0)
    expect(inlineNames(ROLE)).toEqual(['Base', 'Debug'])
    expect([...liveRole(ROLE)!.attachedPolicyArns].sort()).toEqual([SHARED, READ_ONLY].sort())
    expect(liveRole('fleet-dev-migration')).toBeDefined()
    expect((await deploy.run({ mode: 'drift', now: BEFORE })).exitCode).toBe(0)

    // The same definitions, at the first instant after 2026-12-31 ends (UTC).
    emulator.calls.reset()
    const drifted = await deploy.run({ mode: 'drift', now: AFTER })
    expect(drifted.exitCode).toBe(1)
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
    expect(drifted.report.plan?.operations.map(operation => operation.description)).toEqual([
      `delete inline policy Debug from ${ROLE}`,
      `detach ${SHARED} from ${ROLE}`
    ])
    expect(drifted.report.plan?.drift).toEqual([
      expect.objectContaining({ resource: 'role fleet-dev-migration', kind: 'not-defined' }),
      expect.objectContaining({ resource: `role ${ROLE}`, kind: 'changed-outside', verdict: 'broadens' })
    ])
    // The drift says why: the grants ran out, nobody changed them.
    const reasons = drifted.report.plan?.drift?.find(item => item.resource === `role ${ROLE}`)?.reasons ?? []
    expect(reasons.filter(reason => / expired at .*the next deploy removes it/.test(reason))).toHaveLength(2)
    expect(drifted.report.findings.filter(finding => finding.rule === 'grant-expired').length).toBe(3)
    // An expired role is treated as not defined: without prune, an orphan that stays.
    expect(drifted.report.plan?.orphans).toEqual(['role fleet-dev-migration'])

    const removed = await deploy.run({ now: AFTER })
    expect(removed.exitCode).toBe(0)
    expect(removed.report.plan?.applied).toEqual([
      `delete inline policy Debug from ${ROLE}`,
      `detach ${SHARED} from ${ROLE}`
    ])
    expect(inlineNames(ROLE)).toEqual(['Base'])
    expect([...liveRole(ROLE)!.attachedPolicyArns]).toEqual([READ_ONLY])
    // The policy itself stays: it is defined; only the time-bound attachment ended.
    expect(emulator.account(DEV_ACCOUNT).state.policies.has(SHARED)).toBe(true)
    expect(liveRole('fleet-dev-migration')).toBeDefined()

    emulator.calls.reset()
    const clean = await deploy.run({ mode: 'drift', now: AFTER })
    expect(clean.exitCode).toBe(0)
    expect(clean.report.plan?.operations).toEqual([])
    expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)

    // With prune, drift reports the expired role and deploy deletes it.
    expect((await deploy.run({ mode: 'drift', now: AFTER, prune: true })).exitCode).toBe(1)
    const pruned = await deploy.run({ now: AFTER, prune: true })
    expect(pruned.exitCode).toBe(0)
    expect(pruned.report.plan?.applied).toEqual(['delete role fleet-dev-migration'])
    expect(liveRole('fleet-dev-migration')).toBeUndefined()
    expect((await deploy.run({ mode: 'drift', now: AFTER, prune: true })).exitCode).toBe(0)
  } finally {
    deploy.dispose()
  }
})

it('the bundled action removes a long-expired grant on deploy; drift fails before and passes after', async () => {
  // The same account and deployer as above (scoped to fleet-dev-*); the first test's roles are orphans here.
  const role = 'fleet-dev-ops'
  const files = (grant: string) => ({
    'rolegate.yml': projectConfig(),
    'iam/ops.yml': `kind: Role
name: ops
${ECS_TRUST}policies:
  Base:
    Statement:
      - Effect: Allow
        Action: s3:GetObject
        Resource: "arn:{partition}:s3:::{project}-{environment}-data/*"
${grant}`
  })
  const breakGlass = (expiry: string) => `  BreakGlass:
    document:
      Statement:
        - Effect: Allow
          Action: logs:GetLogEvents
          Resource: "arn:{partition}:logs:{region}:{account}:log-group:/{project}:*"
${expiry}`
  const [owner, repo] = REPOSITORY.split('/')
  const run = async (command: 'deploy' | 'drift', grant: string) => {
    const result = await runAction(emulator, {
      files: files(grant),
      inputs: { command, environment: 'dev' },
      job: {
        owner,
        repo,
        environment: 'dev',
        eventName: command === 'drift' ? 'schedule' : 'push',
        idTokenWrite: true
      },
      keepTemp: true
    })
    try {
      const report = JSON.parse(readFileSync(result.outputs['report-file'], 'utf8')) as {
        plan: PlanReport
        findings: { rule: string; line?: number }[]
      }
      return { exitCode: result.exitCode, plan: report.plan, findings: report.findings }
    } finally {
      await rm(result.tempDir, { recursive: true, force: true })
    }
  }
  const inlineNames = () =>
    [...emulator.account(DEV_ACCOUNT).state.roles.get(role)!.inlinePolicies.values()]
      .map(policy => policy.name)
      .sort()

  // Granted until the year 2999 …
  const live = breakGlass('    expires: 2999-12-31\n    reason: "incident 42"\n')
  expect((await run('deploy', live)).exitCode).toBe(0)
  expect(inlineNames()).toEqual(['Base', 'BreakGlass'])
  expect((await run('drift', live)).exitCode).toBe(0)

  // … then the same grant, expired long ago: a warning, not an error, and drift fails.
  const expired = breakGlass('    expires: 2020-01-31\n    reason: "incident 42"\n')
  emulator.calls.reset()
  const drifted = await run('drift', expired)
  expect(drifted.exitCode).toBe(1)
  expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  expect(drifted.plan.operations.map(operation => operation.description)).toEqual([
    `delete inline policy BreakGlass from ${role}`
  ])
  expect(drifted.findings).toEqual([expect.objectContaining({ rule: 'grant-expired', line: 21 })])

  const deployed = await run('deploy', expired)
  expect(deployed.exitCode).toBe(0)
  expect(deployed.plan.applied).toEqual([`delete inline policy BreakGlass from ${role}`])
  expect(inlineNames()).toEqual(['Base'])
  expect((await run('drift', expired)).exitCode).toBe(0)
})

it('the bundled action: an expect: allow that relied on an expired grant does not stop deploy removing it; a broken deny: refuses with no IAM change', async () => {
  const role = 'fleet-dev-oncall'
  const files = (expires: string, assertion: string) => ({
    'rolegate.yml': projectConfig(),
    'iam/oncall.yml': `kind: Role
name: oncall
${ECS_TRUST}policies:
  Debug:
    document:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Action: logs:GetLogEvents
          Resource: "arn:{partition}:logs:{region}:{account}:log-group:/{project}/{environment}:*"
    expires: ${expires}
    reason: "incident 42"
expect:
  - ${assertion}: logs:GetLogEvents
    resource: "arn:{partition}:logs:{region}:{account}:log-group:/{project}/{environment}:log-stream:x"
`
  })
  const [owner, repo] = REPOSITORY.split('/')
  // Every input at action.yml's default (fail-on: error) but the command and environment.
  const run = async (expires: string, assertion: 'allow' | 'deny') => {
    const result = await runAction(emulator, {
      files: files(expires, assertion),
      inputs: { command: 'deploy', environment: 'dev' },
      job: { owner, repo, environment: 'dev', eventName: 'push', idTokenWrite: true },
      keepTemp: true
    })
    try {
      const report = JSON.parse(readFileSync(result.outputs['report-file'], 'utf8')) as {
        plan?: PlanReport
        findings: { rule: string; severity: string; line?: number; missingAccess?: boolean }[]
      }
      return { exitCode: result.exitCode, plan: report.plan, findings: report.findings }
    } finally {
      await rm(result.tempDir, { recursive: true, force: true })
    }
  }

  expect((await run('2999-12-31', 'allow')).exitCode).toBe(0)
  expect(inlineNames(role)).toEqual(['Debug'])

  // The grant ran out: the allow: fails (an error, missingAccess), and the deploy still removes it.
  const removed = await run('2020-01-31', 'allow')
  expect(removed.findings.filter(finding => finding.rule === 'access-assertion')).toEqual([
    expect.objectContaining({ severity: 'error', line: 20, missingAccess: true })
  ])
  expect(removed.exitCode).toBe(0)
  expect(removed.plan?.applied).toEqual([`delete inline policy Debug from ${role}`])
  expect(inlineNames(role)).toEqual([])

  // A deny: the definitions break (they grant what it forbids) stops the deploy before any IAM change.
  emulator.calls.reset()
  const refused = await run('2999-12-31', 'deny')
  expect(refused.findings.filter(finding => finding.rule === 'access-assertion')).toEqual([
    expect.objectContaining({ severity: 'error', line: 20 })
  ])
  expect(refused.findings.some(finding => finding.missingAccess)).toBe(false)
  expect(refused.exitCode).toBe(1)
  expect(emulator.calls.count({ service: 'iam', mutating: true })).toBe(0)
  expect(inlineNames(role)).toEqual([])
})
