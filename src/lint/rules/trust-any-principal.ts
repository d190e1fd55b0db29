/**
 * `trust-any-principal`: an Allow statement that names every AWS principal (`"*"` or
 * `{AWS: "*"}`), so any account in the world may assume the role, unless a condition ties the
 * caller to an organization or an account.
 */
import type { LintContext, Rule, RuleHit } from '../types.js'
import type { ConditionEntry, TrustStatement } from './trust-common.js'
import {
  conditionsOf,
  constrains,
  hasWildcard,
  principalsOf,
  trustHit,
  trustStatements
} from './trust-common.js'
import { own } from '../../util/own.js'

export const trustAnyPrincipal: Rule = {
  id: 'trust-any-principal',
  *check(context: LintContext) {
    for (const trust of trustStatements(context)) yield* checkStatement(trust)
  }
}

function* checkStatement(trust: TrustStatement): Generator<RuleHit> {
  const notPrincipal: unknown = trust.ref.statement.NotPrincipal
  if (notPrincipal !== undefined && !constrainedToCaller(conditionsOf(trust))) {
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
  if (everyone.length === 0 || constrainedToCaller(conditionsOf(trust))) return
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
 * Keys that pin who the caller is. Only a positive match with a concrete value counts: a
 * wildcard, an IfExists or a ForAllValues: variant lets callers through.
 */
const CALLER_KEYS: Record<string, (value: string) => boolean> = {
  'aws:principalorgid': value => !hasWildcard(value),
  'aws:principalaccount': value => /^\d{12}$/.test(value),
  'aws:sourceaccount': value => /^\d{12}$/.test(value),
  // A role-name pattern is fine as long as the account is literal: it confines callers to one account.
  'aws:principalarn': value => /^arn:[^:*?]+:(?:iam|sts)::\d{12}:./.test(value)
}

function constrainedToCaller(conditions: readonly ConditionEntry[]): boolean {
  return conditions.some(entry => {
    const accepts = own(CALLER_KEYS, entry.keyLower) // a key `constructor` is not Object's
    return accepts !== undefined && constrains(entry) && entry.values.every(accepts)
  })
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
 * `trust-any-principal-conditioned`: `Principal AWS "*"` (or `"*"`) that a caller condition limits,
 * so trust-any-principal stays silent. Not a mistake, but the trust is wider than a named principal:
 * with aws:PrincipalOrgID it is organization-wide. Reported as information, once per statement.
 */
export const trustAnyPrincipalConditioned: Rule = {
  id: 'trust-any-principal-conditioned',
  *check(context: LintContext) {
    for (const trust of trustStatements(context)) {
      const everyone = principalsOf(trust).find(
        entry => (entry.type === '*' || entry.type === 'AWS') && entry.value === '*'
      )
      if (!everyone) continue
      const conditions = conditionsOf(trust)
      if (!constrainedToCaller(conditions)) continue
      const scopes = conditions.flatMap(entry => {
        const accepts = own(CALLER_KEYS, entry.keyLower)
        const scope = own(SCOPE_OF_KEY, entry.keyLower)
        if (!accepts || !scope || !constrains(entry) || !entry.values.every(accepts)) return []
        return [`${scope(entry.values.join(' or '))} (${entry.operator} ${entry.key})`]
      })
      yield trustHit(
        trust,
        `${everyone.type === '*' ? 'Principal "*"' : 'Principal AWS "*"'} is limited by its condition only: ${scopes.join(', and ')} may assume this role once its own policies allow sts:AssumeRole on it; if fewer need it, name those accounts or roles in Principal`,
        everyone.path
      )
    }
  }
}
