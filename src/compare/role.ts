/** Compares two states of one role (either side may be absent). */
import type { PolicyDocument } from '../model/policy.js'
import type { EnvironmentState, ManagedPolicyState, RoleState } from '../model/state.js'
import { awsManagedPolicy } from '../policy/managed-policies.js'
import { escalationPathsIn, isEscalationPathAction } from '../policy/escalation.js'
import type { PermissionFact } from '../policy/normalize.js'
import { diffAccess, factsOf, uniqueActions } from './access.js'
import {
  boundaryDocumentChanged,
  boundaryOf,
  markBlocked,
  reachabilityFlips,
  reachableActions
} from './boundary.js'
import { canonicalDocument, sameDocument } from './document.js'
import { canonicalJson } from '../policy/canonical-json.js'
import type { DocumentChange, RoleChange, TagChanges, ValueChange } from './model.js'
import { assess } from './verdict.js'
import { own, setOwn } from '../util/own.js'
import { sameJson } from '../util/same-json.js'

/** Resolves attached policy ARNs to documents: the environment's own managed policies, then AWS's. */
export interface PolicyResolver {
  document(arn: string): PolicyDocument | undefined
  /** A permissions boundary: the same, and the boundary `rolegate bootstrap` creates (as rolePolicies). */
  boundary(arn: string): PolicyDocument | undefined
}

export function policyResolver(
  managedPolicies: readonly ManagedPolicyState[],
  bootstrapBoundary?: EnvironmentState['bootstrapBoundary']
): PolicyResolver {
  const byArn = new Map(managedPolicies.map(policy => [policy.arn, policy.document]))
  const document = (arn: string) => byArn.get(arn) ?? awsManagedPolicy(awsPartitionArn(arn))?.document
  return {
    document,
    boundary(arn) {
      return document(arn) ?? (bootstrapBoundary?.arn === arn ? bootstrapBoundary.document : undefined)
    }
  }
}

