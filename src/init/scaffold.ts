/**
 * `rolegate init`, the pure part: options → the files to write ({ path, text }). Nothing here reads
 * or writes the disk; src/commands/init.ts does, and refuses to overwrite.
 *
 * The options are checked with the patterns rolegate.yml's schema uses, so every value can be
 * written into YAML unquoted (accounts are quoted to keep leading zeros) and the result validates.
 */
import {
  ACCOUNT_PATTERN,
  IDENTIFIER_PATTERN,
  IDENTIFIER_RULE,
  PROJECT_PATTERN,
  REGION_PATTERN
} from '../definitions/schema.js'
import { UsageError } from '../model/errors.js'
import { POLICY_NAME_MAX, ROLE_NAME_MAX } from '../model/iam-limits.js'
import { OWNERSHIP_TAG } from '../model/state.js'
import { partitionOf } from '../render/render.js'
import { ACTION_REF, ACTION_REPOSITORY, PACKAGE_NAME } from './package.js'

export interface InitEnvironment {
  name: string
  account: string
}

export interface InitOptions {
  /** `project` in rolegate.yml: the first part of every physical role name. */
  project: string
  /** In deploy order (dev before prod): the workflow deploys them one after the other. */
  environments: readonly InitEnvironment[]
  /** Every environment's region; default us-east-1. */
  region?: string
  /** The project is the folder's name, not --project: messages say so. */
  projectFromFolder?: boolean
}

export interface ScaffoldFile {
  /** Relative to the repository root, with "/". */
  path: string
  text: string
}

export const DEFAULT_REGION = 'us-east-1'
export const CONFIG_FILE = 'rolegate.yml'
export const EXAMPLE_ROLE_FILE = 'iam/example-role.yml'
export const WORKFLOW_FILE = '.github/workflows/rolegate.yml'
const EXAMPLE_ROLE_NAME = 'example-role'

/** `--env dev=111111111111` → { name: 'dev', account: '111111111111' }. */
export function parseEnvironmentArgument(argument: string): InitEnvironment {
  const match = /^([^=]*)=(.*)$/.exec(argument.trim())
  if (!match)
    throw new UsageError(`--env for init is NAME=ACCOUNT, e.g. --env dev=111111111111; got "${argument}"`)
  return { name: match[1].trim(), account: match[2].trim() }
}

/** The options with defaults applied. */
export interface CheckedInitOptions {
  project: string
  environments: readonly InitEnvironment[]
  region: string
}

/** The options with defaults applied, or a UsageError naming the flag to fix. */
export function checkInitOptions(options: InitOptions): CheckedInitOptions {
  const region = options.region ?? DEFAULT_REGION
  const project = options.projectFromFolder
    ? `the folder's name "${options.project}" (the default project; choose one with --project)`
    : `--project "${options.project}"`
  if (!PROJECT_PATTERN.test(options.project))
    throw new UsageError(
      `${project} cannot start IAM role names: use letters, digits and +=.@_- (start with a letter or digit)`
    )
  // The scaffold also writes the project into tags (Project, and the local ownership tag), where IAM
  // refuses a comma that role names allow.
  if (options.project.includes(','))
    throw new UsageError(
      `${project} has a comma, which IAM refuses in the tags rolegate init writes it into (Project, ${OWNERSHIP_TAG}): use letters, digits and +=.@_-`
    )
  if (!REGION_PATTERN.test(region))
    throw new UsageError(`--region "${region}" is not a region code; use one such as us-east-1`)
  if (options.environments.length === 0)
    throw new UsageError(
      'name at least one environment and its AWS account: --env dev=111111111111 (repeat --env for more, in deploy order)'
    )
  for (const [index, { name, account }] of options.environments.entries()) {
    if (!IDENTIFIER_PATTERN.test(name))
      throw new UsageError(`--env "${name}=${account}": in the environment name, ${IDENTIFIER_RULE}`)
    if (!ACCOUNT_PATTERN.test(account))
      throw new UsageError(`--env "${name}=${account}": the account must be an AWS account id, 12 digits`)
    for (const earlier of options.environments.slice(0, index)) checkDistinct(earlier.name, name)
    checkNameLengths(options.project, name, project)
  }
  return { project: options.project, environments: options.environments, region }
}

/**
 * The names the workflow derives from an environment name; the one place each is decided, used
 * both to write the workflow and to refuse environments whose names would collide.
 */
export interface EnvironmentNames {
  /** The suffix of the plan-<job> and deploy-<job> job ids (ids allow letters, digits, "-", "_"). */
  job: string
  /** The repository variable that holds the environment's read-only plan role. */
  planRoleVariable: string
  /** The GitHub environment the deploy job is bound to (also its concurrency group). */
  githubEnvironment: string
}

export function environmentNames(environment: string): EnvironmentNames {
  return {
    job: environment.replace(/\./g, '_'),
    planRoleVariable: `ROLEGATE_PLAN_ROLE_${environment.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`,
    githubEnvironment: environment
  }
}

