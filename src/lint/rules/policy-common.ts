/**
 * Shared reading of policy statements for the grammar, least-privilege and escalation rules:
 * statements with their YAML paths, Action/Resource items with the path of each list item, and
 * the question most least-privilege rules ask, "is this action allowed on every resource it can
 * name?". Findings point at the list item at fault, so every helper keeps paths.
 */
import type { PolicyStatement } from '../../model/policy.js'
import { positionAt, type SourceLocation } from '../../model/source.js'
import type { EnvironmentState, RoleState } from '../../model/state.js'
import { lookupAction, parseArn, parseConditionOperator, wildcardCovers } from '../../policy/index.js'
import type { StatementRef } from '../subjects.js'
import { policySubjects, statementRefs } from '../subjects.js'
import type { PolicySubject, RuleHit } from '../types.js'

export type Path = (string | number)[]

/** One statement of a policy document, with what a finding on it needs. */
export interface StatementContext {
  subject: PolicySubject
  ref: StatementRef
  /** `statement "Sid"` or `statement 0`, for messages. */
  name: string
}

/** `inline policy X`, `managed policy X` or `trust policy`: how messages name a document. */
export function describeSubject(subject: PolicySubject): string {
  if (subject.kind === 'trust') return 'trust policy'
  return subject.ownerKind === 'role'
    ? `inline policy ${subject.policyName}`
    : `managed policy ${subject.policyName}`
}

/** Every statement (that is a mapping) of every document of the environment, trust included. */
export function* allStatements(environment: EnvironmentState): Generator<StatementContext> {
  for (const subject of policySubjects(environment)) yield* statementsOfSubject(subject)
}

/** Statements of identity documents only: inline policies and kind: ManagedPolicy documents. */
export function* identityStatements(environment: EnvironmentState): Generator<StatementContext> {
  for (const subject of policySubjects(environment)) {
    if (subject.kind === 'identity') yield* statementsOfSubject(subject)
  }
}

const statementCache = new WeakMap<object, StatementContext[]>()

/**
 * The statements of one document. Seventeen rules walk every document, so the list is built once
 * per document object (rendered documents are not modified while linting).
 */
export function statementsOfSubject(subject: PolicySubject): readonly StatementContext[] {
  const document: unknown = subject.document
  if (document === null || typeof document !== 'object') return build(subject)
  const cached = statementCache.get(document)
  if (
    cached &&
    cached[0]?.subject.owner === subject.owner &&
    cached[0]?.subject.policyName === subject.policyName
  ) {
    return cached
  }
  const built = build(subject)
  if (built.length > 0) statementCache.set(document, built)
  return built
}

function build(subject: PolicySubject): StatementContext[] {
  return statementRefs(subject).map(ref => {
    const sid = ref.statement.Sid
    const name = typeof sid === 'string' && sid !== '' ? `statement "${sid}"` : `statement ${ref.index}`
    return { subject, ref, name }
  })
}

/** A finding on a statement, located at `path` below it (an element, or one item of a list). */
export function statementHit(context: StatementContext, message: string, path: Path): RuleHit {
  return {
    message: `${describeSubject(context.subject)}: ${context.name}: ${message}`,
    location: positionAt(context.subject.document, [...context.ref.path, ...path]),
    role: context.subject.owner.logicalName,
    policy: context.subject.policyName,
    statement: context.ref.id
  }
}

/** One string of an Action/NotAction/Resource/NotResource element, with where it was written. */
export interface ListItem {
  value: string
  path: Path
}

/**
 * The strings of an element, each with its own path (`[key, index]` in a list, `[key]` for a
 * single value). Non-strings are malformed-policy's finding and are skipped here.
 */
export function itemsOf(
  statement: PolicyStatement,
  key: 'Action' | 'NotAction' | 'Resource' | 'NotResource'
): readonly ListItem[] {
  let byKey = itemCache.get(statement)
  if (!byKey) itemCache.set(statement, (byKey = new Map()))
  let items = byKey.get(key)
  if (!items) {
    items = readItems(statement, key)
    byKey.set(key, items)
  }
  return items
}

const itemCache = new WeakMap<PolicyStatement, Map<string, readonly ListItem[]>>()

function readItems(
  statement: PolicyStatement,
  key: 'Action' | 'NotAction' | 'Resource' | 'NotResource'
): ListItem[] {
  const value: unknown = statement[key]
  if (value === undefined) return []
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, index) =>
      typeof item === 'string' ? [{ value: item, path: [key, index] }] : []
    )
  }
  return typeof value === 'string' ? [{ value, path: [key] }] : []
}

export function isAllow(statement: PolicyStatement): boolean {
  return statement.Effect === 'Allow'
}

