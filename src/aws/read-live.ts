/**
 * Reads live IAM into the same state model as rendered definitions, in few calls:
 * GetAccountAuthorizationDetails (roles with trust, inline and attached policies, boundary, tags,
 * instance profiles; local managed policies with their versions) plus ListRoles (description and
 * max session, which the former lacks). O(roles / 1000) calls instead of 5 per role.
 */
import {
  GetInstanceProfileCommand,
  IAMClient,
  ListPolicyTagsCommand,
  paginateGetAccountAuthorizationDetails,
  paginateListRoles,
  type ManagedPolicyDetail,
  type RoleDetail
} from '@aws-sdk/client-iam'
import {
  UsageError,
  errorCode,
  errorMessage,
  errorName,
  isAccessDenied,
  isThrottling
} from '../model/errors.js'
import type { PolicyDocument } from '../model/policy.js'
import {
  OWNERSHIP_TAG,
  type EnvironmentState,
  type ManagedPolicyState,
  type RoleState
} from '../model/state.js'
import { compareText } from '../util/compare-text.js'
import { setOwn } from '../util/own.js'
import { runCheckpoint } from '../util/run-checkpoint.js'

export interface ReadOptions {
  /** The rendered definitions: which names RoleGate must look at. */
  desired: EnvironmentState
  managedBy: string
  /** Physical names that may belong to this project (for prune): the naming template's prefix. */
  namePrefix: string
  /**
   * Import: the roles this accepts replace the desired and owned ones, and every customer managed
   * policy attached to them is read as well.
   */
  selectRole?: (role: { name: string; path: string }) => boolean
}

/**
 * IAM returns policy documents URL-encoded; the SDK does not decode them. `what` names the document
 * (`the trust policy of role app`) for the error when IAM's answer cannot be decoded.
 */
export function decodePolicyDocument(encoded: string | undefined, what: string): PolicyDocument {
  if (!encoded) return { Statement: [] }
  let text: string
  try {
    text = decodeURIComponent(encoded)
  } catch (error) {
    throw malformedDocument(what, `it is not valid URL encoding (${errorMessage(error)})`, encoded)
  }
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    throw malformedDocument(what, `it is not valid JSON (${errorMessage(error)})`, text)
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document))
    throw malformedDocument(what, 'it is not a JSON object', text)
  return document as PolicyDocument
}

function malformedDocument(what: string, problem: string, text: string): UsageError {
  // No control characters (newlines included) from a live document reach a log line.
  const flat = [...text.slice(0, 200)].map(char => (char < ' ' || char === '\u007f' ? ' ' : char)).join('')
  const excerpt = flat.length > 80 ? `${flat.slice(0, 80)}…` : flat
  return new UsageError(
    `reading live IAM: IAM returned ${what} in a form RoleGate cannot decode: ${problem}; it starts "${excerpt}". ` +
      'RoleGate changed nothing. Inspect that document in the IAM console or with the AWS CLI, fix or remove it, and run again'
  )
}

/**
 * Tags as RoleGate manages them. `aws:` tags (`aws:cloudformation:stack-name`) are AWS's own: no one
 * can set or remove them, so no definition holds them, no plan untags them and import leaves them out.
 */
