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

/** The deployer role bootstrap creates: `deployRole` of the environment, else `<prefix>rolegate-deployer`. */
export function bootstrapDeployRoleArn(config: Config, environment: string): string {
  const env = own(config.environments, environment)
  if (!env) throw new Error(`environment ${environment} is not defined`)
  const variables = environmentVariables(config, environment)
  const { partition } = variables
  const prefix = namePrefix({ config, variables })
  const name = (env.deployRole ?? `arn:${partition}:iam::${env.account}:role/${prefix}rolegate-deployer`)
    .split('/')
    .pop()!
  return `arn:${partition}:iam::${env.account}:role/${name}`
}

/**
 * The boundary bootstrap creates for `environment`: `defaults.permissionsBoundary`, rendered, when
 * it names a policy in the environment's own account (bootstrap creates no other); else undefined.
 */
export function bootstrapBoundary(config: Config, environment: string): BootstrapBoundary | undefined {
  const env = own(config.environments, environment)
  const declared = config.defaults?.permissionsBoundary
  if (!env || !declared) return undefined
  const variables = environmentVariables(config, environment)
  // bootstrap refuses a naming template without a prefix: it then creates no boundary either.
  if (!namePrefix({ config, variables })) return undefined
  const { partition } = variables
  const arn = substituteString(declared, variables, () => {})
  if (!arn.startsWith(`arn:${partition}:iam::${env.account}:policy/`)) return undefined
  return {
    arn,
    document: bootstrapBoundaryDocument(
      partition,
      env.account,
      bootstrapDeployRoleArn(config, environment),
      arn
    )
  }
}

/** Application roles may do their jobs, never IAM administration, and never touch RoleGate's own pieces. */
export function bootstrapBoundaryDocument(
  partition: string,
  account: string,
  deployRoleArn: string,
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
          deployRoleArn,
          boundaryArn,
          `arn:${partition}:iam::${account}:oidc-provider/${GITHUB_OIDC_HOST}`
        ]
      }
    ]
  }
}
