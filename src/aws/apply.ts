/**
 * Applies a plan: phase by phase, operations within a phase with bounded concurrency. The SDK
 * retries throttling and 5xx; on top of that, IAM's eventual consistency ("Invalid principal"
 * right after the referenced role was created, NoSuchEntity right after a create) is retried with
 * backoff for up to ~2 minutes. The first failure stops further changes; the result says exactly
 * what was and was not applied, and a re-run converges because every operation is idempotent.
 */
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  DeleteInstanceProfileCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  DeleteRoleCommand,
  DeleteRolePermissionsBoundaryCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  IAMClient,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
  TagPolicyCommand,
  TagRoleCommand,
  UntagPolicyCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  GetInstanceProfileCommand
} from '@aws-sdk/client-iam'
import { describeOperation, phaseOf, PHASES, type FailureCause, type Operation } from '../plan/model.js'
import {
  ConflictRefused,
  reconcileExisting,
  type ReconcileContext,
  type Reconciliation
} from './reconcile.js'
import { errorCode, errorMessage, errorName } from '../model/errors.js'

export interface ApplyOptions {
  concurrency: number
  /** How long to keep retrying IAM's eventual-consistency errors, in ms. */
  consistencyTimeoutMs: number
  /** First backoff delay in ms; doubles up to 10 s. */
  consistencyBackoffMs: number
  onApplied?: (operation: Operation) => void
  /** What the plan was made from: a create that meets an existing resource is re-read and reconciled under the same rules. */
  reconcile?: ReconcileContext
  /** Lines worth a log entry beyond the operations (a resource reconciled instead of created). */
  onNote?: (line: string) => void
}

export const DEFAULT_APPLY_OPTIONS: ApplyOptions = {
  concurrency: 4,
  consistencyTimeoutMs: 120_000,
  consistencyBackoffMs: 1_000
}

export interface ApplyResult {
  /** Operations IAM acknowledged, reconciliations included (a create that met an existing resource is not). */
  applied: Operation[]
  /** Resources that already existed and were reconciled instead of created, one line each. */
  reconciled: string[]
  /** `refused`: RoleGate stopped on purpose (a resource that is not its to change); a re-run does not help. */
  failed?: { operation: Operation; error: string; refused?: true; cause?: FailureCause }
  /** Operations in flight when the first failed that failed as well (concurrent workers). */
  alsoFailed: { operation: Operation; error: string }[]
  notAttempted: Operation[]
}

const DENIED = new Set(['AccessDenied', 'UnauthorizedOperation'])
const REJECTED = new Set([
  'MalformedPolicyDocument',
  'InvalidInput',
  'ValidationError',
  'LimitExceeded',
  'PolicyNotAttachable',
  'UnmodifiableEntity',
  // Still attached to, or the boundary of, something: a re-run meets the same entity.
  'DeleteConflict'
])
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'TimeoutError'])
// Node's "socket hang up" can reach the caller as the SDK's wrapper, which keeps only the message.
const NETWORK_MESSAGE = /\b(socket hang up|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT)\b/

export function failureCause(error: unknown): FailureCause | undefined {
  // The SDK names IAM's errors `LimitExceededException` and keeps IAM's own code in `Code`.
  const name = (errorName(error) ?? '').replace(/Exception$/, '')
  const raw = typeof error === 'object' && error !== null ? (error as { Code?: unknown }).Code : undefined
  const code = errorCode(error) ?? (typeof raw === 'string' ? raw : '')
  if (DENIED.has(name) || DENIED.has(code)) return 'denied'
  if (REJECTED.has(name) || REJECTED.has(code)) return 'rejected'
  // No HTTP answer at all: the request (or an earlier attempt of it) may have reached IAM.
  const answered = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode
  const network = NETWORK.has(code) || NETWORK.has(name) || NETWORK_MESSAGE.test(errorMessage(error))
  if (answered === undefined && network) return 'lost'
  return undefined
}

const tagList = (tags: Record<string, string>) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
const json = (document: object) => JSON.stringify(document)

