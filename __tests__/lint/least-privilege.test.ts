import { ECS_TRUST, renderProject } from '../support/render-project.js'

/** A role r with the ECS trust and one inline policy P whose statements start at line 12. */
function role(statements: string, extra = ''): string {
  return `kind: Role\nname: r\n${ECS_TRUST}${extra}policies:\n  P:\n    Statement:\n${statements}`
}

/** A kind: ManagedPolicy named `name` whose statements start at line 5. */
function managedPolicy(name: string, statements: string): string {
  return `kind: ManagedPolicy\nname: ${name}\ndocument:\n  Statement:\n${statements.replace(/^ {2}/gm, '')}`
}

function lines(rule: string, files: Record<string, string>): string[] {
  return renderProject(files)
    .findings.filter(finding => finding.rule === rule)
    .map(finding => `${finding.file}:${finding.line}: ${finding.message}`)
}

const inRole = (rule: string, statements: string) => lines(rule, { 'iam/r.yml': role(statements) })

describe('wildcard-action and service-wildcard', () => {
  it('flag "*" and "svc:*" in Allow statements at the list item', () => {
    const statements = `      - Effect: Allow
        Action:
          - "*"
          - s3:*
          - s3:Get*
        Resource: "*"
`
    expect(inRole('wildcard-action', statements)).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:14: inline policy P: statement 0: Action "\*" allows every action of every AWS service \([\d,]+ today, and every one AWS adds\); list the actions the role needs$/
      )
    ])
    expect(inRole('service-wildcard', statements)).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:15: inline policy P: statement 0: "s3:\*" allows all \d+ actions of Amazon S3 \(\d+ Permissions management, \d+ Write, \d+ Tagging\), and any AWS adds later/
      )
    ])
  })

  it('leave Deny statements and partial patterns alone', () => {
    const statements = `      - Effect: Deny
        Action: ["*", "s3:*"]
        Resource: "*"
      - Effect: Allow
        Action: [s3:Get*, "*:Describe*"]
        Resource: "*"
`
    expect(inRole('wildcard-action', statements)).toEqual([])
    expect(inRole('service-wildcard', statements)).toEqual([])
  })
})

describe('resource-wildcard-write', () => {
  it('reports once per statement, listing the actions that could name ARNs, at the "*"', () => {
    const statements = `      - Sid: Logs
        Effect: Allow
        Action:
          - logs:CreateLogStream
          - logs:PutLogEvents
          - logs:DescribeLogGroups
          - cloudwatch:PutMetricData
          - ecr:GetAuthorizationToken
        Resource: "*"
`
    expect(inRole('resource-wildcard-write', statements)).toEqual([
      'iam/r.yml:20: inline policy P: statement "Logs": 2 write actions on Resource "*" although they can be limited to named resources: logs:CreateLogStream, logs:PutLogEvents; list the ARNs instead (logs:CreateLogStream: arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName})'
    ])
  })

  it('does not report actions that need "*" (no required resource type) or reads', () => {
    const statements = `      - Effect: Allow
        Action: [ecr:GetAuthorizationToken, cloudwatch:PutMetricData, s3:GetObject, ec2:DescribeInstances]
        Resource: "*"
`
    expect(inRole('resource-wildcard-write', statements)).toEqual([])
  })

  it('accepts resource-tag, account and organization conditions, but names other conditions in the finding', () => {
    const statements = `      - Effect: Allow
        Action: ec2:StopInstances
        Resource: "*"
        Condition: { StringEquals: { "aws:ResourceTag/team": data } }
      - Effect: Allow
        Action: kms:Decrypt
        Resource: "*"
        Condition: { StringEquals: { kms:ViaService: "secretsmanager.us-east-1.amazonaws.com" } }
`
    expect(inRole('resource-wildcard-write', statements)).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:18: inline policy P: statement 1: write action on Resource "\*" although it can be limited to named resources: kms:Decrypt; .*the condition on kms:ViaService limits how the actions are called, not which resources they reach/
      )
    ])
  })
})

