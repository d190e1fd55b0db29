/**
 * The one place lint asks "what do this holder's Deny statements leave of an Allow?": for one
 * allowed action (or Action pattern) and the Allow statement's resources, which resources remain
 * reachable once every Deny that can apply has been taken into account. The least-privilege rules
 * that say "allowed on every resource" (`pass-role-unscoped`, `credentials-exposure`,
 * `data-exfiltration`, `resource-wildcard-write`) and those that say "every action"
 * (`wildcard-action`, `service-wildcard`) ask it here, so they answer alike.
 *
 * Whose Denies count (the holder):
 * - a statement of a role's inline policy: every policy of the role, as the evaluator resolves
 *   them for `rolegate can` (inline, attached repo and AWS managed policies, and the permissions
 *   boundary's Deny statements, which deny as any other);
 * - a statement of a kind: ManagedPolicy: only that document's statements (it is judged on its own,
 *   wherever it is attached).
 *
 * How (pattern reasoning, checked against the evaluator): a finding is about sets of requests
 * (every resource, every action), which no finite set of probe requests can stand for: a probe
 * `role/rolegate-probe` is denied by `Resource: role/*probe*` as much as by `role/*`. So resource
 * sets are compared as patterns, as IAM matches them, segment by segment (resourcePatternCovers in
 * src/policy/arn.ts; action patterns with the globs of src/policy/wildcard.ts): a Deny takes a
 * grant away only when its Resource provably covers it ("covers" is never wrong) or its
 * NotResource spares nothing the grant and the action share. The rest is the evaluator's
 * (src/policy/evaluate): which Deny statements a role has (rolePolicies, as `rolegate can` reads
 * them), whether a Deny's Action/NotAction matches an action (its parsed statement), and, before a
 * finding is dropped, whether the Deny really applies to concrete requests inside the grant
 * (statementApplies on probes: confirmedByEvaluator). Whenever the answer is unknown (a condition,
 * a policy variable, an unknown action, patterns the reasoning cannot compare, a probe the
 * evaluator does not deny), the Deny is not relied on and the finding stays: fail closed. An Action
 * pattern (`*`, `s3:*`) is removed only by one Deny that covers all of it on all of the grant;
 * Denies that together cover it are named, not combined.
 *
 * A conditional Deny takes the access away only under its condition: it never removes a finding,
 * it is mentioned in it.
 */
import type { PolicyDocument, PolicyStatement } from '../model/policy.js'
import type { EnvironmentState, RoleState } from '../model/state.js'
import {
  parseStatement,
  parsedStatementApplies,
  policyVariablesEnabled,
  requestContext,
  rolePolicies,
  statementApplies,
  arnPatternMatch,
  type EvaluatedPolicy,
  type ParsedStatement
} from '../policy/evaluate/index.js'
import {
  compileWildcard,
  expandActionPattern,
  resourceOfTypeMayMatch,
  resourcesMayOverlap,
  hasWildcard,
  lookupAction,
  resourcePatternCovers,
  wildcardCovers,
  wildcardMatch,
  wildcardTest
} from '../policy/index.js'
import { boundedMemo } from '../util/bounded-memo.js'
import {
  conditionEntries,
  statementFactsOf,
  isConditional,
  summarize,
  type StatementFacts
} from './rules/policy-common.js'
import { perRun } from './subjects.js'
import type { LintContext, PolicySubject } from './types.js'

/** A Deny statement of the holder, with what messages say about it. */
export interface DenyStatement {
  facts: StatementFacts
  /** `inline policy Guard statement "NoIam"`, `AWS managed policy X statement 2`. */
  where: string
  /** `inline policy Guard`: the document, as messages name it. */
  policy: string
  /** `"NoIam"` (its Sid) or `2` (its index). */
  statement: string
  /** Condition keys as written; empty for an unconditional Deny. */
  conditionKeys: readonly string[]
  /** Resource or NotResource holds a policy variable (`${aws:username}`): it depends on the request. */
  variable: boolean
  /** The evaluator's parse of the statement without Resource and Condition: its action matching. */
  actionOnly: ParsedStatement
}