async function send(client: IAMClient, operation: Operation): Promise<void> {
  switch (operation.kind) {
    case 'CreatePolicy':
      await client.send(
        new CreatePolicyCommand({
          PolicyName: operation.policyName,
          Path: operation.path,
          Description: operation.description || undefined,
          PolicyDocument: json(operation.document),
          Tags: tagList(operation.tags)
        })
      )
      return
    case 'CreatePolicyVersion':
      await client.send(
        new CreatePolicyVersionCommand({
          PolicyArn: operation.policyArn,
          PolicyDocument: json(operation.document),
          SetAsDefault: true
        })
      )
      return
    case 'DeletePolicyVersion':
      await client.send(
        new DeletePolicyVersionCommand({ PolicyArn: operation.policyArn, VersionId: operation.versionId })
      )
      return
    case 'TagPolicy':
      await client.send(
        new TagPolicyCommand({ PolicyArn: operation.policyArn, Tags: tagList(operation.tags) })
      )
      return
    case 'UntagPolicy':
      await client.send(
        new UntagPolicyCommand({ PolicyArn: operation.policyArn, TagKeys: operation.tagKeys })
      )
      return
    case 'CreateRole':
      await client.send(
        new CreateRoleCommand({
          RoleName: operation.roleName,
          Path: operation.path,
          Description: operation.description || undefined,
          MaxSessionDuration: operation.maxSessionDuration,
          AssumeRolePolicyDocument: json(operation.trustPolicy),
          PermissionsBoundary: operation.permissionsBoundary,
          Tags: tagList(operation.tags)
        })
      )
      return
    case 'UpdateAssumeRolePolicy':
      await client.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: operation.roleName,
          PolicyDocument: json(operation.trustPolicy)
        })
      )
      return
    case 'UpdateRole':
      await client.send(
        new UpdateRoleCommand({
          RoleName: operation.roleName,
          Description: operation.description,
          MaxSessionDuration: operation.maxSessionDuration
        })
      )
      return
    case 'PutRolePermissionsBoundary':
      await client.send(
        new PutRolePermissionsBoundaryCommand({
          RoleName: operation.roleName,
          PermissionsBoundary: operation.permissionsBoundary
        })
      )
      return
    case 'DeleteRolePermissionsBoundary':
      await client.send(new DeleteRolePermissionsBoundaryCommand({ RoleName: operation.roleName }))
      return
    case 'TagRole':
      await client.send(new TagRoleCommand({ RoleName: operation.roleName, Tags: tagList(operation.tags) }))
      return
    case 'UntagRole':
      await client.send(new UntagRoleCommand({ RoleName: operation.roleName, TagKeys: operation.tagKeys }))
      return
    case 'PutRolePolicy':
      await client.send(
        new PutRolePolicyCommand({
          RoleName: operation.roleName,
          PolicyName: operation.policyName,
          PolicyDocument: json(operation.document)
        })
      )
      return
    case 'DeleteRolePolicy':
      await client.send(
        new DeleteRolePolicyCommand({ RoleName: operation.roleName, PolicyName: operation.policyName })
      )
      return
    case 'AttachRolePolicy':
      await client.send(
        new AttachRolePolicyCommand({ RoleName: operation.roleName, PolicyArn: operation.policyArn })
      )
      return
    case 'DetachRolePolicy':
      await client.send(
        new DetachRolePolicyCommand({ RoleName: operation.roleName, PolicyArn: operation.policyArn })
      )
      return
    case 'CreateInstanceProfile':
      await client.send(
        new CreateInstanceProfileCommand({
          InstanceProfileName: operation.instanceProfileName,
          Path: operation.path,
          Tags: tagList(operation.tags)
        })
      )
      return
    case 'AddRoleToInstanceProfile':
      await client.send(
        new AddRoleToInstanceProfileCommand({
          InstanceProfileName: operation.instanceProfileName,
          RoleName: operation.roleName
        })
      )
      return
    case 'RemoveRoleFromInstanceProfile':
      await client.send(
        new RemoveRoleFromInstanceProfileCommand({
          InstanceProfileName: operation.instanceProfileName,
          RoleName: operation.roleName
        })
      )
      return
    case 'DeleteInstanceProfile':
      await client.send(
        new DeleteInstanceProfileCommand({ InstanceProfileName: operation.instanceProfileName })
      )
      return
    case 'DeleteRole':
      await client.send(new DeleteRoleCommand({ RoleName: operation.roleName }))
      return
    case 'DeletePolicy':
      await client.send(new DeletePolicyCommand({ PolicyArn: operation.policyArn }))
      return
  }
}

interface AwsError {
  name?: string
  message?: string
}

