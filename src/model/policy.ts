/**
 * IAM policy documents in IAM's own JSON grammar, as users write them and as IAM returns them.
 * Values are kept exactly as written (a string or a list); normalization for comparison lives in
 * src/policy/, so that findings can still point at what the user typed.
 */
export type StringOrList = string | string[]

/** The elements of IAM's policy grammar, in the order AWS's documentation writes them. */
export const DOCUMENT_KEYS: readonly string[] = ['Version', 'Id', 'Statement']
export const STATEMENT_KEYS: readonly string[] = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition'
]

export type PrincipalValue = '*' | Record<string, StringOrList>

/** Condition block: operator -> condition key -> value(s). */
export type ConditionBlock = Record<string, Record<string, StringOrList | boolean | number>>

export interface PolicyStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny' | string
  Principal?: PrincipalValue
  NotPrincipal?: PrincipalValue
  Action?: StringOrList
  NotAction?: StringOrList
  Resource?: StringOrList
  NotResource?: StringOrList
  Condition?: ConditionBlock
}

export interface PolicyDocument {
  Version?: string
  Id?: string
  Statement: PolicyStatement[] | PolicyStatement
}

/** What a policy document is used as decides which grammar applies (Principal vs Resource). */
export type PolicyKind = 'identity' | 'trust'

export function statementsOf(document: PolicyDocument): PolicyStatement[] {
  const statement = document.Statement
  if (statement === undefined || statement === null) return []
  return Array.isArray(statement) ? statement : [statement]
}

/**
 * A Deny statement, as IAM reads `Effect` (case-sensitive: `deny` is a malformed document).
 * Rendered documents may be malformed (lint reports them): what is not a statement is no Deny.
 */
export function isDeny(statement: unknown): boolean {
  return (
    typeof statement === 'object' && statement !== null && (statement as PolicyStatement).Effect === 'Deny'
  )
}

export function asList(value: StringOrList | undefined): string[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}
