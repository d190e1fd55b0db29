/**
 * IAM policy variables in Resource values and condition values (IAM User Guide, "IAM policy
 * elements: Variables and tags"):
 *
 * - `${key}` is replaced by the request's value of the condition key `key` (key names are
 *   case-insensitive). Only a key with exactly one value can be a variable: a multivalued key
 *   cannot, and an absent key has no value.
 * - `${key, 'default'}` uses `default` when the key has no single value (documented under
 *   "Specifying default values"; spaces around the key and the quoted default are ignored).
 * - A variable without a value (and without a default) makes the text it is in match nothing:
 *   "the statement does not match" for Resource; for a condition, that value matches no request
 *   value (so positive operators fail and negated ones succeed, as the guide says for null values).
 * - `${*}`, `${?}` and `${$}` are the literal characters `*`, `?` and `$`.
 * - Substituted text is literal: a `*` in a tag value is not a wildcard.
 * - Variables exist only in documents with `"Version": "2012-10-17"`; elsewhere `${...}` is text.
 */
import { contextValues } from './context.js'
import type { RequestContext } from './types.js'

/** Text after substitution; `literal` marks offsets whose `*`/`?` are not wildcards. */
export interface ResolvedText {
  text: string
  literal?: Uint8Array
}

export type Substitution =
  | { ok: true; value: ResolvedText }
  /**
   * `variable`: the variable as written; `why`: "has no value in the request", "has several values
   * (a multivalued key cannot be a variable)" or "is malformed", for the evaluation notes.
   */
  | { ok: false; variable: string; why: string }

export function hasVariable(text: string): boolean {
  return text.includes('${')
}

/**
 * The condition keys of the policy variables in `text`, lower-case: those substitution would look
 * up (not `${*}` and the like, not a malformed variable, which matches nothing whatever the key).
 */
export function variableKeys(text: string): string[] {
  const keys: string[] = []
  let i = 0
  for (let start = text.indexOf('${', i); start >= 0; start = text.indexOf('${', i)) {
    const end = closingBrace(text, start + 2)
    if (end < 0) break
    const inner = text.slice(start + 2, end)
    const variable = inner === '*' || inner === '?' || inner === '$' ? undefined : parseVariable(inner)
    if (variable && 'key' in variable) keys.push(variable.key.toLowerCase())
    i = end + 1
  }
  return keys
}

/** Substitutes the policy variables of `text` from the request context. */
export function substitute(text: string, context: RequestContext): Substitution {
  if (!hasVariable(text)) return { ok: true, value: { text } }
  let out = ''
  // [start, end) ranges of `out` that are literal.
  const literalRanges: number[] = []
  let i = 0
  while (i < text.length) {
    const start = text.indexOf('${', i)
    if (start < 0) {
      out += text.slice(i)
      break
    }
    out += text.slice(i, start)
    const end = closingBrace(text, start + 2)
    if (end < 0) {
      // No closing brace: the rest is plain text.
      out += text.slice(start)
      break
    }
    const inner = text.slice(start + 2, end)
    const replacement =
      inner === '*' || inner === '?' || inner === '$' ? inner : variableValue(inner, context)
    if (typeof replacement !== 'string')
      return { ok: false, variable: text.slice(start, end + 1), why: replacement.why }
    literalRanges.push(out.length, out.length + replacement.length)
    out += replacement
    i = end + 1
  }
  if (literalRanges.length === 0) return { ok: true, value: { text: out } }
  const literal = new Uint8Array(out.length)
  for (let r = 0; r < literalRanges.length; r += 2) literal.fill(1, literalRanges[r], literalRanges[r + 1])
  return { ok: true, value: { text: out, literal } }
}

/**
 * Offset of the `}` that closes a variable whose body starts at `from` (just after its `${`), or -1
 * when none does; a quoted default may hold a `}` (`${aws:username, '}'}`). The one reader of this
 * syntax: the evaluator substitutes with it, policy/arn.ts tokenizes Resource patterns with it.
 */
export function closingBrace(text: string, from: number): number {
  let quoted = false
  for (let j = from; j < text.length; j++) {
    const char = text.charCodeAt(j)
    if (char === 39 /* ' */) quoted = !quoted
    else if (char === 125 /* } */ && !quoted) return j
  }
  return -1
}

/** `key` or `key, 'default'` (the inside of `${...}`): the key and its default, or why it is malformed. */
function parseVariable(inner: string): { key: string; fallback?: string } | { why: string } {
  const comma = inner.indexOf(',')
  const key = (comma < 0 ? inner : inner.slice(0, comma)).trim()
  let fallback: string | undefined
  if (comma >= 0) {
    const rest = inner.slice(comma + 1).trim()
    // A malformed default (`${key, value}` without quotes) resolves to nothing.
    if (rest.length < 2 || !rest.startsWith("'") || !rest.endsWith("'"))
      return { why: "is malformed (a default is written ${key, 'default'})" }
    fallback = rest.slice(1, -1)
  }
  if (key === '' || /\s/.test(key)) return { why: 'is malformed (no condition key)' }
  return fallback === undefined ? { key } : { key, fallback }
}

/** The value of `key` or `key, 'default'`, or why it has none. */
function variableValue(inner: string, context: RequestContext): string | { why: string } {
  const variable = parseVariable(inner)
  if (!('key' in variable)) return variable
  const values = contextValues(context, variable.key)
  if (values && values.length === 1) return values[0]
  if (variable.fallback !== undefined) return variable.fallback
  return values
    ? { why: `has ${values.length} values in the request (a multivalued key cannot be a variable)` }
    : { why: 'has no value in the request' }
}
