/**
 * Benchmarks: figures and ratios to watch, never asserted (this is not a test).
 *
 *   npx tsx scripts/bench.ts [--roles N] [--scale N] [--runs N] [--only validate,lint,diff,startup,scale]
 *                            [--keep] [--cli path/to/dist/cli/index.js] [--node path/to/node]
 *
 * - validate: a generated corpus (rolegate.yml, 3 environments, N roles, default 1,000), in-process
 *   (runValidate) and through the bundled CLI as a child process. Target: under 2 s.
 * - lint: every AWS managed policy as a kind: ManagedPolicy document, all rules: policies/s.
 * - diff: the corpus committed in a git repository, 10% of the roles changed in the working tree,
 *   in-process (runDiff) and through the bundled CLI. Target: under 2 s, validation included.
 * - startup: the bundled CLI on examples/llm-models and `--version` against bare `node -e 0`.
 * - scale: the CLI's validate on a corpus of --scale roles (default 10,000) × 3 environments,
 *   divided by its time on --roles: cost should grow linearly (goal ≤ 11× for 10× the roles).
 *
 * The ratios of issue 14 are printed together at the end, from this one run:
 *   (a) validate, CLI child ÷ the floor: scripts/bench-floor.mjs in a cold node process, which finds,
 *       reads and js-yaml-parses the same files (goal ≤ 2×);
 *   (b) diff --base HEAD with 10% of the roles changed, CLI child ÷ the same floor (goal ≤ 3×);
 *   (c) validate of examples/llm-models ÷ `node -e 0` (goal ≤ 2.5×);
 *   (d) `rolegate --version` ÷ `node -e 0` (goal ≤ 1.5×);
 *   plus the scale ratio and each child's peak memory (maxRSS, from process.resourceUsage() on exit).
 *
 * The corpus is deterministic (seeded with mulberry32(42)): per role one YAML file
 * iam/teamNN/svcNNNN.yml (20 team folders), kinds cycling ECS task / ECS / Lambda / Lambda / EC2 /
 * GitHub-OIDC CI role, 2 inline policies (S3 + DynamoDB with wildcards, SQS + KMS with a condition)
 * and a third (CloudWatch Logs + metrics) for about 60% of roles, 1–3 statements each; an AWS
 * managed policy attachment (except CI roles) and one of 10 shared kind: ManagedPolicy files;
 * tags; every 9th role a prod override. The diff changes every 10th role, cycling through
 * add-action, remove-action, split-statement, retag, add-principal and attach-policy.
 * `--keep` leaves it on disk so the child-process commands printed beside each figure can be re-run by hand.
 * Child-process figures use dist/cli/index.js as it is on disk: `npm run bundle` first after src/ changes.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { stringify } from 'yaml'
import { ownershipValue } from '../src/commands/analyze.js'
import { runDiff } from '../src/commands/diff.js'
import { runValidate } from '../src/commands/validate.js'
import type { Config } from '../src/definitions/schema.js'
import { compareStates } from '../src/compare/compare.js'
import { loadProject } from '../src/fs/load-project.js'
import { diskTree } from '../src/fs/project-files.js'
import { gitTree } from '../src/git/git-tree.js'
import { lint } from '../src/lint/run.js'
import { render } from '../src/render/render.js'
import type { FileTree } from '../src/fs/file-tree.js'
import { IMPLEMENTED_RULES } from '../src/lint/rules/index.js'
import type { DesiredState, EnvironmentState, ManagedPolicyState } from '../src/model/state.js'
import { awsManagedPolicy, awsManagedPolicyArns } from '../src/policy/managed-policies.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const TARGET_MS = 2000
const SECTIONS = ['validate', 'lint', 'diff', 'startup', 'scale'] as const
const FLOOR = path.join(ROOT, 'scripts/bench-floor.mjs')

const USAGE = `usage: npx tsx scripts/bench.ts [--roles N] [--scale N] [--runs N] [--only ${SECTIONS.join(',')}]
                                 [--keep] [--cli path/to/dist/cli/index.js] [--node path/to/node]
(docs/benchmarks.md says what each section measures)`

/** A mistyped option is a one-line message and the usage, exit 2: not a stack trace. */
function usageError(message: string): never {
  console.error(`bench: ${message}\n${USAGE}`)
  process.exit(2)
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        roles: { type: 'string', default: '1000' },
        scale: { type: 'string', default: '10000' },
        runs: { type: 'string', default: '5' },
        only: { type: 'string' },
        keep: { type: 'boolean', default: false },
        cli: { type: 'string', default: path.join(ROOT, 'dist/cli/index.js') },
        node: { type: 'string', default: process.execPath },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }).values
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error))
  }
}
const values = parseOptions()
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
/** The bundle to measure: another build (a copy of main's dist/) gives a before/after in like conditions. */
const CLI = path.resolve(values.cli)
/**
 * The node that runs the child processes (CLI, floor, `node -e 0`): the action runs on node24, so
 * `--node` with a Node 24 binary measures what the runner does. In-process figures are of the node
 * running this script.
 */
