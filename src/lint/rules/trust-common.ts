/**
 * Shared reading of trust policies for the trust rules: which statements allow, who they name,
 * which actions they grant, and their conditions split into operator parts. Kept free of the
 * src/policy/ database on purpose: trust analysis needs only IAM's grammar, not its vocabulary.
 */
import { positionAt } from '../../model/source.js'
import { hasWildcard, wildcardMatch } from '../../policy/wildcard.js'
import type { RoleState } from '../../model/state.js'
import type { StatementRef } from '../subjects.js'
import { perRun, statementRefs } from '../subjects.js'
import type { LintContext, PolicySubject, RuleHit } from '../types.js'

export type Path = (string | number)[]

/** One statement of a role's trust policy (an Allow one unless it comes from allTrustStatements()), with what the trust rules need to judge it. */
export interface TrustStatement {
  role: RoleState
  subject: PolicySubject
  ref: StatementRef
  /** `statement "Sid"` or `statement 0`, for messages. */
  name: string
}

/** The Allow statements of every role's trust policy in the environment, listed once per run. */
export function trustStatements(context: LintContext): readonly TrustStatement[] {
  return perRun(context, listAllowStatements)
}

/** Every statement of every role's trust policy, Deny included (for grammar checks), listed once per run. */
export function allTrustStatements(context: LintContext): readonly TrustStatement[] {
  return perRun(context, listTrustStatements)
}

function listAllowStatements(context: LintContext): TrustStatement[] {
  return allTrustStatements(context).filter(trust => trust.ref.statement.Effect === 'Allow')
}

function listTrustStatements(context: LintContext): TrustStatement[] {
  const found: TrustStatement[] = []
  for (const role of context.environment.roles) {
    const subject: PolicySubject = {
      kind: 'trust',
      document: role.trustPolicy,
      policyName: 'trust',
      owner: role,
      ownerKind: 'role'
    }
    for (const ref of statementRefs(subject)) {
      const sid = ref.statement.Sid
      const name = typeof sid === 'string' && sid !== '' ? `statement "${sid}"` : `statement ${ref.index}`
      found.push({ role, subject, ref, name })
    }
  }
  return found
}

/** A finding on a trust statement, located at `path` below the statement. */
export function trustHit(trust: TrustStatement, message: string, path: Path): RuleHit {
  return {
    message: `trust policy: ${trust.name}: ${message}`,
    location: positionAt(trust.role.trustPolicy, [...trust.ref.path, ...path]),
    role: trust.role.logicalName,
    kind: 'role',
    policy: 'trust',
    statement: trust.ref.id
  }
}

/** One principal named by a statement, with where it was written. */
export interface PrincipalEntry {
  /** AWS, Service, Federated, CanonicalUser (as written), or '*' for `Principal: "*"`. */
  type: string
  value: string
  path: Path
}

const principalCache = new WeakMap<TrustStatement, readonly PrincipalEntry[]>()

/** The principals of the statement's Principal element; `Principal: "*"` is `{type: '*', value: '*'}`. */
export function principalsOf(trust: TrustStatement): readonly PrincipalEntry[] {
  let entries = principalCache.get(trust)
  if (!entries) principalCache.set(trust, (entries = readPrincipals(trust)))
  return entries
}

function readPrincipals(trust: TrustStatement): PrincipalEntry[] {
  const principal: unknown = trust.ref.statement.Principal
  if (principal === '*') return [{ type: '*', value: '*', path: ['Principal'] }]
  if (principal === null || typeof principal !== 'object' || Array.isArray(principal)) return []
  const entries: PrincipalEntry[] = []
  for (const [type, raw] of Object.entries(principal as Record<string, unknown>)) {
    if (Array.isArray(raw)) {
      raw.forEach((value, index) => {
        if (typeof value === 'string')
          entries.push({ type, value: value.trim(), path: ['Principal', type, index] })
      })
    } else if (typeof raw === 'string') {
      entries.push({ type, value: raw.trim(), path: ['Principal', type] })
    }
  }
  return entries
}

/** True when the statement's Action (or NotAction) grants `action`, honouring IAM's `*`/`?` wildcards. */
export function grantsAction(trust: TrustStatement, action: string): boolean {
  const statement = trust.ref.statement
  if (statement.Action !== undefined)
    return listOf(statement.Action).some(pattern => globMatches(pattern, action))
  if (statement.NotAction !== undefined)
    return !listOf(statement.NotAction).some(pattern => globMatches(pattern, action))
  return false
}

/** IAM matches actions case-insensitively with `*` and `?` wildcards (policy/wildcard.ts, linear time). */
export function globMatches(pattern: string, value: string): boolean {
  return wildcardMatch(pattern, value, true)
}

export { hasWildcard }

/** The Action list of the statement, or undefined when it uses NotAction (or has neither). */
export function actionsOf(trust: TrustStatement): string[] | undefined {
  const action: unknown = trust.ref.statement.Action
  return action === undefined ? undefined : listOf(action)
}

function listOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.filter((item): item is string => typeof item === 'string')
}

