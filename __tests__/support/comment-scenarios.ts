/**
 * Pull requests a reviewer meets, as base and head file sets: the comment tests and
 * scripts/comment-screenshots.ts render the same ones. The base is examples/llm-models.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runDiff, type DiffOutcome } from '../../src/commands/diff.js'
import { renderChangeMarkdown } from '../../src/report/change-markdown.js'
import type { Links } from '../../src/report/markdown.js'
import type { FailOn } from '../../src/report/report.js'
import { gitWorkspace } from './git-workspace.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const example = (file: string) => readFileSync(path.join(root, 'examples/llm-models', file), 'utf8')

export interface Scenario {
  name: string
  title: string
  base: Record<string, string>
  head: Record<string, string>
}

export function llmModels(): Record<string, string> {
  return {
    'rolegate.yml': example('rolegate.yml'),
    'iam/task-role.yml': example('iam/task-role.yml'),
    'iam/execution-role.yml': example('iam/execution-role.yml')
  }
}

function edit(files: Record<string, string>, file: string, from: string, to: string): Record<string, string> {
  const text = files[file]
  if (!text.includes(from)) throw new Error(`scenario: ${file} has no ${JSON.stringify(from)}`)
  return { ...files, [file]: text.replace(from, to) }
}

const READER_ROLE = `kind: Role
name: reader-role
description: Read-only access to the results bucket
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }
policies:
  Read:
    Statement:
      - Effect: Allow
        Action: s3:GetObject
        Resource: "arn:aws:s3:::{project}-{environment}-results/*"
`

/** The demo's PR: the task role gets `s3:*`, a reader role is added. */
export function broadening(): Scenario {
  const base = llmModels()
  const head = {
    ...edit(base, 'iam/task-role.yml', '- s3:DeleteObject', '- s3:DeleteObject\n          - s3:*'),
    'iam/reader-role.yml': READER_ROLE
  }
  return { name: 'broadening', title: 'The demo’s broadening PR', base, head }
}

export function narrowing(): Scenario {
  const base = llmModels()
  let head = edit(base, 'iam/task-role.yml', '          - s3:DeleteObject\n', '')
  head = edit(head, 'iam/task-role.yml', '          - sqs:DeleteMessage\n', '')
  // The role's intent changes with it: its expect: entry no longer asks for s3:DeleteObject.
  head = edit(
    head,
    'iam/task-role.yml',
    '- allow: [s3:GetObject, s3:PutObject, s3:DeleteObject]',
    '- allow: [s3:GetObject, s3:PutObject]'
  )
  return { name: 'narrowing', title: 'A narrowing PR', base, head }
}

export function neutralSplit(): Scenario {
  const base = llmModels()
  const head = edit(
    base,
    'iam/task-role.yml',
    `          - s3:GetObject
          - s3:PutObject
          - s3:DeleteObject
        Resource: "arn:{partition}:s3:::{project}-{environment}-results/*"`,
    `          - s3:GetObject
        Resource: "arn:{partition}:s3:::{project}-{environment}-results/*"
      - Effect: Allow
        Action: [s3:PutObject, s3:DeleteObject]
        Resource: "arn:{partition}:s3:::{project}-{environment}-results/*"`
  )
  return { name: 'neutral-split', title: 'A statement split in two (no effective change)', base, head }
}

export function crossAccountTrust(): Scenario {
  const base = llmModels()
  const head = edit(
    base,
    'iam/task-role.yml',
    `          aws:SourceAccount: "{account}"
policies:`,
    `          aws:SourceAccount: "{account}"
    - Effect: Allow
      Principal:
        AWS: "arn:aws:iam::999999999999:root"
      Action: sts:AssumeRole
policies:`
  )
  return { name: 'cross-account-trust', title: 'A trust change adding a cross-account principal', base, head }
}

export function boundaryRemoval(): Scenario {
  const base = llmModels()
  const head = edit(base, 'iam/task-role.yml', 'adopt: true\n', 'adopt: true\npermissionsBoundary: null\n')
  return { name: 'boundary-removal', title: 'A permissions boundary removed', base, head }
}

/**
 * The llm-models boundary (`rolegate-boundary`, every role's default) defined in the repository:
 * the services the workloads use, never IAM administration.
 */
