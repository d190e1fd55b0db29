/**
 * Pre-checks: what the apply needs that the plan can see is missing, or would not fit. A permissions boundary or an
 * attached customer managed policy that neither exists in the account nor is created by the plan
 * would fail mid-apply (IAM: "NoSuchEntity ... does not exist or is not attachable") after other
 * changes were made; the plan refuses it up front instead, before any mutating call.
 */
import type { AccountUsage } from '../model/state.js'
import type { Conflict, Operation, OperationKind } from './model.js'
import { thousands } from '../util/thousands.js'

export interface PrecheckInput {
  /** The environment planned, for the command that creates a missing boundary. */
  environment: string
  operations: readonly Operation[]
  /** Every customer managed policy ARN in the account, from the live read. */
  livePolicyArns: readonly string[]
  /** ARNs of the customer managed policies the plan creates. */
  createdPolicyArns: readonly string[]
}

/**
 * `arn:aws:iam::aws:policy/...` has the shape of an AWS managed policy, which the live read cannot
 * see (it lists the account's customer managed policies only): the plan cannot tell a real one from
 * a wrong path or name, and does not judge it. Lint does, against the bundled list
 * (unknown-aws-managed-policy, an error unless suppressed; plan and deploy refuse on errors). The
 * plan does not repeat that check: a policy AWS published after the list, suppressed in lint with a
 * reason, must not block the deploy here.
 */
function isAwsManaged(arn: string): boolean {
  return /^arn:[\w-]+:iam::aws:policy\//.test(arn)
}

interface Use {
  boundaryOf: string[]
  attachedTo: string[]
}

export function missingPolicyConflicts(input: PrecheckInput): Conflict[] {
  // IAM policy names are unique case-insensitively: compare ARNs the same way.
  const available = new Set(
    [...input.livePolicyArns, ...input.createdPolicyArns].map(arn => arn.toLowerCase())
  )
  const uses = new Map<string, Use>()
  const use = (arn: string): Use => {
    let entry = uses.get(arn)
    if (!entry) uses.set(arn, (entry = { boundaryOf: [], attachedTo: [] }))
    return entry
  }
  for (const operation of input.operations) {
    if (operation.kind === 'CreateRole' && operation.permissionsBoundary)
      use(operation.permissionsBoundary).boundaryOf.push(operation.roleName)
    else if (operation.kind === 'PutRolePermissionsBoundary')
      use(operation.permissionsBoundary).boundaryOf.push(operation.roleName)
    else if (operation.kind === 'AttachRolePolicy')
      use(operation.policyArn).attachedTo.push(operation.roleName)
  }
  const conflicts: Conflict[] = []
  for (const [arn, { boundaryOf, attachedTo }] of uses) {
    if (isAwsManaged(arn) || available.has(arn.toLowerCase())) continue
    const account = /^arn:[\w-]+:iam::(\d{12}):/.exec(arn)?.[1]
    const where = account ? `account ${account}` : 'the account'
    if (boundaryOf.length > 0) {
      conflicts.push({
        kind: 'missing-dependency',
        resource: `permissions boundary ${arn}`,
        reason:
          `it is the permissions boundary of ${roleList(boundaryOf)}, but it does not exist in ${where} and this plan does not create it, so IAM would refuse the change mid-deploy. ` +
          `Create it first: run "rolegate bootstrap --env ${input.environment}" and deploy the CloudFormation template it prints (it creates the boundary), ` +
          `or correct permissionsBoundary in rolegate.yml or the role definition`
      })
    }
    if (attachedTo.length > 0) {
      conflicts.push({
        kind: 'missing-dependency',
        resource: `managed policy ${arn}`,
        reason:
          `${roleList(attachedTo)} attach${attachedTo.length === 1 ? 'es' : ''} it, but it does not exist in ${where} and this plan does not create it, so IAM would refuse the attachment mid-deploy. ` +
          `Define it in this repository ("kind: ManagedPolicy") and reference it by its logical name, create it in the account first, or remove it from managedPolicies`
      })
    }
  }
  return conflicts
}

function roleList(roles: readonly string[]): string {
  const unique = [...new Set(roles)].sort()
  const shown = unique.slice(0, 5).join(', ')
  const more = unique.length > 5 ? ` and ${unique.length - 5} more` : ''
  return `${unique.length === 1 ? 'role' : 'roles'} ${shown}${more}`
}

/**
 * Instance profiles the plan deletes that RoleGate did not create. A role's same-named profile is
 * deleted with the role (prune) or when its definition drops `instanceProfile`; one made by hand
 * (untagged, or another owner's) may be what running instances use: a conflict, never deleted.
 * `owners`: each such profile's ownership tag, as read live (absent key: untagged).
 */
