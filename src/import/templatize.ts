/**
 * The inverse of rendering's `{name}` substitution: live values → what a person writes, with the
 * environment's account id, region, partition and name replaced by `{account}`, `{region}`,
 * `{partition}` and `{environment}`.
 *
 * Only whole tokens are replaced, so that rendering gives back exactly the live value and nothing
 * that merely contains the same characters is touched:
 * - the account id, region and environment name where neither neighbour is a letter or a digit
 *   (`arn:aws:iam::111111111111:role/x`, `"111111111111"`, `shop-dev-data`, `logs.us-east-1.amazonaws.com`;
 *   not `x111111111111y`, `1111111111112`, `us-east-1a`, `device`);
 * - the partition only as an ARN's partition field (`arn:aws:`), never in `aws:SourceAccount`,
 *   `amazonaws.com` or the `aws` account of AWS managed policies (`arn:aws:iam::aws:policy/...`);
 * - never inside an IAM policy variable (`${aws:username}`), which rendering leaves alone.
 * Policy documents are templated in their values (Resource, Principal, Condition values), never in
 * keys, actions, Effect, Sid or Version.
 */
import { substituteString } from '../render/variables.js'

export interface TemplateValues {
  account: string
  region: string
  partition: string
  environment: string
}

export interface Templater {
  /** `text` with the environment's values replaced by variables. */
  string(text: string): string
  /** A policy document with its values templated (keys, actions, Effect, Sid, Version kept). */
  document<T>(document: T): T
}

const escape = (text: string) => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')

export function templater(values: TemplateValues): Templater {
  const tokens = new Map<string, string>()
  // Longest first, so a region is never cut by an environment named like a part of it.
  for (const name of ['account', 'region', 'environment'] as const) {
    if (values[name] && !tokens.has(values[name])) tokens.set(values[name], `{${name}}`)
  }
  const alternatives = [...tokens.keys()].sort((a, b) => b.length - a.length).map(escape)
  // One pass: `${...}` is skipped whole; `arn:PARTITION:`; then the other values as whole tokens.
  const pattern = new RegExp(
    [
      '(\\$\\{[^}]*\\})',
      `(?<![A-Za-z0-9])(arn:)${escape(values.partition)}(?=:)`,
      alternatives.length > 0 ? `(?<![A-Za-z0-9])(${alternatives.join('|')})(?![A-Za-z0-9])` : '(?!)'
    ].join('|'),
    'g'
  )
  const string = (text: string): string =>
    text.replace(pattern, (whole, variable?: string, arn?: string, token?: string) => {
      if (variable !== undefined) return variable
      if (arn !== undefined) return `${arn}{partition}`
      return token !== undefined ? (tokens.get(token) ?? whole) : whole
    })

  const value = (item: unknown): unknown => {
    if (typeof item === 'string') return string(item)
    if (Array.isArray(item)) return item.map(value)
    if (item !== null && typeof item === 'object')
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, value(inner)]))
    return item
  }
  const statement = (item: unknown): unknown => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item
    return Object.fromEntries(
      Object.entries(item).map(([key, inner]) => [
        key,
        TEMPLATED_STATEMENT_KEYS.has(key) ? value(inner) : inner
      ])
    )
  }
  return {
    string,
    document<T>(document: T): T {
      if (document === null || typeof document !== 'object' || Array.isArray(document)) return document
      return Object.fromEntries(
        Object.entries(document).map(([key, inner]) => [
          key,
          key === 'Statement' ? (Array.isArray(inner) ? inner.map(statement) : statement(inner)) : inner
        ])
      ) as T
    }
  }
}

const TEMPLATED_STATEMENT_KEYS = new Set([
  'Principal',
  'NotPrincipal',
  'Resource',
  'NotResource',
  'Condition'
])

/**
 * `{name}` spans rendering would take for a variable (not `${...}`), anywhere in a value, keys
 * included: a live value holding one cannot be written so that it renders back to itself.
 */
export function literalVariables(value: unknown): string[] {
  const found = new Set<string>()
  const visit = (item: unknown) => {
    if (typeof item === 'string') substituteString(item, {}, name => found.add(`{${name}}`))
    else if (Array.isArray(item)) item.forEach(visit)
    else if (item !== null && typeof item === 'object')
      for (const [key, inner] of Object.entries(item)) {
        visit(key)
        visit(inner)
      }
  }
  visit(value)
  return [...found]
}
