/**
 * Every rule RoleGate knows: id, default severity, family and a one-line summary.
 * docs/rules.md documents each one; `rules:` in rolegate.yml overrides severities by id.
 */
import type { RuleInfo } from './types.js'

const rules: RuleInfo[] = [
  // Definitions
  {
    id: 'schema',
    defaultSeverity: 'error',
    family: 'definitions',
    summary: 'A file does not follow the RoleGate format.'
  },
  {
    id: 'unread-definition',
    defaultSeverity: 'warning',
    family: 'definitions',
    summary: 'A file that looks like a definition is read by no definitions glob.'
  },
  {
    id: 'unknown-variable',
    defaultSeverity: 'error',
    family: 'definitions',
    summary: 'A {name} variable is not defined.'
  },
  {
    id: 'duplicate-name',
    defaultSeverity: 'error',
    family: 'definitions',
    summary: 'Two definitions render to the same IAM name.'
  },
  {
    id: 'unknown-reference',
    defaultSeverity: 'error',
    family: 'definitions',
    summary: 'A managed policy or environment named in a definition does not exist.'
  },
  {
    id: 'unknown-aws-managed-policy',
    defaultSeverity: 'error',
    family: 'definitions',
    summary: 'An AWS managed policy ARN that is not in RoleGate’s list of AWS managed policies.'
  },
  {
    id: 'naming-convention',
    defaultSeverity: 'warning',
    family: 'definitions',
    summary: 'A physical name does not follow the naming template.'
  },
  {
    id: 'grant-expired',
    defaultSeverity: 'warning',
    family: 'definitions',
    summary: 'A time-bound grant (`expires`) has expired: deploy removes it.'
  },
  {
    id: 'grant-expiring',
    defaultSeverity: 'notice',
    family: 'definitions',
    summary: 'A time-bound grant (`expires`) ends within days.'
  },
  {
    id: 'access-assertion',
    defaultSeverity: 'error',
    family: 'definitions',
    summary:
      'An `expect:` access assertion of a role does not hold: the role can do what it must not, or cannot do what it must.'
  },
  // Grammar
  {
    id: 'malformed-policy',
    defaultSeverity: 'error',
    family: 'grammar',
    summary: 'A policy document breaks IAM policy grammar.'
  },
  {
    id: 'unknown-service',
    defaultSeverity: 'error',
    family: 'grammar',
    summary: 'An action names a service prefix AWS does not have.'
  },
  {
    id: 'unknown-action',
    defaultSeverity: 'error',
    family: 'grammar',
    summary: 'An action (after wildcard expansion) matches no AWS action.'
  },
  {
    id: 'invalid-condition-operator',
    defaultSeverity: 'error',
    family: 'grammar',
    summary: 'A condition operator IAM does not know.'
  },
  {
    id: 'unknown-condition-key',
    defaultSeverity: 'warning',
    family: 'grammar',
    summary: 'A condition key that neither AWS globally nor the actions’ services define.'
  },
  {
    id: 'invalid-arn',
    defaultSeverity: 'error',
    family: 'grammar',
    summary: 'A Resource that is not a valid ARN or "*".'
  },
  {
    id: 'resource-mismatch',
    defaultSeverity: 'warning',
    family: 'grammar',
    summary: 'No resource type of the action matches the ARN.'
  },
  {
    id: 'duplicate-sid',
    defaultSeverity: 'error',
    family: 'grammar',
    summary: 'Two statements of one policy share a Sid.'
  },
  {
    id: 'invalid-condition-value',
    defaultSeverity: 'error',
    family: 'grammar',
    summary: 'A condition value its operator cannot read, or an operator of the wrong type for its key.'
  },
  {
    id: 'inapplicable-condition-key',
    defaultSeverity: 'warning',
    family: 'grammar',
    summary: 'A service condition key that none of the statement’s actions takes.'
  },
  {
    id: 'policy-version',
    defaultSeverity: 'warning',
    family: 'grammar',
    summary: 'Version 2008-10-17, or no Version in a document that uses policy variables.'
  },
  // Least privilege
  {
    id: 'wildcard-action',
    defaultSeverity: 'error',
    family: 'least-privilege',
    summary: 'Action "*" allows every action of every service.'
  },
  {
    id: 'service-wildcard',
    defaultSeverity: 'warning',
    family: 'least-privilege',
    summary: 'Action "service:*" allows every action of a service.'
  },
  {
    id: 'resource-wildcard-write',
    defaultSeverity: 'warning',
    family: 'least-privilege',
    summary: 'Write or permissions-management actions on Resource "*" where ARNs could be named.'
  },
  {
    id: 'not-action-allow',
    defaultSeverity: 'warning',
    family: 'least-privilege',
    summary: 'Allow with NotAction allows everything not listed.'
  },
  {
    id: 'not-resource-allow',
    defaultSeverity: 'warning',
    family: 'least-privilege',
    summary: 'Allow with NotResource allows every resource not listed.'
  },
  {
    id: 'pass-role-unscoped',
    defaultSeverity: 'error',
    family: 'least-privilege',
    summary: 'iam:PassRole on "*", or on a role name pattern without iam:PassedToService.'
  },
  {
    id: 'privilege-escalation',
    defaultSeverity: 'error',
    family: 'least-privilege',
    summary: 'Actions that let the role grant itself more access.'
  },
  {
    id: 'credentials-exposure',
    defaultSeverity: 'warning',
    family: 'least-privilege',
    summary: 'Actions that return credentials or secrets.'
  },
  {
    id: 'data-exfiltration',
    defaultSeverity: 'notice',
    family: 'least-privilege',
    summary: 'Read actions on data stores on unconstrained resources.'
  },
  {
    id: 'admin-managed-policy',
    defaultSeverity: 'error',
    family: 'least-privilege',
    summary: 'An administrator-level AWS managed policy is attached.'
  },
  {
    id: 'missing-permissions-boundary',
    defaultSeverity: 'error',
    family: 'least-privilege',
    summary: 'A role has no permissions boundary though the config requires one.'
  },
  {
    id: 'mfa-bool-false',
    defaultSeverity: 'warning',
    family: 'least-privilege',
    summary: 'aws:MultiFactorAuthPresent compared with "false" in an Allow, or without IfExists in a Deny.'
  },
  // Trust
  {
    id: 'trust-any-principal',
    defaultSeverity: 'error',
    family: 'trust',
    summary: 'Anyone may assume the role.'
  },
  {
    id: 'github-oidc-unpinned-sub',
    defaultSeverity: 'error',
    family: 'trust',
    summary: 'GitHub OIDC trust without a precise sub condition.'
  },
  {
    id: 'github-oidc-missing-aud',
    defaultSeverity: 'error',
    family: 'trust',
    summary: 'GitHub OIDC trust without aud = sts.amazonaws.com.'
  },
  {
    id: 'github-oidc-not-environment-bound',
    defaultSeverity: 'warning',
    family: 'trust',
    summary: 'A protected environment’s role trusts GitHub without pinning the environment.'
  },
  {
    id: 'github-oidc-forallvalues',
    defaultSeverity: 'error',
    family: 'trust',
    summary: 'ForAllValues: in an Allow trust condition is true when the claim is absent.'
  },
  {
    id: 'web-identity-unpinned',
    defaultSeverity: 'error',
    family: 'trust',
    summary:
      'Web-identity trust of a provider other than GitHub (GitLab, HCP Terraform, EKS, Cognito, Google, …) without a pinned audience and subject.'
  },
  {
    id: 'cross-account-no-external-id',
    defaultSeverity: 'warning',
    family: 'trust',
    summary: 'Another account may assume the role without sts:ExternalId.'
  },
  {
    id: 'service-confused-deputy',
    defaultSeverity: 'notice',
    family: 'trust',
    summary: 'A service principal without aws:SourceAccount or aws:SourceArn.'
  },
  {
    id: 'invalid-principal',
    defaultSeverity: 'error',
    family: 'trust',
    summary: 'A trust policy principal IAM does not accept ("Invalid principal in policy").'
  },
  {
    id: 'trust-any-principal-conditioned',
    defaultSeverity: 'notice',
    family: 'trust',
    summary: 'Principal "*" limited only by a condition, e.g. to every account of the organization.'
  },
  // Quotas
  {
    id: 'role-name-length',
    defaultSeverity: 'error',
    family: 'quotas',
    summary: 'A role or policy name is too long or has characters IAM refuses.'
  },
  {
    id: 'trust-policy-size',
    defaultSeverity: 'error',
    family: 'quotas',
    summary: 'The trust policy exceeds the account’s size quota.'
  },
  {
    id: 'inline-policy-size',
    defaultSeverity: 'error',
    family: 'quotas',
    summary: 'A role’s inline policies exceed 10,240 characters together.'
  },
  {
    id: 'managed-policy-size',
    defaultSeverity: 'error',
    family: 'quotas',
    summary: 'A managed policy exceeds 6,144 characters.'
  },
  {
    id: 'managed-policy-count',
    defaultSeverity: 'error',
    family: 'quotas',
    summary: 'More managed policies attached than the quota allows.'
  },
  {
    id: 'tag-limits',
    defaultSeverity: 'error',
    family: 'quotas',
    summary: 'Too many tags, or a tag key or value too long.'
  },
  {
    id: 'session-duration',
    defaultSeverity: 'error',
    family: 'quotas',
    summary: 'maxSessionDuration outside 3,600–43,200 seconds.'
  },
  {
    id: 'description',
    defaultSeverity: 'error',
    family: 'quotas',
    summary: 'A description longer than 1,000 characters or with characters IAM refuses.'
  },
  {
    id: 'path',
    defaultSeverity: 'error',
    family: 'quotas',
    summary: 'An IAM path longer than 512 characters or malformed.'
  },
  // Suppressions
  {
    id: 'unused-suppression',
    defaultSeverity: 'notice',
    family: 'suppressions',
    summary: 'A suppression that silenced nothing.'
  }
]

