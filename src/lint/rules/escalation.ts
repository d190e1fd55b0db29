/**
 * Role-wide least-privilege rules: `privilege-escalation` (a path of src/policy/escalation.ts whose
 * actions the role's policies allow together, on every resource or on the role's own role and
 * policies, under no condition that limits the targets) and `admin-managed-policy` (an
 * administrator-level AWS managed policy is attached).
 *
 * A role's permissions are the union of its inline policies and its attached policies (repo
 * defined kind: ManagedPolicy by ARN, AWS managed from the bundled data), so a path split across
 * two policies is still found. Unconditional Deny statements remove an action where they cover
 * every resource it acts on (every region and account), and a permissions boundary whose document
 * is known limits them, as IAM's evaluation does; an unknown attached policy or boundary is
 * ignored, which can only miss a path, never invent one.
 *
 * Conditions are judged key by key against src/policy/escalation-conditions.ts: a key that limits
 * the targets (iam:PermissionsBoundary naming a policy, AWS managed or defined in the repository,
 * that is not administrator-level and opens no path itself, a resource tag, iam:PassedToService
 * naming another service) keeps the statement from opening a path; one
 * that does not (aws:RequestedRegion, aws:TokenIssueTime), or that the table does not list, leaves
 * it open, and the finding names it. Run Command and Session Manager
 * need a target and a document, possibly from different statements (SSM_DOCUMENT_ACTIONS).
 *
 * Each kind: ManagedPolicy is also judged on its own (it escalates wherever it is attached), and
 * a path it opens alone is reported there, at the statement, not again on every role attaching
 * it. Paths opened by one statement or one attached policy form one finding that lists them all.
 */
import type { PolicyDocument, PolicyStatement } from '../../model/policy.js'
import { positionAt } from '../../model/source.js'
import type { ManagedPolicyState, RoleState } from '../../model/state.js'
import {
  ESCALATION_PATHS,
  isShellDocumentPattern,
  minimalPaths,
  SSM_DOCUMENT_ACTIONS,
  type EscalationPath
} from '../../policy/escalation.js'
import { escalationConditionKey } from '../../policy/escalation-conditions.js'
import {
  awsManagedPolicy,
  awsManagedPolicyArns,
  conditionKeyAppliesTo,
  expandActionPattern,
  hasWildcard,
  isAwsManagedPolicyArn,
  parseArn,
  parseConditionOperator,
  wildcardCovers,
  wildcardMatch
} from '../../policy/index.js'
import { closingBrace, hasVariable } from '../../policy/evaluate/variables.js'
import { boundedMemo } from '../../util/bounded-memo.js'
import { managedPolicySubject, perRun } from '../subjects.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import {
  actionList,
  attachmentLocation,
  conditionEntries,
  deniesEverywhere,
  statementFactsOf,
  isAllow,
  isConditional,
  isPositiveMatch,
  isUnconstrainedResource,
  notActionList,
  statementsOfSubject,
  type ConditionItem,
  type HolderPlace,
  type StatementFacts,
  type Path,
  type StatementContext
} from './policy-common.js'

/** Lower-case action -> canonical spelling, for every action some escalation path needs. */
const RELEVANT = new Map(
  ESCALATION_PATHS.flatMap(path => path.actions.map(action => [action.toLowerCase(), action]))
)

/**
 * Actions whose path also opens when the resource names the holder itself: a policy attached to
 * it (a new default version of its own policy) or its own role (an inline policy or attachment
 * on itself). iam-vulnerable's fn2: `iam:CreatePolicyVersion` on `policy/fn2-*`, the policy's
 * own name.
 */
const SELF_TARGETS: ReadonlyMap<string, 'policy' | 'role'> = new Map([
  ['iam:createpolicyversion', 'policy'],
  ['iam:setdefaultpolicyversion', 'policy'],
  ['iam:putrolepolicy', 'role'],
  ['iam:attachrolepolicy', 'role']
])

/** The escalation-relevant actions (canonical) a pattern matches; `*` is expanded once, then cached. */
function relevantFor(pattern: string): readonly string[] {
  return relevantCache(pattern.toLowerCase())
}

// Keyed by the lower-cased pattern: expandActionPattern() ignores case.
const relevantCache = boundedMemo(
  (pattern: string): readonly string[] =>
    expandActionPattern(pattern).filter(action => RELEVANT.has(action.toLowerCase())),
  10_000
)

/** Where an allowed action comes from: a statement of a repo document, or an attached policy. */
type Origin =
  | { kind: 'statement'; statement: StatementContext; path: Path }
  | { kind: 'attached'; name: string; aws: boolean; arn: string }

/** One statement's grant of one action. */
interface Grant {
  origin: Origin
  /** Condition keys of the statement that do not limit the targets, for the message. */
  loose: readonly string[]
  /** Condition keys the table does not list, which RoleGate does not count as limiting. */
  unknown: readonly string[]
  /** Limiting keys whose values do not limit: `iam:PolicyARN allows …AdministratorAccess, which …`. */
  broad: readonly string[]
  /** Value lists of iam:PassedToService entries (each must name a service of the path). */
  passedTo: readonly (readonly string[])[]
  /** The holder's own role or policy ARN, when the grant reaches only that. */
  self?: string
}

