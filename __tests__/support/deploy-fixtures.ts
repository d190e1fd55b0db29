/**
 * Deploy test support: an emulated account bootstrapped with RoleGate's own bootstrap template
 * (boundary, GitHub-trusting deployer role), and example projects as workspace files.
 */
import { CreatePolicyCommand, CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { bootstrapTemplate } from '../../src/commands/bootstrap.js'
import { loadConfig } from '../../src/definitions/load.js'
import type { Emulator } from '../../test/emulator/index.js'
import { REPO_ROOT } from '../../test/emulator/index.js'

/** Every file of examples/<name>, keyed by path relative to the example (so rolegate.yml is at the root). */
export function exampleFiles(name: string): Record<string, string> {
  const root = path.join(REPO_ROOT, 'examples', name)
  const files: Record<string, string> = {}
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const file = path.join(folder, entry)
      if (statSync(file).isDirectory()) walk(file)
      else files[path.relative(root, file).split(path.sep).join('/')] = readFileSync(file, 'utf8')
    }
  }
  walk(root)
  return files
}

interface TemplateResource {
  Type: string
  Properties: Record<string, unknown>
}

/**
 * Applies the IAM resources of `rolegate bootstrap`'s template for one environment with the
 * account's admin key, as CloudFormation would: the boundary policy and the deployer role.
 */
export async function bootstrapAccount(
  emulator: Emulator,
  configText: string,
  environment: string,
  repository: string
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
    if (boundary) {
      await iam.send(
        new CreatePolicyCommand({
          PolicyName: String(boundary.Properties.ManagedPolicyName),
          PolicyDocument: JSON.stringify(boundary.Properties.PolicyDocument)
        })
      )
    }
    const deployer = template.Resources.DeployerRole.Properties
    await iam.send(
      new CreateRoleCommand({
        RoleName: String(deployer.RoleName),
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

export function environmentsOf(configText: string): Record<string, { account: string; protected?: boolean }> {
  return (parse(configText) as { environments: Record<string, { account: string; protected?: boolean }> })
    .environments
}
