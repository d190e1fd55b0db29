import type { Config } from '../definitions/schema.js'
import type { PolicyDocument, PolicyKind } from '../model/policy.js'
import type { Severity } from '../model/findings.js'
import type { SourceLocation } from '../model/source.js'
import type { EnvironmentState, ManagedPolicyState, RoleState } from '../model/state.js'

/** A policy document to lint, with what it belongs to. */
export interface PolicySubject {
  kind: PolicyKind
  document: PolicyDocument
  /** Inline policy name, managed policy logical name, or "trust". */
  policyName: string
  owner: RoleState | ManagedPolicyState
  ownerKind: 'role' | 'managedPolicy'
}

export interface LintContext {
  config: Config
  environment: EnvironmentState
}

/** What a rule reports; the runner adds severity, environment and suppressions. */
export interface RuleHit {
  message: string
  location?: SourceLocation
  /** Logical name of the role or managed policy. */
  role?: string
  /** What `role` names (the runner infers it when only one of the environment's has that name). */
  kind?: 'role' | 'managed policy'
  policy?: string
  /** Sid or index of the statement, for statement-level suppressions. */
  statement?: string
  /** The definitions grant less than intended (see Finding.missingAccess). */
  missingAccess?: true
}

export interface Rule {
  id: string
  check(context: LintContext): Iterable<RuleHit>
}

export interface RuleInfo {
  id: string
  defaultSeverity: Severity
  family: 'definitions' | 'grammar' | 'least-privilege' | 'trust' | 'quotas' | 'suppressions'
  summary: string
}
