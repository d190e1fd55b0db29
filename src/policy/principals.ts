/**
 * Principal elements in the form IAM stores them, so that what a definition says and what live IAM
 * returns compare equal: `"*"` is `{AWS: "*"}`, a bare account id becomes the account's root ARN
 * (IAM rewrites it on save), single values become lists, and lists are sorted and deduplicated.
 */
import type { PrincipalValue } from '../model/policy.js'
import { asList } from '../model/policy.js'

export const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number]

/** One principal: `{ type: 'AWS', id: 'arn:aws:iam::123456789012:root' }`. */
export interface PrincipalRef {
  /** The element's key as written when it is not one of IAM's four types (a malformed policy). */
  type: PrincipalType | string
  id: string
}

const typeByLower = new Map<string, PrincipalType>(PRINCIPAL_TYPES.map(type => [type.toLowerCase(), type]))

export interface PrincipalOptions {
  /** Partition used to expand a bare account id; IAM uses the account's own, `aws` by default. */
  partition?: string
}

/** `123456789012` -> `arn:aws:iam::123456789012:root`; anything else unchanged. */
export function normalizeAwsPrincipal(id: string, options: PrincipalOptions = {}): string {
  const trimmed = id.trim()
  return /^\d{12}$/.test(trimmed) ? `arn:${options.partition ?? 'aws'}:iam::${trimmed}:root` : trimmed
}

function comparePrincipals(a: PrincipalRef, b: PrincipalRef): number {
  const ka = `${a.type}\u0000${a.id}`
  const kb = `${b.type}\u0000${b.id}`
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

/** The principals of a Principal/NotPrincipal element, normalized, sorted and deduplicated. */
export function normalizePrincipals(
  value: PrincipalValue | undefined,
  options: PrincipalOptions = {}
): PrincipalRef[] {
  if (value === undefined) return []
  // The model only allows "*" here, but a malformed file may hold any string: keep what it says.
  if (typeof value === 'string') {
    const text: string = value
    return [{ type: 'AWS', id: text === '*' ? '*' : normalizeAwsPrincipal(text, options) }]
  }
  const seen = new Set<string>()
  const result: PrincipalRef[] = []
  for (const [rawType, ids] of Object.entries(value)) {
    const type = typeByLower.get(rawType.toLowerCase()) ?? rawType
    for (const rawId of asList(ids)) {
      const id = type === 'AWS' ? normalizeAwsPrincipal(String(rawId), options) : String(rawId).trim()
      const key = `${type}\u0000${id}`
      if (seen.has(key)) continue
      seen.add(key)
      result.push({ type, id })
    }
  }
  return result.sort(comparePrincipals)
}

/** `AWS:arn:aws:iam::123456789012:root`, for keys and display. */
export function principalKey(principal: PrincipalRef): string {
  return `${principal.type}:${principal.id}`
}

/** Everyone: `"*"` or `{AWS: "*"}` (the trust-any-principal case). */
export function isAnyPrincipal(principal: PrincipalRef): boolean {
  return principal.type === 'AWS' && principal.id === '*'
}
