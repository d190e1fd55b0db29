/**
 * Canonical JSON (object keys sorted at every level, arrays in order, no whitespace) and a hash of
 * it: two values that differ only in key order serialize and hash the same, which is what lets the
 * comparison engine and the planner say "unchanged" without caring how a document was written.
 */
import { createHash } from 'node:crypto'
import { compareText } from '../util/compare-text.js'

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** JSON.stringify with sorted keys; `undefined` members are dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value)
    return text === undefined ? 'null' : text
  }
  if (Array.isArray(value)) {
    return `[${value.map(item => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`
  }
  const record = value as Record<string, unknown>
  const members = Object.keys(record)
    .filter(key => record[key] !== undefined)
    .sort(compareText)
    .map(key => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
  return `{${members.join(',')}}`
}

/** SHA-256 (hex) of the canonical JSON; stable across runs, machines and key order. */
export function stableHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex')
}
