/**
 * Web-identity trust, shared by the GitHub rules (github-oidc.ts) and `web-identity-unpinned`
 * (web-identity.ts): which statements let tokens of an identity provider assume the role, and how
 * a condition on one of the token's claims is read.
 *
 * A statement trusts a provider when it grants sts:AssumeRoleWithWebIdentity to a Federated
 * principal that is an IAM OIDC provider ARN (`arn:aws:iam::<account>:oidc-provider/<issuer>`) or
 * one of the providers STS accepts by domain name (`cognito-identity.amazonaws.com`,
 * `accounts.google.com`, `graph.facebook.com`, `www.amazon.com`). STS exposes each claim of the
 * token as a condition key named `<issuer>:<claim>`.
 */
import { perRun } from '../subjects.js'
import type { LintContext } from '../types.js'
import type { ConditionEntry, Path, PrincipalEntry, TrustStatement } from './trust-common.js'
import {
  conditionsOf,
  grantsAction,
  hasWildcard,
  isLikeOperator,
  principalsOf,
  trustStatements
} from './trust-common.js'

export const GITHUB_ISSUER = 'token.actions.githubusercontent.com'

/** GitHub's issuer, also GitHub Enterprise's `token.actions.githubusercontent.com/<enterprise>`. */
export function isGithubIssuer(issuer: string): boolean {
  return issuer === GITHUB_ISSUER || issuer.startsWith(`${GITHUB_ISSUER}/`)
}

const OIDC_PROVIDER = /^arn:[^:]+:iam::[^:]*:oidc-provider\/(\S+)$/i

/** Providers STS accepts in a trust policy by domain name, without an IAM identity provider. */
const DOMAIN_PROVIDERS = new Set([
  'cognito-identity.amazonaws.com',
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com'
])

/** A trust statement that lets tokens of one web-identity provider assume the role. */
export interface WebIdentityTrust {
  trust: TrustStatement
  /** The issuer as condition keys spell it, lower-cased: `token.actions.githubusercontent.com`. */
  issuer: string
  /** The issuer as the principal writes it, for messages: `oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE`. */
  issuerWritten: string
  /** Whether the principal is an IAM OIDC provider ARN (else a provider's domain name). */
  providerArn: boolean
  principal: PrincipalEntry
  conditions: readonly ConditionEntry[]
}

/** Every (statement, provider) pair of the environment's trust policies, found once per run. */
export function webIdentityTrusts(context: LintContext): readonly WebIdentityTrust[] {
  return perRun(context, findWebIdentityTrusts)
}

function findWebIdentityTrusts(context: LintContext): WebIdentityTrust[] {
  const found: WebIdentityTrust[] = []
  for (const trust of trustStatements(context)) {
    if (!grantsAction(trust, 'sts:AssumeRoleWithWebIdentity')) continue
    const seen = new Set<string>()
    for (const principal of principalsOf(trust)) {
      if (principal.type !== 'Federated') continue
      const arn = OIDC_PROVIDER.exec(principal.value)
      const written = arn ? arn[1] : principal.value
      const issuer = written.toLowerCase()
      if ((!arn && !DOMAIN_PROVIDERS.has(issuer)) || seen.has(issuer)) continue
      seen.add(issuer)
      found.push({
        trust,
        issuer,
        issuerWritten: written,
        providerArn: arn !== null,
        principal,
        conditions: conditionsOf(trust)
      })
    }
  }
  return found
}

/** The condition entries on the claim `name` of the provider's tokens (`<issuer>:<name>`). */
export function claim(web: WebIdentityTrust, name: string): ConditionEntry[] {
  const key = `${web.issuer}:${name}`
  return web.conditions.filter(entry => entry.keyLower === key)
}

/**
 * Whether an entry can pin a claim: StringEquals, StringEqualsIgnoreCase or StringLike (any case;
 * ForAnyValue: allowed). IfExists is tolerated because aud and sub are required claims of every
 * OIDC token (OpenID Connect Core §2), so STS always has them; ForAllValues: is not, because it is
 * true when the claim is absent (github-oidc-forallvalues reports it).
 */
export function matchesClaim(entry: ConditionEntry): boolean {
  return (
    (entry.base === 'stringequals' ||
      entry.base === 'stringequalsignorecase' ||
      entry.base === 'stringlike') &&
    entry.qualifier !== 'ForAllValues'
  )
}

/** Whether the value matches only itself: any value under StringEquals, one without `*`/`?` under StringLike. */
export function literalValue(entry: ConditionEntry, value: string): boolean {
  return !isLikeOperator(entry) || !hasWildcard(value)
}

/** Where to point when a condition is missing: the Condition block if there is one, else the principal. */
export function missingPath(web: WebIdentityTrust): Path {
  return web.trust.ref.statement.Condition !== undefined ? ['Condition'] : web.principal.path
}

/** The operators written on a claim that do not count (matchesClaim() is false), for messages. */
export function ignoredOperators(entries: readonly ConditionEntry[]): string[] {
  return entries.filter(entry => !matchesClaim(entry)).map(entry => entry.operator)
}
