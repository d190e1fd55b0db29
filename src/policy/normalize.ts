/**
 * Policy documents as sets of permission facts, the unit the comparison engine diffs.
 *
 * A fact is one (effect, action, condition, principal) with the resources it covers. Action
 * patterns are expanded with the action database (NotAction inverted), so `s3:Get*` and the list of
 * s3 Get actions are the same facts; statements with the same effect, action, condition and
 * principal are merged, so splitting, merging or reordering statements changes nothing. Resources
 * are kept per fact (not split per resource) because that is how the diff is shown, and covered
 * entries are dropped (`*` makes every other resource of the fact redundant).
 *
 * Policy variables take effect only under `"Version": "2012-10-17"` (policyVariablesEnabled, as
 * in the evaluator): elsewhere `${aws:username}` is text. Facts are written in 2012-10-17 terms, so
 * a document without that Version has each `${` of its resources and condition values written as
 * IAM's escape `${$}{` (a literal `$`): the same text means the same access, and a Version change
 * that turns text into a variable changes the facts (removed and added, not "unchanged").
 *
 * Effect is case-sensitive, as in IAM: a statement with `Effect: deny` is rejected and yields no fact.
 *
 * Identity is factKey(); equal documents give equal, identically ordered fact lists.
 */
import { asList, statementsOf, type PolicyDocument, type PolicyStatement } from '../model/policy.js'
import { expandActionPattern, invertActions } from './action-db.js'
import { conditionKey, literalText } from './conditions.js'
import { policyVariablesEnabled } from './evaluate/statement.js'
import { normalizePrincipals, principalKey, type PrincipalOptions, type PrincipalRef } from './principals.js'
import { resourcePatternCovers } from './arn.js'
import { hasWildcard } from './wildcard.js'
import { compareText } from '../util/compare-text.js'

export type Effect = 'Allow' | 'Deny'

export interface PermissionFact {
  effect: Effect
  /** Canonical (`s3:GetObject`); what the database does not know is kept lower-cased (`foo:bar`). */
  action: string
  /** False when the action, or the pattern it came from, matched nothing in the action database. */
  known: boolean
  /**
   * Sorted, deduplicated, covered entries removed; empty when the statement has no Resource (trust).
   * Read-only because facts of one statement share the array.
   */
  resources: readonly string[]
  /** True when `resources` came from NotResource: the fact covers every resource except these. */
  notResource: boolean
  /** Canonical JSON of the Condition block (see conditions.ts), `''` when there is none. */
  condition: string
  /** Set for statements with a Principal (trust policies): one fact per principal. */
  principal?: PrincipalRef
  /** Set for statements with NotPrincipal: the fact applies to everyone except these. */
  notPrincipals?: PrincipalRef[]
}

export type NormalizeOptions = PrincipalOptions

/**
 * IAM reads Effect case-sensitively (model/policy.ts isDeny, the evaluator's parseStatement): a
 * statement with `Effect: deny` is rejected, so it grants and denies nothing.
 */
function canonicalEffect(effect: unknown): Effect | undefined {
  return effect === 'Allow' || effect === 'Deny' ? effect : undefined
}

interface ActionEntry {
  action: string
  known: boolean
}

/** The actions a statement names, expanded; malformed statements (no Action/NotAction) name none. */
function statementActions(statement: PolicyStatement): ActionEntry[] {
  if (statement.Action !== undefined) {
    const entries = new Map<string, boolean>()
    for (const pattern of asList(statement.Action)) {
      const expanded = expandActionPattern(String(pattern))
      // An unknown action is kept, not dropped: dropping it would hide a change from the diff.
      if (expanded.length === 0) entries.set(String(pattern).toLowerCase(), false)
      for (const action of expanded) entries.set(action, true)
    }
    return [...entries].map(([action, known]) => ({ action, known }))
  }
  if (statement.NotAction !== undefined) {
    return invertActions(asList(statement.NotAction).map(String)).map(action => ({ action, known: true }))
  }
  return []
}

/**
 * Drops every resource another entry of the list covers (segment-aware, as the evaluator matches:
 * resourcePatternCovers); `[*, arn:...]` is just `[*]`.
 */
function reduceResources(resources: Iterable<string>): readonly string[] {
  const unique = [...new Set(resources)].sort()
  if (unique.includes('*')) return ['*']
  // Only a pattern can cover something else, and only what starts with the pattern's literal head;
  // checking that first keeps long resource lists from costing a quadratic number of glob matches.
  const patterns = unique
    .filter(hasWildcard)
    .map(pattern => ({ pattern, head: pattern.slice(0, pattern.search(/[*?]/)) }))
  if (patterns.length === 0) return unique
  return unique.filter(
    resource =>
      !patterns.some(
        ({ pattern, head }) =>
          pattern !== resource &&
          resource.startsWith(head) &&
          resourcePatternCovers(pattern, resource) &&
          // Of two equivalent patterns (`b/*`, `b/**`) keep the first, instead of dropping both.
          !(resource < pattern && resourcePatternCovers(resource, pattern))
      )
  )
}

// Key separators: control characters, which canonical JSON, ARNs and action names never contain.
const FIELD = '\u0000'
const ITEM = '\u0001'

type FactIdentity = Pick<
  PermissionFact,
  'effect' | 'action' | 'condition' | 'principal' | 'notPrincipals'
> & {
  notResource: boolean
  resources: readonly string[]
}