describe('resource-wildcard-write on ARNs as good as "*"', () => {
  it('reports arn:*:cloudtrail:*:*:trail/* for a write action, only for the actions whose resources it names', () => {
    const statements = `      - Effect: Allow
        Action: [cloudtrail:DeleteTrail, cloudtrail:StopLogging, s3:PutObject]
        Resource: ["arn:*:cloudtrail:*:*:trail/*", arn:aws:s3:::results/*]
`
    expect(inRole('resource-wildcard-write', statements)).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:14: inline policy P: statement 0: 2 write actions on Resource "arn:\*:cloudtrail:\*:\*:trail\/\*" \(every such resource in every region and account, as good as "\*"\) although they can be limited to named resources: cloudtrail:DeleteTrail, cloudtrail:StopLogging;/
      )
    ])
  })

  it('does not report an ARN with a literal account or a named resource', () => {
    const statements = `      - Effect: Allow
        Action: [cloudtrail:DeleteTrail, cloudtrail:StopLogging]
        Resource: ["arn:aws:cloudtrail:*:{account}:trail/*", "arn:*:cloudtrail:*:*:trail/audit"]
`
    expect(inRole('resource-wildcard-write', statements)).toEqual([])
  })
})

describe('not-action-allow and not-resource-allow', () => {
  it('flag Allow with NotAction / NotResource at the element', () => {
    const statements = `      - Effect: Allow
        NotAction: [iam:*, organizations:*]
        Resource: "*"
      - Effect: Allow
        Action: s3:GetObject
        NotResource: arn:aws:s3:::secrets/*
      - Effect: Deny
        NotAction: s3:*
        NotResource: arn:aws:s3:::x
`
    expect(inRole('not-action-allow', statements)).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:13: inline policy P: statement 0: Allow with NotAction allows every action except iam:\*, organizations:\*: [\d,]+ actions today/
      )
    ])
    expect(inRole('not-resource-allow', statements)).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:17: inline policy P: statement 1: Allow with NotResource allows the actions on every resource except arn:aws:s3:::secrets\/\*/
      )
    ])
  })
})

describe('pass-role-unscoped', () => {
  it('flags PassRole on "*" at the resource, also through iam:* and with iam:PassedToService', () => {
    const statements = `      - Effect: Allow
        Action: iam:Pass*
        Resource: "*"
        Condition: { StringEquals: { iam:PassedToService: ecs-tasks.amazonaws.com } }
      - Effect: Allow
        Action: iam:*
        Resource: "arn:aws:iam::{account}:role/*"
`
    expect(inRole('pass-role-unscoped', statements)).toEqual([
      'iam/r.yml:14: inline policy P: statement 0: iam:PassRole (through "iam:Pass*") on Resource "*" lets the role hand any role of the account, administrator roles included, to the services iam:PassedToService names; name the roles it passes in Resource, e.g. arn:aws:iam::<account>:role/<name>',
      'iam/r.yml:18: inline policy P: statement 1: iam:PassRole (through "iam:*") on "…:role/*", which covers every role, lets the role hand any role of the account, administrator roles included, to any AWS service (there is no iam:PassedToService condition either); name the roles it passes in Resource, e.g. arn:aws:iam::<account>:role/<name>'
    ])
  })

  it('flags role name patterns without iam:PassedToService at the action, with a distinct message', () => {
    const statements = `      - Effect: Allow
        Action: [ecs:RunTask, iam:PassRole]
        Resource: "arn:aws:iam::{account}:role/app-*"
`
    expect(inRole('pass-role-unscoped', statements)).toEqual([
      'iam/r.yml:13: inline policy P: statement 0: iam:PassRole without an iam:PassedToService condition lets any AWS service receive these roles; add Condition: { StringEquals: { iam:PassedToService: <service>.amazonaws.com } } (e.g. ecs-tasks.amazonaws.com, lambda.amazonaws.com)'
    ])
  })

  it('accepts one named role without iam:PassedToService: its trust policy decides which services use it', () => {
    const statements = `      - Effect: Allow
        Action: [ecs:RunTask, iam:PassRole]
        Resource: "arn:aws:iam::{account}:role/app-task"
`
    expect(inRole('pass-role-unscoped', statements)).toEqual([])
    // A policy variable makes it a pattern again.
    const perUser = `      - Effect: Allow
        Action: iam:PassRole
        Resource: "arn:aws:iam::{account}:role/\${aws:username}-task"
`
    expect(inRole('pass-role-unscoped', perUser)).toHaveLength(1)
  })

  it('says nothing of PassRole through iam:* on ARNs that are no role (it passes nothing there)', () => {
    const statements = `      - Effect: Allow
        Action: [s3:GetObject, "iam:*"]
        Resource: "arn:aws:s3:::{project}-{environment}-data/*"
`
    expect(inRole('pass-role-unscoped', statements)).toEqual([])
  })

  it('accepts named roles passed to a named service', () => {
    const statements = `      - Effect: Allow
        Action: iam:PassRole
        Resource: "arn:aws:iam::{account}:role/app-task"
        Condition: { StringEquals: { iam:PassedToService: ecs-tasks.amazonaws.com } }
`
    expect(inRole('pass-role-unscoped', statements)).toEqual([])
  })
})