const NODE = values.node
const ROLES = Number(values.roles)
const RUNS = Number(values.runs)
const SCALE = Number(values.scale)
if (!Number.isInteger(ROLES) || ROLES < 10) usageError('--roles must be an integer >= 10')
if (!Number.isInteger(SCALE) || SCALE <= ROLES) usageError('--scale must be an integer > --roles')
if (!Number.isInteger(RUNS) || RUNS < 1) usageError('--runs must be a positive integer')
const only = new Set(values.only ? values.only.split(',') : SECTIONS)
for (const section of only)
  if (!(SECTIONS as readonly string[]).includes(section)) usageError(`--only: unknown section ${section}`)

// ── measuring ────────────────────────────────────────────────────────────────────────────────────

/** Wall-clock and CPU (user + system) milliseconds. CPU time is what a busy machine skews least. */
interface Sample {
  wall: number
  cpu: number
}

interface Row {
  figure: string
  wall: string
  cpu: string
  note: string
  command: string
}
const rows: Row[] = []

/** The ratios issue 14 sets goals for, printed together at the end. */
interface Ratio {
  figure: string
  wall: number
  cpu: number
  goal: number
  note: string
}
const ratios: Ratio[] = []
function recordRatio(figure: string, a: Sample, b: Sample, goal: number, note: string): void {
  ratios.push({ figure, wall: a.wall / b.wall, cpu: a.cpu / b.cpu, goal, note })
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function medianSample(samples: Sample[]): Sample {
  return { wall: median(samples.map(sample => sample.wall)), cpu: median(samples.map(sample => sample.cpu)) }
}

const ms = (value: number) => `${value.toFixed(0)} ms`
const verdict = (value: number) => (value < TARGET_MS ? 'met' : 'MISSED')
/** The 2 s target, judged on wall time and, since other load inflates wall time, on CPU time. */
const target = (sample: Sample) => `target < 2 s: ${verdict(sample.wall)} (cpu: ${verdict(sample.cpu)})`

async function timeAsync(fn: () => Promise<unknown>): Promise<Sample> {
  const start = performance.now()
  const cpu = process.cpuUsage()
  await fn()
  const used = process.cpuUsage(cpu)
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 }
}

interface ChildRun extends Sample {
  status: number | null
  /** Peak resident memory of the child, MB. */
  rss: number
  stdout: string
}

/** Preloaded into each child: reports its own CPU time and peak memory (maxRSS, KiB) on exit, on stderr. */
const CPU_PROBE = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nBENCH_CPU_US '+(u.userCPUTime+u.systemCPUTime)+' BENCH_RSS_KB '+u.maxRSS+'\\n')})`

