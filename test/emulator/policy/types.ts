/** A parsed IAM policy document; every multi-valued element is normalized to an array of strings. */

export type Effect = 'Allow' | 'Deny'

export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser'

export type PrincipalBlock = '*' | Partial<Record<PrincipalType, string[]>>

/** operator (e.g. `ForAnyValue:StringLike`) → condition key → policy values. */
export type ConditionBlock = Record<string, Record<string, string[]>>

export interface Statement {
  sid?: string
  effect: Effect
  action?: string[]
  notAction?: string[]
  resource?: string[]
  notResource?: string[]
  principal?: PrincipalBlock
  notPrincipal?: PrincipalBlock
  condition: ConditionBlock
}

export interface PolicyDocument {
  version: string
  statements: Statement[]
}

/** Identity policies (inline/managed/boundary) forbid Principal; trust policies require it. */
export type PolicyKind = 'identity' | 'trust'
