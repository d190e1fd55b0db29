/**
 * The offline IAM evaluator: one request against the identity-based policies and the permissions
 * boundary of one role, following the IAM User Guide's "Policy evaluation logic" for a principal
 * in one account:
 *
 * 1. An explicit Deny in any identity policy or in the boundary decides: deny.
 * 2. An attached policy RoleGate cannot read could hold a Deny or an Allow: unknown.
 * 3. No identity Allow: implicit deny (a boundary never grants, so its content does not matter).
 * 4. A boundary must also allow: an unreadable boundary makes the answer unknown, a boundary
 *    without a matching Allow denies ("boundary").
 * 5. Otherwise: allow.
 *
 * Service control policies, resource control policies, resource-based policies and session
 * policies are not evaluated; every result says so.
 */
import { statementsOf } from '../../model/policy.js'
import { positionAt, positionOf, type SourceLocation } from '../../model/source.js'
import { at, Notes, quoted, type NoteSink } from './notes.js'
import {
  parseStatement,
  parsedStatementApplies,
  parsedStatementState,
  policyVariablesEnabled
} from './statement.js'
import type {
  AccessRequest,
  BoundaryResult,
  DecidingStatement,
  EvaluatedPolicy,
  EvaluationResult,
  RolePolicies
} from './types.js'

export const SCOPE_NOTE =
  'Evaluated: the role’s identity-based policies and permissions boundary, in one account. Not evaluated: ' +
  'service control policies (SCPs), resource control policies (RCPs), resource-based policies ' +
  '(bucket, key, queue policies, ...) and session policies, any of which can still deny.'

interface Matches {
  allows: DecidingStatement[]
  denies: DecidingStatement[]
  /**
   * Statements that apply for some values of the request's unknown keys (AccessRequest.unknown)
   * and not for others, with those keys.
   */
  maybe: Array<{ statement: DecidingStatement; keys: string[]; label: string }>
}

function noMatches(): Matches {
  return { allows: [], denies: [], maybe: [] }
}

function locate(
  policy: EvaluatedPolicy,
  statement: unknown,
  index: number,
  single: boolean
): SourceLocation | undefined {
  return positionOf(statement) ?? positionAt(policy.document, single ? ['Statement'] : ['Statement', index])
}

function deciding(
  policy: EvaluatedPolicy,
  location: SourceLocation | undefined,
  index: number,
  sid: string | undefined,
  effect: 'Allow' | 'Deny'
): DecidingStatement {
  return {
    policy: policy.name,
    policyKind: policy.kind,
    index,
    ...(sid !== undefined ? { sid } : {}),
    effect,
    ...(location ? { location } : {})
  }
}

/** How reports name a kind of policy: `inline policy`, `managed policy`, `permissions boundary`. */
export function policyKindLabel(kind: EvaluatedPolicy['kind']): string {
  return kind === 'inline' ? 'inline policy' : kind === 'boundary' ? 'permissions boundary' : 'managed policy'
}

function policyLabel(policy: EvaluatedPolicy): string {
  return `${policyKindLabel(policy.kind)} ${quoted(policy.logicalName ?? policy.name)}`
}

/**
 * Notes about one statement say which statement, and where it was written. One object per policy,
 * pointed at each statement in turn (evaluation allocates nothing per statement).
 */
class StatementNotes implements NoteSink {
  statement: unknown
  index = 0
  constructor(
    private readonly notes: Notes,
    private readonly policy: EvaluatedPolicy,
    private readonly single: boolean
  ) {}
  where(): string {
    const location = locate(this.policy, this.statement, this.index, this.single)
    return `Statement ${this.index} of the ${policyLabel(this.policy)}${at(location)}`
  }
  add(note: string): void {
    this.notes.add(`${this.where()}: ${note}`)
  }
}

/** The statements of one policy that apply to the request, split by effect. */
function matchPolicy(policy: EvaluatedPolicy, request: AccessRequest, notes: Notes, into: Matches): void {
  const document = policy.document as unknown
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    notes.add(`The ${policyLabel(policy)} is not a policy document; it was skipped.`)
    return
  }
  const raw = (document as { Statement?: unknown }).Statement
  const single = raw !== undefined && raw !== null && !Array.isArray(raw)
  const statements = statementsOf(policy.document) as unknown[]
  const variables = policyVariablesEnabled(policy.document)
  const sink = new StatementNotes(notes, policy, single)
  for (let index = 0; index < statements.length; index++) {
    const statement = statements[index]
    const parsed = parseStatement(statement)
    sink.statement = statement
    sink.index = index
    if (typeof parsed === 'string') {
      notes.add(`${sink.where()} was skipped because ${parsed}; IAM would reject it.`)
      continue
    }
    if (!variables && parsed.hasVariables)
      notes.add(
        `The ${policyLabel(policy)} has no "Version": "2012-10-17", so IAM reads its \${...} policy variables as plain text; so does RoleGate.`
      )
    const keys: string[] = []
    const applies = request.unknown
      ? parsedStatementState(parsed, request, request.unknown, keys, { variables, notes: sink })
      : parsedStatementApplies(parsed, request, { variables, notes: sink })
    if (applies === false) continue
    const found = deciding(policy, locate(policy, statement, index, single), index, parsed.sid, parsed.effect)
    if (applies === 'unknown') into.maybe.push({ statement: found, keys, label: sink.where() })
    else if (parsed.effect === 'Deny') into.denies.push(found)
    else into.allows.push(found)
  }
}

