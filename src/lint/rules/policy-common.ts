/**
 * Shared reading of policy statements for the grammar, least-privilege and escalation rules:
 * statements with their YAML paths, Action/Resource items with the path of each list item, and
 * the question most least-privilege rules ask, "is this action allowed on every resource it can
 * name?". Findings point at the list item at fault, so every helper keeps paths.
 */
import type { PolicyStatement } from '../../model/policy.js'
import { positionAt, type SourceLocation } from '../../model/source.js'
import type { RoleState } from '../../model/state.js'
import {
  arnProblems,
  lookupAction,
  parseArn,
  parseConditionOperator,
  resourcePatternCovers,
  type Arn
} from '../../policy/index.js'
import { boundedMemo } from '../../util/bounded-memo.js'
import type { StatementRef } from '../subjects.js'
import { perRun, statementRefs, subjectsOf } from '../subjects.js'
import type { LintContext, PolicySubject, RuleHit } from '../types.js'

export type Path = (string | number)[]

/** One statement of a policy document, with what a finding on it needs. */
export interface StatementContext {
  subject: PolicySubject
  ref: StatementRef
  /** `statement "Sid"` or `statement 0`, for messages. */
  name: string
  /** What the rules read from the statement, read once with the context. */
  facts: StatementFacts
}

/** `inline policy X`, `managed policy X` or `trust policy`: how messages name a document. */
export function describeSubject(subject: PolicySubject): string {
  if (subject.kind === 'trust') return 'trust policy'
  return subject.ownerKind === 'role'
    ? `inline policy ${subject.policyName}`
    : `managed policy ${subject.policyName}`
}

/** The statements of one environment, listed once per lint run and shared by every rule. */
interface EnvironmentStatements {
  all: readonly StatementContext[]
  identity: readonly StatementContext[]
  /** Allow statements of identity documents: the only ones that grant anything. */
  allowIdentity: readonly StatementContext[]
}

function listStatements(context: LintContext): EnvironmentStatements {
  const all: StatementContext[] = []
  const identity: StatementContext[] = []
  const allowIdentity: StatementContext[] = []
  for (const subject of subjectsOf(context)) {
    for (const statement of statementsOfSubject(subject, context)) {
      all.push(statement)
      if (subject.kind !== 'identity') continue
      identity.push(statement)
      if (isAllow(statement.ref.statement)) allowIdentity.push(statement)
    }
  }
  return { all, identity, allowIdentity }
}

/** Every statement (that is a mapping) of every document of the environment, trust included. */
export function allStatements(context: LintContext): readonly StatementContext[] {
  return perRun(context, listStatements).all
}

/** Statements of identity documents only: inline policies and kind: ManagedPolicy documents. */
export function identityStatements(context: LintContext): readonly StatementContext[] {
  return perRun(context, listStatements).identity
}

/** Allow statements of identity documents. */
export function allowStatements(context: LintContext): readonly StatementContext[] {
  return perRun(context, listStatements).allowIdentity
}

const newStatementCache = (): Map<object, StatementContext[]> => new Map()

/**
 * The statements of one document. Most rules walk every document, so the list is built once per
 * document object and lint run (rendered documents are not modified while linting).
 */
export function statementsOfSubject(
  subject: PolicySubject,
  context: LintContext
): readonly StatementContext[] {
  const document: unknown = subject.document
  if (document === null || typeof document !== 'object') return build(subject)
  const cache = perRun(context, newStatementCache)
  const cached = cache.get(document)
  if (
    cached &&
    cached[0]?.subject.owner === subject.owner &&
    cached[0]?.subject.policyName === subject.policyName
  ) {
    return cached
  }
  const built = build(subject)
  if (built.length > 0) cache.set(document, built)
  return built
}

function build(subject: PolicySubject): StatementContext[] {
  const refs = statementRefs(subject)
  const statements: StatementContext[] = []
  for (const ref of refs) {
    const sid = ref.statement.Sid
    const name = typeof sid === 'string' && sid !== '' ? `statement "${sid}"` : `statement ${ref.index}`
    statements.push({ subject, ref, name, facts: readFacts(ref.statement) })
  }
  return statements
}