function timeChild(args: string[], cwd: string): ChildRun {
  const start = performance.now()
  const result = spawnSync(NODE, ['--import', CPU_PROBE, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024
  })
  const wall = performance.now() - start
  if (result.error) throw result.error
  if (result.status === 2 || result.status === 3)
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  const cpu = Number(/BENCH_CPU_US (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1000
  const rss = Number(/BENCH_RSS_KB (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024
  return { wall, cpu, status: result.status, rss, stdout: result.stdout }
}

function medianChild(args: string[], cwd: string, runs: number): ChildRun {
  const samples: ChildRun[] = []
  for (let i = 0; i < runs; i++) samples.push(timeChild(args, cwd))
  const last = samples[samples.length - 1]
  return {
    ...medianSample(samples),
    rss: median(samples.map(sample => sample.rss)),
    status: last.status,
    stdout: last.stdout
  }
}

const mb = (value: number) => `${value.toFixed(0)} MB`

function childNodeVersion(): string {
  const result = spawnSync(NODE, ['--version'], { encoding: 'utf8' })
  if (result.error || result.status !== 0)
    throw new Error(`--node ${NODE} does not run: ${result.error?.message ?? result.stderr}`)
  return result.stdout.trim()
}

function row(figure: string, sample: Sample | undefined, note: string, command: string): void {
  rows.push({ figure, wall: sample ? ms(sample.wall) : '', cpu: sample ? ms(sample.cpu) : '', note, command })
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
          Principal: {
            Federated: 'arn:{partition}:iam::{account}:oidc-provider/token.actions.githubusercontent.com'
          },
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
  const service = {
    ecs: 'ecs-tasks.amazonaws.com',
    lambda: 'lambda.amazonaws.com',
    ec2: 'ec2.amazonaws.com'
  }[kind]
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
        {
          Sid: 'ReadObjects',
          Effect: 'Allow',
          Action: ['s3:Get*', 's3:List*'],
          Resource: [bucket, `${bucket}/*`]
        },
        {
          Sid: 'WriteResults',
          Effect: 'Allow',
          Action: ['s3:PutObject', 's3:DeleteObject'],
          Resource: `${bucket}/results/*`
        },
        {
          Sid: 'Table',
          Effect: 'Allow',
          Action: [
            'dynamodb:GetItem',
            'dynamodb:PutItem',
            'dynamodb:UpdateItem',
            'dynamodb:Query',
            'dynamodb:BatchGet*'
          ],
          Resource: [table, `${table}/index/*`]
        }
      ]
    },
    Messaging: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueue*'],
          Resource: queue
        },
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
        {
          Effect: 'Allow',
          Action: 'cloudwatch:PutMetricData',
          Resource: '*',
          Condition: { StringEquals: { 'cloudwatch:namespace': name } }
        }
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
  if (index % 9 === 0)
    definition.overrides = { prod: { maxSessionDuration: 7200, tags: { Tier: 'critical' } } }
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
        {
          Effect: 'Allow',
          Action: ['ssm:GetParameter', 'ssm:GetParametersByPath'],
          Resource: `arn:{partition}:ssm:{region}:{account}:parameter/{project}/shared-${index}/*`
        },
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
  for (let i = 0; i < SHARED_POLICIES; i++)
    writeFileSync(path.join(dir, `iam/shared/shared-${i}.yml`), stringify(sharedPolicy(i)))
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
  const kinds = [
    'add-action',
    'remove-action',
    'split-statement',
    'retag',
    'add-principal',
    'attach-policy'
  ] as const
  const counts: Record<string, number> = {}
  const step = 10
  for (let i = 0, n = 0; i < definitions.length; i += step, n++) {
    const definition = structuredClone(definitions[i]) as Json & {
      policies: Record<string, { Statement: Json[] }>
    }
    const kind = kinds[n % kinds.length]
    counts[kind] = (counts[kind] ?? 0) + 1
    const data = definition.policies.DataAccess.Statement
    if (kind === 'add-action') (data[1].Action as string[]).push('s3:PutObjectTagging')
    else if (kind === 'remove-action') (data[2].Action as string[]).splice(1, 1)
    else if (kind === 'split-statement') {
      const [first, ...rest] = data[1].Action as string[]
      data.splice(
        1,
        1,
        { ...data[1], Sid: 'WriteResultsA', Action: [first] },
        { ...data[1], Sid: 'WriteResultsB', Action: rest }
      )
    } else if (kind === 'retag') (definition.tags as Json).Owner = 'platform'
    else if (kind === 'add-principal') {
      const trust = definition.trust as { Statement: Json[] }
      trust.Statement.push({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444444444444:root' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': `ext-${i}` } }
      })
    } else (definition.managedPolicies as string[]).push('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')
    writeFileSync(path.join(dir, roleFile(i)), stringify(definition))
  }
  return counts
}

