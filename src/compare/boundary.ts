/**
 * The permissions boundary's part in a change. A role's effective access is what its identity
 * policies allow AND its boundary allows (AWS's policy evaluation logic), so:
 *
 * - an identity Allow the boundary provably allows none of is "blocked": shown, never counted as
 *   broadening (nor its removal as narrowing);
 * - a boundary change (added, removed, replaced, or its repository document edited) changes what
 *   the unchanged identity grants reach: those flips are the change's access delta. A grant
 *   counts as unchanged only when RoleGate can prove both boundaries allow it on the same
 *   resources (the statements that may touch it are the same, or both provably block it, or both
 *   surely allow all of it); reachable on provably fewer resources is a removal; anything else,
 *   more resources or not known, is an addition (broadening).
 *
 * "Provably" fails closed: a boundary Allow with a Condition may apply (conditions are not
 * solved), a pattern that may overlap the grant's resources may allow it, a Deny blocks only when
 * it is unconditional and covers every resource of the grant, and a boundary RoleGate cannot read
 * (not in the repository, not AWS managed) blocks nothing. The matching is the evaluator's: action
 * patterns as case-insensitive globs (NotAction: every action they do not match), resources with
 * the evaluator's segment-aware ARN matching (src/policy/evaluate/arn-match.ts, resourcePatternCovers)
 * where a "yes" blocks or proves a grant unchanged, plain glob overlap (a superset) where a "yes"
 * keeps access reachable, a `${...}` policy variable matching anything, a statement IAM would
 * reject applying to nothing.
 */
import { lookupAction } from '../policy/action-db.js'
import type { PermissionFact } from '../policy/normalize.js'
import { parseStatement, policyVariablesEnabled } from '../policy/evaluate/index.js'
import { arnMatchesResourceType, resourcePatternCovers, resourcesMayOverlap } from '../policy/arn.js'
import { canonicalJson } from '../policy/canonical-json.js'
import { conditionKey, literalText } from '../policy/conditions.js'
import { wildcardMatch } from '../policy/wildcard.js'
import { boundedMemo, type BoundedMemo } from '../util/bounded-memo.js'
import { asList, isDeny, statementsOf, type PolicyDocument, type PolicyStatement } from '../model/policy.js'
import type { RoleState } from '../model/state.js'
import { accessEntries, applies } from './access.js'
import type { AccessDelta, AccessEntry } from './model.js'

/** Resolves a boundary ARN to its document, as the evaluator's rolePolicies does. */
export interface DocumentResolver {
  boundary(arn: string): PolicyDocument | undefined
}

export interface Boundary {
  arn: string
  /** False: RoleGate cannot read the policy, so it blocks nothing. */
  readable: boolean
  /** Does the boundary provably allow the entry's action on none of its resources? */
  blocks(entry: Pick<AccessEntry, 'action' | 'resource'>): boolean
  /**
   * The boundary's statements that apply to an action and may name a resource of it (a Resource
   * ARN no resource type of the action matches is no resource of it, as access.ts applies() reads
   * identity grants), the same list object for actions with the same statements; a boundary that
   * blocks nothing (unreadable) answers one Allow of everything. Without it, a boundary change is
   * compared through blocks() alone.
   */
  statementsFor?(action: string): readonly BoundaryStatement[]
}

/** One boundary statement, as far as "could it apply?" needs it (conditions are not solved). */
export interface BoundaryStatement {
  effect: 'Allow' | 'Deny'
  /** Action patterns; with `notAction`, the statement applies to every action they do not match. */
  actions: string[]
  notAction: boolean
  resources: string[]
  notResource: boolean
  conditional: boolean
  /**
   * An unconditional Allow of a Resource list without policy variables: what it allows is its
   * patterns, compared by coverage when a boundary changes.
   */
  plain: boolean
  /** Everything but the actions, canonical: two statements with equal keys allow or deny alike. */
  key: string
}

/** One parse per boundary document: every role of an environment shares the boundary. */
const parsedBoundaries = new WeakMap<object, BoundaryStatement[]>()

