/**
 * The Condition element, decided against a request context (IAM User Guide: "IAM JSON policy
 * elements: Condition operators", "Conditions with multiple context keys or values",
 * "Single-valued vs. multivalued context keys").
 *
 * - Operators are AND-ed, the keys of one operator are AND-ed, the values of one key are OR-ed
 *   (for a negated operator: NOR, i.e. the request value matches none of them).
 * - Key names are case-insensitive; values are case-sensitive except for the *IgnoreCase
 *   operators, Bool and Null.
 * - A key absent from the request: plain operators are false, negated plain operators
 *   (StringNotEquals, NotIpAddress, ArnNotLike, ...) are true, `...IfExists` is true,
 *   `ForAllValues:` is true, `ForAnyValue:` is false; `Null` tests the absence itself.
 * - `ForAllValues:` — every request value matches (for a negated operator: matches none of the
 *   policy values); `ForAnyValue:` — at least one does.
 * - A plain operator on a key with several request values (which the guide says needs a set
 *   operator) is true when any value matches, and for a negated operator when none does; the
 *   result notes it.
 * - Typed operators (Numeric, Date, Bool, Binary, IP) compare parsed values: a request value that
 *   does not parse makes the key's condition false whatever the operator, a policy value that does
 *   not parse matches nothing; both are noted.
 * - Policy variables are substituted in String*, Arn* and Bool values (the operators the guide
 *   lists as supporting them); a value whose variable has no value matches nothing.
 */
import { parseConditionOperator, type BaseOperator, type ConditionOperator } from '../condition-operators.js'
import { compileWildcard, wildcardTest, type CompiledWildcard } from '../wildcard.js'
import { arnConditionTest, compileArnCondition, type CompiledArnCondition } from './arn-match.js'
import { contextValues, unknownKey } from './context.js'
import { quoted, type NoteSink } from './notes.js'
import type { RequestContext, UnknownKeys } from './types.js'
import {
  base64Bytes,
  ipInRange,
  parseBool,
  parseDate,
  parseIpRange,
  parseNumber,
  type IpRange
} from './values.js'
import { hasVariable, substitute, variableKeys, type ResolvedText } from './variables.js'

/** One (operator, key, values) triple of a Condition block, parsed once. */
export interface ConditionTest {
  operator: ConditionOperator
  /** As written (keys compare case-insensitively). */
  key: string
  values: string[]
}

/** Parses a Condition block; a string explains why it is malformed (IAM would reject the policy). */
export function parseConditionBlock(block: unknown): ConditionTest[] | string {
  if (block === undefined) return []
  if (block === null || typeof block !== 'object' || Array.isArray(block))
    return 'its Condition is not a mapping of operators to keys'
  const tests: ConditionTest[] = []
  for (const [name, keys] of Object.entries(block)) {
    const operator = parseConditionOperator(name)
    if (!operator) return `its Condition uses ${JSON.stringify(name)}, which is not a condition operator`
    if (keys === null || typeof keys !== 'object' || Array.isArray(keys))
      return `its Condition operator ${name} does not hold a mapping of keys to values`
    for (const [key, raw] of Object.entries(keys as Record<string, unknown>)) {
      const list: unknown[] = Array.isArray(raw) ? raw : [raw]
      const values: string[] = []
      for (const value of list) {
        if (typeof value === 'string') values.push(value)
        else if (typeof value === 'number' || typeof value === 'boolean') values.push(String(value))
        else
          return `its Condition ${name} → ${JSON.stringify(key)} holds a value that is not a string, number or boolean`
      }
      tests.push({ operator, key, values })
    }
  }
  return tests
}

/** What one evaluation noticed, for EvaluationResult.notes. */
export type ConditionNotes = NoteSink

type Family =
  'string' | 'ignoreCase' | 'like' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null'
type Comparison = 'eq' | 'lt' | 'lte' | 'gt' | 'gte'

interface OperatorKind {
  family: Family
  comparison: Comparison
}

