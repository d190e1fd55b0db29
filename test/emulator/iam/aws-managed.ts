import { uniqueId } from '../core/ids.js'
import type { ManagedPolicy } from './model.js'

/**
 * A handful of well-known AWS managed policies (`arn:aws:iam::aws:policy/...`), with documents
 * close to the real ones, so roles can attach them and boundaries can reference them.
 */

interface Seed {
  path: string
  name: string
  description: string
  statements: object[]
}

const allowAll = (actions: string[], resource: string | string[] = '*') => ({
  Effect: 'Allow',
  Action: actions,
  Resource: resource
})

const SEEDS: Seed[] = [
  {
    path: '/',
    name: 'AdministratorAccess',
    description: 'Provides full access to AWS services and resources.',
    statements: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
  },
  {
    path: '/',
    name: 'ReadOnlyAccess',
    description: 'Provides read-only access to AWS services and resources.',
    statements: [
      allowAll([
        'cloudformation:Describe*',
        'cloudformation:Get*',
        'cloudformation:List*',
        'cloudwatch:Describe*',
        'cloudwatch:Get*',
        'cloudwatch:List*',
        'ec2:Describe*',
        'ec2:Get*',
        'iam:Generate*',
        'iam:Get*',
        'iam:List*',
        'iam:Simulate*',
        'lambda:Get*',
        'lambda:List*',
        'logs:Describe*',
        'logs:Get*',
        'logs:List*',
        's3:Get*',
        's3:List*',
        'sts:GetCallerIdentity'
      ])
    ]
  },
  {
    path: '/',
    name: 'PowerUserAccess',
    description:
      'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
    statements: [
      { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
      allowAll([
        'account:GetAccountInformation',
        'account:GetPrimaryEmail',
        'account:ListRegions',
        'iam:CreateServiceLinkedRole',
        'iam:DeleteServiceLinkedRole',
        'iam:ListRoles',
        'organizations:DescribeOrganization'
      ])
    ]
  },
  {
    path: '/',
    name: 'IAMFullAccess',
    description: 'Provides full access to IAM via the AWS Management Console.',
    statements: [
      allowAll([
        'iam:*',
        'organizations:DescribeAccount',
        'organizations:DescribeOrganization',
        'organizations:DescribeOrganizationalUnit',
        'organizations:DescribePolicy',
        'organizations:ListChildren',
        'organizations:ListParents',
        'organizations:ListPoliciesForTarget',
        'organizations:ListRoots',
        'organizations:ListPolicies',
        'organizations:ListTargetsForPolicy'
      ])
    ]
  },
  {
    path: '/',
    name: 'AmazonS3ReadOnlyAccess',
    description: 'Provides read only access to all buckets via the AWS Management Console.',
    statements: [
      allowAll(['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'])
    ]
  },
  {
    path: '/service-role/',
    name: 'AmazonECSTaskExecutionRolePolicy',
    description: 'Provides access to other AWS service resources that are required to run Amazon ECS tasks',
    statements: [
      allowAll([
        'ecr:GetAuthorizationToken',
        'ecr:BatchCheckLayerAvailability',
        'ecr:GetDownloadUrlForLayer',
        'ecr:BatchGetImage',
        'logs:CreateLogStream',
        'logs:PutLogEvents'
      ])
    ]
  },
  {
    path: '/service-role/',
    name: 'AWSLambdaBasicExecutionRole',
    description: 'Provides write permissions to CloudWatch Logs.',
    statements: [allowAll(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'])]
  },
  {
    path: '/',
    name: 'AmazonSSMManagedInstanceCore',
    description: 'The policy for Amazon EC2 Role to enable AWS Systems Manager service core functionality.',
    statements: [
      allowAll([
        'ssm:DescribeAssociation',
        'ssm:GetDeployablePatchSnapshotForInstance',
        'ssm:GetDocument',
        'ssm:DescribeDocument',
        'ssm:GetManifest',
        'ssm:GetParameter',
        'ssm:GetParameters',
        'ssm:ListAssociations',
        'ssm:ListInstanceAssociations',
        'ssm:PutInventory',
        'ssm:PutComplianceItems',
        'ssm:PutConfigurePackageResult',
        'ssm:UpdateAssociationStatus',
        'ssm:UpdateInstanceAssociationStatus',
        'ssm:UpdateInstanceInformation'
      ]),
      allowAll([
        'ssmmessages:CreateControlChannel',
        'ssmmessages:CreateDataChannel',
        'ssmmessages:OpenControlChannel',
        'ssmmessages:OpenDataChannel'
      ]),
      allowAll([
        'ec2messages:AcknowledgeMessage',
        'ec2messages:DeleteMessage',
        'ec2messages:FailMessage',
        'ec2messages:GetEndpoint',
        'ec2messages:GetMessages',
        'ec2messages:SendReply'
      ])
    ]
  },
  {
    path: '/',
    name: 'CloudWatchAgentServerPolicy',
    description: 'Permissions required to use AmazonCloudWatchAgent on servers',
    statements: [
      allowAll([
        'cloudwatch:PutMetricData',
        'ec2:DescribeVolumes',
        'ec2:DescribeTags',
        'logs:PutLogEvents',
        'logs:PutRetentionPolicy',
        'logs:DescribeLogStreams',
        'logs:DescribeLogGroups',
        'logs:CreateLogStream',
        'logs:CreateLogGroup',
        'xray:PutTraceSegments',
        'xray:PutTelemetryRecords',
        'xray:GetSamplingRules',
        'xray:GetSamplingTargets',
        'xray:GetSamplingStatisticSummaries'
      ]),
      allowAll(['ssm:GetParameter'], 'arn:aws:ssm:*:*:parameter/AmazonCloudWatch-*')
    ]
  }
]

const SEED_DATE = new Date('2015-02-06T18:39:46Z')

export function awsManagedPolicies(): Map<string, ManagedPolicy> {
  const policies = new Map<string, ManagedPolicy>()
  for (const seed of SEEDS) {
    const arn = `arn:aws:iam::aws:policy${seed.path}${seed.name}`
    const document = JSON.stringify({ Version: '2012-10-17', Statement: seed.statements }, null, 4)
    policies.set(arn, {
      name: seed.name,
      path: seed.path,
      id: uniqueId('ANPA'),
      arn,
      description: seed.description,
      createDate: SEED_DATE,
      updateDate: SEED_DATE,
      versions: [{ versionId: 'v1', document, createDate: SEED_DATE }],
      defaultVersionId: 'v1',
      nextVersion: 2,
      tags: [],
      awsManaged: true
    })
  }
  return policies
}
