/**
 * `web-identity-unpinned`: web-identity trust of a provider other than GitHub (whose trust the
 * github-oidc rules judge) that does not pin who may assume the role. An identity provider issues
 * tokens to many callers: GitLab.com to every CI job of every project, HCP Terraform to every run
 * of every organization, an EKS cluster to every pod. Unless the trust pins the audience and the
 * subject claims, any of them can assume the role.
 *
 * What counts as a pin is what the GitHub rules count (web-identity-common.ts): StringEquals,
 * StringEqualsIgnoreCase or StringLike on `<issuer>:<claim>`, IfExists tolerated, ForAnyValue:
 * allowed, ForAllValues: not, and under StringLike a value without wildcards or with wildcards
 * that leave the caller named.
 */
import type { LintContext, Rule, RuleHit } from '../types.js'
import type { ConditionEntry } from './trust-common.js'
import { trustHit } from './trust-common.js'
import type { WebIdentityTrust } from './web-identity-common.js'
import {
  claim,
  ignoredOperators,
  isGithubIssuer,
  literalValue,
  matchesClaim,
  missingPath,
  webIdentityTrusts
} from './web-identity-common.js'

/** What a provider's tokens carry, and who gets one. */
interface Provider {
  /** For messages: `GitLab.com`, `the Amazon EKS cluster`. */
  name: string
  /** The claim that names the application or audience: aud, or app_id (Facebook, Login with Amazon). */
  audience: string
  /** An example audience value for the fix. */
  audienceExample: string
  /** Who an audience that is not pinned lets in. */
  anyAudience: string
  /** Whether an audience value names one application; Cognito's names one identity pool. */
  audienceValue?: { pattern: RegExp; what: string }
  /**
   * The subject to pin, for providers that issue tokens to many tenants or workloads. Undefined
   * where the audience names your application and the subject is one of its end users (Cognito
   * identity pools, Google, Facebook, Login with Amazon): pinning it would admit a single user.
   */
  subject?: { example: string; anyone: string }
}

const ANY_AUDIENCE =
  'a token it issued for any other audience is accepted (the job or workload that asks for a token chooses its audience)'

const PROVIDERS: ReadonlyMap<string, Provider> = new Map([
  [
    'cognito-identity.amazonaws.com',
    {
      name: 'Amazon Cognito identity pools',
      audience: 'aud',
      audienceExample: '<region>:<identity pool id>',
      anyAudience:
        'an identity of any identity pool, in any AWS account, can assume this role (IAM requires this condition for identity-pool roles)',
      audienceValue: {
        pattern: /^[a-z]{2}(?:-[a-z]+)+-\d+:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i,
        what: 'identity pool id (<region>:<uuid>)'
      }
    }
  ],
  [
    'accounts.google.com',
    {
      name: 'Google',
      audience: 'aud',
      audienceExample: '<your OAuth client id>',
      anyAudience: 'a Google ID token issued to any application can assume this role'
    }
  ],
  [
    'graph.facebook.com',
    {
      name: 'Facebook',
      audience: 'app_id',
      audienceExample: '<your app id>',
      anyAudience: 'a Facebook token issued to any app can assume this role'
    }
  ],
  [
    'www.amazon.com',
    {
      name: 'Login with Amazon',
      audience: 'app_id',
      audienceExample: '<your app id>',
      anyAudience: 'a Login with Amazon token issued to any app can assume this role'
    }
  ],
  [
    'gitlab.com',
    {
      name: 'GitLab.com',
      audience: 'aud',
      audienceExample: '<the aud your jobs request in id_tokens>',
      anyAudience: ANY_AUDIENCE,
      subject: {
        example: 'project_path:<group>/<project>:ref_type:branch:ref:main',
        anyone: 'a CI job of any project on GitLab.com'
      }
    }
  ],
  [
    'app.terraform.io',
    {
      name: 'HCP Terraform',
      audience: 'aud',
      audienceExample: 'aws.workload.identity',
      anyAudience: ANY_AUDIENCE,
      subject: {
        example: 'organization:<organization>:project:<project>:workspace:<workspace>:run_phase:*',
        anyone: 'a run of any workspace of any organization on HCP Terraform'
      }
    }
  ]
])

const EKS_ISSUER = /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/id\/[a-z0-9]+$/

function providerOf(issuer: string): Provider {
  const known = PROVIDERS.get(issuer)
  if (known) return known
  if (EKS_ISSUER.test(issuer)) {
    return {
      name: 'the Amazon EKS cluster',
      audience: 'aud',
      audienceExample: 'sts.amazonaws.com',
      anyAudience: ANY_AUDIENCE,
      subject: {
        example: 'system:serviceaccount:<namespace>:<service account>',
        anyone: 'any pod of the cluster, in any namespace, under any service account'
      }
    }
  }
  return {
    name: `the identity provider ${issuer}`,
    audience: 'aud',
    audienceExample: '<your audience>',
    anyAudience: ANY_AUDIENCE,
    subject: {
      example: '<the subject of the workload that needs the role>',
      anyone: 'any identity it issues tokens to, in any tenant'
    }
  }
}

export const webIdentityUnpinned: Rule = {
  id: 'web-identity-unpinned',
  *check(context: LintContext) {
    for (const web of webIdentityTrusts(context)) {
      if (isGithubIssuer(web.issuer)) continue // github-oidc-unpinned-sub and github-oidc-missing-aud
      const provider = providerOf(web.issuer)
      yield* claimHits(web, provider, provider.audience, audienceProblem)
      if (provider.subject) yield* claimHits(web, provider, 'sub', subjectProblem)
    }
  }
}

