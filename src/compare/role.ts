/** Compares two states of one role (either side may be absent). */
import { asList, isDeny, statementsOf, type PolicyDocument, type PolicyStatement } from '../model/policy.js'
import type { EnvironmentState, ManagedPolicyState, RoleState } from '../model/state.js'
import { awsManagedPolicy } from '../policy/managed-policies.js'
import { escalationPathsIn, isEscalationPathAction } from '../policy/escalation.js'
import type { PermissionFact } from '../policy/normalize.js'
import { accessEntries, diffAccess, factsOf, uniqueActions } from './access.js'
import {
  type Boundary,
  boundaryDocumentChanged,
  boundaryOf,
  markBlocked,
  reachabilityFlips,
  reachableActions
} from './boundary.js'
import { canonicalDocument, sameDocument } from './document.js'
import { canonicalJson } from '../policy/canonical-json.js'
import type { DocumentChange, PrincipalKeyChange, RoleChange, TagChanges, ValueChange } from './model.js'
import { assess, list } from './verdict.js'
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
    !(old.logicalName && now.logicalName && old.logicalName !== now.logicalName) &&
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
  if (old?.logicalName && now?.logicalName && old.logicalName !== now.logicalName)
    change.logicalRename = { before: old.logicalName, after: now.logicalName }

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
  let newPaths: string[] = []
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
    newPaths = newEscalationPaths(beforeAccess.facts, afterAccess.facts, oldBoundary, newBoundary)
  } else {
    change.opaquePolicies = (now?.managedPolicyArns ?? []).filter(arn => !after.policies.document(arn))
  }
  if (now) {
    // A policy RoleGate cannot read may hold a Deny: detaching it may broaden.
    const opaqueDetached = change.managedPolicies.detached.filter(arn => !before.policies.document(arn))
    if (opaqueDetached.length > 0) change.opaqueDetached = opaqueDetached
  }
  if (old && now) {
    const principalKeys = principalKeyChanges(change, before, after, partition)
    if (principalKeys.length > 0) change.principalKeys = principalKeys
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
    [
      'permissionsBoundary',
      'maxSessionDuration',
      'description',
      'path',
      'instanceProfile',
      'rename',
      'logicalRename'
    ].some(key => key in change)
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
    opaqueDetached: change.opaqueDetached ?? [],
    principalKeys: change.principalKeys ?? [],
    escalationPaths: newPaths,
    differs: differs || change.change !== 'unchanged',
    roleAdded: !old
  })
  change.verdict = assessment.verdict
  change.risk = assessment.risk
  change.reasons = assessment.reasons
  if (change.change === 'unchanged' && differs) change.change = 'modified'
  return change
}

/** Escalation paths the after side reaches and the before side did not, described. */
export function newEscalationPaths(
  beforeFacts: readonly PermissionFact[],
  afterFacts: readonly PermissionFact[],
  beforeBoundary?: Boundary,
  afterBoundary?: Boundary
): string[] {
  const old = new Set(
    escalationPathsIn(reachableActions(beforeFacts, beforeBoundary, isEscalationPathAction)).map(
      path => path.id
    )
  )
  return escalationPathsIn(reachableActions(afterFacts, afterBoundary, isEscalationPathAction))
    .filter(path => !old.has(path.id))
    .map(path => `${path.actions.join(' + ')} (${path.description})`)
}

/**
 * Request-context keys whose value is a property of the role itself, from AWS's global condition
 * keys ("Properties of the principal"), lower-cased as IAM compares key names:
 * - `aws:PrincipalTag/<key>`: the role's tags (session tags aside);
 * - `aws:PrincipalArn`: `arn:<partition>:iam::<account>:role/<path><name>`;
 * - `aws:userid`: `<role id>:<session>`; a role renamed or moved to another path is a new role
 *   to IAM, with a new id.
 * Not here: `aws:username` (absent from a role session's requests), `aws:PrincipalAccount`,
 * `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`, `aws:PrincipalType`, `aws:PrincipalIsAWSService`,
 * `aws:PrincipalServiceName(sList)`: a role's tags, name or path do not change them.
 */
const PRINCIPAL_TAG = 'aws:principaltag/'
const IDENTITY_KEYS = new Set(['aws:principalarn', 'aws:userid'])

/** Keys a statement reads: its Condition keys and the `${...}` variables of any of its strings. */
function keysRead(statement: PolicyStatement): string[] {
  const keys: string[] = []
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(/\$\{([^},]*)/g)) keys.push(match[1].trim())
    } else if (Array.isArray(value)) {
      value.forEach(visit)
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        visit(key)
        visit(inner)
      }
    }
  }
  visit(statement)
  const condition: unknown = statement.Condition
  if (condition !== null && typeof condition === 'object')
    for (const block of Object.values(condition))
      if (block !== null && typeof block === 'object') keys.push(...Object.keys(block))
  return keys
}

/** A document that reads a key, with the statements that read it. */
interface KeyReader {
  where: string
  statements: PolicyStatement[]
  keys: string[]
  boundary: boolean
}

/**
 * The role's changed tags, name and path that its policies (inline, attached and readable, its
 * permissions boundary; either side's) read through a principal key: each may change what they
 * grant, which RoleGate does not solve, so each is reported with the keys, the policies, and what
 * the statements reading it allow or deny.
 */