/** A finding on a statement, located at `path` below it (an element, or one item of a list). */
export function statementHit(context: StatementContext, message: string, path: Path): RuleHit {
  return {
    message: `${describeSubject(context.subject)}: ${context.name}: ${message}`,
    location: positionAt(context.subject.document, [...context.ref.path, ...path]),
    role: context.subject.owner.logicalName,
    kind: context.subject.ownerKind === 'role' ? 'role' : 'managed policy',
    policy: context.subject.policyName,
    statement: context.ref.id
  }
}

/** One string of an Action/NotAction/Resource/NotResource element, with where it was written. */
export interface ListItem {
  value: string
  path: Path
}

type ListKey = 'Action' | 'NotAction' | 'Resource' | 'NotResource'

/**
 * What the rules read from one statement, read once: its lists with paths, whether it is
 * conditional, its condition entries, and the pattern lists of Action and NotAction (the last
 * four when first asked for). Rendered documents are not modified while linting.
 */
export interface StatementFacts {
  statement: PolicyStatement
  Action: readonly ListItem[]
  NotAction: readonly ListItem[]
  Resource: readonly ListItem[]
  NotResource: readonly ListItem[]
  conditional?: boolean
  conditions?: ConditionItem[]
  actionList?: PatternList
  notActionList?: PatternList
}

/** The facts of a statement, read now. Statement contexts keep theirs (StatementContext.facts). */
function readFacts(statement: PolicyStatement): StatementFacts {
  return {
    statement,
    Action: readItems(statement, 'Action'),
    NotAction: readItems(statement, 'NotAction'),
    Resource: readItems(statement, 'Resource'),
    NotResource: readItems(statement, 'NotResource'),
    conditional: undefined,
    conditions: undefined,
    actionList: undefined,
    notActionList: undefined
  }
}

const factCache = new WeakMap<PolicyStatement, StatementFacts>()

/** The facts of a statement that is not at hand as a StatementContext, cached per statement object. */
export function statementFactsOf(statement: PolicyStatement): StatementFacts {
  let facts = factCache.get(statement)
  if (!facts) factCache.set(statement, (facts = readFacts(statement)))
  return facts
}

const NO_ITEMS: readonly ListItem[] = Object.freeze([])

/**
 * Item paths are shared and frozen: every statement has `[Action, 0]`, and findings only ever
 * copy a path into a longer one.
 */
const SHARED_PATHS = 64
const itemPaths = new Map<ListKey, { single: Path; listed: Path[] }>()

function itemPath(key: ListKey, index?: number): Path {
  let paths = itemPaths.get(key)
  if (!paths) {
    const listed = Array.from({ length: SHARED_PATHS }, (_, i) => Object.freeze([key, i]) as Path)
    itemPaths.set(key, (paths = { single: Object.freeze([key]) as Path, listed }))
  }
  if (index === undefined) return paths.single
  return index < SHARED_PATHS ? paths.listed[index] : [key, index]
}

/**
 * The strings of an element, each with its own path (`[key, index]` in a list, `[key]` for a
 * single value). Non-strings are malformed-policy's finding and are skipped here.
 */
function readItems(statement: PolicyStatement, key: ListKey): readonly ListItem[] {
  const value: unknown = statement[key]
  if (value === undefined) return NO_ITEMS
  if (Array.isArray(value)) {
    const items: ListItem[] = []
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      if (typeof item === 'string') items.push({ value: item, path: itemPath(key, index) })
    }
    return items
  }
  return typeof value === 'string' ? [{ value, path: itemPath(key) }] : NO_ITEMS
}

/**
 * The string values of an Action or NotAction element. Policies repeat the same lists across
 * roles and environments (`[s3:Get*, s3:List*]`), so one object stands for each distinct list, and
 * rules keep what they derive from a list on it (derive()) instead of working it out per statement.
 */
export class PatternList {
  readonly #derived = new Map<unknown, unknown>()
  constructor(readonly values: readonly string[]) {}

