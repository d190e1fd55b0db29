/**
 * `cross-account-no-external-id`: an Allow statement that trusts an AWS principal of another
 * account (a bare account id, its root ARN, or a role/user ARN there) without requiring
 * sts:ExternalId. A third party that assumes roles for many customers can otherwise be tricked
 * into using this role for someone else (the confused deputy). A condition on aws:PrincipalOrgID
 * is accepted too: it keeps the trust inside your organization.
 */
import type { LintContext, Rule, RuleHit } from '../types.js'
import type { TrustStatement } from './trust-common.js'
import {
  accountOfPrincipal,
  conditionsOf,
  constrains,
  principalsOf,
  trustHit,
  trustStatements
} from './trust-common.js'

export const crossAccountNoExternalId: Rule = {
  id: 'cross-account-no-external-id',
  *check(context: LintContext) {
    for (const trust of trustStatements(context)) yield* checkStatement(trust, context.environment.account)
  }
}

function* checkStatement(trust: TrustStatement, ownAccount: string): Generator<RuleHit> {
  const guarded = conditionsOf(trust).some(
    entry =>
      constrains(entry) &&
      ((entry.keyLower === 'sts:externalid' && entry.base.startsWith('stringequals')) ||
        entry.keyLower === 'aws:principalorgid')
  )
  if (guarded) return
  const organization = conditionsOf(trust).filter(entry => entry.keyLower === 'aws:principalorgid')
  const ignored =
    organization.length > 0
      ? ` (${organization.map(entry => `${entry.operator} ${entry.key}`).join(', ')} does not count: it does not require one organization)`
      : ''
  for (const principal of principalsOf(trust)) {
    if (principal.type !== 'AWS') continue
    // "*" is trust-any-principal's finding; services and federated principals carry no account.
    const account = accountOfPrincipal(principal.value)
    if (account === undefined || account === ownAccount) continue
    yield trustHit(
      trust,
      `trusts ${principal.value} in account ${account}, which is not this environment's account, without an sts:ExternalId condition${ignored}; if that account belongs to a third party, add StringEquals sts:ExternalId: "<the id they gave you>" (or, inside your organization, StringEquals aws:PrincipalOrgID)`,
      principal.path
    )
  }
}
