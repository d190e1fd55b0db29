/**
 * Resource coverage between facts of the same group (same effect, action, condition, principal):
 * what one side's resources reach that the other's do not. This is the primitive behind "added
 * access" and "removed access" in a diff: `arn:aws:s3:::b/*` -> `arn:aws:s3:::b/logs/*` narrows,
 * the reverse broadens, `[a, b]` -> `[b, a]` is no change.
 */
import { wildcardCovers } from './wildcard.js'

/** Entries of `inner` that no entry of `outer` covers (resources compare case-sensitively). */
export function uncoveredResources(outer: readonly string[], inner: readonly string[]): string[] {
  if (outer.includes('*')) return []
  return inner.filter(resource => !outer.some(pattern => wildcardCovers(pattern, resource, false)))
}

/** Does `outer` reach everything `inner` does? */
export function resourcesCover(outer: readonly string[], inner: readonly string[]): boolean {
  return uncoveredResources(outer, inner).length === 0
}