type Problem = (entry: ConditionEntry, value: string, provider: Provider) => string | undefined

/**
 * Findings for one claim: none when some entry pins it (conditions in different operators are
 * AND-ed, so one is enough), else one for the missing condition or one per value that fails.
 */
function* claimHits(
  web: WebIdentityTrust,
  provider: Provider,
  name: string,
  problem: Problem
): Generator<RuleHit> {
  const key = `${web.issuerWritten}:${name}`
  const written = claim(web, name)
  const entries = written.filter(matchesClaim)
  const pinned = entries.some(
    entry => entry.values.length > 0 && entry.values.every(value => !problem(entry, value, provider))
  )
  if (pinned) return
  const subject = name !== provider.audience
  if (entries.length === 0) {
    const ignored = ignoredOperators(written)
    const note =
      ignored.length > 0
        ? ` (${ignored.join(', ')} on it does not count: it holds when the claim is absent or excludes rather than pins)`
        : ''
    yield trustHit(
      web.trust,
      subject
        ? `trusts ${provider.name} (${web.issuerWritten}) without a StringEquals or StringLike condition on ${key}${note}, so ${provider.subject!.anyone} can assume this role; pin the subject, e.g. StringEquals ${key}: "${provider.subject!.example}"`
        : `trusts ${provider.name} (${web.issuerWritten}) without a StringEquals condition on ${key}${note}, so ${provider.anyAudience}; add StringEquals ${key}: "${provider.audienceExample}"`,
      missingPath(web)
    )
    return
  }
  const hits = entries.flatMap(entry =>
    entry.items.flatMap(item => {
      const why = problem(entry, item.value, provider)
      return why
        ? [trustHit(web.trust, `${entry.operator} ${entry.key} "${item.value}" ${why}`, item.path)]
        : []
    })
  )
  // Only empty value lists left: that is no condition at all.
  if (hits.length === 0) {
    yield trustHit(web.trust, `the condition on ${key} has no values, so it pins nothing`, entries[0].path)
  }
  yield* hits
}

function audienceProblem(entry: ConditionEntry, value: string, provider: Provider): string | undefined {
  const expected = provider.audienceValue
  if (literalValue(entry, value)) {
    if (!expected || expected.pattern.test(value)) return undefined
    return `is not an ${expected.what}, the audience ${provider.name} tokens carry; name the ${expected.what}`
  }
  if (/^[*?]+$/.test(value)) return `matches every audience, so ${provider.anyAudience}; name the audience`
  const what = provider.audienceValue?.what ?? 'audience'
  return `matches more than one ${what}, including ones that are not yours; name the ${what}, e.g. "${provider.audienceExample}"`
}

/** Subjects whose first part names the tenant: the pattern must name it before any wildcard. */
const TENANT_SUBJECTS = [
  { prefix: 'project_path:', end: '/', tenant: 'GitLab group', example: 'project_path:<group>/<project>:…' },
  {
    prefix: 'organization:',
    end: ':',
    tenant: 'HCP Terraform organization',
    example: 'organization:<organization>:project:<project>:workspace:<workspace>:…'
  }
]

const SERVICE_ACCOUNT = 'system:serviceaccount:'

function subjectProblem(entry: ConditionEntry, value: string, provider: Provider): string | undefined {
  if (literalValue(entry, value)) return undefined
  const fix = `name it, e.g. "${provider.subject?.example ?? ''}"`
  if (/^[*?]+$/.test(value))
    return `matches every subject, so ${provider.subject?.anyone} can assume this role; ${fix}`
  // Kubernetes (EKS and any other cluster): system:serviceaccount:<namespace>:<name>.
  if (value.startsWith(SERVICE_ACCOUNT)) {
    const rest = value.slice(SERVICE_ACCOUNT.length)
    const colon = rest.indexOf(':')
    const namespace = colon < 0 ? rest : rest.slice(0, colon)
    const account = colon < 0 ? '' : rest.slice(colon + 1)
    if (colon < 0 || /^[*?]*$/.test(namespace)) {
      return `leaves the namespace open, so a pod of any namespace in the cluster, under any service account whose name matches, can assume this role; name the namespace and the service account, e.g. "system:serviceaccount:<namespace>:<service account>"`
    }
    if (/^[*?]*$/.test(account)) {
      return `matches every service account of namespace ${namespace}, so any pod there, under any service account, can assume this role; name the service account, e.g. "system:serviceaccount:${namespace}:<service account>"`
    }
    return undefined
  }
  const literalPrefix = value.slice(0, value.search(/[*?]/))
  for (const format of TENANT_SUBJECTS) {
    if (!value.startsWith(format.prefix)) continue
    if (literalPrefix.indexOf(format.end, format.prefix.length) < 0) {
      return `leaves the ${format.tenant} open, so ${provider.subject?.anyone ?? 'callers of other tenants'} under a matching name can assume this role; name the ${format.tenant}, e.g. "${format.example}"`
    }
    return undefined
  }
  if (literalPrefix === '') {
    return `starts with a wildcard, so the first part of the subject, which names the tenant (organization, group, namespace) on most providers, is open; ${fix}`
  }
  return undefined
}
