/**
 * Condition operators: `[ForAnyValue:|ForAllValues:]<Base>[IfExists]`. Used by the
 * `invalid-condition-operator` rule and to spell operators canonically when comparing conditions
 * (IAM matches operator names case-insensitively, so `stringequals` and `StringEquals` are one).
 */

export const BASE_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Null'
] as const

export type BaseOperator = (typeof BASE_OPERATORS)[number]
export type SetQualifier = 'ForAnyValue' | 'ForAllValues'

export interface ConditionOperator {
  /** Canonical spelling of the whole operator: `ForAllValues:StringLikeIfExists`. */
  name: string
  qualifier?: SetQualifier
  base: BaseOperator
  ifExists: boolean
  /** Negated operators (`StringNotEquals`, `NotIpAddress`, `ArnNotLike`, ...) grant by exclusion. */
  negated: boolean
}

const baseByLower = new Map<string, BaseOperator>(BASE_OPERATORS.map(op => [op.toLowerCase(), op]))

/** Parses an operator; undefined when IAM would reject it. */
export function parseConditionOperator(text: string): ConditionOperator | undefined {
  let rest = text
  let qualifier: SetQualifier | undefined
  const colon = rest.indexOf(':')
  if (colon >= 0) {
    const head = rest.slice(0, colon).toLowerCase()
    if (head === 'foranyvalue') qualifier = 'ForAnyValue'
    else if (head === 'forallvalues') qualifier = 'ForAllValues'
    else return undefined
    rest = rest.slice(colon + 1)
  }
  let ifExists = false
  if (rest.toLowerCase().endsWith('ifexists')) {
    ifExists = true
    rest = rest.slice(0, -'IfExists'.length)
  }
  const base = baseByLower.get(rest.toLowerCase())
  // `Null` tests existence itself, so IAM has no NullIfExists.
  if (!base || (base === 'Null' && ifExists)) return undefined
  const name = `${qualifier ? qualifier + ':' : ''}${base}${ifExists ? 'IfExists' : ''}`
  return { name, qualifier, base, ifExists, negated: /Not/.test(base) }
}

/** Canonical spelling, or the text unchanged when it is not a valid operator. */
export function canonicalConditionOperator(text: string): string {
  return parseConditionOperator(text)?.name ?? text
}
