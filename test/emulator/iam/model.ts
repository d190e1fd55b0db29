/** In-memory IAM state of one emulated AWS account. Names are case-insensitive keys, as in IAM. */

export interface Tag {
  Key: string
  Value: string
}

export interface InlinePolicy {
  name: string
  document: string
}

export interface Role {
  name: string
  path: string
  id: string
  arn: string
  createDate: Date
  trustPolicy: string
  description?: string
  maxSessionDuration: number
  /** Keyed by lower-case policy name. */
  inlinePolicies: Map<string, InlinePolicy>
  attachedPolicyArns: string[]
  permissionsBoundaryArn?: string
  tags: Tag[]
  lastUsed?: { date: Date; region: string }
  /** Eventual consistency: reads do not see the role before this instant (epoch ms). */
  visibleAt: number
}

export interface PolicyVersion {
  versionId: string
  document: string
  createDate: Date
}

export interface ManagedPolicy {
  name: string
  path: string
  id: string
  arn: string
  description?: string
  createDate: Date
  updateDate: Date
  /** Oldest first. */
  versions: PolicyVersion[]
  defaultVersionId: string
  nextVersion: number
  tags: Tag[]
  awsManaged: boolean
  /** Eventual consistency: reads do not see the policy before this instant (epoch ms); absent: visible. */
  visibleAt?: number
}

export interface InstanceProfile {
  name: string
  path: string
  id: string
  arn: string
  createDate: Date
  /** Lower-case role names (IAM allows at most one). */
  roleKeys: string[]
  tags: Tag[]
}

/** Service quotas, reported by GetAccountSummary and enforced by the emulator. */
export interface Quotas {
  roles: number
  policies: number
  instanceProfiles: number
  attachedPoliciesPerRole: number
  versionsPerPolicy: number
  /** Aggregate size of a role's inline policies, in non-whitespace characters. */
  rolePolicySize: number
  /** Size of one managed policy version, in non-whitespace characters. */
  policySize: number
  /** Size of a role trust policy, in non-whitespace characters. */
  assumeRolePolicySize: number
  policyVersionsInUse: number
  tagsPerResource: number
}

export const DEFAULT_QUOTAS: Quotas = {
  roles: 1000,
  policies: 1500,
  instanceProfiles: 1000,
  attachedPoliciesPerRole: 10,
  versionsPerPolicy: 5,
  rolePolicySize: 10240,
  policySize: 6144,
  assumeRolePolicySize: 2048,
  policyVersionsInUse: 10000,
  tagsPerResource: 50
}

/** The GitHub Actions OIDC identity provider registered in the account (IAM `oidc-provider/...`). */
export interface OidcProviderConfig {
  clientIds: string[]
}

export interface AccountState {
  id: string
  /** Keyed by lower-case role name. */
  roles: Map<string, Role>
  /** Customer managed policies, keyed by ARN. */
  policies: Map<string, ManagedPolicy>
  /** Keyed by lower-case instance profile name. */
  instanceProfiles: Map<string, InstanceProfile>
  quotas: Quotas
  githubOidcProvider?: OidcProviderConfig
}

export function roleArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:role${path}${name}`
}

export function policyArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:policy${path}${name}`
}

export function instanceProfileArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:instance-profile${path}${name}`
}

export function defaultVersion(policy: ManagedPolicy): PolicyVersion {
  const version = policy.versions.find(v => v.versionId === policy.defaultVersionId)
  if (!version) throw new Error(`emulator invariant: ${policy.arn} lost its default version`)
  return version
}
