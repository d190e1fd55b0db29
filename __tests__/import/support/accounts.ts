/**
 * Import test support: roles made in an emulated account as a person would (SDK calls with the
 * account's admin key, as `aws iam ...` does), a project that points at those accounts, and the
 * in-process import / validate / plan of that project with the same admin key.
 */
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  IAMClient,
  PutRolePolicyCommand
} from '@aws-sdk/client-iam'
import { runDeploy, type DeployOutcome } from '../../../src/commands/deploy.js'
import { runImport, type ImportOptions, type ImportReport } from '../../../src/commands/import.js'
import { runValidate } from '../../../src/commands/validate.js'
import type { Emulator } from '../../../test/emulator/index.js'

export const DEV = '111111111111'
export const PROD = '333333333333'
export const REPOSITORY = 'acme/shop-iam'

export const CONFIG = `# yaml-language-server: $schema=schema/rolegate.schema.json
version: 1
project: shop
definitions: ["iam/**/*.yml"]
defaults:
  permissionsBoundary: "arn:{partition}:iam::{account}:policy/rolegate-boundary"
  tags: { Project: "{project}", Environment: "{environment}" }
environments:
  dev: { account: "${DEV}", region: us-east-1 }
  prod: { account: "${PROD}", region: us-east-1, protected: true }
`

export const json = (value: unknown) => JSON.stringify(value)

export const ecsTrust = (account: string) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: 'ecs-tasks.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:SourceAccount': account } }
    }
  ]
})

export interface RoleSpec {
  name: string
  path?: string
  description?: string
  maxSessionDuration?: number
  boundary?: boolean
  tags?: Record<string, string>
  trust?: object
  inline?: Record<string, object>
  attach?: string[]
  instanceProfile?: boolean
}

/** An account's admin client and helpers to make roles in it. */
export function accountBuilder(emulator: Emulator, account: string) {
  const iam = new IAMClient(emulator.iamClientConfig(account))
  return {
    iam,
    boundaryArn: `arn:aws:iam::${account}:policy/rolegate-boundary`,
    async policy(name: string, path: string, document: object, description = ''): Promise<string> {
      const created = await iam.send(
        new CreatePolicyCommand({
          PolicyName: name,
          Path: path,
          PolicyDocument: json(document),
          ...(description ? { Description: description } : {})
        })
      )
      return created.Policy!.Arn!
    },
    async role(spec: RoleSpec): Promise<void> {
      await iam.send(
        new CreateRoleCommand({
          RoleName: spec.name,
          Path: spec.path,
          Description: spec.description,
          MaxSessionDuration: spec.maxSessionDuration,
          AssumeRolePolicyDocument: json(spec.trust ?? ecsTrust(account)),
          PermissionsBoundary: spec.boundary ? `arn:aws:iam::${account}:policy/rolegate-boundary` : undefined,
          Tags: Object.entries(spec.tags ?? {}).map(([Key, Value]) => ({ Key, Value }))
        })
      )
      for (const [PolicyName, document] of Object.entries(spec.inline ?? {}))
        await iam.send(
          new PutRolePolicyCommand({ RoleName: spec.name, PolicyName, PolicyDocument: json(document) })
        )
      for (const PolicyArn of spec.attach ?? [])
        await iam.send(new AttachRolePolicyCommand({ RoleName: spec.name, PolicyArn }))
      if (spec.instanceProfile) {
        await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: spec.name, Path: spec.path }))
        await iam.send(
          new AddRoleToInstanceProfileCommand({ InstanceProfileName: spec.name, RoleName: spec.name })
        )
      }
    }
  }
}

/** The boundary every environment's default names, as bootstrap would create it. */
export async function createBoundary(builder: ReturnType<typeof accountBuilder>): Promise<void> {
  await builder.policy('rolegate-boundary', '/', {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
  })
}

export function adminCredentials(emulator: Emulator) {
  return async (environment: { account: string }) => {
    const { admin } = emulator.account(environment.account)
    return { accessKeyId: admin.accessKeyId, secretAccessKey: admin.secretAccessKey }
  }
}

export function importInto(
  emulator: Emulator,
  workspace: string,
  environment: string,
  overrides: Partial<ImportOptions> = {}
): Promise<ImportReport> {
  return runImport({
    configPath: 'rolegate.yml',
    workspace,
    environment,
    match: [],
    force: false,
    managedBy: REPOSITORY,
    credentials: adminCredentials(emulator),
    ...overrides
  })
}

/** Findings that say the definitions themselves are wrong (not what the roles allow). */
export const DEFINITION_RULES = ['schema', 'unknown-variable', 'unknown-reference', 'duplicate-name']

export async function definitionErrors(workspace: string) {
  const { report } = await runValidate({ configPath: 'rolegate.yml', workspace, managedBy: REPOSITORY })
  return report.findings.filter(
    finding => DEFINITION_RULES.includes(finding.rule) && finding.severity === 'error'
  )
}

export function plan(emulator: Emulator, workspace: string, environment: string): Promise<DeployOutcome> {
  return runDeploy({
    configPath: 'rolegate.yml',
    workspace,
    environment,
    mode: 'plan',
    managedBy: REPOSITORY,
    failOn: 'never',
    credentials: adminCredentials(emulator)
  })
}
