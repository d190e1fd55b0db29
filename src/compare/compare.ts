/**
 * The comparison engine: one function for the PR diff (base vs head definitions) and the deploy
 * plan (live IAM vs definitions). Roles are matched by logical name when both sides have one,
 * then by physical name (live state has no logical names).
 */
import type { DesiredState, EnvironmentState, ManagedPolicyState, RoleState } from '../model/state.js'
import { diffAccess, factsOf, withPatterns } from './access.js'
import { assertionFlips } from './assertions.js'
import { sameDocument } from './document.js'
import { OWNERSHIP_TAG } from '../model/state.js'
import {
  CAVEATS,
  type ChangeSet,
  type EnvironmentChange,
  type FileProblem,
  type ManagedPolicyChange,
  type NotEvaluated,
  type RoleChange,
  type ValueChange
} from './model.js'
import { compareRole, diffTags, newEscalationPaths, policyResolver } from './role.js'
import { assess, combineRisks, combineVerdicts } from './verdict.js'
import { own } from '../util/own.js'
import { compareText } from '../util/compare-text.js'

/**
 * Pairs items by logical name, then the rest by physical name (case-insensitive, as IAM). A
 * definition whose logical name changed while its physical name stayed is the same IAM role (or
 * policy) to a deploy, which pairs live and desired state by physical name: it is paired, so its
 * change is judged as the modification it is, not as an addition beside a removal. `mayPair`
 * can refuse such a pair (a side whose file failed to load).
 */
export function pairByName<T extends { logicalName?: string; name: string }>(
  before: readonly T[],
  after: readonly T[],
  mayPair: (before: T, after: T) => boolean = () => true
): Array<[T | undefined, T | undefined]> {
  const pairs: Array<[T | undefined, T | undefined]> = []
  const unmatchedBefore = new Set(before)
  const byLogical = new Map(before.filter(item => item.logicalName).map(item => [item.logicalName!, item]))
  const unmatchedAfter: T[] = []
  for (const item of after) {
    const match = item.logicalName ? byLogical.get(item.logicalName) : undefined
    if (match && unmatchedBefore.has(match)) {
      pairs.push([match, item])
      unmatchedBefore.delete(match)
    } else {
      unmatchedAfter.push(item)
    }
  }
  const byPhysical = new Map([...unmatchedBefore].map(item => [item.name.toLowerCase(), item]))
  for (const item of unmatchedAfter) {
    const match = byPhysical.get(item.name.toLowerCase())
    const renamed = Boolean(match?.logicalName && item.logicalName)
    if (match && (!renamed || mayPair(match, item))) {
      pairs.push([match, item])
      unmatchedBefore.delete(match)
      byPhysical.delete(item.name.toLowerCase())
    } else {
      pairs.push([undefined, item])
    }
  }
  for (const item of unmatchedBefore) pairs.push([item, undefined])
  return pairs
}

export interface CompareOptions {
  /** Definition files that failed to load, by path, on each side of a diff. */
  unloaded?: { base?: ReadonlyMap<string, FileProblem>; head?: ReadonlyMap<string, FileProblem> }
  /**
   * A file of the head no definitions glob reads that defines (or may define) the role or managed
   * policy of this physical name in this environment: missing from the head, it is not removed.
   */
  unread?: (environment: string, kind: NotEvaluated['kind'], name: string) => FileProblem | undefined
}