/**
 * Errors that mean "already done": an earlier attempt (or a crashed run) applied it. Accepting
 * them is what makes a re-run converge instead of failing on its own partial work.
 */
function alreadyApplied(operation: Operation, error: AwsError): boolean {
  if (error.name === 'NoSuchEntityException' || error.name === 'NoSuchEntity') {
    return [
      'DeleteRole',
      'DeletePolicy',
      'DeletePolicyVersion',
      'DeleteRolePolicy',
      'DetachRolePolicy',
      'DeleteInstanceProfile',
      'RemoveRoleFromInstanceProfile',
      'DeleteRolePermissionsBoundary'
    ].includes(operation.kind)
  }
  return false
}

function alreadyExists(
  operation: Operation,
  error: AwsError
): operation is Extract<Operation, { kind: 'CreateRole' | 'CreatePolicy' | 'CreateInstanceProfile' }> {
  return (
    (error.name === 'EntityAlreadyExistsException' || error.name === 'EntityAlreadyExists') &&
    (operation.kind === 'CreateRole' ||
      operation.kind === 'CreatePolicy' ||
      operation.kind === 'CreateInstanceProfile')
  )
}

/** An instance profile holds one role: LimitExceeded is "done" only when that role is ours. */
async function profileHoldsRole(
  client: IAMClient,
  operation: Extract<Operation, { kind: 'AddRoleToInstanceProfile' }>
): Promise<void> {
  const profile = await client.send(
    new GetInstanceProfileCommand({ InstanceProfileName: operation.instanceProfileName })
  )
  const roles = (profile.InstanceProfile?.Roles ?? []).map(role => role.RoleName ?? '')
  if (!roles.some(role => role.toLowerCase() === operation.roleName.toLowerCase()))
    throw new ConflictRefused(
      `adding ${operation.roleName} to instance profile ${operation.instanceProfileName}: it already holds ${roles.join(', ') || 'another role'}; remove that role from it first`
    )
}

/** Names created in this run: only errors about them can be IAM's eventual consistency. */
interface Created {
  roles: Set<string>
  policies: Set<string>
  any: boolean
  /** Lower-case names of the roles this run creates, done or still to come. */
  plannedRoles: Set<string>
}

