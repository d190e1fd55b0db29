/**
 * Rendering: validated definitions → the desired state of each environment. Pure.
 *
 * Per environment: filter by `environments`, deep-merge `overrides`, apply `defaults`, substitute
 * `{name}` variables, derive physical names and ARNs from the naming template, resolve logical
 * managed-policy references, and add the ownership tag.
 */
import type {
  Config,
  Definition,
  EnvironmentConfig,
  ManagedPolicyDefinition,
  RoleDefinition
} from '../definitions/schema.js'
import { DEFAULT_NAMING } from '../definitions/schema.js'
import type { LoadedDefinition } from '../definitions/load.js'
import type { Finding } from '../model/findings.js'
import type { PolicyDocument } from '../model/policy.js'
import { positionOf, positionsText, type SourceLocation } from '../model/source.js'
import {
  OWNERSHIP_TAG,
  type AccessAssertion,
  type DesiredState,
  type EnvironmentState,
  type ManagedPolicyState,
  type RoleState,
  type SourceRef,
  type Suppression,
  type TimeBoundGrant
} from '../model/state.js'
import { own, setOwn } from '../util/own.js'
import { didYouMean } from '../util/suggest.js'
import { runCheckpoint } from '../util/run-checkpoint.js'
import { GrantClock, inlinePolicyDocument, isInlinePolicyGrant, managedPolicyReference } from './expiry.js'
import { bootstrapBoundary } from './bootstrap-boundary.js'
import { deepMerge } from './merge.js'
import {
  renderVariables,
  substituteDeep,
  unknownVariableLocation,
  type UnknownVariable
} from './variables.js'

export const DEFAULT_MAX_SESSION_DURATION = 3600

export interface RenderOptions {
  /** Value of the ownership tag: `owner/repo`. */
  managedBy: string
  /** Render only these environments (default: all in the config). */
  environments?: readonly string[]
  /** The clock for time-bound grants (`expires`): what has ended by `now` is left out. */
  now: Date
  /** Roles rendered earlier in this run (a diff's head, for its base): see RenderMemo. */
  memo?: RenderMemo
}

interface MemoizedRole {
  role: RoleState
  findings: Finding[]
  grants: TimeBoundGrant[]
}

/**
 * Roles already rendered, by definition and by everything else a role's rendering reads (the
 * config and where its values were written, the environment, the owner, the clock, the
 * environment's managed-policy names). A diff
 * loads the base reusing the working tree's unchanged files (the same definition objects), so
 * with the head's memo an unchanged role in an unchanged context is the head's rendering, with its
 * findings and time-bound grants, instead of a second one. Rendered values and findings are not
 * modified downstream (lint reports copies), so sharing them is safe.
 */
export class RenderMemo {
  readonly #roles = new WeakMap<LoadedDefinition, Map<string, MemoizedRole>>()

  get(item: LoadedDefinition, context: string): MemoizedRole | undefined {
    return this.#roles.get(item)?.get(context)
  }

  set(item: LoadedDefinition, context: string, rendered: MemoizedRole): void {
    let byContext = this.#roles.get(item)
    if (!byContext) this.#roles.set(item, (byContext = new Map()))
    byContext.set(context, rendered)
  }
}

export interface RenderResult {
  state: DesiredState
  findings: Finding[]
}

export function partitionOf(environment: EnvironmentConfig): string {
  if (environment.partition) return environment.partition
  if (environment.region.startsWith('cn-')) return 'aws-cn'
  if (environment.region.startsWith('us-gov-')) return 'aws-us-gov'
  return 'aws'
}

