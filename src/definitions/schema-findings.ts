/** Turns schema validation issues into `schema` findings that point at the YAML line at fault. */
import type { z } from 'zod'
import type { Finding } from '../model/findings.js'
import { positionAt, type SourceLocation } from '../model/source.js'
import { didYouMean } from '../util/suggest.js'
import { closestKeys } from './schema.js'

type Issue = z.core.$ZodIssue

export function schemaFindings(
  issues: readonly Issue[],
  root: unknown,
  fallback: SourceLocation,
  knownKeysAt: (path: readonly PropertyKey[]) => readonly string[],
  /** The declared keys of each option of the union at `path`, to tell which form a value was meant as. */
  unionOptionKeysAt: (path: readonly PropertyKey[]) => readonly (readonly string[])[] | undefined = () =>
    undefined
): Finding[] {
  const findings: Finding[] = []
  const branchOf = (issue: Issue) => closestBranch(issue, root, unionOptionKeysAt)
  for (const issue of issues.flatMap(branchOf)) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const location = positionAt(root, [...path, key]) ?? fallback
        findings.push({
          rule: 'schema',
          severity: 'error',
          message: `${prefix(path)}unknown key "${key}"${didYouMean(key, knownKeysAt(path))}`,
          ...at(location)
        })
      }
      continue
    }
    const location = positionAt(root, path) ?? fallback
    const discriminator = discriminatorProblem(issue)
    findings.push({
      rule: 'schema',
      severity: 'error',
      // The discriminator message names its key itself: `kind "Group" is not one of ...`.
      message: discriminator
        ? `${prefix(path.slice(0, -1))}${discriminator}`
        : `${prefix(path)}${describe(issue)}`,
      ...at(location)
    })
  }
  return findings
}

/**
 * A value that fits no form of a union without a discriminator (an inline policy is a document or
 * `{ document, expires, reason }`): report the issues of the form it was meant as (the one that
 * declares most of its keys), else of the form it came closest to (fewest issues, then deepest),
 * instead of zod's bare "Invalid input".
 */
function closestBranch(
  issue: Issue,
  root: unknown,
  unionOptionKeysAt: (path: readonly PropertyKey[]) => readonly (readonly string[])[] | undefined
): Issue[] {
  if (issue.code !== 'invalid_union' || ('discriminator' in issue && issue.discriminator)) return [issue]
  if (issue.errors.every(branch => branch.length === 0)) return [issue]
  // A value of none of the union's types (`managedPolicies: [null]`): named with all of them.
  if (typeChoice(issue) !== undefined) return [issue]
  const optionKeys = unionOptionKeysAt(issue.path)
  const meant = optionKeys ? closestKeys(optionKeys, valueAt(root, issue.path)) : undefined
  let best = meant !== undefined ? issue.errors[meant] : undefined
  if (!best || best.length === 0) {
    const depth = (branch: readonly Issue[]) => Math.max(...branch.map(inner => inner.path.length))
    best = issue.errors
      .filter(branch => branch.length > 0)
      .reduce((a, b) => (b.length < a.length || (b.length === a.length && depth(b) > depth(a)) ? b : a))
  }
  return best.flatMap(inner =>
    closestBranch({ ...inner, path: [...issue.path, ...inner.path] } as Issue, root, unionOptionKeysAt)
  )
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

function at(location: SourceLocation): Pick<Finding, 'file' | 'line' | 'column'> {
  return { file: location.file, line: location.line, column: location.column }
}

function prefix(path: readonly (string | number)[]): string {
  return path.length === 0 ? '' : `${formatPath(path)}: `
}

export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('')
}

