/**
 * privilege-escalation against corpora nobody here wrote: one policy per method of Cloudsplaining's
 * PRIVILEGE_ESCALATION_METHODS (built as its own tests build them: the method's actions allowed on
 * "*"), cases equivalent to BishopFox iam-vulnerable's tool tests (fn2, fn3 exploitable; fp1, fp2
 * not), and each input quoted in issue 13: conditions that do not mitigate, SSM documents, the
 * missing paths.
 */
import { ESCALATION_PATHS } from '../../src/policy/escalation.js'
import { lookupAction } from '../../src/policy/index.js'
import { renderProject } from '../support/render-project.js'

/** One environment, so each finding is reported once. */
const CONFIG = `version: 1
project: demo
environments:
  dev: { account: "111111111111", region: us-east-1 }
`

/**
 * Cloudsplaining's PRIVILEGE_ESCALATION_METHODS (salesforce/cloudsplaining,
 * cloudsplaining/shared/constants.py), method -> actions: facts to test against, not code.
 */
const CLOUDSPLAINING: Record<string, string[]> = {
  CreateAccessKey: ['iam:createaccesskey'],
  CreateLoginProfile: ['iam:createloginprofile'],
  UpdateLoginProfile: ['iam:updateloginprofile'],
  AddUserToGroup: ['iam:addusertogroup'],
  CreateNewPolicyVersion: ['iam:createpolicyversion'],
  SetExistingDefaultPolicyVersion: ['iam:setdefaultpolicyversion'],
  AttachUserPolicy: ['iam:attachuserpolicy'],
  AttachGroupPolicy: ['iam:attachgrouppolicy'],
  AttachRolePolicy: ['iam:attachrolepolicy'],
  PutUserPolicy: ['iam:putuserpolicy'],
  PutGroupPolicy: ['iam:putgrouppolicy'],
  PutRolePolicy: ['iam:putrolepolicy'],
  UpdateRolePolicyToAssumeIt: ['iam:updateassumerolepolicy'],
  CreateEC2WithExistingIP: ['iam:passrole', 'ec2:runinstances'],
  PassExistingRoleToNewLambdaThenInvoke: ['iam:passrole', 'lambda:createfunction', 'lambda:invokefunction'],
  PassExistingRoleToNewLambdaThenTriggerWithNewDynamo: [
    'iam:passrole',
    'lambda:createfunction',
    'lambda:createeventsourcemapping',
    'dynamodb:createtable',
    'dynamodb:putitem'
  ],
  PassExistingRoleToNewLambdaThenTriggerWithExistingDynamo: [
    'iam:passrole',
    'lambda:createfunction',
    'lambda:createeventsourcemapping'
  ],
  PassExistingRoleToNewGlueDevEndpoint: ['iam:passrole', 'glue:createdevendpoint'],
  PassExistingRoleToCloudFormation: ['iam:passrole', 'cloudformation:createstack'],
  PassExistingRoleToNewDataPipeline: ['iam:passrole', 'datapipeline:createpipeline'],
  UpdateExistingGlueDevEndpoint: ['glue:updatedevendpoint'],
  EditExistingLambdaFunctionWithRole: ['lambda:updatefunctioncode'],
  AccessExistingBedrockCodeInterpreterSession: [
    'bedrock-agentcore:startcodeinterpretersession',
    'bedrock-agentcore:invokecodeinterpreter'
  ],
  ExecuteCloudFormationChangeSet: ['cloudformation:createchangeset', 'cloudformation:executechangeset'],
  ModifyEC2InstanceUserDataThenRestart: [
    'ec2:modifyinstanceattribute',
    'ec2:stopinstances',
    'ec2:startinstances'
  ],
  ModifyExistingEC2LaunchTemplate: ['ec2:createlaunchtemplateversion', 'ec2:modifylaunchtemplate'],
  EC2InstanceConnectSendSSHPublicKey: ['ec2-instance-connect:sendsshpublickey', 'ec2:describeinstances'],
  ECSExecuteCommandOnRunningTask: ['ecs:executecommand', 'ecs:describetasks'],
  UpdateAndInvokeLambdaFunction: ['lambda:updatefunctioncode', 'lambda:invokefunction'],
  UpdateLambdaFunctionAndAddPermission: ['lambda:updatefunctioncode', 'lambda:addpermission'],
  CreatePresignedSageMakerNotebookUrl: ['sagemaker:createpresignednotebookinstanceurl'],
  UpdateSageMakerNotebookLifecycleConfig: [
    'sagemaker:createnotebookinstancelifecycleconfig',
    'sagemaker:stopnotebookinstance',
    'sagemaker:updatenotebookinstance',
    'sagemaker:startnotebookinstance'
  ],
  PassExistingRoleToNewAppRunnerService: ['iam:passrole', 'apprunner:createservice'],
  PassExistingRoleToNewBedrockCodeInterpreter: [
    'iam:passrole',
    'bedrock-agentcore:createcodeinterpreter',
    'bedrock-agentcore:startcodeinterpretersession',
    'bedrock-agentcore:invokecodeinterpreter'
  ],
  PassExistingRoleToNewCloudFormationStackSet: [
    'iam:passrole',
    'cloudformation:createstackset',
    'cloudformation:createstackinstances'
  ],
  PassRoleToUpdateCloudFormationStackSet: ['iam:passrole', 'cloudformation:updatestackset'],
  PassExistingRoleToNewCodeBuildProjectThenBuild: [
    'iam:passrole',
    'codebuild:createproject',
    'codebuild:startbuild'
  ],
  PassExistingRoleToNewCodeBuildProjectThenBuildBatch: [
    'iam:passrole',
    'codebuild:createproject',
    'codebuild:startbuildbatch'
  ],
  PassExistingRoleToNewEC2SpotInstance: ['iam:passrole', 'ec2:requestspotinstances'],
  PassExistingRoleToNewECSClusterServiceTask: [
    'iam:passrole',
    'ecs:createcluster',
    'ecs:registertaskdefinition',
    'ecs:createservice'
  ],
  PassExistingRoleToNewECSClusterRunTask: [
    'iam:passrole',
    'ecs:createcluster',
    'ecs:registertaskdefinition',
    'ecs:runtask'
  ],
  PassExistingRoleToNewECSService: ['iam:passrole', 'ecs:registertaskdefinition', 'ecs:createservice'],
  PassExistingRoleToNewECSTaskViaRunTask: ['iam:passrole', 'ecs:registertaskdefinition', 'ecs:runtask'],
  PassExistingRoleToNewECSTaskViaStartTask: ['iam:passrole', 'ecs:registertaskdefinition', 'ecs:starttask'],
  PassExistingRoleToNewGlueJobThenRun: ['iam:passrole', 'glue:createjob', 'glue:startjobrun'],
  PassExistingRoleToNewGlueJobViaTrigger: ['iam:passrole', 'glue:createjob', 'glue:createtrigger'],
  PassExistingRoleToUpdatedGlueJobThenRun: ['iam:passrole', 'glue:updatejob', 'glue:startjobrun'],
  PassExistingRoleToUpdatedGlueJobViaTrigger: ['iam:passrole', 'glue:updatejob', 'glue:createtrigger'],
  PassExistingRoleToNewLambdaThenAddPermission: [
    'iam:passrole',
    'lambda:createfunction',
    'lambda:addpermission'
  ],
  PassExistingRoleToNewSageMakerNotebookInstance: ['iam:passrole', 'sagemaker:createnotebookinstance'],
  PassExistingRoleToNewSageMakerTrainingJob: ['iam:passrole', 'sagemaker:createtrainingjob'],
  PassExistingRoleToNewSageMakerProcessingJob: ['iam:passrole', 'sagemaker:createprocessingjob'],
  CreateAndRotateAccessKey: ['iam:createaccesskey', 'iam:deleteaccesskey'],
  AttachUserPolicyThenCreateAccessKey: ['iam:attachuserpolicy', 'iam:createaccesskey'],
  CreatePolicyVersionThenAssumeRole: ['iam:createpolicyversion', 'sts:assumerole'],
  PutUserPolicyThenCreateAccessKey: ['iam:putuserpolicy', 'iam:createaccesskey'],
  AttachRolePolicyThenUpdateAssumeRolePolicy: ['iam:attachrolepolicy', 'iam:updateassumerolepolicy'],
  CreatePolicyVersionThenUpdateAssumeRolePolicy: ['iam:createpolicyversion', 'iam:updateassumerolepolicy'],
  PutRolePolicyThenUpdateAssumeRolePolicy: ['iam:putrolepolicy', 'iam:updateassumerolepolicy']
}

