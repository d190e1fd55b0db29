/**
 * Benchmarks: figures and ratios to watch, never asserted (this is not a test).
 *
 *   npx tsx scripts/bench.ts [--roles N] [--runs N] [--only validate,lint,diff,startup] [--keep]
 *
 * - validate: a generated corpus (rolegate.yml, 3 environments, N roles, default 1,000), in-process
 *   (runValidate) and through the bundled CLI as a child process. Target: under 2 s.
 * - lint: every AWS managed policy as a kind: ManagedPolicy document, all rules: policies/s.
 * - diff: the corpus committed in a git repository, 10% of the roles changed in the working tree,
 *   in-process (runDiff) and through the bundled CLI. Target: under 2 s, validation included.
 * - startup: the bundled CLI on examples/llm-models against bare `node -e 0`.
 *
 * The corpus is deterministic (seeded), so figures compare across commits. `--keep` leaves it on disk
 * so the child-process commands printed beside each figure can be re-run by hand.
 * Uses dist/cli/index.js as committed: run `npm run bundle` first to measure uncommitted src/ changes.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { stringify } from 'yaml'
import { runDiff } from '../src/commands/diff.js'
import { runValidate } from '../src/commands/validate.js'
import type { Config } from '../src/definitions/schema.js'
import { lint } from '../src/lint/run.js'
import { IMPLEMENTED_RULES } from '../src/lint/rules/index.js'
import type { DesiredState, EnvironmentState, ManagedPolicyState } from '../src/model/state.js'
import { awsManagedPolicy, awsManagedPolicyArns } from '../src/policy/managed-policies.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist/cli/index.js')
const TARGET_MS = 2000
const SECTIONS = ['validate', 'lint', 'diff', 'startup'] as const

const { values } = parseArgs({
  options: {
    roles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false }
  }
})
const ROLES = Number(values.roles)
const RUNS = Number(values.runs)
if (!Number.isInteger(ROLES) || ROLES < 10) throw new Error('--roles must be an integer >= 10')
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive integer')
const only = new Set(values.only ? values.only.split(',') : SECTIONS)
for (const section of only) if (!(SECTIONS as readonly string[]).includes(section)) throw new Error(`--only: unknown section ${section}`)

// ── measuring ────────────────────────────────────────────────────────────────────────────────────

interface Row {
  figure: string
  value: string
  note: string
  command: string
}
const rows: Row[] = []

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const ms = (value: number) => `${value.toFixed(0)} ms`
const target = (value: number) => (value < TARGET_MS ? `target < 2 s: met` : `target < 2 s: MISSED`)

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

interface ChildRun {
  ms: number
  status: number | null
  stdout: string
}

function timeChild(args: string[], cwd: string): ChildRun {
  const start = performance.now()
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  const elapsed = performance.now() - start
  if (result.error) throw result.error
  if (result.status === 2 || result.status === 3) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  return { ms: elapsed, status: result.status, stdout: result.stdout }
}

function medianChild(args: string[], cwd: string, runs: number): { ms: number; last: ChildRun } {
  const samples: ChildRun[] = []
  for (let i = 0; i < runs; i++) samples.push(timeChild(args, cwd))
  return { ms: median(samples.map(sample => sample.ms)), last: samples[samples.length - 1] }
}

// ── corpus ───────────────────────────────────────────────────────────────────────────────────────

/** mulberry32: a small seeded PRNG, so the corpus is the same on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TEAMS = 20
const SHARED_POLICIES = 10
const AWS_ATTACHMENTS = {
  ecs: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
  lambda: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
  ec2: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'
} as const
type Kind = keyof typeof AWS_ATTACHMENTS | 'ci'

type Json = Record<string, unknown>

function team(index: number): string {
  return `team${String(index % TEAMS).padStart(2, '0')}`
}

function roleFile(index: number): string {
  return `iam/${team(index)}/svc${String(index).padStart(4, '0')}.yml`
}

function trustFor(kind: Kind, index: number): Json {
  if (kind === 'ci') {
    return {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:{partition}:iam::{account}:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
              'token.actions.githubusercontent.com:sub': `repo:example-org/service-${index}:environment:{environment}`
            }
          }
        }
      ]
    }
  }
  const service = { ecs: 'ecs-tasks.amazonaws.com', lambda: 'lambda.amazonaws.com', ec2: 'ec2.amazonaws.com' }[kind]
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: service },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': '{account}' } }
      }
    ]
  }
}

function roleDefinition(index: number, random: () => number): Json {
  const kinds: Kind[] = ['ecs', 'ecs', 'lambda', 'lambda', 'ec2', 'ci']
  const kind = kinds[index % kinds.length]
  const name = `svc${String(index).padStart(4, '0')}`
  const bucket = `arn:{partition}:s3:::{project}-{environment}-${name}`
  const table = `arn:{partition}:dynamodb:{region}:{account}:table/${name}-{environment}`
  const queue = `arn:{partition}:sqs:{region}:{account}:${name}-{environment}`
  const policies: Record<string, Json> = {
    DataAccess: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'ReadObjects', Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: [bucket, `${bucket}/*`] },
        { Sid: 'WriteResults', Effect: 'Allow', Action: ['s3:PutObject', 's3:DeleteObject'], Resource: `${bucket}/results/*` },
        {
          Sid: 'Table',
          Effect: 'Allow',
          Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:BatchGet*'],
          Resource: [table, `${table}/index/*`]
        }
      ]
    },
    Messaging: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueue*'], Resource: queue },
        {
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: 'arn:{partition}:kms:{region}:{account}:key/*',
          Condition: { StringEquals: { 'kms:ViaService': 'sqs.{region}.amazonaws.com' } }
        }
      ]
    }
  }
  if (random() < 0.6) {
    policies.Observability = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: `arn:{partition}:logs:{region}:{account}:log-group:/app/${name}:*`
        },
        { Effect: 'Allow', Action: 'cloudwatch:PutMetricData', Resource: '*', Condition: { StringEquals: { 'cloudwatch:namespace': name } } }
      ]
    }
  }
  const managedPolicies: string[] = kind === 'ci' ? [] : [AWS_ATTACHMENTS[kind]]
  managedPolicies.push(`shared-${index % SHARED_POLICIES}`)
  const definition: Json = {
    kind: 'Role',
    name,
    description: `${kind} role of service ${name} (${team(index)})`,
    trust: trustFor(kind, index),
    policies,
    managedPolicies,
    tags: { Team: team(index), Service: name, CostCenter: String(1000 + (index % 37)) }
  }
  if (kind === 'ec2') definition.instanceProfile = true
  if (index % 9 === 0) definition.overrides = { prod: { maxSessionDuration: 7200, tags: { Tier: 'critical' } } }
  return definition
}

function sharedPolicy(index: number): Json {
  return {
    kind: 'ManagedPolicy',
    name: `shared-${index}`,
    description: `Shared read access ${index}`,
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['ssm:GetParameter', 'ssm:GetParametersByPath'], Resource: `arn:{partition}:ssm:{region}:{account}:parameter/{project}/shared-${index}/*` },
        { Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: '*' }
      ]
    }
  }
}

const CONFIG = `version: 1
project: bench
naming: "{project}-{environment}-{name}"
defaults:
  permissionsBoundary: "arn:{partition}:iam::{account}:policy/rolegate-boundary"
  maxSessionDuration: 3600
  tags: { Project: "{project}", Environment: "{environment}" }
environments:
  dev:
    account: "111111111111"
    region: us-east-1
    deployRole: "arn:aws:iam::111111111111:role/bench-dev-rolegate-deployer"
  staging:
    account: "222222222222"
    region: eu-west-1
    deployRole: "arn:aws:iam::222222222222:role/bench-staging-rolegate-deployer"
  prod:
    account: "333333333333"
    region: eu-west-1
    deployRole: "arn:aws:iam::333333333333:role/bench-prod-rolegate-deployer"
    protected: true
`

function writeCorpus(dir: string, roles: number): Json[] {
  const random = prng(42)
  writeFileSync(path.join(dir, 'rolegate.yml'), CONFIG)
  mkdirSync(path.join(dir, 'iam/shared'), { recursive: true })
  for (let i = 0; i < SHARED_POLICIES; i++) writeFileSync(path.join(dir, `iam/shared/shared-${i}.yml`), stringify(sharedPolicy(i)))
  const definitions: Json[] = []
  for (let i = 0; i < roles; i++) {
    const definition = roleDefinition(i, random)
    definitions.push(definition)
    mkdirSync(path.join(dir, 'iam', team(i)), { recursive: true })
    writeFileSync(path.join(dir, roleFile(i)), stringify(definition))
  }
  return definitions
}

/** Changes 10% of the roles in the working tree, cycling through broadening, narrowing and neutral edits. */
function changeTenPercent(dir: string, definitions: Json[]): Record<string, number> {
  const kinds = ['add-action', 'remove-action', 'split-statement', 'retag', 'add-principal', 'attach-policy'] as const
  const counts: Record<string, number> = {}
  const step = 10
  for (let i = 0, n = 0; i < definitions.length; i += step, n++) {
    const definition = structuredClone(definitions[i]) as Json & { policies: Record<string, { Statement: Json[] }> }
    const kind = kinds[n % kinds.length]
    counts[kind] = (counts[kind] ?? 0) + 1
    const data = definition.policies.DataAccess.Statement
    if (kind === 'add-action') (data[1].Action as string[]).push('s3:PutObjectTagging')
    else if (kind === 'remove-action') (data[2].Action as string[]).splice(1, 1)
    else if (kind === 'split-statement') {
      const [first, ...rest] = data[1].Action as string[]
      data.splice(1, 1, { ...data[1], Sid: 'WriteResultsA', Action: [first] }, { ...data[1], Sid: 'WriteResultsB', Action: rest })
    } else if (kind === 'retag') (definition.tags as Json).Owner = 'platform'
    else if (kind === 'add-principal') {
      const trust = definition.trust as { Statement: Json[] }
      trust.Statement.push({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444444444444:root' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': `ext-${i}` } } })
    } else (definition.managedPolicies as string[]).push('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')
    writeFileSync(path.join(dir, roleFile(i)), stringify(definition))
  }
  return counts
}

