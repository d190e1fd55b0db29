/**
 * Privilege escalation paths: sets of actions that, allowed together on unconstrained resources,
 * let a principal grant itself more access than it was given. One table, each entry with its
 * source, used by the `privilege-escalation` rule and by the diff's risk.
 *
 * Sources: Rhino Security Labs, "AWS IAM Privilege Escalation – Methods and Mitigation" (Spencer
 * Gietzen, 2018, and its Part 2); pathfinding.cloud (Datadog Security Labs' catalogue of IAM
 * privilege escalation paths).
 */
export interface EscalationPath {
  id: string
  /** Every one of these must be allowed (canonical action names). */
  actions: readonly string[]
  description: string
  source: 'Rhino Security Labs' | 'pathfinding.cloud'
}

const RHINO = 'Rhino Security Labs' as const
const PATHFINDING = 'pathfinding.cloud' as const

export const ESCALATION_PATHS: readonly EscalationPath[] = [
  {
    id: 'create-policy-version',
    actions: ['iam:CreatePolicyVersion'],
    description: 'write a new default version of a policy attached to itself',
    source: RHINO
  },
  {
    id: 'set-default-policy-version',
    actions: ['iam:SetDefaultPolicyVersion'],
    description: 'switch an attached policy to a more permissive old version',
    source: RHINO
  },
  {
    id: 'passrole-ec2',
    actions: ['iam:PassRole', 'ec2:RunInstances'],
    description: 'launch an instance with a more privileged role and use its credentials',
    source: RHINO
  },
  {
    id: 'create-access-key',
    actions: ['iam:CreateAccessKey'],
    description: 'create access keys for another user',
    source: RHINO
  },
  {
    id: 'create-login-profile',
    actions: ['iam:CreateLoginProfile'],
    description: 'set a console password for another user',
    source: RHINO
  },
  {
    id: 'update-login-profile',
    actions: ['iam:UpdateLoginProfile'],
    description: 'change another user’s console password',
    source: RHINO
  },
  {
    id: 'attach-user-policy',
    actions: ['iam:AttachUserPolicy'],
    description: 'attach any managed policy to a user',
    source: RHINO
  },
  {
    id: 'attach-group-policy',
    actions: ['iam:AttachGroupPolicy'],
    description: 'attach any managed policy to a group',
    source: RHINO
  },
  {
    id: 'attach-role-policy',
    actions: ['iam:AttachRolePolicy'],
    description: 'attach any managed policy (AdministratorAccess) to a role',
    source: RHINO
  },
  {
    id: 'put-user-policy',
    actions: ['iam:PutUserPolicy'],
    description: 'write any inline policy on a user',
    source: RHINO
  },
  {
    id: 'put-group-policy',
    actions: ['iam:PutGroupPolicy'],
    description: 'write any inline policy on a group',
    source: RHINO
  },
  {
    id: 'put-role-policy',
    actions: ['iam:PutRolePolicy'],
    description: 'write any inline policy on a role, itself included',
    source: RHINO
  },
  {
    id: 'add-user-to-group',
    actions: ['iam:AddUserToGroup'],
    description: 'join a more privileged group',
    source: RHINO
  },
  {
    id: 'update-assume-role-policy',
    actions: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
    description: 'trust itself in a privileged role and assume it',
    source: RHINO
  },
  {
    id: 'passrole-lambda-invoke',
    actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
    description: 'run code as a more privileged role through a new Lambda function',
    source: RHINO
  },
  {
    id: 'passrole-lambda-event-source',
    actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
    description: 'run code as a more privileged role through a triggered Lambda function',
    source: RHINO
  },
  {
    id: 'update-function-code',
    actions: ['lambda:UpdateFunctionCode'],
    description: 'replace the code of a function that runs as a more privileged role',
    source: RHINO
  },
  {
    id: 'passrole-glue-dev-endpoint',
    actions: ['iam:PassRole', 'glue:CreateDevEndpoint'],
    description: 'open a Glue dev endpoint as a more privileged role',
    source: RHINO
  },
  {
    id: 'update-glue-dev-endpoint',
    actions: ['glue:UpdateDevEndpoint'],
    description: 'add an SSH key to an existing privileged Glue dev endpoint',
    source: RHINO
  },
  {
    id: 'passrole-cloudformation',
    actions: ['iam:PassRole', 'cloudformation:CreateStack'],
    description: 'create any resource through a stack that runs as a more privileged role',
    source: RHINO
  },
  {
    id: 'passrole-datapipeline',
    actions: ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'],
    description: 'run commands as a more privileged role through a data pipeline',
    source: RHINO
  },
  {
    id: 'passrole-sagemaker-notebook',
    actions: [
      'iam:PassRole',
      'sagemaker:CreateNotebookInstance',
      'sagemaker:CreatePresignedNotebookInstanceUrl'
    ],
    description: 'open a notebook that runs as a more privileged role',
    source: RHINO
  },
  {
    id: 'sagemaker-presigned-url',
    actions: ['sagemaker:CreatePresignedNotebookInstanceUrl'],
    description: 'open an existing notebook that runs as a more privileged role',
    source: RHINO
  },
  {
    id: 'passrole-ecs-run-task',
    actions: ['iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:RunTask'],
    description: 'run a container as a more privileged task role',
    source: PATHFINDING
  },
  {
    id: 'passrole-codebuild',
    actions: ['iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuild'],
    description: 'run a build as a more privileged service role',
    source: PATHFINDING
  },
  {
    id: 'codebuild-start-build-override',
    actions: ['codebuild:StartBuild', 'codebuild:UpdateProject'],
    description: 'change the buildspec of a project that runs as a more privileged role',
    source: PATHFINDING
  },
  {
    id: 'ssm-send-command',
    actions: ['ssm:SendCommand'],
    description: 'run commands on instances whose profiles are more privileged',
    source: PATHFINDING
  },
  {
    id: 'ssm-start-session',
    actions: ['ssm:StartSession'],
    description: 'open a shell on instances whose profiles are more privileged',
    source: PATHFINDING
  },
  {
    id: 'ec2-instance-connect',
    actions: ['ec2-instance-connect:SendSSHPublicKey'],
    description: 'log in to instances whose profiles are more privileged',
    source: PATHFINDING
  },
  {
    id: 'create-role-and-assume',
    actions: ['iam:CreateRole', 'iam:PutRolePolicy', 'sts:AssumeRole'],
    description: 'create a role with any permissions and assume it',
    source: PATHFINDING
  },
  {
    id: 'passrole-apprunner',
    actions: ['iam:PassRole', 'apprunner:CreateService'],
    description: 'run a service as a more privileged instance role',
    source: PATHFINDING
  }
]

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
