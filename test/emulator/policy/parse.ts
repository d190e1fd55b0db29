import { errors } from '../core/errors.js'
import { isKnownConditionOperator } from './conditions.js'
import type {
  ConditionBlock,
  PolicyDocument,
  PolicyKind,
  PrincipalBlock,
  PrincipalType,
  Statement
} from './types.js'

/**
 * Parses and validates a policy document the way IAM does on write, raising
 * `MalformedPolicyDocument` with IAM's wording for the first problem found.
 */

const SYNTAX = 'Syntax errors in policy.'
const TOP_LEVEL = new Set(['Version', 'Id', 'Statement'])
const STATEMENT_FIELDS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition'
])
const PRINCIPAL_TYPES: readonly PrincipalType[] = ['AWS', 'Service', 'Federated', 'CanonicalUser']
const ACTION_PATTERN = /^[A-Za-z0-9-]+:[A-Za-z0-9*?_-]*$/
const TRUST_ACTION_PATTERN = /^sts:[A-Za-z*?]*$/i
const AWS_PRINCIPAL_PATTERN =
  /^(\*|\d{12}|arn:aws[a-z-]*:iam::\d{12}:(root|user\/.+|role\/.+|federated-user\/.+)|arn:aws[a-z-]*:sts::\d{12}:(assumed-role|federated-user)\/.+)$/
const SERVICE_PRINCIPAL_PATTERN = /^(\*|[a-z0-9][a-z0-9.-]*\.(amazonaws\.com|amazon\.com)(\.cn)?)$/

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringList(value: Json | undefined): string[] {
  const items = Array.isArray(value) ? value : [value]
  return items.map(item => {
    if (typeof item !== 'string') throw errors.malformedPolicy(SYNTAX)
    return item
  })
}

function conditionValues(value: Json): string[] {
  const items = Array.isArray(value) ? value : [value]
  return items.map(item => {
    if (typeof item === 'string') return item
    if (typeof item === 'number' || typeof item === 'boolean') return String(item)
    throw errors.malformedPolicy(SYNTAX)
  })
}

function parsePrincipal(value: Json | undefined, field: string): PrincipalBlock {
  if (value === '*') return '*'
  if (!isObject(value)) throw errors.malformedPolicy(`Invalid principal in policy: ${field}`)
  const block: Partial<Record<PrincipalType, string[]>> = {}
  for (const [type, ids] of Object.entries(value)) {
    if (!PRINCIPAL_TYPES.includes(type as PrincipalType)) {
      throw errors.malformedPolicy(`Invalid principal in policy: "${type}":${JSON.stringify(ids)}`)
    }
    const list = stringList(ids)
    for (const id of list) {
      const valid =
        type === 'AWS'
          ? AWS_PRINCIPAL_PATTERN.test(id)
          : type === 'Service'
            ? SERVICE_PRINCIPAL_PATTERN.test(id)
            : id.length > 0
      if (!valid) throw errors.malformedPolicy(`Invalid principal in policy: "${type}":"${id}"`)
    }
    block[type as PrincipalType] = list
  }
  return block
}

function parseCondition(value: Json | undefined): ConditionBlock {
  if (value === undefined) return {}
  if (!isObject(value)) throw errors.malformedPolicy(SYNTAX)
  const block: ConditionBlock = {}
  for (const [operator, keys] of Object.entries(value)) {
    if (!isKnownConditionOperator(operator))
      throw errors.malformedPolicy(`Invalid Condition type : ${operator}`)
    if (!isObject(keys)) throw errors.malformedPolicy(SYNTAX)
    const entries: Record<string, string[]> = {}
    for (const [key, values] of Object.entries(keys)) {
      if (!key.includes(':')) {
        throw errors.malformedPolicy(
          'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.'
        )
      }
      entries[key] = conditionValues(values)
    }
    block[operator] = entries
  }
  return block
}

function parseActions(list: string[], kind: PolicyKind): string[] {
  for (const action of list) {
    if (action !== '*' && !ACTION_PATTERN.test(action)) {
      throw errors.malformedPolicy(
        'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.'
      )
    }
    if (kind === 'trust' && action !== '*' && !TRUST_ACTION_PATTERN.test(action)) {
      throw errors.malformedPolicy('AssumeRole policy may only specify STS AssumeRole actions.')
    }
  }
  return list
}