export function compareEnvironment(
  before: EnvironmentState | undefined,
  after: EnvironmentState | undefined,
  options: CompareOptions = {}
): EnvironmentChange {
  const reference = (after ?? before)!
  const partition = reference.partition
  const beforePolicies = policyResolver(before?.managedPolicies ?? [], before?.bootstrapBoundary)
  const afterPolicies = policyResolver(after?.managedPolicies ?? [], after?.bootstrapBoundary)

  const notEvaluated: NotEvaluated[] = []
  // A role whose file failed to load on one side is missing there: not a removal (or addition).
  const evaluated = <T extends RoleChange | ManagedPolicyChange>(item: T, kind: NotEvaluated['kind']) => {
    const problem =
      item.change === 'removed'
        ? (unloadedProblem(options.unloaded?.head, item.before?.source?.file) ??
          options.unread?.(reference.environment, kind, item.before!.name))
        : item.change === 'added'
          ? unloadedProblem(options.unloaded?.base, item.after?.source?.file)
          : undefined
    if (!problem) return true
    notEvaluated.push({
      ...problem,
      name: item.name,
      kind,
      side: item.change === 'removed' ? 'head' : 'base'
    })
    return false
  }
  // A definition renamed across a file that failed to load is not known to be the same one.
  const loaded = (item: { source?: { file: string } }, side: 'base' | 'head') =>
    !unloadedProblem(options.unloaded?.[side], item.source?.file)
  const mayPair = (old: { source?: { file: string } }, now: { source?: { file: string } }) =>
    loaded(old, 'head') && loaded(now, 'base')
  const roles = pairByName<RoleState>(before?.roles ?? [], after?.roles ?? [], mayPair)
    .map(([old, now]) =>
      compareRole({ role: old, policies: beforePolicies }, { role: now, policies: afterPolicies }, partition)
    )
    .map(markOwnershipChange)
    .filter(role => evaluated(role, 'role'))
    .map(role => withAssertionFlips(role, before, after))
    .map(role => {
      if (role.permissions.added.length + role.permissions.removed.length === 0) return role
      const documents = (state: RoleState | undefined, policies: typeof beforePolicies) =>
        state
          ? [
              ...Object.values(state.inlinePolicies),
              ...state.managedPolicyArns.flatMap(arn => policies.document(arn) ?? [])
            ]
          : []
      return {
        ...role,
        permissions: {
          added: withPatterns(role.permissions.added, documents(role.after, afterPolicies)),
          removed: withPatterns(role.permissions.removed, documents(role.before, beforePolicies))
        }
      }
    })
  const managedPolicies = pairByName<ManagedPolicyState>(
    before?.managedPolicies ?? [],
    after?.managedPolicies ?? [],
    mayPair
  )
    .map(([old, now]) => compareManagedPolicy(old, now, partition))
    .filter(policy => evaluated(policy, 'managed policy'))
  const changes = [...roles, ...managedPolicies]
  return {
    ...(notEvaluated.length > 0 ? { notEvaluated } : {}),
    environment: reference.environment,
    change: !before
      ? 'added'
      : !after
        ? 'removed'
        : changes.some(item => item.change !== 'unchanged')
          ? 'modified'
          : 'unchanged',
    verdict: combineVerdicts(changes.map(item => item.verdict)),
    // A managed policy's own risk counts: it may be attached outside the repository, or later.
    risk: combineRisks(changes.map(item => item.risk)),
    roles: sortChanges(roles),
    managedPolicies: sortChanges(managedPolicies)
  }
}

function compareManagedPolicy(
  before: ManagedPolicyState | undefined,
  after: ManagedPolicyState | undefined,
  partition: string
): ManagedPolicyChange {
  const reference = (after ?? before)!
  const documentChanged = !sameDocument(before?.document, after?.document, partition)
  const facts = (policy: ManagedPolicyState | undefined) =>
    factsOf(policy ? [policy.document] : [], partition)
  const [beforeFacts, afterFacts] = documentChanged ? [facts(before), facts(after)] : [[], []]
  const permissions = documentChanged ? diffAccess(beforeFacts, afterFacts) : { added: [], removed: [] }
  const tags = diffTags(before?.tags ?? {}, after?.tags ?? {})
  const descriptionChanged = Boolean(before && after && before.description !== after.description)
  const differs =
    documentChanged ||
    descriptionChanged ||
    Object.keys(tags.added).length + Object.keys(tags.removed).length + Object.keys(tags.changed).length > 0
  // The same judgement as a role's (STYLE habit 2: one verdict engine), without a boundary or trust.
  const assessment = assess({
    permissions,
    trust: { added: [], removed: [] },
    boundaryRemoved: false,
    boundaryReplaced: false,
    boundaryAdded: false,
    opaqueAttached: [],
    escalationPaths: documentChanged ? newEscalationPaths(beforeFacts, afterFacts) : [],
    differs: differs || !before || !after
  })
  const change: ManagedPolicyChange = {
    name: reference.logicalName ?? reference.name,
    physicalName: reference.name,
    change: !before ? 'added' : !after ? 'removed' : differs ? 'modified' : 'unchanged',
    // A policy's own verdict; what it grants reaches roles through their attachments.
    verdict: assessment.verdict,
    risk: assessment.risk,
    reasons: assessment.reasons,
    documentChanged,
    permissions,
    tags
  }
  if (descriptionChanged) change.description = { before: before!.description, after: after!.description }
  if (before) change.before = before
  if (after) change.after = after
  return change
}

