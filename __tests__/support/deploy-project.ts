/**
 * Deploy test support: generated projects of any size, an in-process deploy through OIDC and the
 * bootstrap deployer (for loops that would be too slow as child processes), and a normalized view
 * of an emulated account's IAM state to compare deploys with.
 */
import { IAMClient } from '@aws-sdk/client-iam'
import { rmSync } from 'node:fs'
import { assumeRoleWithWebIdentity, sessionName } from '../../src/aws/credentials.js'
import { analyze } from '../../src/commands/analyze.js'
import { runDeploy, type DeployOptions, type DeployOutcome } from '../../src/commands/deploy.js'
import type { AccountState } from '../../test/emulator/iam/model.js'
import { runAction, type Emulator, type RunResult } from '../../test/emulator/index.js'
import type { JobContext } from '../../test/emulator/index.js'
import { bootstrapAccount } from './deploy-fixtures.js'
import { tempProject } from './temp-project.js'

export const REPOSITORY = 'acme/infra'
export const DEV_ACCOUNT = '111111111111'
export const STAGING_ACCOUNT = '222222222222'
export const PROD_ACCOUNT = '333333333333'
export const BOUNDARY = 'rolegate-boundary'

/** rolegate.yml of a generated project: dev, staging and a protected prod, each with the bootstrap deployer. */
export function projectConfig(project = 'fleet', extra = ''): string {
  const environment = (name: string, account: string, more = '') =>
    `  ${name}:\n    account: "${account}"\n    region: us-east-1\n    deployRole: "arn:aws:iam::${account}:role/rolegate-deployer"\n${more}`
  return [
    'version: 1',
    `project: ${project}`,
    'definitions: ["iam/**/*.yml"]',
    'defaults:',
    `  permissionsBoundary: "arn:{partition}:iam::{account}:policy/${BOUNDARY}"`,
    '  tags: { Project: "{project}", Environment: "{environment}" }',
    extra,
    'environments:',
    environment('dev', DEV_ACCOUNT),
    environment('staging', STAGING_ACCOUNT),
    environment('prod', PROD_ACCOUNT, '    protected: true\n')
  ].join('\n')
}

const pad = (index: number) => String(index).padStart(3, '0')

/** Logical name of the index-th generated role. */
export const roleName = (index: number) => `svc-${pad(index)}`

export interface GeneratedOptions {
  roles: number
  /** A `kind: ManagedPolicy` attached to every role whose index is a multiple of this. */
  managedPolicyEvery?: number
  /** An instance profile for every role whose index is a multiple of this. */
  instanceProfileEvery?: number
  /** Roles whose index is a multiple of this trust role 0 (a role principal created in the same run). */
  trustRoleZeroEvery?: number
  project?: string
}

/** One role definition: an ECS task role with one scoped inline policy. */
export function roleDefinition(index: number, options: GeneratedOptions, variant = ''): string {
  const trustsRoleZero =
    index > 0 && options.trustRoleZeroEvery !== undefined && index % options.trustRoleZeroEvery === 0
  const principal = trustsRoleZero
    ? `{ AWS: "arn:{partition}:iam::{account}:role/{project}-{environment}-${roleName(0)}" }`
    : '{ Service: ecs-tasks.amazonaws.com }'
  const condition = trustsRoleZero
    ? ''
    : '\n      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }'
  const lines = [
    'kind: Role',
    `name: ${roleName(index)}`,
    `description: Generated task role ${pad(index)}${variant}`,
    'trust:',
    '  Version: "2012-10-17"',
    '  Statement:',
    `    - Effect: Allow\n      Principal: ${principal}\n      Action: sts:AssumeRole${condition}`,
    'policies:',
    '  data:',
    '    Version: "2012-10-17"',
    '    Statement:',
    '      - Effect: Allow',
    '        Action: [s3:GetObject, s3:PutObject]',
    `        Resource: "arn:{partition}:s3:::{project}-{environment}-data-${pad(index)}${variant}/*"`,
    `tags: { Index: "${pad(index)}" }`
  ]
  if (options.managedPolicyEvery && index % options.managedPolicyEvery === 0)
    lines.push('managedPolicies: [shared-logs]')
  if (options.instanceProfileEvery && index % options.instanceProfileEvery === 0)
    lines.push('instanceProfile: true')
  return lines.join('\n') + '\n'
}