const KINDS: Record<BaseOperator, OperatorKind> = {
  StringEquals: { family: 'string', comparison: 'eq' },
  StringNotEquals: { family: 'string', comparison: 'eq' },
  StringEqualsIgnoreCase: { family: 'ignoreCase', comparison: 'eq' },
  StringNotEqualsIgnoreCase: { family: 'ignoreCase', comparison: 'eq' },
  StringLike: { family: 'like', comparison: 'eq' },
  StringNotLike: { family: 'like', comparison: 'eq' },
  NumericEquals: { family: 'numeric', comparison: 'eq' },
  NumericNotEquals: { family: 'numeric', comparison: 'eq' },
  NumericLessThan: { family: 'numeric', comparison: 'lt' },
  NumericLessThanEquals: { family: 'numeric', comparison: 'lte' },
  NumericGreaterThan: { family: 'numeric', comparison: 'gt' },
  NumericGreaterThanEquals: { family: 'numeric', comparison: 'gte' },
  DateEquals: { family: 'date', comparison: 'eq' },
  DateNotEquals: { family: 'date', comparison: 'eq' },
  DateLessThan: { family: 'date', comparison: 'lt' },
  DateLessThanEquals: { family: 'date', comparison: 'lte' },
  DateGreaterThan: { family: 'date', comparison: 'gt' },
  DateGreaterThanEquals: { family: 'date', comparison: 'gte' },
  Bool: { family: 'bool', comparison: 'eq' },
  BinaryEquals: { family: 'binary', comparison: 'eq' },
  IpAddress: { family: 'ip', comparison: 'eq' },
  NotIpAddress: { family: 'ip', comparison: 'eq' },
  ArnEquals: { family: 'arn', comparison: 'eq' },
  ArnLike: { family: 'arn', comparison: 'eq' },
  ArnNotEquals: { family: 'arn', comparison: 'eq' },
  ArnNotLike: { family: 'arn', comparison: 'eq' },
  Null: { family: 'null', comparison: 'eq' }
}

const SUBSTITUTED: ReadonlySet<Family> = new Set<Family>(['string', 'ignoreCase', 'like', 'arn', 'bool'])

function compare(request: number, policy: number, comparison: Comparison): boolean {
  switch (comparison) {
    case 'lt':
      return request < policy
    case 'lte':
      return request <= policy
    case 'gt':
      return request > policy
    case 'gte':
      return request >= policy
    default:
      return request === policy
  }
}

/** A typed value: a number (Numeric, Date), a boolean, base64 bytes as hex, an IP range. */
type Typed = number | boolean | string | IpRange

/** A typed value parsed from text, or undefined when it does not parse. */
function parseTyped(family: Family, text: string): Typed | undefined {
  switch (family) {
    case 'numeric':
      return parseNumber(text)
    case 'date':
      return parseDate(text)
    case 'bool':
      return parseBool(text)
    case 'binary':
      return base64Bytes(text)
    case 'ip':
      return parseIpRange(text)
    default:
      return text
  }
}

/** A request value for the operator's type: for IP operators, a single address, not a range. */
function parseRequest(family: Family, text: string): Typed | undefined {
  const typed = parseTyped(family, text)
  if (family === 'ip' && typed !== undefined) {
    const address = typed as IpRange
    return address.prefix === (address.family === 4 ? 32 : 128) ? address : undefined
  }
  return typed
}

const TYPE_NAMES: Partial<Record<Family, string>> = {
  numeric: 'a number',
  date: 'an ISO 8601 date or epoch seconds',
  bool: 'true or false',
  binary: 'base64',
  ip: 'an IP address'
}

/** A policy value, substituted and parsed once: `typed` undefined means it does not parse. */
interface PolicyValue {
  text: ResolvedText
  typed: Typed | undefined
  glob?: CompiledWildcard
  arn?: CompiledArnCondition
}

function policyValue(family: Family, text: ResolvedText): PolicyValue {
  if (family === 'like')
    return { text, typed: text.text, glob: compileWildcard(text.text, false, text.literal) }
  if (family === 'arn') return { text, typed: text.text, arn: compileArnCondition(text) }
  if (family === 'ignoreCase') return { text, typed: text.text.toLowerCase() }
  return { text, typed: parseTyped(family, text.text) }
}

/** Policy values of tests that need no substitution, prepared once per test. */
const prepared = new WeakMap<ConditionTest, PolicyValue[]>()

function policyValues(
  test: ConditionTest,
  family: Family,
  context: RequestContext,
  variables: boolean,
  notes: ConditionNotes | undefined
): PolicyValue[] {
  const substituted = variables && SUBSTITUTED.has(family) && test.values.some(hasVariable)
  if (!substituted) {
    let values = prepared.get(test)
    if (!values) {
      values = test.values.map(value => policyValue(family, { text: value }))
      prepared.set(test, values)
    }
    return values
  }
  const values: PolicyValue[] = []
  for (const value of test.values) {
    const resolved = substitute(value, context)
    if (resolved.ok) values.push(policyValue(family, resolved.value))
    else
      notes?.add(
        `${quoted(resolved.variable)} ${resolved.why}, so ${quoted(value)} (${test.operator.name} ${quoted(test.key)}) matches nothing.`
      )
  }
  return values
}

/** Does the request value match the policy value, for the operator's positive form? */
function valueMatches(kind: OperatorKind, policy: PolicyValue, request: string, typed: Typed): boolean {
  switch (kind.family) {
    case 'string':
      return policy.text.text === request
    case 'ignoreCase':
      return policy.typed === request.toLowerCase()
    case 'like':
      return wildcardTest(policy.glob as CompiledWildcard, request)
    case 'arn':
      return arnConditionTest(policy.arn as CompiledArnCondition, request)
    case 'ip':
      return ipInRange(policy.typed as IpRange, typed as IpRange)
    case 'numeric':
    case 'date':
      return compare(typed as number, policy.typed as number, kind.comparison)
    default:
      return policy.typed === typed
  }
}