export function render(
  config: Config,
  loaded: readonly LoadedDefinition[],
  options: RenderOptions
): RenderResult {
  const findings: Finding[] = []
  const environmentNames = Object.keys(config.environments)
  checkEnvironmentReferences(loaded, environmentNames, findings)
  const selected = options.environments ?? environmentNames
  const state: DesiredState = { project: config.project, environments: {} }
  for (const environment of selected) {
    // Environment names are user data: `constructor` or `toString` must not read Object's members.
    const environmentConfig = own(config.environments, environment)
    if (!environmentConfig) continue
    setOwn(
      state.environments,
      environment,
      renderEnvironment(config, environment, environmentConfig, loaded, options, findings)
    )
  }
  reportSharedAccountNames(config, state, findings)
  return { state, findings }
}

/** One IAM name that environments sharing an account each render. */
export interface SharedAccountName {
  what: 'role' | 'managed policy'
  name: string
  account: string
  /** In environment order; two or more. */
  renderings: { environment: string; item: RoleState | ManagedPolicyState }[]
}

/**
 * Environments in one account share IAM's names: a name two of them render is one role, which each
 * environment's deploy would overwrite with its own, past the other's approvals. The one place that
 * decides it: a finding here (the pull request), a conflict in deploy (which renders one environment
 * and its neighbours).
 */
export function sharedAccountNames(config: Config, state: DesiredState): SharedAccountName[] {
  const byAccount = new Map<string, string[]>()
  for (const environment of Object.keys(state.environments)) {
    const account = own(config.environments, environment)!.account
    byAccount.set(account, [...(byAccount.get(account) ?? []), environment])
  }
  const shared: SharedAccountName[] = []
  for (const [account, environments] of byAccount) {
    if (environments.length < 2) continue
    const named = new Map<string, SharedAccountName>()
    for (const environment of environments) {
      const { roles, managedPolicies } = state.environments[environment]
      for (const [what, items] of [
        ['role', roles],
        ['managed policy', managedPolicies]
      ] as const) {
        for (const item of items) {
          const key = `${what}|${item.name.toLowerCase()}`
          const found = named.get(key)
          if (!found) named.set(key, { what, name: item.name, account, renderings: [{ environment, item }] })
          else if (!found.renderings.some(rendering => rendering.environment === environment))
            found.renderings.push({ environment, item })
        }
      }
    }
    shared.push(...[...named.values()].filter(entry => entry.renderings.length > 1))
  }
  return shared
}

/** What a name is written as: a role or policy name field, else its logical name, else the document. */
function nameLocation(item: RoleState | ManagedPolicyState): SourceLocation | undefined {
  const source = item.source
  return (
    source && (source.fields.roleName ?? source.fields.policyName ?? source.fields.name ?? source.location)
  )
}

function reportSharedAccountNames(config: Config, state: DesiredState, findings: Finding[]): void {
  for (const { what, name, account, renderings } of sharedAccountNames(config, state)) {
    const [first] = renderings
    const location = nameLocation(first.item)
    const environments = renderings.map(rendering => rendering.environment)
    const sameDefinition = renderings.every(
      rendering =>
        rendering.item.logicalName === first.item.logicalName &&
        rendering.item.source?.file === first.item.source?.file
    )
    const message = sameDefinition
      ? `${what} "${first.item.logicalName}" renders to the name "${name}" in ${environments.join(' and ')}, which share the account ${account}: that is one IAM ${what}, and each environment's deploy would overwrite it with its own; put {environment} in "naming" (rolegate.yml) or give the environments their own accounts`
      : `${renderings
          .map(({ environment, item }) => {
            const at = nameLocation(item)
            return `${what} "${item.logicalName}"${at ? ` (${at.file}:${at.line})` : ''} in ${environment}`
          })
          .join(
            ' and '
          )} render to the same name "${name}" in the account ${account} they share: that is one IAM ${what}, and each environment's deploy would overwrite it with its own; give them different names`
    findings.push({
      rule: 'duplicate-name',
      severity: 'error',
      message,
      file: location?.file,
      line: location?.line,
      column: location?.column,
      environment: environments[0],
      environments,
      role: first.item.logicalName
    })
  }
}

