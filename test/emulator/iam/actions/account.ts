import { errors } from '../../core/errors.js'
import { XmlMap, type XmlObject } from '../../core/xml.js'
import { ACCOUNT_WIDE, type IamAction } from '../action.js'
import { isPolicyVisible, isVisible, type IamContext } from '../context.js'
import { byKey, paginate } from '../paginate.js'
import { policyDetailXml, roleDetailXml } from '../render.js'
import { checkMaxItems } from '../validate.js'

/** Account-wide reads: GetAccountAuthorizationDetails and GetAccountSummary. */

const ENTITY_FILTERS = ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'] as const
type EntityFilter = (typeof ENTITY_FILTERS)[number]

interface DetailItem {
  key: string
  kind: 'role' | 'policy'
  render: () => XmlObject
}

function parseFilters(values: string[] | undefined): Set<EntityFilter> {
  if (values === undefined || values.length === 0) return new Set(ENTITY_FILTERS)
  for (const value of values) {
    if (!(ENTITY_FILTERS as readonly string[]).includes(value)) {
      throw errors.constraint(
        'Filter',
        `[${values.join(', ')}]`,
        `Member must satisfy constraint: [Member must satisfy enum value set: [${ENTITY_FILTERS.join(', ')}]]`
      )
    }
  }
  return new Set(values as EntityFilter[])
}

function detailItems(ctx: IamContext, filters: Set<EntityFilter>): DetailItem[] {
  const items: DetailItem[] = []
  if (filters.has('Role')) {
    for (const role of ctx.account.roles.values()) {
      if (!isVisible(ctx, role)) continue
      items.push({
        key: `1:${role.name.toLowerCase()}`,
        kind: 'role',
        render: () => roleDetailXml(ctx, role)
      })
    }
  }
  if (filters.has('LocalManagedPolicy')) {
    for (const policy of ctx.account.policies.values()) {
      if (!isPolicyVisible(ctx, policy)) continue
      items.push({ key: `2:${policy.arn}`, kind: 'policy', render: () => policyDetailXml(ctx, policy) })
    }
  }
  if (filters.has('AWSManagedPolicy')) {
    for (const policy of ctx.registry.awsManaged.values()) {
      if (ctx.registry.attachmentCount(ctx.account, policy.arn) === 0) continue
      items.push({ key: `3:${policy.arn}`, kind: 'policy', render: () => policyDetailXml(ctx, policy) })
    }
  }
  return items.sort(byKey(item => item.key))
}

const getAccountAuthorizationDetails: IamAction = {
  resource: ACCOUNT_WIDE,
  run(ctx, params) {
    const filters = parseFilters(params.list('Filter'))
    const maxItems = checkMaxItems(params.integer('MaxItems'))
    const page = paginate(detailItems(ctx, filters), item => item.key, params.optional('Marker'), maxItems)
    return {
      UserDetailList: [],
      GroupDetailList: [],
      RoleDetailList: page.items.filter(item => item.kind === 'role').map(item => item.render()),
      Policies: page.items.filter(item => item.kind === 'policy').map(item => item.render()),
      IsTruncated: page.isTruncated,
      Marker: page.marker
    }
  }
}

const getAccountSummary: IamAction = {
  resource: ACCOUNT_WIDE,
  run(ctx) {
    const { account, registry } = ctx
    const quotas = account.quotas
    const managedArns = [...account.policies.keys(), ...registry.awsManaged.keys()]
    const attachments = managedArns.reduce((sum, arn) => sum + registry.attachmentCount(account, arn), 0)
    const entries: Array<[string, number]> = [
      ['Users', 0],
      ['UsersQuota', 5000],
      ['Groups', 0],
      ['GroupsQuota', 300],
      ['Roles', account.roles.size],
      ['RolesQuota', quotas.roles],
      ['InstanceProfiles', account.instanceProfiles.size],
      ['InstanceProfilesQuota', quotas.instanceProfiles],
      ['Policies', account.policies.size],
      ['PoliciesQuota', quotas.policies],
      ['PolicySizeQuota', quotas.policySize],
      ['PolicyVersionsInUse', attachments],
      ['PolicyVersionsInUseQuota', quotas.policyVersionsInUse],
      ['VersionsPerPolicyQuota', quotas.versionsPerPolicy],
      ['AttachedPoliciesPerRoleQuota', quotas.attachedPoliciesPerRole],
      ['AttachedPoliciesPerUserQuota', 10],
      ['AttachedPoliciesPerGroupQuota', 10],
      ['RolePolicySizeQuota', quotas.rolePolicySize],
      ['UserPolicySizeQuota', 2048],
      ['GroupPolicySizeQuota', 5120],
      ['AssumeRolePolicySizeQuota', quotas.assumeRolePolicySize],
      ['Providers', account.githubOidcProvider ? 1 : 0],
      ['ServerCertificates', 0],
      ['ServerCertificatesQuota', 20],
      ['MFADevices', 0],
      ['MFADevicesInUse', 0],
      ['AccountMFAEnabled', 0],
      ['AccountAccessKeysPresent', 0],
      ['AccountSigningCertificatesPresent', 0],
      ['AccessKeysPerUserQuota', 2],
      ['SigningCertificatesPerUserQuota', 2],
      ['GroupsPerUserQuota', 10],
      ['GlobalEndpointTokenVersion', 1]
    ]
    return { SummaryMap: new XmlMap(entries) }
  }
}

export const accountActions: Record<string, IamAction> = {
  GetAccountAuthorizationDetails: getAccountAuthorizationDetails,
  GetAccountSummary: getAccountSummary
}
