/**
 * Canonical form of a Condition block, for deciding whether two statements carry "the same"
 * condition. IAM matches operators and keys case-insensitively and values case-sensitively; values
 * of one key are OR-ed, so their order and repetition do not matter; `true` and `"true"` are the
 * same value. Conditions are compared as written, not solved: `StringLike a*` and
 * `StringEquals abc` stay different even where one implies the other.
 */
import type { ConditionBlock } from '../model/policy.js'
import { canonicalJson } from './canonical-json.js'
import { canonicalConditionKey } from './condition-keys.js'
import { canonicalConditionOperator } from './condition-operators.js'

export type CanonicalCondition = Record<string, Record<string, string[]>>

function valuesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  const strings = list.filter(item => item !== undefined && item !== null).map(item => String(item))
  return [...new Set(strings)].sort()
}

/**
 * Operators and keys spelled canonically (see canonicalConditionKey), values as sorted string
 * lists. Entries that spell the same operator/key differently are merged. Empty operators are dropped.
 */
export function canonicalCondition(block: ConditionBlock | undefined): CanonicalCondition {
  // Operators and keys are user data (`__proto__`, `constructor`): collected in Maps, and turned
  // into a record only at the end, with own data properties (Object.fromEntries).
  const operators = new Map<string, Map<string, string[]>>()
  if (!block || typeof block !== 'object') return {}
  for (const [rawOperator, entries] of Object.entries(block)) {
    if (!entries || typeof entries !== 'object') continue
    const operator = canonicalConditionOperator(rawOperator)
    for (const [rawKey, value] of Object.entries(entries)) {
      const key = canonicalConditionKey(rawKey)
      let target = operators.get(operator)
      if (!target) operators.set(operator, (target = new Map()))
      target.set(key, valuesOf([...(target.get(key) ?? []), ...valuesOf(value)]))
    }
  }
  return Object.fromEntries(
    [...operators].map(([operator, keys]) => [operator, Object.fromEntries(keys)] as const)
  )
}

/** Canonical JSON of the condition, `''` when there is none: the condition part of a fact's identity. */
export function conditionKey(block: ConditionBlock | undefined): string {
  const canonical = canonicalCondition(block)
  return Object.keys(canonical).length === 0 ? '' : canonicalJson(canonical)
}
