/**
 * ARNs as they appear in Resource elements: parsing, shape validation (the `invalid-arn` rule) and
 * matching against the resource types of the action database (the `resource-mismatch` rule).
 *
 * A Resource value is itself a pattern: it may hold `*`/`?` and policy variables such as
 * `${aws:username}`. Matching therefore asks "could some concrete ARN satisfy both the user's
 * pattern and the resource type's pattern?", and leans towards yes: a false resource-mismatch
 * warning teaches people to ignore the rule, a missed one costs little.
 */
import { boundedMemo } from '../util/bounded-memo.js'
import { lookupAction } from './action-db.js'
import { serviceData, type ActionResourceType } from './iam-data.js'
import { arnPatternTest, compileArnPattern } from './evaluate/arn-match.js'
import { closingBrace } from './evaluate/variables.js'
import { hasWildcard } from './wildcard.js'

export interface Arn {
  partition: string
  service: string
  region: string
  account: string
  /** Everything after the fifth colon; may itself contain `:` and `/`. */
  resource: string
}

/**
 * Splits `arn:partition:service:region:account:resource`; undefined when it is not that shape.
 * Colons inside a policy variable such as `${aws:partition}` do not split.
 */
export function parseArn(text: string): Arn | undefined {
  // Only the first five separating colons matter: the resource part keeps the rest.
  let found = 0
  let c0 = 0
  let c1 = 0
  let c2 = 0
  let c3 = 0
  let c4 = 0
  for (let i = 0; i < text.length && found < 5; i++) {
    const char = text.charCodeAt(i)
    if (char === 36 /* $ */ && text.charCodeAt(i + 1) === 123 /* { */) {
      const end = text.indexOf('}', i)
      if (end > 0) i = end
    } else if (char === 58 /* : */) {
      if (found === 0) c0 = i
      else if (found === 1) c1 = i
      else if (found === 2) c2 = i
      else if (found === 3) c3 = i
      else c4 = i
      found++
    }
  }
  if (found < 5 || c0 !== 3 || !text.startsWith('arn')) return undefined
  return {
    partition: text.slice(c0 + 1, c1),
    service: text.slice(c1 + 1, c2),
    region: text.slice(c2 + 1, c3),
    account: text.slice(c3 + 1, c4),
    resource: text.slice(c4 + 1)
  }
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

/** Empty, or only wildcards: a region or account field that names no particular one. */
function namesNone(field: string): boolean {
  return /^[*?]*$/.test(field)
}

/**
 * A Resource value as good as `"*"`: it names every resource of its service, or of one resource
 * type, in every region and account (`*`, `arn:*:*:*:*:*`, `arn:aws:s3:::*`, all S3 objects,
 * `arn:*:cloudtrail:*:*:trail/*`). Region and account are each empty or only wildcards; the
 * resource part is only wildcards (and separators), or the literal start of one of the service's
 * resource types followed by only wildcards (`trail/*`, `function:*`). A literal account, or a
 * name (`results/*` is one bucket's objects, not a type), narrows.
 */
export function isEffectivelyAnyResource(value: string): boolean {
  if (value === '*') return true
  const arn = parseArn(value)
  if (!arn || !namesNone(arn.region) || !namesNone(arn.account) || !arn.resource.includes('*')) return false
  if (/^[*?/:]+$/.test(arn.resource)) return true
  const head = /^([A-Za-z0-9_.-]+[/:])[*?/:]*$/.exec(arn.resource)?.[1].toLowerCase()
  if (head === undefined || /[*?$]/.test(arn.service)) return false
  return typeHeads(arn.service).has(head)
}

/** The literal starts of the resource parts of a service's resource types (`trail/`), lower-cased. */
function typeHeads(service: string): ReadonlySet<string> {
  return headsOf(service.toLowerCase())
}

// Prefixes come from user files: bounded like the other caches here.
const headsOf = boundedMemo(
  (prefix: string): ReadonlySet<string> =>
    new Set(
      (serviceData(prefix)?.resourceTypes ?? []).map(
        type => parseArn(type.arnPattern)?.resource.split('${', 1)[0].toLowerCase() ?? ''
      )
    ),
  10_000
)

/**
 * Pattern variables that never contain `/`. Everything else is allowed to (role paths, log group
 * names, object keys, secret names all do); these few are what tells `arn:aws:s3:::bucket/*` (an
 * object) from a bucket, the classic s3:ListBucket mistake.
 */
const SLASH_FREE_VARIABLES = new Set(['bucketname', 'accesspointname'])

/**
 * A pattern as parallel typed arrays, one entry per position: what it is (a literal character, one
 * character, or a run of characters), the literal (see literalCode) and the characters the last
 * two may not stand for (EXCLUDES_COLON, EXCLUDES_SLASH). No object per position: the search
 * below runs for every (Resource value, resource type) pair of every statement.
 */
interface Tokens {
  length: number
  kinds: Uint8Array
  codes: Int32Array
  excluded: Uint8Array
}

const LITERAL = 0
const ANY = 1
const ONE = 2
const EXCLUDES_COLON = 1
const EXCLUDES_SLASH = 2
const COLON = 58
const SLASH = 47

function allocateTokens(capacity: number): Tokens {
  return {
    length: 0,
    kinds: new Uint8Array(capacity),
    codes: new Int32Array(capacity),
    excluded: new Uint8Array(capacity)
  }
}

function push(tokens: Tokens, kind: number, code: number, excluded: number): void {
  const i = tokens.length++
  tokens.kinds[i] = kind
  tokens.codes[i] = code
  tokens.excluded[i] = excluded
}

/** Lower-cased texts longer than one UTF-16 unit (`İ` -> `i̇`), numbered for literalCode(). */
const wideLiterals = new Map<string, number>()

/**
 * The lower case of one UTF-16 unit as a number that is equal exactly when the lower-cased texts
 * are: the unit's code when lower-casing leaves one unit, else a negative number per text.
 */
function literalCode(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code
  const lower = text[i].toLowerCase()
  if (lower.length === 1) return lower.charCodeAt(0)
  let id = wideLiterals.get(lower)
  if (id === undefined) wideLiterals.set(lower, (id = -1 - wideLiterals.size))
  return id
}

// The user's tokens are rebuilt for each search, in this reused space (searches never nest).
let userSpace = allocateTokens(256)

/** The user's Resource value: `*` any run, `?` one character, `${...}` a policy variable (any run). */
function userTokens(text: string): Tokens {
  if (userSpace.kinds.length < text.length) userSpace = allocateTokens(2 * text.length)
  const tokens = userSpace
  tokens.length = 0
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === 36 /* $ */ && text.charCodeAt(i + 1) === 123 /* { */) {
      const end = text.indexOf('}', i)
      if (end > 0) {
        // `${*}`, `${?}` and `${$}` are IAM's escapes for the literal characters.
        const escaped = end === i + 3 ? text.charCodeAt(i + 2) : -1
        if (escaped === 42 || escaped === 63 || escaped === 36) push(tokens, LITERAL, escaped, 0)
        else push(tokens, ANY, 0, 0)
        i = end
        continue
      }
    }
    if (char === 42 /* * */) push(tokens, ANY, 0, 0)
    else if (char === 63 /* ? */) push(tokens, ONE, 0, 0)
    else push(tokens, LITERAL, literalCode(text, i), 0)
  }
  return tokens
}

