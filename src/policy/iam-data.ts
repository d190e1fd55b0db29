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

/** One service, decoded on demand; action details are built only for actions someone asks about. */
export interface ServiceData {
  prefix: string
  name: string
  /** Canonical action names, sorted by lower-case name. */
  actionNames: readonly string[]
  /** Lower-case action name -> index into actionNames. */
  actionIndex: ReadonlyMap<string, number>
  /** Access level per action index, without building the action's full details. */
  actionLevels: readonly AccessLevel[]
  keys: readonly ConditionKeyInfo[]
  resourceTypes: readonly ResourceTypeInfo[]
  action(index: number): ActionInfo
}

const raw = data as unknown as RawIamData

export const dataSource = raw.source
export const webIdentityClaims: readonly string[] = raw.webIdentityClaims
export const globalConditionKeys: readonly ConditionKeyInfo[] = raw.global.map(([key, type]) => ({
  key,
  type: raw.types[type]
}))

/** Lower-case prefixes of every service, sorted. */
export const servicePrefixes: readonly string[] = Object.keys(raw.services).sort()

const decoded = new Map<string, ServiceData>()

/** The service's data, or undefined when the prefix is unknown. Expects a lower-case prefix. */
export function serviceData(prefix: string): ServiceData | undefined {
  const cached = decoded.get(prefix)
  if (cached) return cached
  if (!Object.prototype.hasOwnProperty.call(raw.services, prefix)) return undefined
  const service = decodeService(prefix, raw.services[prefix])
  decoded.set(prefix, service)
  return service
}

function records(text: string): string[][] {
  return text === '' ? [] : text.split(';').map(record => record.split('|'))
}

function numbers(field: string | undefined): number[] {
  return field === undefined || field === '' ? [] : field.split(',').map(Number)
}

function decodeService(prefix: string, service: RawService): ServiceData {
  const keys = records(service.keys).map(([key, type]) => ({ key, type: raw.types[Number(type)] }))
  const resourceTypes = records(service.resources).map(
    ([name, arnPattern, keyRefs]): ResourceTypeInfo => ({
      service: prefix,
      name,
      arnPattern,
      conditionKeys: numbers(keyRefs).map(i => keys[i].key)
    })
  )
  const actionRecords = records(service.actions)
  const actionNames = actionRecords.map(record => record[0])
  const actionIndex = new Map(actionNames.map((name, i) => [name.toLowerCase(), i]))
  const actionLevels = actionRecords.map(record => ACCESS_LEVELS[Number(record[1])])
  const built: Array<ActionInfo | undefined> = []

  const action = (index: number): ActionInfo => {
    const existing = built[index]
    if (existing) return existing
    const [name, , resourceRefs, keyRefs] = actionRecords[index]
    const info: ActionInfo = {
      service: prefix,
      name,
      fullName: `${prefix}:${name}`,
      accessLevel: actionLevels[index],
      // A negative ref marks a required resource type: -(index + 1), so that index 0 can be required.
      resourceTypes: numbers(resourceRefs).map(ref => ({
        ...resourceTypes[ref < 0 ? -ref - 1 : ref],
        required: ref < 0
      })),
      conditionKeys: numbers(keyRefs).map(i => keys[i].key)
    }
    built[index] = info
    return info
  }

  return { prefix, name: service.name, actionNames, actionIndex, actionLevels, keys, resourceTypes, action }
}