function statementsOfBoundary(document: PolicyDocument): BoundaryStatement[] {
  const cached = parsedBoundaries.get(document)
  if (cached) return cached
  const statements: BoundaryStatement[] = []
  // Under another Version, `${...}` is text: written as IAM's `${$}{` escape in the key (normalize.ts).
  const literalVariables = !policyVariablesEnabled(document)
  for (const statement of statementsOf(document)) {
    // A statement IAM would reject never applies, for the evaluator as here.
    const parsed = parseStatement(statement)
    if (typeof parsed === 'string') continue
    const resources = asList(statement.Resource ?? statement.NotResource).map(String)
    const notResource = statement.Resource === undefined
    const conditional = parsed.conditions.length > 0
    const written = literalVariables ? resources.map(literalText) : resources
    statements.push({
      effect: parsed.effect,
      actions: asList(statement.Action ?? statement.NotAction).map(String),
      notAction: statement.Action === undefined,
      resources,
      notResource,
      conditional,
      plain: parsed.effect === 'Allow' && !notResource && !conditional && !written.some(hasVariable),
      key: canonicalJson([
        parsed.effect,
        notResource,
        [...new Set(written)].sort(),
        conditional ? conditionKey(statement.Condition, literalVariables) : ''
      ])
    })
  }
  parsedBoundaries.set(document, statements)
  return statements
}

/** IAM's action matching (case-insensitive globs), as the evaluator's statement matching. */
function actionApplies(statement: BoundaryStatement, action: string): boolean {
  const matched = statement.actions.some(pattern => wildcardMatch(pattern, action, true))
  return statement.notAction ? !matched : matched
}

/** A `${aws:username}`-style variable takes its value from the request: it may be anything. */
const hasVariable = (pattern: string) => pattern.includes('${')

/**
 * Does `pattern` match every resource `resource` stands for, under the evaluator's segment-aware
 * ARN matching (resourcePatternCovers)? Unknown counts as no, and so does a policy variable (the
 * boundary's and the grant's may differ in Version, so the same text may not mean the same).
 * A NotResource grant (`NOT a,b`) stands for nearly every resource: only `*` covers it.
 */
function surelyCovers(pattern: string, resource: string): boolean {
  if (resource.startsWith('NOT ')) return pattern === '*'
  if (resource === '' || hasVariable(pattern) || hasVariable(resource)) return false
  return resourcePatternCovers(pattern, resource)
}

/** May the statement's resource pattern `pattern` match some resource of the grant's `resource`? */
function touches(pattern: string, resource: string): boolean {
  return resource === '' || resource.startsWith('NOT ') || resourcesMayOverlap(pattern, resource)
}

/**
 * Might this boundary Allow statement allow the action on some resource of `resource`? A grant written
 * with NotResource (`NOT a,b`) stands for nearly every resource: any Allow of the action might.
 */
function mayAllow(statement: BoundaryStatement, resource: string): boolean {
  if (resource === '' || resource.startsWith('NOT ')) return true
  return statement.notResource
    ? !statement.resources.some(excluded => surelyCovers(excluded, resource))
    : statement.resources.some(pattern => resourcesMayOverlap(pattern, resource))
}

/** Does this unconditional boundary Deny statement deny the action on every resource of `resource`? */
function deniesAll(statement: BoundaryStatement, resource: string): boolean {
  if (resource === '') return false
  if (resource.startsWith('NOT ')) return !statement.notResource && statement.resources.includes('*')
  return statement.notResource
    ? !statement.resources.some(excluded => resourcesMayOverlap(excluded, resource))
    : statement.resources.some(pattern => surelyCovers(pattern, resource))
}

/** The role's boundary as the diff sees it; undefined when the role has none. */
export function boundaryOf(role: RoleState | undefined, policies: DocumentResolver): Boundary | undefined {
  const arn = role?.permissionsBoundary
  if (!arn) return undefined
  const document = policies.boundary(arn)
  return document
    ? readableBoundary(arn, document)
    : { arn, readable: false, blocks: () => false, statementsFor: () => NO_LIMIT }
}

/** What no boundary (or one that blocks nothing) allows: everything. One list, so comparisons memoize. */
const NO_LIMIT: readonly BoundaryStatement[] = [
  {
    effect: 'Allow',
    actions: ['*'],
    notAction: false,
    resources: ['*'],
    notResource: false,
    conditional: false,
    plain: true,
    key: canonicalJson(['Allow', false, ['*'], ''])
  }
]

const ALLOW_EVERYTHING: PolicyStatement = { Effect: 'Allow', Action: '*', Resource: '*' }

/**
 * What a role's own unconditional Deny statements take away: a Deny in an identity policy denies
 * as one in the boundary does, so they are read as a boundary that allows everything else, with
 * the same "provably" (a Deny with a Condition, on fewer resources, or with a policy variable
 * takes nothing away). Undefined when the documents hold no Deny.
 */
