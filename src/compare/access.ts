/**
 * Effective access of a role and the difference between two of them. Facts come from
 * src/policy/normalize.ts (wildcards expanded, statements merged); here they are compared by
 * coverage, so narrowing a resource or adding a condition is a removal only, never an addition.
 */
import {
  accessLevelOf,
  expandActionPattern,
  lookupAction,
  type ActionResourceType
} from '../policy/action-db.js'
import { arnMatchesResourceType, resourcePatternCovers } from '../policy/arn.js'
import { normalizePolicies, type PermissionFact } from '../policy/normalize.js'
import { principalKey } from '../policy/principals.js'
import { asList, statementsOf, type PolicyDocument } from '../model/policy.js'
import type { AccessDelta, AccessEntry } from './model.js'

/** A fact flattened to one resource: the unit of the diff. */
interface Grant {
  effect: 'Allow' | 'Deny'
  action: string
  resource: string
  notResource: boolean
  condition: string
  principal: string
}

function grantsOf(facts: readonly PermissionFact[]): Grant[] {
  const grants: Grant[] = []
  for (const fact of facts) {
    const principal = fact.principal
      ? principalKey(fact.principal)
      : fact.notPrincipals
        ? `NOT ${fact.notPrincipals.map(principalKey).join(',')}`
        : ''
    // A literal, not a spread of shared fields: a diff builds a grant per action and resource.
    const grant = (resource: string, notResource: boolean): Grant => ({
      effect: fact.effect,
      action: fact.action,
      resource,
      notResource,
      condition: fact.condition,
      principal
    })
    if (fact.notResource) {
      grants.push(grant(`NOT ${fact.resources.join(',')}`, true))
    } else if (fact.resources.length === 0) {
      grants.push(grant('', false))
    } else {
      const types = typesToMatch(fact)
      for (const resource of fact.resources)
        if (appliesTo(types, resource)) grants.push(grant(resource, false))
    }
  }
  return grants
}

/**
 * Can an Allow of this action on this resource grant anything? Not when no resource type of the
 * action matches the ARN (`iam:PassRole` on an S3 bucket, from `*` expanded): the same matching
 * as lint's resource-mismatch. Denies and unknown actions are kept as written.
 */
export function applies(fact: PermissionFact, resource: string): boolean {
  return appliesTo(typesToMatch(fact), resource)
}

/** The resource types an ARN must match for the fact to grant anything; undefined: it always applies. */
function typesToMatch(fact: PermissionFact): readonly ActionResourceType[] | undefined {
  return fact.effect === 'Allow' && fact.known ? lookupAction(fact.action)?.resourceTypes : undefined
}

function appliesTo(types: readonly ActionResourceType[] | undefined, resource: string): boolean {
  if (!types || resource === '*' || !resource.startsWith('arn:')) return true
  return types.some(type => arnMatchesResourceType(resource, type.arnPattern))
}

const slot = (grant: Grant) => `${grant.effect}|${grant.action}|${grant.principal}`

/**
 * Is `grant` implied by one of `others`? Same effect, action and principal; an unconditional grant
 * implies a conditional one; a resource pattern implies every resource it covers, under the
 * evaluator's segment-aware ARN matching (resourcePatternCovers: `audit*trail` does not cover
 * `audit:log-stream:trail`). Unproven is not covered: an Allow is then added (broadening shown),
 * a Deny's removal not called a narrowing.
 */
function covered(grant: Grant, index: ReadonlyMap<string, Grant[]>): boolean {
  for (const other of index.get(slot(grant)) ?? []) {
    if (other.condition !== '' && other.condition !== grant.condition) continue
    if (grant.notResource || other.notResource) {
      if (grant.resource === other.resource) return true
      if (!grant.notResource && other.resource === `NOT `) return true
      continue
    }
    if (resourcePatternCovers(other.resource, grant.resource)) return true
  }
  return false
}

function indexBySlot(grants: readonly Grant[]): Map<string, Grant[]> {
  const index = new Map<string, Grant[]>()
  for (const grant of grants) {
    const list = index.get(slot(grant))
    if (list) list.push(grant)
    else index.set(slot(grant), [grant])
  }
  return index
}