/**
 * GitHub compares job ids, variable names and environment names ignoring case: two environments
 * whose derived names match that way would share jobs (a duplicate key), a plan role and reviewers.
 */
function checkDistinct(first: string, second: string): void {
  if (first === second) throw new UsageError(`--env "${second}" is given twice; name each environment once`)
  const a = environmentNames(first)
  const b = environmentNames(second)
  const same = (x: string, y: string): boolean => x.toLowerCase() === y.toLowerCase()
  const shared: string[] = []
  if (same(a.job, b.job)) shared.push(`the job ids plan-${b.job} and deploy-${b.job}`)
  if (same(a.planRoleVariable, b.planRoleVariable))
    shared.push(`the repository variable ${b.planRoleVariable}`)
  if (same(a.githubEnvironment, b.githubEnvironment))
    shared.push(`the GitHub environment "${b.githubEnvironment}"`)
  if (shared.length > 0)
    throw new UsageError(
      `--env "${first}" and --env "${second}" would share ${shared.slice(0, -1).join(', ')}${shared.length > 1 ? ' and ' : ''}${shared[shared.length - 1]} in the workflow (GitHub ignores case in these names; the job id turns "." into "_", the variable name "-" and "." too). Name the environments so that they differ in more than case, "-", "_" and "."`
    )
}

/**
 * The IAM names init's files produce for one environment, with IAM's limit for each: the example
 * role (naming template), the deployer role and boundary policy "rolegate bootstrap" creates.
 */
function iamNames(project: string, environment: string): { name: string; what: string; max: number }[] {
  return [
    {
      name: deployRoleName(project, environment),
      what: 'the deployer role "rolegate bootstrap" creates',
      max: ROLE_NAME_MAX
    },
    { name: `${project}-${environment}-${EXAMPLE_ROLE_NAME}`, what: 'the example role', max: ROLE_NAME_MAX },
    { name: boundaryPolicyName(project), what: 'the permissions boundary policy', max: POLICY_NAME_MAX }
  ]
}

/** Refuses a project and environment whose names make an IAM name longer than IAM allows. */
function checkNameLengths(project: string, environment: string, projectLabel: string): void {
  for (const { name, what, max } of iamNames(project, environment)) {
    if (name.length <= max) continue
    throw new UsageError(
      `${projectLabel} and --env "${environment}" make a name too long for IAM: ${what} would be "${name}", ${name.length} characters; IAM allows at most ${max}. Shorten the project or environment name by ${name.length - max} character${name.length - max === 1 ? '' : 's'}`
    )
  }
}

function deployRoleName(project: string, environment: string): string {
  return `${project}-${environment}-rolegate-deployer`
}

function boundaryPolicyName(project: string): string {
  return `${project}-rolegate-boundary`
}

/** The files `rolegate init` writes, in the order it writes them. */
export function scaffold(options: InitOptions): ScaffoldFile[] {
  const checked = checkInitOptions(options)
  return [
    { path: CONFIG_FILE, text: configText(checked) },
    { path: EXAMPLE_ROLE_FILE, text: exampleRoleText() },
    { path: WORKFLOW_FILE, text: workflowText(checked) }
  ]
}

/** A modeline that resolves when the package is installed (npm i -D), relative to the file. */
function modeline(file: string, schema: 'rolegate' | 'definition'): string {
  const up = '../'.repeat(file.split('/').length - 1)
  return `# yaml-language-server: $schema=${up}node_modules/${PACKAGE_NAME}/schema/${schema}.schema.json`
}

function configText({ project, environments, region }: CheckedInitOptions): string {
  const partition = partitionOf({ account: '000000000000', region })
  const lines = [
    modeline(CONFIG_FILE, 'rolegate'),
    '# RoleGate configuration, written by "rolegate init". Reference: the docs folder of the rolegate package',
    '# (definitions.md). Hover a key in an editor with the YAML language server for its meaning.',
    'version: 1',
    `project: "${project}"`,
    'definitions: ["iam/**/*.yml", "iam/**/*.yaml"]',
    'naming: "{project}-{environment}-{name}" # physical role names, e.g. ' +
      `${project}-${environments[0].name}-${EXAMPLE_ROLE_NAME}`,
    'defaults:',
    '  # "rolegate bootstrap" creates this boundary in each account; the deployer can only create',
    '  # roles that carry it.',
    `  permissionsBoundary: "arn:{partition}:iam::{account}:policy/${boundaryPolicyName('{project}')}"`,
    '  maxSessionDuration: 3600',
    '  tags:',
    '    Project: "{project}"',
    '    Environment: "{environment}"',
    '# In deploy order. deployRole is the role "rolegate bootstrap" creates; protected: true makes',
    '# RoleGate deploy only from a job bound to the GitHub environment of the same name.',
    'environments:'
  ]
  for (const { name, account } of environments)
    lines.push(
      `  ${name}:`,
      `    account: "${account}"`,
      `    region: ${region}`,
      `    deployRole: "arn:${partition}:iam::${account}:role/${deployRoleName(project, name)}"`,
      '    protected: true'
    )
  return lines.join('\n') + '\n'
}

