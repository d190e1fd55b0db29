/**
 * Privilege escalation paths: sets of actions that, allowed together on unconstrained resources,
 * let a principal grant itself more access than it was given. One table, each entry with its
 * sources (a URL each), used by the `privilege-escalation` rule, by the diff's risk and by
 * docs/rules.md.
 *
 * Sources, facts only (no code or text copied):
 * - Rhino Security Labs, "AWS IAM Privilege Escalation – Methods and Mitigation" (Spencer Gietzen, 2018).
 * - pathfinding.cloud (Datadog Security Labs; its path data is Apache-2.0): one page per path,
 *   `https://pathfinding.cloud/paths/<id>`, whose `permissions.required` list gives the actions.
 * - Cloudsplaining's `PRIVILEGE_ESCALATION_METHODS` (salesforce/cloudsplaining,
 *   cloudsplaining/shared/constants.py): every one of its 59 methods is covered by a path here.
 *
 * Only minimal paths are listed: a method whose actions include another path's (pathfinding.cloud
 * iam-015, iam:AttachUserPolicy + iam:CreateAccessKey, includes iam:AttachUserPolicy) is a source
 * of that shorter path, which already catches it.
 */
import { wildcardMatch } from './wildcard.js'

export interface EscalationSource {
  name: 'Rhino Security Labs' | 'pathfinding.cloud' | 'Cloudsplaining'
  /** The path's page, or the list it comes from. */
  url: string
  /** The source's own name for it: a pathfinding.cloud id or a Cloudsplaining method. */
  ref?: string
}

export interface EscalationPath {
  id: string
  /** Every one of these must be allowed (canonical action names). */
  actions: readonly string[]
  description: string
  sources: readonly EscalationSource[]
  /**
   * Paths through iam:PassRole: the service principals the role is passed to, as
   * `iam:PassedToService` names them. A PassRole limited to other services does not open the path.
   */
  passedTo?: readonly string[]
}

const RHINO_URL = 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/'
const CLOUDSPLAINING_URL =
  'https://github.com/salesforce/cloudsplaining/blob/master/cloudsplaining/shared/constants.py'

const rhino: EscalationSource = { name: 'Rhino Security Labs', url: RHINO_URL }
const pf = (ref: string): EscalationSource => ({
  name: 'pathfinding.cloud',
  url: `https://pathfinding.cloud/paths/${ref}`,
  ref
})
const cs = (ref: string): EscalationSource => ({ name: 'Cloudsplaining', url: CLOUDSPLAINING_URL, ref })

const PASS = 'iam:PassRole'

