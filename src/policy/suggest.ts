/**
 * "Did you mean" for unknown services and actions: `s3:GetObjekt` -> `s3:GetObject`,
 * `s4:GetObject` -> `s3:GetObject`, `lamda` -> `lambda`. Typos are judged case-insensitively, allow
 * about one edit per four characters, and a unique prefix (`s3:GetBucketPolicyStat`) also counts.
 */
import { allServicePrefixes, lookupService } from './action-db.js'
import { editDistance } from './edit-distance.js'

function tolerance(text: string): number {
  return Math.max(1, Math.min(3, Math.floor(text.length / 4)))
}

/** The closest candidate within tolerance, preferring smaller distance, then alphabetical order. */
function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase()
  const limit = tolerance(needle)
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase(), limit)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  if (best !== undefined) return best
  // A truncated name: suggest it only when the prefix is unambiguous.
  const extensions = candidates.filter(candidate => candidate.toLowerCase().startsWith(needle))
  return needle.length >= 3 && extensions.length === 1 ? extensions[0] : undefined
}

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