/** The resources an Allow statement grants: a Resource list, or everything but a NotResource list. */
export type ResourceGrant =
  { kind: 'resources'; patterns: readonly string[] } | { kind: 'not-resources'; patterns: readonly string[] }

/** The grant of a statement as written. */
export function grantOf(facts: StatementFacts): ResourceGrant {
  if (facts.statement.Resource === undefined && facts.statement.NotResource !== undefined)
    return { kind: 'not-resources', patterns: facts.NotResource.map(item => item.value) }
  return { kind: 'resources', patterns: facts.Resource.map(item => item.value) }
}

/** What remains of one allowed action on a grant after the holder's Denies. */
export interface ActionReach {
  /** Nothing of the grant is left: the Denies take all of it away. */
  removed: boolean
  /** Denies with NotResource leave the action at most on these patterns. */
  only?: readonly string[]
  /** Resource patterns unconditional Denies take away from the grant. */
  except: readonly string[]
  /** The unconditional Denies that changed the answer. */
  by: readonly DenyStatement[]
  /** Denies that take it away only when their condition holds (or a policy variable matches). */
  conditional: readonly ConditionalDeny[]
}

/** A Deny that applies only under its condition (or when its policy variables match). */
export interface ConditionalDeny {
  deny: DenyStatement
  /** Without its condition it would take away all of it; else only a part. */
  whole: boolean
}

/** What remains of an Action pattern (`*`, `s3:*`) on a grant after the holder's Denies. */
export interface PatternReach {
  removed: boolean
  /** Unconditional Denies that take part of it away, each described as written. */
  partial: readonly { deny: DenyStatement; what: string }[]
  conditional: readonly ConditionalDeny[]
}

const UNTOUCHED: ActionReach = Object.freeze({ removed: false, except: [], by: [], conditional: [] })

// ---------------------------------------------------------------------------------------------
// The holder's Deny statements

/** The Deny statements that can take away what a statement of `subject` allows. */
export function holderDenies(subject: PolicySubject, context: LintContext): readonly DenyStatement[] {
  const memo = perRun(context, newDenyMemo)
  let found = memo.get(subject.owner)
  if (!found) {
    found =
      subject.ownerKind === 'role'
        ? roleDenies(subject.owner as RoleState, context)
        : documentDenies(subject.document, `managed policy ${subject.policyName}`)
    memo.set(subject.owner, found)
  }
  return found
}

const newDenyMemo = (): Map<object, readonly DenyStatement[]> => new Map()

function documentDenies(document: PolicyDocument | undefined, label: string): DenyStatement[] {
  const raw: unknown = document?.Statement
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]
  const denies: DenyStatement[] = []
  list.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return
    const statement = item as PolicyStatement
    // What the evaluator cannot parse never applies (IAM would reject it): it removes nothing.
    if (statement.Effect !== 'Deny') return
    const parsed = parseStatement(statement)
    if (typeof parsed === 'string') return
    const facts = statementFactsOf(statement)
    const sid =
      typeof statement.Sid === 'string' && statement.Sid !== '' ? `"${statement.Sid}"` : String(index)
    denies.push({
      facts,
      where: `${label} statement ${sid}`,
      policy: label,
      statement: sid,
      conditionKeys: isConditional(facts)
        ? [...new Set(conditionEntries(facts).map(entry => entry.key))]
        : [],
      variable:
        document !== undefined &&
        policyVariablesEnabled(document) &&
        [...facts.Resource, ...facts.NotResource].some(entry => entry.value.includes('${')),
      actionOnly: { ...parsed, resources: undefined, notResources: undefined, conditions: [] }
    })
  })
  return denies
}

