/**
 * The seed examples keep questionable parts on purpose (each examples/<name>/README.md lists them).
 * Every one of them must be flagged by the right rule at the right line, and the grammar and
 * least-privilege rules must raise nothing else on them.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyze, type Analysis } from '../../src/commands/analyze.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The rules of this family (grammar, least privilege); trust and quota rules are tested elsewhere. */
const RULES = new Set([
  'unknown-service',
  'unknown-action',
  'invalid-condition-operator',
  'unknown-condition-key',
  'invalid-arn',
  'resource-mismatch',
  'duplicate-sid',
  'wildcard-action',
  'service-wildcard',
  'resource-wildcard-write',
  'not-action-allow',
  'not-resource-allow',
  'pass-role-unscoped',
  'privilege-escalation',
  'credentials-exposure',
  'data-exfiltration',
  'admin-managed-policy'
])

const analyses = new Map<string, Analysis>()

async function example(name: string): Promise<Analysis> {
  let analysis = analyses.get(name)
  if (!analysis) {
    analysis = await analyze({ configPath: `examples/${name}/rolegate.yml`, workspace: ROOT })
    analyses.set(name, analysis)
  }
  return analysis
}

/** `file:line rule` for each distinct active finding of this family, with `(suppressed)` when it is. */
async function flagged(name: string): Promise<string[]> {
  const { findings } = await example(name)
  const lines = findings
    .filter(finding => RULES.has(finding.rule))
    .map(
      finding => `${finding.file}:${finding.line} ${finding.rule}${finding.suppressed ? ' (suppressed)' : ''}`
    )
  return [...new Set(lines)].sort()
}

async function messages(name: string, rule: string, file: string, line: number): Promise<string[]> {
  const { findings } = await example(name)
  return findings
    .filter(finding => finding.rule === rule && finding.file === file && finding.line === line)
    .map(finding => finding.message)
}

describe('examples/aimodelshare', () => {
  const dir = 'examples/aimodelshare/iam'

  it('flags exactly the questionable parts its README lists', async () => {
    expect(await flagged('aimodelshare')).toEqual(
      [
        // api-lambda.yml: logs:* (line 30) and the old s3:* (line 34) on "*".
        `${dir}/api-lambda.yml:30 service-wildcard`,
        `${dir}/api-lambda.yml:31 resource-wildcard-write`,
        `${dir}/api-lambda.yml:34 data-exfiltration`,
        `${dir}/api-lambda.yml:34 service-wildcard`,
        `${dir}/api-lambda.yml:35 resource-wildcard-write`,
        // apigw-invoke.yml: lambda:InvokeFunction on "*".
        `${dir}/apigw-invoke.yml:34 resource-wildcard-write`,
        // codebuild.yml: log writes (29), report writes (47), ecr:* (60), PassRole on "*" (65).
        `${dir}/codebuild.yml:35 resource-wildcard-write`,
        `${dir}/codebuild.yml:55 resource-wildcard-write`,
        `${dir}/codebuild.yml:60 service-wildcard`,
        `${dir}/codebuild.yml:61 resource-wildcard-write`,
        `${dir}/codebuild.yml:66 pass-role-unscoped`,
        // execution-role.yml: AdministratorAccess, and what it lets the role do.
        `${dir}/execution-role.yml:19 admin-managed-policy`,
        `${dir}/execution-role.yml:19 privilege-escalation`,
        // lambda-exec.yml: logs:* on "*".
        `${dir}/lambda-exec.yml:37 service-wildcard`,
        `${dir}/lambda-exec.yml:38 resource-wildcard-write`
      ].sort()
    )
  })

  it('says why, naming the action, the policy and the fix', async () => {
    expect(await messages('aimodelshare', 'service-wildcard', `${dir}/api-lambda.yml`, 34)).toEqual([
      expect.stringMatching(
        /^managed policy api-lambda-policy: statement "S3": "s3:\*" allows all \d+ actions of Amazon S3/
      )
    ])
    expect(await messages('aimodelshare', 'data-exfiltration', `${dir}/api-lambda.yml`, 34)).toEqual([
      expect.stringContaining('s3:GetObject (any object of any bucket)')
    ])
    expect(await messages('aimodelshare', 'admin-managed-policy', `${dir}/execution-role.yml`, 19)).toEqual([
      'role execution-role attaches the AWS managed policy AdministratorAccess, which allows every action on every resource; attach (or write) a policy with only the actions the role needs'
    ])
    expect(await messages('aimodelshare', 'privilege-escalation', `${dir}/execution-role.yml`, 19)).toEqual([
      expect.stringMatching(
        /^role execution-role: \d+ privilege-escalation paths .* all from AWS managed policy AdministratorAccess: "create-policy-version" \(iam:CreatePolicyVersion\)/
      )
    ])
    expect(await messages('aimodelshare', 'pass-role-unscoped', `${dir}/codebuild.yml`, 66)).toEqual([
      expect.stringMatching(
        /^managed policy codebuild-policy: statement "PassLambdaRoles": iam:PassRole on Resource "\*" lets the role hand any role/
      )
    ])
  })
})

