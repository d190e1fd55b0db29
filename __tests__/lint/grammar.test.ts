import { ECS_TRUST, renderProject } from '../support/render-project.js'

/**
 * A role r with the ECS trust (lines 3-8) and one inline policy P whose statements start at
 * line 12. Rendered for dev (111111111111) and prod (333333333333).
 */
function role(statements: string, trust = ECS_TRUST): string {
  return `kind: Role\nname: r\n${trust}policies:\n  P:\n    Statement:\n${statements}`
}

/** `line: message` of one rule's findings for the given definition files. */
function lines(rule: string, files: Record<string, string>): string[] {
  return renderProject(files)
    .findings.filter(finding => finding.rule === rule)
    .map(finding => `${finding.line}: ${finding.message}`)
}

const inRole = (rule: string, statements: string, trust?: string) =>
  lines(rule, { 'iam/r.yml': role(statements, trust) })

describe('unknown-service', () => {
  it('flags a misspelled prefix at its list item, with a suggestion', () => {
    const statements = `      - Sid: Read
        Effect: Allow
        Action:
          - s3:GetObject
          - lamda:InvokeFunction
        Resource: "*"
`
    expect(inRole('unknown-service', statements)).toEqual([
      '16: inline policy P: statement "Read": "lamda:InvokeFunction": "lamda" is not an AWS service prefix; did you mean "lambda" (lambda:InvokeFunction)?'
    ])
  })

  it('flags a service pattern that matches no prefix, but not "*" or patterns that match', () => {
    const statements = `      - Effect: Allow
        Action: ["*", "s*:Get*", "zz*:Get*"]
        Resource: "*"
`
    const found = inRole('unknown-service', statements)
    expect(found).toEqual([
      '13: inline policy P: statement 0: "zz*:Get*": the service pattern "zz*" matches no AWS service prefix'
    ])
  })

  it('accepts retired services AWS managed policies still name (allow-listed)', () => {
    const statements = `      - Effect: Allow
        Action: deeplens:*
        Resource: "*"
`
    expect(inRole('unknown-service', statements)).toEqual([])
  })
})

describe('unknown-action', () => {
  it('flags an unknown literal action at its item, with a suggestion, and batch API names with the action that authorizes them', () => {
    const statements = `      - Effect: Allow
        Action:
          - s3:GetObjekt
          - sqs:DeleteMessageBatch
          - s3:GetObject
        Resource: "*"
`
    expect(inRole('unknown-action', statements)).toEqual([
      '14: inline policy P: statement 0: "s3:GetObjekt" is not an action of Amazon S3 (s3); did you mean "s3:GetObject"?',
      '15: inline policy P: statement 0: "sqs:DeleteMessageBatch" is an API operation, not an IAM action: Amazon SQS authorizes it with sqs:DeleteMessage, so list that instead'
    ])
  })

  it('flags a wildcard pattern that matches nothing, and a value without a service', () => {
    const statements = `      - Effect: Allow
        Action: [s3:Fetch*, GetObject, "s3:Get*"]
        Resource: "*"
`
    expect(inRole('unknown-action', statements)).toEqual([
      '13: inline policy P: statement 0: "s3:Fetch*" matches no action of service s3, so it grants nothing; check the spelling of the pattern',
      '13: inline policy P: statement 0: "GetObject" is not an action: IAM actions are written service:ActionName, e.g. s3:GetObject'
    ])
  })

  it('accepts every STS action a trust policy uses, and flags a misspelled one there', () => {
    const trust = `trust:
  Statement:
    - Effect: Allow
      Principal: { Federated: "arn:aws:iam::{account}:oidc-provider/token.actions.githubusercontent.com" }
      Action: [sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity, sts:SetContext]
      Condition:
        StringEquals:
          token.actions.githubusercontent.com:aud: sts.amazonaws.com
          token.actions.githubusercontent.com:sub: repo:acme/infra:environment:prod
    - Effect: Allow
      Principal: { AWS: "arn:aws:iam::{account}:root" }
      Action: [sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRol]
`
    const statements = `      - Effect: Allow
        Action: s3:GetObject
        Resource: "*"
`
    expect(inRole('unknown-action', statements, trust)).toEqual([
      '14: trust policy: statement 1: "sts:AssumeRol" is not an action of AWS Security Token Service (sts); did you mean "sts:AssumeRole"?'
    ])
  })
})