  /** `compute(values)`, once per list and key (a key is a module-level constant of the rule). */
  derive<T>(key: unknown, compute: (values: readonly string[]) => T): T {
    if (this.#derived.has(key)) return this.#derived.get(key) as T
    const value = compute(this.values)
    this.#derived.set(key, value)
    return value
  }
}

/** Distinct lists, interned through a tree keyed by each value in turn (no key strings to build). */
interface ListNode {
  next?: Map<string, ListNode>
  list?: PatternList
}

let listRoot: ListNode = {}
let listNodes = 0
// Lists come from user files, so the tree is bounded rather than trusted to stay small.
const LIST_NODE_LIMIT = 50_000

function patternList(items: readonly ListItem[]): PatternList {
  if (listNodes >= LIST_NODE_LIMIT) {
    listRoot = {}
    listNodes = 0
  }
  let node = listRoot
  for (const item of items) {
    let next = node.next?.get(item.value)
    if (!next) {
      next = {}
      ;(node.next ??= new Map()).set(item.value, next)
      listNodes++
    }
    node = next
  }
  return (node.list ??= new PatternList(items.map(item => item.value)))
}

/** The statement's Action values as a shared list (see PatternList). */
export function actionList(facts: StatementFacts): PatternList {
  return (facts.actionList ??= patternList(facts.Action))
}

/** The statement's NotAction values as a shared list (see PatternList). */
export function notActionList(facts: StatementFacts): PatternList {
  return (facts.notActionList ??= patternList(facts.NotAction))
}

export function isAllow(statement: PolicyStatement): boolean {
  return statement.Effect === 'Allow'
}

/** A Condition block with at least one entry: IAM evaluates it, so the statement is conditional. */
export function isConditional(facts: StatementFacts): boolean {
  return (facts.conditional ??= readHasCondition(facts.statement))
}

function readHasCondition(statement: PolicyStatement): boolean {
  const condition: unknown = statement.Condition
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return false
  for (const block of Object.values(condition as Record<string, unknown>)) {
    if (block !== null && typeof block === 'object' && Object.keys(block as object).length > 0) return true
  }
  return false
}

/** One `operator: { key: value(s) }` entry of a Condition block, with its path. */
export interface ConditionItem {
  operator: string
  key: string
  values: string[]
  path: Path
}

/** Every condition entry; malformed blocks (malformed-policy's finding) are skipped. */
export function conditionEntries(facts: StatementFacts): readonly ConditionItem[] {
  return (facts.conditions ??= readConditionItems(facts.statement))
}

function readConditionItems(statement: PolicyStatement): ConditionItem[] {
  const condition: unknown = statement.Condition
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return []
  const items: ConditionItem[] = []
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (block === null || typeof block !== 'object' || Array.isArray(block)) continue
    for (const [key, raw] of Object.entries(block as Record<string, unknown>)) {
      items.push({ operator, key, values: scalarValues(raw), path: ['Condition', operator, key] })
    }
  }
  return items
}

/** A condition value or list as strings; items that are not scalars are skipped. */
function scalarValues(raw: unknown): string[] {
  const values: string[] = []
  if (Array.isArray(raw)) {
    for (let i = 0; i < raw.length; i++) {
      const item: unknown = raw[i]
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean')
        values.push(String(item))
    }
  } else if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
    values.push(String(raw))
  }
  return values
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

/** What the rules know about one Resource value, cached per value: values recur across rules. */
export interface ResourceFacts {
  value: string
  arn: Arn | undefined
  /** Where the first `*` or `?` is, -1 when there is none. */
  wildcard: number
  /** arnProblems(value), when asked for. */
  problems?: readonly string[]
}

// Values come from user files, so the cache is bounded rather than trusted to stay small; but it
// must hold a large project's working set (10,000 roles × 3 environments name ~100,000 distinct
// values): at 50,000, rules evicted each other's entries and lint cost grew 40× for 10× the roles.
export const resourceFacts = boundedMemo(
  (value: string): ResourceFacts => ({
    value,
    arn: parseArn(value),
    wildcard: value.search(/[*?]/),
    problems: undefined
  }),
  300_000
)

/** arnProblems() of a Resource value, cached (invalid-arn and resource-mismatch both ask). */
export function resourceProblems(value: string): readonly string[] {
  const facts = resourceFacts(value)
  return (facts.problems ??= arnProblems(value))
}

