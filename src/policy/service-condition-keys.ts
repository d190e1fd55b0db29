/**
 * Which condition keys a service declares, for the `unknown-condition-key` rule. The Service
 * Authorization Reference lists keys per action too, but those lists are incomplete (s3:prefix
 * appears on a handful of actions, yet people rightly use it wherever S3 evaluates it), so the
 * rule asks the coarser and safer question: does any service of the statement know this key?
 */
import { boundedMemo } from '../util/bounded-memo.js'
import { serviceData } from './iam-data.js'

interface ServiceKeys {
  exact: Set<string>
  /** Keys with `${Var}` or `<var>` parts, as anchored case-insensitive expressions. */
  templates: RegExp[]
}

const VARIABLE = /\$\{[^}]*\}|<[^>]*>/

function buildKeys(lower: string): ServiceKeys | undefined {
  const service = serviceData(lower)
  if (!service) return undefined
  const keys: ServiceKeys = { exact: new Set(), templates: [] }
  for (const { key } of service.keys) {
    if (VARIABLE.test(key)) {
      const source = key
        .split(VARIABLE)
        .map(part => part.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'))
        .join('.+')
      keys.templates.push(new RegExp(`^${source}$`, 'i'))
    } else {
      keys.exact.add(key.toLowerCase())
    }
  }
  return keys
}

// Prefixes come from pull requests (unknown ones included): bounded, like every cache.
const keysByService = boundedMemo(buildKeys, 1_000)

function keysOf(prefix: string): ServiceKeys | undefined {
  return keysByService(prefix.toLowerCase())
}

/** Does the service with this prefix declare the key (exactly, or as an instance of a template)? */
export function serviceDeclaresConditionKey(prefix: string, key: string): boolean {
  const keys = keysOf(prefix)
  if (!keys) return false
  return keys.exact.has(key.toLowerCase()) || keys.templates.some(template => template.test(key))
}

/** The keys the service declares, as AWS spells them (templates included); empty when unknown. */
export function serviceConditionKeys(prefix: string): readonly string[] {
  return serviceData(prefix.toLowerCase())?.keys.map(key => key.key) ?? []
}