describe('invalid-condition-operator', () => {
  it('flags misspelled operators and prefixes, with did-you-mean', () => {
    const statements = `      - Effect: Allow
        Action: s3:GetObject
        Resource: "*"
        Condition:
          StringEqual: { "aws:PrincipalTag/team": data }
          ForAnyValues:StringLike: { "aws:TagKeys": "app-*" }
          NullIfExists: { "aws:ResourceTag/team": "false" }
`
    expect(inRole('invalid-condition-operator', statements)).toEqual([
      expect.stringMatching(
        /^16: inline policy P: statement 0: "StringEqual" is not a condition operator \(did you mean "StringEquals"\?\); valid operators are StringEquals, .*IfExists suffix; IAM rejects the policy$/
      ),
      '17: inline policy P: statement 0: "ForAnyValues:StringLike" is not a condition operator: the only prefixes are ForAnyValue: and ForAllValues: (did you mean "ForAnyValue:StringLike"?); IAM rejects the policy',
      '18: inline policy P: statement 0: "NullIfExists" is not a condition operator: Null already tests whether the key exists, so it has no IfExists form; use Null; IAM rejects the policy'
    ])
  })

  it('accepts qualified, IfExists and differently cased operators', () => {
    const statements = `      - Effect: Allow
        Action: s3:GetObject
        Resource: "*"
        Condition:
          ForAllValues:StringLikeIfExists: { "aws:TagKeys": "app-*" }
          stringequals: { "aws:PrincipalTag/team": data }
          "Null": { "aws:ResourceTag/team": "false" }
          DateGreaterThan: { "aws:CurrentTime": "2026-01-01T00:00:00Z" }
`
    expect(inRole('invalid-condition-operator', statements)).toEqual([])
  })
})

describe('unknown-condition-key', () => {
  it('flags a key AWS does not document and a key of a service the actions do not belong to', () => {
    const statements = `      - Effect: Allow
        Action: [s3:GetObject, s3:PutObject]
        Resource: "*"
        Condition:
          StringEquals:
            s3:x-amz-acll: private
            ec2:Region: us-east-1
`
    expect(inRole('unknown-condition-key', statements)).toEqual([
      '17: inline policy P: statement 0: condition key "s3:x-amz-acll" is not one AWS documents (did you mean "s3:x-amz-acl"?); a condition on a key that is never present fails (or, with IfExists or a negated operator, always passes)',
      '18: inline policy P: statement 0: condition key "ec2:Region" belongs to service ec2, but the statement\'s actions are all of s3, whose requests never carry it; the condition fails (or, with IfExists or a negated operator, always passes). Use a key of s3 or a global aws: key'
    ])
  })

  it('accepts global keys, tag-key templates, the service’s own keys and Secrets Manager’s tag-key spelling', () => {
    const statements = `      - Effect: Allow
        Action: [secretsmanager:GetSecretValue, kms:Decrypt]
        Resource: "*"
        Condition:
          StringEquals:
            aws:ResourceTag/team: data
            secretsmanager:ResourceTag/team: data
            kms:ViaService: secretsmanager.us-east-1.amazonaws.com
            aws:SourceVpce: vpce-1234
            ec2:SourceInstanceArn: arn:aws:ec2:us-east-1:111111111111:instance/i-1
`
    expect(inRole('unknown-condition-key', statements)).toEqual([])
  })

  it('accepts any known key when the statement has Action "*" or NotAction', () => {
    const statements = `      - Effect: Deny
        Action: "*"
        Resource: "*"
        Condition: { StringNotEquals: { ec2:Region: us-east-1 } }
      - Effect: Deny
        NotAction: iam:*
        Resource: "*"
        Condition: { StringNotEquals: { s3:x-amz-acl: private } }
`
    expect(inRole('unknown-condition-key', statements)).toEqual([])
  })

  it('accepts web-identity, SAML and STS keys in trust policies', () => {
    const trust = `trust:
  Statement:
    - Effect: Allow
      Principal: { Federated: "arn:aws:iam::{account}:oidc-provider/token.actions.githubusercontent.com" }
      Action: sts:AssumeRoleWithWebIdentity
      Condition:
        StringEquals:
          token.actions.githubusercontent.com:aud: sts.amazonaws.com
          token.actions.githubusercontent.com:sub: repo:acme/infra:environment:prod
          token.actions.githubusercontent.com:job_workflow_ref: acme/infra/.github/workflows/deploy.yml@refs/heads/main
    - Effect: Allow
      Principal: { Federated: "arn:aws:iam::{account}:saml-provider/okta" }
      Action: sts:AssumeRoleWithSAML
      Condition: { StringEquals: { saml:aud: "https://signin.aws.amazon.com/saml" } }
    - Effect: Allow
      Principal: { AWS: "arn:aws:iam::{account}:root" }
      Action: sts:AssumeRole
      Condition: { StringEquals: { sts:ExternalId: abc, sts:RoleSessionName: ci } }
`
    const statements = `      - Effect: Allow
        Action: s3:GetObject
        Resource: "*"
`
    expect(inRole('unknown-condition-key', statements, trust)).toEqual([])
  })
})

