/**
 * Principal elements in the form IAM stores them, so that what a definition says and what live IAM
 * returns compare equal: `"*"` is `{AWS: "*"}`, a bare account id becomes the account's root ARN
 * (IAM rewrites it on save), single values become lists, and lists are sorted and deduplicated.
 */
import type { PrincipalValue } from '../model/policy.js'
import { asList } from '../model/policy.js'
import { compareText } from '../util/compare-text.js'

export const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number]

/** One principal: `{ type: 'AWS', id: 'arn:aws:iam::123456789012:root' }`. */
export interface PrincipalRef {
  /** The element's key as written when it is not one of IAM's four types (a malformed policy). */
  type: PrincipalType | string
  id: string
}

const typeByLower = new Map<string, PrincipalType>(PRINCIPAL_TYPES.map(type => [type.toLowerCase(), type]))

export interface PrincipalOptions {
  /** Partition used to expand a bare account id; IAM uses the account's own, `aws` by default. */
  partition?: string
}

/** `123456789012` -> `arn:aws:iam::123456789012:root`; anything else unchanged. */
export function normalizeAwsPrincipal(id: string, options: PrincipalOptions = {}): string {
  const trimmed = id.trim()
  return /^\d{12}$/.test(trimmed) ? `arn:${options.partition ?? 'aws'}:iam::${trimmed}:root` : trimmed
}

function comparePrincipals(a: PrincipalRef, b: PrincipalRef): number {
  const ka = `${a.type}\u0000${a.id}`
  const kb = `${b.type}\u0000${b.id}`
  return compareText(ka, kb)
}

/** The principals of a Principal/NotPrincipal element, normalized, sorted and deduplicated. */
export function normalizePrincipals(
  value: PrincipalValue | undefined,
  options: PrincipalOptions = {}
): PrincipalRef[] {
  if (value === undefined) return []
  // The model only allows "*" here, but a malformed file may hold any string: keep what it says.
  if (typeof value === 'string') {
    const text: string = value
    return [{ type: 'AWS', id: text === '*' ? '*' : normalizeAwsPrincipal(text, options) }]
  }
  const seen = new Set<string>()
  const result: PrincipalRef[] = []
  for (const [rawType, ids] of Object.entries(value)) {
    const type = typeByLower.get(rawType.toLowerCase()) ?? rawType
    for (const rawId of asList(ids)) {
      const id = type === 'AWS' ? normalizeAwsPrincipal(String(rawId), options) : String(rawId).trim()
      const key = `${type}\u0000${id}`
      if (seen.has(key)) continue
      seen.add(key)
      result.push({ type, id })
    }
  }
  return result.sort(comparePrincipals)
}

/** `AWS:arn:aws:iam::123456789012:root`, for keys and display. */
export function principalKey(principal: PrincipalRef): string {
  return `${principal.type}:${principal.id}`
}

/** Everyone: `"*"` or `{AWS: "*"}` (the trust-any-principal case). */
export function isAnyPrincipal(principal: PrincipalRef): boolean {
  return principal.type === 'AWS' && principal.id === '*'
}

/** DNS suffixes of service principals, per partition family (`.amazonaws.com.cn` in China). */
const SERVICE_PRINCIPAL =
  /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.(amazonaws\.com(\.cn)?|amazonaws\.eu|c2s\.ic\.gov|sc2s\.sgov\.gov)$/

const GITHUB_ISSUER_HOST = 'token.actions.githubusercontent.com'

/**
 * Why IAM would not accept the value as a principal of this type, or undefined when it would (the
 * forms of AWS's "AWS JSON policy elements: Principal"): for AWS, `*`, a 12-digit account id, or
 * the ARN of an account root, IAM user or role, assumed-role session or federated user, without
 * wildcards; for Service, a service principal (`ecs-tasks.amazonaws.com`); for Federated, a SAML or
 * OIDC provider ARN or a provider's domain name (`cognito-identity.amazonaws.com`,
 * `accounts.google.com`); for CanonicalUser, an S3 canonical user id. IAM answers the rest with
 * "Invalid principal in policy" or, for Federated, "Federated principals must be valid domain names
 * or SAML metadata ARNs" (MalformedPolicyDocument).
 */
export function principalProblem(type: string, value: string): string | undefined {
  switch (type) {
    case 'AWS':
      return awsPrincipalProblem(value)
    case 'Service':
      if (SERVICE_PRINCIPAL.test(value)) return undefined
      if (/^arn:/.test(value) || /^\d{12}$/.test(value))
        return 'is not a service principal: accounts and roles go under AWS'
      return 'is not a service principal; write the service’s principal name, e.g. ecs-tasks.amazonaws.com or lambda.amazonaws.com'
    case 'Federated':
      return federatedPrincipalProblem(value)
    case 'CanonicalUser':
      return /^[0-9a-f]{64}$/.test(value)
        ? undefined
        : 'is not an S3 canonical user id (64 hexadecimal digits)'
    default:
      return undefined // an unknown type is malformed-policy's finding
  }
}