/**
 * A resource type's ARN pattern. A `${Name}` variable is at least one character (an ARN with an
 * empty region cannot be a regional resource) and stays inside its colon-separated segment.
 */
function typeTokens(pattern: string): Tokens {
  const tokens = allocateTokens(2 * pattern.length)
  let colons = 0
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '$' && pattern[i + 1] === '{') {
      const end = pattern.indexOf('}', i)
      const name = pattern.slice(i + 2, end).toLowerCase()
      const excluded =
        (colons < 5 ? EXCLUDES_COLON : 0) | (SLASH_FREE_VARIABLES.has(name) ? EXCLUDES_SLASH : 0)
      push(tokens, ONE, 0, excluded)
      push(tokens, ANY, 0, excluded)
      i = end
      continue
    }
    if (char === ':') colons++
    if (char === '*') push(tokens, ANY, 0, colons < 5 ? EXCLUDES_COLON : 0)
    else push(tokens, LITERAL, literalCode(pattern, i), 0)
  }
  return tokens
}

/** Does a wildcard with these exclusions accept the literal? */
function admits(excluded: number, code: number): boolean {
  return !(
    ((excluded & EXCLUDES_COLON) !== 0 && code === COLON) ||
    ((excluded & EXCLUDES_SLASH) !== 0 && code === SLASH)
  )
}

/**
 * Is there a character that both single-position tokens (literal or one-character) accept? Two
 * restricted wildcards always share one: their exclusions are a couple of punctuation marks.
 */
