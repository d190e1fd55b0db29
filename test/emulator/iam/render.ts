import type { XmlObject } from '../core/xml.js'
import type { IamContext } from './context.js'
import { type InstanceProfile, type ManagedPolicy, type PolicyVersion, type Role, type Tag } from './model.js'

/** XML shapes of IAM's response types. Policy documents are URL-encoded, as IAM returns them. */

export function encodeDocument(document: string): string {
  return encodeURIComponent(document)
}

export function tagsXml(tags: Tag[]): XmlObject[] {
  return tags.map(tag => ({ Key: tag.Key, Value: tag.Value }))
}

function boundaryXml(role: Role): XmlObject | undefined {
  if (!role.permissionsBoundaryArn) return undefined
  return {
    PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
    PermissionsBoundaryArn: role.permissionsBoundaryArn
  }
}

function roleLastUsedXml(role: Role): XmlObject {
  return role.lastUsed ? { LastUsedDate: role.lastUsed.date, Region: role.lastUsed.region } : {}
}

/** The common members of a Role (as embedded in InstanceProfile.Roles). */
export function roleCoreXml(role: Role): XmlObject {
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: role.arn,
    CreateDate: role.createDate,
    AssumeRolePolicyDocument: encodeDocument(role.trustPolicy)
  }
}

/** ListRoles: no PermissionsBoundary, Tags or RoleLastUsed. */
export function roleListXml(role: Role): XmlObject {
  return { ...roleCoreXml(role), Description: role.description, MaxSessionDuration: role.maxSessionDuration }
}

/** CreateRole, GetRole, UpdateRoleDescription. */
export function roleFullXml(role: Role, withLastUsed = true): XmlObject {
  return {
    ...roleListXml(role),
    PermissionsBoundary: boundaryXml(role),
    Tags: role.tags.length > 0 ? tagsXml(role.tags) : undefined,
    RoleLastUsed: withLastUsed ? roleLastUsedXml(role) : undefined
  }
}

export function instanceProfileXml(ctx: IamContext, profile: InstanceProfile): XmlObject {
  const roles = profile.roleKeys
    .map(key => ctx.account.roles.get(key))
    .filter((role): role is Role => role !== undefined)
  return {
    Path: profile.path,
    InstanceProfileName: profile.name,
    InstanceProfileId: profile.id,
    Arn: profile.arn,
    CreateDate: profile.createDate,
    Roles: roles.map(roleCoreXml),
    Tags: profile.tags.length > 0 ? tagsXml(profile.tags) : undefined
  }
}

/** GetAccountAuthorizationDetails RoleDetail: no Description or MaxSessionDuration. */
export function roleDetailXml(ctx: IamContext, role: Role): XmlObject {
  const profiles = [...ctx.account.instanceProfiles.values()].filter(p =>
    p.roleKeys.includes(role.name.toLowerCase())
  )
  return {
    ...roleCoreXml(role),
    InstanceProfileList: profiles.map(profile => instanceProfileXml(ctx, profile)),
    RolePolicyList: [...role.inlinePolicies.values()].map(p => ({
      PolicyName: p.name,
      PolicyDocument: encodeDocument(p.document)
    })),
    AttachedManagedPolicies: role.attachedPolicyArns.map(arn => attachedPolicyXml(ctx, arn)),
    PermissionsBoundary: boundaryXml(role),
    Tags: tagsXml(role.tags),
    RoleLastUsed: roleLastUsedXml(role)
  }
}

export function attachedPolicyXml(ctx: IamContext, arn: string): XmlObject {
  const policy = ctx.registry.managedPolicy(ctx.account, arn)
  return { PolicyName: policy?.name ?? arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn }
}

function policyCoreXml(ctx: IamContext, policy: ManagedPolicy): XmlObject {
  return {
    PolicyName: policy.name,
    PolicyId: policy.id,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: ctx.registry.attachmentCount(ctx.account, policy.arn),
    PermissionsBoundaryUsageCount: ctx.registry.boundaryUsageCount(ctx.account, policy.arn),
    IsAttachable: true,
    Description: policy.description,
    CreateDate: policy.createDate,
    UpdateDate: policy.updateDate
  }
}

/** CreatePolicy, GetPolicy. */
export function policyXml(ctx: IamContext, policy: ManagedPolicy): XmlObject {
  return { ...policyCoreXml(ctx, policy), Tags: policy.tags.length > 0 ? tagsXml(policy.tags) : undefined }
}

export function policyVersionXml(
  policy: ManagedPolicy,
  version: PolicyVersion,
  withDocument: boolean
): XmlObject {
  return {
    Document: withDocument ? encodeDocument(version.document) : undefined,
    VersionId: version.versionId,
    IsDefaultVersion: version.versionId === policy.defaultVersionId,
    CreateDate: version.createDate
  }
}

/** GetAccountAuthorizationDetails ManagedPolicyDetail, with every version's document. */
export function policyDetailXml(ctx: IamContext, policy: ManagedPolicy): XmlObject {
  return {
    ...policyCoreXml(ctx, policy),
    PolicyVersionList: [...policy.versions].reverse().map(version => policyVersionXml(policy, version, true))
  }
}
