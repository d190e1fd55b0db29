/**
 * The planner: turns the comparison of live IAM with the definitions into ordered operations.
 * It decides nothing about access (the comparison engine did); it only maps field changes to
 * API calls and enforces ownership: RoleGate never changes what it does not own, unless the
 * definition says `adopt: true`, and deletes only with prune, only what it owns.
 */
import { changeDirection } from '../compare/access.js'
import { parseArn } from '../policy/arn.js'
import type { EnvironmentChange, ManagedPolicyChange, RoleChange } from '../compare/model.js'
import { OWNERSHIP_TAG, type ManagedPolicyState, type RoleState } from '../model/state.js'
import type { PolicyDocument } from '../model/policy.js'
import { phaseOf, type AlsoAttached, type Conflict, type Operation, type Plan, type Stage } from './model.js'
import { missingPolicyConflicts } from './prechecks.js'
import {
  ownershipConflict as foreignOwnerConflict,
  protectedConflict,
  protectionOf,
  type OwnershipCheck,
  type ProtectedResource
} from './protected.js'
import { hasDeny, intermediateDocument, isEmpty, NOTHING, sameStatements } from './transition.js'
import { unknownName, unreadDefinitionOf, type UnreadDefinitionNames } from './unread.js'

export interface PlanOptions {
  account: string
  managedBy: string
  prune: boolean
  /**
   * Every customer managed policy ARN in the account (EnvironmentState.customerPolicyArns of the
   * live read). With it, the plan refuses boundaries and attachments that would fail mid-apply.
   */
  livePolicyArns?: readonly string[]
  /** Never changed, whatever the definitions say: the deploy's own role, deployers, bootstrap resources. */
  protected?: readonly ProtectedResource[]
  /** The repository running the deploy and rolegate.yml's acknowledgement of a foreign managedBy. */
  ownership?: Omit<OwnershipCheck, 'managedBy'>
  /** What files no definitions glob reads would define: never pruned (see unread.ts). */
  unread?: UnreadDefinitionNames
}

/** IAM keeps at most 5 versions of a managed policy. */
export const MAX_POLICY_VERSIONS = 5

type Owner = 'us' | 'nobody' | 'other'

function ownerOf(tags: Record<string, string>, managedBy: string): Owner {
  const value = tags[OWNERSHIP_TAG]
  return value === undefined ? 'nobody' : value === managedBy ? 'us' : 'other'
}

export function planEnvironment(change: EnvironmentChange, options: PlanOptions): Plan {
  const operations: Operation[] = []
  const conflicts: Conflict[] = []
  const orphans: string[] = []
  const foreign =
    options.ownership && foreignOwnerConflict({ ...options.ownership, managedBy: options.managedBy })
  if (foreign) conflicts.push(foreign)
  for (const policy of change.managedPolicies)
    planManagedPolicy(policy, options, operations, conflicts, orphans, change)
  for (const role of change.roles) planRole(role, options, operations, conflicts, orphans)
  // Stable order: by phase, then as planned.
  const ordered = operations.map((operation, index) => ({ operation, index }))
  ordered.sort((a, b) => phaseOf(a.operation) - phaseOf(b.operation) || a.index - b.index)
  const sorted = trustedRolesFirst(ordered.map(item => item.operation))
  if (options.livePolicyArns) {
    const createdPolicyArns = change.managedPolicies.flatMap(policy =>
      !policy.before && policy.after ? [policy.after.arn] : []
    )
    conflicts.push(
      ...missingPolicyConflicts({
        environment: change.environment,
        operations: sorted,
        livePolicyArns: options.livePolicyArns,
        createdPolicyArns
      })
    )
  }
  return {
    environment: change.environment,
    account: options.account,
    operations: sorted,
    conflicts,
    orphans,
    alsoAttached: alsoAttached(change, sorted)
  }
}

/**
 * The changed policies (a new version in the plan) that roles, users or groups not defined here
 * have too. Roles the same plan deletes (prune) are left out: nobody keeps their access.
 */