export const LLM_BOUNDARY = `kind: ManagedPolicy
name: boundary
policyName: rolegate-boundary
description: Permissions boundary of every llm-models role
document:
  Version: "2012-10-17"
  Statement:
    - Sid: Workloads
      Effect: Allow
      Action: [s3:*, sqs:*, bedrock:*, cloudwatch:*, ecr:*, logs:*]
      Resource: "*"
    - Sid: NoIamAdministration
      Effect: Deny
      Action: [iam:*, organizations:*, account:*]
      Resource: "*"
`

/**
 * With the boundary in the repository, the task role gains DynamoDB access and iam:PassRole (both
 * blocked by the boundary) and s3:GetObjectVersion (reachable).
 */
export function boundaryBlocked(): Scenario {
  const base = { ...llmModels(), 'iam/boundary.yml': LLM_BOUNDARY }
  const head = edit(
    edit(
      base,
      'iam/task-role.yml',
      '          - s3:DeleteObject\n',
      '          - s3:DeleteObject\n          - s3:GetObjectVersion\n'
    ),
    'iam/task-role.yml',
    '  SQSAccess:\n',
    `      - Effect: Allow
        Action: [dynamodb:GetItem, dynamodb:PutItem]
        Resource: "arn:{partition}:dynamodb:{region}:{account}:table/{project}-{environment}-runs"
      - Effect: Allow
        Action: iam:PassRole
        Resource: "arn:{partition}:iam::{account}:role/{project}-{environment}-worker"
        Condition:
          StringEquals:
            iam:PassedToService: ecs-tasks.amazonaws.com
  SQSAccess:
`
  )
  return {
    name: 'boundary-blocked',
    title: 'Grants the permissions boundary blocks',
    base,
    head
  }
}

/**
 * The task role asserts (examples/llm-models) that no environment touches another's results; the
 * PR "simplifies" its S3 resource to every environment's bucket, and those assertions flip.
 */
export function assertionFlip(): Scenario {
  const base = llmModels()
  if (!base['iam/task-role.yml'].includes('\nexpect:\n'))
    throw new Error('scenario: examples/llm-models/iam/task-role.yml has no expect: assertions')
  const head = edit(
    base,
    'iam/task-role.yml',
    '        Resource: "arn:{partition}:s3:::{project}-{environment}-results/*"',
    '        Resource: "arn:{partition}:s3:::{project}-*-results/*"'
  )
  return { name: 'assertion-flip', title: 'An assertion the change breaks', base, head }
}

/**
 * The PR adds a region lock (a Deny unless aws:RequestedRegion is the environment's region): the
 * task role's allow assertions can no longer be told without the region, and say so.
 */
export function regionLock(): Scenario {
  const base = llmModels()
  const head = edit(
    base,
    'iam/task-role.yml',
    'policies:\n  S3Access:',
    [
      'policies:',
      '  RegionLock:',
      '    Version: "2012-10-17"',
      '    Statement:',
      '      - Sid: HomeRegionOnly',
      '        Effect: Deny',
      '        NotAction: "iam:*"',
      '        Resource: "*"',
      '        Condition: { StringNotEquals: { "aws:RequestedRegion": "{region}" } }',
      '  S3Access:'
    ].join('\n')
  )
  return { name: 'region-lock', title: 'A region lock the assertions do not name a region for', base, head }
}

export function brokenYaml(): Scenario {
  const base = llmModels()
  const head = edit(
    base,
    'iam/task-role.yml',
    '        Action:\n          - s3:GetObject',
    '        Action:\n          - s3:GetObject\n         - s3:PutObjectAcl'
  )
  return { name: 'broken-yaml', title: 'A definition file that no longer parses', base, head }
}

/** A definition renamed past the globs: the globs read `*.yml`, the file now ends in `.yaml`. */
export function renamedPastGlobs(): Scenario {
  const base: Record<string, string> = {
    ...llmModels(),
    'rolegate.yml': llmModels()['rolegate.yml'].replace(
      'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',
      'definitions: ["iam/**/*.yml"]'
    )
  }
  const head: Record<string, string> = { ...base, 'iam/execution-role.yaml': base['iam/execution-role.yml'] }
  delete head['iam/execution-role.yml']
  return { name: 'renamed-past-globs', title: 'A definition renamed past the definitions globs', base, head }
}

