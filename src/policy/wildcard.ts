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
  // reachable[j]: outer[0..i) can produce inner[0..j); classic glob DP, one row at a time.
  let reachable: boolean[] = new Array<boolean>(b.length + 1).fill(false)
  reachable[0] = true
  for (const token of a.split('')) {
    const next: boolean[] = new Array<boolean>(b.length + 1).fill(false)
    for (let j = 0; j <= b.length; j++) {
      if (token === '*') {
        next[j] = reachable[j] || (j > 0 && next[j - 1])
      } else if (j > 0 && reachable[j - 1]) {
        const char = b[j - 1]
        next[j] = token === '?' ? char !== '*' : char === token && char !== '*' && char !== '?'
      }
    }
    reachable = next
  }
  return reachable[b.length]
}