function parseStatement(raw: Json, kind: PolicyKind): Statement {
  if (!isObject(raw)) throw errors.malformedPolicy(SYNTAX)
  for (const field of Object.keys(raw)) if (!STATEMENT_FIELDS.has(field)) throw errors.malformedPolicy(SYNTAX)

  const effect = raw.Effect
  if (effect === undefined) throw errors.malformedPolicy('Missing required field Effect')
  if (effect !== 'Allow' && effect !== 'Deny')
    throw errors.malformedPolicy(`Invalid effect: ${JSON.stringify(effect)}`)

  if (raw.Action !== undefined && raw.NotAction !== undefined) throw errors.malformedPolicy(SYNTAX)
  if (raw.Action === undefined && raw.NotAction === undefined)
    throw errors.malformedPolicy('Missing required field Action')

  const statement: Statement = { effect, condition: parseCondition(raw.Condition) }
  if (raw.Sid !== undefined) {
    if (typeof raw.Sid !== 'string') throw errors.malformedPolicy(SYNTAX)
    if (kind === 'identity' && !/^[0-9A-Za-z]*$/.test(raw.Sid)) {
      throw errors.malformedPolicy(
        'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*'
      )
    }
    statement.sid = raw.Sid
  }
  if (raw.Action !== undefined) statement.action = parseActions(stringList(raw.Action), kind)
  if (raw.NotAction !== undefined) statement.notAction = parseActions(stringList(raw.NotAction), kind)

  if (kind === 'identity') {
    if (raw.Principal !== undefined) throw errors.malformedPolicy('Has prohibited field Principal')
    if (raw.NotPrincipal !== undefined) throw errors.malformedPolicy('Has prohibited field NotPrincipal')
    if (raw.Resource !== undefined && raw.NotResource !== undefined) throw errors.malformedPolicy(SYNTAX)
    if (raw.Resource === undefined && raw.NotResource === undefined) {
      throw errors.malformedPolicy('Missing required field Resource')
    }
    const resources = raw.Resource !== undefined ? stringList(raw.Resource) : stringList(raw.NotResource)
    for (const resource of resources) {
      if (resource !== '*' && !resource.startsWith('arn:')) {
        throw errors.malformedPolicy(`Resource ${resource} must be in ARN format or "*".`)
      }
    }
    if (raw.Resource !== undefined) statement.resource = resources
    else statement.notResource = resources
  } else {
    if (raw.Resource !== undefined) throw errors.malformedPolicy('Has prohibited field Resource')
    if (raw.NotResource !== undefined) throw errors.malformedPolicy('Has prohibited field NotResource')
    if (raw.Principal === undefined && raw.NotPrincipal === undefined) {
      throw errors.malformedPolicy('Missing required field Principal')
    }
    if (raw.Principal !== undefined) statement.principal = parsePrincipal(raw.Principal, 'Principal')
    if (raw.NotPrincipal !== undefined)
      statement.notPrincipal = parsePrincipal(raw.NotPrincipal, 'NotPrincipal')
  }
  return statement
}

/** Parses JSON text into a value, or raises IAM's generic syntax error. */
export function parseJson(text: string): Json {
  try {
    return JSON.parse(text) as Json
  } catch {
    throw errors.malformedPolicy(SYNTAX)
  }
}

export function parsePolicyDocument(text: string, kind: PolicyKind): PolicyDocument {
  const raw = parseJson(text)
  if (!isObject(raw)) throw errors.malformedPolicy(SYNTAX)
  for (const field of Object.keys(raw)) if (!TOP_LEVEL.has(field)) throw errors.malformedPolicy(SYNTAX)
  const version = raw.Version ?? '2008-10-17'
  if (version !== '2012-10-17' && version !== '2008-10-17') {
    throw errors.malformedPolicy('The policy failed legacy parsing')
  }
  if (raw.Statement === undefined) throw errors.malformedPolicy('Missing required field Statement')
  const rawStatements = Array.isArray(raw.Statement) ? raw.Statement : [raw.Statement]
  if (rawStatements.length === 0) throw errors.malformedPolicy('Missing required field Statement')
  const statements = rawStatements.map(statement => parseStatement(statement, kind))
  const sids = statements.map(s => s.sid).filter((sid): sid is string => sid !== undefined && sid !== '')
  if (new Set(sids).size !== sids.length) {
    throw errors.malformedPolicy('Statement IDs (SID) in a single policy must be unique.')
  }
  return { version, statements }
}

/** Policy size as IAM counts it against quotas: characters that are not whitespace. */
export function policySize(text: string): number {
  return text.replace(/\s/g, '').length
}
