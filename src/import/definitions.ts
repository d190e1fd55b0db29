/**
 * One environment's live roles (and the customer managed policies they attach) → definition
 * fields, as a person would write them: logical names through the naming template, values
 * templated, policies referenced by logical name, and nothing the config already says (default
 * path, session, boundary, tags). Pure.
 */
import type { Config } from '../definitions/schema.js'
import { DEFAULT_NAMING } from '../definitions/schema.js'
import { DOCUMENT_KEYS, STATEMENT_KEYS, type PolicyDocument } from '../model/policy.js'
import {
  OWNERSHIP_TAG,
  type EnvironmentState,
  type ManagedPolicyState,
  type RoleState
} from '../model/state.js'
import { DEFAULT_MAX_SESSION_DURATION, environmentVariables, partitionOf } from '../render/render.js'
import { substituteString } from '../render/variables.js'
import {
  resourceLabel,
  type DefinitionKind,
  type EnvironmentDefinition,
  type Inexpressible
} from './model.js'
import { ownedElsewhere } from './select.js'
import { literalVariables, templater, type Templater } from './templatize.js'
import { compareText } from '../util/compare-text.js'

/** Definitions already in the repository, so an import reuses their names instead of adding look-alikes. */
export interface ExistingNames {
  /** `Role:shop-dev-api` (kind, lower-case physical name in the imported environment) → logical name. */
  byPhysicalName: ReadonlyMap<string, string>
  /** `Role:api` (kind, logical name) → its `roleName`/`policyName` as written (undefined: from naming). */
  byLogicalName: ReadonlyMap<string, string | undefined>
}

export const NO_EXISTING: ExistingNames = { byPhysicalName: new Map(), byLogicalName: new Map() }

export interface EnvironmentImportInput {
  config: Config
  environment: string
  /** The selected live roles and (at least) the customer managed policies they attach. */
  live: EnvironmentState
  managedBy: string
  existing?: ExistingNames
}

export interface EnvironmentImport {
  definitions: EnvironmentDefinition[]
  inexpressible: Inexpressible[]
  /** Roles another repository's RoleGate owns (tag rolegate:managed-by): left to it. */
  ownedElsewhere: { name: string; owner: string }[]
  /** Differences the first deploy will make on purpose (tags from defaults.tags the live role lacks). */
  notes: string[]
}

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/