function git(dir: string, ...args: string[]): void {
  const result = spawnSync(
    'git',
    [
      '-c',
      'user.name=bench',
      '-c',
      'user.email=bench@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args
    ],
    {
      cwd: dir,
      encoding: 'utf8'
    }
  )
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
}

// ── phases ───────────────────────────────────────────────────────────────────────────────────────

/** load → render → lint of one tree, each phase timed (cpu ms): the steps analyze() and runDiff() take. */
async function phases(
  tree: FileTree
): Promise<{ load: number; render: number; lint: number; state: DesiredState }> {
  let project: Awaited<ReturnType<typeof loadProject>> | undefined
  const load = await timeAsync(async () => {
    project = await loadProject(tree, 'rolegate.yml', { requireConfig: true })
  })
  const config = project!.config!
  let rendered: ReturnType<typeof render> | undefined
  const rendering = await timeAsync(async () => {
    rendered = render(config, project!.definitions, {
      managedBy: await ownershipValue(config),
      now: new Date()
    })
  })
  const linting = await timeAsync(async () =>
    lint(rendered!.state, config, [...project!.findings, ...rendered!.findings])
  )
  return { load: load.cpu, render: rendering.cpu, lint: linting.cpu, state: rendered!.state }
}

const describePhases = (label: string, p: { load: number; render: number; lint: number }) =>
  `${label} load+parse ${ms(p.load)}, render ${ms(p.render)}, lint ${ms(p.lint)}`

// ── sections ─────────────────────────────────────────────────────────────────────────────────────

const corpus = mkdtempSync(path.join(os.tmpdir(), 'rolegate-bench-'))
const corpusLabel = values.keep ? corpus : '$CORPUS'
const bench = `npx tsx scripts/bench.ts${values.roles === '1000' ? '' : ` --roles ${ROLES}`}`
const cliIn = (args: string) =>
  `cd ${corpusLabel} && node ${path.relative(process.cwd(), CLI) || CLI} ${args}`
let definitions: Json[] = []
const started = performance.now()
const context: string[] = []
const validateArgs = ['validate', '--config', 'rolegate.yml', '--format', 'json']
let floor: ChildRun | undefined
let validateChild: ChildRun | undefined
const scaleCorpus = only.has('scale') ? mkdtempSync(path.join(os.tmpdir(), 'rolegate-bench-scale-')) : ''

/** The floor on a corpus: a cold node process that finds, reads and js-yaml-parses its files. */
function measureFloor(dir: string, label: string, runs = RUNS): ChildRun {
  const result = medianChild([FLOOR, '.'], dir, runs)
  row(
    `floor: read + js-yaml parse ${label}, median of ${runs}`,
    result,
    `${result.stdout.trim()}; peak ${mb(result.rss)}`,
    `cd ${dir === corpus ? corpusLabel : dir} && node ${path.relative(process.cwd(), FLOOR)} .`
  )
  return result
}

