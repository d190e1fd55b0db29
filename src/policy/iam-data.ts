/**
 * The generated IAM action database (src/policy/data/iam-actions.json, written by
 * scripts/generate-iam-data.mjs) and its decoding. Nothing here is public API: action-db.ts,
 * condition-keys.ts and arn.ts build their lookups on top of it.
 *
 * The file keeps each service's records as `;`/`|`-separated strings because JSON.parse of that is
 * ~10x faster than of nested arrays; a service is decoded on first use, so a run that looks at five
 * services never pays for the other 450.
 */
import data from './data/iam-actions.json' with { type: 'json' }

/** Lowest priority first, as in the data file; an action's level is the highest AWS lists for it. */
export const ACCESS_LEVELS = ['Read', 'List', 'Write', 'Tagging', 'Permissions management'] as const
export type AccessLevel = (typeof ACCESS_LEVELS)[number]

interface RawService {
  name: string
  keys: string
  resources: string
  actions: string
}

interface RawIamData {
  format: number
  source: { package: string; version: string; updatedAt: string }
  levels: string[]
  types: string[]
  global: Array<[string, number]>
  webIdentityClaims: string[]
  services: Record<string, RawService>
}

export interface ConditionKeyInfo {
  /** As AWS writes it, variables included: `aws:RequestTag/${TagKey}`. */
  key: string
  /** IAM's value type: String, ArrayOfString, ARN, Bool, Numeric, Date, IPAddress, ... */
  type: string
}

export interface ResourceTypeInfo {
  service: string
  name: string
  /** `arn:${Partition}:s3:::${BucketName}/${ObjectName}` */
  arnPattern: string
  conditionKeys: readonly string[]
}

export interface ActionResourceType extends ResourceTypeInfo {
  /** The action cannot be scoped without naming a resource of this type (AWS's `*` marker). */
  required: boolean
}

export interface ActionInfo {
  /** Lower-case service prefix: `s3`. */
  service: string
  /** Canonical case as AWS writes it: `GetObject`. */
  name: string
  /** `s3:GetObject` */
  fullName: string
  accessLevel: AccessLevel
  /** Empty when the action supports only `"Resource": "*"`. */
  resourceTypes: readonly ActionResourceType[]
  /** Keys the reference lists for the action and its resource-type rows (globals not included). */
  conditionKeys: readonly string[]
}

// TypeScript infers loose array types from the JSON; the generator guarantees this exact shape.
const raw = data as unknown as RawIamData

export const dataSource = raw.source
export const webIdentityClaims: readonly string[] = raw.webIdentityClaims
export const globalConditionKeys: readonly ConditionKeyInfo[] = raw.global.map(([key, type]) => ({
  key,
  type: raw.types[type]
}))

/** Lower-case prefixes of every service, sorted. */
export const servicePrefixes: readonly string[] = Object.keys(raw.services).sort()

function records(text: string): string[] {
  return text === '' ? [] : text.split(';')
}

function numbers(field: string | undefined): number[] {
  return field === undefined || field === '' ? [] : field.split(',').map(Number)
}

/**
 * One service, decoded in tiers on first use of each part: the action names (all that wildcard
 * expansion needs), the exact-name index and levels, the condition keys and resource types, and
 * the full details of single actions.
 */
export class ServiceData {
  readonly name: string
  #records?: string[]
  #names?: readonly string[]
  #index?: Map<string, number>
  #levels?: readonly AccessLevel[]
  #keys?: readonly ConditionKeyInfo[]
  #resourceTypes?: readonly ResourceTypeInfo[]
  readonly #built: Array<ActionInfo | undefined> = []

  constructor(
    readonly prefix: string,
    private readonly source: RawService
  ) {
    this.name = source.name
  }

  /** `Name|level|resources|keys` per action, sorted by lower-case name. */
  get #actionRecords(): string[] {
    return (this.#records ??= records(this.source.actions))
  }

  /** Canonical action names, sorted by lower-case name. */
  get actionNames(): readonly string[] {
    return (this.#names ??= this.#actionRecords.map(record => {
      const bar = record.indexOf('|')
      return bar < 0 ? record : record.slice(0, bar)
    }))
  }

  /** Index of the action with this lower-case name, or undefined. */
  indexOf(lowerName: string): number | undefined {
    this.#index ??= new Map(this.actionNames.map((name, i) => [name.toLowerCase(), i]))
    return this.#index.get(lowerName)
  }

  /** Access level of the action at `index`, without building the action's details. */
  level(index: number): AccessLevel {
    this.#levels ??= this.#actionRecords.map(record => ACCESS_LEVELS[Number(record.split('|', 2)[1])])
    return this.#levels[index]
  }

  get keys(): readonly ConditionKeyInfo[] {
    return (this.#keys ??= records(this.source.keys).map(record => {
      const [key, type] = record.split('|')
      return { key, type: raw.types[Number(type)] }
    }))
  }

  get resourceTypes(): readonly ResourceTypeInfo[] {
    return (this.#resourceTypes ??= records(this.source.resources).map(record => {
      const [name, arnPattern, keyRefs] = record.split('|')
      return {
        service: this.prefix,
        name,
        arnPattern,
        conditionKeys: numbers(keyRefs).map(i => this.keys[i].key)
      }
    }))
  }

  action(index: number): ActionInfo {
    const existing = this.#built[index]
    if (existing) return existing
    const [name, , resourceRefs, keyRefs] = this.#actionRecords[index].split('|')
    const info: ActionInfo = {
      service: this.prefix,
      name,
      fullName: `${this.prefix}:${name}`,
      accessLevel: this.level(index),
      // A negative ref marks a required resource type: -(index + 1), so that index 0 can be required.
      resourceTypes: numbers(resourceRefs).map(ref => ({
        ...this.resourceTypes[ref < 0 ? -ref - 1 : ref],
        required: ref < 0
      })),
      conditionKeys: numbers(keyRefs).map(i => this.keys[i].key)
    }
    this.#built[index] = info
    return info
  }
}

const services = new Map<string, ServiceData>()

/** The service's data, or undefined when the prefix is unknown. Expects a lower-case prefix. */
export function serviceData(prefix: string): ServiceData | undefined {
  const cached = services.get(prefix)
  if (cached) return cached
  if (!Object.prototype.hasOwnProperty.call(raw.services, prefix)) return undefined
  const service = new ServiceData(prefix, raw.services[prefix])
  services.set(prefix, service)
  return service
}
