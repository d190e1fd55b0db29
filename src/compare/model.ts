/**
 * The change model: what differs between two states of an environment, independent of how it is
 * shown. The PR diff (base vs head) and the deploy plan (live vs desired) both produce it; the
 * reporters (src/report/) and the planner (src/plan/) consume it.
 */
import type { AccessLevel } from '../policy/iam-data.js'
import type { PolicyDocument } from '../model/policy.js'
import type { ManagedPolicyState, RoleState } from '../model/state.js'

export type ChangeKind = 'added' | 'removed' | 'modified' | 'unchanged'
/** unchanged: nothing differs; neutral: differences that change no access; narrows; broadens. */
export type Verdict = 'unchanged' | 'neutral' | 'narrows' | 'broadens'
export type Risk = 'none' | 'low' | 'high'

/** One unit of access: an effect on an action over one resource, under a condition as written. */
export interface AccessEntry {
  effect: 'Allow' | 'Deny'
  action: string
  /** The resource pattern; `NOT <list>` for NotResource statements; `''` in trust policies. */
  resource: string
  /** Canonical JSON of the condition block, `''` when unconditional. */
  condition: string
  /** Trust policies: the principal, `Service:ecs-tasks.amazonaws.com`. */
  principal?: string
  /** Access level of the action from the IAM action database, when known. */
  accessLevel?: AccessLevel
}

export interface AccessDelta {
  added: AccessEntry[]
  removed: AccessEntry[]
}

export interface ValueChange<T> {
  before: T
  after: T
}

export interface TagChanges {
  added: Record<string, string>
  removed: Record<string, string>
  changed: Record<string, ValueChange<string>>
}

export interface DocumentChange {
  name: string
  change: Exclude<ChangeKind, 'unchanged'>
  before?: PolicyDocument
  after?: PolicyDocument
}

export interface RoleChange {
  /** Logical name when known (definitions), else the physical name (live-only roles). */
  name: string
  physicalName: string
  change: ChangeKind
  verdict: Verdict
  risk: Risk
  /** Why the verdict and risk are what they are, most important first. */
  reasons: string[]
  /** Effective permissions (inline + attached policies, wildcards expanded). */
  permissions: AccessDelta
  /** Who may assume the role. */
  trust: AccessDelta
  /** Sorted unique actions newly allowed / no longer allowed. */
  addedActions: string[]
  removedActions: string[]
  /** Field-level differences, as the planner needs them. */
  trustPolicyChanged: boolean
  inlinePolicies: DocumentChange[]
  managedPolicies: { attached: string[]; detached: string[] }
  /** Attached policies whose content RoleGate cannot see (neither in the repo nor a known AWS policy). */
  opaquePolicies: string[]
  permissionsBoundary?: ValueChange<string | undefined>
  tags: TagChanges
  maxSessionDuration?: ValueChange<number>
  description?: ValueChange<string>
  path?: ValueChange<string>
  rename?: ValueChange<string>
  instanceProfile?: ValueChange<boolean>
  before?: RoleState
  after?: RoleState
}

export interface ManagedPolicyChange {
  name: string
  physicalName: string
  change: ChangeKind
  verdict: Verdict
  documentChanged: boolean
  permissions: AccessDelta
  tags: TagChanges
  description?: ValueChange<string>
  before?: ManagedPolicyState
  after?: ManagedPolicyState
}

export interface EnvironmentChange {
  environment: string
  /** The environment itself is new (or gone) in rolegate.yml. */
  change: ChangeKind
  verdict: Verdict
  risk: Risk
  roles: RoleChange[]
  managedPolicies: ManagedPolicyChange[]
}

export interface ChangeSet {
  environments: Record<string, EnvironmentChange>
  /** Honest limits of a syntactic comparison, shown with every diff. */
  caveats: string[]
}

export const CAVEATS = [
  'Conditions are compared as written, not solved: an edited condition counts as both removing and adding access.',
  'Permissions boundaries and service control policies are not evaluated; a boundary change is reported as such.'
]
