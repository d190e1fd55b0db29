/**
 * `invalid-condition-value`: a condition value that its operator cannot read (`NumericLessThan`
 * on "bad", `Null` with "maybe", `IpAddress` on something that is not an address or CIDR), or an
 * operator of one type used on a key of another (`DateGreaterThan` on `aws:SourceIp`), where the
 * action database knows the key's type. IAM compares such a condition as written and it never
 * holds: an Allow grants nothing, a Deny denies nothing (a negated operator the opposite).
 */
import { isIP } from 'node:net'
import { lookupConditionKey, parseConditionOperator, type BaseOperator } from '../../policy/index.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import { allStatements, conditionEntries, statementHit } from './policy-common.js'

type ValueKind = 'Numeric' | 'Date' | 'Bool' | 'IPAddress' | 'ARN'

/** The kind of value each typed operator family compares; String and Binary operators take any text. */
function kindOf(base: BaseOperator): ValueKind | 'Null' | undefined {
  if (base.startsWith('Numeric')) return 'Numeric'
  if (base.startsWith('Date')) return 'Date'
  if (base === 'Bool') return 'Bool'
  if (base === 'IpAddress' || base === 'NotIpAddress') return 'IPAddress'
  if (base.startsWith('Arn')) return 'ARN'
  if (base === 'Null') return 'Null'
  return undefined
}

/**
 * Key types (the action database's) that an operator kind cannot compare. Lenient where AWS is:
 * String keys are left alone (the reference types some numeric and date keys as String), Date keys
 * take Numeric operators (aws:EpochTime is documented with both), ARN keys take String operators.
 */
const INCOMPATIBLE: Record<ValueKind, ReadonlySet<string>> = {
  Numeric: new Set(['IPAddress', 'Bool', 'ArrayOfBool', 'ARN', 'ArrayOfARN']),
  Date: new Set(['IPAddress', 'Bool', 'ArrayOfBool', 'ARN', 'ArrayOfARN', 'Numeric']),
  Bool: new Set(['IPAddress', 'ARN', 'ArrayOfARN', 'Numeric', 'Date']),
  IPAddress: new Set(['Bool', 'ArrayOfBool', 'ARN', 'ArrayOfARN', 'Numeric', 'Date']),
  ARN: new Set(['IPAddress', 'Bool', 'ArrayOfBool', 'Numeric', 'Date'])
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
// ISO 8601 as IAM reads it (a date, optionally a time and a zone), or seconds since the epoch.
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/
const BOOLEAN = /^(true|false)$/i

function isAddress(value: string): boolean {
  const slash = value.indexOf('/')
  const address = slash < 0 ? value : value.slice(0, slash)
  const version = isIP(address)
  if (version === 0) return false
  if (slash < 0) return true
  const bits = value.slice(slash + 1)
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128)
}

/** What is wrong with one value for the operator kind, or undefined. */
function valueProblem(kind: ValueKind | 'Null', value: string): string | undefined {
  switch (kind) {
    case 'Numeric':
      return NUMBER.test(value) ? undefined : 'is not a number; write digits such as 3600'
    case 'Date':
      return (DATE.test(value) && !Number.isNaN(Date.parse(value))) || /^\d+$/.test(value)
        ? undefined
        : 'is not a date; write ISO 8601 such as 2026-12-31T23:59:59Z, or seconds since 1970'
    case 'Bool':
      return BOOLEAN.test(value) ? undefined : 'is not a boolean; write "true" or "false"'
    case 'Null':
      return BOOLEAN.test(value)
        ? undefined
        : 'is neither "true" (the key is absent) nor "false" (the key is present)'
    case 'IPAddress':
      return isAddress(value)
        ? undefined
        : 'is not an IP address or CIDR range; write one such as 203.0.113.0/24 or 2001:db8::/32'
    case 'ARN':
      return value === '*' || value.startsWith('arn:') ? undefined : 'is not an ARN'
  }
}

export const invalidConditionValue: Rule = {
  id: 'invalid-condition-value',
  *check(context: LintContext): Generator<RuleHit> {
    for (const statement of allStatements(context)) {
      for (const item of conditionEntries(statement.facts)) {
        const operator = parseConditionOperator(item.operator)
        const kind = operator && kindOf(operator.base)
        if (!operator || !kind) continue
        const type = kind === 'Null' ? undefined : lookupConditionKey(item.key)?.type
        if (kind !== 'Null' && type !== undefined && INCOMPATIBLE[kind].has(type)) {
          yield statementHit(
            statement,
            `${item.operator} compares ${kind === 'IPAddress' ? 'IP addresses' : `${kind} values`}, but ${item.key} is ${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type} key, so the condition never holds as written; use ${suggestedOperator(type)} for it`,
            item.path
          )
          continue
        }
        for (const value of item.values) {
          // A policy variable is substituted at request time: its value cannot be judged here.
          if (value.includes('${')) continue
          const problem = valueProblem(kind, value)
          if (problem)
            yield statementHit(
              statement,
              `${item.operator} ${item.key} "${value}" ${problem}; IAM cannot compare it, so the condition never holds as written`,
              item.path
            )
        }
      }
    }
  }
}

function suggestedOperator(type: string): string {
  if (type.includes('Bool')) return 'Bool'
  if (type.includes('ARN')) return 'ArnEquals or ArnLike'
  if (type === 'IPAddress') return 'IpAddress or NotIpAddress'
  if (type === 'Numeric') return 'a Numeric operator'
  if (type === 'Date') return 'a Date operator'
  return 'a String operator'
}
