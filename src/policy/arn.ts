/**
 * ARNs as they appear in Resource elements: parsing, shape validation (the `invalid-arn` rule) and
 * matching against the resource types of the action database (the `resource-mismatch` rule).
 *
 * A Resource value is itself a pattern: it may hold `*`/`?` and policy variables such as
 * `${aws:username}`. Matching therefore asks "could some concrete ARN satisfy both the user's
 * pattern and the resource type's pattern?", and leans towards yes: a false resource-mismatch
 * warning teaches people to ignore the rule, a missed one costs little.
 */
import { lookupAction } from './action-db.js'
import type { ActionResourceType } from './iam-data.js'

export interface Arn {
  partition: string
  service: string
  region: string
  account: string
  /** Everything after the fifth colon; may itself contain `:` and `/`. */
  resource: string
}

/** Splits on `:` except inside a policy variable such as `${aws:partition}`. */
function splitColons(text: string): string[] {
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      const end = text.indexOf('}', i)
      if (end > 0) i = end
    } else if (text[i] === ':') {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}

/** Splits `arn:partition:service:region:account:resource`; undefined when it is not that shape. */
export function parseArn(text: string): Arn | undefined {
  const parts = splitColons(text)
  if (parts.length < 6 || parts[0] !== 'arn') return undefined
  const [, partition, service, region, account] = parts
  return { partition, service, region, account, resource: parts.slice(5).join(':') }
}

export const PARTITIONS = [
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc'
] as const

/** A policy variable (`${aws:username}`) or wildcard stands for text we cannot check. */
function isOpen(segment: string): boolean {
  return segment.includes('*') || segment.includes('?') || segment.includes('${')
}

/**
 * Problems with the shape of a Resource value, empty when it is acceptable. `*` and ARN patterns
 * are fine; what IAM would reject or what can never match is not (a missing `arn:` prefix, too few
 * segments, an unknown partition, a malformed account id or region, an empty service or resource).
 */
export function arnProblems(text: string): string[] {
  if (text === '*') return []
  if (!text.startsWith('arn:')) {
    return text.toLowerCase().startsWith('arn:')
      ? ['the "arn" prefix must be lower case']
      : ['must be "*" or start with "arn:"']
  }
  const arn = parseArn(text)
  if (!arn) {
    // `arn:aws:s3:*` style: a trailing wildcard may stand for the missing segments.
    if (text.endsWith('*')) return []
    return ['an ARN has six colon-separated parts: arn:partition:service:region:account-id:resource']
  }
  const problems: string[] = []
  if (!isOpen(arn.partition) && !(PARTITIONS as readonly string[]).includes(arn.partition)) {
    problems.push(`unknown partition "${arn.partition}" (expected one of ${PARTITIONS.join(', ')})`)
  }
  if (arn.service === '') problems.push('the service part is empty')
  else if (!isOpen(arn.service) && !/^[a-z0-9][a-z0-9.-]*$/.test(arn.service)) {
    problems.push(`"${arn.service}" is not a service namespace`)
  }
  if (arn.region !== '' && !isOpen(arn.region) && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(arn.region)) {
    problems.push(`"${arn.region}" is not a region`)
  }
  if (arn.account !== '' && !isOpen(arn.account) && !/^(\d{12}|aws)$/.test(arn.account)) {
    problems.push(`"${arn.account}" is not a 12-digit account id`)
  }
  if (arn.resource === '') problems.push('the resource part is empty')
  return problems
}

export function isValidArn(text: string): boolean {
  return arnProblems(text).length === 0
}

/**
 * Pattern variables that never contain `/`. Everything else is allowed to (role paths, log group
 * names, object keys, secret names all do); these few are what tells `arn:aws:s3:::bucket/*` (an
 * object) from a bucket, the classic s3:ListBucket mistake.
 */
const SLASH_FREE_VARIABLES = new Set(['bucketname', 'accesspointname'])

/**
 * One position of a pattern: a literal character, one character, or a run of characters (either
 * of the last two restricted to characters not in `excluded`).
 */
