/**
 * `malformed-policy`: IAM's policy grammar, the checks IAM itself makes before accepting a
 * document, so the PR says what CreateRole/PutRolePolicy would otherwise reject at deploy.
 */
import { positionAt } from '../../model/source.js'
import { policySubjects } from '../subjects.js'
import type { LintContext, PolicySubject, Rule, RuleHit } from '../types.js'
import { didYouMean } from '../../util/suggest.js'

const DOCUMENT_KEYS = ['Version', 'Id', 'Statement']
const STATEMENT_KEYS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition'
]
const VERSIONS = ['2012-10-17', '2008-10-17']

export const malformedPolicy: Rule = {
  id: 'malformed-policy',
  *check(context: LintContext) {
    for (const subject of policySubjects(context.environment)) yield* checkDocument(subject)
  }
}

function* checkDocument(subject: PolicySubject): Generator<RuleHit> {
  const document = subject.document as unknown
  const owner = subject.owner.logicalName
  const hit = (message: string, path: (string | number)[], statement?: string): RuleHit => ({
    message: `${describe(subject)}: ${message}`,
    location: positionAt(document, path),
    role: owner,
    policy: subject.policyName,
    statement
  })
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    yield hit('a policy document must be a mapping with a Statement list', [])
    return
  }
  const record = document as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!DOCUMENT_KEYS.includes(key))
      yield hit(`unknown element "${key}"${didYouMean(key, DOCUMENT_KEYS)}`, [key])
  }
  if (record.Version !== undefined && !VERSIONS.includes(String(record.Version))) {
    yield hit(
      `Version must be "2012-10-17" (got ${JSON.stringify(record.Version)}); quote it so YAML does not read a date`,
      ['Version']
    )
  }
  const statements = record.Statement
  if (statements === undefined || statements === null) {
    yield hit('Statement is missing', [])
    return
  }
  const list = Array.isArray(statements) ? statements : [statements]
  if (list.length === 0)
    yield hit('Statement is empty; IAM rejects a policy without statements', ['Statement'])
  for (let index = 0; index < list.length; index++) {
    const base: (string | number)[] = Array.isArray(statements) ? ['Statement', index] : ['Statement']
    yield* checkStatement(list[index], base, subject, (message, path, id) =>
      hit(message, [...base, ...path], id)
    )
  }
}

function* checkStatement(
  value: unknown,
  base: (string | number)[],
  subject: PolicySubject,
  hit: (message: string, path: (string | number)[], statement?: string) => RuleHit
): Generator<RuleHit> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield hit('each statement must be a mapping', [])
    return
  }
  const statement = value as Record<string, unknown>
  const id = typeof statement.Sid === 'string' && statement.Sid ? statement.Sid : String(base[1] ?? 0)
  const name =
    typeof statement.Sid === 'string' && statement.Sid ? `statement "${statement.Sid}"` : `statement ${id}`
  for (const key of Object.keys(statement)) {
    if (!STATEMENT_KEYS.includes(key))
      yield hit(`${name} has unknown element "${key}"${didYouMean(key, STATEMENT_KEYS)}`, [key], id)
  }
  if (
    statement.Sid !== undefined &&
    (typeof statement.Sid !== 'string' || !/^[A-Za-z0-9]*$/.test(statement.Sid)) &&
    subject.kind === 'identity'
  ) {
    yield hit(`${name}: Sid may contain only letters and digits in an identity policy`, ['Sid'], id)
  }
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
    yield hit(
      statement.Effect === undefined
        ? `${name} has no Effect; add Effect: Allow or Effect: Deny`
        : `${name}: Effect must be "Allow" or "Deny" (case-sensitive), got ${JSON.stringify(statement.Effect)}`,
      statement.Effect === undefined ? [] : ['Effect'],
      id
    )
  }
  yield* exactlyOne(statement, 'Action', 'NotAction', name, id, hit)
  if (subject.kind === 'identity') {
    yield* exactlyOne(statement, 'Resource', 'NotResource', name, id, hit)
    for (const key of ['Principal', 'NotPrincipal']) {
      if (key in statement)
        yield hit(
          `${name}: ${key} is not allowed in an identity policy; who may assume the role belongs in trust`,
          [key],
          id
        )
    }
  } else {
    yield* exactlyOne(statement, 'Principal', 'NotPrincipal', name, id, hit)
    for (const key of ['Resource', 'NotResource']) {
      if (key in statement)
        yield hit(
          `${name}: ${key} is not allowed in a trust policy (the resource is the role itself)`,
          [key],
          id
        )
    }
  }
  for (const key of ['Action', 'NotAction', 'Resource', 'NotResource']) {
    if (key in statement) yield* stringList(statement[key], key, name, id, hit)
  }
  for (const key of ['Principal', 'NotPrincipal']) {
    if (key in statement) yield* principal(statement[key], key, name, id, hit)
  }
  if ('Condition' in statement) yield* condition(statement.Condition, name, id, hit)
}

