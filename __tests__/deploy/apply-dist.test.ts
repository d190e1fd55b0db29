/**
 * The plan pre-checks and the EntityAlreadyExists reconciliation through the bundles, as the runner
 * runs them (dist/index.js with action.yml's defaults and OIDC; dist/cli/index.js with ambient
 * credentials). Run `npm run build` first.
 */
import { CreatePolicyCommand, CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import path from 'node:path'
import { Emulator, REPO_ROOT, runAction, type RunOptions } from '../../test/emulator/index.js'
import {
  BOUNDARY,
  DEV_ACCOUNT,
  expectMatchesDefinitions,
  generatedProject,
  projectConfig,
  REPOSITORY,
  resetAccount
} from '../support/deploy-project.js'
import { tempProject } from '../support/temp-project.js'

const [owner, repo] = REPOSITORY.split('/')
const FILES = generatedProject({ roles: 2, managedPolicyEvery: 1 })
const BOUNDARY_ARN = `arn:aws:iam::${DEV_ACCOUNT}:policy/${BOUNDARY}`
const POLICY_ARN = `arn:aws:iam::${DEV_ACCOUNT}:policy/fleet-dev-shared-logs`

let emulator: Emulator

beforeAll(async () => {
  emulator = await Emulator.start()
})

afterAll(async () => {
  await emulator?.stop()
})

beforeEach(async () => {
  emulator.faults.reset()
  emulator.clock.reset()
  await resetAccount(emulator, DEV_ACCOUNT, FILES['rolegate.yml'])
})

const action = (extra: Partial<RunOptions> = {}) =>
  runAction(emulator, {
    files: FILES,
    inputs: { command: 'deploy', environment: 'dev' },
    job: { owner, repo, environment: 'dev', eventName: 'push', idTokenWrite: true },
    ...extra
  })

const cli = (files = FILES) =>
  runAction(emulator, {
    files,
    script: path.join(REPO_ROOT, 'dist/cli/index.js'),
    args: ['deploy', '--env', 'dev'],
    job: { owner, repo, environment: 'dev', eventName: 'push' },
    aws: { account: DEV_ACCOUNT },
    actionDefaults: false
  })

describe('missing permissions boundary', () => {
  it.each([
    ['the action (OIDC, bootstrap deployer)', action],
    ['the CLI (ambient admin credentials)', () => cli()]
  ])('%s: refused before any mutating call, with the bootstrap hint', async (_label, run) => {
    emulator.account(DEV_ACCOUNT).state.policies.delete(BOUNDARY_ARN)
    emulator.calls.reset()
    const result = await run()
    expect(result.exitCode).toBe(1)
    const text = `${result.stdout}\n${result.stderr}\n${result.summary}`
    expect(text).toContain(`permissions boundary ${BOUNDARY_ARN}`)
    expect(text).toMatch(/does not exist in account 111111111111 and this plan does not create it/)
    expect(text).toContain('rolegate bootstrap --env dev')
    expect(text).not.toMatch(/\n\s+at /)
    expect(emulator.calls.mutating()).toBe(0)
  })
})

it('the action: a forced EntityAlreadyExists with a different live document converges to the definitions', async () => {
  // The policy exists (owned, another document) but IAM's read does not show it yet.
  emulator.faults.configure({ consistencyDelayMs: 600_000 })
  const iam = new IAMClient(emulator.iamClientConfig(DEV_ACCOUNT))
  try {
    await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'fleet-dev-shared-logs',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }]
        }),
        Tags: [{ Key: 'rolegate:managed-by', Value: REPOSITORY }]
      })
    )
  } finally {
    iam.destroy()
  }
  emulator.faults.configure({ consistencyDelayMs: 0 })
  const stop = emulator.calls.onAnswered(record => {
    if (record.errorCode === 'EntityAlreadyExists') emulator.clock.advance(600_000)
  })
  try {
    const result = await action()
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(
      /managed policy fleet-dev-shared-logs already existed \(owned by acme\/infra\), though the live read did not show it: re-read it and reconciled it/
    )
    expect(emulator.calls.count({ action: 'CreatePolicyVersion', succeeded: true })).toBe(1)
    expect(emulator.account(DEV_ACCOUNT).state.policies.get(POLICY_ARN)!.defaultVersionId).toBe('v2')
    const workspace = tempProject(FILES)
    await expectMatchesDefinitions(emulator, workspace)
  } finally {
    stop()
  }
})