export function sharedPolicyDefinition(variant = ''): string {
  return (
    [
      'kind: ManagedPolicy',
      'name: shared-logs',
      'description: Write the project log groups',
      'document:',
      '  Version: "2012-10-17"',
      '  Statement:',
      '    - Effect: Allow',
      '      Action: [logs:CreateLogStream, logs:PutLogEvents]',
      `      Resource: "arn:{partition}:logs:{region}:{account}:log-group:/{project}/{environment}${variant}/*"`
    ].join('\n') + '\n'
  )
}

/** Workspace files of a generated project (rolegate.yml + iam/...). */
export function generatedProject(options: GeneratedOptions): Record<string, string> {
  const files: Record<string, string> = { 'rolegate.yml': projectConfig(options.project) }
  if (options.managedPolicyEvery) files['iam/shared-logs.yml'] = sharedPolicyDefinition()
  for (let index = 0; index < options.roles; index++)
    files[`iam/roles/${roleName(index)}.yml`] = roleDefinition(index, options)
  return files
}

/** Points the AWS SDK at the emulator through its standard endpoint variables; returns a restore function. */
export function useEmulatorEndpoints(emulator: Emulator): () => void {
  const names = [
    'AWS_ENDPOINT_URL_IAM',
    'AWS_ENDPOINT_URL_STS',
    'AWS_REGION',
    'AWS_EC2_METADATA_DISABLED',
    'AWS_MAX_ATTEMPTS'
  ] as const
  const saved = Object.fromEntries(names.map(name => [name, process.env[name]]))
  process.env.AWS_ENDPOINT_URL_IAM = emulator.endpoints.iam
  process.env.AWS_ENDPOINT_URL_STS = emulator.endpoints.sts
  process.env.AWS_REGION = emulator.region
  process.env.AWS_EC2_METADATA_DISABLED = 'true'
  return () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  }
}

/** Bootstraps (as CloudFormation would) the environments of the project in the emulator. */
export async function bootstrapProject(
  emulator: Emulator,
  configText: string,
  environments = ['dev']
): Promise<void> {
  for (const environment of environments)
    await bootstrapAccount(emulator, configText, environment, REPOSITORY)
}

/** Empties an account and bootstraps it again (a fresh account, without restarting the emulator). */
export async function resetAccount(
  emulator: Emulator,
  account: string,
  configText: string,
  environment = 'dev'
): Promise<void> {
  const state = emulator.registry.account(account)
  state?.roles.clear()
  state?.policies.clear()
  state?.instanceProfiles.clear()
  await bootstrapAccount(emulator, configText, environment, REPOSITORY)
}

export interface InProcessDeploy {
  workspace: string
  run(overrides?: Partial<DeployOptions>): Promise<DeployOutcome>
  dispose(): void
}

/**
 * The action's deploy path in-process: runDeploy with credentials from the job's OIDC token
 * exchanged for the environment's deployRole (the same functions the action uses), against the
 * emulator through the SDK's endpoint variables (call {@link useEmulatorEndpoints} first).
 */
export function inProcessDeploy(
  emulator: Emulator,
  files: Record<string, string>,
  environment = 'dev'
): InProcessDeploy {
  const workspace = tempProject(files)
  const [owner, repo] = REPOSITORY.split('/')
  const job: JobContext = { owner, repo, environment, eventName: 'push', runId: 4242 }
  return {
    workspace,
    run: overrides =>
      runDeploy({
        configPath: 'rolegate.yml',
        workspace,
        environment,
        mode: 'deploy',
        managedBy: REPOSITORY,
        failOn: 'never',
        credentials: async config =>
          assumeRoleWithWebIdentity({
            token: emulator.oidc.mintToken(job, { audience: 'sts.amazonaws.com' }),
            roleArn: config.deployRole!,
            sessionName: sessionName(REPOSITORY, String(job.runId)),
            region: config.region,
            mask: () => {}
          }),
        ...overrides
      }),
    dispose: () => rmSync(workspace, { recursive: true, force: true })
  }
}