export function brokenConfig(): Scenario {
  const base = llmModels()
  const head = edit(base, 'rolegate.yml', 'environments:\n  dev:', 'environments:\n dev:')
  return { name: 'broken-config', title: 'A broken rolegate.yml', base, head }
}

/** The base's task role does not parse; the PR fixes it and grants one more action. */
export function brokenBaseYaml(): Scenario {
  const fixed = llmModels()
  const base = edit(
    fixed,
    'iam/task-role.yml',
    '        Action:\n          - s3:GetObject',
    '        Action:\n          - s3:GetObject\n         - s3:PutObjectAcl'
  )
  const head = edit(
    fixed,
    'iam/task-role.yml',
    '- s3:DeleteObject',
    '- s3:DeleteObject\n          - s3:GetObjectTagging'
  )
  return {
    name: 'broken-base-yaml',
    title: 'A PR that repairs a definition the base branch broke',
    base,
    head
  }
}

/** The base's rolegate.yml does not parse; the PR repairs it. */
export function brokenBaseConfig(): Scenario {
  const head = llmModels()
  const base = edit(head, 'rolegate.yml', 'environments:\n  dev:', 'environments: [\n  dev:')
  return { name: 'broken-base-config', title: 'A PR that repairs the base branch’s rolegate.yml', base, head }
}

export const BIG_ROLES = 300

/**
 * 300 roles in three environments: every role gains s3:PutObject, 30 gain a
 * permissions-management action (high risk), 10 of those iam:PassRole on `*` (an error).
 */
export function bigPr(): Scenario {
  const names = Array.from({ length: BIG_ROLES }, (_, index) => `service-${String(index).padStart(3, '0')}`)
  const role = (name: string, actions: string[], passRole: boolean) => `kind: Role
name: ${name}
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }
policies:
  App:
    Statement:
      - Effect: Allow
        Action: [${actions.join(', ')}]
        Resource: "arn:aws:s3:::{project}-{environment}-${name}/*"
${passRole ? '      - Effect: Allow\n        Action: iam:PassRole\n        Resource: "*"\n' : ''}`
  const config = example('rolegate.yml')
  const base: Record<string, string> = { 'rolegate.yml': config }
  const head: Record<string, string> = { 'rolegate.yml': config }
  names.forEach((name, index) => {
    base[`iam/services/${name}.yml`] = role(name, ['s3:GetObject'], false)
    const risky = index % 10 === 7
    head[`iam/services/${name}.yml`] = role(
      name,
      risky ? ['s3:GetObject', 's3:PutObject', 's3:PutObjectAcl'] : ['s3:GetObject', 's3:PutObject'],
      risky && index % 30 === 7
    )
  })
  return { name: 'large-pr', title: 'A PR touching 300 roles', base, head }
}

export function scenarios(): Scenario[] {
  return [
    broadening(),
    narrowing(),
    neutralSplit(),
    crossAccountTrust(),
    boundaryRemoval(),
    boundaryBlocked(),
    assertionFlip(),
    regionLock(),
    brokenYaml(),
    renamedPastGlobs(),
    brokenConfig(),
    bigPr()
  ]
}

export const DEMO_LINKS: Links = {
  server: 'https://github.com',
  repository: 'acme/infra',
  sha: '3f9c2e1b7a5d4c6e8f0a1b2c3d4e5f6a7b8c9d0e',
  runUrl: 'https://github.com/acme/infra/actions/runs/4242424242/attempts/1'
}

/** The scenario through `runDiff` and the comment renderer, as the action does it. */
export async function renderScenario(
  scenario: Scenario,
  options: { links?: Links; limit?: number; failOn?: FailOn } = {}
): Promise<{ body: string; outcome: DiffOutcome }> {
  const ws = gitWorkspace(scenario.base, scenario.head)
  try {
    const outcome = await runDiff({ configPath: 'rolegate.yml', workspace: ws.dir, baseRef: ws.baseSha })
    const body = renderChangeMarkdown({
      ...outcome,
      marker: '<!-- rolegate:check rolegate.yml -->',
      failOn: options.failOn ?? 'error',
      links: 'links' in options ? options.links : DEMO_LINKS,
      ...(options.limit ? { limit: options.limit } : {})
    })
    return { body, outcome }
  } finally {
    ws.remove()
  }
}