describe('inapplicable-condition-key', () => {
  it('flags a key of the statement’s service that none of its actions takes, naming the actions that do', () => {
    const statements = `      - Effect: Allow
        Action: s3:GetObject
        Resource: arn:aws:s3:::results/*
        Condition:
          StringLike: { "s3:prefix": "reports/*" }
`
    expect(inRole('inapplicable-condition-key', statements)).toEqual([
      '16: inline policy P: statement 0: condition key "s3:prefix" is not one s3:GetObject takes (it applies to s3:ListBucket, s3:ListBucketVersions), so requests for it do not carry it and the condition fails (or, with IfExists or a negated operator, always passes); move the condition to a statement with those actions, or use a key the actions list'
    ])
    // unknown-condition-key stays silent: the key is S3's.
    expect(inRole('unknown-condition-key', statements)).toEqual([])
  })

  it('accepts the key when one action of the statement takes it, global keys, and Action "*"', () => {
    const statements = `      - Effect: Allow
        Action: [s3:GetObject, s3:ListBucket]
        Resource: [arn:aws:s3:::results, arn:aws:s3:::results/*]
        Condition:
          StringLike: { "s3:prefix": "reports/*", "aws:PrincipalTag/team": data }
      - Effect: Allow
        Action: "*"
        Resource: "*"
        Condition:
          StringLike: { "s3:prefix": "reports/*" }
`
    expect(inRole('inapplicable-condition-key', statements)).toEqual([])
  })
})

describe('invalid-arn', () => {
  it('flags values that are not ARNs, at the list item', () => {
    const statements = `      - Effect: Allow
        Action: s3:GetObject
        Resource:
          - arn:aws:s3:::bucket/*
          - my-bucket/*
          - arn:aws:s3:us-east-1:12345:thing
`
    expect(inRole('invalid-arn', statements)).toEqual([
      '16: inline policy P: statement 0: Resource "my-bucket/*" is not a valid ARN: must be "*" or start with "arn:"; write "*" or a full ARN such as arn:aws:s3:::my-bucket/*',
      '17: inline policy P: statement 0: Resource "arn:aws:s3:us-east-1:12345:thing" is not a valid ARN: "12345" is not a 12-digit account id; write "*" or a full ARN such as arn:aws:s3:::my-bucket/*'
    ])
  })

  it('accepts "*", wildcards and IAM policy variables', () => {
    const statements = `      - Effect: Allow
        Action: iam:GetUser
        Resource:
          - "arn:aws:iam::*:user/\${aws:username}"
          - "arn:\${aws:partition}:s3:::bucket/*"
          - arn:aws:s3:*
`
    expect(inRole('invalid-arn', statements)).toEqual([])
  })
})