function accepts(a: Tokens, i: number, b: Tokens, j: number): boolean {
  const aLiteral = a.kinds[i] === LITERAL
  const bLiteral = b.kinds[j] === LITERAL
  if (aLiteral && bLiteral) return a.codes[i] === b.codes[j]
  if (bLiteral) return admits(a.excluded[i], b.codes[j])
  if (aLiteral) return admits(b.excluded[j], a.codes[i])
  return true
}

// Scratch space for intersects(), reused across calls (they never nest). A cell was seen in this
// call when it holds this call's stamp, so nothing needs clearing between calls.
let seen = new Uint32Array(4096)
let stack = new Int32Array(4096)
let stamp = 0

/**
 * Is there a string both token lists match? A search over positions (i in a, j in b): from (0, 0),
 * can both lists be consumed together? A run may stand for nothing, or absorb one single-position
 * token of the other side; two single positions advance together when they share a character.
 */
function intersects(a: Tokens, b: Tokens): boolean {
  const width = b.length + 1
  const cells = (a.length + 1) * width
  if (seen.length < cells) {
    seen = new Uint32Array(Math.max(cells, 2 * seen.length))
    stack = new Int32Array(seen.length)
    stamp = 0
  }
  if (stamp === 0xffffffff) {
    seen.fill(0)
    stamp = 0
  }
  const mark = ++stamp
  const goal = cells - 1
  let top = 0
  stack[top++] = 0
  seen[0] = mark
  while (top > 0) {
    const cell = stack[--top]
    if (cell === goal) return true
    const i = (cell / width) | 0
    const j = cell - i * width
    const hasA = i < a.length
    const hasB = j < b.length
    const anyA = hasA && a.kinds[i] === ANY
    const anyB = hasB && b.kinds[j] === ANY
    // Each successor is pushed once: `seen` marks it when it is found.
    let right = false
    let down = false
    let diagonal = false
    if (anyA) {
      down = true
      if (hasB && !anyB && accepts(a, i, b, j)) right = true
    }
    if (anyB) {
      right = true
      if (hasA && !anyA && accepts(a, i, b, j)) down = true
    }
    if (hasA && hasB && !anyA && !anyB && accepts(a, i, b, j)) diagonal = true
    if (down && seen[cell + width] !== mark) {
      seen[cell + width] = mark
      stack[top++] = cell + width
    }
    if (right && seen[cell + 1] !== mark) {
      seen[cell + 1] = mark
      stack[top++] = cell + 1
    }
    if (diagonal && seen[cell + width + 1] !== mark) {
      seen[cell + width + 1] = mark
      stack[top++] = cell + width + 1
    }
  }
  return false
}

/**
 * Resource types of which AWS itself publishes instances to every account: their ARNs have an
 * empty account field, although the Service Authorization Reference writes the type with
 * `${Account}`. AWS's own documentation and managed policies name them so, e.g.
 * `arn:aws:ssm:us-east-1::document/AWS-StartPortForwardingSession`. Each entry says where AWS
 * documents the form.
 */
export const AWS_OWNED_RESOURCE_TYPES: readonly {
  service: string
  /** The resource part's literal start, up to the `/`. */
  type: string
  example: string
  source: string
}[] = [
  {
    service: 'ssm',
    type: 'document',
    example: 'arn:aws:ssm:us-east-1::document/AWS-StartPortForwardingSession',
    source:
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/getting-started-restrict-access-quickstart.html'
  },
  {
    service: 'ssm',
    type: 'automation-definition',
    example: 'arn:aws:ssm:us-east-1::automation-definition/AWS-RestartEC2Instance:$DEFAULT',
    source:
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/automation-setup-identity-based-policies.html'
  },
  {
    service: 'ssm',
    type: 'parameter',
    example: 'arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/*',
    source:
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-public-parameters.html'
  }
]

/**
 * The pattern of an AWS-owned instance of the type (`${Account}` dropped), or undefined when AWS
 * publishes no instances of this type (see AWS_OWNED_RESOURCE_TYPES).
 */
export function awsOwnedArnPattern(arnPattern: string): string | undefined {
  const arn = parseArn(arnPattern)
  if (!arn || arn.account !== '${Account}') return undefined
  const owned = AWS_OWNED_RESOURCE_TYPES.some(
    entry => entry.service === arn.service && arn.resource.startsWith(`${entry.type}/`)
  )
  return owned ? `arn:${arn.partition}:${arn.service}:${arn.region}::${arn.resource}` : undefined
}

