/**
 * `trust-any-principal`: an Allow statement that names every AWS principal (`"*"` or
 * `{AWS: "*"}`), so any account in the world may assume the role, unless a condition ties the
 * caller to an organization or an account, or a Deny statement of the same trust policy refuses
 * every caller outside one.
 */
import { perRun } from '../subjects.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import type { ConditionEntry, TrustStatement } from './trust-common.js'
import {
  actionsOf,
  allTrustStatements,
  concreteValues,
  conditionsOf,
  constrains,
  grantsAction,
  principalsOf,
  trustHit,
  trustStatements
} from './trust-common.js'
import { own } from '../../util/own.js'

export const trustAnyPrincipal: Rule = {
  id: 'trust-any-principal',
  *check(context: LintContext) {
    for (const trust of trustStatements(context)) yield* checkStatement(trust, context)
  }
}

function* checkStatement(trust: TrustStatement, context: LintContext): Generator<RuleHit> {
  const pinned = callerPins(trust, context).length > 0
  const notPrincipal: unknown = trust.ref.statement.NotPrincipal
  if (notPrincipal !== undefined && !pinned) {
    // Allow + NotPrincipal inverts the list: everyone except the few named may assume the role.
    yield trustHit(
      trust,
      'Effect Allow with NotPrincipal trusts every principal except those listed; name the trusted principals in Principal instead',
      ['NotPrincipal']
    )
  }
  const everyone = principalsOf(trust).filter(
    entry => (entry.type === '*' || entry.type === 'AWS') && entry.value === '*'
  )
  if (everyone.length === 0 || pinned) return
  for (const entry of everyone) {
    const written = entry.type === '*' ? 'Principal "*"' : 'Principal AWS "*"'
    yield trustHit(
      trust,
      `${written} lets any AWS account in the world assume this role; name the trusted account or role ARN instead, or constrain the caller with a condition such as StringEquals aws:PrincipalOrgID (your organization) or aws:PrincipalAccount`,
      entry.path
    )
  }
}

/**
 * Keys that pin who the caller is. Only a positive match with concrete values counts
 * (trust-common.ts constrains()): a wildcard, an IfExists or a ForAllValues: variant lets callers
 * through.
 */
const CALLER_KEYS = new Set([
  'aws:principalorgid',
  'aws:principalaccount',
  'aws:sourceaccount',
  'aws:principalarn'
])

/** Keys a Deny may refuse every other caller by (aws:SourceAccount says nothing of the caller's identity). */
const DENY_CALLER_KEYS = new Set(['aws:principalorgid', 'aws:principalaccount', 'aws:principalarn'])

const NEGATED_MATCH = new Set(['stringnotequals', 'stringnotlike', 'arnnotequals', 'arnnotlike'])

/** What confines the statement's callers: its own caller conditions, and the Deny guards that cover it. */
interface CallerPin {
  entry: ConditionEntry
  /** The Deny statement the entry belongs to, when it is a guard rather than the statement's own condition. */
  deny?: TrustStatement
}

function callerPins(trust: TrustStatement, context: LintContext): CallerPin[] {
  const conditions = conditionsOf(trust)
    .filter(entry => CALLER_KEYS.has(entry.keyLower) && constrains(entry))
    .map(entry => ({ entry }))
  const guards = (denyGuardsByRole(context).get(trust.role) ?? [])
    .filter(deny => coversActions(deny, trust))
    .flatMap(deny => conditionsOf(deny).map(entry => ({ entry, deny })))
  return [...conditions, ...guards]
}

/**
 * The Deny statements of each role's trust policy that refuse every caller except those of named
 * organizations, accounts or ARNs: Principal "*" (or AWS "*"), and conditions that are all negated
 * matches (StringNotEquals, ArnNotEquals and their Like forms, IfExists or not: a negated match is
 * true when the key is absent, so callers outside any organization are refused too) on a caller key
 * with concrete values. Any other condition would let the Deny apply only sometimes.
 */
function denyGuardsByRole(context: LintContext): ReadonlyMap<TrustStatement['role'], TrustStatement[]> {
  return perRun(context, findDenyGuards)
}

function findDenyGuards(context: LintContext): Map<TrustStatement['role'], TrustStatement[]> {
  const byRole = new Map<TrustStatement['role'], TrustStatement[]>()
  for (const deny of allTrustStatements(context)) {
    const statement = deny.ref.statement
    if (statement.Effect !== 'Deny' || statement.NotPrincipal !== undefined) continue
    if (
      !principalsOf(deny).some(entry => (entry.type === '*' || entry.type === 'AWS') && entry.value === '*')
    )
      continue
    const conditions = conditionsOf(deny)
    const guard =
      conditions.length > 0 &&
      conditions.every(
        entry =>
          NEGATED_MATCH.has(entry.base) &&
          entry.qualifier === undefined &&
          DENY_CALLER_KEYS.has(entry.keyLower) &&
          concreteValues(entry)
      )
    if (!guard) continue
    const list = byRole.get(deny.role) ?? []
    list.push(deny)
    byRole.set(deny.role, list)
  }
  return byRole
}

/** Whether the Deny's Action list covers every action the Allow names (NotAction on either side: no). */
function coversActions(deny: TrustStatement, allow: TrustStatement): boolean {
  const allowed = actionsOf(allow)
  return (
    actionsOf(deny) !== undefined &&
    allowed !== undefined &&
    allowed.length > 0 &&
    allowed.every(action => grantsAction(deny, action))
  )
}

// ---------------------------------------------------------------------------------------------
// trust-any-principal-conditioned

/** How far each caller key lets `AWS: "*"` reach, for the message. */
const SCOPE_OF_KEY: Record<string, (values: string) => string> = {
  'aws:principalorgid': values =>
    `any IAM principal of every account in organization ${values}, including accounts that join it later`,
  'aws:principalaccount': values => `any IAM principal of account ${values}`,
  'aws:sourceaccount': values => `any principal acting for account ${values}`,
  'aws:principalarn': values => `any IAM principal whose ARN matches ${values}`
}

/**
 * `trust-any-principal-conditioned`: `Principal AWS "*"` (or `"*"`) that a caller condition or a
 * Deny guard limits, so trust-any-principal stays silent. Not a mistake, but the trust is wider
 * than a named principal: with aws:PrincipalOrgID it is organization-wide. Reported as
 * information, once per statement.
 */
export const trustAnyPrincipalConditioned: Rule = {
  id: 'trust-any-principal-conditioned',
  *check(context: LintContext) {
    for (const trust of trustStatements(context)) {
      const everyone = principalsOf(trust).find(
        entry => (entry.type === '*' || entry.type === 'AWS') && entry.value === '*'
      )
      if (!everyone) continue
      const pins = callerPins(trust, context)
      if (pins.length === 0) continue
      const scopes = pins.flatMap(({ entry, deny }) => {
        const scope = own(SCOPE_OF_KEY, entry.keyLower) // a key `constructor` is not Object's
        if (!scope) return []
        const by = deny
          ? `the Deny in ${deny.name}: ${entry.operator} ${entry.key}`
          : `${entry.operator} ${entry.key}`
        return [`${scope(entry.values.join(' or '))} (${by})`]
      })
      const limit = pins.every(pin => pin.deny)
        ? 'is limited only by a Deny'
        : 'is limited by its condition only'
      yield trustHit(
        trust,
        `${everyone.type === '*' ? 'Principal "*"' : 'Principal AWS "*"'} ${limit}: ${scopes.join(', and ')} may assume this role once its own policies allow sts:AssumeRole on it; if fewer need it, name those accounts or roles in Principal`,
        everyone.path
      )
    }
  }
}