describe('examples/lakerunner', () => {
  const dir = 'examples/lakerunner/iam'

  it('flags exactly the questionable parts its README lists, and nothing in the MSK policy', async () => {
    expect(await flagged('lakerunner')).toEqual(
      [
        // ecs:UpdateService (30), scaling writes (42) and log writes (51) on "*".
        `${dir}/ecs/query-task-role.yml:37 resource-wildcard-write`,
        `${dir}/ecs/query-task-role.yml:49 resource-wildcard-write`,
        `${dir}/ecs/query-task-role.yml:58 resource-wildcard-write`,
        // kms:Decrypt on "*" with only kms:ViaService, not suppressed here.
        `${dir}/ecs/execution-role.yml:42 resource-wildcard-write`,
        // RunTask/StopTask on "*" (20) and PassRole without iam:PassedToService (28).
        `${dir}/lambda/migration-lambda-role.yml:26 resource-wildcard-write`,
        `${dir}/lambda/migration-lambda-role.yml:31 pass-role-unscoped`
      ].sort()
    )
  })

  it('names the conditions that narrow but do not scope', async () => {
    expect(
      await messages('lakerunner', 'resource-wildcard-write', `${dir}/ecs/query-task-role.yml`, 37)
    ).toEqual([expect.stringContaining('ecs:UpdateService; list the ARNs instead')])
    expect(
      await messages('lakerunner', 'pass-role-unscoped', `${dir}/lambda/migration-lambda-role.yml`, 31)
    ).toEqual([expect.stringContaining('iam:PassRole without an iam:PassedToService condition')])
  })
})

describe('examples/llm-models', () => {
  const dir = 'examples/llm-models/iam'

  it('flags the Bedrock statement: an action that supports only "*", and ARNs with an account', async () => {
    expect(await flagged('llm-models')).toEqual([
      `${dir}/task-role.yml:52 resource-mismatch`,
      `${dir}/task-role.yml:54 resource-mismatch`,
      `${dir}/task-role.yml:55 resource-mismatch`,
      `${dir}/task-role.yml:56 resource-mismatch`
    ])
    expect(await messages('llm-models', 'resource-mismatch', `${dir}/task-role.yml`, 52)).toEqual([
      expect.stringContaining('bedrock:ListFoundationModels supports only Resource "*"')
    ])
    const arns = await messages('llm-models', 'resource-mismatch', `${dir}/task-role.yml`, 54)
    // The account differs per environment: one finding, the account shown as <account>.
    expect(arns).toHaveLength(1)
    expect(arns[0]).toContain('foundation-model ARNs have no account')
  })

  it('does not flag ecr:GetAuthorizationToken as credentials exposure (every ECS execution role needs it)', async () => {
    expect(
      (await example('llm-models')).findings.filter(finding => finding.rule === 'credentials-exposure')
    ).toEqual([])
  })
})

describe('examples/pulumi-service', () => {
  const dir = 'examples/pulumi-service/iam'

  it('flags the two batch API names, the log writes, and lists the suppressed KMS finding', async () => {
    expect(await flagged('pulumi-service')).toEqual(
      [
        `${dir}/execution-role.yml:58 resource-wildcard-write (suppressed)`,
        `${dir}/task-common-policy.yml:25 resource-wildcard-write`,
        `${dir}/workers-task-role.yml:41 unknown-action`,
        `${dir}/workers-task-role.yml:45 unknown-action`
      ].sort()
    )
    expect(await messages('pulumi-service', 'unknown-action', `${dir}/workers-task-role.yml`, 41)).toEqual([
      'managed policy workers-task-policy: statement "ConsumeQueues": "sqs:DeleteMessageBatch" is an API operation, not an IAM action: Amazon SQS authorizes it with sqs:DeleteMessage, so list that instead'
    ])
    const { suppressions } = await example('pulumi-service')
    expect(suppressions).toContainEqual(
      expect.objectContaining({ rule: 'resource-wildcard-write', role: 'secrets-access-policy', count: 1 })
    )
  })
})

describe('the examples’ expect: assertions (access-assertion)', () => {
  it.each(['llm-models', 'lakerunner', 'aimodelshare', 'pulumi-service'])(
    '%s: every role that states its intent has it, in every environment',
    async name => {
      const { findings, state } = await example(name)
      expect(findings.filter(finding => finding.rule === 'access-assertion').map(f => f.message)).toEqual([])
      // The assertions were checked, not skipped: each environment has roles with some.
      for (const environment of Object.values(state.environments)) {
        const asserted = environment.roles.filter(role => (role.expect ?? []).length > 0)
        expect(asserted.length).toBeGreaterThanOrEqual(2)
      }
    }
  )
})
