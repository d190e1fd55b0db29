/**
 * `rolegate can ROLE ACTION RESOURCE --env ENV [--context KEY=VALUE]...`: may this role do this,
 * offline? Loads and renders the one environment (no lint, no git, no AWS), resolves the role by
 * its logical or physical name, and asks the evaluator (src/policy/evaluate). Every input that
 * cannot give a trustworthy answer (a misspelt role or action, a wildcard action, a definition file
 * that does not load) is a usage error that says what to type instead.
 */
import type { Config } from '../definitions/schema.js'
import { loadProject } from '../fs/load-project.js'
import { diskTree, workspacePath } from '../fs/project-files.js'
import { UsageError } from '../model/errors.js'
import type { Finding } from '../model/findings.js'
import type { EnvironmentState, RoleState } from '../model/state.js'
import { canonicalActionName, lookupService } from '../policy/action-db.js'
import { arnProblems, parseArn } from '../policy/arn.js'
import { conditionKeysForAction, lookupConditionKey } from '../policy/condition-keys.js'
import {
  evaluateRequest,
  roleSessionContext,
  unknownSessionKeys,
  roleSessionKeys,
  rolePolicies,
  type EvaluationResult
} from '../policy/evaluate/index.js'
import { suggestAction } from '../policy/suggest.js'
import { hasWildcard } from '../policy/wildcard.js'
import { UNDOCUMENTED_CONDITION_KEYS } from '../lint/rules/grammar.js'
import { render } from '../render/render.js'
import { ownershipValue } from './analyze.js'
import type { CanOutcome } from '../report/can.js'
import { closest, didYouMean } from '../util/suggest.js'

export interface CanOptions {
  configPath: string
  workspace: string
  environment: string
  /** Logical name of the definition, or the role's physical IAM name. */
  role: string
  action: string
  resource: string
  /** `KEY=VALUE` as typed; a repeated key is multi-valued. */
  context: readonly string[]
  /** The clock for time-bound grants; default: now. */
  now?: Date
}

/** Exit code of `can`: 0 allowed, 1 denied, 2 unknown (fails closed, like a usage error: no answer). */
export function canExitCode(outcome: Pick<EvaluationResult, 'decision'>): number {
  return outcome.decision === 'allow' ? 0 : outcome.decision === 'deny' ? 1 : 2
}

/** Said whenever an answer reads the boundary from `rolegate bootstrap`'s template, not from the repository. */
export const BOOTSTRAP_BOUNDARY_NOTE = (arn: string): string =>
  `The permissions boundary ${arn} was read as "rolegate bootstrap" writes it (docs/deploy.md#bootstrap); if the account's copy was changed outside RoleGate, the answer may differ.`

export async function runCan(options: CanOptions): Promise<CanOutcome> {
  // The request first, in the order of the arguments: a typo is reported without reading a file.
  // Only an empty ROLE can be told before the definitions are read.
  if (options.role.trim() === '')
    throw new UsageError(
      'ROLE is empty: name the role by its logical name (name: in its definition), its IAM name or its ARN'
    )
  const action = requestAction(options.action)
  const resource = requestResource(options.resource)
  const context = parseContext(options.context)

  const project = await loadProject(
    diskTree(options.workspace),
    workspacePath(options.configPath, options.workspace),
    { requireConfig: true }
  )
  const broken = project.findings.filter(finding => finding.rule === 'schema' && finding.severity === 'error')
  if (!project.config || broken.length > 0)
    throw new UsageError(
      `cannot answer: ${broken.length === 1 ? 'a file does' : `${broken.length} problems in files do`} not load, so the role's policies are not known:\n${listFindings(broken)}\nfix ${broken.length === 1 ? 'it' : 'them'} ("rolegate validate" lists every problem) and ask again`
    )
  const config = project.config
  const environment = knownEnvironment(config, options.environment, project.configFile)
  const now = options.now ?? new Date()
  // The owner tag is one of the role's tags, so aws:PrincipalTag/rolegate:managed-by: the value
  // deploy would write, as validate's expect: assertions use.
  const managedBy = await ownershipValue(config, undefined, options.workspace)
  const renderFor = (environments: string[]) =>
    render(config, project.definitions, {
      managedBy,
      environments,
      now
    })
  const rendered = renderFor([environment])
  const state = rendered.state.environments[environment]
  const role = findRole(
    state,
    options.role,
    project.definitions,
    environment,
    Object.keys(config.environments),
    () => renderFor(Object.keys(config.environments).filter(name => name !== environment)).state.environments
  )
  const incomplete = renderErrorsOf(role, state, rendered.findings)
  if (incomplete.length > 0)
    throw new UsageError(
      `cannot answer for ${role.logicalName ?? role.name} in ${environment}: its definition does not render completely:\n${listFindings(incomplete)}\nfix ${incomplete.length === 1 ? 'it' : 'them'} and ask again`
    )
  const result = evaluateRequest(rolePolicies(role, state), {
    action,
    resource,
    context: roleSessionContext(role, state.account, context),
    unknown: unknownSessionKeys(context)
  })
  if (result.boundary && result.boundary.arn === state.bootstrapBoundary?.arn)
    result.notes.push(BOOTSTRAP_BOUNDARY_NOTE(result.boundary.arn))
  for (const [key] of context) {
    const note = unknownContextKeyNote(key, action)
    if (note) result.notes.push(note)
  }
  const elsewhere = elsewhereNote(resource, state)
  if (elsewhere) result.notes.push(elsewhere)
  return {
    schemaVersion: 1,
    command: 'can',
    environment,
    role: { name: role.logicalName ?? role.name, physicalName: role.name, arn: role.arn },
    request: {
      action,
      resource,
      context: context.map(([key, values]) => ({ key, values })),
      session: roleSessionKeys(role, state.account, context).map(([key, values]) => ({ key, values }))
    },
    ...result
  }
}

