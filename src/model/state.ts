/**
 * The state model: the spine of RoleGate.
 *
 * Rendered definitions (desired state) and live IAM (read by src/aws/) are both expressed as
 * `EnvironmentState`, so one comparison engine serves the PR diff (base vs head) and the deploy
 * plan (live vs desired). Everything here is plain data: JSON-serializable, no classes, no I/O.
 * Source positions ride alongside in `SourceRef` and are absent for live state.
 */
import type { PolicyDocument } from './policy.js'
import type { SourceLocation } from './source.js'

export const OWNERSHIP_TAG = 'rolegate:managed-by'

export interface Suppression {
  rule: string
  reason: string
  /** Statement Sid or index the suppression is limited to; absent: the whole definition. */
  statement?: string
  location?: SourceLocation
}

/** Where a rendered resource came from, so findings can point at the YAML line that produced it. */
export interface SourceRef {
  file: string
  /** Location of the definition document (its `kind:` line). */
  location: SourceLocation
  /** Where each definition field was written: `maxSessionDuration`, `managedPolicies.0`, `tags.Team`, ... */
  fields: Record<string, SourceLocation>
  suppressions: Suppression[]
}

export interface RoleState {
  /** Logical name from the definition; absent for live roles. */
  logicalName?: string
  /** Physical IAM role name. */
  name: string
  path: string
  arn: string
  description: string
  maxSessionDuration: number
  trustPolicy: PolicyDocument
  /** Inline policies by name. */
  inlinePolicies: Record<string, PolicyDocument>
  /** Attached managed policy ARNs, sorted. */
  managedPolicyArns: string[]
  permissionsBoundary?: string
  tags: Record<string, string>
  instanceProfile: boolean
  /** Desired only: the definition allows taking over a role that RoleGate does not own yet. */
  adopt?: boolean
  /** Desired only: the role's `expect:` access assertions that apply to this environment, rendered. */
  expect?: AccessAssertion[]
  /** Live only: IAM's unique id (AROA...). */
  roleId?: string
  /** Live only: instance profiles holding the role other than its own (same-named) one. */
  otherInstanceProfiles?: string[]
  source?: SourceRef
}

/**
 * One `expect:` entry of a role, rendered for one environment: every action on every resource
 * must be allowed (`allow`) or denied (`deny`) by the role's policies and boundary.
 */
export interface AccessAssertion {
  expect: 'allow' | 'deny'
  /** As written; may hold wildcards, which stand for every action they match. */
  actions: string[]
  /** Rendered ARNs (or `*`). */
  resources: string[]
  /** Condition key → values; a key with several values is multi-valued. Keys are user input. */
  context: Array<[string, string[]]>
  /** 0-based position in the role's `expect` list. */
  index: number
  /** Where the entry was written. */
  location?: SourceLocation
  /** Where each of `resources` was written (same order); absent when not known. */
  resourceLocations?: SourceLocation[]
}

export interface ManagedPolicyState {
  logicalName?: string
  name: string
  path: string
  arn: string
  description: string
  document: PolicyDocument
  tags: Record<string, string>
  adopt?: boolean
  /** Live only: version ids, default version, attachment count. */
  live?: {
    defaultVersionId: string
    versionIds: string[]
    attachmentCount: number
    /** Roles and users that have it as permissions boundary (IAM's PermissionsBoundaryUsageCount). */
    boundaryUsageCount?: number
    policyId?: string
    /**
     * Who else has it, attached or as permissions boundary: roles of the account this environment
     * does not define (by name), and users and groups (a count, from IAM's counts less the roles).
     */
    attachedElsewhere?: { roles: string[]; usersAndGroups: number }
  }
  source?: SourceRef
}

/**
 * A grant with an `expires`, as rendering found it at its `now`: kept after it expired (the grant
 * itself is then left out of the state), so lint can say what ended and what ends soon.
 */
export interface TimeBoundGrant {
  kind: 'role' | 'inlinePolicy' | 'managedPolicy'
  /** Logical name of the role. */
  role: string
  /** Inline policy name, or the managed policy entry as written (ARN or logical name); absent for a role. */
  name?: string
  /** As written. */
  expires: string
  /** The instant it ends (ISO 8601, UTC); a date means the end of that day UTC. */
  endsAt: string
  /** Milliseconds from rendering's `now` to `endsAt`; 0 or less: expired, left out of the state. */
  remainingMs: number
  reason: string
  /** Where `expires` was written. */
  location: SourceLocation
}

export interface EnvironmentState {
  environment: string
  account: string
  region: string
  partition: string
  /**
   * Live only: the ARN of every customer managed policy in the account (not only RoleGate's), so
   * the plan can check that a permissions boundary or attached policy exists before applying.
   */
  customerPolicyArns?: string[]
  roles: RoleState[]
  managedPolicies: ManagedPolicyState[]
  /** Desired only, present when a definition has an `expires`: every time-bound grant, expired or not. */
  timeBoundGrants?: TimeBoundGrant[]
  /**
   * Desired only: the permissions boundary `rolegate bootstrap` creates in this account (from
   * `defaults.permissionsBoundary`), so the evaluator can read it. Not deployed by plan or deploy
   * (bootstrap's CloudFormation owns it) and never compared.
   */
  bootstrapBoundary?: { arn: string; document: PolicyDocument }
}

/** One of an account's IAM entity counts and the account's quota for it. */
export interface QuotaUsage {
  used: number
  quota: number
}

/**
 * Live only: what an account holds of the entities a deploy creates, and its quotas for them, as
 * IAM's GetAccountSummary reports them (SummaryMap Roles/RolesQuota, InstanceProfiles/
 * InstanceProfilesQuota, Policies/PoliciesQuota: customer managed policies). Account-wide, not only
 * RoleGate's resources.
 */
export interface AccountUsage {
  roles: QuotaUsage
  instanceProfiles: QuotaUsage
  policies: QuotaUsage
}

/** Everything the definitions render to, per environment name. */
export interface DesiredState {
  project: string
  environments: Record<string, EnvironmentState>
}
