/**
 * Canonical form of a Condition block, for deciding whether two statements carry "the same"
 * condition. IAM matches operators and keys case-insensitively and values case-sensitively; values
 * of one key are OR-ed, so their order and repetition do not matter; `true` and `"true"` are the
 * same value. Conditions are compared as written, not solved: `StringLike a*` and
 * `StringEquals abc` stay different even where one implies the other.
 *
 * Every operator and every key under it is a clause, and clauses are AND-ed. Two entries that
 * spell the same operator and key differently (`aws:PrincipalTag/tier` and `AWS:PrincipalTag/tier`
 * under one operator, or one key under `StringEquals` and `stringequals`) are two clauses, never
 * one with their values united: `tier = admin AND tier = break-glass` is never true, while
 * `tier in [admin, break-glass]` is.
 */
import type { ConditionBlock } from '../model/policy.js'
import { canonicalJson } from './canonical-json.js'
import { canonicalConditionKey } from './condition-keys.js'
import { canonicalConditionOperator } from './condition-operators.js'

/**
 * Operator → key → the values of its one clause (sorted, deduplicated) or, when the key is written
 * several times (spellings that differ in case), the value lists of its AND-ed clauses, sorted
 * and deduplicated as a list: the common case keeps the shape `{ op: { key: [values] } }`.
 */
export type CanonicalCondition = Record<string, Record<string, string[] | string[][]>>

function valuesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  const strings = list.filter(item => item !== undefined && item !== null).map(item => String(item))
  return [...new Set(strings)].sort()
}

/**
 * Operators and keys spelled canonically (see canonicalConditionKey), values as sorted string
 * lists. Entries that spell the same operator/key differently stay separate AND-ed clauses (see
 * CanonicalCondition). Empty operators are dropped. `literalVariables`: the document's policy
 * variables are text (its Version is not 2012-10-17), so a `${` in a value is written as IAM's
 * escape `${$}{`, which means the same under 2012-10-17 (see normalize.ts).
 */
export function canonicalCondition(
  block: ConditionBlock | undefined,
  literalVariables = false
): CanonicalCondition {
  // Operators and keys are user data (`__proto__`, `constructor`): collected in Maps, and turned
  // into a record only at the end, with own data properties (Object.fromEntries).
  const operators = new Map<string, Map<string, string[][]>>()
  if (!block || typeof block !== 'object') return {}
  for (const [rawOperator, entries] of Object.entries(block)) {
    if (!entries || typeof entries !== 'object') continue
    const operator = canonicalConditionOperator(rawOperator)
    for (const [rawKey, value] of Object.entries(entries)) {
      const key = canonicalConditionKey(rawKey)
      let target = operators.get(operator)
      if (!target) operators.set(operator, (target = new Map()))
      const values = valuesOf(value)
      const clause = literalVariables ? values.map(literalText) : values
      const clauses = target.get(key)
      if (clauses) clauses.push(clause)
      else target.set(key, [clause])
    }
  }
  return Object.fromEntries(
    [...operators].map(
      ([operator, keys]) =>
        [
          operator,
          Object.fromEntries([...keys].map(([key, clauses]) => [key, canonicalClauses(clauses)]))
        ] as const
    )
  )
}

/** One clause as its value list; several as their distinct value lists, in canonical order. */
function canonicalClauses(clauses: string[][]): string[] | string[][] {
  if (clauses.length === 1) return clauses[0]
  const byText = new Map(clauses.map(clause => [canonicalJson(clause), clause]))
  if (byText.size === 1) return clauses[0]
  return [...byText.keys()].sort().map(text => byText.get(text)!)
}

/** `${` as IAM's escape for a literal `$` followed by `{`: the text of a variable that is no variable. */
export function literalText(text: string): string {
  return text.includes('${') ? text.replaceAll('${', '${$}{') : text
}

/** Canonical JSON of the condition, `''` when there is none: the condition part of a fact's identity. */
export function conditionKey(block: ConditionBlock | undefined, literalVariables = false): string {
  const canonical = canonicalCondition(block, literalVariables)
  return Object.keys(canonical).length === 0 ? '' : canonicalJson(canonical)
}
