/**
 * IAM wildcard matching: `*` matches any run of characters, `?` exactly one. Patterns that went
 * through policy-variable substitution are *escaped globs*: `\` makes the next character literal,
 * so `${*}` (a literal asterisk) and a substituted value never act as wildcards.
 */

const cache = new Map<string, RegExp>()

/** `text` as an escaped glob that matches exactly `text`. */
export function escapeGlob(text: string): string {
  return text.replace(/[\\*?]/g, '\\$&')
}

/** A policy string (wildcards meant as wildcards) as an escaped glob: only `\` needs escaping. */
export function globOf(pattern: string): string {
  return pattern.replace(/\\/g, '\\\\')
}

/** The literal text an escaped glob stands for (for the exact-match operators). */
export function unescapeGlob(glob: string): string {
  return glob.replace(/\\([\s\S])/g, '$1')
}

function literal(ch: string): string {
  return ch.replace(/[.+^${}()|[\]\\/*?-]/g, '\\$&')
}

function compile(pattern: string, ignoreCase: boolean, escaped: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${escaped ? 'e' : 'r'}:${pattern}`
  let regex = cache.get(cacheKey)
  if (!regex) {
    let body = ''
    for (let i = 0; i < pattern.length; i++) {
      const ch = pattern[i]
      if (escaped && ch === '\\' && i + 1 < pattern.length) body += literal(pattern[++i])
      else if (ch === '*') body += '.*'
      else if (ch === '?') body += '.'
      else body += literal(ch)
    }
    regex = new RegExp(`^${body}$`, ignoreCase ? 'is' : 's')
    cache.set(cacheKey, regex)
  }
  return regex
}

export function wildcardMatch(pattern: string, value: string, ignoreCase = false, escaped = false): boolean {
  return compile(pattern, ignoreCase, escaped).test(value)
}

const resourceCache = new Map<string, RegExp>()

/**
 * The Resource element's ARN matching (IAM User Guide, "Using wildcards in resource ARNs"): `*` and
 * `?` work within a colon-separated segment, except that a `*` that is the last character of a
 * segment "can expand to match beyond the colon boundaries". Case-sensitive. `pattern` is an
 * escaped glob.
 */
export function resourceMatch(pattern: string, arn: string): boolean {
  let regex = resourceCache.get(pattern)
  if (!regex) {
    let body = ''
    for (let i = 0; i < pattern.length; i++) {
      const ch = pattern[i]
      if (ch === '\\' && i + 1 < pattern.length) body += literal(pattern[++i])
      else if (ch === '*') body += i + 1 === pattern.length || pattern[i + 1] === ':' ? '[\\s\\S]*' : '[^:]*'
      else if (ch === '?') body += '[^:]'
      else body += literal(ch)
    }
    regex = new RegExp(`^${body}$`)
    resourceCache.set(pattern, regex)
  }
  return regex.test(arn)
}

/** Splits an ARN into its six colon-delimited components (the last may contain colons). */
function arnComponents(arn: string): string[] | undefined {
  const parts = arn.split(':')
  if (parts.length < 6) return undefined
  return [...parts.slice(0, 5), parts.slice(5).join(':')]
}

/**
 * ARN matching as in ArnLike and the Resource element: each of the six components is matched
 * separately, so a wildcard never spans a colon boundary. A lone `*` matches everything.
 * `escaped`: the pattern is an escaped glob (see above).
 */
export function arnMatch(pattern: string, arn: string, escaped = false): boolean {
  if (pattern === '*') return true
  const patternParts = arnComponents(pattern)
  const arnParts = arnComponents(arn)
  if (!patternParts || !arnParts)
    return !patternParts && !arnParts && wildcardMatch(pattern, arn, false, escaped)
  return patternParts.every((part, i) => wildcardMatch(part, arnParts[i], false, escaped))
}