interface Grants {
  /** Lower-case action -> grants on every resource. */
  allowed: Map<string, Grant[]>
  /** Run Command / Session Manager: grants on every target, and grants of a shell document. */
  targets: Map<string, Grant[]>
  documents: Map<string, Grant[]>
  /** Self-target actions on named resources: the patterns, matched against the holder's ARNs. */
  scoped: Map<string, { grant: Grant; patterns: readonly string[] }[]>
  /**
   * Lower-case action -> the Resource values of the unconditional Deny statements naming it:
   * whether together they cover every resource depends on the holder's partition and account.
   */
  denied: Map<string, string[]>
}

const emptyGrants = (): Grants => ({
  allowed: new Map(),
  targets: new Map(),
  documents: new Map(),
  scoped: new Map(),
  denied: new Map()
})

function push<T>(map: Map<string, T[]>, key: string, ...values: T[]): void {
  const list = map.get(key)
  if (list) list.push(...values)
  else map.set(key, [...values])
}

const RELEVANT_ITEMS = Symbol('escalation-relevant actions')
const RELEVANT_REMAINING = Symbol('escalation-relevant actions not excluded')

/** The relevant actions of an Action list, each with the index of the item that names it. */
function relevantItems(values: readonly string[]): readonly { action: string; item: number }[] {
  return values.flatMap((value, item) => relevantFor(value).map(action => ({ action, item })))
}

/** The relevant actions a NotAction list leaves allowed. */
function relevantRemaining(values: readonly string[]): readonly string[] {
  return [...RELEVANT.values()].filter(
    action => !values.some(pattern => wildcardMatch(pattern, action, true))
  )
}

/** The relevant actions a statement names (or leaves, with NotAction), each with its path. */
function candidateActions(facts: StatementFacts): { action: string; path: Path }[] {
  const statement = facts.statement
  if (statement.Action !== undefined) {
    return actionList(facts)
      .derive(RELEVANT_ITEMS, relevantItems)
      .map(({ action, item }) => ({ action, path: facts.Action[item].path }))
  }
  if (statement.NotAction !== undefined) {
    return notActionList(facts)
      .derive(RELEVANT_REMAINING, relevantRemaining)
      .map(action => ({ action, path: ['NotAction'] }))
  }
  return []
}

/** Where a Run Command / Session Manager action reaches: every target, a shell document. */
function ssmReach(action: string, resources: readonly string[]): { target: boolean; document: boolean } {
  let target = false
  let document = false
  for (const value of resources) {
    if (value === '*') return { target: true, document: true }
    const arn = parseArn(value)
    if (arn?.service === 'ssm' && arn.resource.startsWith('document/')) {
      document ||= isShellDocumentPattern(arn.resource.slice('document/'.length))
    } else if (arn?.service !== 's3' && isUnconstrainedResource(action, value)) {
      target = true
    }
  }
  return { target, document }
}

/** What a statement's conditions do to escalation: close it, limit PassRole, or nothing. */
interface ConditionVerdict {
  closed: boolean
  loose: string[]
  unknown: string[]
  /**
   * Unlisted keys compared in a form that is false without the key: an action whose requests
   * never carry the key (a service key it does not declare, a misspelt key) is not allowed at all.
   */
  required: string[]
  broad: string[]
  passedTo: string[][]
}

/**
 * What conditions are judged against: a lint run, whose environment's kind: ManagedPolicy documents
 * iam:PolicyARN and iam:PermissionsBoundary may name; or no run, for AWS managed policies, judged
 * once for every environment. A verdict depends on it, so each scope keeps its own.
 */
interface Scope {
  context?: LintContext
  verdicts: WeakMap<StatementFacts, ConditionVerdict>
}

const AWS_SCOPE: Scope = { verdicts: new WeakMap() }

const newRunScope = (context: LintContext): Scope => ({ context, verdicts: new WeakMap() })

function runScope(context: LintContext): Scope {
  return perRun(context, newRunScope)
}

function conditionVerdict(facts: StatementFacts, scope: Scope): ConditionVerdict {
  let verdict = scope.verdicts.get(facts)
  if (!verdict) {
    verdict = { closed: false, loose: [], unknown: [], required: [], broad: [], passedTo: [] }
    for (const entry of conditionEntries(facts)) judge(entry, verdict, scope)
    scope.verdicts.set(facts, verdict)
  }
  return verdict
}

/** Resource-tag keys of any service: `aws:ResourceTag/…`, `ssm:resourceTag/…`, `ec2:ResourceTag/…`. */
const RESOURCE_TAG = /^[^:]+:resourcetag\//i
const CALLED_VIA = /^aws:calledvia(first|last)?$/i
/** Boolean keys that are true only for requests other than the holder's own calls to a path. */
const TRUE_ONLY = /^aws:(IsMcpServiceAction|PrincipalIsAWSService)$/i

/** An intermediary through which the caller decides what is called: it writes the template. */
const AUTHORING_SERVICES = ['cloudformation.amazonaws.com']

