/**
 * `rolegate can ROLE ACTION RESOURCE --env ENV [--context K=V]...` (issue 15 item 2): the answer and
 * its reasons from runCan, then the CLI from source as a person runs it (exit codes, text, JSON).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { runCan, type CanOptions } from '../../src/commands/can.js'
import { UsageError } from '../../src/model/errors.js'
import { renderCanText } from '../../src/report/can.js'
import { cleanEnv, REPO_ROOT, type ProcessResult } from '../support/run-dist.js'
import { BASIC_CONFIG, tempProject } from '../support/temp-project.js'

const TRUST = `trust:
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
`

const TASK_ROLE = `kind: Role
name: task-role
${TRUST}policies:
  S3Access:
    Statement:
      - Sid: ReadResults
        Effect: Allow
        Action: [s3:GetObject, s3:ListBucket]
        Resource: ["arn:aws:s3:::demo-{environment}-results", "arn:aws:s3:::demo-{environment}-results/*"]
  Guard:
    Statement:
      - Sid: KeepResults
        Effect: Deny
        Action: s3:DeleteObject
        Resource: "*"
  Tagging:
    Statement:
      - Effect: Allow
        Action: ec2:CreateTags
        Resource: "*"
        Condition:
          ForAllValues:StringEquals: { "aws:TagKeys": [team, cost-center] }
`

const BOUNDED_ROLE = `kind: Role
name: bounded
${TRUST}permissionsBoundary: read-only-boundary
policies:
  Queue:
    Statement:
      - Effect: Allow
        Action: [sqs:SendMessage, sqs:ReceiveMessage]
        Resource: "*"
---
kind: ManagedPolicy
name: read-only-boundary
document:
  Statement:
    - Sid: OnlyReceive
      Effect: Allow
      Action: sqs:ReceiveMessage
      Resource: "*"
`

const FOREIGN_BOUNDARY_ROLE = `kind: Role
name: foreign
${TRUST}permissionsBoundary: "arn:aws:iam::{account}:policy/not-ours"
policies:
  Queue:
    Statement:
      - Effect: Allow
        Action: sqs:SendMessage
        Resource: "*"
`

const PROD_ONLY = `kind: Role
name: prod-only
environments: [prod, qa]
${TRUST}`

/** ABAC and a guardrail on keys AWS sets for every role session: the role's tags, ARN and account. */
const SESSION_KEYS_ROLE = `kind: Role
name: audit-r
${TRUST}tags: { team: data }
policies:
  P:
    Version: 2012-10-17
    Statement:
      - Sid: TeamHome
        Effect: Allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::home/\${aws:PrincipalTag/team}/*"
      - Sid: SameAccountOnly
        Effect: Allow
        Action: sqs:SendMessage
        Resource: "*"
        Condition: { StringEquals: { "aws:PrincipalAccount": "{account}" } }
      - Sid: Broad
        Effect: Allow
        Action: dynamodb:GetItem
        Resource: "*"
      - Sid: OnlyAuditRoles
        Effect: Deny
        Action: dynamodb:*
        Resource: "*"
        Condition: { ArnNotLike: { "aws:PrincipalArn": "arn:aws:iam::{account}:role/demo-*-audit-*" } }
`

/** A region lock: every request carries aws:RequestedRegion, so the question must say which. */
const REGION_LOCKED = `kind: Role
name: region-locked
${TRUST}policies:
  Work:
    Statement:
      - Effect: Allow
        Action: sqs:SendMessage
        Resource: "*"
  RegionLock:
    Statement:
      - Sid: HomeRegionOnly
        Effect: Deny
        NotAction: "iam:*"
        Resource: "*"
        Condition: { StringNotEquals: { "aws:RequestedRegion": "{region}" } }
`