function toEntry(grant: Grant): AccessEntry {
  const entry: AccessEntry = {
    effect: grant.effect,
    action: grant.action,
    resource: grant.resource,
    condition: grant.condition
  }
  if (grant.principal) entry.principal = grant.principal
  const level = accessLevelOf(grant.action)
  if (level) entry.accessLevel = level
  return entry
}

export function factsOf(documents: readonly PolicyDocument[], partition: string): PermissionFact[] {
  return normalizePolicies(documents, { partition })
}

/** Every unit of access the facts grant, one entry per (effect, action, resource, condition, principal). */
export function accessEntries(facts: readonly PermissionFact[]): AccessEntry[] {
  return grantsOf(facts).map(toEntry)
}

/** Access in `after` not implied by `before` (added) and the reverse (removed). */
export function diffAccess(before: readonly PermissionFact[], after: readonly PermissionFact[]): AccessDelta {
  const beforeGrants = grantsOf(before)
  const afterGrants = grantsOf(after)
  const beforeIndex = indexBySlot(beforeGrants)
  const afterIndex = indexBySlot(afterGrants)
  return {
    added: afterGrants.filter(grant => !covered(grant, beforeIndex)).map(toEntry),
    removed: beforeGrants.filter(grant => !covered(grant, afterIndex)).map(toEntry)
  }
}

/**
 * Which way one policy document's access moved, when provably only one way: `widens` when `after`
 * allows all `before` allowed and denies nothing `before` did not, `narrows` the reverse. The deploy
 * orders its calls by it (a one-way change needs no intermediate document). Undefined when the
 * change goes both ways, or when facts cannot decide it: a Version change (policy variables resolve
 * only under 2012-10-17), a policy variable (its value is not known here), NotAction (its
 * complement is only what the action database knows) or an action the database does not know.
 */
export function changeDirection(
  before: PolicyDocument,
  after: PolicyDocument,
  partition: string
): 'widens' | 'narrows' | undefined {
  if (String(before.Version) !== String(after.Version)) return undefined
  if (![before, after].every(factsDecide)) return undefined
  const old = factsOf([before], partition)
  const now = factsOf([after], partition)
  if (old.some(fact => !fact.known) || now.some(fact => !fact.known)) return undefined
  const { added, removed } = diffAccess(old, now)
  const has = (entries: readonly AccessEntry[], effect: 'Allow' | 'Deny') =>
    entries.some(entry => entry.effect === effect)
  if (!has(removed, 'Allow') && !has(added, 'Deny')) return 'widens'
  if (!has(added, 'Allow') && !has(removed, 'Deny')) return 'narrows'
  return undefined
}

function factsDecide(document: PolicyDocument): boolean {
  return (
    !JSON.stringify(document).includes('${') &&
    statementsOf(document).every(
      statement => statement !== null && typeof statement === 'object' && !('NotAction' in statement)
    )
  )
}

export function uniqueActions(entries: readonly AccessEntry[], effect: 'Allow' | 'Deny' = 'Allow'): string[] {
  return [...new Set(entries.filter(entry => entry.effect === effect).map(entry => entry.action))].sort()
}

/**
 * Annotates entries with the Action pattern as written that grants them (the most specific one
 * among the documents' statements of the same effect), so reports can show `s3:*` with its
 * expansion count instead of 180 expanded names.
 */
export function withPatterns(
  entries: readonly AccessEntry[],
  documents: readonly PolicyDocument[]
): AccessEntry[] {
  if (entries.length === 0) return []
  const written = new Map<string, { pattern: string; size: number }>()
  for (const document of documents) {
    for (const statement of statementsOf(document)) {
      const effect = typeof statement.Effect === 'string' ? statement.Effect.toLowerCase() : ''
      for (const pattern of asList(statement.Action)) {
        if (typeof pattern !== 'string') continue
        const expanded = expandActionPattern(pattern)
        for (const action of expanded) {
          const key = `${effect}|${action.toLowerCase()}`
          const known = written.get(key)
          if (!known || expanded.length < known.size) written.set(key, { pattern, size: expanded.length })
        }
      }
    }
  }
  return entries.map(entry => {
    const found = written.get(`${entry.effect.toLowerCase()}|${entry.action.toLowerCase()}`)
    return found && found.pattern !== entry.action
      ? { ...entry, pattern: found.pattern, patternSize: found.size }
      : entry
  })
}