export const ESCALATION_PATHS: readonly EscalationPath[] = [
  // ------------------------------------------------------------------------------- IAM on itself
  {
    id: 'create-policy-version',
    actions: ['iam:CreatePolicyVersion'],
    description: 'write a new default version of a policy attached to itself',
    sources: [
      rhino,
      pf('iam-001'),
      pf('iam-016'),
      pf('iam-020'),
      cs('CreateNewPolicyVersion'),
      cs('CreatePolicyVersionThenAssumeRole'),
      cs('CreatePolicyVersionThenUpdateAssumeRolePolicy')
    ]
  },
  {
    id: 'set-default-policy-version',
    actions: ['iam:SetDefaultPolicyVersion'],
    description: 'switch an attached policy to a more permissive old version',
    sources: [rhino, cs('SetExistingDefaultPolicyVersion')]
  },
  {
    id: 'attach-user-policy',
    actions: ['iam:AttachUserPolicy'],
    description: 'attach any managed policy to a user',
    sources: [
      rhino,
      pf('iam-008'),
      pf('iam-015'),
      cs('AttachUserPolicy'),
      cs('AttachUserPolicyThenCreateAccessKey')
    ]
  },
  {
    id: 'attach-group-policy',
    actions: ['iam:AttachGroupPolicy'],
    description: 'attach any managed policy to a group',
    sources: [rhino, pf('iam-010'), cs('AttachGroupPolicy')]
  },
  {
    id: 'attach-role-policy',
    actions: ['iam:AttachRolePolicy'],
    description: 'attach any managed policy (AdministratorAccess) to a role',
    sources: [
      rhino,
      pf('iam-009'),
      pf('iam-014'),
      pf('iam-019'),
      cs('AttachRolePolicy'),
      cs('AttachRolePolicyThenUpdateAssumeRolePolicy')
    ]
  },
  {
    id: 'put-user-policy',
    actions: ['iam:PutUserPolicy'],
    description: 'write any inline policy on a user',
    sources: [
      rhino,
      pf('iam-007'),
      pf('iam-018'),
      cs('PutUserPolicy'),
      cs('PutUserPolicyThenCreateAccessKey')
    ]
  },
  {
    id: 'put-group-policy',
    actions: ['iam:PutGroupPolicy'],
    description: 'write any inline policy on a group',
    sources: [rhino, pf('iam-011'), cs('PutGroupPolicy')]
  },
  {
    id: 'put-role-policy',
    actions: ['iam:PutRolePolicy'],
    description: 'write any inline policy on a role, itself included',
    sources: [
      rhino,
      pf('iam-005'),
      pf('iam-017'),
      pf('iam-021'),
      cs('PutRolePolicy'),
      cs('PutRolePolicyThenUpdateAssumeRolePolicy')
    ]
  },
  {
    id: 'update-assume-role-policy',
    actions: ['iam:UpdateAssumeRolePolicy'],
    description:
      'rewrite the trust policy of a more privileged role to trust itself, then assume it (a trust policy that names a principal of the same account needs no sts:AssumeRole permission)',
    sources: [rhino, pf('iam-012'), cs('UpdateRolePolicyToAssumeIt')]
  },
  // --------------------------------------------------------------------------- IAM on other users
  {
    id: 'create-access-key',
    actions: ['iam:CreateAccessKey'],
    description: 'create access keys for another user',
    sources: [rhino, pf('iam-002'), pf('iam-003'), cs('CreateAccessKey'), cs('CreateAndRotateAccessKey')]
  },
  {
    id: 'create-login-profile',
    actions: ['iam:CreateLoginProfile'],
    description: 'set a console password for another user',
    sources: [rhino, pf('iam-004'), cs('CreateLoginProfile')]
  },
  {
    id: 'update-login-profile',
    actions: ['iam:UpdateLoginProfile'],
    description: 'change another user’s console password',
    sources: [rhino, pf('iam-006'), cs('UpdateLoginProfile')]
  },
  {
    id: 'add-user-to-group',
    actions: ['iam:AddUserToGroup'],
    description: 'join a more privileged group',
    sources: [rhino, pf('iam-013'), cs('AddUserToGroup')]
  },
  // ------------------------------------------------------------------ iam:PassRole to a new resource
  {
    id: 'passrole-ec2',
    actions: [PASS, 'ec2:RunInstances'],
    description: 'launch an instance with a more privileged role and use its credentials',
    sources: [rhino, pf('ec2-001'), cs('CreateEC2WithExistingIP')],
    passedTo: ['ec2.amazonaws.com']
  },
  {
    id: 'passrole-ec2-spot',
    actions: [PASS, 'ec2:RequestSpotInstances'],
    description: 'request a spot instance with a more privileged role and use its credentials',
    sources: [pf('ec2-003'), cs('PassExistingRoleToNewEC2SpotInstance')],
    passedTo: ['ec2.amazonaws.com']
  },
  {
    id: 'passrole-lambda-invoke',
    actions: [PASS, 'lambda:CreateFunction', 'lambda:InvokeFunction'],
    description: 'run code as a more privileged role through a new Lambda function',
    sources: [rhino, pf('lambda-001'), cs('PassExistingRoleToNewLambdaThenInvoke')],
    passedTo: ['lambda.amazonaws.com']
  },
  {
    id: 'passrole-lambda-event-source',
    actions: [PASS, 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
    description: 'run code as a more privileged role through a triggered Lambda function',
    sources: [
      rhino,
      pf('lambda-002'),
      cs('PassExistingRoleToNewLambdaThenTriggerWithExistingDynamo'),
      cs('PassExistingRoleToNewLambdaThenTriggerWithNewDynamo')
    ],
    passedTo: ['lambda.amazonaws.com']
  },
  {
    id: 'passrole-lambda-add-permission',
    actions: [PASS, 'lambda:CreateFunction', 'lambda:AddPermission'],
    description: 'create a Lambda function with a more privileged role and let itself (or anyone) invoke it',
    sources: [pf('lambda-006'), cs('PassExistingRoleToNewLambdaThenAddPermission')],
    passedTo: ['lambda.amazonaws.com']
  },
  {
    id: 'passrole-glue-dev-endpoint',
    actions: [PASS, 'glue:CreateDevEndpoint'],
    description: 'open a Glue dev endpoint as a more privileged role',
    sources: [rhino, pf('glue-001'), cs('PassExistingRoleToNewGlueDevEndpoint')],
    passedTo: ['glue.amazonaws.com']
  },
  {
    id: 'passrole-glue-job-run',
    actions: [PASS, 'glue:CreateJob', 'glue:StartJobRun'],
    description: 'run a new Glue job as a more privileged role',
    sources: [pf('glue-003'), cs('PassExistingRoleToNewGlueJobThenRun')],
    passedTo: ['glue.amazonaws.com']
  },
  {
    id: 'passrole-glue-job-trigger',
    actions: [PASS, 'glue:CreateJob', 'glue:CreateTrigger'],
    description: 'run a new Glue job as a more privileged role through a trigger',
    sources: [pf('glue-004'), cs('PassExistingRoleToNewGlueJobViaTrigger')],
    passedTo: ['glue.amazonaws.com']
  },
  {
    id: 'passrole-glue-update-job-run',
    actions: [PASS, 'glue:UpdateJob', 'glue:StartJobRun'],
    description: 'give an existing Glue job a more privileged role and new code, then run it',
    sources: [pf('glue-005'), cs('PassExistingRoleToUpdatedGlueJobThenRun')],
    passedTo: ['glue.amazonaws.com']
  },
  {
    id: 'passrole-glue-update-job-trigger',
    actions: [PASS, 'glue:UpdateJob', 'glue:CreateTrigger'],
    description: 'give an existing Glue job a more privileged role and new code, then trigger it',
    sources: [pf('glue-006'), cs('PassExistingRoleToUpdatedGlueJobViaTrigger')],
    passedTo: ['glue.amazonaws.com']
  },
  {
    id: 'passrole-cloudformation',
    actions: [PASS, 'cloudformation:CreateStack'],
    description: 'create any resource through a stack that runs as a more privileged role',
    sources: [rhino, pf('cloudformation-001'), cs('PassExistingRoleToCloudFormation')],
    passedTo: ['cloudformation.amazonaws.com']
  },
  {
    id: 'passrole-cloudformation-stackset',
    actions: [PASS, 'cloudformation:CreateStackSet', 'cloudformation:CreateStackInstances'],
    description: 'deploy any resource through a new stack set administered by a more privileged role',
    sources: [pf('cloudformation-003'), cs('PassExistingRoleToNewCloudFormationStackSet')],
    passedTo: ['cloudformation.amazonaws.com']
  },
  {
    id: 'passrole-cloudformation-update-stackset',
    actions: [PASS, 'cloudformation:UpdateStackSet'],
    description: 'change the template and administration role of an existing stack set',
    sources: [pf('cloudformation-004'), cs('PassRoleToUpdateCloudFormationStackSet')],
    passedTo: ['cloudformation.amazonaws.com']
  },
  {
    id: 'passrole-datapipeline',
    actions: [PASS, 'datapipeline:CreatePipeline'],
    description:
      'run commands as a more privileged role through a new data pipeline (its definition and activation are rarely limited apart)',
    sources: [rhino, pf('datapipeline-001'), cs('PassExistingRoleToNewDataPipeline')],
    passedTo: ['datapipeline.amazonaws.com']
  },
  {
    id: 'passrole-sagemaker-notebook',
    actions: [PASS, 'sagemaker:CreateNotebookInstance'],
    description: 'open a notebook that runs as a more privileged role',
    sources: [rhino, pf('sagemaker-001'), cs('PassExistingRoleToNewSageMakerNotebookInstance')],
    passedTo: ['sagemaker.amazonaws.com']
  },
  {
    id: 'passrole-sagemaker-training',
    actions: [PASS, 'sagemaker:CreateTrainingJob'],
    description: 'run a training container of its choosing as a more privileged role',
    sources: [pf('sagemaker-002'), cs('PassExistingRoleToNewSageMakerTrainingJob')],
    passedTo: ['sagemaker.amazonaws.com']
  },
  {
    id: 'passrole-sagemaker-processing',
    actions: [PASS, 'sagemaker:CreateProcessingJob'],
    description: 'run a processing container of its choosing as a more privileged role',
    sources: [pf('sagemaker-003'), cs('PassExistingRoleToNewSageMakerProcessingJob')],
    passedTo: ['sagemaker.amazonaws.com']
  },
  {
    id: 'passrole-ecs-run-task',
    actions: [PASS, 'ecs:RegisterTaskDefinition', 'ecs:RunTask'],
    description: 'run a container as a more privileged task role',
    sources: [
      pf('ecs-004'),
      pf('ecs-002'),
      cs('PassExistingRoleToNewECSTaskViaRunTask'),
      cs('PassExistingRoleToNewECSClusterRunTask')
    ],
    passedTo: ['ecs-tasks.amazonaws.com']
  },
  {
    id: 'passrole-ecs-start-task',
    actions: [PASS, 'ecs:RegisterTaskDefinition', 'ecs:StartTask'],
    description: 'start a container as a more privileged task role on a container instance',
    sources: [pf('ecs-005'), cs('PassExistingRoleToNewECSTaskViaStartTask')],
    passedTo: ['ecs-tasks.amazonaws.com']
  },
  {
    id: 'passrole-ecs-service',
    actions: [PASS, 'ecs:RegisterTaskDefinition', 'ecs:CreateService'],
    description: 'run a service whose containers have a more privileged task role',
    sources: [
      pf('ecs-003'),
      pf('ecs-001'),
      cs('PassExistingRoleToNewECSService'),
      cs('PassExistingRoleToNewECSClusterServiceTask')
    ],
    passedTo: ['ecs-tasks.amazonaws.com']
  },
  {
    id: 'passrole-apprunner',
    actions: [PASS, 'apprunner:CreateService'],
    description: 'run a service as a more privileged instance role',
    sources: [pf('apprunner-001'), cs('PassExistingRoleToNewAppRunnerService')],
    passedTo: ['tasks.apprunner.amazonaws.com', 'build.apprunner.amazonaws.com']
  },
  // ------------------------------------------------------------- code in an existing privileged resource
  {
    id: 'update-function-code',
    actions: ['lambda:UpdateFunctionCode'],
    description: 'replace the code of a function that runs as a more privileged role',
    sources: [
      rhino,
      pf('lambda-003'),
      pf('lambda-004'),
      pf('lambda-005'),
      cs('EditExistingLambdaFunctionWithRole'),
      cs('UpdateAndInvokeLambdaFunction'),
      cs('UpdateLambdaFunctionAndAddPermission')
    ]
  },
  {
    id: 'update-glue-dev-endpoint',
    actions: ['glue:UpdateDevEndpoint'],
    description: 'add an SSH key to an existing privileged Glue dev endpoint',
    sources: [rhino, pf('glue-002'), cs('UpdateExistingGlueDevEndpoint')]
  },
  {
    id: 'sagemaker-presigned-url',
    actions: ['sagemaker:CreatePresignedNotebookInstanceUrl'],
    description: 'open an existing notebook that runs as a more privileged role',
    sources: [rhino, pf('sagemaker-004'), cs('CreatePresignedSageMakerNotebookUrl')]
  },
  {
    id: 'sagemaker-lifecycle-config',
    actions: [
      'sagemaker:CreateNotebookInstanceLifecycleConfig',
      'sagemaker:StopNotebookInstance',
      'sagemaker:UpdateNotebookInstance',
      'sagemaker:StartNotebookInstance'
    ],
    description: 'give an existing privileged notebook a start-up script and restart it',
    sources: [pf('sagemaker-005'), cs('UpdateSageMakerNotebookLifecycleConfig')]
  },
  {
    id: 'cloudformation-update-stack',
    actions: ['cloudformation:UpdateStack'],
    description: 'add any resource to a stack that runs as a more privileged service role',
    sources: [pf('cloudformation-002')]
  },
  {
    id: 'cloudformation-change-set',
    actions: ['cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet'],
    description: 'change a stack that runs as a more privileged service role through a change set',
    sources: [pf('cloudformation-005'), cs('ExecuteCloudFormationChangeSet')]
  },
  {
    // Also the source of codebuild-001 (iam:PassRole + codebuild:CreateProject + StartBuild).
    id: 'codebuild-start-build-override',
    actions: ['codebuild:StartBuild'],
    description:
      'start a build of an existing project that runs as a more privileged service role, with a buildspec of its own (buildspecOverride)',
    sources: [pf('codebuild-002'), pf('codebuild-001'), cs('PassExistingRoleToNewCodeBuildProjectThenBuild')]
  },
  {
    // Also the source of codebuild-004 (iam:PassRole + codebuild:CreateProject + StartBuildBatch).
    id: 'codebuild-start-build-batch-override',
    actions: ['codebuild:StartBuildBatch'],
    description:
      'start a batch build of an existing project that runs as a more privileged service role, with a buildspec of its own (buildspecOverride)',
    sources: [
      pf('codebuild-003'),
      pf('codebuild-004'),
      cs('PassExistingRoleToNewCodeBuildProjectThenBuildBatch')
    ]
  },
  {
    id: 'apprunner-update-service',
    actions: ['apprunner:UpdateService'],
    description:
      'point an existing App Runner service that runs as a more privileged instance role at an image or start command of its own',
    sources: [pf('apprunner-002')]
  },
  {
    id: 'ec2-user-data-restart',
    actions: ['ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances'],
    description:
      'replace the user data of an instance with a more privileged profile and restart it to run it',
    sources: [pf('ec2-002'), cs('ModifyEC2InstanceUserDataThenRestart')]
  },
  {
    id: 'ec2-launch-template',
    actions: ['ec2:CreateLaunchTemplateVersion', 'ec2:ModifyLaunchTemplate'],
    description:
      'make a new default launch-template version with its own user data, run by every instance launched from it',
    sources: [pf('ec2-004'), cs('ModifyExistingEC2LaunchTemplate')]
  },
  {
    id: 'bedrock-code-interpreter-session',
    actions: ['bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter'],
    description: 'run code in a Bedrock AgentCore code interpreter that has a more privileged execution role',
    sources: [
      pf('bedrock-002'),
      pf('bedrock-001'),
      cs('AccessExistingBedrockCodeInterpreterSession'),
      cs('PassExistingRoleToNewBedrockCodeInterpreter')
    ]
  },
  // ------------------------------------------------------------------- a shell on a privileged host
  {
    id: 'ssm-send-command',
    actions: ['ssm:SendCommand'],
    description: 'run commands on instances whose profiles are more privileged',
    sources: [pf('ssm-002')]
  },
  {
    id: 'ssm-start-session',
    actions: ['ssm:StartSession'],
    description: 'open a shell on instances (or ECS tasks) whose roles are more privileged',
    sources: [pf('ssm-001')]
  },
  {
    id: 'ecs-execute-command',
    actions: ['ecs:ExecuteCommand'],
    description: 'open a shell in running containers whose task roles are more privileged',
    sources: [cs('ECSExecuteCommandOnRunningTask')]
  },
  {
    id: 'ec2-instance-connect',
    actions: ['ec2-instance-connect:SendSSHPublicKey'],
    description: 'log in to instances whose profiles are more privileged',
    sources: [pf('ec2instanceconnect-003'), cs('EC2InstanceConnectSendSSHPublicKey')]
  }
]

/**
 * Drops a path when a shorter one is a subset of it: the longer adds nothing to fix, since
 * removing the shorter one's action closes both.
 */
export function minimalPaths(paths: readonly EscalationPath[]): EscalationPath[] {
  const sets = paths.map(path => new Set(path.actions.map(action => action.toLowerCase())))
  return paths.filter(
    (path, i) =>
      !paths.some(
        (other, j) =>
          j !== i &&
          other.actions.length < path.actions.length &&
          other.actions.every(action => sets[i].has(action.toLowerCase()))
      )
  )
}

const pathActions = new Set(
  ESCALATION_PATHS.flatMap(path => path.actions.map(action => action.toLowerCase()))
)

/**
 * True for an action some escalation path needs: the only ones escalationPathsIn() looks at, so
 * callers working out which actions a role can reach need not ask about the others.
 */
export function isEscalationPathAction(action: string): boolean {
  return pathActions.has(action.toLowerCase())
}

/** The paths whose every action is in `allowed` (canonical names, case-insensitive). */
export function escalationPathsIn(allowed: ReadonlySet<string>): EscalationPath[] {
  const lower = new Set([...allowed].map(action => action.toLowerCase()))
  return ESCALATION_PATHS.filter(path => path.actions.every(action => lower.has(action.toLowerCase())))
}

const singleActions = new Set(
  ESCALATION_PATHS.filter(path => path.actions.length === 1).map(path => path.actions[0].toLowerCase())
)

/** True for an action that is an escalation path on its own. */
export function isPrivilegeEscalationAction(action: string): boolean {
  return singleActions.has(action.toLowerCase())
}

// ---------------------------------------------------------------------------------------------
// Run Command and Session Manager: a target and a document

/**
 * ssm:SendCommand and ssm:StartSession are authorized against the target (instance, managed
 * instance, ECS task) and the SSM document at once, and the two may be allowed by different
 * statements. The path is open when some statement allows every target and some statement allows
 * a document that runs what the caller asks. StartSession without a document uses the shell
 * document SSM-SessionManagerRunShell and, unless ssm:SessionDocumentAccessCheck is set, checks
 * only the target (https://docs.aws.amazon.com/systems-manager/latest/userguide/getting-started-sessiondocumentaccesscheck.html).
 */
export const SSM_DOCUMENT_ACTIONS: ReadonlyMap<string, { documentChecked: boolean }> = new Map([
  ['ssm:sendcommand', { documentChecked: true }],
  ['ssm:startsession', { documentChecked: false }]
])

/**
 * AWS-owned documents that run what the caller passes: commands, scripts, playbooks, another
 * document, an installer from a URL, or an interactive shell. Fixed AWS documents that do one
 * job (AWSEC2-CreateVssSnapshot, AmazonCloudWatch-ManageAgent, AWS-ConfigureAWSPackage, which
 * installs a named Distributor package, AWS-StartPortForwardingSession) are not listed.
 */
export const SHELL_DOCUMENTS: readonly string[] = [
  'AWS-RunShellScript',
  'AWS-RunPowerShellScript',
  'AWS-RunRemoteScript',
  'AWS-RunDocument',
  'AWS-RunAnsiblePlaybook',
  'AWS-ApplyAnsiblePlaybooks',
  'AWS-ApplyChefRecipes',
  'AWS-ApplyDSCMofs',
  'AWS-RunSaltState',
  'AWS-InstallApplication',
  'AWS-RunPatchBaselineWithHooks',
  'AWS-StartInteractiveCommand',
  'AWS-StartNonInteractiveCommand',
  'AWS-StartSSHSession',
  'SSM-SessionManagerRunShell',
  'AmazonECS-ExecuteInteractiveCommand'
]

/** Document names only AWS can create: customers cannot create a document under these prefixes. */
const RESERVED_DOCUMENT_PREFIXES = ['aws', 'amazon', 'amzn']

/**
 * Can a document-name pattern from a Resource ARN (`AWS-RunShellScript`, `AWSLicenseManager-*`,
 * `*`) name a document that runs what the caller asks? True when it matches a shell document,
 * or when it has a wildcard that reaches names customers create (whose documents may run
 * anything). A literal customer document name is a fixed document.
 */
export function isShellDocumentPattern(name: string): boolean {
  if (SHELL_DOCUMENTS.some(document => wildcardMatch(name, document, false))) return true
  const wildcard = name.search(/[*?]/)
  if (wildcard < 0) return false
  const head = name.slice(0, wildcard).toLowerCase()
  return !RESERVED_DOCUMENT_PREFIXES.some(prefix => head.startsWith(prefix))
}