function git(dir: string, ...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8'
  })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
}

// ── sections ─────────────────────────────────────────────────────────────────────────────────────

const corpus = mkdtempSync(path.join(os.tmpdir(), 'rolegate-bench-'))
const corpusLabel = values.keep ? corpus : '$CORPUS'
const bench = `npx tsx scripts/bench.ts${values.roles === '1000' ? '' : ` --roles ${ROLES}`}`
const cliIn = (args: string) => `cd ${corpusLabel} && node ${CLI} ${args}`
let definitions: Json[] = []
const started = performance.now()
const context: string[] = []

try {
  if (only.has('validate') || only.has('diff')) {
    const start = performance.now()
    definitions = writeCorpus(corpus, ROLES)
    context.push(`corpus: ${ROLES} roles + ${SHARED_POLICIES} managed policies × 3 environments in ${corpus} (written in ${ms(performance.now() - start)})`)
  }

  if (only.has('validate')) {
    const options = { configPath: 'rolegate.yml', workspace: corpus }
    let summary = ''
    const first = await timeAsync(async () => {
      const { report } = await runValidate(options)
      summary = `${report.summary.error} error(s), ${report.summary.warning} warning(s), ${report.summary.notice} notice(s)`
    })
    const warm: number[] = []
    for (let i = 0; i < RUNS; i++) warm.push(await timeAsync(() => runValidate(options)))
    context.push(`validate findings: ${summary}`)
    rows.push({ figure: `validate ${ROLES} roles × 3 envs, in-process, first run`, value: ms(first), note: target(first), command: `${bench} --only validate` })
    rows.push({ figure: `validate ${ROLES} roles × 3 envs, in-process, median of ${RUNS}`, value: ms(median(warm)), note: target(median(warm)), command: `${bench} --only validate` })
    const child = medianChild([CLI, 'validate', '--config', 'rolegate.yml', '--format', 'json'], corpus, RUNS)
    rows.push({
      figure: `validate ${ROLES} roles × 3 envs, CLI child, median of ${RUNS}`,
      value: ms(child.ms),
      note: `${target(child.ms)}; exit ${child.last.status}`,
      command: cliIn('validate --config rolegate.yml --format json')
    })
    rows.push({ figure: 'validate per role × environment, CLI child', value: `${((child.ms * 1000) / (ROLES * 3)).toFixed(0)} µs`, note: '', command: '' })
  }

  if (only.has('diff')) {
    git(corpus, 'init', '--quiet')
    git(corpus, 'add', '-A')
    git(corpus, 'commit', '--quiet', '-m', 'base')
    const counts = changeTenPercent(corpus, definitions)
    context.push(`diff changes: ${Object.entries(counts).map(([kind, n]) => `${n} ${kind}`).join(', ')}`)
    const options = { configPath: 'rolegate.yml', workspace: corpus, baseRef: 'HEAD' }
    let shape = ''
    const first = await timeAsync(async () => {
      const outcome = await runDiff(options)
      shape = Object.entries(outcome.report.environments ?? {})
        .map(([name, environment]) => {
          const changed = environment.roles.filter(role => role.change !== 'unchanged')
          const byVerdict: Record<string, number> = {}
          for (const role of changed) byVerdict[role.verdict] = (byVerdict[role.verdict] ?? 0) + 1
          return `${name}: ${changed.length} changed (${Object.entries(byVerdict).map(([verdict, n]) => `${n} ${verdict}`).join(', ')})`
        })
        .join('; ')
    })
    const warm: number[] = []
    for (let i = 0; i < RUNS; i++) warm.push(await timeAsync(() => runDiff(options)))
    context.push(`diff result: ${shape}`)
    rows.push({ figure: `diff ${ROLES} roles × 3 envs, 10% changed, in-process, first run`, value: ms(first), note: target(first), command: `${bench} --only diff` })
    rows.push({ figure: `diff ${ROLES} roles × 3 envs, 10% changed, in-process, median of ${RUNS}`, value: ms(median(warm)), note: target(median(warm)), command: `${bench} --only diff` })
    const child = medianChild([CLI, 'diff', '--base', 'HEAD', '--config', 'rolegate.yml', '--format', 'json'], corpus, RUNS)
    rows.push({
      figure: `diff ${ROLES} roles × 3 envs, 10% changed, CLI child, median of ${RUNS}`,
      value: ms(child.ms),
      note: `${target(child.ms)}; exit ${child.last.status}`,
      command: cliIn('diff --base HEAD --config rolegate.yml --format json')
    })
  }

  if (only.has('lint')) {
    const load = performance.now()
    const policies: ManagedPolicyState[] = awsManagedPolicyArns().map(arn => {
      const policy = awsManagedPolicy(arn)!
      return { logicalName: policy.name, name: policy.name, path: policy.path, arn, description: '', document: policy.document, tags: {} }
    })
    const loadMs = performance.now() - load
    const statements = policies.reduce((sum, policy) => sum + [policy.document.Statement].flat().length, 0)
    const environment: EnvironmentState = { environment: 'aws', account: '111111111111', region: 'us-east-1', partition: 'aws', roles: [], managedPolicies: policies }
    const state: DesiredState = { project: 'bench', environments: { aws: environment } }
    const config = { version: 1, project: 'bench', environments: {} } as unknown as Config
    let findings = 0
    const first = await timeAsync(async () => {
      findings = lint(state, config).findings.length
    })
    const warm: number[] = []
    for (let i = 0; i < RUNS; i++) warm.push(await timeAsync(async () => lint(state, config)))
    const rate = (time: number) => `${Math.round(policies.length / (time / 1000)).toLocaleString('en-US')} policies/s`
    context.push(`lint corpus: ${policies.length} AWS managed policies, ${statements} statements, ${IMPLEMENTED_RULES.length} rules, ${findings} findings (index built in ${ms(loadMs)})`)
    rows.push({ figure: `lint all ${policies.length} AWS managed policies, first run`, value: rate(first), note: ms(first), command: `${bench} --only lint` })
    rows.push({ figure: `lint all ${policies.length} AWS managed policies, median of ${RUNS}`, value: rate(median(warm)), note: ms(median(warm)), command: `${bench} --only lint` })
    // The slowest rules, once warm: where to look first.
    const perRule = IMPLEMENTED_RULES.map(rule => {
      const start = performance.now()
      for (const _ of rule.check({ config, environment })) void _
      return { id: rule.id, ms: performance.now() - start }
    }).sort((a, b) => b.ms - a.ms)
    context.push(`slowest rules (warm, one pass): ${perRule.slice(0, 5).map(rule => `${rule.id} ${ms(rule.ms)}`).join(', ')}`)
  }

  if (only.has('startup')) {
    const runs = Math.max(RUNS, 9)
    const example = 'examples/llm-models/rolegate.yml'
    const cli = medianChild([CLI, 'validate', '--config', example], ROOT, runs)
    const version = medianChild([CLI, '--version'], ROOT, runs)
    const bare = medianChild(['-e', '0'], ROOT, runs)
    rows.push({ figure: `startup: CLI validate llm-models, median of ${runs}`, value: ms(cli.ms), note: `exit ${cli.last.status}`, command: `node dist/cli/index.js validate --config ${example}` })
    rows.push({ figure: `startup: CLI --version (bundle load only), median of ${runs}`, value: ms(version.ms), note: '', command: 'node dist/cli/index.js --version' })
    rows.push({ figure: `startup: bare node, median of ${runs}`, value: ms(bare.ms), note: '', command: 'node -e 0' })
    rows.push({ figure: 'startup ratio: CLI validate / bare node', value: `${(cli.ms / bare.ms).toFixed(1)}×`, note: `+${ms(cli.ms - bare.ms)}`, command: '' })
    rows.push({ figure: 'startup ratio: CLI --version / bare node', value: `${(version.ms / bare.ms).toFixed(1)}×`, note: `+${ms(version.ms - bare.ms)}`, command: '' })
  }
} finally {
  if (!values.keep) rmSync(corpus, { recursive: true, force: true })
}

// ── output ───────────────────────────────────────────────────────────────────────────────────────

const packageVersion = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
console.log(`RoleGate ${packageVersion} benchmarks — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${os.platform()}`)
for (const line of context) console.log(`  ${line}`)
console.log('')
const widths = [Math.max(...rows.map(row => row.figure.length), 6), Math.max(...rows.map(row => row.value.length), 5), Math.max(...rows.map(row => row.note.length), 4)]
const line = (cells: string[]) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ')
console.log(line(['figure', 'value', 'note', 'reproduce']))
console.log(line(widths.map(width => '-'.repeat(width)).concat('-'.repeat(9))))
for (const row of rows) console.log(line([row.figure, row.value, row.note, row.command]))
console.log('')
if (!values.keep && rows.some(row => row.command.includes('$CORPUS'))) {
  console.log('$CORPUS: the generated corpus; pass --keep to leave it on disk (its path is printed above).')
}
console.log(`total ${ms(performance.now() - started)}`)