/** The `{name}` variables of an environment: its own `variables` (rendered), then the built-ins. */
export function environmentVariables(config: Config, environment: string): Record<string, string> {
  const environmentConfig = own(config.environments, environment)
  if (!environmentConfig) throw new Error(`environment ${environment} is not defined`)
  return renderVariables(environmentConfig.variables ?? {}, {
    project: config.project,
    environment,
    account: environmentConfig.account,
    region: environmentConfig.region,
    partition: partitionOf(environmentConfig)
  })
}

function renderEnvironment(
  config: Config,
  environment: string,
  environmentConfig: EnvironmentConfig,
  loaded: readonly LoadedDefinition[],
  options: RenderOptions,
  findings: Finding[]
): EnvironmentState {
  const partition = partitionOf(environmentConfig)
  const variables = environmentVariables(config, environment)
  const context: Context = {
    config,
    environment,
    variables,
    options,
    findings,
    partition,
    account: environmentConfig.account,
    clock: new GrantClock(options.now)
  }
  const applicable = loaded.filter(item =>
    (item.definition.environments ?? Object.keys(config.environments)).includes(environment)
  )

  const managedPolicies: ManagedPolicyState[] = []
  for (const item of applicable) {
    if (item.definition.kind === 'ManagedPolicy')
      managedPolicies.push(renderManagedPolicy(item, item.definition, context))
  }
  const policyArns = new Map(managedPolicies.map(policy => [policy.logicalName!, policy.arn]))
  // What a role's rendering reads besides its definition (see RenderMemo).
  const memoContext =
    options.memo &&
    JSON.stringify([
      environment,
      options.managedBy,
      options.now.getTime(),
      config,
      // Where the config's values were written: findings about defaults point there.
      positionsText(config),
      [...policyArns]
    ])
  const roles: RoleState[] = []
  for (const item of applicable) {
    if (item.definition.kind !== 'Role') continue
    runCheckpoint()
    // An expired role is treated as not defined: plan lists it as an orphan, prune deletes it.
    const role = { kind: 'role', role: item.definition.name } as const
    if (context.clock.expired(item.definition, role, item.location)) continue
    const memoized = memoContext ? options.memo?.get(item, memoContext) : undefined
    if (memoized) {
      roles.push(memoized.role)
      findings.push(...memoized.findings)
      context.clock.grants.push(...memoized.grants)
      continue
    }
    const findingsBefore = findings.length
    const grantsBefore = context.clock.grants.length
    const rendered = renderRole(item, item.definition, context, policyArns)
    roles.push(rendered)
    if (memoContext)
      options.memo?.set(item, memoContext, {
        role: rendered,
        findings: findings.slice(findingsBefore),
        grants: context.clock.grants.slice(grantsBefore)
      })
  }
  reportDuplicateNames(roles, environment, 'role', findings)
  reportDuplicateNames(managedPolicies, environment, 'managed policy', findings)
  const state: EnvironmentState = {
    environment,
    account: environmentConfig.account,
    region: environmentConfig.region,
    partition,
    roles,
    managedPolicies
  }
  if (context.clock.grants.length > 0) state.timeBoundGrants = context.clock.grants
  const boundary = bootstrapBoundary(config, environment)
  if (boundary) state.bootstrapBoundary = boundary
  return state
}

interface Context {
  config: Config
  environment: string
  variables: Record<string, string>
  options: RenderOptions
  findings: Finding[]
  partition: string
  account: string
  clock: GrantClock
}

