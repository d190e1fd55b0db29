/**
 * bootstrap: a CloudFormation template per environment with what RoleGate needs in the account:
 * the GitHub OIDC provider, the permissions boundary (when the config names one in the account),
 * and a deployer role that only this repository's jobs bound to that GitHub environment can
 * assume, and that can manage only the project's roles and policies, only while they carry the
 * boundary, and never itself.
 */
import { createHash } from 'node:crypto'
import type { Config } from '../definitions/schema.js'
import { dump } from 'js-yaml'
import { loadProject } from '../fs/load-project.js'
import { diskTree, UsageError, workspacePath } from '../fs/project-files.js'
import { DEFAULT_NAMING } from '../definitions/schema.js'
import { environmentVariables, namePrefix } from '../render/render.js'
import { substituteString } from '../render/variables.js'
import { bootstrapBoundary, bootstrapDeployRoleArn, GITHUB_OIDC_HOST } from '../render/bootstrap-boundary.js'
import { repositoryFromGitRemote } from './analyze.js'

export { GITHUB_OIDC_HOST }

export interface BootstrapOptions {
  /** owner/repo whose jobs may deploy. */
  repository: string
}

export type Json = Record<string, unknown>

export function bootstrapTemplate(config: Config, environment: string, options: BootstrapOptions): Json {
  const env = config.environments[environment]
  if (!env) throw new UsageError(`environment "${environment}" is not defined in rolegate.yml`)
  if (!/^[\w.-]+\/[\w.-]+$/.test(options.repository)) {
    throw new UsageError(
      `repository must be <owner>/<repo> (got "${options.repository}"); pass --repository or set GITHUB_REPOSITORY`
    )
  }
  const variables = environmentVariables(config, environment)
  const partition = variables.partition
  const account = env.account
  const prefix = namePrefix({ config, variables })
  if (!prefix) {
    throw new UsageError(
      `the naming template "${config.naming ?? DEFAULT_NAMING}" has no prefix before {name}, so the deployer cannot be limited to this project's names`
    )
  }
  const path = config.defaults?.path ?? config.path ?? '/'
  const deployRoleArn = bootstrapDeployRoleArn(config, environment)
  const deployRoleName = deployRoleArn.split('/').pop()!
  const boundary = config.defaults?.permissionsBoundary
    ? substituteString(config.defaults.permissionsBoundary, variables, () => {})
    : undefined
  // The boundary this template creates (one in the environment's own account), as the evaluator reads it.
  const createdBoundary = bootstrapBoundary(config, environment)
  const boundaryInAccount = createdBoundary?.arn
  const providerArn = `arn:${partition}:iam::${account}:oidc-provider/${GITHUB_OIDC_HOST}`
  const roles = `arn:${partition}:iam::${account}:role${path}${prefix}*`
  const policies = `arn:${partition}:iam::${account}:policy${path}${prefix}*`
  const profiles = `arn:${partition}:iam::${account}:instance-profile${path}${prefix}*`
  const withBoundary = boundary
    ? { Condition: { StringEquals: { 'iam:PermissionsBoundary': boundary } } }
    : {}

  const statements: Json[] = [
    {
      Sid: 'ReadIam',
      Effect: 'Allow',
      Action: [
        'iam:GetAccountAuthorizationDetails',
        'iam:GetAccountSummary',
        'iam:ListRoles',
        'iam:ListPolicies',
        'iam:ListPolicyTags',
        'iam:ListRoleTags',
        'iam:GetRole',
        'iam:GetPolicy',
        'iam:GetPolicyVersion',
        'iam:ListPolicyVersions',
        'iam:ListInstanceProfilesForRole',
        'iam:GetInstanceProfile'
      ],
      Resource: '*'
    },
    {
      Sid: 'ManageProjectRolesWithinBoundary',
      Effect: 'Allow',
      Action: [
        'iam:CreateRole',
        'iam:PutRolePermissionsBoundary',
        'iam:PutRolePolicy',
        'iam:DeleteRolePolicy',
        'iam:AttachRolePolicy',
        'iam:DetachRolePolicy'
      ],
      Resource: roles,
      ...withBoundary
    },
    {
      Sid: 'UpdateProjectRoles',
      Effect: 'Allow',
      Action: [
        'iam:UpdateRole',
        'iam:UpdateRoleDescription',
        'iam:UpdateAssumeRolePolicy',
        'iam:TagRole',
        'iam:UntagRole',
        'iam:DeleteRole'
      ],
      Resource: roles
    },
    {
      Sid: 'ManageProjectPolicies',
      Effect: 'Allow',
      Action: [
        'iam:CreatePolicy',
        'iam:CreatePolicyVersion',
        'iam:DeletePolicyVersion',
        'iam:SetDefaultPolicyVersion',
        'iam:DeletePolicy',
        'iam:TagPolicy',
        'iam:UntagPolicy'
      ],
      Resource: policies
    },
    {
      Sid: 'ManageProjectInstanceProfiles',
      Effect: 'Allow',
      Action: [
        'iam:CreateInstanceProfile',
        'iam:DeleteInstanceProfile',
        'iam:AddRoleToInstanceProfile',
        'iam:RemoveRoleFromInstanceProfile',
        'iam:TagInstanceProfile'
      ],
      Resource: profiles
    },
    {
      Sid: 'NeverItself',
      Effect: 'Deny',
      Action: 'iam:*',
      Resource: [deployRoleArn, ...(boundaryInAccount ? [boundaryInAccount] : [])]
    },
    ...(boundary
      ? [
          {
            Sid: 'NeverDropTheBoundary',
            Effect: 'Deny',
            Action: 'iam:DeleteRolePermissionsBoundary',
            Resource: '*'
          }
        ]
      : [])
  ]

  const resources: Json = {
    GitHubOidcProvider: {
      Type: 'AWS::IAM::OIDCProvider',
      Condition: 'CreateOidcProvider',
      Properties: { Url: `https://${GITHUB_OIDC_HOST}`, ClientIdList: ['sts.amazonaws.com'] }
    },
    DeployerRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: deployRoleName,
        Description: `RoleGate deployer for ${options.repository} (${environment})`,
        MaxSessionDuration: 3600,
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Federated: providerArn },
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: {
                StringEquals: {
                  [`${GITHUB_OIDC_HOST}:aud`]: 'sts.amazonaws.com',
                  [`${GITHUB_OIDC_HOST}:sub`]: `repo:${options.repository}:environment:${environment}`
                }
              }
            }
          ]
        },
        Policies: [
          { PolicyName: 'rolegate-deploy', PolicyDocument: { Version: '2012-10-17', Statement: statements } }
        ],
        Tags: [{ Key: 'rolegate:managed-by', Value: `bootstrap:${options.repository}` }]
      }
    }
  }
  if (createdBoundary) {
    resources.PermissionsBoundary = {
      Type: 'AWS::IAM::ManagedPolicy',
      Properties: {
        ManagedPolicyName: createdBoundary.arn.split('/').pop(),
        Description: `Upper bound on what roles deployed by RoleGate for ${config.project} can do`,
        PolicyDocument: createdBoundary.document
      }
    }
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `RoleGate bootstrap for ${config.project} / ${environment} (account ${account}); generated by "rolegate bootstrap"`,
    Parameters: {
      CreateOidcProvider: {
        Type: 'String',
        AllowedValues: ['true', 'false'],
        Default: 'true',
        Description: 'false when the account already has the token.actions.githubusercontent.com provider'
      }
    },
    Conditions: { CreateOidcProvider: { 'Fn::Equals': [{ Ref: 'CreateOidcProvider' }, 'true'] } },
    Resources: resources,
    Outputs: {
      DeployerRoleArn: {
        Value: deployRoleArn,
        Description: `deployRole for environments.${environment} in rolegate.yml`
      }
    }
  }
}