/** A Condition block with at least one entry: IAM evaluates it, so the statement is conditional. */
export function hasCondition(statement: PolicyStatement): boolean {
  const condition: unknown = statement.Condition
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return false
  return Object.values(condition as Record<string, unknown>).some(
    block => block !== null && typeof block === 'object' && Object.keys(block as object).length > 0
  )
}

/** One `operator: { key: value(s) }` entry of a Condition block, with its path. */
export interface ConditionItem {
  operator: string
  key: string
  values: string[]
  path: Path
}

/** Every condition entry; malformed blocks (malformed-policy's finding) are skipped. */
export function conditionItems(statement: PolicyStatement): ConditionItem[] {
  const condition: unknown = statement.Condition
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return []
  const items: ConditionItem[] = []
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (block === null || typeof block !== 'object' || Array.isArray(block)) continue
    for (const [key, raw] of Object.entries(block as Record<string, unknown>)) {
      const list: unknown[] = Array.isArray(raw) ? raw : [raw]
      const values = list.flatMap(item =>
        typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean'
          ? [String(item)]
          : []
      )
      items.push({ operator, key, values, path: ['Condition', operator, key] })
    }
  }
  return items
}

/**
 * A condition entry that can only be true when the key is present and equal to (or like) one of
 * its values: a positive string/ARN comparison, neither `…IfExists` nor `ForAllValues:` (both are
 * also true when the key is absent), and not a bare `*` pattern.
 */
export function isPositiveMatch(item: ConditionItem): boolean {
  const operator = parseConditionOperator(item.operator)
  if (!operator || operator.negated || operator.ifExists || operator.qualifier === 'ForAllValues')
    return false
  if (
    !['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ArnEquals', 'ArnLike'].includes(operator.base)
  ) {
    return false
  }
  return item.values.length > 0 && !item.values.includes('*')
}

/** `first, second, third and 4 more`: long action lists stay readable in one line. */
export function summarize(items: readonly string[], shown = 3): string {
  if (items.length <= shown) return items.join(', ')
  return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`
}

const unconstrainedCache = new Map<string, boolean>()
const UNCONSTRAINED_CACHE_LIMIT = 50_000

/**
 * Does the Resource value reach every resource the action can name? True for `*`, and for ARN
 * patterns that cover a whole resource type of the action in their account and region
 * (`arn:aws:iam::111111111111:role/*` for iam:PassRole, `arn:aws:s3:::*` for s3:GetObject); the
 * account and region are taken from the value itself, because a role acts in its own account, so
 * naming it narrows nothing. False for unknown actions, and for actions that support only `*`
 * when the value is an ARN (IAM then grants them nowhere).
 */
export function isUnconstrainedResource(action: string, resource: string): boolean {
  if (resource === '*') return true
  const key = `${action.toLowerCase()}\u0000${resource}`
  const cached = unconstrainedCache.get(key)
  if (cached !== undefined) return cached
  const info = lookupAction(action)
  const arn = parseArn(resource)
  // A value without wildcards covers a whole type only when the type names a single resource.
  const literal = !/[*?]/.test(resource)
  const result =
    info !== undefined &&
    info.resourceTypes.some(type => {
      if (literal && /\$\{(?!partition\}|region\}|account\})/i.test(type.arnPattern)) return false
      const whole = type.arnPattern.replace(/\$\{([^}]*)\}/g, (_, name: string) => {
        const lower = name.toLowerCase()
        if (arn && lower === 'partition') return arn.partition
        if (arn && lower === 'region') return arn.region
        if (arn && lower === 'account') return arn.account
        return '*'
      })
      // The value's literal start must be the pattern's literal start, or it cannot cover it.
      const head = resource.search(/[*?]/)
      for (let i = 0; i < head; i++) if (resource[i] !== whole[i]) return false
      return wildcardCovers(resource, whole, false)
    })
  if (unconstrainedCache.size >= UNCONSTRAINED_CACHE_LIMIT) unconstrainedCache.clear()
  unconstrainedCache.set(key, result)
  return result
}

/**
 * Is `action` allowed by this (Allow) statement on every resource it can name, with no condition?
 * NotResource counts as unconstrained: it allows everything but the few resources it lists.
 */
export function allowsUnconstrained(statement: PolicyStatement, action: string): boolean {
  if (hasCondition(statement)) return false
  if (statement.Resource === undefined) return statement.NotResource !== undefined
  return itemsOf(statement, 'Resource').some(item => isUnconstrainedResource(action, item.value))
}

/** Where a role's `managedPolicies` entry that attached `arn` was written (render records it per ARN). */
export function attachmentLocation(role: RoleState, arn: string): SourceLocation | undefined {
  const source = role.source
  if (!source) return undefined
  return source.fields[`managedPolicyArn:${arn}`] ?? source.fields.managedPolicies ?? source.location
}
