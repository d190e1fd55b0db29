/**
 * Lookups and wildcard expansion over the IAM action database. Action names are case-insensitive in
 * IAM, so every lookup folds case and every result uses AWS's canonical spelling (`s3:GetObject`).
 *
 * Expansion results are cached per pattern and frozen: policies repeat the same few patterns
 * (`s3:Get*`, `*`) across roles and environments, and the comparison engine expands both sides.
 */
import {
  ACCESS_LEVELS,
  dataSource,
  serviceData,
  servicePrefixes,
  type AccessLevel,
  type ActionInfo,
  type ServiceData
} from './iam-data.js'
import { boundedMemo } from '../util/bounded-memo.js'
import { compileWildcard, hasWildcard, wildcardTest } from './wildcard.js'

export { ACCESS_LEVELS }
export type {
  AccessLevel,
  ActionInfo,
  ActionResourceType,
  ConditionKeyInfo,
  ResourceTypeInfo
} from './iam-data.js'

export interface ServiceInfo {
  prefix: string
  name: string
  /** Canonical full names (`s3:GetObject`), sorted case-insensitively. */
  actions: readonly string[]
}

export interface DataVersion {
  package: string
  version: string
  /** When the upstream data was last refreshed from AWS (ISO 8601). */
  updatedAt: string
}

export function dataVersion(): DataVersion {
  return { ...dataSource }
}

export function allServicePrefixes(): readonly string[] {
  return servicePrefixes
}

export function lookupService(prefix: string): ServiceInfo | undefined {
  const service = serviceData(prefix.toLowerCase())
  if (!service) return undefined
  return { prefix: service.prefix, name: service.name, actions: fullNames(service) }
}

/** `lookupAction('S3:getobject')` -> details of `s3:GetObject`; undefined when unknown or malformed. */
export function lookupAction(action: string): ActionInfo | undefined {
  const colon = action.indexOf(':')
  if (colon < 0) return undefined
  const service = serviceData(action.slice(0, colon).toLowerCase())
  const index = service?.indexOf(action.slice(colon + 1).toLowerCase())
  return service && index !== undefined ? service.action(index) : undefined
}

/** Canonical spelling of a known action (`s3:getobject` -> `s3:GetObject`), else undefined. */
export function canonicalActionName(action: string): string | undefined {
  return lookupAction(action)?.fullName
}

const fullNameCache = new Map<string, readonly string[]>()

function fullNames(service: ServiceData): readonly string[] {
  let names = fullNameCache.get(service.prefix)
  if (!names) {
    names = Object.freeze(service.actionNames.map(name => `${service.prefix}:${name}`))
    fullNameCache.set(service.prefix, names)
  }
  return names
}

let everything: readonly string[] | undefined

/** Every action of every service, canonical and sorted (by service prefix, then lower-case name). */
export function allActions(): readonly string[] {
  everything ??= Object.freeze(
    servicePrefixes.flatMap(prefix => fullNames(serviceData(prefix) as ServiceData))
  )
  return everything
}

const expandCached = boundedMemo(expandUncached, 20_000)
const CACHED_PATTERN_LENGTH = 256
const NOTHING: readonly string[] = Object.freeze([])

/**
 * Known actions an Action element pattern grants, canonical and sorted: `s3:Get*`, `s3:get?bject`,
 * `*:Describe*`, `*`. Empty for a malformed pattern (no `:`) and for one that matches nothing
 * (unknown service or action); callers decide whether that is an `unknown-action` finding.
 */
export function expandActionPattern(pattern: string): readonly string[] {
  const key = pattern.toLowerCase()
  // Patterns come from pull requests: a huge one is cheap to expand again, not worth keeping.
  return key.length > CACHED_PATTERN_LENGTH ? expandUncached(key) : expandCached(key)
}

function expandUncached(pattern: string): readonly string[] {
  if (pattern === '*') return allActions()
  const colon = pattern.indexOf(':')
  if (colon < 0) return NOTHING
  const servicePattern = pattern.slice(0, colon)
  const actionPattern = pattern.slice(colon + 1)
  const serviceGlob = compileWildcard(servicePattern, true)
  const prefixes = hasWildcard(servicePattern)
    ? servicePrefixes.filter(prefix => wildcardTest(serviceGlob, prefix))
    : serviceData(servicePattern)
      ? [servicePattern]
      : []
  const result: string[] = []
  const actionGlob = compileWildcard(actionPattern, true)
  for (const prefix of prefixes) {
    const service = serviceData(prefix) as ServiceData
    if (actionPattern === '*') {
      result.push(...fullNames(service))
    } else if (!hasWildcard(actionPattern)) {
      const index = service.indexOf(actionPattern)
      if (index !== undefined) result.push(`${prefix}:${service.actionNames[index]}`)
    } else {
      for (const name of service.actionNames)
        if (wildcardTest(actionGlob, name)) result.push(`${prefix}:${name}`)
    }
  }
  return Object.freeze(result)
}

/** Does the action pattern match at least one known action? */
export function actionPatternIsKnown(pattern: string): boolean {
  return expandActionPattern(pattern).length > 0
}

/**
 * What a NotAction element grants: every known action that matches none of the patterns. Unknown
 * actions cannot be listed, which is one reason NotAction + Allow is a finding of its own.
 */
export function invertActions(notActionPatterns: readonly string[]): readonly string[] {
  const excluded = new Set<string>()
  for (const pattern of notActionPatterns)
    for (const action of expandActionPattern(pattern)) excluded.add(action)
  if (excluded.size === 0) return allActions()
  return allActions().filter(action => !excluded.has(action))
}

export function accessLevelOf(action: string): AccessLevel | undefined {
  const colon = action.indexOf(':')
  if (colon < 0) return undefined
  const service = serviceData(action.slice(0, colon).toLowerCase())
  const index = service?.indexOf(action.slice(colon + 1).toLowerCase())
  return service && index !== undefined ? service.level(index) : undefined
}

const byLevel = new Map<AccessLevel, readonly string[]>()

/** Every known action at the given access level, sorted like allActions(). */
export function actionsWithAccessLevel(level: AccessLevel): readonly string[] {
  let actions = byLevel.get(level)
  if (!actions) {
    const found: string[] = []
    for (const prefix of servicePrefixes) {
      const service = serviceData(prefix) as ServiceData
      service.actionNames.forEach((name, i) => {
        if (service.level(i) === level) found.push(`${prefix}:${name}`)
      })
    }
    actions = Object.freeze(found)
    byLevel.set(level, actions)
  }
  return actions
}

/** Priority order for reports: Permissions management first, Read last. */
export function accessLevelRank(level: AccessLevel): number {
  return ACCESS_LEVELS.length - 1 - ACCESS_LEVELS.indexOf(level)
}