export function foreignInstanceProfileConflicts(
  operations: readonly Operation[],
  owners: ReadonlyMap<string, string | undefined>,
  managedBy: string
): Conflict[] {
  const conflicts: Conflict[] = []
  for (const operation of operations) {
    if (operation.kind !== 'DeleteInstanceProfile' || !owners.has(operation.instanceProfileName)) continue
    const owner = owners.get(operation.instanceProfileName)
    if (owner === managedBy) continue
    conflicts.push({
      kind: 'foreign-instance-profile',
      resource: `instance profile ${operation.instanceProfileName}`,
      reason: `${owner === undefined ? 'it has no rolegate:managed-by tag: RoleGate did not create it' : `it is managed by ${owner}, not by this repository`}, and instances may use it, so RoleGate will not delete it; remove the role from it by hand (or delete it) if nobody needs it, or keep it with "instanceProfile: true" in the role's definition`
    })
  }
  return conflicts
}

interface AccountQuota {
  usage: keyof AccountUsage
  create: OperationKind
  remove: OperationKind
  /** Singular and plural. */
  noun: [string, string]
  /** The quota's name in Service Quotas (service code `iam`), where an increase is requested. */
  serviceQuota: string
}

/** The account-wide IAM quotas a deploy can run into, by what counts against each. */
const ACCOUNT_QUOTAS: readonly AccountQuota[] = [
  {
    usage: 'roles',
    create: 'CreateRole',
    remove: 'DeleteRole',
    noun: ['role', 'roles'],
    serviceQuota: 'Roles per account'
  },
  {
    usage: 'instanceProfiles',
    create: 'CreateInstanceProfile',
    remove: 'DeleteInstanceProfile',
    noun: ['instance profile', 'instance profiles'],
    serviceQuota: 'Instance profiles per account'
  },
  {
    usage: 'policies',
    create: 'CreatePolicy',
    remove: 'DeletePolicy',
    noun: ['customer managed policy', 'customer managed policies'],
    serviceQuota: 'Customer managed policies per account'
  }
]

/** Whether the operations create anything an account quota counts: only then is there a quota to check. */
export function createsCountedEntities(operations: readonly Operation[]): boolean {
  return operations.some(operation => ACCOUNT_QUOTAS.some(quota => quota.create === operation.kind))
}

/**
 * Account quotas the plan would exceed. IAM refuses a create past a quota (LimitExceeded), so a
 * deploy that does not fit would stop part-way, its other changes applied: refused up front instead.
 * Deletions (prune) make no room in time: the apply creates first and deletes last (phases in
 * model.ts), so the account must hold what it has plus everything created.
 */
export function quotaConflicts(
  operations: readonly Operation[],
  usage: AccountUsage,
  account: string
): Conflict[] {
  const conflicts: Conflict[] = []
  for (const quota of ACCOUNT_QUOTAS) {
    const creates = operations.filter(operation => operation.kind === quota.create).length
    const deletes = operations.filter(operation => operation.kind === quota.remove).length
    const { used, quota: limit } = usage[quota.usage]
    const peak = used + creates
    if (creates === 0 || peak <= limit) continue
    const [one, many] = quota.noun
    const noun = (n: number) => `${thousands(n)} ${n === 1 ? one : many}`
    const numbers =
      deletes === 0
        ? `account ${account} holds ${noun(used)} and this deploy creates ${thousands(creates)}: ${noun(peak)}, over the quota of ${thousands(limit)} by ${thousands(peak - limit)}`
        : `account ${account} holds ${noun(used)}; this deploy creates ${thousands(creates)} and deletes ${thousands(deletes)}, but it deletes last, after every create, so the account would hold ${noun(peak)} at once: over the quota of ${thousands(limit)} by ${thousands(peak - limit)}`
    const prune =
      deletes === 0
        ? `delete ${many} the account no longer needs first`
        : `prune first: deploy the removals on their own (with prune, before adding the new definitions), then the rest`
    conflicts.push({
      kind: 'quota',
      resource: `IAM quota "${quota.serviceQuota}"`,
      reason:
        `${numbers}. IAM refuses a create past the quota (LimitExceeded), so the deploy would stop part-way, half-applied; RoleGate applies nothing instead. ` +
        `Request a quota increase in Service Quotas (AWS Identity and Access Management, "${quota.serviceQuota}"), define fewer ${many} for this environment, or ${prune}`
    })
  }
  return conflicts
}