/** The role's Deny statements: every policy the evaluator reads for it (`rolegate can`). */
function roleDenies(role: RoleState, context: LintContext): DenyStatement[] {
  const policies = rolePolicies(role, context.environment)
  const readable = [...policies.identity, ...(policies.boundary?.policy ? [policies.boundary.policy] : [])]
  return readable.flatMap(policy => documentDenies(policy.document, policyLabel(policy)))
}

/** `inline policy P`, `managed policy shared-logs`, `AWS managed policy AWSDenyAll`, `permissions boundary b`. */
function policyLabel(policy: EvaluatedPolicy): string {
  if (policy.kind === 'inline') return `inline policy ${policy.name}`
  const name = policy.logicalName ?? policy.name.slice(policy.name.lastIndexOf('/') + 1)
  if (policy.kind === 'boundary') return `permissions boundary ${name}`
  return policy.logicalName !== undefined ? `managed policy ${name}` : `AWS managed policy ${name}`
}

// ---------------------------------------------------------------------------------------------
// One action

/** Does the Deny's Action/NotAction match the concrete action (IAM: case-insensitive globs)? */
function denyMatchesAction(deny: DenyStatement, action: string): boolean {
  return parsedStatementApplies(deny.actionOnly, { action, resource: '*', context: NO_CONTEXT })
}

/**
 * Every resource type of the action as a pattern: `arn:aws:iam::*:role/*` for iam:PassRole. The
 * partition is the environment's; region and account stay open, since some actions (sts:AssumeRole)
 * reach other accounts. Undefined for an unknown action; empty for one that takes only `*`.
 */
function typePatterns(action: string, partition: string): readonly string[] | undefined {
  return typeCache(`${partition}\u0000${action.toLowerCase()}`)
}

// Actions come from user files: bounded. Keyed by partition (never holds NUL), then action.
const typeCache = boundedMemo((key: string): readonly string[] | undefined => {
  const cut = key.indexOf('\u0000')
  const partition = key.slice(0, cut)
  const info = lookupAction(key.slice(cut + 1))
  return info?.resourceTypes.map(type =>
    type.arnPattern.replace(/\$\{([^}]*)\}/g, (_, name: string) =>
      name.toLowerCase() === 'partition' ? partition : '*'
    )
  )
}, 10_000)

/**
 * Does the (Deny) Resource pattern reach every resource the action can be called on? `*` always;
 * for an action that takes only `*`, a pattern matching the text `*`; otherwise a pattern that
 * covers every resource type of the action.
 */
function coversEveryResource(pattern: string, action: string, partition: string): boolean {
  if (pattern === '*') return true
  if (pattern.includes('${')) return false
  const types = typePatterns(action, partition)
  if (!types) return false
  if (types.length === 0) return wildcardMatch(pattern, '*', false)
  return types.every(type => resourcePatternCovers(pattern, type))
}

/**
 * Could the pattern name a resource the action is called on? Lenient: unknown means yes. Asked
 * of the types' ARN patterns (resourceOfTypeMayMatch): what their variables may hold decides it.
 */
function namesResourceOf(pattern: string, action: string, partition: string): boolean {
  if (pattern === '*') return true
  const info = lookupAction(action)
  if (!info) return true
  if (info.resourceTypes.length === 0) return wildcardMatch(pattern, '*', false)
  return info.resourceTypes.some(type => resourceOfTypeMayMatch(pattern, type.arnPattern, partition))
}

/**
 * Which resources of the grant the holder's Denies leave to `action` (a concrete action). The Allow
 * statement is taken as allowing (its own condition is the caller's business).
 */
export function actionReach(
  denies: readonly DenyStatement[],
  action: string,
  grant: ResourceGrant,
  place: Place
): ActionReach {
  if (denies.length === 0) return UNTOUCHED
  // Statements of one holder repeat actions and grants: answered once per holder (its Deny list).
  let answers = reachMemo.get(denies)
  if (!answers) reachMemo.set(denies, (answers = reachAnswers(denies)))
  const key: ReachKey = [
    place.partition,
    place.account,
    place.region,
    action.toLowerCase(),
    grant.kind,
    grant.patterns
  ]
  return answers(JSON.stringify(key))
}

