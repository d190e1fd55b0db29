/**
 * Deploy operations: what the planner derives from a ChangeSet (live → desired) and the applier
 * executes. Each operation is one IAM API call, idempotent in effect, and belongs to a phase;
 * phases run in order, operations within a phase may run concurrently.
 */
import type { PolicyDocument } from '../model/policy.js'

/**
 * Where a document change sits in the apply order (see PHASES): `revoke` narrows a document to
 * what both the old and the new definitions allow (before any trust change), `switch` replaces it
 * in one step together with the trust updates (safe only where no principal changes), absent: the
 * grant step after the trust updates.
 */
export type Stage = 'revoke' | 'switch'

export type Operation =
  | {
      kind: 'CreatePolicy'
      policyName: string
      path: string
      description: string
      document: PolicyDocument
      tags: Record<string, string>
    }
  | { kind: 'DeletePolicyVersion'; policyArn: string; versionId: string; stage?: Stage }
  | { kind: 'CreatePolicyVersion'; policyArn: string; document: PolicyDocument; stage?: Stage }
  | { kind: 'TagPolicy'; policyArn: string; tags: Record<string, string> }
  | { kind: 'UntagPolicy'; policyArn: string; tagKeys: string[] }
  | {
      kind: 'CreateRole'
      roleName: string
      path: string
      description: string
      maxSessionDuration: number
      trustPolicy: PolicyDocument
      permissionsBoundary?: string
      tags: Record<string, string>
    }
  | { kind: 'UpdateAssumeRolePolicy'; roleName: string; trustPolicy: PolicyDocument }
  | { kind: 'UpdateRole'; roleName: string; description: string; maxSessionDuration: number }
  | { kind: 'PutRolePermissionsBoundary'; roleName: string; permissionsBoundary: string }
  | { kind: 'DeleteRolePermissionsBoundary'; roleName: string }
  | { kind: 'TagRole'; roleName: string; tags: Record<string, string> }
  | { kind: 'UntagRole'; roleName: string; tagKeys: string[] }
  | { kind: 'PutRolePolicy'; roleName: string; policyName: string; document: PolicyDocument; stage?: Stage }
  | { kind: 'DeleteRolePolicy'; roleName: string; policyName: string; stage?: Stage }
  | { kind: 'AttachRolePolicy'; roleName: string; policyArn: string }
  | { kind: 'DetachRolePolicy'; roleName: string; policyArn: string }
  | { kind: 'CreateInstanceProfile'; instanceProfileName: string; path: string; tags: Record<string, string> }
  | { kind: 'AddRoleToInstanceProfile'; instanceProfileName: string; roleName: string }
  | { kind: 'RemoveRoleFromInstanceProfile'; instanceProfileName: string; roleName: string }
  | { kind: 'DeleteInstanceProfile'; instanceProfileName: string }
  | { kind: 'DeleteRole'; roleName: string }
  | { kind: 'DeletePolicy'; policyArn: string }

export type OperationKind = Operation['kind']

/**
 * Apply order. Dependencies: policies exist before roles attach them, a role exists before
 * anything is put on it, deletions go last, children before parents. Access: an interrupted run
 * must never leave a role broader than both the old and the new definitions, so every revocation
 * (detach, delete, narrow to old ∩ new, add a boundary) comes before the trust updates, and every
 * grant after them. Within a phase operations are independent and may run concurrently: all
 * revocations only narrow, all grants only widen towards the new definitions.
 */
export const PHASES = [
  'make room for revoke-stage policy versions',
  'create policies, revoke-stage policy versions',
  'create roles and instance profiles',
  // Alone, before the revoke steps: a boundary only narrows, and the bootstrap deployer may delete,
  // detach or narrow on a role only once it carries the boundary (iam:PermissionsBoundary), so on
  // an adopted role those steps raced it when they shared a phase.
  'set boundaries',
  'revoke: detach, delete, narrow inline policies, remove from instance profiles',
  'make room for policy versions',
  'switch: trust policies, role settings, tags, one-step policy versions',
  'grant: inline policies, attachments, instance profiles, new policy versions, boundary removals',
  'delete instance profiles',
  'delete roles',
  'delete policies'
] as const

export function phaseOf(operation: Operation): number {
  switch (operation.kind) {
    case 'DeletePolicyVersion':
      return operation.stage === 'revoke' ? 0 : 5
    case 'CreatePolicy':
    case 'TagPolicy':
    case 'UntagPolicy':
      return 1
    case 'CreatePolicyVersion':
      return operation.stage === 'revoke' ? 1 : operation.stage === 'switch' ? 6 : 7
    case 'CreateRole':
    case 'CreateInstanceProfile':
      return 2
    case 'PutRolePermissionsBoundary':
      return 3
    case 'DetachRolePolicy':
    case 'RemoveRoleFromInstanceProfile':
      return 4
    case 'PutRolePolicy':
    case 'DeleteRolePolicy':
      return operation.stage === 'revoke' ? 4 : 7
    case 'UpdateAssumeRolePolicy':
    case 'UpdateRole':
    case 'TagRole':
    case 'UntagRole':
      return 6
    case 'AttachRolePolicy':
    case 'AddRoleToInstanceProfile':
    case 'DeleteRolePermissionsBoundary':
      return 7
    case 'DeleteInstanceProfile':
      return 8
    case 'DeleteRole':
      return 9
    case 'DeletePolicy':
      return 10
  }
}