function renderRole(
  item: LoadedDefinition,
  raw: RoleDefinition,
  context: Context,
  policyArns: ReadonlyMap<string, string>
): RoleState {
  const { config } = context
  const definition = mergeOverrides(raw, context.environment)
  const unknown: UnknownVariable[] = []
  const render = <T>(value: T, location?: SourceLocation): T =>
    substituteDeep(value, context.variables, unknown, location) as T
  const field = (key: string) => positionOf(definition, key) ?? item.location

  const path = normalizePath(
    render(definition.path ?? config.defaults?.path ?? config.path ?? '/', field('path'))
  )
  const name = physicalName(definition.roleName, definition.name, context, item, field('roleName'), unknown)
  const boundary = resolveBoundary(
    definition.name,
    definition.permissionsBoundary,
    context,
    policyArns,
    render,
    field('permissionsBoundary')
  )

  const managedPolicyArns: string[] = []
  const fields: Record<string, SourceLocation> = fieldPositions(definition)
  ;(definition.managedPolicies ?? []).forEach((entry, index) => {
    const location = positionOf(definition.managedPolicies, index) ?? field('managedPolicies')
    fields[`managedPolicies.${index}`] = location
    const reference = managedPolicyReference(entry)
    if (typeof entry !== 'string') {
      const grant = { kind: 'managedPolicy', role: definition.name, name: reference } as const
      if (context.clock.expired(entry, grant, location)) return
    }
    const rendered = render(reference, location)
    const arn = rendered.startsWith('arn:') ? rendered : policyArns.get(rendered)
    if (arn) {
      managedPolicyArns.push(arn)
      // The list is sorted below: keep where each ARN was written, for findings about an attachment.
      fields[`managedPolicyArn:${arn}`] ??= location
      return
    }
    context.findings.push({
      rule: 'unknown-reference',
      severity: 'error',
      message: `managed policy "${rendered}" is neither an ARN nor a kind: ManagedPolicy defined for environment ${context.environment}${didYouMean(rendered, policyArns.keys())}`,
      file: location.file,
      line: location.line,
      column: location.column,
      environment: context.environment,
      role: definition.name
    })
  })

  const tags = renderTags(definition.tags, context, render, fields, definition)
  const role: RoleState = {
    logicalName: definition.name,
    name,
    path,
    arn: `arn:${context.partition}:iam::${context.account}:role${path}${name}`,
    description: render(definition.description ?? '', field('description')),
    maxSessionDuration:
      definition.maxSessionDuration ?? config.defaults?.maxSessionDuration ?? DEFAULT_MAX_SESSION_DURATION,
    trustPolicy: render(definition.trust as PolicyDocument, field('trust')),
    inlinePolicies: renderInlinePolicies(definition, context, render, item.location, fields),
    managedPolicyArns: [...new Set(managedPolicyArns)].sort(),
    tags,
    instanceProfile: definition.instanceProfile ?? false,
    source: sourceRef(item, fields, definition.suppress)
  }
  if (boundary) role.permissionsBoundary = boundary
  if (definition.adopt) role.adopt = true
  const assertions = renderAssertions(definition, context.environment, render)
  if (assertions.length > 0) role.expect = assertions
  reportUnknownVariables(unknown, context, item, definition.name)
  return role
}

/**
 * The role's `expect:` entries that apply to `environment`, with `{variables}` rendered in every
 * string (actions, resources, context keys and values). Each keeps its index and line: the
 * access-assertion rule reports there. Assertions are the role's intent, not its permissions:
 * compare, plan and deploy never read them.
 */
function renderAssertions(
  definition: RoleDefinition,
  environment: string,
  render: <T>(value: T, location?: SourceLocation) => T
): AccessAssertion[] {
  const assertions: AccessAssertion[] = []
  ;(definition.expect ?? []).forEach((entry, index) => {
    if (entry.environments && !entry.environments.includes(environment)) return
    const location = positionOf(definition.expect, index)
    const listed = (value: string | string[] | undefined) =>
      value === undefined ? [] : typeof value === 'string' ? [value] : value
    const at = (key: string) => positionOf(entry, key) ?? location
    const verb = entry.allow !== undefined ? 'allow' : 'deny'
    const assertion: AccessAssertion = {
      expect: verb,
      actions: render(listed(entry.allow ?? entry.deny), at(verb)),
      resources: render(listed(entry.resource), at('resource')),
      // Entries, not an object: condition keys are user input (`constructor`, `__proto__`).
      context: Object.entries(entry.context ?? {}).map(([key, value]) => [
        render(key, positionOf(entry.context, key) ?? at('context')),
        (Array.isArray(value) ? value : [value]).map(item =>
          render(String(item), positionOf(entry.context, key) ?? at('context'))
        )
      ]),
      index
    }
    if (location) assertion.location = location
    // Each resource's own line: a resource that is not an ARN is reported there.
    const written = listed(entry.resource)
    const resourceLocations = written.map((_, item) =>
      Array.isArray(entry.resource) ? (positionOf(entry.resource, item) ?? at('resource')) : at('resource')
    )
    if (resourceLocations.every((found): found is SourceLocation => found !== undefined))
      assertion.resourceLocations = resourceLocations
    assertions.push(assertion)
  })
  return assertions
}