/** What actionReach() is asked, as JSON: one string key that reads back exactly. */
type ReachKey = [string, string, string, string, ResourceGrant['kind'], readonly string[]]

function reachAnswers(denies: readonly DenyStatement[]): (key: string) => ActionReach {
  return boundedMemo((key: string) => {
    const [partition, account, region, action, kind, patterns] = JSON.parse(key) as ReachKey
    return computeReach(denies, action, { kind, patterns }, { partition, account, region })
  }, 10_000)
}

const reachMemo = new WeakMap<readonly DenyStatement[], (key: string) => ActionReach>()

function computeReach(
  denies: readonly DenyStatement[],
  action: string,
  grant: ResourceGrant,
  place: Place
): ActionReach {
  const partition = place.partition
  const firm: DenyStatement[] = []
  const conditional: ConditionalDeny[] = []
  for (const deny of denies) {
    if (!denyMatchesAction(deny, action)) continue
    if (!reachesGrant(deny, action, grant, partition)) continue
    // A Deny whose NotResource spares every resource of the action denies nothing.
    if (deny.facts.NotResource.some(item => coversEveryResource(item.value, action, partition))) continue
    if (deny.conditionKeys.length > 0 || deny.variable) {
      const unconditioned: DenyStatement = { ...deny, conditionKeys: [], variable: false }
      conditional.push({ deny, whole: actionReach([unconditioned], action, grant, place).removed })
    } else {
      firm.push(deny)
    }
  }
  if (firm.length === 0) return conditional.length === 0 ? UNTOUCHED : { ...UNTOUCHED, conditional }
  const denied = firm
    .filter(deny => deny.facts.statement.Resource !== undefined)
    .flatMap(deny => deny.facts.Resource.map(item => item.value))
  const sparing = firm.filter(deny => deny.facts.statement.Resource === undefined)
  const covered = (pattern: string): boolean =>
    denied.some(
      deny =>
        coversEveryResource(deny, action, partition) ||
        (pattern !== '*' && resourcePatternCovers(deny, pattern))
    )
  // Everything the grant names is denied outright ...
  const grantDenied =
    grant.kind === 'resources'
      ? grant.patterns.length > 0 && grant.patterns.every(covered)
      : denied.some(deny => coversEveryResource(deny, action, partition))
  // ... or a Deny with NotResource spares only resources that are denied anyway or that the action
  // never acts on (Deny iam:* NotResource role/sandbox/* leaves iam:CreateAccessKey nothing).
  const left = sparing.map(deny =>
    deny.facts.NotResource.map(item => item.value).filter(
      pattern => namesResourceOf(pattern, action, partition) && !covered(pattern)
    )
  )
  const removed =
    (grantDenied || left.some(patterns => patterns.length === 0)) &&
    confirmedByEvaluator(firm, [action], probeResources(action, grant, sparing, place))
  const only = left.length > 0 ? left.reduce((a, b) => (b.length < a.length ? b : a)) : undefined
  return {
    removed,
    ...(only ? { only } : {}),
    except: [...new Set(denied.filter(pattern => namesResourceOf(pattern, action, partition)))],
    by: firm,
    conditional
  }
}

/**
 * Can the Deny apply to some resource of the grant? Resource patterns that cannot name a resource
 * of the action, or that name none of a Resource grant, do not count; unknown means yes.
 */
function reachesGrant(deny: DenyStatement, action: string, grant: ResourceGrant, partition: string): boolean {
  const statement = deny.facts.statement
  if (statement.Resource === undefined) return statement.NotResource !== undefined
  return deny.facts.Resource.some(
    item =>
      namesResourceOf(item.value, action, partition) &&
      (grant.kind === 'not-resources' ||
        grant.patterns.some(pattern => resourcesMayOverlap(item.value, pattern)))
  )
}