type Token = { literal: string } | { any: true; excluded: string } | { one: true; excluded: string }

/** The user's Resource value: `*` any run, `?` one character, `${...}` a policy variable (any run). */
function userTokens(text: string): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '$' && text[i + 1] === '{') {
      const end = text.indexOf('}', i)
      if (end > 0) {
        const name = text.slice(i + 2, end)
        // `${*}`, `${?}` and `${$}` are IAM's escapes for the literal characters.
        if (name === '*' || name === '?' || name === '$') tokens.push({ literal: name })
        else tokens.push({ any: true, excluded: '' })
        i = end
        continue
      }
    }
    if (char === '*') tokens.push({ any: true, excluded: '' })
    else if (char === '?') tokens.push({ one: true, excluded: '' })
    else tokens.push({ literal: char.toLowerCase() })
  }
  return tokens
}

/**
 * A resource type's ARN pattern. A `${Name}` variable is at least one character (an ARN with an
 * empty region cannot be a regional resource) and stays inside its colon-separated segment.
 */
function typeTokens(pattern: string): Token[] {
  const tokens: Token[] = []
  let colons = 0
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '$' && pattern[i + 1] === '{') {
      const end = pattern.indexOf('}', i)
      const name = pattern.slice(i + 2, end).toLowerCase()
      const excluded = (colons < 5 ? ':' : '') + (SLASH_FREE_VARIABLES.has(name) ? '/' : '')
      tokens.push({ one: true, excluded }, { any: true, excluded })
      i = end
      continue
    }
    if (char === ':') colons++
    if (char === '*') tokens.push({ any: true, excluded: colons < 5 ? ':' : '' })
    else tokens.push({ literal: char.toLowerCase() })
  }
  return tokens
}

/** Is there a character that `token` accepts and the single-character token `single` does too? */
function accepts(token: Token, single: Token): boolean {
  if ('literal' in token && 'literal' in single) return token.literal === single.literal
  if ('literal' in single) return !('excluded' in token) || !token.excluded.includes(single.literal)
  if ('literal' in token) return !single.excluded.includes(token.literal)
  // Two restricted wildcards: their exclusions are a couple of punctuation marks, letters remain.
  return true
}

/** Is there a string both token lists match? Memoised search over (position in a, position in b). */
function intersects(a: Token[], b: Token[]): boolean {
  const seen = new Set<number>()
  const width = b.length + 1
  const visit = (i: number, j: number): boolean => {
    if (i === a.length && j === b.length) return true
    const key = i * width + j
    if (seen.has(key)) return false
    seen.add(key)
    const ta = a[i]
    const tb = b[j]
    // A run may stand for nothing; or it absorbs one single character of the other side.
    if (
      ta &&
      'any' in ta &&
      (visit(i + 1, j) || (tb && !('any' in tb) && accepts(ta, tb) && visit(i, j + 1)))
    ) {
      return true
    }
    if (
      tb &&
      'any' in tb &&
      (visit(i, j + 1) || (ta && !('any' in ta) && accepts(tb, ta) && visit(i + 1, j)))
    ) {
      return true
    }
    return Boolean(ta && tb && !('any' in ta) && !('any' in tb) && accepts(ta, tb) && visit(i + 1, j + 1))
  }
  return visit(0, 0)
}

/**
 * Could the Resource value (`arn:aws:s3:::bucket/*`) name a resource of the type whose ARN pattern
 * is given (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`)? Case-insensitive and lenient, see
 * the file comment. `*` matches every type.
 */
export function arnMatchesResourceType(resource: string, arnPattern: string): boolean {
  if (resource === '*') return true
  return intersects(userTokens(resource), typeTokens(arnPattern))
}

/**
 * The action's resource types that the Resource value can name; empty when none can (the
 * `resource-mismatch` case) and also when the action is unknown or supports only `*`.
 */
export function resourceTypesMatching(action: string, resource: string): ActionResourceType[] {
  const info = lookupAction(action)
  if (!info) return []
  return info.resourceTypes.filter(type => arnMatchesResourceType(resource, type.arnPattern))
}