function renderInlinePolicies(
  definition: RoleDefinition,
  context: Context,
  render: <T>(value: T, location?: SourceLocation) => T,
  fallback: SourceLocation,
  fields: Record<string, SourceLocation>
): Record<string, PolicyDocument> {
  // Entries, then Object.fromEntries: a policy named `__proto__` stays an own key, not a prototype.
  const policies: [string, PolicyDocument][] = []
  for (const [policyName, entry] of Object.entries(definition.policies ?? {})) {
    let location = positionOf(definition.policies, policyName)
    // Where the name was written: the quota rules check it as IAM's PutRolePolicy would.
    if (location) setOwn(fields, `policies.${policyName}`, location)
    if (isInlinePolicyGrant(entry)) {
      const grant = { kind: 'inlinePolicy', role: definition.name, name: policyName } as const
      if (context.clock.expired(entry, grant, location ?? fallback)) continue
      location = positionOf(entry, 'document') ?? location
    }
    policies.push([policyName, render(inlinePolicyDocument(entry), location)])
  }
  return Object.fromEntries(policies)
}

function renderManagedPolicy(
  item: LoadedDefinition,
  raw: ManagedPolicyDefinition,
  context: Context
): ManagedPolicyState {
  const { config } = context
  const definition = mergeOverrides(raw, context.environment)
  const unknown: UnknownVariable[] = []
  const render = <T>(value: T, location?: SourceLocation): T =>
    substituteDeep(value, context.variables, unknown, location) as T
  const field = (key: string) => positionOf(definition, key) ?? item.location
  const fields = fieldPositions(definition)
  const path = normalizePath(
    render(definition.path ?? config.defaults?.path ?? config.path ?? '/', field('path'))
  )
  const name = physicalName(
    definition.policyName,
    definition.name,
    context,
    item,
    field('policyName'),
    unknown
  )
  const policy: ManagedPolicyState = {
    logicalName: definition.name,
    name,
    path,
    arn: `arn:${context.partition}:iam::${context.account}:policy${path}${name}`,
    description: render(definition.description ?? '', field('description')),
    document: render(definition.document as PolicyDocument, field('document')),
    tags: renderTags(definition.tags, context, render, fields, definition),
    source: sourceRef(item, fields, definition.suppress)
  }
  if (definition.adopt) policy.adopt = true
  reportUnknownVariables(unknown, context, item, definition.name)
  return policy
}

function mergeOverrides<T extends Definition>(definition: T, environment: string): T {
  const override = own(definition.overrides as Record<string, unknown> | undefined, environment)
  return override ? deepMerge(definition, override) : definition
}

function physicalName(
  explicit: string | undefined,
  logicalName: string,
  context: Context,
  item: LoadedDefinition,
  location: SourceLocation,
  unknown: UnknownVariable[]
): string {
  const template = explicit ?? context.config.naming ?? DEFAULT_NAMING
  const rendered = substituteDeep(
    template,
    { ...context.variables, name: logicalName },
    unknown,
    explicit ? location : item.location
  ) as string
  if (explicit) {
    const prefix = namePrefix(context)
    if (prefix && !rendered.startsWith(prefix)) {
      context.findings.push({
        rule: 'naming-convention',
        severity: 'warning',
        message: `name "${rendered}" does not start with "${prefix}" from the naming template; a deployer scoped to the project's names (rolegate bootstrap) cannot manage it`,
        file: location.file,
        line: location.line,
        column: location.column,
        environment: context.environment,
        role: logicalName
      })
    }
  }
  return rendered
}