export function importEnvironment(input: EnvironmentImportInput): EnvironmentImport {
  const { config, environment, live, managedBy } = input
  const existing = input.existing ?? NO_EXISTING
  const environmentConfig = config.environments[environment]
  const variables = environmentVariables(config, environment)
  const template = templater({
    account: environmentConfig.account,
    region: environmentConfig.region,
    partition: partitionOf(environmentConfig),
    environment
  })
  const renderConfig = (text: string) => substituteString(text, variables, () => {})
  const result: EnvironmentImport = { definitions: [], inexpressible: [], ownedElsewhere: [], notes: [] }
  const names = nameAllocator(config, variables, template, existing)
  const defaults = {
    path: normalizePath(renderConfig(config.defaults?.path ?? config.path ?? '/')),
    maxSessionDuration: config.defaults?.maxSessionDuration ?? DEFAULT_MAX_SESSION_DURATION,
    permissionsBoundary:
      config.defaults?.permissionsBoundary === undefined
        ? undefined
        : renderConfig(config.defaults.permissionsBoundary),
    tags: Object.fromEntries(
      Object.entries(config.defaults?.tags ?? {}).map(([key, value]) => [
        renderConfig(key),
        renderConfig(String(value))
      ])
    )
  }

  const roles: RoleState[] = []
  for (const role of live.roles) {
    const owner = ownedElsewhere(role.tags, managedBy)
    if (owner) result.ownedElsewhere.push({ name: role.name, owner })
    else roles.push(role)
  }
  const attached = new Set(roles.flatMap(role => role.managedPolicyArns))
  // A policy another repository's RoleGate owns stays its own: roles reference it by ARN.
  const policies = live.managedPolicies.filter(
    policy => attached.has(policy.arn) && !ownedElsewhere(policy.tags, managedBy)
  )
  const policyNames = new Map<string, string>()

  const check = (kind: DefinitionKind, physicalName: string, field: string, value: unknown) => {
    for (const literal of literalVariables(value))
      result.inexpressible.push({
        resource: resourceLabel(kind, physicalName),
        field,
        reason: `holds "${literal}", which a definition cannot say: rendering would read it as a variable`
      })
  }
  const tagsOf = (kind: DefinitionKind, resource: RoleState | ManagedPolicyState) => {
    const entries: [string, string][] = []
    for (const [key, value] of Object.entries(resource.tags)) {
      if (key === OWNERSHIP_TAG) continue
      check(kind, resource.name, `tags.${key}`, [key, value])
      if (Object.hasOwn(defaults.tags, key) && defaults.tags[key] === value) continue
      entries.push([key, template.string(value)])
    }
    for (const [key, value] of Object.entries(defaults.tags))
      if (!Object.hasOwn(resource.tags, key))
        result.notes.push(
          `${resourceLabel(kind, resource.name)} lacks the tag ${key}=${value} that defaults.tags in rolegate.yml gives every definition: the first deploy adds it`
        )
    // Tag keys are the user's (`__proto__` is a valid one): own properties only.
    return Object.fromEntries(entries)
  }
  const common = (kind: DefinitionKind, resource: RoleState | ManagedPolicyState) => {
    const fields: Record<string, unknown> = {}
    check(kind, resource.name, 'description', resource.description)
    check(kind, resource.name, 'path', resource.path)
    if (resource.description) fields.description = template.string(resource.description)
    if (resource.path !== defaults.path) fields.path = template.string(resource.path)
    return fields
  }

  for (const policy of [...policies].sort((a, b) => compareText(a.name, b.name))) {
    const identity = names.allocate('ManagedPolicy', policy.name)
    policyNames.set(policy.arn, identity.name)
    const fields = common('ManagedPolicy', policy)
    check('ManagedPolicy', policy.name, 'document', policy.document)
    fields.document = orderDocument(template.document(policy.document))
    const tags = tagsOf('ManagedPolicy', policy)
    if (Object.keys(tags).length > 0) fields.tags = tags
    result.definitions.push({
      kind: 'ManagedPolicy',
      ...identity,
      physicalName: policy.name,
      adopt: policy.tags[OWNERSHIP_TAG] !== managedBy,
      fields
    })
  }

  for (const role of [...roles].sort((a, b) => compareText(a.name, b.name))) {
    const identity = names.allocate('Role', role.name)
    const fields = common('Role', role)
    if (role.maxSessionDuration !== defaults.maxSessionDuration)
      fields.maxSessionDuration = role.maxSessionDuration
    if (role.permissionsBoundary !== defaults.permissionsBoundary) {
      check('Role', role.name, 'permissionsBoundary', role.permissionsBoundary)
      fields.permissionsBoundary =
        role.permissionsBoundary === undefined ? null : template.string(role.permissionsBoundary)
    }
    check('Role', role.name, 'trust', role.trustPolicy)
    fields.trust = orderDocument(template.document(role.trustPolicy))
    const inline = Object.keys(role.inlinePolicies).sort()
    if (inline.length > 0) {
      fields.policies = Object.fromEntries(
        inline.map(name => {
          check('Role', role.name, `policies.${name}`, role.inlinePolicies[name])
          return [name, orderDocument(template.document(role.inlinePolicies[name]))]
        })
      )
    }
    if (role.managedPolicyArns.length > 0) {
      fields.managedPolicies = role.managedPolicyArns.map(arn => {
        check('Role', role.name, 'managedPolicies', arn)
        return policyNames.get(arn) ?? template.string(arn)
      })
    }
    const tags = tagsOf('Role', role)
    if (Object.keys(tags).length > 0) fields.tags = tags
    if (role.instanceProfile) fields.instanceProfile = true
    result.definitions.push({
      kind: 'Role',
      ...identity,
      physicalName: role.name,
      adopt: role.tags[OWNERSHIP_TAG] !== managedBy,
      fields
    })
  }
  return result
}