/** Does one (operator, key, values) hold for the request? */
export function conditionTestHolds(
  test: ConditionTest,
  context: RequestContext,
  variables: boolean,
  notes?: ConditionNotes
): boolean {
  const { operator, key } = test
  const kind = KINDS[operator.base]
  const present = contextValues(context, key)
  if (kind.family === 'null') {
    return test.values.some(value => {
      const wanted = parseBool(value)
      if (wanted === undefined)
        notes?.add(`Null ${quoted(key)}: ${quoted(value)} is neither true nor false; it matches nothing.`)
      return wanted === (present === undefined)
    })
  }
  if (present === undefined) {
    if (operator.ifExists) return true
    if (operator.qualifier === 'ForAllValues') return true
    if (operator.qualifier === 'ForAnyValue') return false
    return operator.negated
  }
  const family = kind.family
  const requests: Typed[] = []
  for (const value of present) {
    const typed = parseRequest(family, value)
    if (typed === undefined) {
      notes?.add(
        `${operator.name} ${quoted(key)}: the request value ${quoted(value)} is not ${TYPE_NAMES[family]}; the condition is false.`
      )
      return false
    }
    requests.push(typed)
  }
  const policies = policyValues(test, family, context, variables, notes).filter(policy => {
    if (policy.typed !== undefined) return true
    notes?.add(
      `${operator.name} ${quoted(key)}: the policy value ${quoted(policy.text.text)} is not ${TYPE_NAMES[family]}; it matches nothing.`
    )
    return false
  })
  const matchesAny = (index: number): boolean =>
    policies.some(policy => valueMatches(kind, policy, present[index], requests[index]))
  const holdsFor = (index: number): boolean => (operator.negated ? !matchesAny(index) : matchesAny(index))
  const indexes = present.map((_, index) => index)
  if (operator.qualifier === 'ForAllValues') return indexes.every(holdsFor)
  if (operator.qualifier === 'ForAnyValue') return indexes.some(holdsFor)
  if (present.length > 1) {
    notes?.add(
      `${quoted(key)} has ${present.length} values but ${operator.name} has no ForAllValues:/ForAnyValue: qualifier; ` +
        `RoleGate treats it as ${operator.negated ? 'true when no value matches' : 'true when any value matches'}.`
    )
    const someMatch = indexes.some(matchesAny)
    return operator.negated ? !someMatch : someMatch
  }
  return holdsFor(0)
}

/** Do all tests hold (an empty Condition always does)? */
export function conditionsHold(
  tests: readonly ConditionTest[],
  context: RequestContext,
  variables: boolean,
  notes?: ConditionNotes
): boolean {
  for (const test of tests) if (!conditionTestHolds(test, context, variables, notes)) return false
  return true
}

/** A condition's answer when some keys of the request are unknown (AccessRequest.unknown). */
export type Holds = boolean | 'unknown'

/**
 * conditionTestHolds, where the request carries keys whose values the question does not give: a
 * test of such a key, or with a policy variable of one, holds for some values and not for others
 * ('unknown', its key pushed to `undecided`). A Null test of a key that is always present is
 * decided: the key is there.
 */
export function conditionTestState(
  test: ConditionTest,
  context: RequestContext,
  variables: boolean,
  unknown: UnknownKeys,
  undecided: string[],
  notes?: ConditionNotes
): Holds {
  const family = KINDS[test.operator.base].family
  const entry = unknownKey(context, unknown, test.key)
  if (entry) {
    if (family === 'null' && entry.presence === 'present')
      return test.values.some(value => parseBool(value) === false)
    undecided.push(entry.key)
    return 'unknown'
  }
  if (variables && SUBSTITUTED.has(family))
    for (const value of test.values)
      for (const key of variableKeys(value)) {
        const variable = unknownKey(context, unknown, key)
        if (variable) {
          undecided.push(variable.key)
          return 'unknown'
        }
      }
  return conditionTestHolds(test, context, variables, notes)
}

/** conditionsHold with unknown keys: false when any test is false, else unknown when any is. */
export function conditionsState(
  tests: readonly ConditionTest[],
  context: RequestContext,
  variables: boolean,
  unknown: UnknownKeys,
  undecided: string[],
  notes?: ConditionNotes
): Holds {
  let result: Holds = true
  for (const test of tests) {
    const holds = conditionTestState(test, context, variables, unknown, undecided, notes)
    if (holds === false) return false
    if (holds === 'unknown') result = 'unknown'
  }
  return result
}
