/**
 * Applies the IAM resources of `rolegate bootstrap`'s CloudFormation template to an emulated
 * account, as CloudFormation would: the permissions boundary and the GitHub-trusting deployer role.
 * Used by tests, the demo and `npm run emulator -- --bootstrap rolegate.yml`.
 */
import { CreatePolicyCommand, CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { bootstrapTemplate } from '../../src/commands/bootstrap.js'
import { loadConfig } from '../../src/definitions/load.js'
import type { Emulator } from './emulator.js'

interface TemplateResource {
  Type: string
  Condition?: string
  Properties: Record<string, unknown>
}

/**
 * `parameters`: the stack's parameters, as `--parameter-overrides` sets them (`CreatePermissionsBoundary:
 * 'false'` for the second environment of a shared account); a resource whose condition parameter is
 * `'false'` is not created.
 */
export async function bootstrapAccount(
  emulator: Emulator,
  configText: string,
  environment: string,
  repository: string,
  parameters: Record<string, string> = {}
): Promise<void> {
  const { config } = loadConfig({ path: 'rolegate.yml', text: configText })
  if (!config) throw new Error('invalid config')
  const template = bootstrapTemplate(config, environment, { repository }) as {
    Resources: Record<string, TemplateResource>
  }
  const account = config.environments[environment].account
  if (!emulator.registry.account(account)) emulator.createAccount(account)
  const iam = new IAMClient(emulator.iamClientConfig(account))
  try {
    const boundary = template.Resources.PermissionsBoundary
    if (boundary && parameters[boundary.Condition ?? ''] !== 'false') {
      await iam.send(
        new CreatePolicyCommand({
          PolicyName: String(boundary.Properties.ManagedPolicyName),
          ...(boundary.Properties.Path ? { Path: String(boundary.Properties.Path) } : {}),
          PolicyDocument: JSON.stringify(boundary.Properties.PolicyDocument)
        })
      )
    }
    const deployer = template.Resources.DeployerRole.Properties
    await iam.send(
      new CreateRoleCommand({
        RoleName: String(deployer.RoleName),
        ...(deployer.Path ? { Path: String(deployer.Path) } : {}),
        AssumeRolePolicyDocument: JSON.stringify(deployer.AssumeRolePolicyDocument),
        Tags: deployer.Tags as { Key: string; Value: string }[]
      })
    )
    for (const policy of deployer.Policies as { PolicyName: string; PolicyDocument: object }[]) {
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: String(deployer.RoleName),
          PolicyName: policy.PolicyName,
          PolicyDocument: JSON.stringify(policy.PolicyDocument)
        })
      )
    }
  } finally {
    iam.destroy()
  }
}
