/** Turns schema validation issues into `schema` findings that point at the YAML line at fault. */
import type { z } from 'zod'
import type { Finding } from '../model/findings.js'
import { positionAt, type SourceLocation } from '../model/source.js'
import { didYouMean } from '../util/suggest.js'

type Issue = z.core.$ZodIssue

export function schemaFindings(
  issues: readonly Issue[],
  root: unknown,
  fallback: SourceLocation,
  knownKeysAt: (path: readonly PropertyKey[]) => readonly string[]
): Finding[] {
  const findings: Finding[] = []
  for (const issue of issues.flatMap(closestBranch)) {
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
    findings.push({
      rule: 'schema',
      severity: 'error',
      message: `${prefix(path)}${describe(issue)}`,
      ...at(location)
    })
  }
  return findings
}

/**
 * A value that fits no form of a union without a discriminator (an inline policy is a document or
 * `{ document, expires, reason }`): report the issues of the form it came closest to, the one
 * with the fewest issues, then the deepest, instead of zod's bare "Invalid input".
 */
function closestBranch(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || ('discriminator' in issue && issue.discriminator)) return [issue]
  const branches = issue.errors.filter(branch => branch.length > 0)
  if (branches.length === 0) return [issue]
  const depth = (branch: readonly Issue[]) => Math.max(...branch.map(inner => inner.path.length))
  const best = branches.reduce((a, b) =>
    b.length < a.length || (b.length === a.length && depth(b) > depth(a)) ? b : a
  )
  return best.flatMap(inner => closestBranch({ ...inner, path: [...issue.path, ...inner.path] } as Issue))
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

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required key is missing`
        : `expected ${issue.expected === 'string' && typeof issue.input === 'number' ? 'a quoted string' : issue.expected}, got ${kindOf(issue.input)}`
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        return `"${issue.discriminator}" must be one of ${(issue as { options?: unknown[] }).options?.map(o => `"${String(o)}"`).join(', ') ?? 'the documented kinds'}`
      }
      return issue.message
    case 'invalid_value':
      return `must be ${issue.values.map(value => JSON.stringify(value)).join(' or ')}`
    default:
      return issue.message
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value} ${JSON.stringify(value)}`
}