export function identityDenies(documents: readonly PolicyDocument[]): Boundary | undefined {
  // Only Deny statements can take anything away; Allow statements would only slow the matching.
  const denies = documents.flatMap(statementsOf).filter(isDeny)
  if (denies.length === 0) return undefined
  return readableBoundary('identity policies', {
    Version: '2012-10-17',
    Statement: [ALLOW_EVERYTHING, ...denies]
  })
}

/** Limits taken together: an entry any of them blocks is blocked. */
export function combinedLimits(...limits: readonly (Boundary | undefined)[]): Boundary {
  const present = limits.filter((limit): limit is Boundary => limit !== undefined)
  return {
    arn: present.map(limit => limit.arn).join(' + '),
    readable: present.some(limit => limit.readable),
    blocks: entry => present.some(limit => limit.blocks(entry))
  }
}

function readableBoundary(arn: string, document: PolicyDocument): Boundary {
  const statementsFor = applicableStatements(document)
  return {
    arn,
    readable: true,
    statementsFor: comparableStatements(document),
    blocks(entry) {
      // An action the database does not know is never blocked: the grant may be a typo of one
      // the boundary allows (fail closed; lint reports the unknown action).
      if (!lookupAction(entry.action)) return false
      const applicable = statementsFor(entry.action)
      const allowed = applicable.some(
        statement => statement.effect === 'Allow' && mayAllow(statement, entry.resource)
      )
      if (!allowed) return true
      return applicable.some(
        statement =>
          statement.effect === 'Deny' && !statement.conditional && deniesAll(statement, entry.resource)
      )
    }
  }
}

/**
 * The boundary statements that apply to an action, per document and action: every role of an
 * environment shares the boundary and both sides of a change ask about the same few hundred
 * actions, while matching each statement's patterns on every question was a fifth of a diff's
 * comparison time.
 */
const statementsByAction = new WeakMap<object, (action: string) => BoundaryStatement[]>()
const ACTIONS_PER_BOUNDARY = 20_000

function applicableStatements(document: PolicyDocument): (action: string) => BoundaryStatement[] {
  let lookup = statementsByAction.get(document)
  if (!lookup) {
    const statements = statementsOfBoundary(document)
    // Actions with the same statements share one list: comparisons of two boundaries are memoized
    // per pair of lists (the 180 actions of `s3:*` are one comparison per resource, not 180).
    const shared = new Map<string, BoundaryStatement[]>()
    lookup = boundedMemo((action: string) => {
      const list: BoundaryStatement[] = []
      const indices: number[] = []
      statements.forEach((statement, index) => {
        if (actionApplies(statement, action)) {
          list.push(statement)
          indices.push(index)
        }
      })
      const signature = indices.join(',')
      const known = shared.get(signature)
      if (known) return known
      if (shared.size < ACTIONS_PER_BOUNDARY) shared.set(signature, list)
      return list
    }, ACTIONS_PER_BOUNDARY)
    statementsByAction.set(document, lookup)
  }
  return lookup
}

/**
 * Statements as a boundary change compares them: applicableStatements without those whose every
 * Resource is an ARN no resource type of the action matches (bootstrap's Deny of everything on the
 * deployer roles takes nothing from `cloudwatch:PutMetricData`). Only for comparing: blocks()
 * keeps every applicable statement.
 */
const comparableByAction = new WeakMap<object, (action: string) => BoundaryStatement[]>()

function comparableStatements(document: PolicyDocument): (action: string) => BoundaryStatement[] {
  let lookup = comparableByAction.get(document)
  if (!lookup) {
    const applicable = applicableStatements(document)
    const shared = new Map<BoundaryStatement[], Map<string, BoundaryStatement[]>>()
    lookup = boundedMemo((action: string) => {
      const list = applicable(action)
      const types = lookupAction(action)?.resourceTypes
      if (!types) return list
      const kept = list.filter(statement => namesResourceOf(statement, types))
      if (kept.length === list.length) return list
      // Interned, as applicableStatements' lists: equal lists are one object for the comparison memo.
      let byKept = shared.get(list)
      if (!byKept) shared.set(list, (byKept = new Map()))
      const signature = kept.map(statement => list.indexOf(statement)).join(',')
      const known = byKept.get(signature)
      if (known) return known
      if (byKept.size < ACTIONS_PER_BOUNDARY) byKept.set(signature, kept)
      return kept
    }, ACTIONS_PER_BOUNDARY)
    comparableByAction.set(document, lookup)
  }
  return lookup
}