// ---------------------------------------------------------------------------------------------
// An Action pattern

/** Do the Deny's actions include every action `pattern` matches (today's and any AWS adds)? */
function actionsCover(facts: StatementFacts, pattern: string): boolean {
  if (facts.statement.Action !== undefined)
    return facts.Action.some(item => wildcardCovers(item.value, pattern, true))
  if (facts.statement.NotAction !== undefined)
    return !facts.NotAction.some(item => actionPatternsOverlap(item.value, pattern))
  return false
}

/** Do the Deny's actions include some action `pattern` matches? */
function actionsOverlap(facts: StatementFacts, pattern: string): boolean {
  if (facts.statement.Action !== undefined)
    return facts.Action.some(item => actionPatternsOverlap(item.value, pattern))
  if (facts.statement.NotAction !== undefined)
    return !facts.NotAction.some(item => wildcardCovers(item.value, pattern, true))
  return false
}

/** Could two Action patterns match a common action? Known actions decide; coverage either way too. */
function actionPatternsOverlap(a: string, b: string): boolean {
  // Two literal, different service prefixes never meet (and most pairs are that).
  const sa = a.slice(0, a.indexOf(':') + 1)
  const sb = b.slice(0, b.indexOf(':') + 1)
  if (sa && sb && !hasWildcard(sa) && !hasWildcard(sb) && sa.toLowerCase() !== sb.toLowerCase()) return false
  if (wildcardCovers(a, b, true) || wildcardCovers(b, a, true)) return true
  const glob = compileWildcard(b, true)
  return expandActionPattern(a).some(action => wildcardTest(glob, action))
}

/**
 * `iam:*`, `every action of "glue:*" except glue:Get*`: the Deny's actions as written, only the
 * items that meet the allowed pattern.
 */
function deniedActions(facts: StatementFacts, pattern: string): string {
  if (facts.statement.Action !== undefined)
    return summarize(
      facts.Action.map(item => item.value).filter(value => actionPatternsOverlap(value, pattern))
    )
  const spared = facts.NotAction.map(item => item.value).filter(value =>
    actionPatternsOverlap(value, pattern)
  )
  return `every action${pattern === '*' ? '' : ` of "${pattern}"`} except ${summarize(spared)}`
}

/** `on every resource`, `on arn:…`, `on every resource except arn:…`: a Deny's resources as written. */
function deniedResources(facts: StatementFacts): string {
  if (facts.statement.Resource === undefined)
    return `on every resource except ${summarize(
      facts.NotResource.map(item => item.value),
      2
    )}`
  const patterns = facts.Resource.map(item => item.value)
  return patterns.includes('*') ? 'on every resource' : `on ${summarize(patterns, 2)}`
}

/**
 * What the holder's Denies leave of an Action pattern on the grant. Removed only when one
 * unconditional Deny covers both every action of the pattern and every resource of the grant;
 * any other overlapping Deny is reported as written.
 */
export function patternReach(
  denies: readonly DenyStatement[],
  pattern: string,
  grant: ResourceGrant,
  place: Place
): PatternReach {
  if (denies.length === 0) return { removed: false, partial: [], conditional: [] }
  const partial: { deny: DenyStatement; what: string }[] = []
  const conditional: ConditionalDeny[] = []
  for (const deny of denies) {
    const facts = deny.facts
    if (!actionsOverlap(facts, pattern) || !resourcesMeet(facts, grant)) continue
    const whole = actionsCover(facts, pattern) && resourcesCoverGrant(facts, grant)
    if (deny.conditionKeys.length > 0 || deny.variable) {
      conditional.push({ deny, whole })
      continue
    }
    if (whole && confirmedByEvaluator([deny], sampleActions(pattern), grantProbes(grant, place)))
      return { removed: true, partial: [], conditional: [] }
    partial.push({ deny, what: `${deniedActions(facts, pattern)} ${deniedResources(facts)}` })
  }
  return { removed: false, partial, conditional }
}