/** zod's type names as RoleGate's documentation says them. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true/false',
  null: 'null'
}

function typeName(expected: string, input: unknown): string {
  // A number where text is wanted is YAML's reading of unquoted digits (account: 012345678901).
  if (expected === 'string' && typeof input === 'number') return 'a quoted string'
  return Object.hasOwn(TYPE_NAMES, expected) ? TYPE_NAMES[expected] : expected
}

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required key is missing`
        : `expected ${typeName(issue.expected, issue.input)}, got ${kindOf(issue.input)}`
    case 'invalid_union':
      return discriminatorProblem(issue) ?? typeChoice(issue) ?? issue.message
    case 'invalid_value':
      return literalProblem(issue)
    case 'invalid_key':
      // What is wrong with the key (an unknown rule id), not zod's "Invalid key in record".
      return issue.issues.map(describe).join('; ') || issue.message
    case 'too_small':
      return sizeProblem(issue.origin, 'small', Number(issue.minimum), issue.inclusive !== false, issue.input)
    case 'too_big':
      return sizeProblem(issue.origin, 'big', Number(issue.maximum), issue.inclusive !== false, issue.input)
    default:
      return issue.message
  }
}

/** A value that is none of the types a union allows (`managedPolicies: [null]`): all of them. */
function typeChoice(issue: Issue & { code: 'invalid_union' }): string | undefined {
  const expected = issue.errors.map(branch =>
    branch.length === 1 && branch[0].code === 'invalid_type' && branch[0].path.length === 0
      ? branch[0].expected
      : undefined
  )
  if (expected.some(type => type === undefined) || issue.input === undefined) return undefined
  const names = [...new Set(expected.map(type => typeName(type!, undefined)))]
  const choice = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
  return `expected ${choice}, got ${kindOf(issue.input)}`
}

/** A literal (`version: 1`, `partition`, a rule severity) written otherwise: what is allowed, and how. */
function literalProblem(issue: Issue & { code: 'invalid_value' }): string {
  const allowed = issue.values.map(value => JSON.stringify(value)).join(' or ')
  const input: unknown = issue.input
  if (issue.values.length === 1 && typeof issue.values[0] === 'number' && typeof input === 'string')
    return `must be the number ${issue.values[0]}, unquoted, got the string ${JSON.stringify(input)}`
  return input === undefined ? `must be ${allowed}` : `must be ${allowed}, got ${kindOf(input)}`
}

/** A number out of range, a list without items, an empty string: what is allowed and what was found. */
function sizeProblem(
  origin: string,
  side: 'small' | 'big',
  limit: number,
  inclusive: boolean,
  input: unknown
): string {
  const bound =
    side === 'small' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than'
  switch (origin) {
    case 'array':
      if (side === 'small' && limit === 1 && inclusive) return 'is an empty list; list at least one item'
      return `must have ${bound} ${limit} items, got ${Array.isArray(input) ? input.length : 'more'}`
    case 'string':
      if (side === 'small' && limit === 1 && inclusive) return 'is empty; write a value'
      return `must have ${bound} ${limit} characters, got ${typeof input === 'string' ? input.length : 'more'}`
    default:
      return `must be ${bound} ${limit}, got ${kindOf(input).replace(/^number /, '')}`
  }
}

/**
 * A discriminated union's key (`kind`) with a value no option has: the key, the value written and
 * the values allowed (zod's issue carries the whole object as input, not the value).
 */
function discriminatorProblem(issue: Issue): string | undefined {
  if (issue.code !== 'invalid_union' || !('discriminator' in issue) || !issue.discriminator) return undefined
  const key = String(issue.discriminator)
  const options = ((issue as { options?: unknown[] }).options ?? []).map(String)
  const allowed =
    options.length > 0 ? options.map(option => `"${option}"`).join(', ') : 'the documented kinds'
  const input: unknown = issue.input
  const value =
    input !== null && typeof input === 'object' && Object.hasOwn(input, key)
      ? (input as Record<string, unknown>)[key]
      : undefined
  if (value === undefined) return `required key "${key}" is missing; use one of ${allowed}`
  if (typeof value !== 'string') return `${key} must be one of ${allowed}, got ${kindOf(value)}`
  return `${key} ${JSON.stringify(value)} is not one of ${allowed}${didYouMean(value, options)}`
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  // JSON has no NaN or infinity (JSON.stringify says `null`): name them as YAML writes them.
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf'
  if (typeof value === 'string' && value.length > 80) return `a string of ${value.length} characters`
  return `${typeof value} ${JSON.stringify(value)}`
}