describe('credentials-exposure and data-exfiltration', () => {
  it('flag listed actions on every resource without condition, once per statement', () => {
    const statements = `      - Effect: Allow
        Action:
          - s3:ListBucket
          - iam:CreateAccessKey
          - redshift:GetClusterCredentials
          - secretsmanager:GetSecretValue
          - ssm:GetParameter*
        Resource: "*"
`
    expect(inRole('credentials-exposure', statements)).toEqual([
      'iam/r.yml:15: inline policy P: statement 0: allows actions that return credentials on every resource, with no condition: iam:CreateAccessKey (a new access key of any IAM user), redshift:GetClusterCredentials (temporary passwords for any Redshift database user); name the users, roles or resources in Resource, or add a condition'
    ])
    expect(inRole('data-exfiltration', statements)).toEqual([
      'iam/r.yml:18: inline policy P: statement 0: reads data on every resource, with no condition: ssm:GetParameter (any SSM parameter, SecureString included), ssm:GetParameters (any SSM parameter, SecureString included), ssm:GetParametersByPath (whole SSM parameter trees), secretsmanager:GetSecretValue (any secret); name the buckets, parameters, secrets, keys or tables in Resource'
    ])
  })

  it('treat a wildcard covering a whole resource type as every resource', () => {
    const statements = `      - Effect: Allow
        Action: s3:GetObject
        Resource: arn:aws:s3:::*/*
`
    expect(inRole('data-exfiltration', statements)).toHaveLength(1)
  })

  it('judge "every resource" as IAM matches ARNs, segment by segment', () => {
    // Every IAM database user is dbuser:<resource id>/<user>. As a plain glob "*/*" covers that;
    // in IAM a "*" inside a segment does not cross ":", so "*/*" names no database user.
    const statement = (resource: string) => `      - Effect: Allow
        Action: rds-db:connect
        Resource: "${resource}"
`
    expect(
      inRole('credentials-exposure', statement('arn:aws:rds-db:us-east-1:{account}:dbuser:*/*'))
    ).toEqual([
      expect.stringMatching(/^iam\/r\.yml:13: .*allows actions that return credentials on every resource/)
    ])
    expect(inRole('credentials-exposure', statement('arn:aws:rds-db:us-east-1:{account}:*/*'))).toEqual([])
  })

  it('do not flag named resources, conditions, or ecr:GetAuthorizationToken (every ECS execution role needs it)', () => {
    const statements = `      - Effect: Allow
        Action: [secretsmanager:GetSecretValue, s3:GetObject, iam:CreateAccessKey]
        Resource:
          - "arn:aws:secretsmanager:us-east-1:{account}:secret:app-*"
          - arn:aws:s3:::results/*
          - "arn:aws:iam::{account}:user/ci"
      - Effect: Allow
        Action: [kms:Decrypt, ssm:GetParameters]
        Resource: "*"
        Condition: { StringEquals: { "aws:ResourceTag/app": web } }
      - Effect: Allow
        Action: ecr:GetAuthorizationToken
        Resource: "*"
`
    expect(inRole('credentials-exposure', statements)).toEqual([])
    expect(inRole('data-exfiltration', statements)).toEqual([])
  })
})