function resourcesCoverGrant(facts: StatementFacts, grant: ResourceGrant): boolean {
  if (facts.statement.Resource === undefined) return false
  const patterns = facts.Resource.map(item => item.value).filter(pattern => !pattern.includes('${'))
  if (patterns.includes('*')) return true
  return (
    grant.kind === 'resources' &&
    grant.patterns.length > 0 &&
    grant.patterns.every(
      granted => granted !== '*' && patterns.some(pattern => resourcePatternCovers(pattern, granted))
    )
  )
}

function resourcesMeet(facts: StatementFacts, grant: ResourceGrant): boolean {
  if (facts.statement.Resource === undefined) return facts.statement.NotResource !== undefined
  if (grant.kind === 'not-resources') return true
  return facts.Resource.some(item => grant.patterns.some(pattern => resourcesMayOverlap(item.value, pattern)))
}

// ---------------------------------------------------------------------------------------------
// The evaluator's word

/** Where the holder is deployed: concrete probe ARNs use its partition, region and account. */
export type Place = Pick<EnvironmentState, 'partition' | 'region' | 'account'>

const PROBE = 'rolegate-probe'
const NO_CONTEXT = requestContext([])

/**
 * Before a finding is dropped, the evaluator must agree on concrete requests inside the grant:
 * every probe is denied, with no request context, by one of the Denies (statementApplies, the
 * matching `rolegate can` and evaluateRequest use). The pattern reasoning decides for whole sets,
 * which no finite set of probes can; the probes keep it from claiming anything `can` would answer
 * differently (e.g. through the evaluator's segment-aware ARN matching). No probe, no removal.
 */
function confirmedByEvaluator(
  denies: readonly DenyStatement[],
  actions: readonly string[],
  resources: readonly string[]
): boolean {
  if (actions.length === 0 || resources.length === 0) return false
  return actions.every(action =>
    resources.every(resource =>
      denies.some(deny => statementApplies(deny.facts.statement, { action, resource, context: NO_CONTEXT }))
    )
  )
}

/** A concrete ARN inside a pattern: each `*` a probe name, each `?` an `x`. */
function instantiate(pattern: string): string {
  return pattern.replace(/\*/g, PROBE).replace(/\?/g, 'x')
}

/** A concrete ARN of a resource type: the place's partition, region and account, probe names. */
function concreteType(arnPattern: string, place: Place): string {
  return arnPattern.replace(/\$\{([^}]*)\}/g, (_, name: string) => {
    const key = name.toLowerCase()
    return key === 'partition'
      ? place.partition
      : key === 'region'
        ? place.region
        : key === 'account'
          ? place.account
          : PROBE
  })
}

function inGrant(resource: string, grant: ResourceGrant): boolean {
  const matches = (pattern: string): boolean =>
    pattern === '*' || arnPatternMatch({ text: pattern }, resource)
  return grant.kind === 'resources' ? grant.patterns.some(matches) : !grant.patterns.some(matches)
}

/**
 * Concrete resources of the grant for the action: one per resource type (`*` for an action that
 * takes none), one inside each ARN pattern of the grant, one inside each resource a Deny's
 * NotResource spares; only those the grant includes.
 */
function probeResources(
  action: string,
  grant: ResourceGrant,
  sparing: readonly DenyStatement[],
  place: Place
): string[] {
  const info = lookupAction(action)
  const candidates: string[] = info
    ? info.resourceTypes.length === 0
      ? ['*']
      : info.resourceTypes.map(type => concreteType(type.arnPattern, place))
    : [`arn:${place.partition}:${action.split(':')[0]}:${place.region}:${place.account}:${PROBE}`]
  if (grant.kind === 'resources')
    for (const pattern of grant.patterns)
      if (pattern !== '*' && !pattern.includes('${')) candidates.push(instantiate(pattern))
  for (const deny of sparing)
    for (const item of deny.facts.NotResource)
      if (!item.value.includes('${') && namesResourceOf(item.value, action, place.partition))
        candidates.push(instantiate(item.value))
  return [...new Set(candidates)].filter(resource => inGrant(resource, grant))
}

