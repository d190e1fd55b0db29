/**
 * The change model: what differs between two states of an environment, independent of how it is
 * shown. The PR diff (base vs head) and the deploy plan (live vs desired) both produce it; the
 * reporters (src/report/) and the planner (src/plan/) consume it.
 */
import type { AccessLevel } from '../policy/iam-data.js'
import type { PolicyDocument } from '../model/policy.js'
import type { AccessAssertion, ManagedPolicyState, RoleState } from '../model/state.js'
import type { Decision } from '../policy/evaluate/types.js'

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
  /** The Action pattern as written that grants it (`s3:*`), when RoleGate can see the document. */
  pattern?: string
  /** How many actions `pattern` expands to in all (some may not apply to this resource). */
  patternSize?: number
  /**
   * The permissions boundary's part (compare/boundary.ts). `blocked`: the boundary provably allows
   * none of it, so it changes no effective access (an added Allow the new boundary blocks, a removed
   * Allow the old one blocked). `flipped`: the identity policies grant it on both sides; the
   * boundary change alone makes it reachable (in `added`) or unreachable (in `removed`).
   */
  boundary?: 'blocked' | 'flipped'
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
  /** The boundary ARN stayed and the repository's document behind it changed. */
  boundaryDocumentChanged?: boolean
  /** `expect:` assertions whose outcome or decisions the change flips (compare/assertions.ts). */
  assertions?: AssertionFlip[]
  tags: TagChanges
  maxSessionDuration?: ValueChange<number>
  description?: ValueChange<string>
  path?: ValueChange<string>
  rename?: ValueChange<string>
  /**
   * The definition's logical name changed while the IAM role (its physical name) stayed: the two
   * are one role to a deploy, so they are compared as one.
   */
  logicalRename?: ValueChange<string>
  /** Detached policies RoleGate cannot read: they may have held a Deny. */
  opaqueDetached?: string[]
  /**
   * Properties of the role that changed (tags, name, path) and that its policies read through a
   * condition key or policy variable describing the principal: the access they grant may change.
   */
  principalKeys?: PrincipalKeyChange[]
  instanceProfile?: ValueChange<boolean>
  before?: RoleState
  after?: RoleState
}

/**
 * A changed property of the role that its own policies (or its boundary) read, or that policies
 * RoleGate cannot read may read.
 */
export interface PrincipalKeyChange {
  /** What changed, for a reader: `its tag tier`, `its name (app → admin-app)`. */
  subject: string
  /** Which property: the tags (`aws:PrincipalTag/...`), or the name or path (`aws:PrincipalArn`, `aws:userid`). */
  property: 'tags' | 'name' | 'path'
  /** The keys read, as written: `aws:PrincipalTag/tier`, `aws:PrincipalArn`. */
  keys: string[]
  /** Where: `inline policy Admin`, a managed policy ARN, `permissions boundary <arn>`. */
  policies: string[]
  /** Permissions-management or escalation actions that statements reading the keys allow. */
  sensitiveActions: string[]
  /** Action patterns of Deny statements that read the keys: the change may lift them. */
  denies: string[]
  /**
   * Policies of either side RoleGate cannot read (attached, not in the repository nor a known AWS
   * policy; a permissions boundary likewise): they may read the property, so the change may
   * broaden whatever `keys` says.
   */
  unreadable?: string[]
}

/** `passed`, `failed`, or `unknown` (a policy RoleGate cannot read decides: fails closed). */
export type AssertionOutcome = 'passed' | 'failed' | 'unknown'

/** One action × resource of an assertion whose decision the change flips. */
export interface AssertionRequestFlip {
  action: string
  resource: string
  before: Decision
  after: Decision
  /**
   * When `after` is unknown because keys every request carries decide and the assertion does not
   * give them (aws:RequestedRegion, ...): those keys.
   */
  undecidedKeys?: string[]
}

/** An `expect:` assertion whose outcome, or the decision of one of its requests, differs between the sides. */
export interface AssertionFlip {
  /** As the head writes it (with its file:line), or as the base wrote it when `removed`. */
  assertion: AccessAssertion
  before: AssertionOutcome
  after: AssertionOutcome
  /** The requests whose decision changed, in the assertion's order. */
  requests: AssertionRequestFlip[]
  /** The change deletes the assertion (checked as the base wrote it). */
  removed?: boolean
}

export interface ManagedPolicyChange {
  name: string
  physicalName: string
  change: ChangeKind
  verdict: Verdict
  /** Judged as a role's access change is (compare/verdict.ts assess), without a boundary. */
  risk: Risk
  reasons: string[]
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
  /** The verdict of what was compared; see `environmentVerdict` for what a reader is told. */
  verdict: Verdict
  risk: Risk
  roles: RoleChange[]
  managedPolicies: ManagedPolicyChange[]
  /**
   * Roles and policies whose definition file failed to load on one side: they are neither
   * "removed" nor "added", and they make the environment's verdict unknown.
   */
  notEvaluated?: NotEvaluated[]
}

/** A file that failed to load, as the diff explains it: `iam/x.yml:12 does not parse`. */
export interface FileProblem {
  file: string
  line?: number
  /** Short: `does not parse`, `does not match the schema`. */
  reason: string
  /** The loader's message. */
  detail: string
}

export interface NotEvaluated extends FileProblem {
  /** Logical name of the role or managed policy. */
  name: string
  kind: 'role' | 'managed policy'
  /** The ref on which the file failed to load. */
  side: 'base' | 'head'
}

export interface ChangeSet {
  environments: Record<string, EnvironmentChange>
  /** Honest limits of a syntactic comparison, shown with every diff. */
  caveats: string[]
  /** `managedBy` (the ownership tag value) differs between base and head: who may delete what changes. */
  ownership?: ValueChange<string>
}

/** What a reader is told about an environment: its verdict, or unknown when something was not evaluated. */
export function environmentVerdict(environment: EnvironmentChange): Verdict | 'unknown' {
  return environment.notEvaluated?.length ? 'unknown' : environment.verdict
}

/**
 * One logical change: the same role (or managed policy) changed the same way in several
 * environments, up to each environment's own variables (account, names), shown once.
 */
export interface ChangeGroup {
  kind: 'role' | 'managed policy'
  name: string
  /** In config order. */
  environments: string[]
  /** The change in the first of `environments`. */
  role?: RoleChange
  policy?: ManagedPolicyChange
  change: ChangeKind
  verdict: Verdict
  risk: Risk
  reasons: string[]
  /** Definition file and line (head, else base), when known. */
  file?: string
  line?: number
}

export const CAVEATS = [
  'Conditions are compared as written, not solved: an edited condition counts as both removing and adding access.',
  'The permissions boundary counts only where it provably blocks: a boundary Allow with a condition or a pattern that may overlap counts as allowing, and a boundary RoleGate cannot read blocks nothing. Service control policies and resource policies are not evaluated.'
]