describe('resource-mismatch', () => {
  it('flags an action that supports only "*" and ARNs with an account where the type has none', () => {
    const statements = `      - Effect: Allow
        Action:
          - bedrock:InvokeModel
          - bedrock:ListFoundationModels
        Resource:
          - arn:aws:bedrock:us-east-1:{account}:foundation-model/anthropic.claude-3-sonnet-20240229-v1:0
`
    const found = inRole('resource-mismatch', statements)
    expect(found).toContain(
      '15: inline policy P: statement 0: bedrock:ListFoundationModels supports only Resource "*" (it has no resource type), so with only ARNs in Resource this statement grants it nowhere; move it to a statement with Resource: "*"'
    )
    expect(found).toContain(
      '17: inline policy P: statement 0: Resource "arn:aws:bedrock:us-east-1:<account>:foundation-model/anthropic.claude-3-sonnet-20240229-v1:0" is no resource of bedrock:InvokeModel, so it grants nothing: foundation-model ARNs have no account (arn:${Partition}:bedrock:${Region}::foundation-model/${ResourceId}); write arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-sonnet-20240229-v1:0'
    )
    // One finding for the ARN in every environment (its account shown as <account>), one for the action.
    expect(found).toHaveLength(2)
  })

  it('flags s3:ListBucket granted only on objects, at the action', () => {
    const statements = `      - Effect: Allow
        Action: [s3:GetObject, s3:ListBucket]
        Resource: arn:aws:s3:::results/*
`
    expect(inRole('resource-mismatch', statements)).toEqual([
      expect.stringMatching(
        /^13: inline policy P: statement 0: s3:ListBucket applies to accesspoint \(.*\) or bucket \(arn:\$\{Partition\}:s3:::\$\{BucketName\}\), and none of the statement's resources is one/
      )
    ])
  })

  it('does not flag a statement where every ARN fits some action, wildcard actions, Deny, or "*"', () => {
    const statements = `      - Effect: Allow
        Action: [s3:Get*, s3:ListBucket]
        Resource: [arn:aws:s3:::results, arn:aws:s3:::results/*]
      - Effect: Deny
        Action: ec2:DescribeInstances
        Resource: arn:aws:s3:::results
      - Effect: Allow
        Action: [ec2:DescribeInstances, s3:GetObject]
        Resource: ["*", arn:aws:s3:::results/*]
      - Effect: Allow
        Action: codestar-connections:UseConnection
        Resource: arn:aws:codeconnections:us-east-1:{account}:connection/abc
`
    expect(inRole('resource-mismatch', statements)).toEqual([])
  })

  it('accepts AWS-owned SSM documents, runbooks and public parameters, whose ARNs have no account', () => {
    // AWS's Session Manager quick-start policy: AWS-owned documents are named without an account.
    const statements = `      - Effect: Allow
        Action: ssm:StartSession
        Resource:
          - arn:aws:ec2:us-east-1:{account}:instance/*
          - arn:aws:ssm:*::document/AWS-StartPortForwardingSession
      - Effect: Allow
        Action: ssm:StartAutomationExecution
        Resource: arn:aws:ssm:*::automation-definition/AWS-RestartEC2Instance:*
      - Effect: Allow
        Action: ssm:GetParameter
        Resource: arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/*
`
    expect(inRole('resource-mismatch', statements)).toEqual([])
  })

  it('still flags an empty account where AWS owns no resources of the type', () => {
    const statements = `      - Effect: Allow
        Action: sqs:SendMessage
        Resource: arn:aws:sqs:us-east-1::jobs
`
    expect(inRole('resource-mismatch', statements)).toEqual([
      expect.stringMatching(
        /^14: inline policy P: statement 0: Resource "arn:aws:sqs:us-east-1::jobs" is no resource of sqs:SendMessage/
      )
    ])
  })
})

describe('duplicate-sid', () => {
  it('flags the second statement with a Sid already used in the same policy', () => {
    const statements = `      - Sid: Read
        Effect: Allow
        Action: s3:GetObject
        Resource: "*"
      - Sid: Read
        Effect: Allow
        Action: s3:ListBucket
        Resource: "*"
`
    expect(inRole('duplicate-sid', statements)).toEqual([
      '16: inline policy P: statement 1: Sid "Read" is already used by statement 0; IAM requires Sids to be unique within a policy, so rename one'
    ])
  })

  it('accepts the same Sid in two different policies', () => {
    const text = `${role('      - Sid: Read\n        Effect: Allow\n        Action: s3:GetObject\n        Resource: "*"\n')}  Q:
    Statement:
      - Sid: Read
        Effect: Allow
        Action: s3:ListBucket
        Resource: "*"
`
    expect(lines('duplicate-sid', { 'iam/r.yml': text })).toEqual([])
  })
})