/**
 * A resource of another partition or account: the role's policies are not the whole answer there,
 * and the decision above is only theirs.
 */
function elsewhereNote(resource: string, state: EnvironmentState): string | undefined {
  const arn = parseArn(resource)
  if (!arn) return undefined
  if (arn.partition && !/[*?]/.test(arn.partition) && arn.partition !== state.partition)
    return `The resource is in partition ${arn.partition} and the role in ${state.partition}: no request of this role can reach it, whatever its policies allow.`
  if (/^\d{12}$/.test(arn.account) && arn.account !== state.account)
    return `The resource is in account ${arn.account}, the role in ${state.account}: AWS allows such a request only if the resource's own policy (or that account's) allows it too, which RoleGate does not read.`
  return undefined
}

/** One known action, canonical spelling; a pattern or an unknown name is a usage error. */
export function requestAction(written: string): string {
  if (hasWildcard(written))
    throw new UsageError(
      `ACTION must be one action, not a pattern: "${written}" has a wildcard. rolegate can answers one request; name the action (e.g. s3:GetObject), or write an expect: assertion, where a wildcard stands for every action it matches`
    )
  const canonical = canonicalActionName(written)
  if (canonical) return canonical
  const suggestion = suggestAction(written)
  const colon = written.indexOf(':')
  const shape =
    colon < 0
      ? ' (an action is service:Action, e.g. s3:GetObject)'
      : lookupService(written.slice(0, colon))
        ? ''
        : ` ("${written.slice(0, colon)}" is not an AWS service prefix)`
  throw new UsageError(
    `unknown action "${written}"${shape}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; RoleGate knows the actions of the AWS Service Authorization Reference`
  )
}

/** `*` or an ARN: anything else cannot be a request's resource. */
export function requestResource(written: string): string {
  const problems = arnProblems(written)
  if (problems.length > 0)
    throw new UsageError(
      `RESOURCE "${written}" is not an ARN: ${problems.join('; ')}. Write the ARN of the resource (arn:aws:s3:::bucket/key), or "*" for an action that takes no resource`
    )
  return written
}

/**
 * `KEY=VALUE` entries → key and its values, in the order typed. Keys are case-insensitive in IAM:
 * `aws:SourceVpc` twice, in any case, is one multi-valued key (spelt as first typed). `KEY = VALUE`,
 * spaced like an assignment, is read as KEY=VALUE (whitespace around the value is not part of it);
 * with no space before `=`, the value is exactly what follows it.
 */
export function parseContext(entries: readonly string[]): Array<[string, string[]]> {
  const byKey = new Map<string, [string, string[]]>()
  for (const entry of entries) {
    const equals = entry.indexOf('=')
    const written = equals < 0 ? '' : entry.slice(0, equals)
    const key = written.trim()
    if (key === '')
      throw new UsageError(
        `--context "${entry}" is not KEY=VALUE: write e.g. --context aws:SourceVpc=vpc-1a2b3c4d (repeat a key for several values)`
      )
    const spaced = written !== written.trimEnd()
    const value = spaced ? entry.slice(equals + 1).trim() : entry.slice(equals + 1)
    const existing = byKey.get(key.toLowerCase())
    if (existing) existing[1].push(value)
    else byKey.set(key.toLowerCase(), [key, [value]])
  }
  return [...byKey.values()]
}

/**
 * A `--context` key AWS does not document (a typo such as `aws:SourceVcp`) is not the key a
 * condition tests, and the answer silently treats that key as absent: say so, with a did-you-mean.
 */