describe('a foreign same-named resource hidden by IAM consistency lag, met by the action', () => {
  const hiddenForeign = async (create: (iam: IAMClient) => Promise<unknown>) => {
    emulator.faults.configure({ consistencyDelayMs: 600_000 })
    const iam = new IAMClient(emulator.iamClientConfig(DEV_ACCOUNT))
    try {
      await create(iam)
    } finally {
      iam.destroy()
      emulator.faults.configure({ consistencyDelayMs: 0 })
    }
    return emulator.calls.onAnswered(record => {
      if (record.errorCode === 'EntityAlreadyExists') emulator.clock.advance(600_000)
    })
  }

  it('a role trusting another account: exit 1, nothing put on it', async () => {
    const stop = await hiddenForeign(iam =>
      iam.send(
        new CreateRoleCommand({
          RoleName: 'fleet-dev-svc-001',
          AssumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::999999999999:root' },
                Action: 'sts:AssumeRole'
              }
            ]
          })
        })
      )
    )
    try {
      const result = await action()
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toMatch(
        /creating role fleet-dev-svc-001: IAM answered EntityAlreadyExists, and it exists but RoleGate did not create it/
      )
      expect(result.stderr).not.toMatch(/\n\s+at /)
      const role = emulator.account(DEV_ACCOUNT).state.roles.get('fleet-dev-svc-001')!
      expect(role.inlinePolicies.size).toBe(0)
      expect(role.attachedPolicyArns).toEqual([])
    } finally {
      stop()
    }
  })

  it('an Action "*" policy: exit 1, never attached', async () => {
    const stop = await hiddenForeign(iam =>
      iam.send(
        new CreatePolicyCommand({
          PolicyName: 'fleet-dev-shared-logs',
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
          })
        })
      )
    )
    try {
      emulator.calls.reset()
      const result = await action()
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toMatch(
        /creating managed policy fleet-dev-shared-logs: IAM answered EntityAlreadyExists/
      )
      expect(emulator.calls.count({ action: 'AttachRolePolicy' })).toBe(0)
    } finally {
      stop()
    }
  })
})

describe('ownership through the bundles', () => {
  it('the action: managedBy of another repository without an acknowledgement is refused, zero mutating calls', async () => {
    emulator.calls.reset()
    const result = await action({
      files: { ...FILES, 'rolegate.yml': projectConfig('fleet', 'managedBy: acme/other-repo') }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /rolegate\.yml managedBy.*the ownership tag is "acme\/other-repo" but this deploy runs in acme\/infra/
    )
    expect(emulator.calls.mutating()).toBe(0)
  })

  it('the CLI with ambient admin credentials: a definition naming the deployer is refused, its trust unchanged', async () => {
    const trust = emulator.account(DEV_ACCOUNT).state.roles.get('rolegate-deployer')!.trustPolicy
    emulator.calls.reset()
    const result = await cli({
      ...FILES,
      'iam/deployer.yml': [
        'kind: Role',
        'name: deployer',
        'roleName: rolegate-deployer',
        'trust:',
        '  Version: "2012-10-17"',
        '  Statement:',
        '    - { Effect: Allow, Principal: { AWS: "arn:aws:iam::999999999999:root" }, Action: sts:AssumeRole, Condition: { StringEquals: { "sts:ExternalId": "x" } } }'
      ].join('\n')
    })
    expect(result.exitCode).toBe(1)
    expect(`${result.stdout}${result.stderr}`).toMatch(
      /role rolegate-deployer.*it is the deployer role of environment dev/
    )
    expect(emulator.calls.mutating()).toBe(0)
    expect(emulator.account(DEV_ACCOUNT).state.roles.get('rolegate-deployer')!.trustPolicy).toBe(trust)
  })
})