function alsoAttached(change: EnvironmentChange, operations: readonly Operation[]): AlsoAttached[] {
  const versioned = new Set<string>()
  const deleted = new Set<string>()
  for (const operation of operations) {
    if (operation.kind === 'CreatePolicyVersion') versioned.add(operation.policyArn)
    if (operation.kind === 'DeleteRole') deleted.add(operation.roleName.toLowerCase())
  }
  return change.managedPolicies.flatMap(policy => {
    const live = policy.before
    const elsewhere = live?.live?.attachedElsewhere
    if (!live || !elsewhere || !versioned.has(live.arn)) return []
    const roles = elsewhere.roles.filter(role => !deleted.has(role.toLowerCase()))
    return roles.length > 0 || elsewhere.usersAndGroups > 0
      ? [{ policyArn: live.arn, roles, usersAndGroups: elsewhere.usersAndGroups }]
      : []
  })
}

/**
 * IAM rejects a trust policy naming a role that does not exist yet ("Invalid principal"), so a new
 * role that another new role trusts is created first. Otherwise the applier's workers could all
 * wait on trusts whose roles are still queued behind them.
 */
function trustedRolesFirst(operations: Operation[]): Operation[] {
  const creates = operations.filter(
    (operation): operation is Extract<Operation, { kind: 'CreateRole' }> => operation.kind === 'CreateRole'
  )
  const byName = new Map(creates.map(operation => [operation.roleName.toLowerCase(), operation]))
  const ordered: Operation[] = []
  const visiting = new Set<Operation>()
  const visit = (operation: Extract<Operation, { kind: 'CreateRole' }>) => {
    if (visiting.has(operation)) return // done, or a cycle that IAM cannot create in any order
    visiting.add(operation)
    const trusted = [
      ...JSON.stringify(operation.trustPolicy).matchAll(/:iam::\d{12}:role\/(?:[^"]*\/)?([\w+=,.@-]+)"/g)
    ]
    for (const [, name] of trusted) {
      const dependency = byName.get(name.toLowerCase())
      if (dependency && dependency !== operation) visit(dependency)
    }
    ordered.push(operation)
  }
  creates.forEach(visit)
  let next = 0
  return operations.map(operation => (operation.kind === 'CreateRole' ? ordered[next++] : operation))
}

function ownershipConflict(what: string, name: string, owner: Owner, tags: Record<string, string>): Conflict {
  return {
    kind: 'not-owned',
    resource: `${what} ${name}`,
    reason:
      owner === 'other'
        ? `it is managed by ${tags[OWNERSHIP_TAG]} (tag ${OWNERSHIP_TAG}), not by this repository; RoleGate will not change it`
        : `it exists but RoleGate did not create it (no ${OWNERSHIP_TAG} tag); add "adopt: true" to its definition to take it over`
  }
}

function planRole(
  change: RoleChange,
  options: PlanOptions,
  operations: Operation[],
  conflicts: Conflict[],
  orphans: string[]
): void {
  const live = change.before
  const desired = change.after
  if (change.change === 'unchanged') return
  const guarded = protectionOf(options.protected, 'role', (live ?? desired)!.name)
  if (guarded) {
    if (desired || options.prune)
      conflicts.push(protectedConflict(guarded, desired ? 'creates or changes' : 'deletes'))
    return
  }
  if (!live && desired) {
    createRole(desired, operations)
    return
  }
  if (live && !desired) {
    if (ownerOf(live.tags, options.managedBy) !== 'us') return // not ours: never touched, never listed
    orphans.push(`role ${live.name}`)
    if (!options.prune) return
    const unread = unreadConflict('role', live.name, options.unread)
    if (unread) {
      conflicts.push(unread)
      return
    }
    // IAM deletes no role that is in an instance profile: the prune would stop half-way, the role
    // stripped of its policies. A profile RoleGate did not make is not its to change.
    const held = live.otherInstanceProfiles ?? []
    if (held.length > 0) {
      conflicts.push({
        kind: 'in-use',
        resource: `role ${live.name}`,
        reason: `it is in the instance profile${held.length === 1 ? '' : 's'} ${held.join(', ')}, which its definition never named; IAM cannot delete a role that is in an instance profile, so remove it from ${held.length === 1 ? 'that profile' : 'those profiles'} by hand, then prune`
      })
      return
    }
    deleteRole(live, operations)
    return
  }
  if (!live || !desired) return
  const owner = ownerOf(live.tags, options.managedBy)
  if (owner !== 'us' && !(owner === 'nobody' && desired.adopt)) {
    conflicts.push(ownershipConflict('role', live.name, owner, live.tags))
    return
  }
  if (change.path) {
    conflicts.push({
      kind: 'path-change',
      resource: `role ${live.name}`,
      reason: `IAM cannot move a role from path ${change.path.before} to ${change.path.after}; give the role a new name (the old one is then pruned)`
    })
    return
  }
  const roleName = live.name
  if (change.trustPolicyChanged)
    operations.push({ kind: 'UpdateAssumeRolePolicy', roleName, trustPolicy: desired.trustPolicy })
  if (change.description || change.maxSessionDuration) {
    operations.push({
      kind: 'UpdateRole',
      roleName,
      description: desired.description,
      maxSessionDuration: desired.maxSessionDuration
    })
  }
  if (change.permissionsBoundary) {
    if (desired.permissionsBoundary)
      operations.push({
        kind: 'PutRolePermissionsBoundary',
        roleName,
        permissionsBoundary: desired.permissionsBoundary
      })
    else operations.push({ kind: 'DeleteRolePermissionsBoundary', roleName })
  }
  const tagsToSet = {
    ...change.tags.added,
    ...Object.fromEntries(Object.entries(change.tags.changed).map(([key, value]) => [key, value.after]))
  }
  if (Object.keys(tagsToSet).length > 0) operations.push({ kind: 'TagRole', roleName, tags: tagsToSet })
  if (Object.keys(change.tags.removed).length > 0)
    operations.push({ kind: 'UntagRole', roleName, tagKeys: Object.keys(change.tags.removed) })
  for (const policy of change.inlinePolicies)
    inlineTransition(roleName, policy.name, policy.before, policy.after, operations, partitionOf(live.arn))
  for (const policyArn of change.managedPolicies.attached)
    operations.push({ kind: 'AttachRolePolicy', roleName, policyArn })
  for (const policyArn of change.managedPolicies.detached)
    operations.push({ kind: 'DetachRolePolicy', roleName, policyArn })
  if (change.instanceProfile?.after) {
    operations.push({
      kind: 'CreateInstanceProfile',
      instanceProfileName: roleName,
      path: desired.path,
      tags: ownershipTags(desired)
    })
    operations.push({ kind: 'AddRoleToInstanceProfile', instanceProfileName: roleName, roleName })
  } else if (change.instanceProfile) {
    operations.push({ kind: 'RemoveRoleFromInstanceProfile', instanceProfileName: roleName, roleName })
    operations.push({ kind: 'DeleteInstanceProfile', instanceProfileName: roleName })
  }
}

/**
 * An inline policy from `before` to `after` (either absent) in two steps: narrowed to what both
 * allow (with every Deny of both) before the trust updates, then the new document after them.
 * Either step is left out when it changes nothing. A change that only widens is the new document
 * after the trust updates, one that only narrows is the new document before them: then no state on
 * the way allows less than both versions do, where a reworded statement would otherwise be gone for
 * a moment (and until the re-run, if the deploy stops in between).
 */
function inlineTransition(
  roleName: string,
  policyName: string,
  before: PolicyDocument | undefined,
  after: PolicyDocument | undefined,
  operations: Operation[],
  partition = 'aws'
): void {
  const direction = before && after ? changeDirection(before, after, partition) : undefined
  if (before && after && direction) {
    const stage = direction === 'narrows' ? { stage: 'revoke' as const } : {}
    operations.push({ kind: 'PutRolePolicy', roleName, policyName, document: after, ...stage })
    return
  }
  const middle = intermediateDocument(before, after)
  let current: PolicyDocument | undefined = before
  if (!before || !sameStatements(middle, before)) {
    current = isEmpty(middle) ? undefined : middle
    if (current)
      operations.push({ kind: 'PutRolePolicy', roleName, policyName, document: middle, stage: 'revoke' })
    else if (before) operations.push({ kind: 'DeleteRolePolicy', roleName, policyName, stage: 'revoke' })
  }
  if (after) {
    if (!current || !sameStatements(current, after))
      operations.push({ kind: 'PutRolePolicy', roleName, policyName, document: after })
  } else if (current) operations.push({ kind: 'DeleteRolePolicy', roleName, policyName })
}

/** `aws`, `aws-cn`, `aws-us-gov`: from an ARN, as the facts of its documents need it. */
function partitionOf(arn: string): string {
  return parseArn(arn)?.partition || 'aws'
}

function ownershipTags(resource: { tags: Record<string, string> }): Record<string, string> {
  const value = resource.tags[OWNERSHIP_TAG]
  return value === undefined ? {} : { [OWNERSHIP_TAG]: value }
}

function createRole(role: RoleState, operations: Operation[]): void {
  const create: Operation = {
    kind: 'CreateRole',
    roleName: role.name,
    path: role.path,
    description: role.description,
    maxSessionDuration: role.maxSessionDuration,
    trustPolicy: role.trustPolicy,
    tags: role.tags
  }
  if (role.permissionsBoundary) create.permissionsBoundary = role.permissionsBoundary
  operations.push(create)
  for (const [policyName, document] of Object.entries(role.inlinePolicies))
    inlineTransition(role.name, policyName, undefined, document, operations)
  for (const policyArn of role.managedPolicyArns)
    operations.push({ kind: 'AttachRolePolicy', roleName: role.name, policyArn })
  if (role.instanceProfile) {
    operations.push({
      kind: 'CreateInstanceProfile',
      instanceProfileName: role.name,
      path: role.path,
      tags: ownershipTags(role)
    })
    operations.push({ kind: 'AddRoleToInstanceProfile', instanceProfileName: role.name, roleName: role.name })
  }
}

function deleteRole(role: RoleState, operations: Operation[]): void {
  for (const policyArn of role.managedPolicyArns)
    operations.push({ kind: 'DetachRolePolicy', roleName: role.name, policyArn })
  for (const [policyName, document] of Object.entries(role.inlinePolicies))
    inlineTransition(role.name, policyName, document, undefined, operations)
  if (role.instanceProfile) {
    operations.push({
      kind: 'RemoveRoleFromInstanceProfile',
      instanceProfileName: role.name,
      roleName: role.name
    })
    operations.push({ kind: 'DeleteInstanceProfile', instanceProfileName: role.name })
  }
  operations.push({ kind: 'DeleteRole', roleName: role.name })
}

function planManagedPolicy(
  change: ManagedPolicyChange,
  options: PlanOptions,
  operations: Operation[],
  conflicts: Conflict[],
  orphans: string[],
  environment: EnvironmentChange
): void {
  const live = change.before
  const desired = change.after
  if (change.change === 'unchanged') return
  const guarded = protectionOf(options.protected, 'managed policy', (live ?? desired)!.name)
  if (guarded) {
    if (desired || options.prune)
      conflicts.push(protectedConflict(guarded, desired ? 'creates or changes' : 'deletes'))
    return
  }
  if (!live && desired) {
    operations.push({
      kind: 'CreatePolicy',
      policyName: desired.name,
      path: desired.path,
      description: desired.description,
      document: desired.document,
      tags: desired.tags
    })
    return
  }
  if (live && !desired) {
    if (ownerOf(live.tags, options.managedBy) !== 'us') return
    orphans.push(`managed policy ${live.name}`)
    if (!options.prune) return
    const unread = unreadConflict('managed policy', live.name, options.unread)
    if (unread) conflicts.push(unread)
    else deletePolicy(live, environment, operations, conflicts)
    return
  }
  if (!live || !desired) return
  const owner = ownerOf(live.tags, options.managedBy)
  if (owner !== 'us' && !(owner === 'nobody' && desired.adopt)) {
    conflicts.push(ownershipConflict('managed policy', live.name, owner, live.tags))
    return
  }
  if (change.documentChanged) policyVersions(live, desired.document, environment, operations)
  const tagsToSet = {
    ...change.tags.added,
    ...Object.fromEntries(Object.entries(change.tags.changed).map(([key, value]) => [key, value.after]))
  }
  if (Object.keys(tagsToSet).length > 0)
    operations.push({ kind: 'TagPolicy', policyArn: live.arn, tags: tagsToSet })
  if (Object.keys(change.tags.removed).length > 0)
    operations.push({ kind: 'UntagPolicy', policyArn: live.arn, tagKeys: Object.keys(change.tags.removed) })
}

/**
 * The new document of a customer managed policy, in as few versions as the access invariant
 * allows: only narrowing → one version before the trust updates; only widening → one after; both,
 * while a role attached to it gets new principals (trust, instance profile, a new role) or either
 * version holds a Deny → first a version with what both allow, then the new one; both otherwise →
 * one version together with the trust updates. Versions are deleted first as IAM's limit needs.
 */
function policyVersions(
  live: ManagedPolicyState,
  document: PolicyDocument,
  environment: EnvironmentChange,
  operations: Operation[]
): void {
  const middle = intermediateDocument(live.document, document)
  // Roles that keep or get the policy and gain principals: new roles, new trust, a new instance profile.
  const newPrincipals = environment.roles.some(
    role =>
      role.after?.managedPolicyArns.includes(live.arn) &&
      (role.change === 'added' || role.trustPolicyChanged || role.instanceProfile?.after === true)
  )
  const direction = changeDirection(live.document, document, partitionOf(live.arn))
  const steps: { document: PolicyDocument; stage?: Stage }[] =
    direction === 'narrows' || sameStatements(middle, document)
      ? [{ document, stage: 'revoke' }]
      : direction === 'widens' || sameStatements(middle, live.document)
        ? [{ document }]
        : newPrincipals || hasDeny(live.document) || hasDeny(document)
          ? [
              { document: isEmpty(middle) ? { ...middle, Statement: [NOTHING] } : middle, stage: 'revoke' },
              { document }
            ]
          : [{ document, stage: 'switch' }]
  let versions = [...(live.live?.versionIds ?? [])]
  let defaultVersion = live.live?.defaultVersionId
  steps.forEach((step, index) => {
    if (versions.length >= MAX_POLICY_VERSIONS) {
      const oldest = oldestNonDefault(versions, defaultVersion)
      if (oldest) {
        operations.push({
          kind: 'DeletePolicyVersion',
          policyArn: live.arn,
          versionId: oldest,
          ...(step.stage === 'revoke' ? { stage: step.stage } : {})
        })
        versions = versions.filter(id => id !== oldest)
      }
    }
    operations.push({
      kind: 'CreatePolicyVersion',
      policyArn: live.arn,
      document: step.document,
      ...(step.stage ? { stage: step.stage } : {})
    })
    // The version this step creates becomes the default; it is never the oldest to delete.
    defaultVersion = `created-${index}`
    versions = [...versions, defaultVersion]
  })
}

/** Version ids are v1, v2, ...: the lowest number that is not the default is the oldest. */
export function oldestNonDefault(
  versionIds: readonly string[],
  defaultVersionId: string | undefined
): string | undefined {
  return versionIds
    .filter(id => id !== defaultVersionId && /^v\d+/.test(id))
    .sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')))[0]
}

/**
 * An orphan a file no glob reads would define is most likely a definition renamed or moved past
 * the globs, not one deleted: the prune waits until the file is read or gone.
 */
function unreadConflict(
  what: 'role' | 'managed policy',
  name: string,
  unread: UnreadDefinitionNames | undefined
): Conflict | undefined {
  if (!unread) return undefined
  const found = unreadDefinitionOf(unread, what, name)
  if (!found) {
    if (unread.unchecked.length === 0) return undefined
    const [first, ...more] = unread.unchecked
    const files = more.length > 0 ? `${first} and ${more.length} more YAML file(s)` : first
    return {
      kind: 'unread-definition',
      resource: `${what} ${name}`,
      reason: `${files} in the folders the definitions globs read, which no glob reads, could not be read within the run's byte budget to check whether one defines this ${what}; move large files out of those folders (or narrow the globs), or turn the rule unread-definition off to prune without the check`
    }
  }
  const file = found.file.file
  const also = found.file.also ?? []
  const maybe = found.maybe
  const files = [file, ...also, ...(maybe ? [maybe.file] : [])].join(' and ')
  const why = found.file.unknown
    ? `${file}, which no definitions glob in rolegate.yml reads, looks like a ${what} definition but ${unknownName(found.file.unknown)}, so it may define this ${what}; fix the file and rename or move it where a glob reads it, or add a glob for it to definitions`
    : also.length > 0
      ? `${[file, ...also].join(' and ')} define it, but no definitions glob in rolegate.yml reads those files, so the ${what} only looks removed; keep one: rename or move it where a glob reads it, and delete the others`
      : `${file} defines it, but no definitions glob in rolegate.yml reads that file, so the ${what} only looks removed; rename or move ${file} where a glob reads it, or add a glob for it to definitions`
  const alsoMaybe = maybe
    ? ` ${maybe.file}, which no glob reads either, looks like a ${what} definition but ${unknownName(maybe.unknown ?? 'does not load')}, so it may define it too.`
    : ''
  return {
    kind: 'unread-definition',
    resource: `${what} ${name}`,
    reason: `${why}.${alsoMaybe} If the ${what} should go, delete ${files} (or move ${files.includes(' and ') ? 'them' : 'it'} out of the folders the globs read) and prune again`
  }
}

function deletePolicy(
  policy: ManagedPolicyState,
  environment: EnvironmentChange,
  operations: Operation[],
  conflicts: Conflict[]
): void {
  const detachedHere = environment.roles.filter(
    role =>
      role.before?.managedPolicyArns.includes(policy.arn) &&
      !role.after?.managedPolicyArns.includes(policy.arn)
  ).length
  const attachments = policy.live?.attachmentCount ?? 0
  if (attachments > detachedHere) {
    conflicts.push({
      kind: 'in-use',
      resource: `managed policy ${policy.name}`,
      reason: `it is still attached to ${attachments - detachedHere} entity(ies) RoleGate does not manage; detach it there first`
    })
    return
  }
  // IAM deletes no policy that is a permissions boundary either (DeleteConflict): the prune would
  // stop half-way, its versions already deleted.
  const releasedHere = environment.roles.filter(
    role => role.before?.permissionsBoundary === policy.arn && role.after?.permissionsBoundary !== policy.arn
  ).length
  const boundaryUses = policy.live?.boundaryUsageCount ?? 0
  if (boundaryUses > releasedHere) {
    conflicts.push({
      kind: 'in-use',
      resource: `managed policy ${policy.name}`,
      reason: `it is the permissions boundary of ${boundaryUses - releasedHere} role(s) or user(s) RoleGate does not manage; give them another boundary first`
    })
    return
  }
  for (const versionId of policy.live?.versionIds ?? []) {
    if (versionId !== policy.live?.defaultVersionId)
      operations.push({ kind: 'DeletePolicyVersion', policyArn: policy.arn, versionId })
  }
  operations.push({ kind: 'DeletePolicy', policyArn: policy.arn })
}