function unknownContextKeyNote(key: string, action: string): string | undefined {
  const slash = key.indexOf('/')
  if (
    lookupConditionKey(key) ??
    (slash > 0 ? lookupConditionKey(`${key.slice(0, slash)}/tag-key`) : undefined) ??
    UNDOCUMENTED_CONDITION_KEYS.some(entry => entry.key.toLowerCase() === key.toLowerCase())
  )
    return undefined
  return `--context key "${key}" is not a condition key AWS documents${didYouMean(key, conditionKeysForAction(action) ?? [])}: AWS never sends it, so a condition on the key meant does not see this value, as if it were absent`
}

function knownEnvironment(config: Config, environment: string, configFile: string): string {
  const known = Object.keys(config.environments)
  if (known.includes(environment)) return environment
  throw new UsageError(
    `environment "${environment}" is not defined in ${configFile}${didYouMean(environment, known)}; known: ${known.join(', ')}`
  )
}

/** By logical name, then physical name (IAM names are case-insensitive), then ARN; else a did-you-mean. */
function findRole(
  state: EnvironmentState,
  name: string,
  definitions: ReadonlyArray<{ definition: { kind: string; name: string; environments?: string[] } }>,
  environment: string,
  configured: readonly string[],
  otherEnvironments: () => Record<string, EnvironmentState>
): RoleState {
  const lower = name.toLowerCase()
  // A role ARN as the console or `aws iam get-role` shows it names the role too.
  const named = (role: RoleState) => role.name.toLowerCase() === lower || role.arn.toLowerCase() === lower
  const found =
    state.roles.find(role => role.logicalName === name) ??
    state.roles.find(role => role.name === name) ??
    state.roles.find(named)
  if (found) return found
  const elsewhere = definitions.find(item => item.definition.kind === 'Role' && item.definition.name === name)
  if (elsewhere) {
    const listed = elsewhere.definition.environments
    // Only environments rolegate.yml defines can be passed to --env (a listed one it does not is a
    // finding of its own).
    const usable = listed?.filter(item => configured.includes(item)) ?? []
    throw new UsageError(
      listed && !listed.includes(environment)
        ? usable.length > 0
          ? `role "${name}" is not deployed to ${environment} (its environments: ${listed.join(', ')}); pass --env with ${usable.length === 1 ? usable[0] : `one of ${usable.join(', ')}`}`
          : `role "${name}" is not deployed to ${environment}: its environments (${listed.join(', ')}) are none that rolegate.yml defines; fix its environments list`
        : `role "${name}" is not rendered in ${environment}: its expires date has passed, so RoleGate treats it as not defined`
    )
  }
  // A physical name rendered for another environment (`...-dev-...` asked with --env prod).
  for (const [other, otherState] of Object.entries(otherEnvironments())) {
    const match = otherState.roles.find(named)
    if (!match) continue
    const logicalName = match.logicalName ?? match.name
    const here = state.roles.find(role => role.logicalName === logicalName)
    const what = lower.startsWith('arn:') ? 'the ARN' : 'the name'
    throw new UsageError(
      `role "${name}" is ${what} of ${logicalName} in ${other}, not in ${environment}: ${here ? `ask for ${logicalName} (in ${environment}: ${here.name}), or pass --env ${other}` : `pass --env ${other}`}`
    )
  }
  const logical = state.roles.flatMap(role => (role.logicalName ? [role.logicalName] : []))
  const suggestion =
    closest(name, logical) ??
    closest(
      name,
      state.roles.map(role => role.name)
    )
  const listed = logical.length > 10 ? `${logical.slice(0, 10).join(', ')}, ...` : logical.join(', ')
  throw new UsageError(
    `role "${name}" is not defined in ${environment}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; roles in ${environment}: ${listed || 'none'}`
  )
}

/** Render errors (unknown variables, unresolved managed policies) of the role or of a policy it attaches. */
function renderErrorsOf(role: RoleState, state: EnvironmentState, findings: readonly Finding[]): Finding[] {
  const names = new Set<string>([role.logicalName ?? role.name])
  for (const policy of state.managedPolicies)
    if (
      policy.logicalName &&
      (role.managedPolicyArns.includes(policy.arn) || role.permissionsBoundary === policy.arn)
    )
      names.add(policy.logicalName)
  return findings.filter(
    finding => finding.severity === 'error' && finding.role !== undefined && names.has(finding.role)
  )
}

function listFindings(findings: readonly Finding[]): string {
  const shown = findings
    .slice(0, 5)
    .map(
      finding =>
        `  ${finding.file ?? '(project)'}:${finding.line ?? 1}:${finding.column ?? 1}  ${finding.rule}  ${finding.message}`
    )
  if (findings.length > shown.length) shown.push(`  and ${findings.length - shown.length} more`)
  return shown.join('\n')
}
