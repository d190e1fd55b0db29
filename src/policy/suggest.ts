/**
 * "Did you mean" for unknown services and actions: `s3:GetObjekt` -> `s3:GetObject`,
 * `s4:GetObject` -> `s3:GetObject`, `lamda` -> `lambda`. Typos are judged case-insensitively, allow
 * about one edit per four characters, and a unique prefix (`s3:GetBucketPolicyStat`) also counts.
 */
import { closest } from '../util/suggest.js'
import { allServicePrefixes, lookupService } from './action-db.js'

/** A known service prefix close to `prefix`, or undefined (also for an already-known prefix). */
export function suggestService(prefix: string): string | undefined {
  if (lookupService(prefix)) return undefined
  return closest(prefix, allServicePrefixes())
}

/**
 * A known action close to `action` (`service:Name`), or undefined. The service is corrected first
 * when it is unknown; wildcard patterns get no suggestion since they are not misspelled names.
 */
export function suggestAction(action: string): string | undefined {
  const colon = action.indexOf(':')
  if (colon < 0 || action.includes('*') || action.includes('?')) return undefined
  const prefix = action.slice(0, colon)
  const name = action.slice(colon + 1)
  const service = lookupService(prefix) ?? lookupService(suggestService(prefix) ?? '')
  if (!service) return undefined
  const names = service.actions.map(full => full.slice(service.prefix.length + 1))
  const exact = names.find(candidate => candidate.toLowerCase() === name.toLowerCase())
  // The name was right and only the service was misspelled (`s4:GetObject`).
  if (exact !== undefined)
    return service.prefix.toLowerCase() === prefix.toLowerCase() ? undefined : `${service.prefix}:${exact}`
  const suggestion = closest(name, names)
  return suggestion === undefined ? undefined : `${service.prefix}:${suggestion}`
}
