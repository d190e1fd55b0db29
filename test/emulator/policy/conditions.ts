import { ipInRange } from './ip.js'
import { substituteVariables } from './variables.js'
import { arnMatch, globOf, unescapeGlob, wildcardMatch } from './wildcard.js'
import type { ConditionBlock } from './types.js'

/**
 * Condition evaluation: the request context maps lower-case condition keys to their values
 * (a single-valued key has one value). Semantics follow the IAM policy evaluation logic:
 * keys within an operator are ANDed, values of one key are ORed, negated operators and
 * `ForAllValues:` are true for an absent key, `...IfExists` is true for an absent key.
 */
export type ConditionContext = Map<string, string[]>

type Family =
  | 'String'
  | 'StringIgnoreCase'
  | 'StringLike'
  | 'Numeric'
  | 'Date'
  | 'Bool'
  | 'Binary'
  | 'Ip'
  | 'Arn'
  | 'ArnLike'

interface OperatorSpec {
  family: Family
  negated: boolean
  compare?: 'eq' | 'lt' | 'lte' | 'gt' | 'gte'
}

const OPERATORS: Record<string, OperatorSpec> = {
  stringequals: { family: 'String', negated: false },
  stringnotequals: { family: 'String', negated: true },
  stringequalsignorecase: { family: 'StringIgnoreCase', negated: false },
  stringnotequalsignorecase: { family: 'StringIgnoreCase', negated: true },
  stringlike: { family: 'StringLike', negated: false },
  stringnotlike: { family: 'StringLike', negated: true },
  numericequals: { family: 'Numeric', negated: false, compare: 'eq' },
  numericnotequals: { family: 'Numeric', negated: true, compare: 'eq' },
  numericlessthan: { family: 'Numeric', negated: false, compare: 'lt' },
  numericlessthanequals: { family: 'Numeric', negated: false, compare: 'lte' },
  numericgreaterthan: { family: 'Numeric', negated: false, compare: 'gt' },
  numericgreaterthanequals: { family: 'Numeric', negated: false, compare: 'gte' },
  dateequals: { family: 'Date', negated: false, compare: 'eq' },
  datenotequals: { family: 'Date', negated: true, compare: 'eq' },
  datelessthan: { family: 'Date', negated: false, compare: 'lt' },
  datelessthanequals: { family: 'Date', negated: false, compare: 'lte' },
  dategreaterthan: { family: 'Date', negated: false, compare: 'gt' },
  dategreaterthanequals: { family: 'Date', negated: false, compare: 'gte' },
  bool: { family: 'Bool', negated: false },
  binaryequals: { family: 'Binary', negated: false },
  ipaddress: { family: 'Ip', negated: false },
  notipaddress: { family: 'Ip', negated: true },
  arnequals: { family: 'Arn', negated: false },
  arnnotequals: { family: 'Arn', negated: true },
  arnlike: { family: 'ArnLike', negated: false },
  arnnotlike: { family: 'ArnLike', negated: true }
}

interface ParsedOperator {
  set?: 'any' | 'all'
  name: string
  ifExists: boolean
}

function parseOperator(operator: string): ParsedOperator | undefined {
  let rest = operator.toLowerCase()
  let set: ParsedOperator['set']
  if (rest.startsWith('foranyvalue:')) {
    set = 'any'
    rest = rest.slice('foranyvalue:'.length)
  } else if (rest.startsWith('forallvalues:')) {
    set = 'all'
    rest = rest.slice('forallvalues:'.length)
  }
  let ifExists = false
  if (rest.endsWith('ifexists') && rest !== 'null') {
    ifExists = true
    rest = rest.slice(0, -'ifexists'.length)
  }
  if (rest !== 'null' && !(rest in OPERATORS)) return undefined
  return { set, name: rest, ifExists }
}

export function isKnownConditionOperator(operator: string): boolean {
  return parseOperator(operator) !== undefined
}

