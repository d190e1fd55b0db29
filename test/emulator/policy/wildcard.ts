/** IAM wildcard matching: `*` matches any run of characters, `?` exactly one. */

const cache = new Map<string, RegExp>()

function compile(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}:${pattern}`
  let regex = cache.get(cacheKey)
  if (!regex) {
    const body = pattern
      .split('')
      .map(ch => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&')))
      .join('')
    regex = new RegExp(`^${body}$`, ignoreCase ? 'is' : 's')
    cache.set(cacheKey, regex)
  }
  return regex
}

export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  return compile(pattern, ignoreCase).test(value)
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
 */
export function arnMatch(pattern: string, arn: string): boolean {
  if (pattern === '*') return true
  const patternParts = arnComponents(pattern)
  const arnParts = arnComponents(arn)
  if (!patternParts || !arnParts) return !patternParts && !arnParts && wildcardMatch(pattern, arn)
  return patternParts.every((part, i) => wildcardMatch(part, arnParts[i]))
}