/**
 * Is the value as good as `"*"` for this action: isEffectivelyAnyResource(), of the action's own
 * service (or a wildcard service), and naming some resource type of the action?
 */
export function isEffectivelyAnyResourceFor(action: string, value: string): boolean {
  if (value === '*') return true
  if (!isEffectivelyAnyResource(value)) return false
  const service = parseArn(value)?.service ?? ''
  const own = action.slice(0, action.indexOf(':')).toLowerCase()
  if (!/[*?]/.test(service) && service.toLowerCase() !== own) return false
  return resourceTypesMatching(action, value).length > 0
}

/**
 * Per resource type pattern: its tokens (and those of awsOwnedArnPattern(), when AWS publishes
 * instances of the type), and answers by Resource value. No regular expression: one built from a
 * pattern with several variables backtracks polynomially on a hostile Resource (minutes for a few
 * KB against the API Gateway patterns); the search is O(value × pattern). Resource values come
 * from user files, so the caches are bounded rather than trusted to stay small (at most 1,000
 * patterns × 1,000 values).
 */
const answersFor = boundedMemo((arnPattern: string) => {
  const tokens = typeTokens(arnPattern)
  const ownedPattern = awsOwnedArnPattern(arnPattern)
  const owned = ownedPattern === undefined ? undefined : typeTokens(ownedPattern)
  return boundedMemo((resource: string) => {
    const user = userTokens(resource)
    return intersects(user, tokens) || (owned !== undefined && intersects(user, owned))
  }, 1_000)
}, 1_000)

/**
 * Could the Resource value (`arn:aws:s3:::bucket/*`) name a resource of the type whose ARN pattern
 * is given (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`)? Case-insensitive and lenient, see
 * the file comment. `*` matches every type. Answers are cached per (value, pattern): the same
 * values and types recur across the statements, roles and environments of a project.
 */
export function arnMatchesResourceType(resource: string, arnPattern: string): boolean {
  if (resource === '*') return true
  return answersFor(arnPattern)(resource)
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

/**
 * Could some resource match both Resource patterns? The one overlap question of lint (what a Deny
 * takes away) and the diff (what a boundary blocks); "yes" whenever unsure, so callers that read
 * an overlap as "may reach" fail closed. A policy variable may stand for anything.
 *
 * Decided under the evaluator's segment-aware matching (src/policy/evaluate/arn-match.ts), not
 * component by component: a `*` that ends a segment matches across colons, so it may shift the
 * rest of its pattern into the resource part. `arn:aws:s3*:::x` and `arn:aws:s3:::y:::x` both match
 * `arn:aws:s3:::y:::x`; `arn:aws:iam::*:role/sandbox/*` and `arn:aws:iam::*:user/*` both match
 * `arn:aws:iam::1:role/sandbox/a:user/b` (no such IAM resource exists: resourceOfTypeMayMatch
 * asks with that knowledge). Exact for patterns without variables; past OVERLAP_CELLS, yes.
 */
export function resourcesMayOverlap(a: string, b: string): boolean {
  if (a === '*' || b === '*' || a.includes('${') || b.includes('${')) return true
  if (a === b) return true
  return tokensIntersect(outerTokens(a).codes, outerTokens(b).codes)
}

/**
 * Could the Resource pattern match a resource of the type whose ARN pattern (from the action
 * database, `arn:${Partition}:iam::${Account}:user/${UserNameWithPath}`) is given, under the
 * evaluator's matching? `${Partition}` is the partition; every other variable any text, without a
 * colon in the partition, service, region and account, nor anywhere in IAM's ARNs: IAM's names,
 * paths and ids hold none (IAM User Guide, "IAM identifiers": letters, digits and `+=,.@_-`, paths
 * `/`). So `arn:aws:iam::*:role/sandbox/*` names no user, while `arn:aws:s3:::*:secret` may name
 * an object (keys may hold colons). A policy variable in the pattern may stand for anything.
 */
export function resourceOfTypeMayMatch(pattern: string, typeArnPattern: string, partition: string): boolean {
  if (pattern === '*' || pattern.includes('${')) return true
  return tokensIntersect(
    outerTokens(pattern).codes,
    resourceTypeTokens(`${partition}\u0000${typeArnPattern}`)
  )
}

const resourceTypeTokens = boundedMemo((key: string): Int32Array => {
  const cut = key.indexOf('\u0000')
  const partition = key.slice(0, cut)
  const pattern = key.slice(cut + 1)
  const colonFree = /^arn:[^:]*:iam:/.test(pattern)
  const codes: number[] = []
  let colons = 0
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern.charCodeAt(i)
    if (char === 36 /* $ */ && pattern.charCodeAt(i + 1) === 123 /* { */) {
      const end = pattern.indexOf('}', i)
      if (end > 0) {
        const name = pattern.slice(i + 2, end)
        if (name.toLowerCase() === 'partition') for (const c of partition) codes.push(c.charCodeAt(0))
        else codes.push(colonFree || colons < 5 ? STAR_IN_SEGMENT : STAR_ACROSS)
        i = end
        continue
      }
    }
    if (char === SEPARATOR) colons++
    codes.push(char)
  }
  return Int32Array.from(codes)
}, 10_000)