/**
 * Logical names: the naming template's `{name}` when the live name fits it (`shop-dev-api` → `api`),
 * else an explicit `roleName`/`policyName` (templated) and a logical name made from it. A name an
 * existing definition already gives the same resource is reused; a clash gets a numeric suffix.
 */
function nameAllocator(
  config: Config,
  variables: Record<string, string>,
  template: Templater,
  existing: ExistingNames
) {
  const naming = config.naming ?? DEFAULT_NAMING
  const at = naming.indexOf('{name}')
  const single = at >= 0 && naming.indexOf('{name}', at + 1) < 0
  let unknown = false
  const render = (text: string) => substituteString(text, variables, () => (unknown = true))
  const prefix = single ? render(naming.slice(0, at)) : ''
  const suffix = single ? render(naming.slice(at + '{name}'.length)) : ''
  const usable = single && !unknown
  const taken = new Set<string>()
  return {
    allocate(kind: DefinitionKind, physicalName: string): { name: string; explicitName?: string } {
      const known = existing.byPhysicalName.get(`${kind}:${physicalName.toLowerCase()}`)
      const middle = physicalName.slice(prefix.length, physicalName.length - suffix.length)
      const fits =
        usable &&
        physicalName.length > prefix.length + suffix.length &&
        physicalName.startsWith(prefix) &&
        physicalName.endsWith(suffix) &&
        IDENTIFIER.test(middle)
      const explicitName = fits ? undefined : template.string(physicalName)
      const identity = (name: string, explicit = explicitName) =>
        explicit === undefined ? { name } : { name, explicitName: explicit }
      if (known !== undefined && !taken.has(`${kind}:${known}`)) {
        taken.add(`${kind}:${known}`)
        return identity(known)
      }
      const base = fits ? middle : logicalNameFrom(explicitName!)
      for (let index = 1; ; index++) {
        const name = index === 1 ? base : `${base}-${index}`
        // A suffixed name no longer renders to the live name through the template: say it explicitly.
        const explicit = name === middle ? explicitName : (explicitName ?? template.string(physicalName))
        const key = `${kind}:${name}`
        if (taken.has(key)) continue
        // The same name in the repository is the same resource only with the same physical name.
        if (existing.byLogicalName.has(key) && existing.byLogicalName.get(key) !== explicit) continue
        taken.add(key)
        return identity(name, explicit)
      }
    }
  }
}

/** `legacy-{environment}-worker` → `legacy-worker`: a logical name that is the same in every environment. */
export function logicalNameFrom(explicitName: string): string {
  const name = explicitName
    .replace(/[-_.]?\{(?:environment|account|region|partition)\}[-_.]?/g, match =>
      /^[-_.].*[-_.]$/.test(match) ? match[0] : ''
    )
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/[-_.]+$/, '')
  return name || 'imported'
}

export function normalizePath(path: string): string {
  let normalized = path.startsWith('/') ? path : `/${path}`
  if (!normalized.endsWith('/')) normalized += '/'
  return normalized
}

/** `value` with the keys of `first` first; own properties only, whatever the keys are. */
export function ordered(value: Record<string, unknown>, first: readonly string[]): Record<string, unknown> {
  const head = first.filter(key => Object.hasOwn(value, key))
  const rest = Object.keys(value).filter(key => !head.includes(key))
  return Object.fromEntries([...head, ...rest].map(key => [key, value[key]]))
}

/** IAM's reading order: Version, Id, Statement; in a statement Sid, Effect, Principal, Action, Resource, Condition. */
export function orderDocument(document: PolicyDocument): PolicyDocument {
  if (document === null || typeof document !== 'object') return document
  const statement = (item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? ordered(item as Record<string, unknown>, STATEMENT_KEYS)
      : item
  const out = ordered(document as unknown as Record<string, unknown>, DOCUMENT_KEYS)
  if (Array.isArray(out.Statement)) out.Statement = out.Statement.map(statement)
  else if (out.Statement !== undefined) out.Statement = statement(out.Statement)
  return out as unknown as PolicyDocument
}