const root = tempProject({
  'rolegate.yml': BASIC_CONFIG,
  'iam/region-locked.yml': REGION_LOCKED,
  'iam/audit-r.yml': SESSION_KEYS_ROLE,
  'iam/task-role.yml': TASK_ROLE,
  'iam/bounded.yml': BOUNDED_ROLE,
  'iam/foreign.yml': FOREIGN_BOUNDARY_ROLE,
  'iam/prod-only.yml': PROD_ONLY
})

function ask(request: Partial<CanOptions> & Pick<CanOptions, 'role' | 'action' | 'resource'>) {
  return runCan({
    configPath: path.join(root, 'rolegate.yml'),
    workspace: root,
    environment: 'dev',
    context: [],
    ...request
  })
}

async function usageError(request: Parameters<typeof ask>[0]): Promise<string> {
  const error: unknown = await ask(request).then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(UsageError)
  return (error as Error).message
}

const RESULT = 'arn:aws:s3:::demo-dev-results/runs/1.json'

/** The 1-based line of the first line of `text` that contains `marker`. */
function lineOf(text: string, marker: string): number {
  return text.split('\n').findIndex(line => line.includes(marker)) + 1
}

describe('runCan: decisions and why', () => {
  it('allowed: the identity Allow that decided, with its file and line', async () => {
    const outcome = await ask({ role: 'task-role', action: 's3:getobject', resource: RESULT })
    expect(outcome).toMatchObject({
      decision: 'allow',
      reason: 'allowed',
      environment: 'dev',
      role: { name: 'task-role', physicalName: 'demo-dev-task-role' },
      request: { action: 's3:GetObject', resource: RESULT, context: [] }
    })
    expect(outcome.statements).toEqual([
      expect.objectContaining({
        policy: 'S3Access',
        policyKind: 'inline',
        sid: 'ReadResults',
        effect: 'Allow',
        location: expect.objectContaining({
          file: 'iam/task-role.yml',
          line: lineOf(TASK_ROLE, 'Sid: ReadResults')
        })
      })
    ])
    expect(outcome.notes.join(' ')).toMatch(/service control policies \(SCPs\).*resource-based policies/)
    const text = renderCanText(outcome)
    expect(text).toMatch(
      /^task-role \(demo-dev-task-role\) in dev: ALLOWED\n {2}s3:GetObject on arn:aws:s3:::demo-dev-results\/runs\/1\.json\n/
    )
    expect(text).toContain(
      `  + Allow by inline policy S3Access, statement 0 (Sid ReadResults) at iam/task-role.yml:${lineOf(TASK_ROLE, 'Sid: ReadResults')}`
    )
    expect(text).toContain('(the role has no permissions boundary)')
  })

  it("a resource of another account or partition: the notes say the role's policies are not the whole answer", async () => {
    const own = await ask({
      role: 'bounded',
      action: 'sqs:SendMessage',
      resource: 'arn:aws:sqs:us-east-1:111111111111:q'
    })
    expect(own.notes.join(' ')).not.toMatch(/The resource is in/)
    const other = await ask({
      role: 'bounded',
      action: 'sqs:SendMessage',
      resource: 'arn:aws:sqs:us-east-1:999999999999:q'
    })
    expect(other.notes).toContain(
      "The resource is in account 999999999999, the role in 111111111111: AWS allows such a request only if the resource's own policy (or that account's) allows it too, which RoleGate does not read."
    )
    const china = await ask({
      role: 'bounded',
      action: 'sqs:SendMessage',
      resource: 'arn:aws-cn:sqs:cn-north-1:111111111111:q'
    })
    expect(china.notes).toContain(
      'The resource is in partition aws-cn and the role in aws: no request of this role can reach it, whatever its policies allow.'
    )
  })

  it('explicit deny: the Deny statement, whatever allows', async () => {
    const outcome = await ask({ role: 'task-role', action: 's3:DeleteObject', resource: RESULT })
    expect(outcome).toMatchObject({ decision: 'deny', reason: 'explicit-deny' })
    expect(
      outcome.statements.map(statement => [statement.policy, statement.sid, statement.location?.line])
    ).toEqual([['Guard', 'KeepResults', lineOf(TASK_ROLE, 'Sid: KeepResults')]])
    expect(renderCanText(outcome)).toContain('Deny statements that match:\n  - Deny by inline policy Guard')
  })

  it('implicit deny: another environment’s bucket is not this role’s', async () => {
    const outcome = await ask({
      role: 'task-role',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::demo-prod-results/x'
    })
    expect(outcome).toMatchObject({ decision: 'deny', reason: 'implicit-deny', statements: [] })
  })

  it('boundary: the identity policy allows, the boundary (a kind: ManagedPolicy) does not', async () => {
    const send = await ask({
      role: 'bounded',
      action: 'sqs:SendMessage',
      resource: 'arn:aws:sqs:us-east-1:111111111111:q'
    })
    expect(send).toMatchObject({
      decision: 'deny',
      reason: 'boundary',
      boundary: { arn: 'arn:aws:iam::111111111111:policy/demo-dev-read-only-boundary', decision: 'deny' }
    })
    const receive = await ask({
      role: 'bounded',
      action: 'sqs:ReceiveMessage',
      resource: 'arn:aws:sqs:us-east-1:111111111111:q'
    })
    expect(receive).toMatchObject({ decision: 'allow', boundary: { decision: 'allow' } })
    expect(receive.boundary?.statements.map(statement => statement.sid)).toEqual(['OnlyReceive'])
  })

  it('boundary over an unreadable attached policy: the why does not claim an identity policy allows it', async () => {
    const workspace = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/bounded.yml': BOUNDED_ROLE.replace(
        /policies:\n {2}Queue:[\s\S]*?\n---/,
        'managedPolicies: ["arn:aws:iam::{account}:policy/not-ours"]\n---'
      )
    })
    const outcome = await runCan({
      configPath: path.join(workspace, 'rolegate.yml'),
      workspace,
      environment: 'dev',
      role: 'bounded',
      action: 'sqs:SendMessage',
      resource: '*',
      context: []
    })
    expect(outcome).toMatchObject({ decision: 'deny', reason: 'boundary', statements: [] })
    const text = renderCanText(outcome)
    expect(text).not.toContain('an identity policy allows it')
    expect(text).toContain(
      'Why: denied by the permissions boundary: it does not allow this, so whatever the attached policies RoleGate cannot read allow (see the notes), the role may not do it.'
    )
    expect(text).toContain('RoleGate cannot read arn:aws:iam::111111111111:policy/not-ours')
  })

  it('unknown: a boundary RoleGate cannot read gives no answer, and says which', async () => {
    const outcome = await ask({ role: 'foreign', action: 'sqs:SendMessage', resource: '*' })
    expect(outcome).toMatchObject({ decision: 'unknown', reason: 'unknown' })
    expect(outcome.notes.join(' ')).toContain('arn:aws:iam::111111111111:policy/not-ours')
    expect(renderCanText(outcome)).toContain('in dev: UNKNOWN')
  })

  it('a repeated --context key is multi-valued (ForAllValues), keys case-insensitive', async () => {
    const resource = 'arn:aws:ec2:us-east-1:111111111111:instance/i-1'
    const allowed = await ask({
      role: 'task-role',
      action: 'ec2:CreateTags',
      resource,
      context: ['aws:TagKeys=team', 'AWS:tagkeys=cost-center']
    })
    expect(allowed.decision).toBe('allow')
    expect(allowed.request.context).toEqual([{ key: 'aws:TagKeys', values: ['team', 'cost-center'] }])
    const denied = await ask({
      role: 'task-role',
      action: 'ec2:CreateTags',
      resource,
      context: ['aws:TagKeys=team', 'aws:TagKeys=owner']
    })
    expect(denied).toMatchObject({ decision: 'deny', reason: 'implicit-deny' })
  })

  it('--context "KEY = VALUE" spaced like an assignment reads as KEY=VALUE; "KEY= v" keeps its space', async () => {
    const resource = 'arn:aws:ec2:us-east-1:111111111111:instance/i-1'
    const spaced = await ask({
      role: 'task-role',
      action: 'ec2:CreateTags',
      resource,
      context: ['aws:TagKeys = team ']
    })
    // Before, the value was " team", which no policy names: denied.
    expect(spaced.request.context).toEqual([{ key: 'aws:TagKeys', values: ['team'] }])
    expect(spaced.decision).toBe('allow')
    const kept = await ask({
      role: 'task-role',
      action: 'ec2:CreateTags',
      resource,
      context: ['aws:TagKeys= team']
    })
    expect(kept.request.context).toEqual([{ key: 'aws:TagKeys', values: [' team'] }])
    expect(kept.decision).toBe('deny')
  })

  it('a --context key AWS does not document is named in the notes, with a did-you-mean', async () => {
    const typo = await ask({
      role: 'task-role',
      action: 's3:GetObject',
      resource: RESULT,
      context: ['aws:SourceVcp=vpc-1', 'aws:SourceVpc=vpc-2', 'aws:PrincipalTag/team=data']
    })
    const notes = typo.notes.filter(note => note.startsWith('--context key'))
    expect(notes).toEqual([
      '--context key "aws:SourceVcp" is not a condition key AWS documents (did you mean "aws:SourceVpc"?): AWS never sends it, so a condition on the key meant does not see this value, as if it were absent'
    ])
    expect(renderCanText(typo)).toContain(
      '--context key "aws:SourceVcp" is not a condition key AWS documents'
    )
  })

  it('keys AWS sets for every role session come from the role: its tags, ARN, account; --context replaces them', async () => {
    const answer = (action: string, resource: string, context: string[] = []) =>
      ask({ role: 'audit-r', action, resource, context }).then(result => result.decision)
    expect(await answer('s3:GetObject', 'arn:aws:s3:::home/data/report.csv')).toBe('allow')
    expect(await answer('s3:GetObject', 'arn:aws:s3:::home/web/report.csv')).toBe('deny')
    expect(await answer('sqs:SendMessage', 'arn:aws:sqs:us-east-1:111111111111:q')).toBe('allow')
    // The Deny's ArnNotLike is false for this role's own ARN, so the Allow stands.
    expect(await answer('dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:111111111111:table/t')).toBe('allow')
    // A session tag replaces the role's tag of the same key, as in AWS.
    expect(
      await answer('s3:GetObject', 'arn:aws:s3:::home/web/report.csv', ['aws:PrincipalTag/team=web'])
    ).toBe('allow')
    expect(
      await answer('dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:111111111111:table/t', [
        'aws:PrincipalArn=arn:aws:iam::111111111111:role/someone-else'
      ])
    ).toBe('deny')
  })

  it("the ownership tag in the session is the value deploy writes ($GITHUB_REPOSITORY), and the answer lists the session's keys", async () => {
    const saved = process.env.GITHUB_REPOSITORY
    process.env.GITHUB_REPOSITORY = 'acme/shop'
    try {
      const result = await ask({
        role: 'audit-r',
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::home/data/x'
      })
      expect(result.request.session).toEqual(
        expect.arrayContaining([
          { key: 'aws:PrincipalArn', values: ['arn:aws:iam::111111111111:role/demo-dev-audit-r'] },
          { key: 'aws:PrincipalIsAWSService', values: ['false'] },
          { key: 'aws:PrincipalTag/team', values: ['data'] },
          { key: 'aws:PrincipalTag/rolegate:managed-by', values: ['acme/shop'] }
        ])
      )
    } finally {
      if (saved === undefined) delete process.env.GITHUB_REPOSITORY
      else process.env.GITHUB_REPOSITORY = saved
    }
  })

  it('tag values and Sids print as one line each: no workflow command, no terminal escape', async () => {
    const hostile = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/t.yml': `kind: Role
name: t
${TRUST}tags: { Team: "x\\n::error file=iam/t.yml,line=1::forged" }
policies:
  P:
    Statement:
      - Sid: "A\\n::warning::forged \\e[2K"
        Effect: Allow
        Action: s3:GetObject
        Resource: "*"
`
    })
    const outcome = await runCan({
      configPath: path.join(hostile, 'rolegate.yml'),
      workspace: hostile,
      environment: 'dev',
      role: 't',
      action: 's3:GetObject',
      resource: RESULT,
      context: []
    })
    const text = renderCanText(outcome)
    expect(text).toContain('Team = x ⏎ ::error file=iam/t.yml,line=1::forged')
    expect(text).not.toMatch(/^\s*::/m)
    expect(text).not.toContain('\u001b')
    expect(text).toContain('\\x1b[2K')
  })

  it('the physical name works as well as the logical one, and so does the role ARN', async () => {
    const outcome = await ask({ role: 'demo-dev-task-role', action: 's3:GetObject', resource: RESULT })
    expect(outcome.role.name).toBe('task-role')
    const byArn = await ask({
      role: 'arn:aws:iam::111111111111:role/demo-dev-task-role',
      action: 's3:GetObject',
      resource: RESULT
    })
    expect(byArn.role.name).toBe('task-role')
  })
})

describe('runCan: what it refuses, and what to type instead', () => {
  it('an unknown role, environment or action gets a did-you-mean', async () => {
    expect(await usageError({ role: 'task-rol', action: 's3:GetObject', resource: RESULT })).toBe(
      'role "task-rol" is not defined in dev (did you mean "task-role"?); roles in dev: audit-r, bounded, foreign, region-locked, task-role'
    )
    expect(
      await usageError({ role: 'task-role', action: 's3:GetObject', resource: RESULT, environment: 'prd' })
    ).toMatch(
      /^environment "prd" is not defined in rolegate\.yml \(did you mean "prod"\?\); known: dev, prod$/
    )
    expect(await usageError({ role: 'task-role', action: 's3:GetObjekt', resource: RESULT })).toMatch(
      /^unknown action "s3:GetObjekt" \(did you mean "s3:GetObject"\?\)/
    )
    // The service itself is unknown: say that, not only that the action is.
    expect(await usageError({ role: 'task-role', action: 'foo:Bar', resource: RESULT })).toMatch(
      /^unknown action "foo:Bar" \("foo" is not an AWS service prefix\)/
    )
  })

  it('empty arguments are reported in the order they are written: ROLE first', async () => {
    expect(await usageError({ role: '', action: '', resource: '' })).toBe(
      'ROLE is empty: name the role by its logical name (name: in its definition), its IAM name or its ARN'
    )
    expect(await usageError({ role: 'task-role', action: '', resource: '' })).toMatch(/^unknown action ""/)
  })

  it('a role of other environments says which, offering only those rolegate.yml defines', async () => {
    // qa is listed but not in rolegate.yml: --env qa would be a usage error of its own.
    expect(await usageError({ role: 'prod-only', action: 's3:GetObject', resource: '*' })).toBe(
      'role "prod-only" is not deployed to dev (its environments: prod, qa); pass --env with prod'
    )
  })

  it('a physical name of another environment says whose name it is there', async () => {
    expect(await usageError({ role: 'demo-prod-task-role', action: 's3:GetObject', resource: RESULT })).toBe(
      'role "demo-prod-task-role" is the name of task-role in prod, not in dev: ask for task-role (in dev: demo-dev-task-role), or pass --env prod'
    )
    const arn = 'arn:aws:iam::333333333333:role/demo-prod-task-role'
    expect(await usageError({ role: arn, action: 's3:GetObject', resource: RESULT })).toBe(
      `role "${arn}" is the ARN of task-role in prod, not in dev: ask for task-role (in dev: demo-dev-task-role), or pass --env prod`
    )
  })

  it('a wildcard action, a resource that is no ARN, a context without =', async () => {
    expect(await usageError({ role: 'task-role', action: 's3:Get*', resource: RESULT })).toMatch(
      /^ACTION must be one action, not a pattern: "s3:Get\*" has a wildcard/
    )
    expect(await usageError({ role: 'task-role', action: 's3:GetObject', resource: 'demo-results' })).toMatch(
      /^RESOURCE "demo-results" is not an ARN: must be "\*" or start with "arn:"/
    )
    expect(
      await usageError({
        role: 'task-role',
        action: 's3:GetObject',
        resource: RESULT,
        context: ['aws:SourceVpc']
      })
    ).toMatch(/^--context "aws:SourceVpc" is not KEY=VALUE/)
  })

  it('a role that does not render completely (unknown variable, unresolved managed policy): no answer', async () => {
    const incomplete = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/app.yml': `kind: Role\nname: app\n${TRUST}managedPolicies: [missing-policy]\npolicies:\n  P:\n    Statement:\n      - Effect: Allow\n        Action: s3:GetObject\n        Resource: "arn:aws:s3:::{bucket}/*"\n`
    })
    const error: unknown = await runCan({
      configPath: path.join(incomplete, 'rolegate.yml'),
      workspace: incomplete,
      environment: 'dev',
      role: 'app',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::x/y',
      context: []
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UsageError)
    const message = (error as Error).message
    expect(message).toMatch(/^cannot answer for app in dev: its definition does not render completely:\n/)
    expect(message).toContain('iam/app.yml:8:19  unknown-reference  managed policy "missing-policy"')
    expect(message).toContain('  unknown-variable  unknown variable {bucket} in environment dev')
  })

  it('a misspelt boundary name is an error at its line, not an "unknown" answer', async () => {
    const typo = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/bounded.yml': BOUNDED_ROLE.replace(
        'permissionsBoundary: read-only-boundary',
        'permissionsBoundary: read-only-boundry'
      )
    })
    const error: unknown = await runCan({
      configPath: path.join(typo, 'rolegate.yml'),
      workspace: typo,
      environment: 'dev',
      role: 'bounded',
      action: 'sqs:ReceiveMessage',
      resource: '*',
      context: []
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toContain(
      'iam/bounded.yml:8:1  unknown-reference  permissions boundary "read-only-boundry" is neither an ARN nor a kind: ManagedPolicy defined for environment dev (did you mean "read-only-boundary"?)'
    )
  })

  it('a definition file that does not load: no answer, the file and line instead', async () => {
    const broken = tempProject({
      'rolegate.yml': BASIC_CONFIG,
      'iam/task-role.yml': TASK_ROLE,
      'iam/other.yml': 'kind: Role\nname: other\npolices: {}\n'
    })
    const error: unknown = await runCan({
      configPath: path.join(broken, 'rolegate.yml'),
      workspace: broken,
      environment: 'dev',
      role: 'task-role',
      action: 's3:GetObject',
      resource: RESULT,
      context: []
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UsageError)
    const message = (error as Error).message
    expect(message).toMatch(/^cannot answer: .* not load, so the role's policies are not known:\n/)
    expect(message).toContain('\n  iam/other.yml:3:1  schema  ')
    expect(message).toMatch(/\nfix (it|them) \("rolegate validate" lists every problem\) and ask again$/)
  })
})

function runSource(args: string[]): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    // From the repository (where tsx is installed), the temp project named by --config.
    const config = ['--config', path.join(root, 'rolegate.yml')]
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args, ...config], {
      cwd: REPO_ROOT,
      env: cleanEnv()
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

describe('rolegate can (the CLI from source)', () => {
  it('exit 0 allowed, 1 denied, 2 unknown; --format json is the documented shape', async () => {
    const allowed = await runSource(['can', 'task-role', 's3:GetObject', RESULT, '--env', 'dev'])
    expect([allowed.code, allowed.stderr]).toEqual([0, ''])
    expect(allowed.stdout).toContain('in dev: ALLOWED')

    const denied = await runSource([
      'can',
      'task-role',
      's3:DeleteObject',
      RESULT,
      '--env',
      'dev',
      '--format',
      'json'
    ])
    expect(denied.code).toBe(1)
    const json = JSON.parse(denied.stdout) as Record<string, unknown>
    expect(Object.keys(json).sort()).toEqual(
      [
        'schemaVersion',
        'command',
        'environment',
        'role',
        'request',
        'decision',
        'reason',
        'statements',
        'notes'
      ].sort()
    )
    expect(json).toMatchObject({
      schemaVersion: 1,
      command: 'can',
      decision: 'deny',
      reason: 'explicit-deny'
    })

    const unknown = await runSource([
      'can',
      'foreign',
      'sqs:SendMessage',
      '*',
      '--env',
      'dev',
      '--format',
      'json'
    ])
    expect(unknown.code).toBe(2)
    expect(JSON.parse(unknown.stdout)).toMatchObject({
      decision: 'unknown',
      boundary: { decision: 'unknown' }
    })
  }, 60_000)

  it('a region lock: unknown (exit 2) until --context gives the region, then allowed or denied', async () => {
    const queue = 'arn:aws:sqs:us-east-1:111111111111:jobs'
    const unsaid = await runSource(['can', 'region-locked', 'sqs:SendMessage', queue, '--env', 'dev'])
    expect(unsaid.code).toBe(2)
    expect(unsaid.stdout).toContain('in dev: UNKNOWN')
    expect(unsaid.stdout).toContain(
      'Why: unknown: the answer depends on aws:RequestedRegion, which requests of the role carry but this question does not give (see the notes); it counts as not allowed (exit 2). Ask again with --context aws:RequestedRegion=VALUE.'
    )
    expect(unsaid.stdout).toContain('Statements that apply for some values of aws:RequestedRegion:')
    expect(unsaid.stdout).toContain(
      `  - Deny by inline policy RegionLock, statement 0 (Sid HomeRegionOnly) at iam/region-locked.yml:${lineOf(REGION_LOCKED, 'Sid: HomeRegionOnly')}`
    )
    const home = await runSource([
      'can',
      'region-locked',
      'sqs:SendMessage',
      queue,
      '--env',
      'dev',
      '--context',
      'aws:RequestedRegion=us-east-1',
      '--format',
      'json'
    ])
    expect(home.code).toBe(0)
    expect(JSON.parse(home.stdout)).toMatchObject({ decision: 'allow', reason: 'allowed' })
    const away = await runSource([
      'can',
      'region-locked',
      'sqs:SendMessage',
      queue,
      '--env',
      'dev',
      '--context',
      'aws:RequestedRegion=eu-west-1'
    ])
    expect([away.code, away.stdout]).toEqual([1, expect.stringContaining('in dev: DENIED')])
  }, 60_000)

  it('usage errors exit 2 with the message on stderr; --env is required', async () => {
    const typo = await runSource(['can', 'task-role', 's3:GetObjekt', RESULT, '--env', 'dev'])
    expect(typo.code).toBe(2)
    expect(typo.stdout).toBe('')
    expect(typo.stderr).toContain('rolegate: unknown action "s3:GetObjekt" (did you mean "s3:GetObject"?)')
    const noEnv = await runSource(['can', 'task-role', 's3:GetObject', RESULT])
    expect(noEnv.code).toBe(2)
    expect(noEnv.stderr).toContain('--env is required for can')
  }, 60_000)
})