function compareNumbers(a: number, b: number, compare: OperatorSpec['compare']): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false
  switch (compare) {
    case 'lt':
      return a < b
    case 'lte':
      return a <= b
    case 'gt':
      return a > b
    case 'gte':
      return a >= b
    default:
      return a === b
  }
}

function parseDate(value: string): number {
  return /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value)
}

/** The operator families whose values take policy variables and are kept as escaped globs. */
const GLOB_FAMILIES: ReadonlySet<Family> = new Set([
  'String',
  'StringIgnoreCase',
  'StringLike',
  'Arn',
  'ArnLike'
])

/**
 * The positive (non-negated) comparison of one context value with one policy value. For the
 * string and ARN families the policy value is an escaped glob (variables substituted).
 */
function valueMatches(spec: OperatorSpec, contextValue: string, policyValue: string): boolean {
  switch (spec.family) {
    case 'String':
      return contextValue === unescapeGlob(policyValue)
    case 'StringIgnoreCase':
      return contextValue.toLowerCase() === unescapeGlob(policyValue).toLowerCase()
    case 'StringLike':
      return wildcardMatch(policyValue, contextValue, false, true)
    case 'Numeric':
      return compareNumbers(Number(contextValue), Number(policyValue), spec.compare)
    case 'Date':
      return compareNumbers(parseDate(contextValue), parseDate(policyValue), spec.compare)
    case 'Bool':
      return contextValue.toLowerCase() === policyValue.toLowerCase()
    case 'Binary':
      return contextValue === policyValue
    case 'Arn':
    case 'ArnLike':
      // "The ArnEquals and ArnLike condition operators behave identically."
      return arnMatch(policyValue, contextValue, true)
    case 'Ip':
      return ipInRange(contextValue, policyValue)
  }
}

/**
 * A policy value ready for valueMatches: variables substituted for the string and ARN operators
 * (the only ones that take them), undefined when a variable has no value.
 */
function resolveValue(
  family: Family,
  policyValue: string,
  context: ConditionContext,
  variables: boolean
): string | undefined {
  if (!GLOB_FAMILIES.has(family)) return policyValue
  return variables ? substituteVariables(policyValue, context) : globOf(policyValue)
}

function evaluateKey(
  operator: ParsedOperator,
  key: string,
  policyValues: string[],
  context: ConditionContext,
  variables: boolean
): boolean {
  const contextValues = context.get(key.toLowerCase())
  const present = contextValues !== undefined && contextValues.length > 0
  if (operator.name === 'null') {
    return policyValues.some(value => (value.toLowerCase() === 'true') === !present)
  }
  const spec = OPERATORS[operator.name]
  if (!present) {
    if (operator.ifExists) return true
    if (operator.set === 'all') return true
    if (operator.set === 'any') return false
    return spec.negated
  }
  const resolved = policyValues
    .map(value => resolveValue(spec.family, value, context, variables))
    .filter((value): value is string => value !== undefined)
  const matchesAny = (contextValue: string) => resolved.some(value => valueMatches(spec, contextValue, value))
  const accept = (contextValue: string) =>
    spec.negated ? !matchesAny(contextValue) : matchesAny(contextValue)
  if (operator.set === 'all') return contextValues.every(accept)
  if (operator.set === 'any') return contextValues.some(accept)
  return spec.negated ? contextValues.every(accept) : contextValues.some(accept)
}

/**
 * True when every operator/key in the block is satisfied by the request context. `variables`:
 * the document's language version substitutes policy variables (2012-10-17).
 */
export function evaluateConditions(
  block: ConditionBlock,
  context: ConditionContext,
  variables = true
): boolean {
  return Object.entries(block).every(([rawOperator, keys]) => {
    const operator = parseOperator(rawOperator)
    if (!operator) return false
    return Object.entries(keys).every(([key, values]) =>
      evaluateKey(operator, key, values, context, variables)
    )
  })
}
