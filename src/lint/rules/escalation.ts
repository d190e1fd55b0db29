/**
 * Role-wide least-privilege rules: `privilege-escalation` (a path of src/policy/escalation.ts whose
 * actions the role's policies allow together, on every resource and without condition) and
 * `admin-managed-policy` (an administrator-level AWS managed policy is attached).
 *
 * A role's permissions are the union of its inline policies and its attached policies (repo
 * defined kind: ManagedPolicy by ARN, AWS managed from the bundled data), so a path split across
 * two policies is still found. Unconditional Deny statements on every resource remove actions,
 * and a permissions boundary whose document is known limits them, as IAM's evaluation does;
 * an unknown attached policy or boundary is ignored, which can only miss a path, never invent one.
 *
 * Each kind: ManagedPolicy is also judged on its own (it escalates wherever it is attached), and
 * a path it opens alone is reported there, at the statement, not again on every role attaching
 * it. Paths opened by one statement or one attached policy form one finding that lists them all.
 */
import type { PolicyDocument, PolicyStatement } from '../../model/policy.js'
import { positionAt } from '../../model/source.js'
import type { RoleState } from '../../model/state.js'
import { ESCALATION_PATHS, escalationPathsIn, type EscalationPath } from '../../policy/escalation.js'
import {
  awsManagedPolicy,
  expandActionPattern,
  isAwsManagedPolicyArn,
  wildcardMatch
} from '../../policy/index.js'
import { managedPolicySubject, perRun } from '../subjects.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import {
  actionList,
  attachmentLocation,
  factsOf,
  isConditional,
  isUnconstrainedResource,
  notActionList,
  statementsOfSubject,
  type StatementFacts,
  type Path,
  type StatementContext
} from './policy-common.js'

/** Lower-case action -> canonical spelling, for every action some escalation path needs. */
const RELEVANT = new Map(
  ESCALATION_PATHS.flatMap(path => path.actions.map(action => [action.toLowerCase(), action]))
)

const relevantCache = new Map<string, readonly string[]>()

/** The escalation-relevant actions (canonical) a pattern matches; `*` is expanded once, then cached. */
function relevantFor(pattern: string): readonly string[] {
  const key = pattern.toLowerCase()
  let found = relevantCache.get(key)
  if (!found) {
    found = expandActionPattern(pattern).filter(action => RELEVANT.has(action.toLowerCase()))
    if (relevantCache.size >= 10_000) relevantCache.clear()
    relevantCache.set(key, found)
  }
  return found
}

/** Where an allowed action comes from: a statement of a repo document, or an attached policy. */
type Origin =
  | { kind: 'statement'; statement: StatementContext; path: Path }
  | { kind: 'attached'; name: string; aws: boolean; arn: string }