/** A resource type's ARN pattern split at its variables: literal text, then variable names. */
interface TypeTemplate {
  /** `pattern.split(/\$\{([^}]*)\}/)`: literal text at even indexes, variable names (lower-cased) at odd. */
  parts: readonly string[]
  /** A variable other than partition, region and account: the type names many resources. */
  namesMany: boolean
  /** The action cannot act without a resource of this type (AWS's `*` marker). */
  required: boolean
  /** An IAM type (`arn:${Partition}:iam::${Account}:…`): IAM reaches only the caller's own account. */
  iam: boolean
}

// Keyed by the action database's ARN patterns and the required marker: a fixed, finite set.
const templates = new Map<string, TypeTemplate>()

function typeTemplate(pattern: string, required: boolean): TypeTemplate {
  const key = `${required ? '*' : ''}${pattern}`
  let template = templates.get(key)
  if (!template) {
    const parts = pattern.split(/\$\{([^}]*)\}/)
    for (let i = 1; i < parts.length; i += 2) parts[i] = parts[i].toLowerCase()
    template = {
      parts,
      namesMany: /\$\{(?!partition\}|region\}|account\})/i.test(pattern),
      required,
      iam: parts[0] === 'arn:' && parts[2]?.startsWith(':iam::') === true
    }
    templates.set(key, template)
  }
  return template
}

/** Partition, region and account to fill a type's pattern with (from a Resource value, or a holder). */
type Place = Pick<Arn, 'partition' | 'region' | 'account'>

/** The text a template variable stands for: the place's partition, region or account, else `*`. */
function filled(name: string, place: Place | undefined): string {
  if (place && name === 'partition') return place.partition
  if (place && name === 'region') return place.region
  if (place && name === 'account') return place.account
  return '*'
}

/** The pattern with the place's partition, region and account filled in, every other variable `*`. */
function wholeType(template: TypeTemplate, place: Place | undefined): string {
  const parts = template.parts
  let whole = parts[0]
  for (let i = 1; i < parts.length; i += 2) whole += filled(parts[i], place) + parts[i + 1]
  return whole
}

/** Do the first `length` characters of the value equal those of wholeType(template, arn)? */
function startsLike(value: string, length: number, template: TypeTemplate, arn: Arn | undefined): boolean {
  const parts = template.parts
  let at = 0
  for (let i = 0; i < parts.length && at < length; i++) {
    const text = i % 2 === 0 ? parts[i] : filled(parts[i], arn)
    for (let k = 0; k < text.length && at < length; k++, at++)
      if (value.charCodeAt(at) !== text.charCodeAt(k)) return false
  }
  // A pattern shorter than the value's literal start cannot match it.
  return at >= length
}

/** The templates of the action's resource types; undefined for an unknown action. */
const templatesOf = boundedMemo(
  (action: string): readonly TypeTemplate[] | undefined =>
    lookupAction(action)?.resourceTypes.map(type => typeTemplate(type.arnPattern, type.required)),
  10_000
)

/**
 * The value with each run of wildcard-only path segments in its resource part made one `*`
 * (`task/*\/*` -> `task/*`): a variable of a type's pattern may span several segments, as an ECS
 * task ID does (`task/<cluster>/<id>`, which the action database spells `task/${TaskId}`), so a
 * value whose every variable part is wildcards reaches the whole type whatever number of segments
 * it writes. Only runs after a `/`: one that starts the resource part would, as one `*`, also stand
 * for a type's name and its `:` (rds-db `…:*\/*` is not `…:dbuser:*\/*`; IAM's `*` inside a
 * segment does not cross `:`). Undefined when there is no such run to merge.
 */
function mergedSegments(value: string, arn: Arn | undefined): string | undefined {
  if (!arn || !arn.resource.includes('*/*')) return undefined
  const resource = arn.resource.replace(/(?<=\/)\*+(?:\/\*+)+/g, '*')
  if (resource === arn.resource) return undefined
  return `arn:${arn.partition}:${arn.service}:${arn.region}:${arn.account}:${resource}`
}

