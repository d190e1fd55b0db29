/**
 * IAM's glob matching: `*` matches any run of characters (including none, and including `:` and
 * `/`), `?` matches exactly one character (one UTF-16 unit), everything else is literal. Actions
 * and condition keys compare case-insensitively, resources case-sensitively, so every function
 * takes `ignoreCase`. The one home of glob matching: nothing builds a RegExp from a user pattern.
 */

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?')
}

/**
 * A glob taken apart once: the literal-or-`?` segments between its stars. Matching is greedy
 * segment matching, no regular expression and no backtracking: the head must match at the start,
 * the tail at the end, and each middle segment at its leftmost place after the one before (taking
 * the leftmost never loses a match, since a later segment only needs to start further right). Cost
 * is O(value × longest segment) at worst and about O(value) for the patterns people write, where a
 * RegExp took 93 s for `s3:*?*?*?*?*?*?*?*?*?Z` and threw "regular expression too large" for
 * 30,000 stars. Patterns come from pull requests, so this bound is a security property.
 */
export interface CompiledWildcard {
  readonly pattern: string
  readonly ignoreCase: boolean
  /** Offsets of the `*`s in `pattern`; empty for a pattern with none. */
  readonly stars: readonly number[]
  /** Characters a match needs at least: everything but the stars. */
  readonly minLength: number
  /**
   * 1 at the offsets whose `*` or `?` is a literal character, not a wildcard: IAM's escapes `${*}`
   * and `${?}`, and text a policy variable substituted (see src/policy/evaluate/variables.ts).
   */
  readonly literal?: Uint8Array
}

/** `literal` marks offsets of `pattern` whose `*`/`?` stand for themselves (see CompiledWildcard). */
export function compileWildcard(
  pattern: string,
  ignoreCase: boolean,
  literal?: Uint8Array
): CompiledWildcard {
  const stars: number[] = []
  for (let index = pattern.indexOf('*'); index !== -1; index = pattern.indexOf('*', index + 1))
    if (literal?.[index] !== 1) stars.push(index)
  steps += pattern.length
  return { pattern, ignoreCase, stars, minLength: pattern.length - stars.length, literal }
}

/** Does the compiled glob match the concrete `value`? */
export function wildcardTest(glob: CompiledWildcard, value: string): boolean {
  const { pattern, ignoreCase, stars, literal } = glob
  const n = value.length
  steps++
  if (n < glob.minLength) return false
  if (stars.length === 0)
    return n === pattern.length && segmentAt(pattern, 0, pattern.length, value, 0, ignoreCase, literal)
  const head = stars[0]
  const tailStart = stars[stars.length - 1] + 1
  const tailLength = pattern.length - tailStart
  if (!segmentAt(pattern, 0, head, value, 0, ignoreCase, literal)) return false
  const end = n - tailLength
  if (!segmentAt(pattern, tailStart, pattern.length, value, end, ignoreCase, literal)) return false
  let position = head
  for (let star = 0; star + 1 < stars.length; star++) {
    const from = stars[star] + 1
    const to = stars[star + 1]
    const length = to - from
    if (length === 0) continue
    let found = -1
    for (let at = position; at + length <= end; at++) {
      if (segmentAt(pattern, from, to, value, at, ignoreCase, literal)) {
        found = at
        break
      }
    }
    if (found < 0) return false
    position = found + length
  }
  return true
}

/** Does `pattern[from, to)` (literals and `?`) match `value` at `at`? */
function segmentAt(
  pattern: string,
  from: number,
  to: number,
  value: string,
  at: number,
  ignoreCase: boolean,
  literal: Uint8Array | undefined
): boolean {
  for (let index = from; index < to; index++) {
    steps++
    const expected = pattern.charCodeAt(index)
    if (expected === QUESTION && literal?.[index] !== 1) continue
    const actual = value.charCodeAt(at + index - from)
    if (expected !== actual && (!ignoreCase || fold(expected) !== fold(actual))) return false
  }
  return true
}

/** One UTF-16 unit in lower case (ASCII without allocating); a unit whose lower case is longer stays itself. */
function fold(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code
  const lower = String.fromCharCode(code).toLowerCase()
  return lower.length === 1 ? lower.charCodeAt(0) : code
}

let steps = 0

/**
 * Character comparisons (and pattern characters scanned) by every match so far: a test reads it
 * before and after a match to prove the cost is bounded, without timing anything.
 */
export function wildcardSteps(): number {
  return steps
}

/** Does the glob `pattern` match the concrete `value`? */
export function wildcardMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  if (!hasWildcard(pattern)) {
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value
  }
  return wildcardTest(compileWildcard(pattern, ignoreCase), value)
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
  // A literal `inner` is covered exactly when `outer` matches it: the greedy matcher, not the
  // value × pattern table below (both sides come from pull requests).
  if (!hasWildcard(inner)) return wildcardMatch(outer, inner, ignoreCase)
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

/**
 * Can some string match both globs? (`arn:aws:s3:::b/*` and `arn:aws:s3:::*\/logs` can: `b/logs`;
 * `arn:aws:s3:::a/*` and `arn:aws:s3:::b/*` cannot.) Exact: `overlap[i][j]` says whether
 * `a[i..]` and `b[j..]` can produce a common string; a `*` on either side either ends or absorbs
 * the other side's next token (a literal, a `?`, or the other's `*` as a whole). O(|a| × |b|),
 * one reused table; a literal side is the greedy matcher. Past OVERLAP_CELLS (two 2,000-character
 * patterns) it answers true, "may overlap", without matching: every caller reads an overlap as
 * "may reach", the fail-closed answer.
 */
export function wildcardOverlaps(a: string, b: string, ignoreCase: boolean): boolean {
  if (!hasWildcard(a)) return wildcardMatch(b, a, ignoreCase)
  if (!hasWildcard(b)) return wildcardMatch(a, b, ignoreCase)
  const x = ignoreCase ? a.toLowerCase() : a
  const y = ignoreCase ? b.toLowerCase() : b
  const width = y.length + 1
  const size = (x.length + 1) * width
  if (size > OVERLAP_CELLS) return true
  if (overlapTable.length < size) overlapTable = new Uint8Array(Math.max(size, 2 * overlapTable.length))
  const table = overlapTable
  const at = (i: number, j: number) => i * width + j
  for (let i = x.length; i >= 0; i--) {
    for (let j = y.length; j >= 0; j--) {
      steps++
      let value: number
      if (i === x.length && j === y.length) value = 1
      else if (i < x.length && x.charCodeAt(i) === STAR)
        value = table[at(i + 1, j)] | (j < y.length ? table[at(i, j + 1)] : 0)
      else if (j < y.length && y.charCodeAt(j) === STAR)
        value = table[at(i, j + 1)] | (i < x.length ? table[at(i + 1, j)] : 0)
      else if (i === x.length || j === y.length) value = 0
      else {
        const p = x.charCodeAt(i)
        const q = y.charCodeAt(j)
        value = p === QUESTION || q === QUESTION || p === q ? table[at(i + 1, j + 1)] : 0
      }
      table[at(i, j)] = value
    }
  }
  return table[0] === 1
}

const OVERLAP_CELLS = 4_000_000
let overlapTable = new Uint8Array(1024)