interface Grants {
  /** Lower-case action -> first origin found. */
  allowed: Map<string, Origin>
  /** Lower-case actions an unconditional Deny removes on every resource. */
  denied: Set<string>
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

/** The relevant actions a statement allows (or denies) on every resource, each with its path. */
function unconstrainedActions(facts: StatementFacts): { action: string; path: Path }[] {
  const found: { action: string; path: Path }[] = []
  const statement = facts.statement
  let candidates: { action: string; path: Path }[]
  if (statement.Action !== undefined) {
    const relevant = actionList(facts).derive(RELEVANT_ITEMS, relevantItems)
    if (relevant.length === 0) return found
    candidates = relevant.map(({ action, item }) => ({ action, path: facts.Action[item].path }))
  } else if (statement.NotAction !== undefined) {
    candidates = notActionList(facts)
      .derive(RELEVANT_REMAINING, relevantRemaining)
      .map(action => ({ action, path: ['NotAction'] }))
  } else {
    return found
  }
  for (const candidate of candidates) {
    const everywhere =
      statement.Resource === undefined
        ? // NotResource allows all but a few resources; a Deny with NotResource spares those few.
          statement.NotResource !== undefined && statement.Effect === 'Allow'
        : facts.Resource.some(item => isUnconstrainedResource(candidate.action, item.value))
    if (everywhere) found.push(candidate)
  }
  return found
}

function addStatement(grants: Grants, facts: StatementFacts, origin: (path: Path) => Origin): void {
  // A conditional statement may not apply; for Allow that means not counting it, for Deny not
  // relying on it. Both err towards reporting.
  if (isConditional(facts)) return
  const statement = facts.statement
  for (const { action, path } of unconstrainedActions(facts)) {
    const lower = action.toLowerCase()
    if (statement.Effect === 'Allow') {
      if (!grants.allowed.has(lower)) grants.allowed.set(lower, origin(path))
    } else if (statement.Effect === 'Deny') {
      grants.denied.add(lower)
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
    grants = { allowed: new Map(), denied: new Set() }
    const origin: Origin = { kind: 'attached', name: policy.name, aws: true, arn }
    for (const statement of statementsOf(policy.document))
      addStatement(grants, factsOf(statement), () => origin)
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
  const grants: Grants = { allowed: new Map(), denied: new Set() }
  const origin: Origin = { kind: 'attached', name: defined.logicalName ?? defined.name, aws: false, arn }
  for (const statement of statementsOfSubject(managedPolicySubject(defined), context))
    addStatement(grants, statement.facts, () => origin)
  return grants
}

function roleGrants(role: RoleState, context: LintContext): Grants {
  const grants: Grants = { allowed: new Map(), denied: new Set() }
  for (const [name, document] of Object.entries(role.inlinePolicies)) {
    const subject = {
      kind: 'identity' as const,
      document,
      policyName: name,
      owner: role,
      ownerKind: 'role' as const
    }
    for (const statement of statementsOfSubject(subject, context)) {
      addStatement(grants, statement.facts, path => ({ kind: 'statement', statement, path }))
    }
  }
  for (const arn of role.managedPolicyArns) {
    const attached = attachedGrants(arn, context)
    if (!attached) continue
    for (const [action, origin] of attached.allowed)
      if (!grants.allowed.has(action)) grants.allowed.set(action, origin)
    for (const action of attached.denied) grants.denied.add(action)
  }
  if (role.permissionsBoundary) {
    const boundary = attachedGrants(role.permissionsBoundary, context)
    if (boundary) {
      for (const action of [...grants.allowed.keys()]) {
        if (!boundary.allowed.has(action) || boundary.denied.has(action)) grants.allowed.delete(action)
      }
    }
  }
  for (const action of grants.denied) grants.allowed.delete(action)
  return grants
}

/** Drops a path when a shorter one found is a subset of it: the longer adds nothing to fix. */
function minimalPaths(paths: readonly EscalationPath[]): EscalationPath[] {
  const sets = paths.map(path => new Set(path.actions.map(action => action.toLowerCase())))
  return paths.filter(
    (path, i) =>
      !paths.some(
        (other, j) =>
          j !== i &&
          other.actions.length < path.actions.length &&
          other.actions.every(action => sets[i].has(action.toLowerCase()))
      )
  )
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

function escalationHit(holder: Holder, path: EscalationPath, grants: Grants): RuleHit {
  const origins = path.actions.map(action => grants.allowed.get(action.toLowerCase()) as Origin)
  const described = origins.map(describeOrigin)
  const from =
    new Set(described).size === 1
      ? `${path.actions.length > 1 ? 'all from' : 'from'} ${described[0]}`
      : path.actions.map((action, i) => `${action} from ${described[i]}`).join(', ')
  const actions =
    path.actions.length === 1
      ? path.actions[0]
      : `${path.actions.slice(0, -1).join(', ')} and ${path.actions[path.actions.length - 1]}`
  const message = `${holder.label}: privilege escalation "${path.id}" (${path.source}): ${actions}, allowed on every resource without a condition, let ${holder.role ? 'the role' : 'whoever has this policy'} ${path.description} (${from}); limit Resource to named ARNs, add a condition, or remove one of the actions`
  const first = origins[0]
  if (first.kind === 'statement') {
    return {
      message,
      location: positionAt(first.statement.subject.document, [...first.statement.ref.path, ...first.path]),
      role: holder.logicalName,
      policy: first.statement.subject.policyName,
      statement: first.statement.ref.id
    }
  }
  return {
    message,
    location: holder.role ? attachmentLocation(holder.role, first.arn) : undefined,
    role: holder.logicalName,
    policy: first.name
  }
}

function pathsIn(grants: Grants): EscalationPath[] {
  if (grants.allowed.size === 0) return []
  const allowed = new Set([...grants.allowed.keys()].map(action => RELEVANT.get(action) ?? action))
  return minimalPaths(escalationPathsIn(allowed))
}

/** Identity of an origin: one statement of one document, or one attached policy. */
function originKey(origin: Origin | undefined): string {
  if (!origin) return ''
  if (origin.kind === 'attached') return `attached\u0000${origin.name}`
  return `statement\u0000${origin.statement.subject.policyName}\u0000${origin.statement.ref.index}`
}

/** The single origin all of a path's actions come from, or undefined when they come from several. */
function soleOrigin(path: EscalationPath, grants: Grants): Origin | undefined {
  const origins = path.actions.map(action => grants.allowed.get(action.toLowerCase()))
  const keys = new Set(origins.map(originKey))
  return keys.size === 1 && !keys.has('') ? origins[0] : undefined
}

/**
 * Several paths opened by one statement or one attached policy (`Action: "*"`, AdministratorAccess
 * opens 28) are one finding that lists every path: each is still reported, once, but a reviewer
 * sees one line to fix instead of 28 identical annotations.
 */
function groupHit(holder: Holder, paths: readonly EscalationPath[], grants: Grants): RuleHit {
  const first = escalationHit(holder, paths[0], grants)
  const origin = grants.allowed.get(paths[0].actions[0].toLowerCase()) as Origin
  const sources = [...new Set(paths.map(path => path.source))].join(' and ')
  const ids = paths.map(path => `"${path.id}" (${path.actions.join(' + ')})`)
  return {
    ...first,
    message: `${holder.label}: ${paths.length} privilege-escalation paths (${sources}) are allowed on every resource without a condition, all from ${describeOrigin(origin)}: ${ids.join(', ')}; with any of them ${holder.role ? 'the role' : 'whoever has this policy'} can grant itself more access. Limit Resource to named ARNs, add conditions, or remove the actions`
  }
}

function* escalationHits(
  holder: Holder,
  paths: readonly EscalationPath[],
  grants: Grants
): Generator<RuleHit> {
  const byOrigin = new Map<string, EscalationPath[]>()
  for (const path of paths) {
    const origin = soleOrigin(path, grants)
    if (!origin) {
      yield escalationHit(holder, path, grants)
      continue
    }
    const key = originKey(origin)
    byOrigin.set(key, [...(byOrigin.get(key) ?? []), path])
  }
  for (const group of byOrigin.values()) {
    yield group.length === 1 ? escalationHit(holder, group[0], grants) : groupHit(holder, group, grants)
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
      const grants: Grants = { allowed: new Map(), denied: new Set() }
      for (const statement of statementsOfSubject(subject, context)) {
        addStatement(grants, statement.facts, path => ({ kind: 'statement', statement, path }))
      }
      for (const action of grants.denied) grants.allowed.delete(action)
      const holder: Holder = {
        label: `managed policy ${subject.policyName}`,
        logicalName: policy.logicalName
      }
      yield* escalationHits(holder, pathsIn(grants), grants)
    }
    // Each role with everything attached to it. A path that one repo-defined managed policy opens
    // on its own was reported on that policy, at the statement, just above.
    for (const role of environment.roles) {
      const grants = roleGrants(role, context)
      const holder: Holder = {
        label: `role ${role.logicalName ?? role.name}`,
        logicalName: role.logicalName,
        role
      }
      const paths = pathsIn(grants).filter(path => {
        const origin = soleOrigin(path, grants)
        return !(origin?.kind === 'attached' && !origin.aws)
      })
      yield* escalationHits(holder, paths, grants)
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
          policy: name
        }
      }
    }
  }
}