/** One environment's bootstrap template, as data and as a YAML document for CloudFormation. */
export interface BootstrapTemplate {
  environment: string
  template: Json
  /** One YAML document, headed by comments with the `aws cloudformation deploy` command to run. */
  yaml: string
  /** The file name `--out-dir` writes: `bootstrap-<env>.yml`. */
  fileName: string
}

/**
 * Loads the config and renders one bootstrap template per environment (only `environment` when
 * given): each is a complete CloudFormation template on its own, never a multi-document stream.
 */
export async function runBootstrap(options: {
  configPath: string
  workspace: string
  environment?: string
  repository?: string
}): Promise<BootstrapTemplate[]> {
  const project = await loadProject(
    diskTree(options.workspace),
    workspacePath(options.configPath, options.workspace),
    { requireConfig: true }
  )
  if (!project.config)
    throw new UsageError(`${project.configFile} is invalid; run "rolegate validate" and fix it first`)
  const config = project.config
  const known = Object.keys(config.environments)
  if (options.environment !== undefined && !Object.hasOwn(config.environments, options.environment))
    throw new UsageError(
      `environment "${options.environment}" is not in ${project.configFile}; its environments: ${known.join(', ')}`
    )
  const repository =
    options.repository ??
    process.env.GITHUB_REPOSITORY ??
    config.managedBy ??
    (await repositoryFromGitRemote(options.workspace))
  if (!repository)
    throw new UsageError(
      'bootstrap needs the GitHub repository whose jobs may deploy: pass --repository <owner>/<repo>, set managedBy in rolegate.yml, or run it in a clone whose origin remote is on GitHub'
    )
  const names = options.environment !== undefined ? [options.environment] : known
  return names.map(name => {
    const template = bootstrapTemplate(config, name, { repository })
    const fileName = `bootstrap-${name}.yml`
    return {
      environment: name,
      template,
      fileName,
      yaml: `# rolegate bootstrap: ${name} (account ${config.environments[name].account})\n# aws cloudformation deploy --template-file ${fileName} --stack-name ${stackName(config.project, name)} --capabilities CAPABILITY_NAMED_IAM\n${dump(template, { lineWidth: -1, noRefs: true, quotingType: '"' })}`
    }
  })
}

/**
 * The stack name the template's comment suggests. CloudFormation allows only letters, digits and
 * `-`, starting with a letter (at most 128): a project `shop_api` or an environment `eu.prod`,
 * both fine for IAM, would make `aws cloudformation deploy` refuse the name as printed.
 */
export function stackName(project: string, environment: string): string {
  const wanted = `${project}-rolegate-${environment}`
  const name = wanted.replace(/[^A-Za-z0-9-]/g, '-')
  const valid = /^[A-Za-z]/.test(name) ? name : `rolegate-${name}`
  if (valid === wanted && valid.length <= 128) return valid
  // Rewritten names can meet (eu.prod and eu-prod both give eu-prod): the same stack for two
  // environments would replace one's deployer with the other's. A hash of the name as written
  // keeps them apart.
  const hash = createHash('sha256').update(wanted).digest('hex').slice(0, 8)
  return `${valid.slice(0, 128 - hash.length - 1)}-${hash}`
}