/**
 * The role's `expect:` assertions checked on both sides, kept when one flips. Skipped when nothing
 * that decides the role's access differs (same definition, same verdict, same boundary document):
 * every decision is then the same on both sides.
 */
function withAssertionFlips(
  role: RoleChange,
  before: EnvironmentState | undefined,
  after: EnvironmentState | undefined
): RoleChange {
  if (!role.before || !role.after || !before || !after) return role
  if (!role.before.expect?.length && !role.after.expect?.length) return role
  if (role.change === 'unchanged' && role.verdict === 'unchanged' && !role.boundaryDocumentChanged)
    return role
  const flips = assertionFlips(
    { role: role.before, environment: before },
    { role: role.after, environment: after }
  )
  if (flips.length === 0) return role
  // A `deny:` the change breaks: the role can now do what its owners said it must not. The
  // strongest signal there is, so the change is high risk whatever else it does.
  const broken = flips
    .filter(flip => flip.assertion.expect === 'deny' && flip.before === 'passed' && flip.after === 'failed')
    .map(flip => {
      const where = flip.assertion.location
        ? ` at ${flip.assertion.location.file}:${flip.assertion.location.line}`
        : ''
      const first = flip.requests.find(request => request.after === 'allow')
      const what = first ? `: it can now ${first.action} on ${first.resource}` : ''
      return `breaks the deny assertion expect[${flip.assertion.index}]${where}${what}`
    })
  if (broken.length === 0) return { ...role, assertions: flips }
  return { ...role, assertions: flips, risk: 'high', reasons: [...broken, ...role.reasons] }
}

/** The ownership tag's change on an existing role, when any. */
function ownershipChange(role: RoleChange): ValueChange<string> | undefined {
  return role.change === 'modified' && Object.hasOwn(role.tags.changed, OWNERSHIP_TAG)
    ? role.tags.changed[OWNERSHIP_TAG]
    : undefined
}

/**
 * A new owner decides who may change and delete the role (a deploy with prune deletes what the
 * other repository's definitions lack): high risk, whatever the access verdict.
 */
function markOwnershipChange(role: RoleChange): RoleChange {
  const ownership = ownershipChange(role)
  if (!ownership) return role
  return {
    ...role,
    risk: 'high',
    reasons: [
      `changes the owner (${OWNERSHIP_TAG}) from ${ownership.before} to ${ownership.after}: that repository's deploys may then change or delete the role`,
      ...role.reasons
    ]
  }
}

const ORDER = { added: 0, modified: 1, removed: 2, unchanged: 3 }

function sortChanges<T extends { change: keyof typeof ORDER; name: string }>(items: T[]): T[] {
  return items.sort((a, b) => ORDER[a.change] - ORDER[b.change] || compareText(a.name, b.name))
}

/** Compares every environment of two desired states (environments added or removed included). */
export function compareStates(
  before: DesiredState,
  after: DesiredState,
  options: CompareOptions = {}
): ChangeSet {
  const names = [...new Set([...Object.keys(after.environments), ...Object.keys(before.environments)])]
  const environments: ChangeSet['environments'] = {}
  let ownership: ValueChange<string> | undefined
  for (const name of names) {
    const environment = compareEnvironment(
      own(before.environments, name),
      own(after.environments, name),
      options
    )
    environments[name] = environment
    ownership ??= environment.roles.map(ownershipChange).find(change => change !== undefined)
  }
  return { environments, caveats: CAVEATS, ...(ownership ? { ownership } : {}) }
}

/** The load problem of a file, or of the folder holding it (a linked folder that was not read). */
function unloadedProblem(
  problems: ReadonlyMap<string, FileProblem> | undefined,
  file: string | undefined
): FileProblem | undefined {
  if (!problems || !file) return undefined
  const exact = problems.get(file)
  if (exact) return exact
  for (const [path, problem] of problems) if (file.startsWith(`${path}/`)) return problem
  return undefined
}
