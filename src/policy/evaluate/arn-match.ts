/**
 * Matching a Resource pattern (or an Arn* condition value) against a concrete ARN.
 *
 * IAM User Guide, "IAM JSON policy elements: Resource", Using wildcards in resource ARNs: `*` and
 * `?` work within the segments of an ARN (the parts separated by colons), and a `*` that is the last
 * character of a segment "can expand to match beyond the colon boundaries". So:
 *
 * - a `?`, and a `*` inside a segment, never match a `:`;
 * - a `*` that ends a segment matches the rest of that segment and any number of following
 *   segments (`arn:aws:iam::*` matches every IAM ARN of the partition; `arn:aws:s3:::b/*` matches
 *   `arn:aws:s3:::b/k:with:colons`);
 * - everything is case-sensitive.
 *
 * The Arn* condition operators differ, and follow their own page ("IAM JSON policy elements:
 * Condition operators", ARN condition operators): "each of the six colon-delimited components of
 * the ARN is checked separately", and its example shows `arn:aws:someservice:*:111122223333:finance/*`
 * failing on `arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/x` ("the
 * first asterisk matches only us-east-2"): see compileArnCondition.
 *
 * Within one segment (which holds no colon) matching is src/policy/wildcard.ts; across segments,
 * the pattern is cut after each segment-ending `*` into blocks, and each block is placed at the
 * leftmost value segment where it fits (placing it further left never loses a match). No
 * backtracking, no RegExp; large placements use bit sets (see place), so a hostile pattern costs
 * about (distinct segments of the pattern × distinct segments of the value) segment matches.
 */
import { compileWildcard, wildcardTest, type CompiledWildcard } from '../wildcard.js'
import type { ResolvedText } from './variables.js'

interface Block {
  segments: CompiledWildcard[]
  /** The block's last segment ends with a `*`: it absorbs the rest of the value after it. */
  open: boolean
}

export interface CompiledArnPattern {
  /** Set when the pattern has no wildcard: the value must equal it. */
  exact?: string
  blocks: Block[]
}

function isWildcardAt(pattern: ResolvedText, index: number): boolean {
  const char = pattern.text.charCodeAt(index)
  return (char === 42 || char === 63) && pattern.literal?.[index] !== 1
}

export function compileArnPattern(pattern: ResolvedText): CompiledArnPattern {
  const { text, literal } = pattern
  let wild = false
  for (let i = 0; i < text.length && !wild; i++) wild = isWildcardAt(pattern, i)
  if (!wild) return { exact: text, blocks: [] }
  const blocks: Block[] = []
  let current: CompiledWildcard[] = []
  let from = 0
  for (;;) {
    const colon = text.indexOf(':', from)
    const to = colon < 0 ? text.length : colon
    current.push(compileWildcard(text.slice(from, to), false, literal?.subarray(from, to)))
    const open = to > from && text.charCodeAt(to - 1) === 42 && literal?.[to - 1] !== 1
    if (open) {
      blocks.push({ segments: current, open: true })
      current = []
    }
    if (colon < 0) break
    from = colon + 1
  }
  // A pattern ending in a segment-ending `*` has no closed tail block.
  if (current.length > 0) blocks.push({ segments: current, open: false })
  return { blocks }
}

function blockAt(block: Block, values: readonly string[], start: number): boolean {
  const { segments } = block
  if (start + segments.length > values.length) return false
  for (let i = 0; i < segments.length; i++) if (!wildcardTest(segments[i], values[start + i])) return false
  return true
}

/** Above this many segment comparisons, a block is placed with bit sets (see placeWithBitSets). */
const DIRECT_LIMIT = 20_000

/**
 * The leftmost start in [lower, values.length - size] where the block fits, or -1. Trying each
 * start costs up to (value segments × block segments) segment matches: fine for real ARNs, a hang
 * for a hostile `arn:*:a:a:…:b*` against `arn:a:a:…`. Large cases go through placeWithBitSets.
 */
function place(block: Block, values: readonly string[], lower: number): number {
  const size = block.segments.length
  const last = values.length - size
  if (last < lower) return -1
  if ((last - lower + 1) * size > DIRECT_LIMIT) return placeWithBitSets(block, values, lower)
  for (let start = lower; start <= last; start++) if (blockAt(block, values, start)) return start
  return -1
}

/**
 * The same answer in O(distinct pattern segments × distinct value segments) segment matches plus
 * O(block segments × value segments / 32) word operations: each block segment's matches are a bit
 * set over value positions (computed once per distinct segment, testing each distinct value text
 * once), and the fitting starts are the AND of those sets, each shifted by the segment's offset.
 */