function tagsOf(tags: { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  return Object.fromEntries(
    (tags ?? []).filter(tag => !isAwsTag(tag.Key)).map(tag => [tag.Key ?? '', tag.Value ?? ''])
  )
}

function isAwsTag(key: string | undefined): boolean {
  return /^aws:/i.test(key ?? '')
}

/**
 * Live IAM as state. IAM refusing a read (a role without the read permissions), or IAM out of reach,
 * is the user's to fix, not a RoleGate bug: a UsageError that names the call, before anything changed.
 */
export async function readLiveEnvironment(
  client: IAMClient,
  options: ReadOptions
): Promise<EnvironmentState> {
  try {
    return await readLive(client, options)
  } catch (error) {
    throw readFailure(error, 'reading live IAM', [
      'iam:GetAccountAuthorizationDetails',
      'iam:ListRoles',
      'iam:ListPolicyTags'
    ])
  }
}

/**
 * What to throw for a read of IAM that failed: IAM's or the network's error as a UsageError saying
 * what was being read, that nothing changed, and (refused) which permissions the credentials need;
 * a bug of RoleGate's as it is (exit 3, "please report it").
 */
export function readFailure(error: unknown, reading: string, permissions: readonly string[]): unknown {
  const fromAws =
    typeof error === 'object' &&
    error !== null &&
    ('$metadata' in error || errorCode(error) !== undefined || errorName(error) === 'TimeoutError')
  if (error instanceof UsageError || !fromAws) return error
  const denied = isAccessDenied(error)
  const listed =
    permissions.length === 1
      ? permissions[0]
      : `${permissions.slice(0, -1).join(', ')} and ${permissions[permissions.length - 1]}`
  return new UsageError(
    `${reading} failed: ${errorMessage(error)}. RoleGate changed nothing. ` +
      (denied
        ? `The credentials need ${listed} on "*" (docs/deploy.md, "What is read and why"); the deployer role "rolegate bootstrap" creates has ${permissions.length === 1 ? 'it' : 'them'}`
        : isThrottling(error)
          ? 'IAM is throttling requests (other tools may be busy in this account): wait a minute and run again'
          : 'Check that IAM is reachable from here (network, proxy, AWS_ENDPOINT_URL_IAM) and run again')
  )
}

async function readLive(client: IAMClient, options: ReadOptions): Promise<EnvironmentState> {
  const wantedRoles = new Set(options.desired.roles.map(role => role.name.toLowerCase()))
  const wantedPolicies = new Set(options.desired.managedPolicies.map(policy => policy.name.toLowerCase()))
  const roleDetails: RoleDetail[] = []
  const policyDetails: ManagedPolicyDetail[] = []
  for await (const page of paginateGetAccountAuthorizationDetails(
    { client, pageSize: 1000 },
    { Filter: ['Role', 'LocalManagedPolicy'] }
  )) {
    runCheckpoint()
    roleDetails.push(...(page.RoleDetailList ?? []))
    policyDetails.push(...(page.Policies ?? []))
  }
  const { selectRole } = options
  const relevantRoles = roleDetails.filter(role =>
    selectRole
      ? selectRole({ name: role.RoleName ?? '', path: role.Path ?? '/' })
      : wantedRoles.has((role.RoleName ?? '').toLowerCase()) ||
        tagsOf(role.Tags)[OWNERSHIP_TAG] === options.managedBy
  )
  if (selectRole) {
    const attached = new Set(
      relevantRoles.flatMap(role => role.AttachedManagedPolicies ?? []).map(p => p.PolicyArn)
    )
    for (const policy of policyDetails)
      if (attached.has(policy.Arn)) wantedPolicies.add((policy.PolicyName ?? '').toLowerCase())
  }
  const roleSettings = new Map<string, { description: string; maxSessionDuration: number }>()
  if (relevantRoles.length > 0) {
    for await (const page of paginateListRoles({ client, pageSize: 1000 }, {})) {
      for (const role of page.Roles ?? []) {
        roleSettings.set(role.RoleName ?? '', {
          description: role.Description ?? '',
          maxSessionDuration: role.MaxSessionDuration ?? 3600
        })
      }
    }
  }
  const roles = relevantRoles.map(detail => toRoleState(detail, roleSettings.get(detail.RoleName ?? '')))

  // ManagedPolicyDetail carries no tags: read them only for policies that can concern us.
  const prefix = options.namePrefix.toLowerCase()
  const candidates = policyDetails.filter(policy => {
    const name = policyName(policy).toLowerCase()
    return wantedPolicies.has(name) || (prefix !== '' && name.startsWith(prefix))
  })
  const uses = policyUses(roleDetails)
  const managedPolicies: ManagedPolicyState[] = []
  for (const detail of candidates) {
    const tags = await readPolicyTags(client, detail.Arn ?? '')
    if (!wantedPolicies.has(policyName(detail).toLowerCase()) && tags[OWNERSHIP_TAG] !== options.managedBy)
      continue
    const policy = toManagedPolicyState(detail, tags)
    const elsewhere = usedElsewhere(detail, uses.get(detail.Arn ?? ''), wantedRoles)
    if (policy.live && elsewhere) policy.live.attachedElsewhere = elsewhere
    managedPolicies.push(policy)
  }
  const customerPolicyArns = policyDetails.flatMap(policy => (policy.Arn ? [policy.Arn] : []))
  return { ...options.desired, roles, managedPolicies, customerPolicyArns }
}

/** The policy's name; the last segment of its ARN when the answer leaves PolicyName out (moto 5.2 does). */
function policyName(detail: ManagedPolicyDetail): string {
  return detail.PolicyName ?? detail.Arn?.slice(detail.Arn.lastIndexOf('/') + 1) ?? ''
}

async function readPolicyTags(client: IAMClient, policyArn: string): Promise<Record<string, string>> {
  const tags: Record<string, string> = {}
  let marker: string | undefined
  do {
    const page = await client.send(new ListPolicyTagsCommand({ PolicyArn: policyArn, Marker: marker }))
    // Own keys: a tag named `__proto__` (which a definition may hold) is a tag, not a prototype.
    for (const tag of page.Tags ?? []) if (!isAwsTag(tag.Key)) setOwn(tags, tag.Key ?? '', tag.Value ?? '')
    marker = page.IsTruncated ? page.Marker : undefined
  } while (marker)
  return tags
}

function toRoleState(
  detail: RoleDetail,
  settings: { description: string; maxSessionDuration: number } | undefined
): RoleState {
  const name = detail.RoleName ?? ''
  const role: RoleState = {
    name,
    path: detail.Path ?? '/',
    arn: detail.Arn ?? '',
    description: settings?.description ?? '',
    maxSessionDuration: settings?.maxSessionDuration ?? 3600,
    trustPolicy: decodePolicyDocument(detail.AssumeRolePolicyDocument, `the trust policy of role ${name}`),
    inlinePolicies: Object.fromEntries(
      (detail.RolePolicyList ?? []).map(policy => [
        policy.PolicyName ?? '',
        decodePolicyDocument(
          policy.PolicyDocument,
          `inline policy ${policy.PolicyName ?? '(unnamed)'} of role ${name}`
        )
      ])
    ),
    managedPolicyArns: (detail.AttachedManagedPolicies ?? []).map(policy => policy.PolicyArn ?? '').sort(),
    tags: tagsOf(detail.Tags),
    instanceProfile: (detail.InstanceProfileList ?? []).some(profile => profile.InstanceProfileName === name)
  }
  if (detail.PermissionsBoundary?.PermissionsBoundaryArn)
    role.permissionsBoundary = detail.PermissionsBoundary.PermissionsBoundaryArn
  if (detail.RoleId) role.roleId = detail.RoleId
  const others = (detail.InstanceProfileList ?? [])
    .map(profile => profile.InstanceProfileName ?? '')
    .filter(profile => profile !== name)
  if (others.length > 0) role.otherInstanceProfiles = others
  return role
}

interface PolicyUse {
  /** Roles that have it attached, by name. */
  attached: string[]
  /** Roles that have it as permissions boundary, by name. */
  boundary: string[]
}

/** Which roles of the account use each managed policy, attached or as boundary, by policy ARN. */
function policyUses(roles: readonly RoleDetail[]): Map<string, PolicyUse> {
  const uses = new Map<string, PolicyUse>()
  const use = (arn: string) => {
    let found = uses.get(arn)
    if (!found) uses.set(arn, (found = { attached: [], boundary: [] }))
    return found
  }
  for (const role of roles) {
    const name = role.RoleName ?? ''
    for (const attached of role.AttachedManagedPolicies ?? [])
      use(attached.PolicyArn ?? '').attached.push(name)
    const boundary = role.PermissionsBoundary?.PermissionsBoundaryArn
    if (boundary) use(boundary).boundary.push(name)
  }
  return uses
}

/**
 * Who else a new version of the policy reaches: roles of the account that have it attached or as
 * permissions boundary but are not defined here (GetAccountAuthorizationDetails lists every role),
 * and users and groups, counted from IAM's AttachmentCount and PermissionsBoundaryUsageCount less
 * those roles (a user with it both ways counts twice). Undefined when there are none.
 */
function usedElsewhere(
  policy: ManagedPolicyDetail,
  use: PolicyUse | undefined,
  definedRoles: ReadonlySet<string>
): { roles: string[]; usersAndGroups: number } | undefined {
  const attached = use?.attached ?? []
  const boundary = use?.boundary ?? []
  const outside = [...new Set([...attached, ...boundary])]
    .filter(name => !definedRoles.has(name.toLowerCase()))
    .sort(compareText)
  const usersAndGroups =
    Math.max(0, (policy.AttachmentCount ?? 0) - attached.length) +
    Math.max(0, (policy.PermissionsBoundaryUsageCount ?? 0) - boundary.length)
  return outside.length > 0 || usersAndGroups > 0 ? { roles: outside, usersAndGroups } : undefined
}

function toManagedPolicyState(detail: ManagedPolicyDetail, tags: Record<string, string>): ManagedPolicyState {
  const versions = detail.PolicyVersionList ?? []
  const current =
    versions.find(version => version.IsDefaultVersion) ??
    versions.find(version => version.VersionId === detail.DefaultVersionId)
  return {
    name: policyName(detail),
    path: detail.Path ?? '/',
    arn: detail.Arn ?? '',
    description: detail.Description ?? '',
    document: decodePolicyDocument(
      current?.Document,
      `version ${current?.VersionId ?? detail.DefaultVersionId ?? '?'} of managed policy ${detail.Arn ?? detail.PolicyName ?? '(unnamed)'}`
    ),
    tags,
    live: {
      defaultVersionId: detail.DefaultVersionId ?? '',
      versionIds: versions.map(version => version.VersionId ?? ''),
      attachmentCount: detail.AttachmentCount ?? 0,
      boundaryUsageCount: detail.PermissionsBoundaryUsageCount ?? 0,
      policyId: detail.PolicyId
    }
  }
}

/**
 * The ownership tag of each named instance profile (undefined: untagged), read with
 * GetInstanceProfile: only for the profiles a plan deletes, so a deploy pays nothing otherwise.
 * A profile that is gone is left out: deleting it is already done.
 */
export async function instanceProfileOwners(
  client: IAMClient,
  names: readonly string[]
): Promise<Map<string, string | undefined>> {
  const owners = new Map<string, string | undefined>()
  for (const name of names) {
    try {
      const { InstanceProfile: profile } = await client.send(
        new GetInstanceProfileCommand({ InstanceProfileName: name })
      )
      owners.set(name, profile?.Tags?.find(tag => tag.Key === OWNERSHIP_TAG)?.Value)
    } catch (error) {
      if (errorName(error) === 'NoSuchEntityException' || errorName(error) === 'NoSuchEntity') continue
      throw new UsageError(
        `reading instance profile ${name} failed: ${errorMessage(error)}. RoleGate changed nothing; the credentials need iam:GetInstanceProfile (docs/deploy.md)`
      )
    }
  }
  return owners
}