function loose(verdict: ConditionVerdict, key: string): void {
  if (!verdict.loose.includes(key)) verdict.loose.push(key)
}

function judge(entry: ConditionItem, verdict: ConditionVerdict, scope: Scope): void {
  const known = escalationConditionKey(entry.key)
  if (!known) {
    // A key the table does not list is not counted as limiting the targets: it may describe the
    // request or the caller, be absent from the role's own calls (where a negated, `…IfExists` or
    // `Null` comparison is true), or be misspelt. The finding names it (docs/rules.md).
    if (!verdict.unknown.includes(entry.key)) verdict.unknown.push(entry.key)
    if (falseWhenAbsent(entry) && !verdict.required.includes(entry.key)) verdict.required.push(entry.key)
    return
  }
  if (!known.mitigates) return loose(verdict, entry.key)
  const operator = parseConditionOperator(entry.operator)
  if (!operator || operator.negated || operator.qualifier === 'ForAllValues') return loose(verdict, entry.key)
  if (known.key === 'iam:PassedToService') {
    // The key is in every PassRole request, so `…IfExists` compares like the plain operator.
    if (isPositiveMatch({ ...entry, operator: operator.base })) verdict.passedTo.push(entry.values)
    else loose(verdict, entry.key)
    return
  }
  if (RESOURCE_TAG.test(entry.key)) {
    // The target must carry the tag: any value (`*`) or `Null: false` requires it as much as one value.
    const present =
      operator.base === 'Null'
        ? entry.values.length > 0 && entry.values.every(value => value.toLowerCase() === 'false')
        : !operator.ifExists &&
          ['StringEquals', 'StringEqualsIgnoreCase', 'StringLike'].includes(operator.base) &&
          entry.values.length > 0
    if (present) verdict.closed = true
    else loose(verdict, entry.key)
    return
  }
  if (TRUE_ONLY.test(entry.key)) {
    // Requiring true allows none of the holder's calls to a path; false or a missing key limits nothing.
    const requiresTrue =
      operator.base === 'Bool' &&
      !operator.ifExists &&
      entry.values.length > 0 &&
      entry.values.every(value => value.toLowerCase() === 'true')
    if (requiresTrue) verdict.closed = true
    else loose(verdict, entry.key)
    return
  }
  if (CALLED_VIA.test(entry.key)) {
    // Through a service that decides the call itself (mgn, drs, Cloud9), the caller chooses
    // nothing; through CloudFormation it writes the template, so the path stays open.
    const authoring = entry.values.some(value =>
      AUTHORING_SERVICES.some(service => wildcardMatch(value, service, true))
    )
    // A role's own calls carry no aws:CalledVia, so an `…IfExists` form is true for them.
    const positive = !operator.ifExists && isPositiveMatch({ ...entry, operator: operator.base })
    if (positive && !authoring) verdict.closed = true
    else loose(verdict, entry.key)
    return
  }
  if (!isPositiveMatch(entry)) return loose(verdict, entry.key)
  // One value that does not limit is enough: the comparison is true when any value matches.
  const broad = entry.values.map(value => broadValue(known.key, value, scope)).find(why => why !== undefined)
  if (broad === undefined) verdict.closed = true
  else if (!verdict.broad.includes(`${entry.key} ${broad}`)) verdict.broad.push(`${entry.key} ${broad}`)
}

/**
 * Is the entry false for a request without its key? Positive comparisons are (`ForAnyValue:`
 * included), and `Null: false`; negated operators, `…IfExists`, `ForAllValues:` and `Null: true`
 * are true then.
 */
function falseWhenAbsent(entry: ConditionItem): boolean {
  const operator = parseConditionOperator(entry.operator)
  if (!operator || operator.negated || operator.ifExists || operator.qualifier === 'ForAllValues')
    return false
  if (operator.base === 'Null')
    return entry.values.length > 0 && entry.values.every(value => value.toLowerCase() === 'false')
  return true
}

/** Keys whose values are managed policy ARNs: the policy attached, or the boundary required. */
const POLICY_KEYS = new Set(['iam:PolicyARN', 'iam:PermissionsBoundary'])

/** Keys whose values are ARNs of the resources the action may use: roles, instance profiles, resources a role is passed for. */
const ARN_KEYS = new Set(['ec2:InstanceProfile', 'cloudformation:RoleArn', 'iam:AssociatedResourceArn'])

/**
 * Why a value of a limiting key limits nothing, as `allows <value>, which …`; undefined when it
 * limits. iam:PolicyARN and iam:PermissionsBoundary limit only when they name policies that are
 * neither administrator-level nor themselves open a path (a role that may attach
 * AdministratorAccess to itself, or must carry it as its boundary, is capped by nothing), AWS
 * managed or defined in the repository; the ARN keys, when they name something narrower than every
 * resource of the type.
 */
function broadValue(key: string, value: string, scope: Scope): string | undefined {
  if (POLICY_KEYS.has(key)) return broadPolicy(value, scope)
  if (ARN_KEYS.has(key) && namesEvery(value)) return `allows ${value}, which names every resource of its type`
  return undefined
}

