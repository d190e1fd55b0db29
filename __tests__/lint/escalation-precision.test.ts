/**
 * Precision of privilege-escalation on documents no one here wrote: every AWS managed policy,
 * judged on its own as a kind: ManagedPolicy document (as grammar-precision.test.ts does). Each
 * policy that opens a path is listed below with the paths and why the finding stands: AWS grants
 * these paths on purpose, to administrators or to roles only an AWS service assumes. A finding
 * not listed here, or a listed one that disappears, fails the test.
 *
 * Issue 13's SSM false alarms are gone: documents named in one statement with the instances in a
 * separate, tag-conditioned one (4 policies), and fixed AWS documents that run no caller-chosen
 * command (8 policies).
 */
import { privilegeEscalation } from '../../src/lint/rules/escalation.js'
import { awsManagedLintContext } from '../support/aws-managed-context.js'

const context = awsManagedLintContext('precision')
const { config, environment } = context
const policies = environment.managedPolicies

/** Policy -> the path ids its findings name. */
function found(): Map<string, string[]> {
  const paths = new Map<string, Set<string>>()
  for (const hit of privilegeEscalation.check({ config, environment })) {
    const ids = [...hit.message.matchAll(/"([a-z0-9-]+)" \(/g)].map(match => match[1])
    const set = paths.get(hit.policy ?? '') ?? new Set()
    for (const id of ids) set.add(id)
    paths.set(hit.policy ?? '', set)
  }
  return new Map([...paths].map(([policy, set]) => [policy, [...set].sort()]))
}

interface Justification {
  reason: string
  source: string
}

/** Administrator, power-user or full access to the service the path goes through: the access is the point. */
const ADMIN: Justification = {
  reason:
    'grants the path by design: administrator or job-function access, or full access to the service the path goes through; attach it only to principals meant to have that power',
  source: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/policy-list.html'
}

/** Service roles and service-linked roles: only the AWS service assumes them, to do this for the customer. */
const SERVICE: Justification = {
  reason:
    'attached to a service role or service-linked role that only an AWS service assumes, which launches instances, tasks or jobs with the customer’s roles, or runs commands, on the customer’s behalf',
  source:
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-service-role'
}

/** Developer access to a service whose every run uses the project's own service role. */
const DEVELOPER: Justification = {
  reason:
    'lets developers start builds of any project, and a build may override its buildspec, so every project’s service role is reachable (and ECS tasks through Session Manager, for CodeBuild sandboxes); give it only to principals trusted with those roles',
  source:
    'https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-iam-identity-based-access-control.html'
}

/** A permissions boundary: it caps a role and grants nothing on its own. */
const BOUNDARY: Justification = {
  reason:
    'a permissions boundary: it grants nothing by itself, and a role it bounds still needs an identity policy',
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html'
}

const JUSTIFIED = new Map<string, { why: Justification; paths: string[] }>([
  [
    'AIDevOpsAgentActionsPolicy',
    {
      why: ADMIN,
      paths: [
        'apprunner-update-service',
        'bedrock-code-interpreter-session',
        'cloudformation-change-set',
        'cloudformation-update-stack',
        'codebuild-start-build-batch-override',
        'codebuild-start-build-override',
        'ec2-instance-connect',
        'ec2-launch-template',
        'ec2-user-data-restart',
        'ecs-execute-command',
        'sagemaker-lifecycle-config',
        'sagemaker-presigned-url',
        'ssm-send-command',
        'ssm-start-session',
        'update-function-code',
        'update-glue-dev-endpoint'
      ]
    }
  ],
  [
    'AWSCloudFormationFullAccess',
    { why: ADMIN, paths: ['cloudformation-change-set', 'cloudformation-update-stack'] }
  ],
  ['AWSAppRunnerFullAccess', { why: ADMIN, paths: ['apprunner-update-service'] }],
  [
    'AWSCodeBuildAdminAccess',
    {
      why: ADMIN,
      paths: ['codebuild-start-build-batch-override', 'codebuild-start-build-override', 'ssm-start-session']
    }
  ],
  [
    'AWSCodeBuildDeveloperAccess',
    {
      why: DEVELOPER,
      paths: ['codebuild-start-build-batch-override', 'codebuild-start-build-override', 'ssm-start-session']
    }
  ],
  [
    'AWSDeepRacerCloudFormationAccessPolicy',
    { why: ADMIN, paths: ['cloudformation-change-set', 'cloudformation-update-stack'] }
  ],
  ['AWSGlueConsoleFullAccess', { why: ADMIN, paths: ['update-glue-dev-endpoint'] }],
  ['AWSGlueConsoleSageMakerNotebookFullAccess', { why: ADMIN, paths: ['update-glue-dev-endpoint'] }],
  [
    'AWSLambda_FullAccess',
    {
      why: ADMIN,
      paths: [
        'passrole-lambda-add-permission',
        'passrole-lambda-event-source',
        'passrole-lambda-invoke',
        'update-function-code'
      ]
    }
  ],
  ['AWSMarketplaceFullAccess', { why: ADMIN, paths: ['passrole-ec2'] }],
  ['AdministratorAccess-AWSElasticBeanstalk', { why: ADMIN, paths: ['passrole-ec2'] }],
  ['AWSRefactoringToolkitFullAccess', { why: ADMIN, paths: ['codebuild-start-build-override'] }],
  ['AWSSystemsManagerJustInTimeAccessTokenPolicy', { why: ADMIN, paths: ['ssm-start-session'] }],
  [
    'AdministratorAccess',
    {
      why: ADMIN,
      paths: [
        'add-user-to-group',
        'attach-group-policy',
        'attach-role-policy',
        'apprunner-update-service',
        'attach-user-policy',
        'bedrock-code-interpreter-session',
        'cloudformation-change-set',
        'cloudformation-update-stack',
        'codebuild-start-build-batch-override',
        'codebuild-start-build-override',
        'create-access-key',
        'create-login-profile',
        'create-policy-version',
        'ec2-instance-connect',
        'ec2-launch-template',
        'ec2-user-data-restart',
        'ecs-execute-command',
        'passrole-apprunner',
        'passrole-cloudformation',
        'passrole-cloudformation-stackset',
        'passrole-cloudformation-update-stackset',
        'passrole-datapipeline',
        'passrole-ec2',
        'passrole-ec2-spot',
        'passrole-ecs-run-task',
        'passrole-ecs-service',
        'passrole-ecs-start-task',
        'passrole-glue-dev-endpoint',
        'passrole-glue-job-run',
        'passrole-glue-job-trigger',
        'passrole-glue-update-job-run',
        'passrole-glue-update-job-trigger',
        'passrole-lambda-add-permission',
        'passrole-lambda-event-source',
        'passrole-lambda-invoke',
        'passrole-sagemaker-notebook',
        'passrole-sagemaker-processing',
        'passrole-sagemaker-training',
        'put-group-policy',
        'put-role-policy',
        'put-user-policy',
        'sagemaker-lifecycle-config',
        'sagemaker-presigned-url',
        'set-default-policy-version',
        'ssm-send-command',
        'ssm-start-session',
        'update-assume-role-policy',
        'update-function-code',
        'update-glue-dev-endpoint',
        'update-login-profile'
      ]
    }
  ],
  [
    'AdministratorAccess-Amplify',
    {
      why: ADMIN,
      paths: [
        'attach-role-policy',
        'create-policy-version',
        'passrole-lambda-add-permission',
        'passrole-lambda-event-source',
        'passrole-lambda-invoke',
        'put-role-policy',
        'update-assume-role-policy',
        'update-function-code'
      ]
    }
  ],
  [
    'AmazonDynamoDBFullAccesswithDataPipeline',
    {
      why: ADMIN,
      paths: [
        'passrole-datapipeline',
        'passrole-ec2',
        'passrole-lambda-add-permission',
        'passrole-lambda-event-source',
        'passrole-lambda-invoke',
        'update-function-code'
      ]
    }
  ],
  ['AmazonEC2FullAccess', { why: ADMIN, paths: ['ec2-launch-template', 'ec2-user-data-restart'] }],
  [
    'AmazonECS_FullAccess',
    {
      why: ADMIN,
      paths: [
        'cloudformation-update-stack',
        'ecs-execute-command',
        'passrole-ecs-run-task',
        'passrole-ecs-service',
        'passrole-ecs-start-task'
      ]
    }
  ],
  [
    'AmazonElasticMapReduceFullAccess',
    { why: ADMIN, paths: ['passrole-cloudformation', 'passrole-ec2', 'passrole-ec2-spot'] }
  ],
  ['AmazonSSMFullAccess', { why: ADMIN, paths: ['ssm-send-command', 'ssm-start-session'] }],
  [
    'AmazonSageMakerFullAccess',
    {
      why: ADMIN,
      paths: [
        'passrole-sagemaker-notebook',
        'passrole-sagemaker-processing',
        'passrole-sagemaker-training',
        'sagemaker-lifecycle-config',
        'sagemaker-presigned-url'
      ]
    }
  ],
  ['BedrockAgentCoreFullAccess', { why: ADMIN, paths: ['bedrock-code-interpreter-session'] }],
  [
    'DataScientist',
    {
      why: ADMIN,
      paths: [
        'passrole-sagemaker-notebook',
        'passrole-sagemaker-processing',
        'passrole-sagemaker-training',
        'sagemaker-lifecycle-config',
        'sagemaker-presigned-url',
        'update-function-code'
      ]
    }
  ],
  ['EC2FastLaunchFullAccess', { why: ADMIN, paths: ['passrole-ec2'] }],
  ['EC2InstanceConnect', { why: ADMIN, paths: ['ec2-instance-connect'] }],
  [
    'IAMFullAccess',
    {
      why: ADMIN,
      paths: [
        'add-user-to-group',
        'attach-group-policy',
        'attach-role-policy',
        'attach-user-policy',
        'create-access-key',
        'create-login-profile',
        'create-policy-version',
        'put-group-policy',
        'put-role-policy',
        'put-user-policy',
        'set-default-policy-version',
        'update-assume-role-policy',
        'update-login-profile'
      ]
    }
  ],
  [
    'PowerUserAccess',
    {
      why: ADMIN,
      paths: [
        'apprunner-update-service',
        'bedrock-code-interpreter-session',
        'cloudformation-change-set',
        'cloudformation-update-stack',
        'codebuild-start-build-batch-override',
        'codebuild-start-build-override',
        'ec2-instance-connect',
        'ec2-launch-template',
        'ec2-user-data-restart',
        'ecs-execute-command',
        'sagemaker-lifecycle-config',
        'sagemaker-presigned-url',
        'ssm-send-command',
        'ssm-start-session',
        'update-function-code',
        'update-glue-dev-endpoint'
      ]
    }
  ],
  ['SecretsManagerReadWrite', { why: ADMIN, paths: ['cloudformation-change-set'] }],
  [
    'SystemAdministrator',
    { why: ADMIN, paths: ['ec2-launch-template', 'ec2-user-data-restart', 'update-function-code'] }
  ],
  ['AWSBackupServiceRolePolicyForRestores', { why: SERVICE, paths: ['passrole-ec2'] }],
  [
    'AWSBatchServiceRole',
    { why: SERVICE, paths: ['passrole-ec2', 'passrole-ecs-run-task', 'passrole-ecs-start-task'] }
  ],
  ['AWSBatchServiceRolePolicyForSageMaker', { why: SERVICE, paths: ['passrole-sagemaker-training'] }],
  [
    'AWSCodeStarServiceRole',
    {
      why: SERVICE,
      paths: [
        'codebuild-start-build-batch-override',
        'codebuild-start-build-override',
        'ec2-launch-template',
        'ec2-user-data-restart'
      ]
    }
  ],
  ['AWSConnector', { why: ADMIN, paths: ['ec2-user-data-restart'] }],
  [
    'AWSDeepRacerServiceRolePolicy',
    { why: SERVICE, paths: ['sagemaker-lifecycle-config', 'sagemaker-presigned-url'] }
  ],
  ['AWSDirectoryServiceServiceRolePolicy', { why: SERVICE, paths: ['ssm-send-command'] }],
  ['AWSEC2FleetServiceRolePolicy', { why: SERVICE, paths: ['passrole-ec2', 'passrole-ec2-spot'] }],
  ['AWSEC2SpotFleetServiceRolePolicy', { why: SERVICE, paths: ['passrole-ec2', 'passrole-ec2-spot'] }],
  ['AWSEC2SpotServiceRolePolicy', { why: SERVICE, paths: ['passrole-ec2'] }],
  ['AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy', { why: SERVICE, paths: ['passrole-ec2'] }],
  ['AWSElasticBeanstalkManagedUpdatesServiceRolePolicy', { why: SERVICE, paths: ['passrole-ec2'] }],
  ['AWSElasticBeanstalkService', { why: SERVICE, paths: ['codebuild-start-build-override', 'passrole-ec2'] }],
  ['AWSFaultInjectionSimulatorEC2Access', { why: SERVICE, paths: ['ssm-send-command'] }],
  ['AWSFaultInjectionSimulatorECSAccess', { why: SERVICE, paths: ['ssm-send-command'] }],
  ['AWSFaultInjectionSimulatorSSMAccess', { why: SERVICE, paths: ['ssm-send-command'] }],
  ['AWSGlueServiceNotebookRole', { why: SERVICE, paths: ['update-glue-dev-endpoint'] }],
  ['AWSGlueServiceRole', { why: SERVICE, paths: ['update-glue-dev-endpoint'] }],
  ['AWSMigrationHubOrchestratorServiceRolePolicy', { why: SERVICE, paths: ['ssm-send-command'] }],
  ['AWSServiceRoleForAmazonEKSNodegroup', { why: SERVICE, paths: ['passrole-ec2'] }],
  ['AWSServiceRoleForImageBuilder', { why: SERVICE, paths: ['ec2-launch-template', 'passrole-ec2'] }],
  ['AWSServiceRoleForSMS', { why: SERVICE, paths: ['passrole-ec2'] }],
  ['AmazonEC2SpotFleetTaggingRole', { why: SERVICE, paths: ['passrole-ec2', 'passrole-ec2-spot'] }],
  ['AmazonECSServiceRolePolicy', { why: SERVICE, paths: ['ssm-start-session'] }],
  ['AmazonEKSComputePolicy', { why: SERVICE, paths: ['passrole-ec2'] }],
  ['AmazonEKSLocalOutpostServiceRolePolicy', { why: SERVICE, paths: ['passrole-ec2'] }],
  ['AmazonElasticMapReduceRole', { why: SERVICE, paths: ['passrole-ec2', 'passrole-ec2-spot'] }],
  [
    'AmazonSSMAutomationRole',
    { why: SERVICE, paths: ['cloudformation-update-stack', 'ssm-send-command', 'ssm-start-session'] }
  ],
  ['AmazonSSMMaintenanceWindowRole', { why: SERVICE, paths: ['ssm-send-command'] }],
  ['AmazonSSMServiceRolePolicy', { why: SERVICE, paths: ['ssm-send-command'] }],
  [
    'AmazonSageMakerServiceCatalogProductsCloudformationServiceRolePolicy',
    { why: SERVICE, paths: ['sagemaker-lifecycle-config', 'sagemaker-presigned-url'] }
  ],
  [
    'AmazonSageMakerServiceCatalogProductsLambdaServiceRolePolicy',
    { why: SERVICE, paths: ['sagemaker-lifecycle-config', 'sagemaker-presigned-url'] }
  ],
  [
    'AutoScalingServiceRolePolicy',
    { why: SERVICE, paths: ['ec2-user-data-restart', 'passrole-ec2', 'passrole-ec2-spot'] }
  ],
  ['AwsGlueSessionUserRestrictedNotebookServiceRole', { why: SERVICE, paths: ['update-glue-dev-endpoint'] }],
  ['AwsGlueSessionUserRestrictedServiceRole', { why: SERVICE, paths: ['update-glue-dev-endpoint'] }],
  [
    'BatchServiceRolePolicy',
    { why: SERVICE, paths: ['passrole-ec2', 'passrole-ecs-run-task', 'passrole-ecs-start-task'] }
  ],
  ['EC2FastLaunchServiceRolePolicy', { why: SERVICE, paths: ['passrole-ec2'] }],
  ['EC2FleetTimeShiftableServiceRolePolicy', { why: SERVICE, paths: ['passrole-ec2'] }],
  ['EC2ImageBuilderExecutionPolicy', { why: SERVICE, paths: ['ec2-launch-template', 'passrole-ec2'] }],
  [
    'SageMakerStudioAdminIAMDefaultExecutionPolicy',
    {
      why: SERVICE,
      paths: [
        'passrole-glue-job-run',
        'passrole-glue-update-job-run',
        'passrole-sagemaker-processing',
        'passrole-sagemaker-training'
      ]
    }
  ],
  [
    'SageMakerStudioAdminIAMPermissiveExecutionPolicy',
    {
      why: SERVICE,
      paths: [
        'passrole-glue-dev-endpoint',
        'passrole-glue-job-run',
        'passrole-glue-job-trigger',
        'passrole-glue-update-job-run',
        'passrole-glue-update-job-trigger',
        'passrole-sagemaker-notebook',
        'passrole-sagemaker-processing',
        'passrole-sagemaker-training',
        'sagemaker-lifecycle-config',
        'sagemaker-presigned-url',
        'update-glue-dev-endpoint'
      ]
    }
  ],
  [
    'SageMakerStudioUserIAMPermissiveExecutionPolicy',
    {
      why: SERVICE,
      paths: ['sagemaker-lifecycle-config', 'sagemaker-presigned-url', 'update-glue-dev-endpoint']
    }
  ],
  ['ServerMigrationServiceLaunchRole', { why: SERVICE, paths: ['passrole-ec2'] }],
  [
    'AmazonDataZoneSageMakerEnvironmentRolePermissionsBoundary',
    { why: BOUNDARY, paths: ['sagemaker-presigned-url'] }
  ]
])

describe('privilege-escalation over every AWS managed policy', () => {
  const result = found()

  it('has the whole data set to work on', () => {
    expect(policies.length).toBeGreaterThan(1000)
  })

  it('reports exactly the justified policies and paths', () => {
    const expected = new Map([...JUSTIFIED].map(([policy, entry]) => [policy, [...entry.paths].sort()]))
    expect(Object.fromEntries([...result].sort(([a], [b]) => a.localeCompare(b)))).toEqual(
      Object.fromEntries([...expected].sort(([a], [b]) => a.localeCompare(b)))
    )
  })

  it('justifies every entry with a reason and a source', () => {
    for (const [policy, entry] of JUSTIFIED) {
      expect({ policy, reason: entry.why.reason.length > 20 }).toEqual({ policy, reason: true })
      expect(entry.why.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//)
    }
  })

  it('no longer reports the SSM false alarms of issue 13', () => {
    const ssm = (policy: string) => (result.get(policy) ?? []).filter(id => id.startsWith('ssm-'))
    const separateStatements = [
      'AmazonRDSCustomServiceRolePolicy',
      'AmazonRDSCustomPreviewServiceRolePolicy',
      'AWSOpsWorksCMServiceRole',
      'AWSServiceRoleForImageBuilder'
    ]
    const fixedDocuments = [
      'AWSBackupFullAccess',
      'AWSBackupOperatorAccess',
      'AWSBackupServiceRolePolicyForBackup',
      'AWSEC2VssRestorePolicy',
      'AWSLicenseManagerServiceRolePolicy',
      'AmazonGuardDutyServiceRolePolicy',
      'CloudwatchApplicationInsightsServiceLinkedRolePolicy',
      'AWSDataLifecycleManagerSSMFullAccess'
    ]
    for (const policy of [...separateStatements, ...fixedDocuments])
      expect({ policy, ssm: ssm(policy) }).toEqual({ policy, ssm: [] })
    // A policy that does allow a shell document on every instance is still reported.
    expect(ssm('AWSDirectoryServiceServiceRolePolicy')).toEqual(['ssm-send-command'])
  })
})
