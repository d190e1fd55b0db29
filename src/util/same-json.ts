/**
 * Are two plain JSON values (as loaded from YAML) equal, with object keys in the same order? A shared
 * subtree is equal without being walked: a definition rendered twice shares every part that holds
 * no variable, so comparing the two renderings visits little more than the substituted strings.
 *
 * true means JSON.stringify would write both the same. false may still mean equal as JSON (a member
 * that is `undefined` is skipped by JSON.stringify, not here): callers that need exactness fall back
 * to comparing text.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let index = 0; index < a.length; index++) if (!sameJson(a[index], b[index])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const keys = Object.keys(a)
  const otherKeys = Object.keys(b)
  if (keys.length !== otherKeys.length) return false
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]
    if (key !== otherKeys[index]) return false
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}