/** A kind: ManagedPolicy document with these statements (YAML, two-space list items). */
function managedPolicy(name: string, statements: string): string {
  return `kind: ManagedPolicy\nname: ${name}\ndocument:\n  Statement:\n${statements}`
}

/** One statement allowing `actions` on "*", with an optional Condition (YAML flow mapping). */
function allow(actions: readonly string[], condition?: string, resource = '"*"'): string {
  return `    - Effect: Allow\n      Action: [${actions.join(', ')}]\n      Resource: ${resource}\n${condition ? `      Condition: ${condition}\n` : ''}`
}

/** A role r (ECS trust) with inline policies, each a list of statements. */
function role(policies: Record<string, string>): string {
  const body = Object.entries(policies)
    .map(([name, statements]) => `  ${name}:\n    Statement:\n${statements.replace(/^ {4}/gm, '      ')}`)
    .join('')
  return `kind: Role\nname: r\ntrust:\n  Statement:\n    - Effect: Allow\n      Principal: { Service: ecs-tasks.amazonaws.com }\n      Action: sts:AssumeRole\npolicies:\n${body}`
}

function escalations(files: Record<string, string>): string[] {
  return renderProject(files, CONFIG)
    .findings.filter(finding => finding.rule === 'privilege-escalation')
    .map(finding => `${finding.file}:${finding.line}: ${finding.message}`)
}