/**
 * The statements that apply in one of the two extreme readings of the unknown keys: `open`, every
 * undecided Allow applies and no undecided Deny does; `closed`, the reverse. No value of the keys
 * makes a request more permissive than `open` or more restrictive than `closed`, and the decision
 * only loosens with more Allows and tightens with more Denies: when the two readings agree, every
 * value of the keys gives that decision.
 */
function reading(
  matches: Matches,
  open: boolean
): { allows: DecidingStatement[]; denies: DecidingStatement[] } {
  if (matches.maybe.length === 0) return matches
  const effect = open ? 'Allow' : 'Deny'
  const undecided = matches.maybe
    .filter(entry => entry.statement.effect === effect)
    .map(entry => entry.statement)
  return open
    ? { allows: [...matches.allows, ...undecided], denies: matches.denies }
    : { allows: matches.allows, denies: [...matches.denies, ...undecided] }
}

/** What the boundary alone says, in one reading of the request (see `reading`). */
function boundaryResult(arn: string, matches: Matches, open: boolean): BoundaryResult {
  const { allows, denies } = reading(matches, open)
  if (denies.length > 0) return { arn, decision: 'deny', statements: denies }
  if (allows.length > 0) return { arn, decision: 'allow', statements: allows }
  return { arn, decision: 'deny', statements: [] }
}

/** A decision with the statements that made it, and a note on why when it needs one. */
interface Verdict {
  decision: EvaluationResult['decision']
  reason: EvaluationResult['reason']
  statements: DecidingStatement[]
  note?: string
}

/** The evaluation logic of the file's header, over the statements that apply. */
function decide(
  policies: RolePolicies,
  identity: { allows: DecidingStatement[]; denies: DecidingStatement[] },
  boundary: BoundaryResult | undefined
): Verdict {
  const denies = [...identity.denies, ...(boundary?.decision === 'deny' ? boundary.statements : [])]
  if (denies.length > 0) return { decision: 'deny', reason: 'explicit-deny', statements: denies }
  const unreadable = policies.unreadable.join(', ')
  // A boundary that allows nothing for the request decides even over unreadable attached policies:
  // a boundary only limits, so whatever they say, the request is denied.
  if (policies.unreadable.length > 0 && boundary?.decision === 'deny')
    return {
      decision: 'deny',
      reason: 'boundary',
      statements: identity.allows,
      ...(identity.allows.length === 0
        ? {
            note: `RoleGate cannot read ${unreadable} (attached, but neither in this repository nor an AWS managed policy it knows); whatever it allows, the permissions boundary does not allow this request.`
          }
        : {})
    }
  if (policies.unreadable.length > 0)
    return {
      decision: 'unknown',
      reason: 'unknown',
      statements: identity.allows,
      note: `RoleGate cannot read ${unreadable} (attached, but neither in this repository nor an AWS managed policy it knows): it could allow or deny this request.`
    }
  if (identity.allows.length === 0) return { decision: 'deny', reason: 'implicit-deny', statements: [] }
  if (boundary?.decision === 'unknown')
    return { decision: 'unknown', reason: 'unknown', statements: identity.allows }
  if (boundary?.decision === 'deny')
    return { decision: 'deny', reason: 'boundary', statements: identity.allows }
  return { decision: 'allow', reason: 'allowed', statements: identity.allows }
}

/** A deciding statement as notes name one: `Statement 0 of the inline policy "S3" (iam/a.yml:12)`. */
function statementLabel(statement: DecidingStatement): string {
  return `Statement ${statement.index} of the ${policyKindLabel(statement.policyKind)} ${quoted(statement.policy)}${at(statement.location)}`
}

