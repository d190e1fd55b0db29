/**
 * The offline IAM evaluator's data: one request, the policies of one role, and the decision with
 * the statements that made it. Pure data; the logic lives beside this file (evaluate.ts).
 *
 * Scope: identity-based policies and the permissions boundary of one role, within one account,
 * following AWS's documented policy evaluation logic. SCPs, RCPs, resource-based policies and
 * session policies are not evaluated; every result says so in `notes`.
 */
import type { PolicyDocument } from '../../model/policy.js'
import type { SourceLocation } from '../../model/source.js'

/**
 * Request context: condition key → its values (one value for a single-valued key, several for a
 * multi-valued one). Keys are matched case-insensitively; keys are user input, hence a Map.
 */
export type RequestContext = ReadonlyMap<string, readonly string[]>

/**
 * Keys the request carries (or may carry) whose values the question does not give, by lower-case
 * key: a condition on one, or a policy variable of one, can be neither true nor false.
 */
export type UnknownKeys = ReadonlyMap<string, UnknownKey>

/** A key of UnknownKeys: as AWS spells it, and whether every request carries it or most do. */
export interface UnknownKey {
  key: string
  presence: 'present' | 'maybe'
}

export interface AccessRequest {
  /** `s3:GetObject` (case-insensitive, no wildcards). */
  action: string
  /** A concrete resource ARN, or `*` for actions that take no resource. */
  resource: string
  context: RequestContext
  /** Absent: every key not in `context` is absent from the request (the question says all). */
  unknown?: UnknownKeys
}

/** One policy the evaluator reads, named as reports name it. */
export interface EvaluatedPolicy {
  /** Inline policy name, or the managed policy's ARN. */
  name: string
  kind: 'inline' | 'managed' | 'boundary'
  /** Logical name of a `kind: ManagedPolicy` of the repository, when it is one. */
  logicalName?: string
  /** As rendered: statements keep their source positions (positionOf). */
  document: PolicyDocument
}

/** Everything that decides what one role may do, resolved from the rendered state. */
export interface RolePolicies {
  /** Logical name (or physical name) of the role. */
  role: string
  /** Inline policies, then attached managed policies whose documents RoleGate has. */
  identity: EvaluatedPolicy[]
  /** Attached policies RoleGate cannot read (customer managed, not in the repository). */
  unreadable: string[]
  /** Set when the role has a permissions boundary; `policy` absent: its content is unknown. */
  boundary?: { arn: string; policy?: EvaluatedPolicy }
}

/** A statement that took part in a decision. */
export interface DecidingStatement {
  /** EvaluatedPolicy.name */
  policy: string
  policyKind: EvaluatedPolicy['kind']
  /** 0-based position in the document's Statement list. */
  index: number
  sid?: string
  effect: 'Allow' | 'Deny'
  /** Where the statement was written; absent for AWS managed policies. */
  location?: SourceLocation
}

export type Decision = 'allow' | 'deny' | 'unknown'

/**
 * allowed: an identity Allow (and, with a boundary, a boundary Allow) and no Deny.
 * explicit-deny: a Deny statement of an identity policy or the boundary matched.
 * implicit-deny: no identity Allow matched.
 * boundary: an identity Allow matched but the boundary allows nothing for the request.
 * unknown: the answer depends on a policy RoleGate cannot read (boundary or attached policy).
 * unknown-context: the answer depends on a key the request carries but the question does not give
 *   (AccessRequest.unknown): a statement applies for some of its values and not for others.
 */
export type DecisionReason =
  'allowed' | 'explicit-deny' | 'implicit-deny' | 'boundary' | 'unknown' | 'unknown-context'

export interface BoundaryResult {
  arn: string
  /** What the boundary alone says: allow (an Allow matched, no Deny), deny, or unknown (unreadable). */
  decision: Decision
  statements: DecidingStatement[]
}

export interface EvaluationResult {
  decision: Decision
  reason: DecisionReason
  /**
   * The statements that decided: the matching Deny statements for explicit-deny; the matching
   * identity Allow statements for allowed, boundary and unknown (where there may be none); none
   * for implicit-deny.
   */
  statements: DecidingStatement[]
  /** Present when the role has a permissions boundary. */
  boundary?: BoundaryResult
  /**
   * For unknown-context: the keys (of AccessRequest.unknown, as AWS spells them) whose values would
   * decide; `statements` then lists the statements that apply for some of their values. A policy
   * RoleGate cannot read may decide too, for some values: the notes say so.
   */
  undecidedKeys?: string[]
  /** What was not evaluated or could not be known, in words a reviewer reads. */
  notes: string[]
}