function exampleRoleText(): string {
  return `${modeline(EXAMPLE_ROLE_FILE, 'definition')}
# An example role, written by "rolegate init": edit it, or delete it and add your own files under iam/.
# Deployed as {project}-{environment}-${EXAMPLE_ROLE_NAME} in every environment of rolegate.yml.
kind: Role
name: ${EXAMPLE_ROLE_NAME}
description: Example ECS task role that reads the project's bucket
trust:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Principal:
        Service: ecs-tasks.amazonaws.com
      Action: sts:AssumeRole
      Condition:
        StringEquals:
          aws:SourceAccount: "{account}"
policies:
  ReadBucket:
    Version: "2012-10-17"
    Statement:
      - Sid: ListBucket
        Effect: Allow
        Action: s3:ListBucket
        Resource: "arn:{partition}:s3:::{project}-{environment}-data"
      - Sid: ReadObjects
        Effect: Allow
        Action: s3:GetObject
        Resource: "arn:{partition}:s3:::{project}-{environment}-data/*"
tags:
  Component: example
`
}

function workflowText({ environments }: CheckedInitOptions): string {
  const uses = `${ACTION_REPOSITORY}@${ACTION_REF}`
  const paths = "['rolegate.yml', 'iam/**']"
  const header = `# RoleGate, written by "rolegate init": a check on every pull request; on merge to the default
# branch (and daily, so expired grants are removed and drift repaired), per environment in order, a
# plan job with a read-only role, then a deploy job bound to the GitHub environment (required
# reviewers approve it) that applies only the reviewed plan (plan-digest).
#
# Before the first merge:
# - Deploy "rolegate bootstrap --env <env>" once in each account (OIDC provider, boundary, deployer).
# - Create a GitHub environment per rolegate.yml environment, with required reviewers and a
#   deployment branch rule (Settings > Environments).
# - Create a read-only role per account that trusts this repository's default-branch jobs and set
#   it as a repository variable (Settings > Secrets and variables > Actions > Variables):
${environments.map(({ name }) => `#     ${environmentNames(name).planRoleVariable} for ${name}`).join('\n')}
# - If the default branch is not main, change "branches" below.
# Adding an environment to rolegate.yml: copy its plan and deploy jobs below.
name: RoleGate

on:
  pull_request:
    paths: ${paths}
  push:
    branches: [main]
    paths: ${paths}
  workflow_dispatch:
  schedule:
    - cron: '23 5 * * *'

permissions:
  contents: read

jobs:
  check:
    name: Check IAM changes
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write # the sticky PR comment
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # the diff reads the base branch's definitions
      - uses: ${uses}
        with:
          command: check
`
  const jobs = environments.map(({ name }, index) => {
    const { job: id, planRoleVariable, githubEnvironment } = environmentNames(name)
    const previous = index === 0 ? undefined : `deploy-${environmentNames(environments[index - 1].name).job}`
    // The ref guard: never from a pull request, only from the default branch (a schedule runs there).
    const guard =
      "github.event_name != 'pull_request' && (github.event_name == 'schedule' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch))"
    // After the previous environment's deploy, also when it had nothing to deploy (skipped).
    const planIf = previous ? `\${{ !failure() && !cancelled() && ${guard} }}` : `\${{ ${guard} }}`
    return `
  plan-${id}:
    name: Plan ${name}
${previous ? `    needs: ${previous}\n` : ''}    if: ${planIf}
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the read-only role
    outputs:
      digest: \${{ steps.plan.outputs.plan-digest }}
      changed: \${{ steps.plan.outputs.changed }}
    steps:
      - uses: actions/checkout@v5
      - id: plan
        uses: ${uses}
        with:
          command: plan # the job summary is what the reviewer reads
          environment: "${name}"
          role-to-assume: \${{ vars.${planRoleVariable} }}

  deploy-${id}:
    name: Deploy ${name}
    needs: plan-${id}
    if: needs.plan-${id}.outputs.changed == 'true' # nothing to approve when nothing changes
    runs-on: ubuntu-latest
    environment: "${githubEnvironment}" # required reviewers approve it
    concurrency:
      group: rolegate-deploy-${githubEnvironment}
      cancel-in-progress: false # never interrupt a deploy half way
    permissions:
      contents: read
      id-token: write # the OIDC token exchanged for the deployer role
    steps:
      - uses: actions/checkout@v5
      - uses: ${uses}
        with:
          command: deploy
          environment: "${name}"
          plan-digest: \${{ needs.plan-${id}.outputs.digest }} # only the reviewed plan is applied
`
  })
  return header + jobs.join('')
}