/** Beyond this many cells (two 2,000-character patterns), tokensIntersect answers yes unchecked. */
const OVERLAP_CELLS = 4_000_000
let overlapRows = new Uint8Array(1024)

/** A `*`: any text without `:` (inside a segment), or any text (ending one). */
const isStar = (token: number) => token === STAR_IN_SEGMENT || token === STAR_ACROSS

/** Is there one character that both tokens (a literal, `?`, or a `*` taking one more) stand for? */
function shareCharacter(p: number, q: number): boolean {
  if (p >= 0 && q >= 0) return p === q
  if (p >= 0) return p !== SEPARATOR || q === STAR_ACROSS
  if (q >= 0) return q !== SEPARATOR || p === STAR_ACROSS
  // Two wildcards: both take some character other than `:`.
  return true
}

/**
 * Is there a text both token lists (tokenize()'s, variables aside) match? reachable(i, j): some
 * text takes the first i tokens of `a` and the first j of `b` together. From (i, j): a `*` may
 * stand for nothing more (i + 1, or j + 1); or both take one common character, a `*` staying
 * where it is. Every step moves right or down, so one pass in order settles each cell.
 */
function tokensIntersect(a: Int32Array, b: Int32Array): boolean {
  const width = b.length + 1
  const size = (a.length + 1) * width
  if (size > OVERLAP_CELLS) return true
  if (overlapRows.length < size) overlapRows = new Uint8Array(Math.max(size, 2 * overlapRows.length))
  const reach = overlapRows
  reach.fill(0, 0, size)
  reach[0] = 1
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      if (reach[i * width + j] === 0) continue
      const p = i < a.length ? a[i] : NONE
      const q = j < b.length ? b[j] : NONE
      if (p !== NONE && isStar(p)) reach[(i + 1) * width + j] = 1
      if (q !== NONE && isStar(q)) reach[i * width + j + 1] = 1
      if (p === NONE || q === NONE || !shareCharacter(p, q)) continue
      const starP = isStar(p)
      const starQ = isStar(q)
      // Both staying takes a character and gets nowhere: the moves above cover it.
      if (starP && starQ) continue
      reach[(starP ? i : i + 1) * width + (starQ ? j : j + 1)] = 1
    }
  }
  return reach[size - 1] === 1
}

/**
 * Does Resource pattern `outer` match every ARN that pattern `inner` matches, under the evaluator's
 * segment-aware matching (src/policy/evaluate/arn-match.ts; IAM User Guide, "IAM JSON policy
 * elements: Resource")? `?` and a `*` inside a segment never match a `:`; a `*` that ends a segment
 * (followed by `:` or the end) matches across colons. So `…:log-group:audit*trail` does not cover
 * `…:log-group:audit:log-stream:trail`, nor `arn:aws:s3:::data/*.csv` cover `…data/a:b.csv`,
 * though as plain globs (wildcardCovers) they do.
 *
 * Sound, not complete: "true" is always right, "false" means "not proven" (an Allow is then
 * reported as added, a Deny's narrowing not claimed). A policy variable in `inner` may stand for
 * any text, so only a segment-ending `*` covers it; one in `outer` covers only the same variable
 * (its value is the same within one request). A concrete `inner` is decided by the evaluator's
 * own matcher; patterns by a glob table over tokens, as wildcardCovers.
 */
export function resourcePatternCovers(outer: string, inner: string): boolean {
  if (outer === inner || outer === '*') return true
  const outerVariable = outer.includes('${')
  if (!hasWildcard(outer) && !outerVariable) return false
  if (!hasWildcard(inner) && !inner.includes('${'))
    return !outerVariable && arnPatternTest(compiledArnPattern(outer), inner)
  return tokensCover(outerTokens(outer), innerTokens(inner))
}