function awsPrincipalProblem(value: string): string | undefined {
  if (value === '*' || /^\d{12}$/.test(value)) return undefined
  const fix =
    'write a 12-digit account id or the ARN of a role or user, e.g. arn:aws:iam::111122223333:role/deployer'
  const match = /^arn:([^:]+):(iam|sts)::([^:]*):(.+)$/.exec(value)
  if (!match) return `is neither an account id nor an IAM or STS ARN; ${fix}`
  const [, partition, service, account, resource] = match
  if (/[*?]/.test(value)) {
    return 'has a wildcard, which IAM does not accept in a principal (only "*" alone); write "*" and constrain the caller with a condition such as ArnLike aws:PrincipalArn'
  }
  if (!/^aws(-[a-z]+)*$/.test(partition)) return `has an unknown partition "${partition}"; ${fix}`
  // CloudFront origin access identities are IAM users of the `cloudfront` pseudo-account.
  if (service === 'iam' && account === 'cloudfront' && resource.startsWith('user/')) return undefined
  if (!/^\d{12}$/.test(account)) return `has "${account}" where a 12-digit account id belongs; ${fix}`
  if (service === 'iam') {
    if (resource === 'root' || /^(user|role)\/./.test(resource)) return undefined
    if (resource.startsWith('group/'))
      return 'names an IAM group, which cannot be a principal; name its users or a role'
    return `names "${resource}", which is no principal; IAM accepts root, user/NAME and role/NAME`
  }
  if (/^assumed-role\/[^/]+\/./.test(resource) || /^federated-user\/./.test(resource)) return undefined
  return `names "${resource}", which is no STS principal; STS accepts assumed-role/ROLE/SESSION and federated-user/NAME`
}

/** A host name with at least two labels, optionally followed by a path (an OIDC issuer). */
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(\/[\w.~%-]+)*$/i

function federatedPrincipalProblem(value: string): string | undefined {
  if (/^arn:aws(-[a-z]+)*:iam::\d{12}:(saml-provider\/[\w.+=,@-]+|oidc-provider\/[^\s*?]+)$/.test(value))
    return undefined
  // IAM accepts a provider by its domain name too (`token.actions.githubusercontent.com`, an
  // issuer host with a path): "Federated principals must be valid domain names or SAML metadata ARNs".
  if (DOMAIN.test(value)) return undefined
  return `is neither a domain name nor an identity provider ARN: write the ARN of an IAM SAML or OIDC provider (arn:aws:iam::<account>:saml-provider/NAME, arn:aws:iam::<account>:oidc-provider/${GITHUB_ISSUER_HOST}) or the provider's domain`
}

/**
 * Service principals of AWS compute: a role one of them trusts is the identity of code that runs
 * there (instances, functions, tasks, pods, jobs), so whoever can run code on it holds the role.
 */
export const COMPUTE_SERVICE_PRINCIPALS: ReadonlyMap<string, string> = new Map([
  ['ec2.amazonaws.com', 'EC2 instances'],
  ['lambda.amazonaws.com', 'Lambda functions'],
  ['edgelambda.amazonaws.com', 'Lambda@Edge functions'],
  ['ecs-tasks.amazonaws.com', 'ECS tasks'],
  ['eks.amazonaws.com', 'EKS clusters'],
  ['pods.eks.amazonaws.com', 'EKS pods (Pod Identity)'],
  ['eks-fargate-pods.amazonaws.com', 'EKS Fargate pods'],
  ['batch.amazonaws.com', 'Batch jobs'],
  ['codebuild.amazonaws.com', 'CodeBuild builds'],
  ['glue.amazonaws.com', 'Glue jobs'],
  ['sagemaker.amazonaws.com', 'SageMaker jobs and notebooks'],
  ['elasticmapreduce.amazonaws.com', 'EMR clusters'],
  ['tasks.apprunner.amazonaws.com', 'App Runner services'],
  ['states.amazonaws.com', 'Step Functions state machines']
])

/** What compute runs as a role trusting this service principal (China's `.com.cn` too), or undefined. */
export function computeServiceOf(principal: string): string | undefined {
  return COMPUTE_SERVICE_PRINCIPALS.get(
    principal
      .trim()
      .toLowerCase()
      .replace(/\.com\.cn$/, '.com')
  )
}