/** May some Resource of the statement name a resource of one of `types` (lenient: yes when unsure)? */
function namesResourceOf(statement: BoundaryStatement, types: readonly { arnPattern: string }[]): boolean {
  if (statement.notResource) return true
  return statement.resources.some(
    pattern =>
      pattern === '*' ||
      !pattern.startsWith('arn:') ||
      hasVariable(pattern) ||
      types.some(type => arnMatchesResourceType(pattern, type.arnPattern))
  )
}

/** Was the boundary's content different on the two sides (same ARN, repository document edited)? */
export function boundaryDocumentChanged(
  before: RoleState,
  after: RoleState,
  beforePolicies: DocumentResolver,
  afterPolicies: DocumentResolver,
  same: (a: PolicyDocument | undefined, b: PolicyDocument | undefined) => boolean
): boolean {
  const arn = after.permissionsBoundary
  if (!arn || arn !== before.permissionsBoundary) return false
  const old = beforePolicies.boundary(arn)
  const now = afterPolicies.boundary(arn)
  return old !== now && !same(old, now)
}

const blocked = (entry: AccessEntry): AccessEntry => ({ ...entry, boundary: 'blocked' })

/**
 * Marks what the boundary makes ineffective: an added Allow the new boundary blocks, a removed
 * Allow the old boundary blocked (it granted nothing), a Deny added or removed where the new
 * boundary allows nothing anyway.
 */
export function markBlocked(
  delta: AccessDelta,
  before: Boundary | undefined,
  after: Boundary | undefined
): AccessDelta {
  const blocks = (boundary: Boundary | undefined, entry: AccessEntry) =>
    boundary !== undefined && boundary.blocks(entry)
  return {
    added: delta.added.map(entry => (blocks(after, entry) ? blocked(entry) : entry)),
    removed: delta.removed.map(entry =>
      blocks(entry.effect === 'Allow' ? before : after, entry) ? blocked(entry) : entry
    )
  }
}

const entryKey = (entry: AccessEntry) =>
  `${entry.effect}\u0000${entry.action}\u0000${entry.resource}\u0000${entry.condition}`

/** How a boundary change moves what a grant reaches. */
type Movement = 'same' | 'more' | 'fewer'

/**
 * What the statements that may touch `resource` allow, in two parts: the patterns of plain Allows
 * that may overlap it (compared by coverage) and the keys of every other statement (compared as
 * written).
 */
function touching(
  statements: readonly BoundaryStatement[],
  resource: string
): { patterns: string[]; others: string } {
  const patterns: string[] = []
  const others: string[] = []
  for (const statement of statements) {
    if (statement.plain) {
      for (const pattern of statement.resources) if (touches(pattern, resource)) patterns.push(pattern)
    } else if (statement.notResource || statement.resources.some(pattern => touches(pattern, resource))) {
      others.push(statement.key)
    }
  }
  return { patterns, others: [...new Set(others)].sort().join('\u0000') }
}

/**
 * Which way the boundary's statements for one action moved, for a grant on `resource`, when
 * provable: the same other statements, and the plain Allows' patterns of one side each covered by
 * a pattern of the other. Undefined when not provable.
 */
function statementsMovement(
  before: readonly BoundaryStatement[],
  after: readonly BoundaryStatement[],
  resource: string
): Movement | undefined {
  if (before === after) return 'same'
  const old = touching(before, resource)
  const now = touching(after, resource)
  if (old.others !== now.others) return undefined
  const within = (inner: readonly string[], outer: readonly string[]) =>
    inner.every(pattern => outer.some(other => resourcePatternCovers(other, pattern)))
  const fewerOrSame = within(now.patterns, old.patterns)
  const moreOrSame = within(old.patterns, now.patterns)
  return fewerOrSame && moreOrSame ? 'same' : fewerOrSame ? 'fewer' : moreOrSame ? 'more' : undefined
}

/**
 * statementsMovement per pair of statement lists and resource: every role of an environment shares
 * the boundary, and a role's grants share a few lists (see applicableStatements).
 */
const movements = new WeakMap<object, WeakMap<object, BoundedMemo<string, Movement | undefined>>>()
const RESOURCES_PER_PAIR = 10_000

function memoizedMovement(
  before: readonly BoundaryStatement[],
  after: readonly BoundaryStatement[],
  resource: string
): Movement | undefined {
  let byAfter = movements.get(before)
  if (!byAfter) movements.set(before, (byAfter = new WeakMap()))
  let memo = byAfter.get(after)
  if (!memo) {
    memo = boundedMemo((text: string) => statementsMovement(before, after, text), RESOURCES_PER_PAIR)
    byAfter.set(after, memo)
  }
  return memo(resource)
}