function* exactlyOne(
  statement: Record<string, unknown>,
  a: string,
  b: string,
  name: string,
  id: string,
  hit: (message: string, path: (string | number)[], statement?: string) => RuleHit
): Generator<RuleHit> {
  if (a in statement && b in statement) yield hit(`${name} has both ${a} and ${b}; use one`, [b], id)
  else if (!(a in statement) && !(b in statement))
    yield hit(`${name} has no ${a}; add ${a} (or ${b})`, [], id)
}

function* stringList(
  value: unknown,
  key: string,
  name: string,
  id: string,
  hit: (message: string, path: (string | number)[], statement?: string) => RuleHit
): Generator<RuleHit> {
  const list = Array.isArray(value) ? value : [value]
  if (Array.isArray(value) && value.length === 0) yield hit(`${name}: ${key} is an empty list`, [key], id)
  for (let index = 0; index < list.length; index++) {
    if (typeof list[index] !== 'string' || list[index] === '') {
      yield hit(
        `${name}: ${key} must be a string or a list of strings`,
        Array.isArray(value) ? [key, index] : [key],
        id
      )
    }
  }
}

const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser']

function* principal(
  value: unknown,
  key: string,
  name: string,
  id: string,
  hit: (message: string, path: (string | number)[], statement?: string) => RuleHit
): Generator<RuleHit> {
  if (value === '*') return
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield hit(
      `${name}: ${key} must be "*" or a mapping such as { Service: ecs-tasks.amazonaws.com }`,
      [key],
      id
    )
    return
  }
  for (const [type, principals] of Object.entries(value)) {
    if (!PRINCIPAL_TYPES.includes(type)) {
      yield hit(
        `${name}: unknown principal type "${type}"${didYouMean(type, PRINCIPAL_TYPES)}; use AWS, Service, Federated or CanonicalUser`,
        [key, type],
        id
      )
      continue
    }
    yield* stringList(principals, `${key}.${type}`, name, id, (message, path, sid) =>
      hit(message, [key, type, ...path.slice(1)], sid)
    )
  }
}

function* condition(
  value: unknown,
  name: string,
  id: string,
  hit: (message: string, path: (string | number)[], statement?: string) => RuleHit
): Generator<RuleHit> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield hit(`${name}: Condition must be a mapping of operator → { key: value }`, ['Condition'], id)
    return
  }
  for (const [operator, block] of Object.entries(value)) {
    if (block === null || typeof block !== 'object' || Array.isArray(block)) {
      yield hit(
        `${name}: Condition operator ${operator} must map condition keys to values`,
        ['Condition', operator],
        id
      )
      continue
    }
    for (const [key, values] of Object.entries(block)) {
      const list = Array.isArray(values) ? values : [values]
      if (list.some(item => item === null || typeof item === 'object')) {
        yield hit(
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