/** A few known actions of a pattern (first, middle, last) to ask the evaluator about. */
function sampleActions(pattern: string): string[] {
  const actions = expandActionPattern(pattern)
  if (actions.length === 0) return []
  return [...new Set([actions[0], actions[actions.length >> 1], actions[actions.length - 1]])]
}

/** Concrete resources of a grant, whatever the action: `*`, a probe ARN, one inside each pattern. */
function grantProbes(grant: ResourceGrant, place: Place): string[] {
  const candidates = ['*', `arn:${place.partition}:${PROBE}:${place.region}:${place.account}:${PROBE}`]
  if (grant.kind === 'resources')
    for (const pattern of grant.patterns)
      if (pattern !== '*' && !pattern.includes('${')) candidates.push(instantiate(pattern))
  return candidates.filter(resource => inGrant(resource, grant))
}

// ---------------------------------------------------------------------------------------------
// Messages

/** `inline policy Guard statement 0 and managed policy x statement "S"` */
function wheres(denies: readonly DenyStatement[]): string {
  const byPolicy = new Map<string, string[]>()
  for (const deny of denies) {
    const statements = byPolicy.get(deny.policy) ?? []
    if (!statements.includes(deny.statement)) statements.push(deny.statement)
    byPolicy.set(deny.policy, statements)
  }
  return summarize(
    [...byPolicy].map(
      ([policy, statements]) =>
        `${policy} ${statements.length === 1 ? 'statement' : 'statements'} ${summarize(statements, 2)}`
    ),
    2
  )
}

/**
 * How a finding says what the Denies left of one action, or '' when they changed nothing:
 * ` only on arn:…role/sandbox/* (a Deny in inline policy Guard statement 0 takes away the rest)`.
 */
export function reachScope(reach: ActionReach): string {
  if (reach.by.length === 0) return ''
  if (reach.only)
    return `only on ${summarize(reach.only, 2)} (the Deny in ${wheres(reach.by)} takes away the rest)`
  if (reach.except.length > 0)
    return `on every resource except ${summarize(reach.except, 2)} (denied in ${wheres(reach.by)})`
  return ''
}

/**
 * `; the Deny in X takes it away only when its condition on aws:SourceIp holds` (`takes part of it
 * away` when, condition aside, it would not take all of it), or '' when there is none.
 */
export function conditionalNote(conditional: readonly ConditionalDeny[]): string {
  if (conditional.length === 0) return ''
  const denies = conditional.map(item => item.deny)
  const keys = [...new Set(denies.flatMap(deny => deny.conditionKeys))]
  const whole = conditional.every(item => item.whole)
  const several = new Set(denies.map(deny => deny.where)).size > 1
  const takes = `${several ? 'take' : 'takes'} ${whole ? 'it' : 'part of it'} away`
  const when =
    keys.length === 0
      ? 'only for the resources ' + (several ? 'their' : 'its') + ' policy variables name in a request'
      : several
        ? `only under their conditions (on ${summarize(keys)})`
        : `only when its condition on ${summarize(keys)} holds`
  return `; the ${several ? 'Denies' : 'Deny'} in ${wheres(denies)} ${takes} ${when}`
}

/** `; the Deny in X takes away iam:* on every resource except arn:…` for an Action pattern, or ''. */
export function patternNote(reach: PatternReach): string {
  const parts = reach.partial.map(({ deny, what }) => `the Deny in ${deny.where} takes away ${what}`)
  return (parts.length > 0 ? `; ${parts.join('; ')}` : '') + conditionalNote(reach.conditional)
}
