/**
 * `rolegate can`: the answer's JSON shape, and the answer as text for a terminal: the decision and why, each deciding statement with its
 * file:line, the boundary's part, and what was not evaluated. `+` lines allowed, `-` lines denied,
 * `?` lines unknown (src/terminal/colour.ts colours them).
 */
import { describeStatement } from '../policy/assertions.js'
import { safeLines } from './text.js'
import type { DecidingStatement, EvaluationResult } from '../policy/evaluate/index.js'

/** The answer of `rolegate can`, as `--format json` prints it (docs/can.md). */
export interface CanOutcome extends EvaluationResult {
  schemaVersion: 1
  command: 'can'
  environment: string
  role: { name: string; physicalName: string; arn: string }
  request: {
    action: string
    resource: string
    context: Array<{ key: string; values: string[] }>
    /** The keys AWS sets for the role's session, from the definition (those `context` does not give). */
    session: Array<{ key: string; values: string[] }>
  }
}

const HEADLINE: Record<CanOutcome['decision'], string> = {
  allow: 'ALLOWED',
  deny: 'DENIED',
  unknown: 'UNKNOWN'
}

function why(outcome: CanOutcome): string {
  const boundary = outcome.boundary
  switch (outcome.reason) {
    case 'allowed':
      return boundary
        ? 'allowed: an identity policy statement allows it, the permissions boundary allows it too, and no Deny matches.'
        : 'allowed: an identity policy statement allows it and no Deny matches (the role has no permissions boundary).'
    case 'explicit-deny':
      return 'denied explicitly: a Deny statement matches, and a Deny wins over any Allow.'
    case 'implicit-deny':
      return 'denied implicitly: no statement of the role’s policies allows it.'
    case 'boundary':
      // With no readable identity Allow, the boundary decided over policies RoleGate cannot read.
      return outcome.statements.length > 0
        ? 'denied by the permissions boundary: an identity policy allows it, but the boundary does not (the role may do only what both allow).'
        : 'denied by the permissions boundary: it does not allow this, so whatever the attached policies RoleGate cannot read allow (see the notes), the role may not do it.'
    case 'unknown':
      return 'unknown: the answer depends on a policy RoleGate cannot read (see the notes); it counts as not allowed (exit 2). Define that policy in this repository to get an answer.'
    case 'unknown-context':
      return `unknown: the answer depends on ${(outcome.undecidedKeys ?? []).join(', ')}, which requests of the role carry but this question does not give (see the notes); it counts as not allowed (exit 2). Ask again with ${(outcome.undecidedKeys ?? []).map(key => `--context ${key}=VALUE`).join(' ')}.`
  }
}

export function renderCanText(outcome: CanOutcome): string {
  const { request, role } = outcome
  const lines = [
    `${role.name} (${role.physicalName}) in ${outcome.environment}: ${HEADLINE[outcome.decision]}`,
    `  ${request.action} on ${request.resource}`
  ]
  for (const { key, values } of request.context) lines.push(`  with ${key} = ${values.join(', ')}`)
  // The role's session keys: the principal's on one line, its tags (often many) by key on another.
  const tags = request.session.filter(({ key }) => key.startsWith('aws:PrincipalTag/'))
  const principal = request.session.filter(entry => !tags.includes(entry))
  if (principal.length > 0)
    lines.push(
      `  as the role's session: ${principal.map(({ key, values }) => `${key} = ${values.join(', ')}`).join(', ')}`
    )
  if (tags.length > 0)
    lines.push(
      `  and its ${tags.length} tag(s) as aws:PrincipalTag/KEY: ${tags.map(({ key, values }) => `${key.slice('aws:PrincipalTag/'.length)} = ${values.join(', ')}`).join(', ')}`
    )
  lines.push('', `Why: ${why(outcome)}`)
  if (outcome.statements.length > 0) {
    lines.push(
      outcome.reason === 'explicit-deny'
        ? 'Deny statements that match:'
        : outcome.reason === 'unknown-context'
          ? `Statements that apply for some values of ${(outcome.undecidedKeys ?? []).join(', ')}:`
          : 'Identity policy statements that allow it:'
    )
    for (const statement of outcome.statements) lines.push(statementLine(statement))
  }
  if (outcome.boundary) {
    const { boundary } = outcome
    const says = {
      // A boundary grants nothing by itself: without an identity Allow it only "would" allow.
      allow:
        outcome.reason === 'implicit-deny'
          ? 'would allow it (a boundary grants nothing by itself)'
          : 'allows it',
      deny: 'does not allow it',
      // Unreadable, or (with statements) undecided by the request's unknown keys.
      unknown: boundary.statements.length > 0 ? 'depends on the same keys' : 'cannot be read'
    }[boundary.decision]
    lines.push(`Permissions boundary ${boundary.arn}: ${says}`)
    const listed = new Set(outcome.statements.map(key))
    for (const statement of boundary.statements)
      if (!listed.has(key(statement))) lines.push(statementLine(statement))
    if (boundary.decision === 'unknown' && boundary.statements.length === 0)
      lines.push(`  ? not defined in this repository`)
  }
  if (outcome.notes.length > 0) {
    lines.push('Notes:')
    for (const note of outcome.notes) lines.push(`  ${note}`)
  }
  // Tag values, Sids and condition values are the definitions' text: one line each, no escapes.
  return safeLines(lines) + '\n'
}

function key(statement: DecidingStatement): string {
  return `${statement.policyKind} ${statement.policy} ${statement.index}`
}

function statementLine(statement: DecidingStatement): string {
  return `  ${statement.effect === 'Deny' ? '-' : '+'} ${statement.effect} by ${describeStatement(statement)}`
}
