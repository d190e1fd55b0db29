import { errors } from '../../core/errors.js'
import { uniqueId } from '../../core/ids.js'
import {
  ACCOUNT_WIDE,
  conditionContext,
  mergeContexts,
  requestTagKeys,
  tagOnCreate,
  type IamAction
} from '../action.js'
import { isVisible, requireRole, type IamContext } from '../context.js'
import { validateTrustPolicy } from '../documents.js'
import { roleArn, type Role } from '../model.js'
import { byKey, paginate } from '../paginate.js'
import { roleFullXml, roleListXml } from '../render.js'
import {
  checkDescription,
  checkMaxItems,
  checkMaxSessionDuration,
  checkName,
  checkPath,
  checkPathPrefix,
  checkPolicyArn,
  checkTags
} from '../validate.js'
import { roleResource, roleTagAndBoundaryKeys, roleTagKeys } from './role-target.js'

const ROLE_NAME_MAX = 64

/** A permissions boundary must be an existing managed policy. */
export function checkBoundary(ctx: IamContext, arn: string): string {
  checkPolicyArn('PermissionsBoundary', arn)
  const policy = ctx.registry.managedPolicy(ctx.account, arn)
  if (!policy) throw errors.noSuchEntity(`Scope ARN: ${arn} does not exist or is not attachable.`)
  return arn
}

const newRoleArn: IamAction['resource'] = (ctx, params) =>
  roleArn(ctx.account.id, params.optional('Path') ?? '/', params.optional('RoleName') ?? '')

const createRole: IamAction = {
  resource: newRoleArn,
  conditionKeys: (_ctx, params) =>
    conditionContext([
      ['iam:PermissionsBoundary', params.optional('PermissionsBoundary')],
      ...requestTagKeys(params.structList('Tags', ['Key', 'Value'] as const))
    ]),
  dependentAuthorizations: (ctx, params) =>
    tagOnCreate('iam:TagRole', newRoleArn(ctx, params), params.structList('Tags', ['Key', 'Value'] as const)),
  run(ctx, params) {
    const name = checkName('RoleName', params.required('RoleName'), ROLE_NAME_MAX)
    const path = checkPath('Path', params.optional('Path'))
    const description = checkDescription(params.optional('Description'))
    const maxSessionDuration = checkMaxSessionDuration(params.integer('MaxSessionDuration')) ?? 3600
    const tags = checkTags(
      params.structList('Tags', ['Key', 'Value'] as const),
      ctx.account.quotas.tagsPerResource
    )
    const boundary = params.optional('PermissionsBoundary')
    const trustPolicy = validateTrustPolicy(
      ctx,
      'AssumeRolePolicyDocument',
      params.required('AssumeRolePolicyDocument')
    )
    if (boundary !== undefined) checkBoundary(ctx, boundary)
    if (ctx.account.roles.has(name.toLowerCase())) {
      throw errors.entityAlreadyExists(`Role with name ${name} already exists.`)
    }
    if (ctx.account.roles.size >= ctx.account.quotas.roles) {
      throw errors.limitExceeded(`Cannot exceed quota for RolesPerAccount: ${ctx.account.quotas.roles}`)
    }
    const now = ctx.clock.now()
    const role: Role = {
      name,
      path,
      id: uniqueId('AROA'),
      arn: roleArn(ctx.account.id, path, name),
      createDate: new Date(now),
      trustPolicy,
      description,
      maxSessionDuration,
      inlinePolicies: new Map(),
      attachedPolicyArns: [],
      permissionsBoundaryArn: boundary,
      tags,
      visibleAt: now + ctx.consistencyDelayMs
    }
    ctx.account.roles.set(name.toLowerCase(), role)
    return { Role: roleFullXml(role, false) }
  }
}

const getRole: IamAction = {
  resource: roleResource,
  conditionKeys: roleTagKeys,
  run: (ctx, params) => ({ Role: roleFullXml(requireRole(ctx, params.required('RoleName'), true)) })
}

const listRoles: IamAction = {
  resource: ACCOUNT_WIDE,
  run(ctx, params) {
    const prefix = checkPathPrefix(params.optional('PathPrefix'))
    const maxItems = checkMaxItems(params.integer('MaxItems'))
    const key = (role: Role) => role.name.toLowerCase()
    const roles = [...ctx.account.roles.values()]
      .filter(role => isVisible(ctx, role) && role.path.startsWith(prefix))
      .sort(byKey(key))
    const page = paginate(roles, key, params.optional('Marker'), maxItems)
    return { Roles: page.items.map(roleListXml), IsTruncated: page.isTruncated, Marker: page.marker }
  }
}

// The Service Authorization Reference lists iam:PermissionsBoundary (the role's boundary) for
// UpdateRole, UpdateRoleDescription, UpdateAssumeRolePolicy and DeleteRole too.
const updateRole: IamAction = {
  resource: roleResource,
  conditionKeys: roleTagAndBoundaryKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    const description = checkDescription(params.optional('Description'))
    const maxSessionDuration = checkMaxSessionDuration(params.integer('MaxSessionDuration'))
    if (description !== undefined) role.description = description
    if (maxSessionDuration !== undefined) role.maxSessionDuration = maxSessionDuration
    return {}
  }
}

const updateRoleDescription: IamAction = {
  resource: roleResource,
  conditionKeys: roleTagAndBoundaryKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    role.description = checkDescription(params.required('Description'))
    return { Role: roleFullXml(role) }
  }
}

const updateAssumeRolePolicy: IamAction = {
  resource: roleResource,
  conditionKeys: roleTagAndBoundaryKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    role.trustPolicy = validateTrustPolicy(ctx, 'PolicyDocument', params.required('PolicyDocument'))
    return undefined
  }
}

const deleteRole: IamAction = {
  resource: roleResource,
  conditionKeys: roleTagAndBoundaryKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    if (role.inlinePolicies.size > 0)
      throw errors.deleteConflict('Cannot delete entity, must delete policies first.')
    if (role.attachedPolicyArns.length > 0) {
      throw errors.deleteConflict('Cannot delete entity, must detach all policies first.')
    }
    const key = role.name.toLowerCase()
    if ([...ctx.account.instanceProfiles.values()].some(profile => profile.roleKeys.includes(key))) {
      throw errors.deleteConflict('Cannot delete entity, must remove roles from instance profile first.')
    }
    ctx.account.roles.delete(key)
    return undefined
  }
}

const putRolePermissionsBoundary: IamAction = {
  resource: roleResource,
  conditionKeys: (ctx, params) =>
    mergeContexts(
      roleTagKeys(ctx, params),
      conditionContext([['iam:PermissionsBoundary', params.optional('PermissionsBoundary')]])
    ),
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    role.permissionsBoundaryArn = checkBoundary(ctx, params.required('PermissionsBoundary'))
    return undefined
  }
}

const deleteRolePermissionsBoundary: IamAction = {
  resource: roleResource,
  conditionKeys: roleTagAndBoundaryKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    role.permissionsBoundaryArn = undefined
    return undefined
  }
}

export const roleActions: Record<string, IamAction> = {
  CreateRole: createRole,
  GetRole: getRole,
  ListRoles: listRoles,
  UpdateRole: updateRole,
  UpdateRoleDescription: updateRoleDescription,
  UpdateAssumeRolePolicy: updateAssumeRolePolicy,
  DeleteRole: deleteRole,
  PutRolePermissionsBoundary: putRolePermissionsBoundary,
  DeleteRolePermissionsBoundary: deleteRolePermissionsBoundary
}
