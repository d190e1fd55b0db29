/**
 * `malformed-policy`: IAM's policy grammar, the checks IAM itself makes before accepting a
 * document, so the PR says what CreateRole/PutRolePolicy would otherwise reject at deploy.
 */
import { DOCUMENT_KEYS, STATEMENT_KEYS } from '../../model/policy.js'
import { positionAt } from '../../model/source.js'
import { subjectsOf } from '../subjects.js'
import type { LintContext, PolicySubject, Rule, RuleHit } from '../types.js'
import { didYouMean } from '../../util/suggest.js'

const VERSIONS = ['2012-10-17', '2008-10-17']
const DOCUMENT_KEY_SET = new Set(DOCUMENT_KEYS)
const STATEMENT_KEY_SET = new Set(STATEMENT_KEYS)

export const malformedPolicy: Rule = {
  id: 'malformed-policy',
  check(context: LintContext) {
    // Hits are collected in one list rather than yielded through nested generators: this rule
    // reads every element of every statement, and the generators cost more than the checks.
    const hits: RuleHit[] = []
    for (const subject of subjectsOf(context)) checkDocument(subject, hits)
    return hits
  }
}

/** Where the checks of one document report: hits at paths below the document, or below a statement. */
class Reporter {
  readonly #document: unknown
  readonly #prefix: string
  constructor(
    readonly subject: PolicySubject,
    readonly hits: RuleHit[],
    /** Path of the statement being checked (empty for the document itself). */
    readonly base: readonly (string | number)[] = []
  ) {
    this.#document = subject.document
    this.#prefix = describe(subject)
  }

  /** The same document, reporting below the statement at `base`. */
  below(base: (string | number)[]): Reporter {
    return new Reporter(this.subject, this.hits, base)
  }

  hit(message: string, path: (string | number)[], statement?: string): void {
    this.hits.push({
      message: `${this.#prefix}: ${message}`,
      location: positionAt(this.#document, this.base.length > 0 ? [...this.base, ...path] : path),
      role: this.subject.owner.logicalName,
      kind: this.subject.ownerKind === 'role' ? 'role' : 'managed policy',
      policy: this.subject.policyName,
      statement
    })
  }
}

function checkDocument(subject: PolicySubject, hits: RuleHit[]): void {
  const document = subject.document as unknown
  const report = new Reporter(subject, hits)
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    report.hit('a policy document must be a mapping with a Statement list', [])
    return
  }
  const record = document as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!DOCUMENT_KEY_SET.has(key))
      report.hit(`unknown element "${key}"${didYouMean(key, DOCUMENT_KEYS)}`, [key])
  }
  if (record.Version !== undefined && !VERSIONS.includes(String(record.Version))) {
    report.hit(
      `Version must be "2012-10-17" (got ${JSON.stringify(record.Version)}); quote it so YAML does not read a date`,
      ['Version']
    )
  }
  const statements = record.Statement
  if (statements === undefined || statements === null) {
    report.hit('Statement is missing', [])
    return
  }
  const list = Array.isArray(statements) ? statements : [statements]
  if (list.length === 0)
    report.hit('Statement is empty; IAM rejects a policy without statements', ['Statement'])
  for (let index = 0; index < list.length; index++) {
    const base: (string | number)[] = Array.isArray(statements) ? ['Statement', index] : ['Statement']
    checkStatement(list[index], base, subject, report.below(base))
  }
}