/** Do the statements surely allow the action on every resource of `resource` (no Deny may touch it)? */
function allowsAll(statements: readonly BoundaryStatement[], resource: string): boolean {
  let allowed = false
  for (const statement of statements) {
    if (statement.effect === 'Deny') {
      if (statement.notResource || statement.resources.some(pattern => touches(pattern, resource)))
        return false
    } else if (statement.plain && statement.resources.some(pattern => surelyCovers(pattern, resource))) {
      allowed = true
    }
  }
  return allowed
}

/**
 * How a grant's reach moves from the `before` boundary to the `after` one (undefined: no boundary).
 * "same" only when provable; else fewer when provable (the new boundary blocks it, the old surely
 * allowed all of it, or the new allows a subset); else more: fail closed.
 */
function movement(before: Boundary | undefined, after: Boundary | undefined, entry: AccessEntry): Movement {
  const old = statementsFor(before, entry.action)
  const now = statementsFor(after, entry.action)
  // Memoized, and "same" for most grants of an edit: settled before asking either boundary.
  const moved = old && now ? memoizedMovement(old, now, entry.resource) : undefined
  if (moved === 'same') return moved
  const blockedBefore = before !== undefined && before.blocks(entry)
  const blockedAfter = after !== undefined && after.blocks(entry)
  if (blockedBefore && blockedAfter) return 'same'
  if (moved) return moved
  if (blockedAfter) return 'fewer'
  if (blockedBefore) return 'more'
  const allBefore = old !== undefined && allowsAll(old, entry.resource)
  const allAfter = now !== undefined && allowsAll(now, entry.resource)
  return allBefore ? (allAfter ? 'same' : 'fewer') : 'more'
}

/** A boundary's statements for an action; everything without a boundary; undefined when unknown. */
function statementsFor(
  boundary: Boundary | undefined,
  action: string
): readonly BoundaryStatement[] | undefined {
  return boundary ? boundary.statementsFor?.(action) : NO_LIMIT
}

/**
 * The identity grants whose reachability the boundary change moves: granted on both sides (not in
 * `delta`), reachable on more resources under the new boundary (added; also when RoleGate cannot
 * prove the two boundaries allow the grant alike) or on provably fewer (removed).
 */
export function reachabilityFlips(
  beforeFacts: readonly PermissionFact[],
  afterFacts: readonly PermissionFact[],
  delta: AccessDelta,
  before: Boundary | undefined,
  after: Boundary | undefined
): AccessDelta {
  const added = new Set(delta.added.map(entryKey))
  const removed = new Set(delta.removed.map(entryKey))
  const flipped = (entry: AccessEntry): AccessEntry => ({ ...entry, boundary: 'flipped' })
  return {
    added: accessEntries(afterFacts)
      .filter(entry => entry.effect === 'Allow' && !added.has(entryKey(entry)))
      .filter(entry => movement(before, after, entry) === 'more')
      .map(flipped),
    removed: accessEntries(beforeFacts)
      .filter(entry => entry.effect === 'Allow' && !removed.has(entryKey(entry)))
      .filter(entry => movement(before, after, entry) === 'fewer')
      .map(flipped)
  }
}

/**
 * Actions some Allow fact grants on a resource the boundary does not block (for escalation paths).
 * An action on no resource of its type grants nothing (`iam:CreateAccessKey` on an S3 ARN): it
 * opens no path, as the diff's access entries and lint's resource-mismatch say.
 * Only actions `among` accepts are considered: a role's facts hold thousands of actions (an AWS
 * managed policy's `s3:Get*`), while a caller asks about the few escalation paths use.
 */
export function reachableActions(
  facts: readonly PermissionFact[],
  boundary: Boundary | undefined,
  among: (action: string) => boolean = () => true
): Set<string> {
  const actions = new Set<string>()
  const skipped = new Set<string>()
  for (const fact of facts) {
    if (fact.effect !== 'Allow' || actions.has(fact.action) || skipped.has(fact.action)) continue
    if (!among(fact.action)) {
      skipped.add(fact.action)
      continue
    }
    const resources = fact.notResource
      ? [`NOT ${fact.resources.join(',')}`]
      : fact.resources.length > 0
        ? fact.resources
        : ['']
    const reaches = (resource: string) =>
      (fact.notResource || applies(fact, resource)) &&
      (!boundary || !boundary.blocks({ action: fact.action, resource }))
    if (resources.some(reaches)) actions.add(fact.action)
  }
  return actions
}