/** The note of an unknown-context answer: which keys, which statements, and how to decide it. */
function undecidedNote(request: AccessRequest, keys: string[], labels: string[]): string {
  const spelled = keys.join(', ')
  const always = keys.every(key => request.unknown?.get(key.toLowerCase())?.presence === 'present')
  const example = keys.map(key => `--context ${key}=VALUE`).join(' ')
  return (
    `The answer depends on ${spelled}, which AWS puts in ${always ? 'every request' : 'most requests'} of the role's session, with a value the question does not give: ` +
    `${labels.join('; ')} ${labels.length === 1 ? 'applies' : 'apply'} for some values and not for others. ` +
    `Give ${keys.length === 1 ? 'its value' : 'their values'} to decide (rolegate can: ${example}; an expect: entry: context).`
  )
}

/** The note of a decided answer some of whose statements apply only for some values of the keys. */
function settledNote(keys: string[], labels: string[]): string {
  return `${labels.join('; ')} ${labels.length === 1 ? 'applies' : 'apply'} only for some values of ${keys.join(', ')}, which the question does not give; the answer is the same for every value.`
}

/** Decides one request for one role. Pure; never throws on malformed documents (they are noted). */
export function evaluateRequest(policies: RolePolicies, request: AccessRequest): EvaluationResult {
  const notes = new Notes()
  notes.add(SCOPE_NOTE)
  const identity = noMatches()
  for (const policy of policies.identity) matchPolicy(policy, request, notes, identity)
  const bounded = policies.boundary
  let boundaryMatches: Matches | undefined
  if (bounded?.policy) {
    boundaryMatches = noMatches()
    matchPolicy(bounded.policy, request, notes, boundaryMatches)
  } else if (bounded)
    notes.add(
      `The permissions boundary ${bounded.arn} is neither a kind: ManagedPolicy of this repository nor an AWS managed policy RoleGate knows, so what it allows is unknown.`
    )
  const inReading = (open: boolean): Verdict & { boundary?: BoundaryResult } => {
    const boundary = bounded
      ? boundaryMatches
        ? boundaryResult(bounded.arn, boundaryMatches, open)
        : { arn: bounded.arn, decision: 'unknown' as const, statements: [] }
      : undefined
    return { ...decide(policies, reading(identity, open), boundary), ...(boundary ? { boundary } : {}) }
  }
  const answer = (verdict: Verdict & { boundary?: BoundaryResult }): EvaluationResult => {
    if (verdict.note) notes.add(verdict.note)
    return {
      decision: verdict.decision,
      reason: verdict.reason,
      statements: verdict.statements,
      ...(verdict.boundary ? { boundary: verdict.boundary } : {}),
      notes: notes.list
    }
  }
  const maybe = [...identity.maybe, ...(boundaryMatches?.maybe ?? [])]
  if (maybe.length === 0) return answer(inReading(true))
  const open = inReading(true)
  const closed = inReading(false)
  const keys = keysOf(maybe)
  const labels = maybe.map(entry => entry.label)
  // Every value of the unknown keys gives the same decision: the open reading explains a denial
  // (it holds even with every undecided Allow), the closed one an allow (even with every Deny).
  if (open.decision === closed.decision) {
    const chosen = open.decision === 'allow' ? closed : open
    // Its statements may include undecided ones: say that they apply only for some values.
    const undecided = maybe.filter(entry => chosen.statements.includes(entry.statement))
    if (undecided.length > 0)
      notes.add(
        settledNote(
          keysOf(undecided),
          undecided.map(entry => entry.label)
        )
      )
    return answer(chosen)
  }
  // The decision turns on the keys. A policy RoleGate cannot read may decide too, for some of
  // their values: its note stays, and giving the keys tells which.
  notes.add(undecidedNote(request, keys, labels))
  // What applies whatever the values: the identity Allows (a Deny that always applied would have
  // decided), so a reader sees what the undecided statements stand against.
  if (identity.allows.length > 0)
    notes.add(
      `Whatever the value of ${keys.join(', ')}: ${identity.allows.map(statementLabel).join('; ')} ${identity.allows.length === 1 ? 'allows' : 'allow'} it.`
    )
  for (const verdict of [open, closed]) if (verdict.note) notes.add(verdict.note)
  const boundary =
    open.boundary && closed.boundary && open.boundary.decision !== closed.boundary.decision
      ? {
          arn: open.boundary.arn,
          decision: 'unknown' as const,
          statements: (boundaryMatches?.maybe ?? []).map(entry => entry.statement)
        }
      : closed.boundary
  return {
    decision: 'unknown',
    reason: 'unknown-context',
    statements: maybe.map(entry => entry.statement),
    ...(boundary ? { boundary } : {}),
    undecidedKeys: keys,
    notes: notes.list
  }
}

function keysOf(entries: Matches['maybe']): string[] {
  return [...new Set(entries.flatMap(entry => entry.keys))]
}
