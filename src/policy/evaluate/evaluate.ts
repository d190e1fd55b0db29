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
import { parseStatement, parsedStatementApplies, policyVariablesEnabled } from './statement.js'
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
    if (!parsedStatementApplies(parsed, request, { variables, notes: sink })) continue
    const found = deciding(policy, locate(policy, statement, index, single), index, parsed.sid, parsed.effect)
    if (parsed.effect === 'Deny') into.denies.push(found)
    else into.allows.push(found)
  }
}

function boundaryPart(
  policies: RolePolicies,
  request: AccessRequest,
  notes: Notes
): BoundaryResult | undefined {
  const boundary = policies.boundary
  if (!boundary) return undefined
  if (!boundary.policy) {
    notes.add(
      `The permissions boundary ${boundary.arn} is neither a kind: ManagedPolicy of this repository nor an AWS managed policy RoleGate knows, so what it allows is unknown.`
    )
    return { arn: boundary.arn, decision: 'unknown', statements: [] }
  }
  const matches: Matches = { allows: [], denies: [] }
  matchPolicy(boundary.policy, request, notes, matches)
  if (matches.denies.length > 0) return { arn: boundary.arn, decision: 'deny', statements: matches.denies }
  if (matches.allows.length > 0) return { arn: boundary.arn, decision: 'allow', statements: matches.allows }
  return { arn: boundary.arn, decision: 'deny', statements: [] }
}

/** Decides one request for one role. Pure; never throws on malformed documents (they are noted). */
export function evaluateRequest(policies: RolePolicies, request: AccessRequest): EvaluationResult {
  const notes = new Notes()
  notes.add(SCOPE_NOTE)
  const identity: Matches = { allows: [], denies: [] }
  for (const policy of policies.identity) matchPolicy(policy, request, notes, identity)
  const boundary = boundaryPart(policies, request, notes)
  const answer = (
    decision: EvaluationResult['decision'],
    reason: EvaluationResult['reason'],
    statements: DecidingStatement[]
  ): EvaluationResult => ({
    decision,
    reason,
    statements,
    ...(boundary ? { boundary } : {}),
    notes: notes.list
  })

  const denies = [...identity.denies, ...(boundary?.decision === 'deny' ? boundary.statements : [])]
  if (denies.length > 0) return answer('deny', 'explicit-deny', denies)
  // A boundary that allows nothing for the request decides even over unreadable attached policies:
  // a boundary only limits, so whatever they say, the request is denied.
  if (policies.unreadable.length > 0 && boundary?.decision === 'deny') {
    if (identity.allows.length === 0)
      notes.add(
        `RoleGate cannot read ${policies.unreadable.join(', ')} (attached, but neither in this repository nor an AWS managed policy it knows); whatever it allows, the permissions boundary does not allow this request.`
      )
    return answer('deny', 'boundary', identity.allows)
  }
  if (policies.unreadable.length > 0) {
    notes.add(
      `RoleGate cannot read ${policies.unreadable.join(', ')} (attached, but neither in this repository nor an AWS managed policy it knows): it could allow or deny this request.`
    )
    return answer('unknown', 'unknown', identity.allows)
  }
  if (identity.allows.length === 0) return answer('deny', 'implicit-deny', [])
  if (boundary?.decision === 'unknown') return answer('unknown', 'unknown', identity.allows)
  if (boundary?.decision === 'deny') return answer('deny', 'boundary', identity.allows)
  return answer('allow', 'allowed', identity.allows)
}