/**
 * Does a value name every resource of its type in its account (`arn:aws:iam::111111111111:role/*`,
 * `...:instance-profile/*`)? Also true for a wildcard that is not an ARN (`?*`): it may match any.
 */
function namesEvery(value: string): boolean {
  if (!hasWildcard(value)) return false
  const arn = parseArn(value)
  const type = arn && /^[A-Za-z0-9_.-]+/.exec(arn.resource)?.[0]
  if (!arn || !type) return true
  const whole = `arn:${arn.partition}:${arn.service}:${arn.region}:${arn.account}:${type}`
  return wildcardCovers(value, `${whole}/*`, true) || wildcardCovers(value, `${whole}:*`, true)
}

/**
 * Why a policy ARN or ARN pattern names a policy that limits nothing: an AWS managed one (the
 * bundled data) or one of the run's kind: ManagedPolicy documents that is administrator-level or
 * opens a path itself, or every policy. A policy whose document RoleGate does not have (a customer
 * policy the repository does not define, an AWS managed policy newer than the data) is not judged:
 * its name is taken as limiting, as an unknown attached policy or boundary is ignored.
 */
function broadPolicy(written: string, scope: Scope): string | undefined {
  const value = withVariablesResolved(written, scope.context?.environment.account)
  if (!hasWildcard(value) && !/:policy\//i.test(value)) return undefined // names no policy: matches nothing
  // AWS managed policies are the same in every partition; the bundled data is in `aws`.
  const arn = parseArn(value)
  const pattern = arn ? `arn:aws:${arn.service}:${arn.region}:${arn.account}:${arn.resource}` : value
  const named = (name: string): string =>
    hasWildcard(value) ? `${value}, which matches ${name},` : `${name},`
  for (const [name, why] of ADMIN_MANAGED_POLICIES) {
    if (wildcardMatch(pattern, `arn:aws:iam::aws:policy/${name}`, true))
      return `allows ${named(name)} which ${why}`
  }
  for (const candidate of awsManagedPolicyArns()) {
    if (!wildcardMatch(pattern, candidate, true)) continue
    const why = awsManagedEscalation(candidate)
    if (why === undefined) continue
    return `allows ${named(candidate.slice(candidate.lastIndexOf('/') + 1))} which ${why}`
  }
  // A pattern that matches every policy of an account (`policy/*`, `?*`) names none in particular.
  const every = arn ? wildcardCovers(value, `arn:${arn.partition}:iam::${arn.account}:policy/*`, true) : true
  if (every) return `allows ${value}, which matches every policy`
  // The repository's own policies, as this environment renders them (AWS managed ones name none).
  const context = scope.context
  if (!context) return undefined
  for (const policy of context.environment.managedPolicies) {
    if (!wildcardMatch(value, policy.arn, true)) continue
    const why = definedEscalation(policy, context)
    if (why !== undefined) return `allows ${named(policy.name)} which ${why}`
  }
  return undefined
}

/**
 * A condition value as IAM matches it: a policy variable takes the request's value, so
 * `${aws:PrincipalAccount}` is the environment's account and any other variable may be anything
 * (`*`); `${*}`, `${?}` and `${$}` are those characters.
 */
function withVariablesResolved(value: string, account: string | undefined): string {
  if (!hasVariable(value)) return value
  let out = ''
  let at = 0
  for (let start = value.indexOf('${'); start >= 0; start = value.indexOf('${', at)) {
    const end = closingBrace(value, start + 2)
    if (end < 0) break // no closing brace: the rest is text
    // The name without a default (`${aws:username, 'x'}`); a default does not narrow "any value".
    const name = value
      .slice(start + 2, end)
      .split(',')[0]
      .trim()
    out +=
      value.slice(at, start) +
      (['*', '?', '$'].includes(name)
        ? name
        : name.toLowerCase() === 'aws:principalaccount' && account
          ? account
          : '*')
    at = end + 1
  }
  return out + value.slice(at)
}

/** Policies judged on their own, by ARN (null: opens no path), and those being judged now. */
interface OwnEscalations {
  verdicts: Map<string, string | null>
  judging: Set<string>
}

const newOwnEscalations = (): OwnEscalations => ({ verdicts: new Map(), judging: new Set() })

/**
 * Why a policy escalates on its own (as a policy attached to a role, or a boundary): `judge()`
 * once per ARN. A policy met again while it is being judged (a condition in its own statements
 * names it, or names a policy whose conditions name it) counts as escalating: the answer that
 * cannot hide a path.
 */
function ownEscalation(
  memo: OwnEscalations,
  arn: string,
  judge: () => string | undefined
): string | undefined {
  const cached = memo.verdicts.get(arn)
  if (cached !== undefined) return cached ?? undefined
  if (memo.judging.has(arn)) return 'RoleGate cannot judge from within its own conditions'
  memo.judging.add(arn)
  try {
    const why = judge()
    memo.verdicts.set(arn, why ?? null)
    return why
  } finally {
    memo.judging.delete(arn)
  }
}

/** `opens privilege escalation "…" on its own`: the first path grants open by themselves, or undefined. */
function firstPath(grants: Grants | undefined, self: SelfArns): string | undefined {
  const open = grants ? openPaths(effectiveGrants(grants, self)) : []
  return open.length > 0 ? `opens privilege escalation "${open[0].path.id}" on its own` : undefined
}

/** AWS managed policies are the same for every environment: judged once. */
const awsEscalations = newOwnEscalations()

function awsManagedEscalation(arn: string): string | undefined {
  return ownEscalation(awsEscalations, arn, () =>
    firstPath(awsManagedGrants(arn), { policies: [], place: AWS_PLACE })
  )
}

/**
 * Why a kind: ManagedPolicy of the run escalates on its own, judged as the rule judges it (the
 * policy itself a target of its own iam:CreatePolicyVersion): `allows every action on every
 * resource` when it does, else the first path it opens.
 */
function definedEscalation(policy: ManagedPolicyState, context: LintContext): string | undefined {
  return ownEscalation(perRun(context, newOwnEscalations), policy.arn, () => {
    const self = { policies: [policy.arn], place: environmentPlace(context) }
    const why = firstPath(attachedGrants(policy.arn, context), self)
    return why !== undefined && allowsEverything(policy, context)
      ? 'allows every action on every resource'
      : why
  })
}

/**
 * Does a kind: ManagedPolicy allow every action on every resource: an unconditional Allow of `*`
 * on `*`, and no Deny that could take any of it away.
 */
function allowsEverything(policy: ManagedPolicyState, context: LintContext): boolean {
  const statements = statementsOfSubject(managedPolicySubject(policy), context)
  return (
    statements.every(({ ref }) => isAllow(ref.statement)) &&
    statements.some(
      ({ facts }) =>
        !isConditional(facts) &&
        facts.Action.some(item => item.value === '*' || item.value === '*:*') &&
        facts.Resource.some(item => item.value === '*')
    )
  )
}

/** AWS managed policies are judged for no account in particular. */
const AWS_PLACE: HolderPlace = { partition: 'aws' }

function addStatement(
  grants: Grants,
  facts: StatementFacts,
  scope: Scope,
  origin: (path: Path) => Origin
): void {
  const statement = facts.statement
  const verdict = conditionVerdict(facts, scope)
  const conditional =
    verdict.closed ||
    verdict.loose.length > 0 ||
    verdict.unknown.length > 0 ||
    verdict.broad.length > 0 ||
    verdict.passedTo.length > 0
  // A conditional Deny may not apply: not relying on it errs towards reporting.
  if (statement.Effect === 'Deny' && conditional) return
  if (statement.Effect === 'Allow' && verdict.closed) return
  const allow = statement.Effect === 'Allow'
  const resources = facts.Resource.map(item => item.value)
  for (const { action, path } of candidateActions(facts)) {
    const lower = action.toLowerCase()
    // A condition on a key the action's requests never carry is false: the statement allows nothing.
    if (allow && verdict.required.some(key => !conditionKeyAppliesTo(key, action))) continue
    const grant = (): Grant => ({
      origin: origin(path),
      loose: verdict.loose,
      unknown: verdict.unknown,
      broad: verdict.broad,
      passedTo: verdict.passedTo
    })
    if (statement.Resource === undefined) {
      // NotResource allows all but a few resources; a Deny with NotResource spares those few.
      if (statement.NotResource === undefined) continue
      if (allow) push(grants.allowed, lower, grant())
      continue
    }
    if (!allow) {
      // Whether the Deny covers every resource is known only with the holder's account.
      push(grants.denied, lower, ...resources)
      continue
    }
    if (SSM_DOCUMENT_ACTIONS.has(lower)) {
      const reach = ssmReach(action, resources)
      if (reach.target) push(grants.targets, lower, grant())
      if (reach.document) push(grants.documents, lower, grant())
      continue
    }
    if (facts.Resource.some(item => isUnconstrainedResource(action, item.value))) {
      push(grants.allowed, lower, grant())
    } else if (SELF_TARGETS.has(lower)) {
      const list = grants.scoped.get(lower) ?? []
      list.push({ grant: grant(), patterns: resources })
      grants.scoped.set(lower, list)
    }
  }
}

function statementsOf(document: PolicyDocument | undefined): PolicyStatement[] {
  const raw: unknown = document?.Statement
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]
  return list.filter(
    (item): item is PolicyStatement => item !== null && typeof item === 'object' && !Array.isArray(item)
  )
}

