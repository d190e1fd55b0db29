/**
 * IAM's glob matching: `*` matches any run of characters (including none, and including `:` and
 * `/`), `?` matches exactly one character, everything else is literal. Actions and condition keys
 * compare case-insensitively, resources case-sensitively, so every function takes `ignoreCase`.
 */

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?')
}

const regexCache = new Map<string, RegExp>()
const REGEX_CACHE_LIMIT = 10_000

/** Anchored RegExp for a glob; compiled once per (pattern, case mode) and cached. */
export function wildcardRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = (ignoreCase ? 'i' : 's') + pattern
  const cached = regexCache.get(cacheKey)
  if (cached) return cached
  let source = '^'
  for (const char of pattern) {
    if (char === '*') source += '[\\s\\S]*'
    else if (char === '?') source += '[\\s\\S]'
    else source += char.replace(/[\\^$.|+()[\]{}*?]/g, '\\$&')
  }
  const regex = new RegExp(source + '$', ignoreCase ? 'iu' : 'u')
  // Patterns come from user files, so the cache is bounded rather than trusted to stay small.
  if (regexCache.size >= REGEX_CACHE_LIMIT) regexCache.clear()
  regexCache.set(cacheKey, regex)
  return regex
}

/** Does the glob `pattern` match the concrete `value`? */
export function wildcardMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  if (!hasWildcard(pattern)) {
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value
  }
  return wildcardRegExp(pattern, ignoreCase).test(value)
}

/**
 * Does every string that `inner` matches also match `outer`? (`s3:*` covers `s3:Get*`;
 * `arn:aws:s3:::b/*` covers `arn:aws:s3:::b/logs/*`.)
 *
 * Sound, and exact for the patterns people write: `inner` is read as text in which its `*` and `?`
 * are characters that only a `*` of `outer` may absorb (an outer `?` takes one character, and an
 * inner `*` may stand for several). A "true" is therefore always right; a "false" can only be wrong
 * for contrived pairs such as `a?*` against `a*?`.
 */
export function wildcardCovers(outer: string, inner: string, ignoreCase: boolean): boolean {
  if (!hasWildcard(outer)) {
    return !hasWildcard(inner) && wildcardMatch(outer, inner, ignoreCase)
  }
  const a = ignoreCase ? outer.toLowerCase() : outer
  const b = ignoreCase ? inner.toLowerCase() : inner
  const width = b.length + 1
  // reachable[j]: outer[0..i) can produce inner[0..j); classic glob DP, one row at a time, over
  // UTF-16 units (two reused rows: this runs for every resource of every statement).
  if (rows.length < 2 * width) rows = new Uint8Array(Math.max(2 * width, 2 * rows.length))
  let reachable = 0
  let next = width
  rows.fill(0, 0, width)
  rows[0] = 1
  for (let i = 0; i < a.length; i++) {
    const token = a.charCodeAt(i)
    let any = 0
    if (token === STAR) {
      let previous = (rows[next] = rows[reachable])
      for (let j = 1; j < width; j++) {
        previous = rows[next + j] = rows[reachable + j] | previous
        any |= previous
      }
      any |= rows[next]
    } else {
      rows[next] = 0
      for (let j = 1; j < width; j++) {
        let value = 0
        if (rows[reachable + j - 1] === 1) {
          const char = b.charCodeAt(j - 1)
          value = token === QUESTION ? (char !== STAR ? 1 : 0) : char === token ? 1 : 0
        }
        rows[next + j] = value
        any |= value
      }
    }
    // Nothing reachable: no later token can make anything reachable again.
    if (any === 0) return false
    const swap = reachable
    reachable = next
    next = swap
  }
  return rows[reachable + width - 1] === 1
}

const STAR = 42
const QUESTION = 63
let rows = new Uint8Array(256)
