/**
 * One definition across environments: what is the same everywhere stays shared, what differs goes
 * to `overrides.<env>`, and a resource that exists in only some environments gets `environments:`.
 *
 * The existing definition is expanded into what it says for each of its environments (its base
 * deep-merged with that environment's overrides, as rendering does), the imported environment
 * replaces or joins them, and the whole is split again. So importing prod into a file imported from
 * dev, or importing dev again after a change in the account, both give the file one would write by
 * hand. Pure.
 */
import type { Config } from '../definitions/schema.js'
import { canonicalJson } from '../policy/canonical-json.js'
import { DEFAULT_MAX_SESSION_DURATION } from '../render/render.js'
import { deepMerge } from '../render/merge.js'
import { ordered } from './definitions.js'
import {
  KEYED_FIELDS,
  OVERRIDABLE,
  REQUIRED_FIELDS,
  physicalNameKey,
  type DefinitionKind,
  type EnvironmentDefinition,
  type WrittenDefinition
} from './model.js'

type Fields = Record<string, unknown>

export interface MergeInput {
  config: Config
  environment: string
  incoming: EnvironmentDefinition
  /** The definition already in the repository for the same resource, as loaded. */
  existing?: WrittenDefinition
}

/** Keys the merge writes itself; any other key of an existing definition (suppress, ...) is kept as is. */
const OWN_KEYS = new Set(['kind', 'name', 'roleName', 'policyName', 'environments', 'adopt', 'overrides'])

/** The order keys appear in a written definition: identity, scope, then what IAM holds, overrides last. */
const KEY_ORDER = [
  'kind',
  'name',
  'roleName',
  'policyName',
  'description',
  'environments',
  'adopt',
  'path',
  'maxSessionDuration',
  'permissionsBoundary',
  'trust',
  'document',
  'policies',
  'managedPolicies',
  'tags',
  'instanceProfile'
]

export function mergeDefinition(input: MergeInput): WrittenDefinition {
  const { config, environment, incoming, existing } = input
  const kind = incoming.kind
  const order = Object.keys(config.environments)
  const perEnvironment = new Map<string, Fields>()
  const raw = existing as unknown as Fields | undefined
  if (raw) {
    const overrides = (raw.overrides ?? {}) as Record<string, unknown>
    const scope = (raw.environments as string[] | undefined) ?? order
    const base = pick(raw, kind)
    for (const name of scope)
      perEnvironment.set(
        name,
        pick(deepMerge(base, Object.hasOwn(overrides, name) ? overrides[name] : undefined), kind)
      )
  }
  perEnvironment.set(environment, incoming.fields)
  const environments = order.filter(name => perEnvironment.has(name))
  const { base, overrides } = split(
    kind,
    environments.map(name => [name, perEnvironment.get(name)!] as const),
    config
  )

  const out: Fields = { kind, name: incoming.name }
  if (incoming.explicitName !== undefined) out[physicalNameKey(kind)] = incoming.explicitName
  if (environments.length < order.length) out.environments = environments
  if (incoming.adopt || raw?.adopt === true) out.adopt = true
  Object.assign(out, base)
  for (const [key, value] of Object.entries(raw ?? {}))
    if (!OWN_KEYS.has(key) && !OVERRIDABLE[kind].includes(key)) out[key] = value
  const sorted = orderKeys(out)
  if (overrides.size > 0) sorted.overrides = Object.fromEntries(overrides)
  return sorted as unknown as WrittenDefinition
}

function pick(definition: Fields, kind: DefinitionKind): Fields {
  const fields: Fields = {}
  for (const key of OVERRIDABLE[kind]) if (definition[key] !== undefined) fields[key] = definition[key]
  return fields
}

/** Equal as JSON; absent is not null (a boundary left to the default is not "no boundary"). */
const same = (a: unknown, b: unknown) =>
  a === undefined || b === undefined ? a === b : canonicalJson(a) === canonicalJson(b)

/**
 * Base + per-environment overrides such that, for every environment, the base deep-merged with its
 * override gives its fields. Mappings merged key by key (tags, inline policies) share the entries
 * equal everywhere; any other field differing somewhere takes the first environment's value as
 * base and overrides it where it differs (with the value the config would give, where a field is
 * absent).
 */
export function split(
  kind: DefinitionKind,
  environments: readonly (readonly [string, Fields])[],
  config: Config
): { base: Fields; overrides: Map<string, Fields> } {
  const base: Fields = {}
  const overrides = new Map<string, Fields>()
  const override = (environment: string, key: string, value: unknown) => {
    if (!overrides.has(environment)) overrides.set(environment, {})
    overrides.get(environment)![key] = value
  }
  for (const key of OVERRIDABLE[kind]) {
    const values = environments.map(([, fields]) => fields[key])
    if (values.every(value => same(value, values[0]))) {
      if (values[0] !== undefined) base[key] = values[0]
      continue
    }
    if (KEYED_FIELDS.has(key)) {
      const maps = values.map(value => (value ?? {}) as Fields)
      const common = Object.fromEntries(
        Object.entries(maps[0]).filter(([entry, value]) =>
          maps.every(map => Object.hasOwn(map, entry) && same(map[entry], value))
        )
      )
      if (Object.keys(common).length > 0) base[key] = common
      environments.forEach(([environment], index) => {
        const specific = Object.entries(maps[index]).filter(([entry]) => !Object.hasOwn(common, entry))
        if (specific.length > 0) override(environment, key, Object.fromEntries(specific))
      })
      continue
    }
    const first = values[0]
    if (first !== undefined) base[key] = first
    environments.forEach(([environment], index) => {
      const value = values[index]
      if (same(value, first)) return
      override(environment, key, value === undefined ? configDefault(key, config) : value)
    })
    if (key === REQUIRED_FIELDS[kind] && first === undefined)
      throw new Error(`import merge: the first environment has no ${key}`)
  }
  const ordered = new Map<string, Fields>()
  for (const [environment] of environments) {
    const fields = overrides.get(environment)
    if (fields) ordered.set(environment, orderKeys(fields))
  }
  return { base, overrides: ordered }
}

/** What a definition gets for a field it does not set. */
function configDefault(key: string, config: Config): unknown {
  switch (key) {
    case 'description':
      return ''
    case 'path':
      return config.defaults?.path ?? config.path ?? '/'
    case 'maxSessionDuration':
      return config.defaults?.maxSessionDuration ?? DEFAULT_MAX_SESSION_DURATION
    case 'permissionsBoundary':
      return config.defaults?.permissionsBoundary ?? null
    case 'managedPolicies':
      return []
    case 'instanceProfile':
      return false
    default:
      return undefined
  }
}

const orderKeys = (fields: Fields): Fields => ordered(fields, KEY_ORDER)