const awsGrants = new Map<string, Grants | null>()

/** Grants of an AWS managed policy: the same for every role, so computed once per ARN. */
function awsManagedGrants(arn: string): Grants | undefined {
  const cached = awsGrants.get(arn)
  if (cached !== undefined) return cached ?? undefined
  const policy = awsManagedPolicy(arn)
  let grants: Grants | null = null
  if (policy) {
    grants = emptyGrants()
    const origin: Origin = { kind: 'attached', name: policy.name, aws: true, arn }
    for (const statement of statementsOf(policy.document))
      addStatement(grants, statementFactsOf(statement), AWS_SCOPE, () => origin)
  }
  awsGrants.set(arn, grants)
  return grants ?? undefined
}

/** Grants of an attached (or boundary) policy: a repo-defined one of this environment, or AWS managed. */
function attachedGrants(arn: string, context: LintContext): Grants | undefined {
  // A repo-defined policy is attached to many roles: its grants are worked out once per run.
  const defined = perRun(context, definedGrants)
  if (!defined.has(arn)) defined.set(arn, readDefinedGrants(arn, context))
  const grants = defined.get(arn)
  if (grants) return grants
  return isAwsManagedPolicyArn(arn) ? awsManagedGrants(arn) : undefined
}

const definedGrants = (): Map<string, Grants | undefined> => new Map()