function checkStatement(
  value: unknown,
  base: (string | number)[],
  subject: PolicySubject,
  report: Reporter
): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report.hit('each statement must be a mapping', [])
    return
  }
  const statement = value as Record<string, unknown>
  const id = typeof statement.Sid === 'string' && statement.Sid ? statement.Sid : String(base[1] ?? 0)
  const name =
    typeof statement.Sid === 'string' && statement.Sid ? `statement "${statement.Sid}"` : `statement ${id}`
  for (const key of Object.keys(statement)) {
    if (!STATEMENT_KEY_SET.has(key))
      report.hit(`${name} has unknown element "${key}"${didYouMean(key, STATEMENT_KEYS)}`, [key], id)
  }
  if (
    statement.Sid !== undefined &&
    (typeof statement.Sid !== 'string' || !/^[A-Za-z0-9]*$/.test(statement.Sid)) &&
    subject.kind === 'identity'
  ) {
    report.hit(`${name}: Sid may contain only letters and digits in an identity policy`, ['Sid'], id)
  }
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
    report.hit(
      statement.Effect === undefined
        ? `${name} has no Effect; add Effect: Allow or Effect: Deny`
        : `${name}: Effect must be "Allow" or "Deny" (case-sensitive), got ${JSON.stringify(statement.Effect)}`,
      statement.Effect === undefined ? [] : ['Effect'],
      id
    )
  }
  exactlyOne(statement, 'Action', 'NotAction', name, id, report)
  if (subject.kind === 'identity') {
    exactlyOne(statement, 'Resource', 'NotResource', name, id, report)
    for (const key of ['Principal', 'NotPrincipal']) {
      if (key in statement)
        report.hit(
          `${name}: ${key} is not allowed in an identity policy; who may assume the role belongs in trust`,
          [key],
          id
        )
    }
  } else {
    exactlyOne(statement, 'Principal', 'NotPrincipal', name, id, report)
    for (const key of ['Resource', 'NotResource']) {
      if (key in statement)
        report.hit(
          `${name}: ${key} is not allowed in a trust policy (the resource is the role itself)`,
          [key],
          id
        )
    }
  }
  for (const key of ['Action', 'NotAction', 'Resource', 'NotResource']) {
    if (key in statement) stringList(statement[key], key, name, id, report)
  }
  for (const key of ['Principal', 'NotPrincipal']) {
    if (key in statement) principal(statement[key], key, name, id, report)
  }
  if ('Condition' in statement) condition(statement.Condition, name, id, report)
}

function exactlyOne(
  statement: Record<string, unknown>,
  a: string,
  b: string,
  name: string,
  id: string,
  report: Reporter
): void {
  if (a in statement && b in statement) report.hit(`${name} has both ${a} and ${b}; use one`, [b], id)
  else if (!(a in statement) && !(b in statement))
    report.hit(`${name} has no ${a}; add ${a} (or ${b})`, [], id)
}

/** `key` names the element in messages; `at` is its path (`[key]` unless given). */
function stringList(
  value: unknown,
  key: string,
  name: string,
  id: string,
  report: Reporter,
  at: (string | number)[] = [key]
): void {
  const list = Array.isArray(value) ? value : [value]
  if (Array.isArray(value) && value.length === 0) report.hit(`${name}: ${key} is an empty list`, [...at], id)
  for (let index = 0; index < list.length; index++) {
    if (typeof list[index] !== 'string' || list[index] === '') {
      const item = list[index]
      report.hit(
        `${name}: ${key} must be a string or a list of strings${typeof item === 'number' ? `; quote the number ${item} to make it one` : ''}`,
        Array.isArray(value) ? [...at, index] : [...at],
        id
      )
    }
  }
}

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser']

function principal(value: unknown, key: string, name: string, id: string, report: Reporter): void {
  if (value === '*') return
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report.hit(
      `${name}: ${key} must be "*" or a mapping such as { Service: ecs-tasks.amazonaws.com }`,
      [key],
      id
    )
    return
  }
  for (const [type, principals] of Object.entries(value)) {
    if (!PRINCIPAL_TYPES.includes(type)) {
      report.hit(
        `${name}: unknown principal type "${type}"${didYouMean(type, PRINCIPAL_TYPES)}; use AWS, Service, Federated or CanonicalUser`,
        [key, type],
        id
      )
      continue
    }
    stringList(principals, `${key}.${type}`, name, id, report, [key, type])
  }
}

function condition(value: unknown, name: string, id: string, report: Reporter): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report.hit(`${name}: Condition must be a mapping of operator → { key: value }`, ['Condition'], id)
    return
  }
  for (const [operator, block] of Object.entries(value)) {
    if (block === null || typeof block !== 'object' || Array.isArray(block)) {
      report.hit(
        `${name}: Condition operator ${operator} must map condition keys to values`,
        ['Condition', operator],
        id
      )
      continue
    }
    for (const [key, values] of Object.entries(block)) {
      const list = Array.isArray(values) ? values : [values]
      if (list.some(item => item === null || typeof item === 'object')) {
        report.hit(
          `${name}: condition ${operator} ${key} must be a value or a list of values`,
          ['Condition', operator, key],
          id
        )
      }
    }
  }
}

function describe(subject: PolicySubject): string {
  if (subject.kind === 'trust') return 'trust policy'
  return subject.ownerKind === 'role'
    ? `inline policy ${subject.policyName}`
    : `managed policy ${subject.policyName}`
}