function principalKeyChanges(
  change: RoleChange,
  before: RoleSide,
  after: RoleSide,
  partition: string
): PrincipalKeyChange[] {
  const tagKeys = [
    ...Object.keys(change.tags.added),
    ...Object.keys(change.tags.removed),
    ...Object.keys(change.tags.changed)
  ]
  const subjects: Array<{
    subject: string
    property: PrincipalKeyChange['property']
    reads: (key: string) => boolean
  }> = []
  if (tagKeys.length > 0) {
    const changed = new Set(tagKeys.map(key => key.toLowerCase()))
    subjects.push({
      subject: `its ${tagKeys.length === 1 ? 'tag' : 'tags'} ${list(tagKeys)}`,
      property: 'tags',
      reads: key => {
        const lower = key.toLowerCase()
        if (!lower.startsWith(PRINCIPAL_TAG)) return false
        const tag = lower.slice(PRINCIPAL_TAG.length)
        // A pattern or a variable in the tag key may name any tag.
        return changed.has(tag) || /[*?$]/.test(tag)
      }
    })
  }
  const identity = (key: string) => IDENTITY_KEYS.has(key.toLowerCase())
  if (change.rename)
    subjects.push({
      subject: `its name (${change.rename.before} → ${change.rename.after})`,
      property: 'name',
      reads: identity
    })
  if (change.path)
    subjects.push({
      subject: `its path (${change.path.before} → ${change.path.after})`,
      property: 'path',
      reads: identity
    })
  if (subjects.length === 0) return []

  const documents = [...documentsOf(before), ...documentsOf(after)]
  // What RoleGate cannot read may read any of them: the change is not shown to grant nothing.
  const unreadable = [...new Set([...unreadableOf(before), ...unreadableOf(after)])]
  const results: PrincipalKeyChange[] = []
  for (const { subject, property, reads } of subjects) {
    const readers = new Map<string, KeyReader>()
    for (const { where, document, boundary } of documents) {
      for (const statement of statementsOf(document)) {
        const keys = keysRead(statement).filter(reads)
        if (keys.length === 0) continue
        const reader = readers.get(where) ?? { where, statements: [], keys: [], boundary }
        reader.statements.push(statement)
        reader.keys.push(...keys)
        readers.set(where, reader)
      }
    }
    if (readers.size === 0 && unreadable.length === 0) continue
    const all = [...readers.values()]
    const statements = all.flatMap(reader => reader.statements.map(statement => ({ statement, reader })))
    const denies = statements
      .filter(({ statement }) => isDeny(statement))
      .flatMap(({ statement }) =>
        statement.Action !== undefined
          ? asList(statement.Action)
          : [`NOT ${asList(statement.NotAction).join(',')}`]
      )
    // An identity Allow that reads the key may start granting; a boundary Allow may make any
    // identity grant reachable.
    const identityAllows = statements.filter(
      ({ statement, reader }) => !isDeny(statement) && !reader.boundary
    )
    const boundaryAllows = statements.filter(({ statement, reader }) => !isDeny(statement) && reader.boundary)
    const sensitive = new Set(
      sensitiveActions(
        identityAllows.map(({ statement }) => statement),
        partition
      )
    )
    if (boundaryAllows.length > 0) {
      const granted = [...documentsOf(before), ...documentsOf(after)]
        .filter(item => !item.boundary)
        .flatMap(item => statementsOf(item.document))
      for (const action of sensitiveActions(granted, partition)) sensitive.add(action)
    }
    const result: PrincipalKeyChange = {
      subject,
      property,
      keys: [...new Set(all.flatMap(reader => reader.keys))].sort(),
      policies: all.map(reader => reader.where),
      sensitiveActions: [...sensitive].sort(),
      denies: [...new Set(denies)].sort()
    }
    if (unreadable.length > 0) result.unreadable = unreadable
    results.push(result)
  }
  return results
}

/** One side's attached policies and permissions boundary that RoleGate cannot read, named for a reader. */
function unreadableOf(side: RoleSide): string[] {
  const role = side.role
  if (!role) return []
  const names = role.managedPolicyArns.filter(arn => !side.policies.document(arn))
  if (role.permissionsBoundary && !side.policies.boundary(role.permissionsBoundary))
    names.push(`permissions boundary ${role.permissionsBoundary}`)
  return names
}

/** Permissions-management and escalation actions some of these statements allow. */
function sensitiveActions(statements: readonly PolicyStatement[], partition: string): string[] {
  if (statements.length === 0) return []
  const facts = factsOf([{ Version: '2012-10-17', Statement: [...statements] }], partition)
  return uniqueActions(
    accessEntries(facts).filter(
      entry =>
        entry.effect === 'Allow' &&
        (entry.accessLevel === 'Permissions management' || isEscalationPathAction(entry.action))
    )
  )
}

/** The documents that decide one side's access, each named for a reader. */
function documentsOf(side: RoleSide): Array<{ where: string; document: PolicyDocument; boundary: boolean }> {
  const role = side.role
  if (!role) return []
  const documents = Object.entries(role.inlinePolicies).map(([name, document]) => ({
    where: `inline policy ${name}`,
    document,
    boundary: false
  }))
  for (const arn of role.managedPolicyArns) {
    const document = side.policies.document(arn)
    if (document) documents.push({ where: arn, document, boundary: false })
  }
  const boundary = role.permissionsBoundary ? side.policies.boundary(role.permissionsBoundary) : undefined
  if (boundary)
    documents.push({
      where: `permissions boundary ${role.permissionsBoundary}`,
      document: boundary,
      boundary: true
    })
  return documents
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