/** AWS managed policies are the same in every partition; the data is keyed by the `aws` one. */
function awsPartitionArn(arn: string): string {
  return arn.replace(/^arn:aws(-[a-z-]+)?:iam::aws:policy\//, 'arn:aws:iam::aws:policy/')
}

export interface RoleSide {
  role?: RoleState
  policies: PolicyResolver
}

interface Effective {
  facts: PermissionFact[]
  opaque: string[]
}

function effectivePermissions(
  role: RoleState | undefined,
  policies: PolicyResolver,
  partition: string
): Effective {
  if (!role) return { facts: [], opaque: [] }
  const documents: PolicyDocument[] = Object.values(role.inlinePolicies)
  const opaque: string[] = []
  for (const arn of role.managedPolicyArns) {
    const document = policies.document(arn)
    if (document) documents.push(document)
    else opaque.push(arn)
  }
  return { facts: factsOf(documents, partition), opaque }
}

export function compareRole(before: RoleSide, after: RoleSide, partition: string): RoleChange {
  const old = before.role
  const now = after.role
  const reference = (now ?? old)!
  // Most roles do not change: settle those without expanding any policy.
  if (
    old &&
    now &&
    (sameJson(rawFields(old), rawFields(now)) ||
      rawFingerprint(old) === rawFingerprint(now) ||
      roleFingerprint(old, partition) === roleFingerprint(now, partition)) &&
    !attachedDocumentsDiffer(old, before.policies, after.policies, partition) &&
    !boundaryEdited(old, now, before.policies, after.policies, partition)
  ) {
    return unchangedRole(old, now)
  }
  const change: RoleChange = {
    ...blankChange(reference, !old ? 'added' : !now ? 'removed' : 'unchanged'),
    trustPolicyChanged: !sameDocument(old?.trustPolicy, now?.trustPolicy, partition),
    inlinePolicies: diffDocuments(old?.inlinePolicies ?? {}, now?.inlinePolicies ?? {}, partition),
    managedPolicies: {
      attached: (now?.managedPolicyArns ?? []).filter(arn => !old?.managedPolicyArns.includes(arn)),
      detached: (old?.managedPolicyArns ?? []).filter(arn => !now?.managedPolicyArns.includes(arn))
    },
    tags: diffTags(old?.tags ?? {}, now?.tags ?? {})
  }
  if (old) change.before = old
  if (now) change.after = now
  setIfChanged(
    change,
    'permissionsBoundary',
    old?.permissionsBoundary,
    now?.permissionsBoundary,
    Boolean(old && now)
  )
  setIfChanged(
    change,
    'maxSessionDuration',
    old?.maxSessionDuration,
    now?.maxSessionDuration,
    Boolean(old && now)
  )
  setIfChanged(change, 'description', old?.description, now?.description, Boolean(old && now))
  setIfChanged(change, 'path', old?.path, now?.path, Boolean(old && now))
  setIfChanged(change, 'instanceProfile', old?.instanceProfile, now?.instanceProfile, Boolean(old && now))
  setIfChanged(change, 'rename', old?.name, now?.name, Boolean(old && now))

  // Access can only differ when a policy the role has (or its content) differs: settle tag, trust
  // and description edits without expanding any policy.
  const permissionsMayDiffer =
    !old ||
    !now ||
    change.inlinePolicies.length > 0 ||
    change.managedPolicies.attached.length + change.managedPolicies.detached.length > 0 ||
    attachedDocumentsDiffer(old, before.policies, after.policies, partition)
  // Effective access is identity ∩ boundary: a boundary change flips what the grants reach.
  const oldBoundary = boundaryOf(old, before.policies)
  const newBoundary = boundaryOf(now, after.policies)
  const edited = Boolean(old && now && boundaryEdited(old, now, before.policies, after.policies, partition))
  const boundaryChanged = Boolean(old && now && (change.permissionsBoundary || edited))
  if (edited) change.boundaryDocumentChanged = true
  let newPaths: ReturnType<typeof escalationPathsIn> = []
  if (permissionsMayDiffer || boundaryChanged) {
    const beforeAccess = effectivePermissions(old, before.policies, partition)
    const afterAccess = effectivePermissions(now, after.policies, partition)
    const delta = diffAccess(beforeAccess.facts, afterAccess.facts)
    change.permissions = markBlocked(delta, oldBoundary, newBoundary)
    // An unreadable old boundary: what it blocked, and so what its change flips, is unknown.
    if (boundaryChanged && oldBoundary?.readable !== false) {
      const flips = reachabilityFlips(beforeAccess.facts, afterAccess.facts, delta, oldBoundary, newBoundary)
      change.permissions.added.push(...flips.added)
      change.permissions.removed.push(...flips.removed)
    }
    change.opaquePolicies = afterAccess.opaque
    const beforePaths = new Set(
      escalationPathsIn(reachableActions(beforeAccess.facts, oldBoundary, isEscalationPathAction)).map(
        path => path.id
      )
    )
    newPaths = escalationPathsIn(
      reachableActions(afterAccess.facts, newBoundary, isEscalationPathAction)
    ).filter(path => !beforePaths.has(path.id))
  } else {
    change.opaquePolicies = (now?.managedPolicyArns ?? []).filter(arn => !after.policies.document(arn))
  }
  if (change.trustPolicyChanged) {
    change.trust = diffAccess(
      factsOf(old ? [old.trustPolicy] : [], partition),
      factsOf(now ? [now.trustPolicy] : [], partition)
    )
  }
  // What the role may actually do: an Allow the boundary blocks is neither added nor removed.
  change.addedActions = uniqueActions(change.permissions.added.filter(entry => entry.boundary !== 'blocked'))
  change.removedActions = uniqueActions(
    change.permissions.removed.filter(entry => entry.boundary !== 'blocked')
  )

  const differs =
    change.trustPolicyChanged ||
    change.inlinePolicies.length > 0 ||
    change.managedPolicies.attached.length + change.managedPolicies.detached.length > 0 ||
    Object.keys(change.tags.added).length +
      Object.keys(change.tags.removed).length +
      Object.keys(change.tags.changed).length >
      0 ||
    ['permissionsBoundary', 'maxSessionDuration', 'description', 'path', 'instanceProfile', 'rename'].some(
      key => key in change
    )
  const assessment = assess({
    permissions: change.permissions,
    trust: change.trust,
    boundaryRemoved: Boolean(old?.permissionsBoundary && now && !now.permissionsBoundary),
    boundaryReplaced: Boolean(
      old?.permissionsBoundary &&
      now?.permissionsBoundary &&
      old.permissionsBoundary !== now.permissionsBoundary
    ),
    boundaryAdded: Boolean(old && !old.permissionsBoundary && now?.permissionsBoundary),
    boundaryEdited: edited,
    boundaryUnknown: boundaryChanged && oldBoundary?.readable === false,
    boundaryUnreadable: [oldBoundary, newBoundary]
      .filter(boundary => boundary?.readable === false)
      .map(boundary => boundary!.arn)
      .filter((arn, index, all) => all.indexOf(arn) === index),
    opaqueAttached: change.managedPolicies.attached.filter(arn => change.opaquePolicies.includes(arn)),
    escalationPaths: newPaths.map(path => `${path.actions.join(' + ')} (${path.description})`),
    differs: differs || change.change !== 'unchanged',
    roleAdded: !old
  })
  change.verdict = assessment.verdict
  change.risk = assessment.risk
  change.reasons = assessment.reasons
  if (change.change === 'unchanged' && differs) change.change = 'modified'
  return change
}

/** The role as written: equal for the same definition rendered twice, without canonicalizing anything. */
function rawFingerprint(role: RoleState): string {
  return JSON.stringify(rawFields(role))
}

/**
 * What rawFingerprint() writes. Compared with sameJson() first: a definition rendered on both sides
 * of a diff shares every part without a variable, so most of it is one object, not walked twice.
 */
function rawFields(role: RoleState): unknown[] {
  return [
    role.name,
    role.path,
    role.description,
    role.maxSessionDuration,
    role.trustPolicy,
    role.inlinePolicies,
    role.managedPolicyArns,
    role.permissionsBoundary ?? null,
    role.tags,
    role.instanceProfile
  ]
}

function roleFingerprint(role: RoleState, partition: string): string {
  return canonicalJson([
    role.name,
    role.path,
    role.description,
    role.maxSessionDuration,
    canonicalDocument(role.trustPolicy, partition),
    Object.keys(role.inlinePolicies)
      .sort()
      .map(name => [name, canonicalDocument(role.inlinePolicies[name], partition)]),
    role.managedPolicyArns,
    role.permissionsBoundary ?? null,
    role.tags,
    role.instanceProfile
  ])
}

/** A change with nothing in it yet: the fields every comparison starts from. */
function blankChange(reference: RoleState, kind: RoleChange['change']): RoleChange {
  return {
    name: reference.logicalName ?? reference.name,
    physicalName: reference.name,
    change: kind,
    verdict: 'unchanged',
    risk: 'none',
    reasons: [],
    permissions: { added: [], removed: [] },
    trust: { added: [], removed: [] },
    addedActions: [],
    removedActions: [],
    trustPolicyChanged: false,
    inlinePolicies: [],
    managedPolicies: { attached: [], detached: [] },
    opaquePolicies: [],
    tags: { added: {}, removed: {}, changed: {} }
  }
}

function unchangedRole(before: RoleState, after: RoleState): RoleChange {
  return { ...blankChange(after, 'unchanged'), before, after }
}

/** The role keeps its boundary ARN and the repository's document behind it changes. */
function boundaryEdited(
  old: RoleState,
  now: RoleState,
  before: PolicyResolver,
  after: PolicyResolver,
  partition: string
): boolean {
  return boundaryDocumentChanged(old, now, before, after, (a, b) => sameDocument(a, b, partition))
}

/** A repo-defined managed policy may change while the attachment stays: its content changes the role's access. */
function attachedDocumentsDiffer(
  role: RoleState,
  before: PolicyResolver,
  after: PolicyResolver,
  partition: string
): boolean {
  return role.managedPolicyArns.some(arn => {
    const old = before.document(arn)
    const now = after.document(arn)
    return old !== now && !sameDocument(old, now, partition)
  })
}

function diffDocuments(
  before: Record<string, PolicyDocument>,
  after: Record<string, PolicyDocument>,
  partition: string
): DocumentChange[] {
  const changes: DocumentChange[] = []
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    // Policy names are user data: only own keys (a policy named `constructor` is not Object's).
    const old = own(before, name)
    const now = own(after, name)
    if (old && now && sameDocument(old, now, partition)) continue
    const change: DocumentChange = { name, change: !old ? 'added' : !now ? 'removed' : 'modified' }
    if (old) change.before = old
    if (now) change.after = now
    changes.push(change)
  }
  return changes
}

/** Tag keys are user data (`__proto__`, `constructor`): own keys only, written as own keys. */
export function diffTags(before: Record<string, string>, after: Record<string, string>): TagChanges {
  const changes: TagChanges = { added: {}, removed: {}, changed: {} }
  for (const [key, value] of Object.entries(after)) {
    const old = own(before, key)
    if (old === undefined) setOwn(changes.added, key, value)
    else if (old !== value) setOwn(changes.changed, key, { before: old, after: value })
  }
  for (const [key, value] of Object.entries(before))
    if (own(after, key) === undefined) setOwn(changes.removed, key, value)
  return changes
}

function setIfChanged<
  K extends
    'permissionsBoundary' | 'maxSessionDuration' | 'description' | 'path' | 'instanceProfile' | 'rename'
>(change: RoleChange, key: K, before: unknown, after: unknown, bothExist: boolean): void {
  if (!bothExist || before === after) return
  ;(change as unknown as Record<string, ValueChange<unknown>>)[key] = { before, after }
}