/** One `operator: { key: values }` pair of a Condition block, with the operator taken apart. */
export interface ConditionEntry {
  /** As written, for messages. */
  operator: string
  /** Lower-cased operator without set qualifier and IfExists: `stringequals`, `arnlike`, ... */
  base: string
  qualifier: 'ForAnyValue' | 'ForAllValues' | undefined
  ifExists: boolean
  /** As written. */
  key: string
  /** Lower-cased: IAM matches condition keys case-insensitively. */
  keyLower: string
  values: string[]
  /** Each value with the path it was written at (a list item, or the key for a single value). */
  items: { value: string; path: Path }[]
  path: Path
}

const conditionCache = new WeakMap<TrustStatement, readonly ConditionEntry[]>()

/** Every condition entry of the statement; malformed blocks (left to malformed-policy) are skipped. */
export function conditionsOf(trust: TrustStatement): readonly ConditionEntry[] {
  let entries = conditionCache.get(trust)
  if (!entries) conditionCache.set(trust, (entries = readConditions(trust)))
  return entries
}

function readConditions(trust: TrustStatement): ConditionEntry[] {
  const condition: unknown = trust.ref.statement.Condition
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return []
  const entries: ConditionEntry[] = []
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (block === null || typeof block !== 'object' || Array.isArray(block)) continue
    const parsed = parseOperator(operator)
    for (const [key, raw] of Object.entries(block as Record<string, unknown>)) {
      const path: Path = ['Condition', operator, key]
      const list: unknown[] = Array.isArray(raw) ? raw : [raw]
      const items: { value: string; path: Path }[] = []
      const values: string[] = []
      for (let index = 0; index < list.length; index++) {
        const item = list[index]
        if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') continue
        const value = String(item)
        items.push({ value, path: Array.isArray(raw) ? [...path, index] : path })
        values.push(value)
      }
      entries.push({ operator, ...parsed, key, keyLower: key.toLowerCase(), values, items, path })
    }
  }
  return entries
}

function parseOperator(operator: string): Pick<ConditionEntry, 'base' | 'qualifier' | 'ifExists'> {
  let rest = operator.trim()
  let qualifier: ConditionEntry['qualifier']
  const lower = rest.toLowerCase()
  if (lower.startsWith('foranyvalue:')) {
    qualifier = 'ForAnyValue'
    rest = rest.slice('ForAnyValue:'.length)
  } else if (lower.startsWith('forallvalues:')) {
    qualifier = 'ForAllValues'
    rest = rest.slice('ForAllValues:'.length)
  }
  let base = rest.toLowerCase()
  const ifExists = base.endsWith('ifexists')
  if (ifExists) base = base.slice(0, -'ifexists'.length)
  return { base, qualifier, ifExists }
}

const POSITIVE_MATCH = new Set([
  'stringequals',
  'stringequalsignorecase',
  'stringlike',
  'arnequals',
  'arnlike'
])

/**
 * An entry that can only be true when the key is present and matches one of the values: a
 * positive string/ARN match, not `…IfExists` (true when the key is absent) and not
 * `ForAllValues:` (also true when the key is absent), with concrete values (concreteValues()).
 */
export function constrains(entry: ConditionEntry): boolean {
  return (
    POSITIVE_MATCH.has(entry.base) &&
    !entry.ifExists &&
    entry.qualifier !== 'ForAllValues' &&
    concreteValues(entry)
  )
}

const ACCOUNT = /^\d{12}$/

/**
 * What a value of a caller or source key must look like to name anything in particular. A value
 * that fails matches callers of any organization or account: `StringLike aws:SourceAccount "*"`,
 * `ArnLike aws:SourceArn arn:aws:ecs:*:*:*`.
 */
const CONCRETE_VALUE: ReadonlyMap<string, (value: string) => boolean> = new Map([
  ['aws:principalorgid', value => !hasWildcard(value)],
  ['aws:sourceorgid', value => !hasWildcard(value)],
  ['aws:principalaccount', value => ACCOUNT.test(value)],
  ['aws:sourceaccount', value => ACCOUNT.test(value)],
  // A role-name pattern is fine as long as the account is literal: it confines callers to one account.
  ['aws:principalarn', value => /^arn:[^:*?]+:(?:iam|sts)::\d{12}:./.test(value)],
  // Any resource of one account: `arn:aws:states:*:111122223333:stateMachine:*`.
  ['aws:sourcearn', value => /^arn:[^:]+:[^:]*:[^:]*:\d{12}:/.test(value)]
])

/**
 * Whether every value of the entry names something in particular: never only wildcards under a
 * Like operator (`"*"` matches every value the key can have), and for a caller or source key, an
 * organization id without wildcards, a 12-digit account, or an ARN with a literal account.
 */
export function concreteValues(entry: ConditionEntry): boolean {
  const like = entry.base.endsWith('like')
  const accepts = CONCRETE_VALUE.get(entry.keyLower)
  return (
    entry.values.length > 0 &&
    entry.values.every(value => !(like && /^[*?]+$/.test(value)) && (accepts === undefined || accepts(value)))
  )
}

/** Whether the operator compares with wildcards, so `*` and `?` in values match anything. */
export function isLikeOperator(entry: ConditionEntry): boolean {
  return entry.base === 'stringlike' || entry.base === 'arnlike'
}

/** The account id an AWS principal belongs to: a bare id, or the account field of an IAM/STS ARN. */
export function accountOfPrincipal(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value
  const match = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(value)
  return match?.[1]
}