// Tokens of a pattern: a character code (≥ 0), or one of these.
const ANY_ONE = -1 // `?`: one character, never `:`
const STAR_IN_SEGMENT = -2 // `*` inside a segment: any text without `:`
const STAR_ACROSS = -3 // `*` that ends a segment: any text
const SEPARATOR = 58 // `:`, between ARN segments
const VARIABLE = -4 // `${…}`: `variables[i]` holds its text; in `inner`, any text
const NONE = -5 // past the end of a token list

interface PatternTokens {
  codes: Int32Array
  /** The text of each VARIABLE token, by offset in `codes`. */
  variables: Map<number, string>
}

/**
 * `asInner`: a `*` followed by a variable ends a segment when the variable's value starts with `:`,
 * so in `inner` (which may match more) it is STAR_ACROSS, in `outer` (which may match less)
 * STAR_IN_SEGMENT.
 */
function tokenize(pattern: string, asInner: boolean): PatternTokens {
  const codes: number[] = []
  const variables = new Map<number, string>()
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern.charCodeAt(i)
    if (char === 36 /* $ */ && pattern.charCodeAt(i + 1) === 123 /* { */) {
      const end = closingBrace(pattern, i + 2)
      if (end >= 0) {
        variables.set(codes.length, pattern.slice(i, end + 1))
        codes.push(VARIABLE)
        i = end
        continue
      }
    }
    if (char === 63 /* ? */) codes.push(ANY_ONE)
    else if (char === 42 /* * */) {
      const next = pattern.charCodeAt(i + 1)
      const endsSegment =
        i + 1 === pattern.length ||
        next === SEPARATOR ||
        (asInner && next === 36 && pattern.charCodeAt(i + 2) === 123)
      codes.push(endsSegment ? STAR_ACROSS : STAR_IN_SEGMENT)
    } else codes.push(char)
  }
  return { codes: Int32Array.from(codes), variables }
}

const outerTokens = boundedMemo((pattern: string) => tokenize(pattern, false), 10_000)
const innerTokens = boundedMemo((pattern: string) => tokenize(pattern, true), 10_000)
const compiledArnPattern = boundedMemo((pattern: string) => compileArnPattern({ text: pattern }), 10_000)

/** A token that stands for one character other than `:`. */
const oneNonColon = (token: number) => token === ANY_ONE || (token >= 0 && token !== SEPARATOR)
/** A token that stands only for text without `:`. */
const colonFree = (token: number) => oneNonColon(token) || token === STAR_IN_SEGMENT

let coverRows = new Uint8Array(256)

/**
 * reachable[j]: the first i outer tokens can stand for everything inner's first j tokens stand for.
 * Two reused rows; a row with nothing reachable ends the matching.
 */
function tokensCover(outer: PatternTokens, inner: PatternTokens): boolean {
  const a = outer.codes
  const b = inner.codes
  const width = b.length + 1
  if (coverRows.length < 2 * width) coverRows = new Uint8Array(Math.max(2 * width, 2 * coverRows.length))
  const rows = coverRows
  let current = 0
  let next = width
  rows.fill(0, 0, width)
  rows[0] = 1
  for (let i = 0; i < a.length; i++) {
    const token = a[i]
    let any = 0
    if (token === STAR_ACROSS) {
      let previous = 0
      for (let j = 0; j < width; j++) {
        previous = rows[next + j] = rows[current + j] | previous
        any |= previous
      }
    } else if (token === STAR_IN_SEGMENT) {
      let previous = (rows[next] = rows[current])
      any = previous
      for (let j = 1; j < width; j++) {
        previous = rows[next + j] = rows[current + j] | (previous & (colonFree(b[j - 1]) ? 1 : 0))
        any |= previous
      }
    } else {
      rows[next] = 0
      for (let j = 1; j < width; j++) {
        let value = 0
        if (rows[current + j - 1] === 1) {
          const other = b[j - 1]
          if (token === ANY_ONE) value = oneNonColon(other) ? 1 : 0
          else if (token === VARIABLE)
            value = other === VARIABLE && outer.variables.get(i) === inner.variables.get(j - 1) ? 1 : 0
          else value = other === token ? 1 : 0
        }
        rows[next + j] = value
        any |= value
      }
    }
    if (any === 0) return false
    const swap = current
    current = next
    next = swap
  }
  return rows[current + width - 1] === 1
}
