/**
 * The permissions boundary `rolegate bootstrap` writes into each environment's account, as data.
 * bootstrap puts it in the CloudFormation template; rendering records it on the environment
 * (`EnvironmentState.bootstrapBoundary`) so the evaluator can read the boundary of roles that use it
 * instead of answering "unknown" for every request. Pure: config in, document out.
 */
import type { Config } from '../definitions/schema.js'
import type { PolicyDocument } from '../model/policy.js'
import { own } from '../util/own.js'
import { environmentVariables, namePrefix } from './render.js'
import { substituteString } from './variables.js'

export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com'

export interface BootstrapBoundary {
  arn: string
  document: PolicyDocument
}

/** A role or policy as CloudFormation names it: `Path` and name, and the ARN IAM gives it. */
export interface IamEntity {
  arn: string
  /** `/` or `/ci/`: IAM's path, with both slashes. */
  path: string
  name: string
}

/** `arn:aws:iam::1:role/ci/deployer` → path `/ci/`, name `deployer`. */
export function pathAndName(arn: string): { path: string; name: string } {
  const resource = arn.slice(arn.indexOf('/'))
  const cut = resource.lastIndexOf('/')
  return { path: resource.slice(0, cut + 1), name: resource.slice(cut + 1) }
}

/**
 * The deployer role bootstrap creates: `deployRole` of the environment (its path and name, in the
 * environment's account, whatever account the ARN names), else `<prefix>rolegate-deployer`.
 */
export function bootstrapDeployer(config: Config, environment: string): IamEntity {
  const env = own(config.environments, environment)
  if (!env) throw new Error(`environment ${environment} is not defined`)
  const variables = environmentVariables(config, environment)
  const { path, name } = env.deployRole
    ? pathAndName(env.deployRole)
    : { path: '/', name: `${namePrefix({ config, variables })}rolegate-deployer` }
  return { arn: `arn:${variables.partition}:iam::${env.account}:role${path}${name}`, path, name }
}

/** The deployer roles of every environment in `account`: none may be changed by any of them. */
export function deployersInAccount(config: Config, account: string): string[] {
  const names = Object.keys(config.environments).filter(name => config.environments[name].account === account)
  return [...new Set(names.map(name => bootstrapDeployer(config, name).arn))]
}

/**
 * The boundary bootstrap creates for `environment`: `defaults.permissionsBoundary`, rendered, when
 * it names a policy in the environment's own account (bootstrap creates no other); else undefined.
 * Environments of one account that name the same policy get the same document, whichever stack
 * creates it.
 */
export function bootstrapBoundary(config: Config, environment: string): BootstrapBoundary | undefined {
  const arn = createdBoundaryArn(config, environment)
  if (!arn) return undefined
  const { partition, account } = environmentVariables(config, environment)
  return {
    arn,
    document: bootstrapBoundaryDocument(partition, account, deployersInAccount(config, account), arn)
  }
}

function createdBoundaryArn(config: Config, environment: string): string | undefined {
  const env = own(config.environments, environment)
  const declared = config.defaults?.permissionsBoundary
  if (!env || !declared) return undefined
  const variables = environmentVariables(config, environment)
  // bootstrap refuses a naming template without a prefix: it then creates no boundary either.
  if (!namePrefix({ config, variables })) return undefined
  const arn = substituteString(declared, variables, () => {})
  return arn.startsWith(`arn:${variables.partition}:iam::${env.account}:policy/`) ? arn : undefined
}

/** Application roles may do their jobs, never IAM administration, and never touch RoleGate's own pieces. */
export function bootstrapBoundaryDocument(
  partition: string,
  account: string,
  deployRoleArns: readonly string[],
  boundaryArn: string
): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AllowWorkloads', Effect: 'Allow', Action: '*', Resource: '*' },
      {
        Sid: 'NoIamAdministration',
        Effect: 'Deny',
        Action: [
          'iam:Create*',
          'iam:Delete*',
          'iam:Put*',
          'iam:Attach*',
          'iam:Detach*',
          'iam:Update*',
          'iam:Add*',
          'iam:Remove*',
          'iam:Set*',
          'iam:Tag*',
          'iam:Untag*',
          'iam:UploadSSHPublicKey',
          'iam:UploadServerCertificate',
          'iam:UploadSigningCertificate'
        ],
        Resource: '*'
      },
      {
        Sid: 'NoAccountOrOrganizationChanges',
        Effect: 'Deny',
        Action: ['organizations:*', 'account:*'],
        Resource: '*'
      },
      {
        Sid: 'ProtectRoleGate',
        Effect: 'Deny',
        Action: '*',
        Resource: [
          ...deployRoleArns,
          boundaryArn,
          `arn:${partition}:iam::${account}:oidc-provider/${GITHUB_OIDC_HOST}`
        ]
      }
    ]
  }
}