try {
  // The scale figure is a ratio to the 1,000-role validate: it needs that corpus too.
  if (only.has('validate') || only.has('diff') || only.has('scale')) {
    const start = performance.now()
    definitions = writeCorpus(corpus, ROLES)
    context.push(
      `corpus: ${ROLES} roles + ${SHARED_POLICIES} managed policies × 3 environments${values.keep ? ` in ${corpus}` : ''} (written in ${ms(performance.now() - start)})`
    )
  }

  if (only.has('validate') || only.has('diff')) floor = measureFloor(corpus, `${ROLES} roles`)

  if (only.has('validate') || only.has('scale')) {
    validateChild = medianChild([CLI, ...validateArgs], corpus, RUNS)
    if (validateChild.status !== 0 && validateChild.status !== 1)
      throw new Error(`validate exited ${validateChild.status}`)
  }

  if (only.has('validate')) {
    const options = { configPath: 'rolegate.yml', workspace: corpus }
    let summary = ''
    const first = await timeAsync(async () => {
      const { report } = await runValidate(options)
      summary = `${report.summary.error} error(s), ${report.summary.warning} warning(s), ${report.summary.notice} notice(s)`
    })
    const warm: Sample[] = []
    for (let i = 0; i < RUNS; i++) warm.push(await timeAsync(() => runValidate(options)))
    context.push(`validate findings: ${summary}`)
    context.push(`validate phases (cpu): ${describePhases('', await phases(diskTree(corpus))).trim()}`)
    const title = `validate ${ROLES} roles × 3 envs`
    row(`${title}, in-process, first run`, first, target(first), `${bench} --only validate`)
    row(
      `${title}, in-process, median of ${RUNS}`,
      medianSample(warm),
      target(medianSample(warm)),
      `${bench} --only validate`
    )
    const child = validateChild!
    row(
      `${title}, CLI child, median of ${RUNS}`,
      child,
      `${target(child)}; exit ${child.status}; peak ${mb(child.rss)}`,
      cliIn('validate --config rolegate.yml --format json')
    )
    recordRatio(
      `(a) validate ${ROLES} roles × 3 envs, CLI ÷ floor`,
      child,
      floor!,
      2,
      `peak ${mb(child.rss)}`
    )
    const perUnit = (value: number) => `${((value * 1000) / (ROLES * 3)).toFixed(0)} µs`
    rows.push({
      figure: 'validate per role × environment, CLI child',
      wall: perUnit(child.wall),
      cpu: perUnit(child.cpu),
      note: '',
      command: ''
    })
  }

  if (only.has('diff')) {
    git(corpus, 'init', '--quiet')
    git(corpus, 'add', '-A')
    git(corpus, 'commit', '--quiet', '-m', 'base')
    // A clone (actions/checkout, a developer's) has its objects in a pack; a fresh commit of 1,000
    // files leaves 1,000 loose objects, which git reads ~5x slower: pack them, as a clone would be.
    git(corpus, 'repack', '-a', '-d', '--quiet')
    const counts = changeTenPercent(corpus, definitions)
    context.push(
      `diff changes: ${Object.entries(counts)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ')}`
    )
    const options = { configPath: 'rolegate.yml', workspace: corpus, baseRef: 'HEAD' }
    let shape = ''
    const first = await timeAsync(async () => {
      const outcome = await runDiff(options)
      shape = Object.entries(outcome.report.environments ?? {})
        .map(([name, environment]) => {
          const changed = environment.roles.filter(role => role.change !== 'unchanged')
          const byVerdict: Record<string, number> = {}
          for (const role of changed) byVerdict[role.verdict] = (byVerdict[role.verdict] ?? 0) + 1
          return `${name}: ${changed.length} changed (${Object.entries(byVerdict)
            .map(([verdict, n]) => `${n} ${verdict}`)
            .join(', ')})`
        })
        .join('; ')
    })
    const warm: Sample[] = []
    for (let i = 0; i < RUNS; i++) warm.push(await timeAsync(() => runDiff(options)))
    context.push(`diff result: ${shape}`)
    const head = await phases(diskTree(corpus))
    let baseTree: FileTree | undefined
    const gitRead = await timeAsync(async () => {
      baseTree = await gitTree(corpus, 'HEAD')
    })
    const base = await phases(baseTree!)
    const comparing = await timeAsync(async () => compareStates(base.state, head.state))
    context.push(
      `diff phases (cpu): ${describePhases('head', head)}; git ls-tree ${ms(gitRead.cpu)}; ${describePhases('base (git cat-file not counted)', base)}; compare ${ms(comparing.cpu)}`
    )
    const title = `diff ${ROLES} roles × 3 envs, 10% changed`
    row(`${title}, in-process, first run`, first, target(first), `${bench} --only diff`)
    row(
      `${title}, in-process, median of ${RUNS}`,
      medianSample(warm),
      target(medianSample(warm)),
      `${bench} --only diff`
    )
    const child = medianChild(
      [CLI, 'diff', '--base', 'HEAD', '--config', 'rolegate.yml', '--format', 'json'],
      corpus,
      RUNS
    )
    row(
      `${title}, CLI child, median of ${RUNS}`,
      child,
      `${target(child)}; exit ${child.status}; peak ${mb(child.rss)}`,
      cliIn('diff --base HEAD --config rolegate.yml --format json')
    )
    recordRatio(`(b) diff --base HEAD, 10% changed, CLI ÷ floor`, child, floor!, 3, `peak ${mb(child.rss)}`)
  }

  if (only.has('lint')) {
    const policies: ManagedPolicyState[] = awsManagedPolicyArns().map(arn => {
      const policy = awsManagedPolicy(arn)!
      return {
        logicalName: policy.name,
        name: policy.name,
        path: policy.path,
        arn,
        description: '',
        document: policy.document,
        tags: {}
      }
    })
    const statements = policies.reduce((sum, policy) => sum + [policy.document.Statement].flat().length, 0)
    const environment: EnvironmentState = {
      environment: 'aws',
      account: '111111111111',
      region: 'us-east-1',
      partition: 'aws',
      roles: [],
      managedPolicies: policies
    }
    const state: DesiredState = { project: 'bench', environments: { aws: environment } }
    const config = { version: 1, project: 'bench', environments: {} } as unknown as Config
    let findings = 0
    const first = await timeAsync(async () => {
      findings = lint(state, config).findings.length
    })
    const warm: Sample[] = []
    for (let i = 0; i < RUNS; i++) warm.push(await timeAsync(async () => lint(state, config)))
    const rate = (time: number) =>
      `${Math.round(policies.length / (time / 1000)).toLocaleString('en-US')} policies/s`
    context.push(
      `lint corpus: ${policies.length} AWS managed policies, ${statements} statements, ${IMPLEMENTED_RULES.length} rules, ${findings} findings`
    )
    const title = `lint all ${policies.length} AWS managed policies`
    const typical = medianSample(warm)
    rows.push({
      figure: `${title}, first run`,
      wall: rate(first.wall),
      cpu: rate(first.cpu),
      note: `${ms(first.wall)} wall`,
      command: `${bench} --only lint`
    })
    rows.push({
      figure: `${title}, median of ${RUNS}`,
      wall: rate(typical.wall),
      cpu: rate(typical.cpu),
      note: `${ms(typical.wall)} wall`,
      command: `${bench} --only lint`
    })
    // The slowest rules, once warm: where to look first.
    const perRule = IMPLEMENTED_RULES.map(rule => {
      const cpu = process.cpuUsage()
      for (const _ of rule.check({ config, environment })) void _
      const used = process.cpuUsage(cpu)
      return { id: rule.id, ms: (used.user + used.system) / 1000 }
    }).sort((a, b) => b.ms - a.ms)
    context.push(
      `slowest rules (warm, one pass, cpu): ${perRule
        .slice(0, 5)
        .map(rule => `${rule.id} ${ms(rule.ms)}`)
        .join(', ')}`
    )
  }

  if (only.has('startup')) {
    const runs = Math.max(RUNS, 9)
    const example = 'examples/llm-models/rolegate.yml'
    const cli = medianChild([CLI, 'validate', '--config', example], ROOT, runs)
    const version = medianChild([CLI, '--version'], ROOT, runs)
    const bare = medianChild(['-e', '0'], ROOT, runs)
    row(
      `startup: CLI validate llm-models, median of ${runs}`,
      cli,
      `exit ${cli.status}`,
      `node ${path.relative(ROOT, CLI)} validate --config ${example}`
    )
    row(
      `startup: CLI --version (bundle load only), median of ${runs}`,
      version,
      '',
      `node ${path.relative(ROOT, CLI)} --version`
    )
    row(`startup: bare node, median of ${runs}`, bare, `peak ${mb(bare.rss)}`, 'node -e 0')
    recordRatio('(c) validate examples/llm-models ÷ node -e 0', cli, bare, 2.5, `peak ${mb(cli.rss)}`)
    recordRatio('(d) rolegate --version ÷ node -e 0', version, bare, 1.5, `peak ${mb(version.rss)}`)
    const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`
    rows.push({
      figure: 'startup ratio: CLI validate / bare node',
      wall: ratio(cli.wall, bare.wall),
      cpu: ratio(cli.cpu, bare.cpu),
      note: `+${ms(cli.wall - bare.wall)} wall`,
      command: ''
    })
    rows.push({
      figure: 'startup ratio: CLI --version / bare node',
      wall: ratio(version.wall, bare.wall),
      cpu: ratio(version.cpu, bare.cpu),
      note: `+${ms(version.wall - bare.wall)} wall`,
      command: ''
    })
  }

  if (only.has('scale')) {
    const start = performance.now()
    writeCorpus(scaleCorpus, SCALE)
    context.push(
      `scale corpus: ${SCALE} roles + ${SHARED_POLICIES} managed policies × 3 environments${values.keep ? ` in ${scaleCorpus}` : ''} (written in ${ms(performance.now() - start)})`
    )
    const runs = Math.min(RUNS, 3)
    measureFloor(scaleCorpus, `${SCALE} roles`, runs)
    const child = medianChild([CLI, ...validateArgs], scaleCorpus, runs)
    row(
      `validate ${SCALE} roles × 3 envs, CLI child, median of ${runs}`,
      child,
      `exit ${child.status}; peak ${mb(child.rss)}`,
      `cd ${values.keep ? scaleCorpus : '$SCALE_CORPUS'} && node ${path.relative(process.cwd(), CLI)} ${validateArgs.join(' ')}`
    )
    recordRatio(
      `scale: validate ${SCALE} ÷ ${ROLES} roles, CLI`,
      child,
      validateChild!,
      (SCALE / ROLES) * 1.1,
      `peak ${mb(child.rss)} vs ${mb(validateChild!.rss)}`
    )
  }
} finally {
  if (!values.keep) {
    rmSync(corpus, { recursive: true, force: true })
    if (scaleCorpus) rmSync(scaleCorpus, { recursive: true, force: true })
  }
}

// ── output ───────────────────────────────────────────────────────────────────────────────────────

const packageVersion = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version
const load = os
  .loadavg()
  .map(value => value.toFixed(1))
  .join(' ')
console.log(
  `RoleGate ${packageVersion} benchmarks — node ${childNodeVersion()} (child processes; in-process ${process.version}), ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${os.platform()}, load average ${load}`
)
console.log(
  '  wall: elapsed time; cpu: user + system time of the process, which other load on the machine skews least'
)
for (const line of context) console.log(`  ${line}`)
console.log('')
const header = { figure: 'figure', wall: 'wall', cpu: 'cpu', note: 'note', command: 'reproduce' }
const columns = ['figure', 'wall', 'cpu', 'note'] as const
const widths = columns.map(column =>
  Math.max(header[column].length, ...rows.map(item => item[column].length))
)
const line = (cells: string[]) =>
  cells
    .map((cell, i) =>
      i < columns.length ? (i === 1 || i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])) : cell
    )
    .join('  ')
    .trimEnd()
console.log(line([header.figure, header.wall, header.cpu, header.note, header.command]))
console.log(line([...widths.map(width => '-'.repeat(width)), '-'.repeat(9)]))
for (const item of rows) console.log(line([item.figure, item.wall, item.cpu, item.note, item.command]))
console.log('')
if (!values.keep && rows.some(item => item.command.includes('$CORPUS'))) {
  console.log('$CORPUS: the generated corpus; pass --keep to leave it on disk and print its path.')
}
if (ratios.length) {
  console.log('')
  console.log('issue 14 ratios (medians; wall and cpu; goal on wall):')
  const width = Math.max(...ratios.map(item => item.figure.length))
  for (const item of ratios)
    console.log(
      `  ${item.figure.padEnd(width)}  ${item.wall.toFixed(1).padStart(5)}×  cpu ${item.cpu.toFixed(1).padStart(5)}×  goal ≤ ${item.goal.toFixed(1)}× ${item.wall <= item.goal ? 'met' : 'MISSED'}  ${item.note}`
    )
}
console.log(`total ${ms(performance.now() - started)}`)