/**
 * Does the Resource value reach every resource the action can name? True for `*`, and for ARN
 * patterns that cover a whole resource type of the action in their account and region
 * (`arn:aws:iam::111111111111:role/*` for iam:PassRole, `arn:aws:s3:::*` for s3:GetObject); the
 * account and region are taken from the value itself, because a role acts in its own account, so
 * naming it narrows nothing. Covering is IAM's segment-aware matching (resourcePatternCovers): a
 * `*` inside a segment does not cross `:`, so `…:*\/*` does not cover rds-db's `…:dbuser:*\/*`.
 * False for unknown actions, and for actions that support only `*` when the value is an ARN (IAM
 * then grants them nowhere).
 */
export function isUnconstrainedResource(action: string, resource: string): boolean {
  if (resource === '*') return true
  const types = templatesOf(action)
  if (!types) return false
  const facts = resourceFacts(resource)
  const arn = facts.arn
  // A value without wildcards covers a whole type only when the type names a single resource.
  const head = facts.wildcard
  const literal = head < 0
  for (const template of types) {
    if (literal && template.namesMany) continue
    // The value's literal start must be the pattern's literal start, or it cannot cover it.
    if (!startsLike(resource, head, template, arn)) continue
    if (resourcePatternCovers(resource, wholeType(template, arn))) return true
  }
  const merged = literal ? undefined : mergedSegments(resource, arn)
  return merged !== undefined && isUnconstrainedResource(action, merged)
}

/** Where a holder acts: its partition, and its account when known (a 12-digit account ID). */
export interface HolderPlace {
  partition: string
  account?: string
}

/**
 * Does a Deny with these Resource values refuse the action on every resource it can act on, for
 * a holder in this partition and account? True for `*`; else when the values cover, in every
 * region and account, a resource type the action always needs (AWS's `*` marker: every request
 * names one, so every request is refused), or every resource type of the action. A Deny naming one
 * region or one account leaves the others open; only IAM types may name the holder's own account,
 * since IAM acts on nothing else. Covering is segment-aware, as in isUnconstrainedResource
 * (`arn:aws:iam::*role/*` denies no role). False for unknown actions, and for actions that support
 * only `*` when no value is `*`.
 */
export function deniesEverywhere(action: string, resources: readonly string[], holder: HolderPlace): boolean {
  if (resources.includes('*')) return true
  const types = templatesOf(action)
  if (!types || types.length === 0) return false
  const covered = (template: TypeTemplate): boolean => {
    const anywhere = wholeType(template, { partition: holder.partition, region: '*', account: '*' })
    const own =
      template.iam && holder.account !== undefined
        ? wholeType(template, { partition: holder.partition, region: '*', account: holder.account })
        : undefined
    return resources.some(
      value =>
        resourcePatternCovers(value, anywhere) || (own !== undefined && resourcePatternCovers(value, own))
    )
  }
  return types.some(template => template.required && covered(template)) || types.every(covered)
}

/**
 * Is `action` allowed by this (Allow) statement on every resource it can name, with no condition?
 * NotResource counts as unconstrained: it allows everything but the few resources it lists.
 */
export function allowsEverywhere(facts: StatementFacts, action: string): boolean {
  if (isConditional(facts)) return false
  const statement = facts.statement
  if (statement.Resource === undefined) return statement.NotResource !== undefined
  for (const item of facts.Resource) if (isUnconstrainedResource(action, item.value)) return true
  return false
}

/** Where a role's `managedPolicies` entry that attached `arn` was written (render records it per ARN). */
export function attachmentLocation(role: RoleState, arn: string): SourceLocation | undefined {
  const source = role.source
  if (!source) return undefined
  return source.fields[`managedPolicyArn:${arn}`] ?? source.fields.managedPolicies ?? source.location
}

/**
 * ` under a condition (aws:SourceIp, aws:RequestedRegion)` for a conditional statement, '' for one
 * without: messages describe the statement as written.
 */
export function underCondition(facts: StatementFacts): string {
  if (!isConditional(facts)) return ''
  const keys = [...new Set(conditionEntries(facts).map(item => item.key))]
  return ` under a condition${keys.length > 0 ? ` (${summarize(keys)})` : ''}`
}