/** The part of the naming template before `{name}`, rendered: what every physical name starts with. */
export function namePrefix(context: Pick<Context, 'config' | 'variables'>): string {
  const template = context.config.naming ?? DEFAULT_NAMING
  const index = template.indexOf('{name}')
  if (index <= 0) return ''
  return substituteDeep(template.slice(0, index), context.variables, []) as string
}

function resolveBoundary(
  roleName: string,
  declared: string | null | undefined,
  context: Context,
  policyArns: ReadonlyMap<string, string>,
  render: <T>(value: T, location?: SourceLocation) => T,
  location: SourceLocation
): string | undefined {
  if (declared === null) return undefined
  const value = declared ?? context.config.defaults?.permissionsBoundary
  if (value === undefined) return undefined
  const rendered = render(value, location)
  const arn = rendered.startsWith('arn:') ? rendered : policyArns.get(rendered)
  if (arn) return arn
  // A name that is neither an ARN nor a defined policy would reach IAM as the boundary's ARN.
  const at =
    declared === undefined
      ? (positionOf(context.config.defaults, 'permissionsBoundary') ?? location)
      : location
  context.findings.push({
    rule: 'unknown-reference',
    severity: 'error',
    message: `permissions boundary "${rendered}" is neither an ARN nor a kind: ManagedPolicy defined for environment ${context.environment}${didYouMean(rendered, policyArns.keys())}`,
    file: at.file,
    line: at.line,
    column: at.column,
    environment: context.environment,
    role: roleName
  })
  return rendered
}

function renderTags(
  declared: Record<string, string | number | boolean> | undefined,
  context: Context,
  render: <T>(value: T, location?: SourceLocation) => T,
  fields: Record<string, SourceLocation>,
  definition: object
): Record<string, string> {
  const tags: Record<string, string> = {}
  const defaults = context.config.defaults?.tags ?? {}
  for (const [key, value] of Object.entries({ ...defaults, ...(declared ?? {}) })) {
    // The key's own line: the definition's when it sets the key, else defaults.tags' in rolegate.yml
    // (positionOf a key a mapping lacks is the mapping's own line, not the other mapping's key).
    const set = declared !== undefined && Object.hasOwn(declared, key)
    const location =
      (set ? positionOf(declared, key) : positionOf(defaults, key)) ?? positionOf(definition, 'tags')
    if (location) setOwn(fields, `tags.${key}`, location)
    setOwn(tags, render(key, location), render(String(value), location))
  }
  tags[OWNERSHIP_TAG] = context.options.managedBy
  return tags
}

function fieldPositions(definition: object): Record<string, SourceLocation> {
  const fields: Record<string, SourceLocation> = {}
  for (const key of Object.keys(definition)) {
    const location = positionOf(definition, key)
    if (location) fields[key] = location
  }
  return fields
}

function sourceRef(
  item: LoadedDefinition,
  fields: Record<string, SourceLocation>,
  suppress: RoleDefinition['suppress']
): SourceRef {
  const suppressions: Suppression[] = (suppress ?? []).map((entry, index) => {
    const suppression: Suppression = { rule: entry.rule, reason: entry.reason.trim() }
    if (entry.statement !== undefined) suppression.statement = String(entry.statement)
    const location = positionOf(suppress, index)
    if (location) suppression.location = location
    return suppression
  })
  return { file: item.file, location: item.location, fields, suppressions }
}

function normalizePath(path: string): string {
  let normalized = path.startsWith('/') ? path : `/${path}`
  if (!normalized.endsWith('/')) normalized += '/'
  return normalized
}