/** Role names in an "Invalid principal" message: `... "AWS":"arn:aws:iam::123456789012:role/path/name"`. */
function principalRoles(message: string): string[] {
  return [...message.matchAll(/:iam::\d{12}:role\/(?:[^"\s]*\/)?([\w+=,.@-]+)/g)].map(match =>
    match[1].toLowerCase()
  )
}

/**
 * IAM is eventually consistent: what this run just created may not be visible to the next call
 * yet. Anything else (a managed policy that does not exist, a typo'd principal) fails at once.
 */
function eventuallyConsistent(operation: Operation, error: AwsError, created: Created): boolean {
  const name = error.name ?? ''
  const message = error.message ?? ''
  if (/MalformedPolicyDocument/.test(name) && /invalid principal/i.test(message)) {
    // A trust naming a role of this run: created moments ago, or being created by another worker now.
    const roles = principalRoles(message)
    return roles.length > 0 ? roles.some(role => created.plannedRoles.has(role)) : created.any
  }
  if (!/NoSuchEntity/.test(name)) return false
  // The message names what is missing: retry only when that is something this run created.
  const missing = [...created.roles, ...created.policies].filter(created => message.includes(created))
  if (missing.length > 0) return true
  return (
    !/policy|role|profile/i.test(message) && 'roleName' in operation && created.roles.has(operation.roleName)
  )
}

function recordCreated(operation: Operation, created: Created): void {
  if (operation.kind === 'CreateRole') created.roles.add(operation.roleName)
  else if (operation.kind === 'CreatePolicy') created.policies.add(operation.policyName)
  else return
  created.any = true
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/** Polls `read` with the consistency backoff until it finds something, the deadline passes or the run stops. */
function waiter(options: ApplyOptions, stopped: () => boolean) {
  return async <T>(read: () => Promise<T | undefined>): Promise<T | undefined> => {
    const deadline = Date.now() + options.consistencyTimeoutMs
    let delay = options.consistencyBackoffMs
    for (;;) {
      const found = await read()
      if (found !== undefined || Date.now() + delay > deadline || stopped()) return found
      await sleep(delay)
      delay = Math.min(delay * 2, 10_000)
    }
  }
}

/** Applies one operation; a create that met an existing resource returns its reconciliation instead. */
async function applyOne(
  client: IAMClient,
  operation: Operation,
  options: ApplyOptions,
  created: Created,
  /** The run has already failed: waiting for IAM to catch up is pointless. */
  stopped: () => boolean
): Promise<Reconciliation | undefined> {
  const deadline = Date.now() + options.consistencyTimeoutMs
  let delay = options.consistencyBackoffMs
  for (;;) {
    try {
      await send(client, operation)
      return undefined
    } catch (error) {
      const failure = error as AwsError
      if (alreadyApplied(operation, failure)) return undefined
      if (alreadyExists(operation, failure))
        return reconcileExisting(client, operation, options.reconcile, waiter(options, stopped))
      if (
        operation.kind === 'AddRoleToInstanceProfile' &&
        (failure.name === 'LimitExceededException' || failure.name === 'LimitExceeded')
      ) {
        await profileHoldsRole(client, operation)
        return undefined
      }
      if (!eventuallyConsistent(operation, failure, created) || Date.now() + delay > deadline || stopped())
        throw error
      await sleep(delay)
      delay = Math.min(delay * 2, 10_000)
    }
  }
}

/** Role and instance profile names (lower case) an operation concerns. */
function subjectsOf(operation: Operation): string[] {
  const names: string[] = []
  if ('roleName' in operation) names.push(operation.roleName.toLowerCase())
  if ('instanceProfileName' in operation) names.push(operation.instanceProfileName.toLowerCase())
  return names
}

export async function applyPlan(
  client: IAMClient,
  operations: readonly Operation[],
  options: ApplyOptions = DEFAULT_APPLY_OPTIONS
): Promise<ApplyResult> {
  const applied: Operation[] = []
  const reconciled: string[] = []
  /** Roles reconciled as a whole: the rest of the plan's operations on them are already covered. */
  const superseded = new Set<string>()
  let failed: ApplyResult['failed']
  const alsoFailed: ApplyResult['alsoFailed'] = []
  const remaining = new Set(operations)
  const plannedRoles = new Set(
    operations.flatMap(operation =>
      operation.kind === 'CreateRole' ? [operation.roleName.toLowerCase()] : []
    )
  )
  const created: Created = { roles: new Set(), policies: new Set(), any: false, plannedRoles }
  for (let phase = 0; phase < PHASES.length && !failed; phase++) {
    const queue = operations.filter(operation => phaseOf(operation) === phase)
    const workers = Array.from(
      { length: Math.max(1, Math.min(options.concurrency, queue.length)) },
      async () => {
        while (!failed) {
          const operation = queue.shift()
          if (!operation) return
          remaining.delete(operation)
          if (subjectsOf(operation).some(name => superseded.has(name))) continue
          const stopped = () => failed !== undefined
          try {
            const reconciliation = await applyOne(client, operation, options, created, stopped)
            if (!reconciliation) {
              recordCreated(operation, created)
              applied.push(operation)
              options.onApplied?.(operation)
              continue
            }
            if (operation.kind === 'CreateRole') superseded.add(operation.roleName.toLowerCase())
            for (const step of reconciliation.operations) {
              if (stopped()) throw new Error(`stopped before reconciling ${describeOperation(step)}`)
              const nested = await applyOne(client, step, options, created, stopped)
              if (nested) options.onNote?.(nested.note)
              applied.push(step)
              options.onApplied?.(step)
            }
            reconciled.push(reconciliation.note)
            options.onNote?.(reconciliation.note)
          } catch (error) {
            const message =
              error instanceof ConflictRefused
                ? error.message
                : `${describeOperation(operation)}: ${errorName(error) ?? 'Error'}: ${errorMessage(error)}`
            // The first failure stops the run; one already in flight is reported, not lost.
            if (failed) alsoFailed.push({ operation, error: message })
            else {
              const cause = error instanceof ConflictRefused ? undefined : failureCause(error)
              failed = {
                operation,
                error: message,
                ...(error instanceof ConflictRefused ? { refused: true as const } : {}),
                ...(cause ? { cause } : {})
              }
            }
          }
        }
      }
    )
    await Promise.all(workers)
  }
  return {
    applied,
    reconciled,
    ...(failed ? { failed } : {}),
    alsoFailed,
    notAttempted: operations.filter(operation => remaining.has(operation))
  }
}