function readDefinedGrants(arn: string, context: LintContext): Grants | undefined {
  const defined = context.environment.managedPolicies.find(policy => policy.arn === arn)
  if (!defined) return undefined
  const grants = emptyGrants()
  const origin: Origin = { kind: 'attached', name: defined.logicalName ?? defined.name, aws: false, arn }
  for (const statement of statementsOfSubject(managedPolicySubject(defined), context))
    addStatement(grants, statement.facts, runScope(context), () => origin)
  return grants
}

/** Adds every grant of `from` to `into`: a role holds the union of its policies. */
function merge(into: Grants, from: Grants): void {
  for (const key of ['allowed', 'targets', 'documents'] as const)
    for (const [action, list] of from[key]) for (const grant of list) push(into[key], action, grant)
  for (const [action, list] of from.scoped)
    into.scoped.set(action, [...(into.scoped.get(action) ?? []), ...list])
  for (const [action, resources] of from.denied) push(into.denied, action, ...resources)
}

/** The holder's own ARNs a self-target action may name: its role, the policies attached to it. */
interface SelfArns {
  role?: string
  policies: readonly string[]
  /** Its partition and account, for what a Deny covers. */
  place: HolderPlace
}

/**
 * Lower-case action -> the grants that allow it where a path needs it: on every resource, a
 * Run Command / Session Manager action on every target with a shell document, a self-target
 * action on the holder itself; less what an unconditional Deny removes everywhere (a Deny of one
 * region, one account or one resource type of several leaves the action open elsewhere).
 */
function effectiveGrants(grants: Grants, self: SelfArns): Map<string, Grant[]> {
  const effective = new Map<string, Grant[]>()
  for (const [action, list] of grants.allowed) effective.set(action, [...list])
  for (const [action, targets] of grants.targets) {
    const checked = SSM_DOCUMENT_ACTIONS.get(action)?.documentChecked ?? true
    if (!checked || grants.documents.has(action)) for (const grant of targets) push(effective, action, grant)
  }
  for (const [action, list] of grants.scoped) {
    const arns = SELF_TARGETS.get(action) === 'role' ? (self.role ? [self.role] : []) : self.policies
    for (const { grant, patterns } of list) {
      const arn = arns.find(candidate => patterns.some(pattern => wildcardMatch(pattern, candidate, false)))
      if (arn) push(effective, action, { ...grant, self: arn })
    }
  }
  for (const [action, resources] of grants.denied)
    if (effective.has(action) && deniesEverywhere(action, resources, self.place)) effective.delete(action)
  return effective
}

function environmentPlace({ environment }: LintContext): HolderPlace {
  return { partition: environment.partition, account: environment.account }
}

function roleGrants(role: RoleState, context: LintContext): Map<string, Grant[]> {
  const grants = emptyGrants()
  for (const [name, document] of Object.entries(role.inlinePolicies)) {
    const subject = {
      kind: 'identity' as const,
      document,
      policyName: name,
      owner: role,
      ownerKind: 'role' as const
    }
    for (const statement of statementsOfSubject(subject, context)) {
      addStatement(grants, statement.facts, runScope(context), path => ({
        kind: 'statement',
        statement,
        path
      }))
    }
  }
  for (const arn of role.managedPolicyArns) {
    const attached = attachedGrants(arn, context)
    if (attached) merge(grants, attached)
  }
  const place = environmentPlace(context)
  const self: SelfArns = {
    role: role.arn,
    // AWS managed policies cannot be given a new version by anyone but AWS.
    policies: role.managedPolicyArns.filter(arn => !isAwsManagedPolicyArn(arn)),
    place
  }
  const effective = effectiveGrants(grants, self)
  if (role.permissionsBoundary) {
    const boundary = attachedGrants(role.permissionsBoundary, context)
    if (boundary) {
      const within = effectiveGrants(boundary, { policies: [], place })
      for (const action of [...effective.keys()]) if (!within.has(action)) effective.delete(action)
    }
  }
  return effective
}

/** A path some grants open together: the grant used for each of its actions, in order. */
interface OpenPath {
  path: EscalationPath
  grants: readonly Grant[]
}

/** Does a grant allow the action for this path? iam:PassRole only to the path's services. */
function servesPath(grant: Grant, path: EscalationPath): boolean {
  if (grant.passedTo.length === 0) return true
  const services = path.passedTo ?? []
  return grant.passedTo.every(values =>
    values.some(pattern => services.some(service => wildcardMatch(pattern, service, true)))
  )
}