/** The path ids a message names: `privilege escalation "id"` or a group's `"id" (actions)`. */
function pathIds(message: string): string[] {
  return [...message.matchAll(/"([a-z0-9-]+)" \(/g)].map(match => match[1])
}

describe('the escalation catalogue', () => {
  it('names only actions the action database knows, each path with a source URL, ids unique', () => {
    const unknown = ESCALATION_PATHS.flatMap(path => path.actions).filter(action => !lookupAction(action))
    expect(unknown).toEqual([])
    for (const path of ESCALATION_PATHS) {
      expect({ id: path.id, sources: path.sources.length > 0 }).toEqual({ id: path.id, sources: true })
      for (const source of path.sources) expect(source.url).toMatch(/^https:\/\//)
    }
    expect(new Set(ESCALATION_PATHS.map(path => path.id)).size).toBe(ESCALATION_PATHS.length)
  })

  it('records every Cloudsplaining method as the source of a path whose actions it includes', () => {
    for (const [method, actions] of Object.entries(CLOUDSPLAINING)) {
      const paths = ESCALATION_PATHS.filter(path =>
        path.sources.some(source => source.name === 'Cloudsplaining' && source.ref === method)
      )
      expect({ method, paths: paths.length }).toEqual({ method, paths: 1 })
      const lower = new Set(actions)
      expect({ method, covered: paths[0].actions.every(action => lower.has(action.toLowerCase())) }).toEqual({
        method,
        covered: true
      })
    }
  })
})

describe('one policy per Cloudsplaining method, its actions allowed on "*"', () => {
  const methods = Object.entries(CLOUDSPLAINING)
  const files = Object.fromEntries(
    methods.map(([, actions], i) => [`iam/cs-${i}.yml`, managedPolicy(`cs-${i}`, allow(actions))])
  )
  const found = escalations(files)

  it('has all 59 methods', () => {
    expect(methods).toHaveLength(59)
  })

  it.each(methods.map(([method], i) => [method, i] as const))(
    '%s is caught, by the path that records it as a source',
    (method, i) => {
      const hits = found.filter(line => line.startsWith(`iam/cs-${i}.yml:`))
      const expected = ESCALATION_PATHS.find(path =>
        path.sources.some(source => source.name === 'Cloudsplaining' && source.ref === method)
      )
      expect(hits.flatMap(pathIds)).toContain(expected?.id)
    }
  )
})

describe('iam-vulnerable tool tests (equivalent cases, written here)', () => {
  it('fn2: iam:CreatePolicyVersion on a policy-name pattern that covers the policy itself is caught', () => {
    const found = escalations({
      'iam/fn2.yml': managedPolicy(
        'fn2-exploitable',
        allow(['iam:CreatePolicyVersion'], undefined, '"arn:aws:iam::*:policy/*fn2-*"')
      )
    })
    expect(found).toEqual([
      'iam/fn2.yml:6: managed policy fn2-exploitable: privilege escalation "create-policy-version" (Rhino Security Labs, pathfinding.cloud iam-001): iam:CreatePolicyVersion, allowed on its own arn:aws:iam::111111111111:policy/demo-dev-fn2-exploitable without a condition, let whoever has this policy write a new default version of a policy attached to itself (from managed policy fn2-exploitable statement 0); limit Resource to named ARNs, add a condition that limits the targets (docs/rules.md#privilege-escalation lists them), or remove one of the actions'
    ])
  })

  it('fn2, attached to a role: reported once, on the policy; a pattern missing the policy is not', () => {
    const found = escalations({
      'iam/fn2.yml': managedPolicy(
        'fn2-exploitable',
        allow(['iam:CreatePolicyVersion'], undefined, '"arn:aws:iam::*:policy/*fn2-*"')
      ),
      'iam/other.yml': managedPolicy(
        'other',
        allow(['iam:CreatePolicyVersion'], undefined, '"arn:aws:iam::*:policy/*fn9-*"')
      ),
      'iam/r.yml': `${role({ P: allow(['s3:GetObject']) })}managedPolicies: [fn2-exploitable, other]\n`
    })
    expect(found.map(line => line.split(':')[0])).toEqual(['iam/fn2.yml'])
  })

  it('fn3: a condition on aws:TokenIssueTime after 2020 does not hide iam:CreatePolicyVersion on "*"', () => {
    const found = escalations({
      'iam/fn3.yml': managedPolicy(
        'fn3-exploitable',
        allow(
          ['iam:CreatePolicyVersion'],
          '{ DateGreaterThan: { "aws:TokenIssueTime": "2020-01-01T00:00:01Z" } }'
        )
      )
    })
    expect(found).toEqual([
      expect.stringContaining(
        'iam/fn3.yml:6: managed policy fn3-exploitable: privilege escalation "create-policy-version" (Rhino Security Labs, pathfinding.cloud iam-001): iam:CreatePolicyVersion, allowed on every resource (its condition on aws:TokenIssueTime limits no target), let whoever'
      )
    ])
  })

  it('fp1: Allow iam:* and Deny iam:* in one policy is clean', () => {
    const statements = `${allow(['iam:*'])}    - Effect: Deny\n      Action: iam:*\n      Resource: "*"\n`
    expect(escalations({ 'iam/r.yml': role({ P: statements }) })).toEqual([])
  })

  it('fp2: Allow * in one policy and Deny * in another is clean', () => {
    const deny = '    - Effect: Deny\n      Action: "*"\n      Resource: "*"\n'
    expect(escalations({ 'iam/r.yml': role({ Allow: allow(['"*"']), Deny: deny }) })).toEqual([])
  })
})

describe('issue 13: conditions judged key by key', () => {
  const single = (condition: string, actions = ['iam:AttachRolePolicy']) =>
    escalations({ 'iam/p.yml': managedPolicy('p', allow(actions, condition)) })

  it('aws:RequestedRegion, aws:SecureTransport, aws:SourceIp and aws:MultiFactorAuthPresent do not close a path, and the finding says so', () => {
    expect(single('{ StringEquals: { "aws:RequestedRegion": [us-east-1, eu-west-1] } }')).toEqual([
      expect.stringContaining(
        'iam:AttachRolePolicy, allowed on every resource (its condition on aws:RequestedRegion limits no target)'
      )
    ])
    expect(
      single(
        '{ Bool: { "aws:SecureTransport": "true", "aws:MultiFactorAuthPresent": "true" }, IpAddress: { "aws:SourceIp": 10.0.0.0/8 } }'
      )
    ).toEqual([
      expect.stringContaining(
        '(its conditions on aws:SecureTransport, aws:MultiFactorAuthPresent, aws:SourceIp limit no target)'
      )
    ])
  })

  it('iam:PassedToService naming the very service of the path does not close it; naming another does', () => {
    const pass = (service: string) =>
      single(`{ StringEquals: { "iam:PassedToService": ${service} } }`, ['iam:PassRole', 'ec2:RunInstances'])
    expect(pass('ec2.amazonaws.com')).toEqual([
      expect.stringMatching(
        /privilege escalation "passrole-ec2" .*allowed on every resource \(iam:PassedToService allows ec2\.amazonaws\.com, the service this path uses\)/
      )
    ])
    expect(pass('lambda.amazonaws.com')).toEqual([])
  })

  it('a PassRole limited to one service opens only that service’s paths', () => {
    const statements = `${allow(['iam:PassRole'], '{ StringLike: { "iam:PassedToService": "lambda.*" } }')}${allow(['ec2:RunInstances', 'lambda:CreateFunction', 'lambda:InvokeFunction'])}`
    const found = escalations({ 'iam/p.yml': managedPolicy('p', statements) })
    expect(found.flatMap(pathIds)).toEqual(['passrole-lambda-invoke'])
  })

  it('mitigating keys close a path: a permissions boundary, a policy ARN, a resource tag', () => {
    expect(
      single('{ StringEquals: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/boundary" } }')
    ).toEqual([])
    expect(single('{ ArnEquals: { "iam:PolicyARN": "arn:aws:iam::aws:policy/ReadOnlyAccess" } }')).toEqual([])
    expect(single('{ StringEquals: { "aws:ResourceTag/team": "sandbox" } }')).toEqual([])
  })

  it('negated and IfExists forms of a mitigating key do not close a path', () => {
    expect(
      single(
        '{ StringNotEquals: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/boundary" } }'
      )
    ).toEqual([expect.stringContaining('its condition on iam:PermissionsBoundary limits no target')])
    expect(single('{ StringEqualsIfExists: { "aws:ResourceTag/team": "sandbox" } }')).toEqual([
      expect.stringContaining('its condition on aws:ResourceTag/team limits no target')
    ])
  })

  it('a key the table does not classify does not close a path, and the finding names it', () => {
    const tenancy = '{ StringEquals: { "ec2:Tenancy": dedicated } }'
    const split = `${allow(['iam:PassRole'])}${allow(['ec2:RunInstances'], tenancy)}`
    expect(escalations({ 'iam/p.yml': managedPolicy('p', split) })).toEqual([
      expect.stringContaining(
        'iam:PassRole and ec2:RunInstances, allowed on every resource (RoleGate does not count its condition on ec2:Tenancy as limiting the targets)'
      )
    ])
    // iam:PassRole requests never carry ec2:Tenancy: in one statement with it, PassRole is never allowed.
    expect(single(tenancy, ['iam:PassRole', 'ec2:RunInstances'])).toEqual([])
  })

  it('aws:CalledVia closes a path through a service that decides the call, not through CloudFormation', () => {
    expect(single('{ "ForAnyValue:StringEquals": { "aws:CalledVia": mgn.amazonaws.com } }')).toEqual([])
    expect(
      single('{ "ForAnyValue:StringEquals": { "aws:CalledVia": cloudformation.amazonaws.com } }')
    ).toEqual([expect.stringContaining('its condition on aws:CalledVia limits no target')])
  })
})

describe('issue 13: Run Command needs every instance and a shell document', () => {
  const ssm = (statements: string) => escalations({ 'iam/p.yml': managedPolicy('p', statements) })
  const INSTANCES = '"arn:aws:ec2:*:*:instance/*"'

  it('documents in one statement and the instances in another, conditioned on a resource tag: clean', () => {
    const statements = `${allow(['ssm:SendCommand'], undefined, '"arn:aws:ssm:*:*:document/*"')}${allow(
      ['ssm:SendCommand'],
      '{ StringLike: { "aws:ResourceTag/AWSRDSCustom": [custom-oracle] } }',
      INSTANCES
    )}`
    expect(ssm(statements)).toEqual([])
  })

  it('every instance with fixed AWS documents that run no caller-chosen command: clean', () => {
    const resources =
      '["arn:aws:ssm:*:*:document/AWSEC2-CreateVssSnapshot", "arn:aws:ssm:*::document/AWSLicenseManager-*", "arn:aws:ssm:*:*:document/AWS-ConfigureAWSPackage", "arn:aws:ec2:*:*:instance/*"]'
    expect(ssm(allow(['ssm:SendCommand'], undefined, resources))).toEqual([])
  })

  it('every instance with AWS-RunShellScript, or with a document wildcard customers can fill: caught', () => {
    const shell = '["arn:aws:ssm:*:*:document/AWS-RunShellScript", "arn:aws:ec2:*:*:instance/*"]'
    expect(ssm(allow(['ssm:SendCommand'], undefined, shell)).flatMap(pathIds)).toEqual(['ssm-send-command'])
    const split = `${allow(['ssm:SendCommand'], undefined, '"arn:aws:ssm:*:*:document/team-*"')}${allow(['ssm:SendCommand'], undefined, INSTANCES)}`
    expect(ssm(split).flatMap(pathIds)).toEqual(['ssm-send-command'])
  })

  it('Session Manager on every instance is a shell without naming a document; documents alone are not', () => {
    expect(ssm(allow(['ssm:StartSession'], undefined, INSTANCES)).flatMap(pathIds)).toEqual([
      'ssm-start-session'
    ])
    expect(ssm(allow(['ssm:StartSession'], undefined, '"arn:aws:ssm:*:*:document/*"'))).toEqual([])
  })
})

describe('issue 13: the missing paths are found', () => {
  it.each([
    ['update-assume-role-policy', ['iam:UpdateAssumeRolePolicy']],
    ['cloudformation-update-stack', ['cloudformation:UpdateStack']],
    ['cloudformation-change-set', ['cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet']],
    ['ecs-execute-command', ['ecs:ExecuteCommand']],
    ['ec2-user-data-restart', ['ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances']],
    ['ec2-launch-template', ['ec2:CreateLaunchTemplateVersion', 'ec2:ModifyLaunchTemplate']],
    [
      'sagemaker-lifecycle-config',
      [
        'sagemaker:CreateNotebookInstanceLifecycleConfig',
        'sagemaker:StopNotebookInstance',
        'sagemaker:UpdateNotebookInstance',
        'sagemaker:StartNotebookInstance'
      ]
    ],
    [
      'bedrock-code-interpreter-session',
      ['bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter']
    ],
    ['passrole-glue-job-run', ['iam:PassRole', 'glue:CreateJob', 'glue:StartJobRun']],
    ['passrole-ecs-service', ['iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:CreateService']],
    ['passrole-sagemaker-training', ['iam:PassRole', 'sagemaker:CreateTrainingJob']],
    ['passrole-ec2-spot', ['iam:PassRole', 'ec2:RequestSpotInstances']],
    ['passrole-cloudformation-update-stackset', ['iam:PassRole', 'cloudformation:UpdateStackSet']],
    ['codebuild-start-build-override', ['codebuild:StartBuild']],
    ['codebuild-start-build-batch-override', ['codebuild:StartBuildBatch']],
    ['apprunner-update-service', ['apprunner:UpdateService']],
    ['passrole-lambda-add-permission', ['iam:PassRole', 'lambda:CreateFunction', 'lambda:AddPermission']],
    ['passrole-datapipeline', ['iam:PassRole', 'datapipeline:CreatePipeline']]
  ])('%s', (id, actions) => {
    const found = escalations({ 'iam/p.yml': managedPolicy('p', allow(actions)) })
    expect(found.flatMap(pathIds)).toEqual([id])
    // Without its last action the path is not open.
    const fewer = escalations({
      'iam/p.yml': managedPolicy('p', allow(actions.slice(0, -1).concat('s3:GetObject')))
    })
    expect(fewer.flatMap(pathIds)).not.toContain(id)
  })
})

describe('the lint audit: a condition closes a path only when it limits the targets', () => {
  const single = (condition: string, actions = ['iam:AttachRolePolicy']) =>
    escalations({ 'iam/p.yml': managedPolicy('p', allow(actions, condition)) })
  const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess'

  it('iam:PutRolePolicy on the role itself under StringNotEquals aws:SourceAccount (absent from its own calls) is caught', () => {
    const found = escalations({
      'iam/r.yml': role({
        P: allow(
          ['iam:PutRolePolicy'],
          '{ StringNotEquals: { "aws:SourceAccount": "999999999999" } }',
          'arn:aws:iam::111111111111:role/demo-dev-r'
        )
      })
    })
    expect(found).toEqual([
      expect.stringContaining(
        'role r: privilege escalation "put-role-policy" (Rhino Security Labs, pathfinding.cloud iam-005): iam:PutRolePolicy, allowed on its own arn:aws:iam::111111111111:role/demo-dev-r (RoleGate does not count its condition on aws:SourceAccount as limiting the targets), let the role write any inline policy on a role, itself included'
      )
    ])
  })

  it.each([
    [
      'Null aws:SourceIdentity true',
      '{ Null: { "aws:SourceIdentity": "true" } }',
      'its condition on aws:SourceIdentity limits no target'
    ],
    [
      'ArnLikeIfExists aws:SourceArn',
      '{ ArnLikeIfExists: { "aws:SourceArn": "arn:aws:lambda:*:999999999999:*" } }',
      'RoleGate does not count its condition on aws:SourceArn as limiting the targets'
    ],
    [
      'Bool aws:PrincipalIsAWSService false',
      '{ Bool: { "aws:PrincipalIsAWSService": "false" } }',
      'its condition on aws:PrincipalIsAWSService limits no target'
    ],
    [
      'a misspelt key under StringNotEquals',
      '{ StringNotEquals: { "foo:bar": x } }',
      'RoleGate does not count its condition on foo:bar as limiting the targets'
    ],
    [
      'aws:CalledViaIfExists naming a deciding service',
      '{ "ForAnyValue:StringEqualsIfExists": { "aws:CalledVia": mgn.amazonaws.com } }',
      'its condition on aws:CalledVia limits no target'
    ]
  ])('iam:AttachRolePolicy on "*" under %s is caught', (_, condition, note) => {
    expect(single(condition)).toEqual([
      expect.stringContaining(
        `"attach-role-policy" (Rhino Security Labs, pathfinding.cloud iam-009): iam:AttachRolePolicy, allowed on every resource (${note})`
      )
    ])
  })

  it('iam:Put* under a vacuous condition: one finding lists every path, with the condition it names', () => {
    expect(single('{ StringNotEquals: { "aws:SourceAccount": "999999999999" } }', ['iam:Put*'])).toEqual([
      'iam/p.yml:6: managed policy p: 3 privilege-escalation paths are allowed on every resource (RoleGate does not count its condition on aws:SourceAccount as limiting the targets), all from managed policy p statement 0: "put-user-policy" (iam:PutUserPolicy), "put-group-policy" (iam:PutGroupPolicy), "put-role-policy" (iam:PutRolePolicy); with any of them whoever has this policy can grant itself more access (sources of each path: docs/rules.md#privilege-escalation). Limit Resource to named ARNs, add conditions that limit the targets, or remove the actions'
    ])
  })

  it('ec2:Region limits no target on the user-data path, as aws:RequestedRegion does', () => {
    const userData = ['ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances']
    for (const key of ['ec2:Region', 'aws:RequestedRegion'])
      expect(single(`{ StringEquals: { "${key}": us-east-1 } }`, userData)).toEqual([
        expect.stringMatching(
          new RegExp(`"ec2-user-data-restart" .*\\(its condition on ${key} limits no target\\)`)
        )
      ])
  })

  it('iam:PolicyARN naming AdministratorAccess, or a pattern that matches it, does not close attach-role-policy', () => {
    expect(single(`{ ArnEquals: { "iam:PolicyARN": "${ADMIN}" } }`)).toEqual([
      expect.stringContaining(
        'iam:AttachRolePolicy, allowed on every resource (its condition on iam:PolicyARN allows AdministratorAccess, which allows every action on every resource)'
      )
    ])
    expect(single('{ ArnLike: { "iam:PolicyARN": "arn:aws:iam::aws:policy/*" } }')).toEqual([
      expect.stringContaining(
        '(its condition on iam:PolicyARN allows arn:aws:iam::aws:policy/*, which matches AdministratorAccess, which allows every action on every resource)'
      )
    ])
    expect(single('{ ArnLike: { "iam:PolicyARN": "arn:aws:iam::111111111111:policy/*" } }')).toEqual([
      expect.stringContaining(
        '(its condition on iam:PolicyARN allows arn:aws:iam::111111111111:policy/*, which matches every policy)'
      )
    ])
  })

  it('iam:PolicyARN naming an AWS managed policy that opens a path itself does not close attach-role-policy', () => {
    expect(
      single('{ ArnEquals: { "iam:PolicyARN": "arn:aws:iam::aws:policy/AWSLambda_FullAccess" } }')
    ).toEqual([
      expect.stringContaining(
        '(its condition on iam:PolicyARN allows AWSLambda_FullAccess, which opens privilege escalation "passrole-lambda-invoke" on its own)'
      )
    ])
  })

  it('cloudformation:RoleArn, ec2:InstanceProfile and iam:AssociatedResourceArn limit only when they name less than every resource', () => {
    // Each key on the action whose requests carry it, the other action in a statement of its own.
    const paths = (statements: string) =>
      escalations({ 'iam/p.yml': managedPolicy('p', statements) }).flatMap(pathIds)
    const stack = (roleArn: string) =>
      `${allow(['iam:PassRole'])}${allow(['cloudformation:CreateStack'], `{ ArnLike: { "cloudformation:RoleArn": "${roleArn}" } }`)}`
    expect(paths(stack('arn:aws:iam::111111111111:role/*'))).toEqual(['passrole-cloudformation'])
    expect(paths(stack('arn:aws:iam::111111111111:role/cfn-sandbox'))).toEqual([])
    const launch = (profile: string) =>
      `${allow(['iam:PassRole'])}${allow(['ec2:RunInstances'], `{ ArnLike: { "ec2:InstanceProfile": "${profile}" } }`)}`
    expect(paths(launch('arn:aws:iam::111111111111:instance-profile/*'))).toEqual(['passrole-ec2'])
    expect(paths(launch('arn:aws:iam::111111111111:instance-profile/web'))).toEqual([])
    const associated = (instances: string) =>
      `${allow(['iam:PassRole'], `{ ArnLike: { "iam:AssociatedResourceArn": "${instances}" } }`)}${allow(['ec2:RunInstances'])}`
    expect(
      escalations({ 'iam/p.yml': managedPolicy('p', associated('arn:aws:ec2:*:111111111111:instance/*')) })
    ).toEqual([
      expect.stringContaining(
        '(its condition on iam:AssociatedResourceArn allows arn:aws:ec2:*:111111111111:instance/*, which names every resource of its type)'
      )
    ])
  })

  it('iam:PermissionsBoundary set to AdministratorAccess caps nothing', () => {
    expect(single(`{ ArnEquals: { "iam:PermissionsBoundary": "${ADMIN}" } }`, ['iam:PutRolePolicy'])).toEqual(
      [
        expect.stringContaining(
          'iam:PutRolePolicy, allowed on every resource (its condition on iam:PermissionsBoundary allows AdministratorAccess, which allows every action on every resource)'
        )
      ]
    )
  })

  it('the limiting cases stay clean: named boundaries and policies, a service key the action never carries, MCP actions, service-managed resources', () => {
    expect(
      single(
        '{ StringLike: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/boundaries/*" } }',
        ['iam:PutRolePolicy']
      )
    ).toEqual([])
    expect(
      single(
        '{ ArnEquals: { "iam:PolicyARN": ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::111111111111:policy/app"] } }'
      )
    ).toEqual([])
    // glue:UpdateDevEndpoint requests never carry glue:LakeFormationPermissions, so this allows nothing.
    expect(single('{ StringEquals: { "glue:LakeFormationPermissions": Enabled } }', ['glue:*'])).toEqual([])
    expect(single('{ Bool: { "aws:IsMcpServiceAction": "true" } }', ['"*"'])).toEqual([])
    expect(
      single('{ StringEquals: { "ec2:ManagedResourceOperator": ecs.amazonaws.com } }', [
        'ec2:CreateLaunchTemplateVersion',
        'ec2:ModifyLaunchTemplate'
      ])
    ).toEqual([])
  })
})

describe('the lint audit: iam:PolicyARN and iam:PermissionsBoundary naming a policy the repository defines', () => {
  /** Role r's finding (its inline policy P), with kind: ManagedPolicy documents beside it. */
  const roleFindings = (condition: string, actions: readonly string[], policies: Record<string, string>) =>
    escalations({
      'iam/r.yml': role({ P: allow(actions, condition) }),
      ...Object.fromEntries(
        Object.entries(policies).map(([name, statements]) => [
          `iam/${name}.yml`,
          managedPolicy(name, statements)
        ])
      )
    }).filter(finding => finding.startsWith('iam/r.yml:'))
  const WIDE = { wide: allow(['"*"']) }
  const policyArn = (arn: string) => `{ ArnLike: { "iam:PolicyARN": "${arn}" } }`

  it('a policy that allows every action on every resource neither limits attachments nor caps as a boundary', () => {
    expect(
      roleFindings(policyArn('arn:aws:iam::{account}:policy/demo-dev-wide'), ['iam:AttachRolePolicy'], WIDE)
    ).toEqual([
      expect.stringContaining(
        'iam:AttachRolePolicy, allowed on every resource (its condition on iam:PolicyARN allows demo-dev-wide, which allows every action on every resource)'
      )
    ])
    expect(
      roleFindings(
        '{ StringEquals: { "iam:PermissionsBoundary": "arn:aws:iam::{account}:policy/demo-dev-wide" } }',
        ['iam:PutRolePolicy'],
        WIDE
      )
    ).toEqual([
      expect.stringContaining(
        'iam:PutRolePolicy, allowed on every resource (its condition on iam:PermissionsBoundary allows demo-dev-wide, which allows every action on every resource)'
      )
    ])
  })

  it('a value written with a policy variable is matched as IAM substitutes it', () => {
    expect(
      roleFindings(
        policyArn('arn:aws:iam::${aws:PrincipalAccount}:policy/demo-dev-wide'),
        ['iam:AttachRolePolicy'],
        WIDE
      )
    ).toEqual([
      expect.stringContaining(
        '(its condition on iam:PolicyARN allows demo-dev-wide, which allows every action on every resource)'
      )
    ])
    // Any other variable may take any value, so it may name the policy.
    expect(
      roleFindings(
        policyArn('arn:aws:iam::{account}:policy/demo-${aws:username}-wide'),
        ['iam:AttachRolePolicy'],
        WIDE
      )
    ).toEqual([
      expect.stringContaining('which matches demo-dev-wide, which allows every action on every resource)')
    ])
  })

  it('a pattern that matches such a policy does not limit either, and the finding names the policy', () => {
    expect(
      roleFindings(policyArn('arn:aws:iam::111111111111:policy/demo-dev-w*'), ['iam:AttachRolePolicy'], WIDE)
    ).toEqual([
      expect.stringContaining(
        '(its condition on iam:PolicyARN allows arn:aws:iam::111111111111:policy/demo-dev-w*, which matches demo-dev-wide, which allows every action on every resource)'
      )
    ])
  })

  it('a policy that opens a path on its own does not limit; a policy that opens none, or one the repository does not define, does', () => {
    const policies = {
      writer: allow(['iam:PutRolePolicy']),
      reader: allow(['s3:GetObject'], undefined, 'arn:aws:s3:::bucket/*')
    }
    expect(
      roleFindings(
        policyArn('arn:aws:iam::{account}:policy/demo-dev-writer'),
        ['iam:AttachRolePolicy'],
        policies
      )
    ).toEqual([
      expect.stringContaining(
        '(its condition on iam:PolicyARN allows demo-dev-writer, which opens privilege escalation "put-role-policy" on its own)'
      )
    ])
    expect(
      roleFindings(
        policyArn('arn:aws:iam::{account}:policy/demo-dev-reader'),
        ['iam:AttachRolePolicy'],
        policies
      )
    ).toEqual([])
    expect(
      roleFindings(policyArn('arn:aws:iam::{account}:policy/demo-dev-r*'), ['iam:AttachRolePolicy'], policies)
    ).toEqual([])
    expect(
      roleFindings(policyArn('arn:aws:iam::{account}:policy/elsewhere'), ['iam:AttachRolePolicy'], policies)
    ).toEqual([])
  })

  it('policies whose conditions name each other are judged once, as escalating (the answer that hides no path)', () => {
    const policies = {
      a: allow(['iam:AttachRolePolicy'], policyArn('arn:aws:iam::{account}:policy/demo-dev-b')),
      b: allow(['iam:AttachRolePolicy'], policyArn('arn:aws:iam::{account}:policy/demo-dev-a'))
    }
    expect(
      roleFindings(policyArn('arn:aws:iam::{account}:policy/demo-dev-a'), ['iam:AttachRolePolicy'], policies)
    ).toEqual([
      expect.stringContaining(
        '(its condition on iam:PolicyARN allows demo-dev-a, which opens privilege escalation "attach-role-policy" on its own)'
      )
    ])
  })
})

describe('the lint audit: a Deny removes a path only where it covers every resource of the action', () => {
  const deny = (actions: readonly string[], resource: string) =>
    `    - Effect: Deny\n      Action: [${actions.join(', ')}]\n      Resource: ${resource}\n`
  const withDeny = (actions: readonly string[], ...resources: string[]) =>
    escalations({
      'iam/r.yml': role({
        P: `${allow(actions)}${resources.map(resource => deny(actions, resource)).join('')}`
      })
    }).flatMap(pathIds)

  it('a Deny of one region leaves lambda:UpdateFunctionCode open in the others; of every region and account, closed', () => {
    const update = ['lambda:UpdateFunctionCode']
    expect(withDeny(update, 'arn:aws:lambda:us-east-1:111111111111:function:*')).toEqual([
      'update-function-code'
    ])
    expect(withDeny(update, 'arn:aws:lambda:*:*:function:*')).toEqual([])
  })

  it('a Deny of EC2 instances leaves Session Manager and Run Command open on ECS tasks and managed instances', () => {
    const instances = '"arn:aws:ec2:*:*:instance/*"'
    expect(withDeny(['ssm:StartSession'], instances)).toEqual(['ssm-start-session'])
    expect(withDeny(['ssm:SendCommand'], instances)).toEqual(['ssm-send-command'])
    // Every type the action acts on: closed.
    expect(
      withDeny(
        ['ssm:StartSession'],
        instances,
        '"arn:aws:ssm:*:*:managed-instance/*"',
        '"arn:aws:ecs:*:*:task/*"',
        '"arn:aws:ssm:*:*:document/*"'
      )
    ).toEqual([])
    // Every document: each Run Command request names one, so every request is refused.
    expect(withDeny(['ssm:SendCommand'], '"arn:aws:ssm:*:*:document/*"')).toEqual([])
  })

  it('an IAM Deny may name the holder’s own account: IAM reaches no other', () => {
    expect(withDeny(['iam:PutRolePolicy'], '"arn:aws:iam::111111111111:role/*"')).toEqual([])
    expect(withDeny(['iam:PutRolePolicy'], '"arn:aws:iam::222222222222:role/*"')).toEqual(['put-role-policy'])
  })
})

describe('the lint audit: ECS task ARNs have a cluster segment', () => {
  const session = (resource: string) =>
    escalations({
      'iam/p.yml': managedPolicy('p', allow(['ssm:StartSession'], undefined, resource))
    }).flatMap(pathIds)

  it('ssm:StartSession on every ECS task of every cluster (task/*/*) is caught; on one cluster’s tasks, not', () => {
    expect(session('"arn:aws:ecs:*:*:task/*/*"')).toEqual(['ssm-start-session'])
    expect(session('"arn:aws:ecs:*:*:task/prod/*"')).toEqual([])
  })
})

describe('the lint audit: pathfinding.cloud codebuild-002, codebuild-003 and apprunner-002', () => {
  const attached = (policy: string) =>
    escalations({
      'iam/r.yml': `${role({ P: allow(['s3:GetObject']) })}managedPolicies: [arn:aws:iam::aws:policy/${policy}]\n`
    })

  it('AWSCodeBuildDeveloperAccess lets the role start builds with its own buildspec', () => {
    expect(attached('AWSCodeBuildDeveloperAccess')).toEqual([
      expect.stringContaining(
        'role r: 3 privilege-escalation paths are allowed on every resource without a condition, all from AWS managed policy AWSCodeBuildDeveloperAccess: "codebuild-start-build-override" (codebuild:StartBuild), "codebuild-start-build-batch-override" (codebuild:StartBuildBatch), "ssm-start-session" (ssm:StartSession)'
      )
    ])
  })

  it('AWSAppRunnerFullAccess lets the role point any App Runner service at its own image', () => {
    expect(attached('AWSAppRunnerFullAccess')).toEqual([
      expect.stringContaining(
        'role r: privilege escalation "apprunner-update-service" (pathfinding.cloud apprunner-002): apprunner:UpdateService, allowed on every resource without a condition, let the role point an existing App Runner service that runs as a more privileged instance role at an image or start command of its own (from AWS managed policy AWSAppRunnerFullAccess)'
      )
    ])
  })
})