export const RULES: ReadonlyMap<string, RuleInfo> = new Map(rules.map(rule => [rule.id, rule]))

/**
 * SARIF metadata: a security rule's `security-severity` (GitHub code scanning: critical ≥ 9.0,
 * high ≥ 7.0, medium ≥ 4.0, low > 0) from its real impact, not its default level. Only these rules
 * are tagged `security`; the others are correctness or maintainability problems.
 */
export const SECURITY_SEVERITY: ReadonlyMap<string, number> = new Map([
  ['wildcard-action', 9.1],
  ['privilege-escalation', 9.0],
  ['trust-any-principal', 9.3],
  ['admin-managed-policy', 8.8],
  ['pass-role-unscoped', 8.1],
  ['github-oidc-unpinned-sub', 9.0],
  ['github-oidc-forallvalues', 8.6],
  ['github-oidc-missing-aud', 7.5],
  ['github-oidc-not-environment-bound', 6.5],
  ['web-identity-unpinned', 9.0],
  ['not-action-allow', 6.8],
  ['not-resource-allow', 6.1],
  ['credentials-exposure', 6.5],
  ['service-wildcard', 5.3],
  ['resource-wildcard-write', 5.0],
  ['missing-permissions-boundary', 5.5],
  ['cross-account-no-external-id', 5.9],
  ['data-exfiltration', 4.3],
  ['service-confused-deputy', 3.8],
  ['mfa-bool-false', 6.0],
  ['trust-any-principal-conditioned', 3.5]
])

/**
 * Rules whose error-level finding, new in a change, makes that change high risk: the finding is
 * its reason (compare/verdict.ts).
 */
export const HIGH_RISK_RULES: ReadonlySet<string> = new Set([
  'pass-role-unscoped',
  'privilege-escalation',
  'wildcard-action',
  'admin-managed-policy',
  'trust-any-principal',
  'github-oidc-unpinned-sub',
  'github-oidc-missing-aud',
  'github-oidc-forallvalues',
  'github-oidc-not-environment-bound',
  'web-identity-unpinned'
])

/** `security`, else `correctness` (grammar, definitions) or `maintainability` (quotas, suppressions). */
export function ruleKind(rule: RuleInfo): 'security' | 'correctness' | 'maintainability' {
  if (SECURITY_SEVERITY.has(rule.id)) return 'security'
  return rule.family === 'quotas' || rule.family === 'suppressions' || rule.id === 'naming-convention'
    ? 'maintainability'
    : 'correctness'
}