function openPaths(effective: Map<string, Grant[]>): OpenPath[] {
  if (effective.size === 0) return []
  const open: OpenPath[] = []
  for (const path of ESCALATION_PATHS) {
    const grants: Grant[] = []
    for (const action of path.actions) {
      const found = effective.get(action.toLowerCase())?.find(grant => servesPath(grant, path))
      if (!found) break
      grants.push(found)
    }
    if (grants.length === path.actions.length) open.push({ path, grants })
  }
  const minimal = new Set(minimalPaths(open.map(item => item.path)))
  return open.filter(item => minimal.has(item.path))
}

function describeOrigin(origin: Origin): string {
  if (origin.kind === 'attached')
    return origin.aws ? `AWS managed policy ${origin.name}` : `managed policy ${origin.name}`
  const { statement } = origin
  const where =
    statement.subject.ownerKind === 'role'
      ? `inline policy ${statement.subject.policyName}`
      : `managed policy ${statement.subject.policyName}`
  return `${where} ${statement.name}`
}

/** Whose permissions are judged: a role (all its policies) or one managed policy on its own. */
interface Holder {
  /** `role task-role` or `managed policy sandbox-admin`, for messages. */
  label: string
  logicalName?: string
  /** Set for roles: where findings from attached policies point. */
  role?: RoleState
}

/** What the grants' conditions fail to limit, one note each: keys that limit no target, values that limit nothing, keys RoleGate does not know. */
function conditionNotes(grants: readonly Grant[]): string[] {
  const loose = [...new Set(grants.flatMap(grant => grant.loose))]
  const unknown = [...new Set(grants.flatMap(grant => grant.unknown))]
  const broad = [...new Set(grants.flatMap(grant => grant.broad))]
  const notes: string[] = []
  if (loose.length > 0)
    notes.push(
      `its condition${loose.length > 1 ? 's' : ''} on ${loose.join(', ')} limit${loose.length > 1 ? '' : 's'} no target`
    )
  for (const item of broad) notes.push(`its condition on ${item}`)
  if (unknown.length > 0)
    notes.push(
      `RoleGate does not count its condition${unknown.length > 1 ? 's' : ''} on ${unknown.join(', ')} as limiting the targets`
    )
  return notes
}

/** `allowed on every resource without a condition`, or what the grants are really limited by. */
function reach(grants: readonly Grant[], path: EscalationPath): string {
  const self = [...new Set(grants.flatMap(grant => (grant.self ? [grant.self] : [])))]
  const where = self.length > 0 ? `allowed on its own ${self.join(' and ')}` : 'allowed on every resource'
  const notes = conditionNotes(grants)
  if (grants.some(grant => grant.passedTo.length > 0))
    notes.push(`iam:PassedToService allows ${(path.passedTo ?? []).join(', ')}, the service this path uses`)
  return notes.length > 0 ? `${where} (${notes.join('; ')})` : `${where} without a condition`
}

const FIX =
  'limit Resource to named ARNs, add a condition that limits the targets (docs/rules.md#privilege-escalation lists them), or remove one of the actions'

function sourceNames(path: EscalationPath): string {
  const refs = path.sources.map(source => (source.ref ? `${source.name} ${source.ref}` : source.name))
  return refs.slice(0, 2).join(', ')
}

function escalationHit(holder: Holder, open: OpenPath): RuleHit {
  const { path, grants } = open
  const origins = grants.map(grant => grant.origin)
  const described = origins.map(describeOrigin)
  const from =
    new Set(described).size === 1
      ? `${path.actions.length > 1 ? 'all from' : 'from'} ${described[0]}`
      : path.actions.map((action, i) => `${action} from ${described[i]}`).join(', ')
  const actions =
    path.actions.length === 1
      ? path.actions[0]
      : `${path.actions.slice(0, -1).join(', ')} and ${path.actions[path.actions.length - 1]}`
  const message = `${holder.label}: privilege escalation "${path.id}" (${sourceNames(path)}): ${actions}, ${reach(grants, path)}, let ${holder.role ? 'the role' : 'whoever has this policy'} ${path.description} (${from}); ${FIX}`
  const first = origins[0]
  if (first.kind === 'statement') {
    return {
      message,
      location: positionAt(first.statement.subject.document, [...first.statement.ref.path, ...first.path]),
      role: holder.logicalName,
      kind: holder.role ? 'role' : 'managed policy',
      policy: first.statement.subject.policyName,
      statement: first.statement.ref.id
    }
  }
  return {
    message,
    location: holder.role ? attachmentLocation(holder.role, first.arn) : undefined,
    role: holder.logicalName,
    kind: holder.role ? 'role' : 'managed policy',
    policy: first.name
  }
}

/** Identity of an origin: one statement of one document, or one attached policy. */
function originKey(origin: Origin): string {
  if (origin.kind === 'attached') return `attached\u0000${origin.name}`
  return `statement\u0000${origin.statement.subject.policyName}\u0000${origin.statement.ref.index}`
}