function reportUnknownVariables(
  unknown: UnknownVariable[],
  context: Context,
  item: LoadedDefinition,
  name: string
): void {
  const known = [...Object.keys(context.variables), 'name']
  const seen = new Set<string>()
  for (const variable of unknown) {
    const location = unknownVariableLocation(variable) ?? item.location
    const key = `${variable.name}@${location.line}:${location.column}`
    if (seen.has(key)) continue
    seen.add(key)
    context.findings.push({
      rule: 'unknown-variable',
      severity: 'error',
      message: `unknown variable {${variable.name}} in environment ${context.environment}${didYouMean(variable.name, known)}; define it under environments.${context.environment}.variables in rolegate.yml, or write \${...} for an IAM policy variable`,
      file: location.file,
      line: location.line,
      column: location.column,
      environment: context.environment,
      role: name
    })
  }
}

function reportDuplicateNames(
  items: readonly (RoleState | ManagedPolicyState)[],
  environment: string,
  what: string,
  findings: Finding[]
): void {
  const first = new Map<string, RoleState | ManagedPolicyState>()
  for (const item of items) {
    const key = item.name.toLowerCase() // IAM names are case-insensitive for uniqueness
    const earlier = first.get(key)
    if (!earlier) {
      first.set(key, item)
      continue
    }
    const location = nameLocation(item)!
    const other = earlier.source!
    findings.push({
      rule: 'duplicate-name',
      severity: 'error',
      message:
        item.name === earlier.name
          ? `${what} "${item.logicalName}" renders to the name "${item.name}" in ${environment}, the name "${earlier.logicalName}" (${other.file}:${nameLocation(earlier)!.line}) renders to; IAM names are unique per account, so give them different names`
          : `${what} "${item.logicalName}" renders to the name "${item.name}" in ${environment} and "${earlier.logicalName}" (${other.file}:${nameLocation(earlier)!.line}) to "${earlier.name}": the names differ only in case, and IAM names are case-insensitive, so they are one ${what}; give them names that differ in more than case`,
      file: location.file,
      line: location.line,
      column: location.column,
      environment,
      role: item.logicalName
    })
  }
}

function checkEnvironmentReferences(
  loaded: readonly LoadedDefinition[],
  known: readonly string[],
  findings: Finding[]
): void {
  for (const { definition, location: fallback } of loaded) {
    const error = (message: string, location: SourceLocation | undefined) => {
      const at = location ?? fallback
      findings.push({
        rule: 'unknown-reference',
        severity: 'error',
        message,
        file: at.file,
        line: at.line,
        column: at.column,
        role: definition.name
      })
    }
    const unknownEnvironment = (environment: string, location: SourceLocation | undefined) =>
      error(
        `environment "${environment}" is not defined in rolegate.yml${didYouMean(environment, known)}; known: ${known.join(', ')}`,
        location
      )
    definition.environments?.forEach((environment, index) => {
      if (!known.includes(environment))
        unknownEnvironment(environment, positionOf(definition.environments, index))
    })
    for (const environment of Object.keys(definition.overrides ?? {})) {
      if (!known.includes(environment))
        unknownEnvironment(environment, positionOf(definition.overrides, environment))
    }
    if (definition.kind === 'Role')
      for (const assertion of definition.expect ?? [])
        assertion.environments?.forEach((environment, index) => {
          const location = positionOf(assertion.environments, index)
          if (!known.includes(environment)) unknownEnvironment(environment, location)
          // An assertion for an environment the role is not deployed to is never checked: it
          // would pass silently, and the reader believes that environment is covered.
          else if (definition.environments && !definition.environments.includes(environment))
            error(
              `the assertion names environment "${environment}", where this role is not deployed (its environments: ${definition.environments.join(', ')}), so it is never checked; remove "${environment}" from the assertion's environments, or add it to the role's`,
              location
            )
        })
  }
}