/** The part of a group key that is the same for every action of a statement. */
function scopeKey(fact: Omit<FactIdentity, 'effect' | 'action'>): string {
  return [
    fact.condition,
    fact.principal ? principalKey(fact.principal) : '',
    fact.notPrincipals ? fact.notPrincipals.map(principalKey).join(ITEM) : '',
    // NotResource lists cannot be merged by union (the complement of a union is an intersection).
    fact.notResource ? 'NotResource' + ITEM + fact.resources.join(ITEM) : ''
  ].join(FIELD)
}

/** Everything that identifies a fact except its resources: facts with equal group keys merge. */
export function factGroupKey(fact: FactIdentity): string {
  return fact.effect + FIELD + fact.action + FIELD + scopeKey(fact)
}

/** The fact's full identity: two documents grant the same when their fact key sets are equal. */
export function factKey(fact: FactIdentity): string {
  return factGroupKey(fact) + FIELD + fact.resources.join(ITEM)
}

interface Group {
  /** Built once; `resources` is filled in by finish(). */
  fact: PermissionFact
  scope: string
  /** The Resource lists of the statements merged here, by reference (shared across actions). */
  lists: string[][]
}

/**
 * Groups by scope (effect + condition + principal + NotResource), then by action. Two levels
 * rather than one concatenated key: `Action: *` makes 20,000 facts of one statement, and building
 * and sorting 20,000 long key strings was most of the normalization time.
 */
type Groups = Map<string, Map<string, Group>>

function addStatement(
  groups: Groups,
  statement: PolicyStatement,
  options: NormalizeOptions,
  literalVariables: boolean
): void {
  const effect = canonicalEffect(statement.Effect)
  if (!effect) return
  const notResource = statement.Resource === undefined && statement.NotResource !== undefined
  const written = asList(notResource ? statement.NotResource : statement.Resource).map(String)
  const resources = literalVariables ? written.map(literalText) : written
  const condition = conditionKey(statement.Condition, literalVariables)
  const principals: Array<PrincipalRef | undefined> =
    statement.Principal !== undefined ? normalizePrincipals(statement.Principal, options) : [undefined]
  const notPrincipals =
    statement.Principal === undefined && statement.NotPrincipal !== undefined
      ? normalizePrincipals(statement.NotPrincipal, options)
      : undefined
  const notResourceList = notResource ? reduceResources(resources) : []
  const actions = statementActions(statement)

  for (const principal of principals) {
    const scope = scopeKey({ condition, principal, notPrincipals, notResource, resources: notResourceList })
    const scopeKeyWithEffect = effect + FIELD + scope
    let byAction = groups.get(scopeKeyWithEffect)
    if (!byAction) groups.set(scopeKeyWithEffect, (byAction = new Map()))
    for (const { action, known } of actions) {
      const group = byAction.get(action)
      if (group) {
        group.lists.push(resources)
        continue
      }
      const fact: PermissionFact = { effect, action, known, resources: [], notResource, condition }
      if (principal) fact.principal = principal
      if (notPrincipals) fact.notPrincipals = notPrincipals
      byAction.set(action, { fact, scope, lists: [resources] })
    }
  }
}

/** Sorted by effect, action, then scope: the order of factKey(), which is unique per group. */
function compareGroups(a: Group, b: Group): number {
  return (
    compareText(a.fact.effect, b.fact.effect) ||
    compareText(a.fact.action, b.fact.action) ||
    compareText(a.scope, b.scope)
  )
}

function finish(groups: Groups): PermissionFact[] {
  // Most facts carry one statement's list, shared by all its actions: reduce each list once.
  const byList = new Map<string[], readonly string[]>()
  const byText = new Map<string, readonly string[]>()
  const all: Group[] = []
  for (const byAction of groups.values()) {
    for (const group of byAction.values()) {
      const { lists } = group
      let resources: readonly string[] | undefined
      if (lists.length === 1) {
        resources = byList.get(lists[0])
        if (!resources) byList.set(lists[0], (resources = reduceResources(lists[0])))
      } else {
        const merged = lists.flat()
        const text = [...new Set(merged)].sort().join(ITEM)
        resources = byText.get(text)
        if (!resources) byText.set(text, (resources = reduceResources(merged)))
      }
      group.fact.resources = resources
      all.push(group)
    }
  }
  return all.sort(compareGroups).map(group => group.fact)
}

/**
 * Facts of one statement (its own duplicates merged), of a document whose Version is 2012-10-17
 * unless `version` says otherwise.
 */
export function normalizeStatement(
  statement: PolicyStatement,
  options: NormalizeOptions = {},
  version: unknown = '2012-10-17'
): PermissionFact[] {
  const groups: Groups = new Map()
  addStatement(groups, statement, options, !policyVariablesEnabled({ Version: version }))
  return finish(groups)
}

/** Facts of a whole document, merged across statements and sorted by factKey. */
export function normalizePolicy(document: PolicyDocument, options: NormalizeOptions = {}): PermissionFact[] {
  return normalizePolicies([document], options)
}

/** Facts of several documents taken together (a role's inline and attached policies). */
export function normalizePolicies(
  documents: readonly PolicyDocument[],
  options: NormalizeOptions = {}
): PermissionFact[] {
  const groups: Groups = new Map()
  for (const document of documents) {
    const literalVariables = !policyVariablesEnabled(document)
    for (const statement of statementsOf(document)) addStatement(groups, statement, options, literalVariables)
  }
  return finish(groups)
}
