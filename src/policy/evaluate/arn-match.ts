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
 * The Arn* condition operators ("each of the six colon-delimited components of the ARN is checked
 * separately") use the same matcher, so a Resource and an ArnLike value never disagree.
 *
 * Within one segment (which holds no colon) matching is src/policy/wildcard.ts; across segments,
 * the pattern is cut after each segment-ending `*` into blocks, and each block is placed at the
 * leftmost value segment where it fits (placing it further left never loses a match). Cost is
 * O(value segments × block segments) segment matches at worst, no backtracking, no RegExp.
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
    const open = to > from && isWildcardAt(pattern, to - 1)
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

export function arnPatternTest(pattern: CompiledArnPattern, value: string): boolean {
  if (pattern.exact !== undefined) return pattern.exact === value
  const values = value.split(':')
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
    let start = lower
    if (b === 0) {
      if (!blockAt(block, values, 0)) return false
    } else {
      while (start + size <= count && !blockAt(block, values, start)) start++
      if (start + size > count) return false
    }
    lower = start + size
  }
  // The last block was open: its `*` takes whatever follows.
  return true
}

/** Does the (substituted) pattern match the ARN? */
export function arnPatternMatch(pattern: ResolvedText, value: string): boolean {
  return arnPatternTest(compileArnPattern(pattern), value)
}