/** What an operation acts on, for reports: `role/app`, `policy/arn:...`. */
export function targetOf(operation: Operation): string {
  if ('roleName' in operation) return `role ${operation.roleName}`
  if ('policyArn' in operation) return `policy ${operation.policyArn}`
  if ('instanceProfileName' in operation) return `instance profile ${operation.instanceProfileName}`
  return `policy ${operation.policyName}`
}

/**
 * What kind of conflict it is, set where the conflict is made, so that reports and drift say what
 * is true of it instead of guessing from the resource. Words for each: CONFLICT_TEXT in
 * report/plan-report.ts.
 */
export type ConflictKind =
  /** A defined name exists in IAM without this repository's ownership tag (and no `adopt: true`), or with another's. */
  | 'not-owned'
  /** rolegate.yml's `managedBy` names another repository and `managedByAcknowledgement` does not say so. */
  | 'managed-by'
  /** The deploy's own role, a deployer role, the bootstrap boundary: never changed (protected.ts). */
  | 'protected'
  /** A permissions boundary or attached customer managed policy that does not exist and the plan does not create. */
  | 'missing-dependency'
  /** Two environments of rolegate.yml render the same name in one account. */
  | 'shared-name'
  /** An instance profile RoleGate did not create, which the plan would delete. */
  | 'foreign-instance-profile'
  /** A prune IAM would refuse: the role is in an instance profile, the policy attached elsewhere or a boundary. */
  | 'in-use'
  /** An orphan that a file no definitions glob reads would define, which a prune does not delete. */
  | 'unread-definition'
  /** A role whose IAM path would change, which IAM cannot do. */
  | 'path-change'
  /** An account quota the plan's creates would exceed. */
  | 'quota'

/** A resource the plan must not touch, or a precondition it cannot meet, and why: the deploy refuses while any exist. */
export interface Conflict {
  kind: ConflictKind
  resource: string
  reason: string
}

export interface Plan {
  environment: string
  account: string
  operations: Operation[]
  conflicts: Conflict[]
  /** Owned resources whose definitions are gone; deleted only with prune. */
  orphans: string[]
  /**
   * Customer managed policies the plan gives a new version that roles, users or groups this
   * environment does not define also have (attached, or as permissions boundary): the new version
   * changes their access too.
   */
  alsoAttached: AlsoAttached[]
}

export interface AlsoAttached {
  policyArn: string
  /** Roles of the account, by name. */
  roles: string[]
  usersAndGroups: number
}

export function describeOperation(operation: Operation): string {
  switch (operation.kind) {
    case 'CreatePolicy':
      return `create managed policy ${operation.path}${operation.policyName}`
    case 'CreatePolicyVersion':
      return operation.stage === 'revoke'
        ? `narrow ${operation.policyArn} to what both definitions allow (new default version)`
        : `new default version of ${operation.policyArn}`
    case 'DeletePolicyVersion':
      return `delete version ${operation.versionId} of ${operation.policyArn} (IAM keeps at most 5)`
    case 'CreateRole':
      return `create role ${operation.path}${operation.roleName}`
    case 'PutRolePolicy':
      return operation.stage === 'revoke'
        ? `narrow inline policy ${operation.policyName} of ${operation.roleName} to what both definitions allow`
        : `put inline policy ${operation.policyName} on ${operation.roleName}`
    case 'DeleteRolePolicy':
      return `delete inline policy ${operation.policyName} from ${operation.roleName}`
    case 'AttachRolePolicy':
      return `attach ${operation.policyArn} to ${operation.roleName}`
    case 'DetachRolePolicy':
      return `detach ${operation.policyArn} from ${operation.roleName}`
    case 'TagRole':
      return `tag ${operation.roleName}: ${Object.keys(operation.tags).join(', ')}`
    case 'UntagRole':
      return `untag ${operation.roleName}: ${operation.tagKeys.join(', ')}`
    case 'TagPolicy':
      return `tag ${operation.policyArn}: ${Object.keys(operation.tags).join(', ')}`
    case 'UntagPolicy':
      return `untag ${operation.policyArn}: ${operation.tagKeys.join(', ')}`
    case 'UpdateAssumeRolePolicy':
      return `update trust policy of ${operation.roleName}`
    case 'UpdateRole':
      return `update description/max session of ${operation.roleName}`
    case 'PutRolePermissionsBoundary':
      return `set permissions boundary of ${operation.roleName} to ${operation.permissionsBoundary}`
    case 'DeleteRolePermissionsBoundary':
      return `remove permissions boundary of ${operation.roleName}`
    case 'CreateInstanceProfile':
      return `create instance profile ${operation.instanceProfileName}`
    case 'AddRoleToInstanceProfile':
      return `add ${operation.roleName} to instance profile ${operation.instanceProfileName}`
    case 'RemoveRoleFromInstanceProfile':
      return `remove ${operation.roleName} from instance profile ${operation.instanceProfileName}`
    case 'DeleteInstanceProfile':
      return `delete instance profile ${operation.instanceProfileName}`
    case 'DeleteRole':
      return `delete role ${operation.roleName}`
    case 'DeletePolicy':
      return `delete managed policy ${operation.policyArn}`
  }
}

/**
 * Why IAM did not apply an operation, for what the user does next: `denied` and `rejected` fail the
 * same way on every re-run; `lost` (a network error) leaves unknown whether IAM applied it.
 */
export type FailureCause = 'denied' | 'rejected' | 'lost'