/** The single origin all of a path's grants come from, or undefined when they come from several. */
function soleOrigin(open: OpenPath): Origin | undefined {
  const keys = new Set(open.grants.map(grant => originKey(grant.origin)))
  return keys.size === 1 ? open.grants[0].origin : undefined
}

/**
 * Grants on every resource whose message does not depend on the path (no iam:PassedToService
 * note): several paths of one origin with the same condition notes share a line.
 */
const groupable = (open: OpenPath): boolean =>
  open.grants.every(grant => !grant.self && grant.passedTo.length === 0)

/**
 * Several paths opened by one statement or one attached policy (`Action: "*"`, AdministratorAccess
 * opens all of them) are one finding that lists every path: each is still reported, once, but a
 * reviewer sees one line to fix instead of dozens of identical annotations.
 */
function groupHit(holder: Holder, group: readonly OpenPath[]): RuleHit {
  const first = escalationHit(holder, group[0])
  const origin = group[0].grants[0].origin
  const ids = group.map(({ path }) => `"${path.id}" (${path.actions.join(' + ')})`)
  const notes = conditionNotes(group[0].grants)
  const limits = notes.length > 0 ? `(${notes.join('; ')})` : 'without a condition'
  return {
    ...first,
    message: `${holder.label}: ${group.length} privilege-escalation paths are allowed on every resource ${limits}, all from ${describeOrigin(origin)}: ${ids.join(', ')}; with any of them ${holder.role ? 'the role' : 'whoever has this policy'} can grant itself more access (sources of each path: docs/rules.md#privilege-escalation). Limit Resource to named ARNs, add conditions that limit the targets, or remove the actions`
  }
}

function* escalationHits(holder: Holder, paths: readonly OpenPath[]): Generator<RuleHit> {
  const byOrigin = new Map<string, OpenPath[]>()
  for (const open of paths) {
    const origin = soleOrigin(open)
    if (!origin || !groupable(open)) {
      yield escalationHit(holder, open)
      continue
    }
    // One origin is one statement or one attached policy: the same conditions for every path.
    push(byOrigin, `${originKey(origin)}\u0000${conditionNotes(open.grants).join('\u0000')}`, open)
  }
  for (const group of byOrigin.values()) {
    yield group.length === 1 ? escalationHit(holder, group[0]) : groupHit(holder, group)
  }
}

export const privilegeEscalation: Rule = {
  id: 'privilege-escalation',
  *check(context) {
    const environment = context.environment
    // Each kind: ManagedPolicy on its own, at the statement: it escalates wherever it is attached,
    // roles outside this repository included.
    for (const policy of environment.managedPolicies) {
      const subject = managedPolicySubject(policy)
      const grants = emptyGrants()
      for (const statement of statementsOfSubject(subject, context)) {
        addStatement(grants, statement.facts, runScope(context), path => ({
          kind: 'statement',
          statement,
          path
        }))
      }
      const holder: Holder = {
        label: `managed policy ${subject.policyName}`,
        logicalName: policy.logicalName
      }
      const self = { policies: [policy.arn], place: environmentPlace(context) }
      yield* escalationHits(holder, openPaths(effectiveGrants(grants, self)))
    }
    // Each role with everything attached to it. A path that one repo-defined managed policy opens
    // on its own was reported on that policy, at the statement, just above.
    for (const role of environment.roles) {
      const holder: Holder = {
        label: `role ${role.logicalName ?? role.name}`,
        logicalName: role.logicalName,
        role
      }
      const paths = openPaths(roleGrants(role, context)).filter(open => {
        const origin = soleOrigin(open)
        return !(origin?.kind === 'attached' && !origin.aws)
      })
      yield* escalationHits(holder, paths)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// admin-managed-policy

/** AWS managed policies that make a role an administrator, or able to become one. */
export const ADMIN_MANAGED_POLICIES: ReadonlyMap<string, string> = new Map([
  ['AdministratorAccess', 'allows every action on every resource'],
  [
    'PowerUserAccess',
    'allows every action outside IAM and Organizations: every secret, bucket and database, and running any code'
  ],
  ['IAMFullAccess', 'allows iam:*, with which the role can grant itself any permission'],
  [
    'AWSOrganizationsFullAccess',
    'allows organizations:*: service control policies, accounts and the organization itself'
  ]
])

export const adminManagedPolicy: Rule = {
  id: 'admin-managed-policy',
  *check({ environment }) {
    for (const role of environment.roles) {
      for (const arn of role.managedPolicyArns) {
        if (!isAwsManagedPolicyArn(arn)) continue
        const name = arn.slice(arn.lastIndexOf('/') + 1)
        const why = ADMIN_MANAGED_POLICIES.get(name)
        if (!why || !/:policy\/[^/]+$/.test(arn)) continue
        yield {
          message: `role ${role.logicalName ?? role.name} attaches the AWS managed policy ${name}, which ${why}; attach (or write) a policy with only the actions the role needs`,
          location: attachmentLocation(role, arn),
          role: role.logicalName,
          kind: 'role',
          policy: name
        }
      }
    }
  }
}