describe('privilege-escalation', () => {
  it('flags a single-action path at the statement granting it', () => {
    const statements = `      - Sid: Manage
        Effect: Allow
        Action: [iam:GetRole, iam:AttachRolePolicy]
        Resource: "*"
`
    expect(inRole('privilege-escalation', statements)).toEqual([
      'iam/r.yml:14: role r: privilege escalation "attach-role-policy" (Rhino Security Labs, pathfinding.cloud iam-009): iam:AttachRolePolicy, allowed on every resource without a condition, let the role attach any managed policy (AdministratorAccess) to a role (from inline policy P statement "Manage"); limit Resource to named ARNs, add a condition that limits the targets (docs/rules.md#privilege-escalation lists them), or remove one of the actions'
    ])
  })

  it('finds a combination split across an inline policy and an attached repo-defined managed policy', () => {
    const files = {
      'iam/r.yml': role(
        `      - Sid: Pass
        Effect: Allow
        Action: iam:PassRole
        Resource: "*"
`,
        'managedPolicies:\n  - launcher\n'
      ),
      'iam/launcher.yml': managedPolicy(
        'launcher',
        `    - Sid: Launch
      Effect: Allow
      Action: ec2:RunInstances
      Resource: "*"
`
      )
    }
    expect(lines('privilege-escalation', files)).toEqual([
      'iam/r.yml:16: role r: privilege escalation "passrole-ec2" (Rhino Security Labs, pathfinding.cloud ec2-001): iam:PassRole and ec2:RunInstances, allowed on every resource without a condition, let the role launch an instance with a more privileged role and use its credentials (iam:PassRole from inline policy P statement "Pass", ec2:RunInstances from managed policy launcher); limit Resource to named ARNs, add a condition that limits the targets (docs/rules.md#privilege-escalation lists them), or remove one of the actions'
    ])
  })

  it('finds a path opened by an attached AWS managed policy, pointing at the managedPolicies entry', () => {
    const files = {
      'iam/r.yml': role(
        `      - Effect: Allow
        Action: iam:PassRole
        Resource: "*"
        Condition: { StringEquals: { iam:PassedToService: ec2.amazonaws.com } }
`,
        'managedPolicies:\n  - arn:aws:iam::aws:policy/AmazonSSMFullAccess\n'
      )
    }
    const found = lines('privilege-escalation', files)
    expect(found).toEqual([
      expect.stringMatching(
        /^iam\/r\.yml:10: role r: 2 privilege-escalation paths are allowed on every resource without a condition, all from AWS managed policy AmazonSSMFullAccess: "ssm-send-command" \(ssm:SendCommand\), "ssm-start-session" \(ssm:StartSession\)/
      )
    ])
  })

  it('reports a repo-defined managed policy on its own, at its statement, and not again on the role', () => {
    const files = {
      'iam/r.yml': role(
        '      - Effect: Allow\n        Action: s3:GetObject\n        Resource: "*"\n',
        'managedPolicies:\n  - admin-ish\n'
      ),
      'iam/admin-ish.yml': managedPolicy(
        'admin-ish',
        `    - Effect: Allow
      Action: [iam:PutRolePolicy, iam:AttachRolePolicy]
      Resource: "*"
`
      )
    }
    expect(lines('privilege-escalation', files)).toEqual([
      expect.stringMatching(
        /^iam\/admin-ish\.yml:6: managed policy admin-ish: 2 privilege-escalation paths .* all from managed policy admin-ish statement 0: "attach-role-policy" \(iam:AttachRolePolicy\), "put-role-policy" \(iam:PutRolePolicy\)/
      )
    ])
  })

  it('does not flag scoped resources, conditions, an unconditional Deny, or a boundary that excludes the action', () => {
    const scoped = `      - Effect: Allow
        Action: iam:AttachRolePolicy
        Resource: "arn:aws:iam::{account}:role/sandbox/*"
      - Effect: Allow
        Action: iam:PutRolePolicy
        Resource: "*"
        Condition: { StringEquals: { "iam:PermissionsBoundary": "arn:aws:iam::{account}:policy/boundary" } }
      - Effect: Allow
        Action: iam:CreatePolicyVersion
        Resource: "*"
      - Effect: Deny
        Action: iam:CreatePolicyVersion
        Resource: "*"
`
    expect(inRole('privilege-escalation', scoped)).toEqual([])
    const bounded = {
      'iam/r.yml': role(
        '      - Effect: Allow\n        Action: iam:AttachRolePolicy\n        Resource: "*"\n',
        'permissionsBoundary: boundary\n'
      ),
      'iam/boundary.yml': managedPolicy(
        'boundary',
        '    - Effect: Allow\n      Action: [s3:*, logs:*]\n      Resource: "*"\n'
      )
    }
    expect(lines('privilege-escalation', bounded)).toEqual([])
  })
})

describe('admin-managed-policy', () => {
  it('flags AdministratorAccess at the managedPolicies entry, and not a narrower AWS policy', () => {
    const files = {
      'iam/r.yml': role(
        '      - Effect: Allow\n        Action: s3:GetObject\n        Resource: arn:aws:s3:::b/*\n',
        'managedPolicies:\n  - arn:aws:iam::aws:policy/AdministratorAccess\n'
      ),
      'iam/s.yml': `kind: Role\nname: s\n${ECS_TRUST}managedPolicies:\n  - arn:aws:iam::aws:policy/ReadOnlyAccess\n`
    }
    expect(lines('admin-managed-policy', files)).toEqual([
      'iam/r.yml:10: role r attaches the AWS managed policy AdministratorAccess, which allows every action on every resource; attach (or write) a policy with only the actions the role needs'
    ])
  })
})