const parse = (document: string) => JSON.parse(document) as unknown
const sortedTags = (tags: { Key: string; Value: string }[]) =>
  Object.fromEntries([...tags].sort((a, b) => a.Key.localeCompare(b.Key)).map(tag => [tag.Key, tag.Value]))

/** An account's IAM state without ids and dates: what two equivalent deploys must agree on. */
export function normalizedState(emulator: Emulator, account: string) {
  const state = emulator.account(account).state
  const roles = [...state.roles.values()]
    .map(role => ({
      name: role.name,
      path: role.path,
      description: role.description ?? '',
      maxSessionDuration: role.maxSessionDuration,
      trustPolicy: parse(role.trustPolicy),
      inlinePolicies: Object.fromEntries(
        [...role.inlinePolicies.values()]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map(policy => [policy.name, parse(policy.document)])
      ),
      attachedPolicyArns: [...role.attachedPolicyArns].sort(),
      permissionsBoundaryArn: role.permissionsBoundaryArn,
      tags: sortedTags(role.tags)
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
  const policies = [...state.policies.values()]
    .map(policy => ({
      arn: policy.arn,
      description: policy.description ?? '',
      defaultDocument: parse(
        policy.versions.find(version => version.versionId === policy.defaultVersionId)!.document
      ),
      versions: policy.versions.map(version => ({
        id: version.versionId,
        document: parse(version.document)
      })),
      tags: sortedTags(policy.tags)
    }))
    .sort((a, b) => a.arn.localeCompare(b.arn))
  const instanceProfiles = [...state.instanceProfiles.values()]
    .map(profile => ({
      name: profile.name,
      path: profile.path,
      roles: [...profile.roleKeys].sort(),
      tags: sortedTags(profile.tags)
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return { roles, policies, instanceProfiles }
}

export type AccountSnapshot = Pick<AccountState, 'roles' | 'policies' | 'instanceProfiles'>

/**
 * A deep copy of an account's IAM state, to put back with {@link restoreAccount} (cheaper than
 * redeploying). Copied by hand: structuredClone would make Dates of another realm under jest.
 */
export function captureAccount(emulator: Emulator, account: string): AccountSnapshot {
  return copyState(emulator.account(account).state)
}

export function restoreAccount(emulator: Emulator, account: string, snapshot: AccountSnapshot): void {
  const state = emulator.account(account).state
  const copy = copyState(snapshot)
  for (const key of ['roles', 'policies', 'instanceProfiles'] as const) {
    const target = state[key] as Map<string, unknown>
    target.clear()
    for (const [name, value] of copy[key]) target.set(name, value)
  }
}

function copyState({ roles, policies, instanceProfiles }: AccountSnapshot): AccountSnapshot {
  const date = (value: Date) => new Date(value.getTime())
  const copyMap = <T>(map: Map<string, T>, copy: (value: T) => T) =>
    new Map([...map].map(([key, value]) => [key, copy(value)]))
  return {
    roles: copyMap(roles, role => ({
      ...role,
      createDate: date(role.createDate),
      inlinePolicies: copyMap(role.inlinePolicies, policy => ({ ...policy })),
      attachedPolicyArns: [...role.attachedPolicyArns],
      tags: role.tags.map(tag => ({ ...tag })),
      ...(role.lastUsed ? { lastUsed: { ...role.lastUsed, date: date(role.lastUsed.date) } } : {})
    })),
    policies: copyMap(policies, policy => ({
      ...policy,
      createDate: date(policy.createDate),
      updateDate: date(policy.updateDate),
      versions: policy.versions.map(version => ({ ...version, createDate: date(version.createDate) })),
      tags: policy.tags.map(tag => ({ ...tag }))
    })),
    instanceProfiles: copyMap(instanceProfiles, profile => ({
      ...profile,
      createDate: date(profile.createDate),
      roleKeys: [...profile.roleKeys],
      tags: profile.tags.map(tag => ({ ...tag }))
    }))
  }
}

/**
 * The account holds exactly what the definitions say: every desired role and managed policy with
 * its documents, attachments, boundary, tags, description and instance profile, and no other
 * role or policy under the project's prefix.
 */
export async function expectMatchesDefinitions(
  emulator: Emulator,
  workspace: string,
  environment = 'dev'
): Promise<void> {
  const analysis = await analyze({
    configPath: 'rolegate.yml',
    workspace,
    environment,
    managedBy: REPOSITORY
  })
  const desired = analysis.state.environments[environment]
  const account = emulator.account(analysis.config!.environments[environment].account).state
  const prefix = `${analysis.config!.project}-${environment}-`
  const live = (name: string) => account.roles.get(name.toLowerCase())
  expect(
    [...account.roles.values()]
      .filter(role => role.name.startsWith(prefix))
      .map(role => role.name)
      .sort()
  ).toEqual(desired.roles.map(role => role.name).sort())
  for (const role of desired.roles) {
    const found = live(role.name)!
    expect({
      name: found.name,
      path: found.path,
      description: found.description ?? '',
      maxSessionDuration: found.maxSessionDuration,
      trustPolicy: parse(found.trustPolicy),
      inlinePolicies: Object.fromEntries(
        [...found.inlinePolicies.values()].map(policy => [policy.name, parse(policy.document)])
      ),
      managedPolicyArns: [...found.attachedPolicyArns].sort(),
      permissionsBoundary: found.permissionsBoundaryArn,
      tags: sortedTags(found.tags),
      instanceProfile: account.instanceProfiles.get(role.name.toLowerCase())?.roleKeys ?? []
    }).toEqual({
      name: role.name,
      path: role.path,
      description: role.description,
      maxSessionDuration: role.maxSessionDuration,
      trustPolicy: role.trustPolicy,
      inlinePolicies: role.inlinePolicies,
      managedPolicyArns: [...role.managedPolicyArns].sort(),
      permissionsBoundary: role.permissionsBoundary,
      tags: sortedTags(Object.entries(role.tags).map(([Key, Value]) => ({ Key, Value }))),
      instanceProfile: role.instanceProfile ? [role.name.toLowerCase()] : []
    })
  }
  const policies = [...account.policies.values()].filter(policy => policy.name.startsWith(prefix))
  expect(policies.map(policy => policy.name).sort()).toEqual(
    desired.managedPolicies.map(policy => policy.name).sort()
  )
  for (const policy of desired.managedPolicies) {
    const found = policies.find(candidate => candidate.name === policy.name)!
    const current = found.versions.find(version => version.versionId === found.defaultVersionId)!
    expect({ document: parse(current.document), tags: sortedTags(found.tags) }).toEqual({
      document: policy.document,
      tags: sortedTags(Object.entries(policy.tags).map(([Key, Value]) => ({ Key, Value })))
    })
  }
}

/** Runs `body` with an IAM client holding the account's admin keys (changes made "by hand"). */
export async function asAdmin(
  emulator: Emulator,
  body: (iam: IAMClient) => Promise<void>,
  account = DEV_ACCOUNT
): Promise<void> {
  const iam = new IAMClient(emulator.iamClientConfig(account))
  try {
    await body(iam)
  } finally {
    iam.destroy()
  }
}

/** The bundled CLI as a person runs it, with an account's admin keys in the environment. */
export function cliAsAdmin(
  emulator: Emulator,
  args: string[],
  files: Record<string, string>,
  account = DEV_ACCOUNT
): Promise<RunResult> {
  return runAction(emulator, {
    script: 'dist/cli/index.js',
    args,
    files,
    actionDefaults: false,
    aws: { account },
    env: { GITHUB_ACTIONS: undefined, GITHUB_REPOSITORY: REPOSITORY }
  })
}