function placeWithBitSets(block: Block, values: readonly string[], lower: number): number {
  const count = values.length
  const words = (count >>> 5) + 1
  const idOf = new Map<string, number>()
  const ids = new Int32Array(count)
  for (let j = 0; j < count; j++) {
    let id = idOf.get(values[j])
    if (id === undefined) idOf.set(values[j], (id = idOf.size))
    ids[j] = id
  }
  const distinct = [...idOf.keys()]
  const bySegment = new Map<string, Uint32Array>()
  const fits = new Uint32Array(words).fill(0xffffffff)
  for (let i = 0; i < block.segments.length; i++) {
    const segment = block.segments[i]
    const key = segment.literal ? `${segment.pattern}\u0000${segment.literal.join('')}` : segment.pattern
    let positions = bySegment.get(key)
    if (!positions) {
      const matchesId = distinct.map(text => wildcardTest(segment, text))
      positions = new Uint32Array(words)
      for (let j = 0; j < count; j++) if (matchesId[ids[j]]) positions[j >>> 5] |= 1 << (j & 31)
      bySegment.set(key, positions)
    }
    // fits[start] &= positions[start + i]: shift the set right by i bits.
    const wordShift = i >>> 5
    const bitShift = i & 31
    for (let w = 0; w < words; w++) {
      const low = w + wordShift < words ? positions[w + wordShift] >>> bitShift : 0
      const high =
        bitShift !== 0 && w + wordShift + 1 < words ? positions[w + wordShift + 1] << (32 - bitShift) : 0
      fits[w] &= low | high
    }
  }
  const last = count - block.segments.length
  for (let start = lower; start <= last; start++) if ((fits[start >>> 5] >>> (start & 31)) & 1) return start
  return -1
}

// The request's resource is tested against every pattern of every statement: split it once.
let lastValue = ''
let lastSegments: readonly string[] = ['']

export function arnPatternTest(pattern: CompiledArnPattern, value: string): boolean {
  if (pattern.exact !== undefined) return pattern.exact === value
  if (value !== lastValue) {
    lastSegments = value.split(':')
    lastValue = value
  }
  const values = lastSegments
  const count = values.length
  let lower = 0
  for (let b = 0; b < pattern.blocks.length; b++) {
    const block = pattern.blocks[b]
    const size = block.segments.length
    if (!block.open) {
      // The closed tail: anchored at the end of the value (and at its start when it is the only block).
      const start = count - size
      if (start < lower || (b === 0 && start !== 0)) return false
      return blockAt(block, values, start)
    }
    const start = b === 0 ? (blockAt(block, values, 0) ? 0 : -1) : place(block, values, lower)
    if (start < 0) return false
    lower = start + size
  }
  // The last block was open: its `*` takes whatever follows.
  return true
}

/** Does the (substituted) pattern match the ARN? */
export function arnPatternMatch(pattern: ResolvedText, value: string): boolean {
  return arnPatternTest(compileArnPattern(pattern), value)
}

/**
 * An Arn* condition value: six components (the sixth keeps its colons), each matched on its own, so
 * no wildcard spans a component. A value that is not ARN-shaped is matched as one glob.
 */
export interface CompiledArnCondition {
  components?: CompiledWildcard[]
  whole?: CompiledWildcard
}

/** Offsets of the first five colons, or undefined when there are fewer. */
function componentColons(text: string): number[] | undefined {
  const colons: number[] = []
  for (let at = text.indexOf(':'); at !== -1 && colons.length < 5; at = text.indexOf(':', at + 1))
    colons.push(at)
  return colons.length === 5 ? colons : undefined
}

export function compileArnCondition(pattern: ResolvedText): CompiledArnCondition {
  const { text, literal } = pattern
  const colons = componentColons(text)
  if (!colons) return { whole: compileWildcard(text, false, literal) }
  const bounds = [-1, ...colons, text.length]
  const components: CompiledWildcard[] = []
  for (let i = 0; i < 6; i++) {
    const from = bounds[i] + 1
    const to = bounds[i + 1]
    components.push(compileWildcard(text.slice(from, to), false, literal?.subarray(from, to)))
  }
  return { components }
}

export function arnConditionTest(pattern: CompiledArnCondition, value: string): boolean {
  if (pattern.whole) return wildcardTest(pattern.whole, value)
  const colons = componentColons(value)
  if (!colons || !pattern.components) return false
  const bounds = [-1, ...colons, value.length]
  return pattern.components.every((component, i) =>
    wildcardTest(component, value.slice(bounds[i] + 1, bounds[i + 1]))
  )
}
