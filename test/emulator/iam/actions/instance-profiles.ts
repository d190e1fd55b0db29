import { errors } from '../../core/errors.js'
import { uniqueId } from '../../core/ids.js'
import type { QueryParams } from '../../core/query.js'
import { conditionContext, requestTagKeys, resourceTagKeys, tagOnCreate, type IamAction } from '../action.js'
import { requireInstanceProfile, requireRole, type IamContext } from '../context.js'
import { instanceProfileArn, type InstanceProfile } from '../model.js'
import { byKey, paginate } from '../paginate.js'
import { instanceProfileXml } from '../render.js'
import { checkMaxItems, checkName, checkPath, checkTags } from '../validate.js'
import { roleResource, roleTagKeys } from './role-target.js'

/** Instance profiles (which hold at most one role and block deleting it). */

const PROFILE_NAME_MAX = 128

function profileResource(ctx: IamContext, params: QueryParams): string {
  const name = params.optional('InstanceProfileName') ?? ''
  const profile = ctx.account.instanceProfiles.get(name.toLowerCase())
  return profile ? profile.arn : instanceProfileArn(ctx.account.id, params.optional('Path') ?? '/', name)
}

/** aws:ResourceTag/* of the target instance profile. */
function profileTagKeys(ctx: IamContext, params: QueryParams) {
  const profile = ctx.account.instanceProfiles.get(
    (params.optional('InstanceProfileName') ?? '').toLowerCase()
  )
  return conditionContext(resourceTagKeys(profile?.tags))
}

export const instanceProfileActions: Record<string, IamAction> = {
  CreateInstanceProfile: {
    resource: profileResource,
    conditionKeys: (_ctx, params) =>
      conditionContext(requestTagKeys(params.structList('Tags', ['Key', 'Value'] as const))),
    dependentAuthorizations: (ctx, params) =>
      tagOnCreate(
        'iam:TagInstanceProfile',
        profileResource(ctx, params),
        params.structList('Tags', ['Key', 'Value'] as const)
      ),
    run(ctx, params) {
      const name = checkName('InstanceProfileName', params.required('InstanceProfileName'), PROFILE_NAME_MAX)
      const path = checkPath('Path', params.optional('Path'))
      const tags = checkTags(
        params.structList('Tags', ['Key', 'Value'] as const),
        ctx.account.quotas.tagsPerResource
      )
      if (ctx.account.instanceProfiles.has(name.toLowerCase())) {
        throw errors.entityAlreadyExists(`Instance Profile ${name} already exists.`)
      }
      if (ctx.account.instanceProfiles.size >= ctx.account.quotas.instanceProfiles) {
        throw errors.limitExceeded(
          `Cannot exceed quota for InstanceProfilesPerAccount: ${ctx.account.quotas.instanceProfiles}`
        )
      }
      const profile: InstanceProfile = {
        name,
        path,
        id: uniqueId('AIPA'),
        arn: instanceProfileArn(ctx.account.id, path, name),
        createDate: ctx.clock.date(),
        roleKeys: [],
        tags
      }
      ctx.account.instanceProfiles.set(name.toLowerCase(), profile)
      return { InstanceProfile: instanceProfileXml(ctx, profile) }
    }
  },
  GetInstanceProfile: {
    resource: profileResource,
    conditionKeys: profileTagKeys,
    run: (ctx, params) => ({
      InstanceProfile: instanceProfileXml(
        ctx,
        requireInstanceProfile(ctx, params.required('InstanceProfileName'))
      )
    })
  },
  AddRoleToInstanceProfile: {
    resource: profileResource,
    conditionKeys: profileTagKeys,
    // "The caller of this operation must be granted the PassRole permission on the IAM role by a
    // permissions policy" (AddRoleToInstanceProfile, IAM API reference).
    dependentAuthorizations: (ctx, params) => [
      { action: 'iam:PassRole', resource: roleResource(ctx, params), conditionKeys: roleTagKeys(ctx, params) }
    ],
    run(ctx, params) {
      const profile = requireInstanceProfile(ctx, params.required('InstanceProfileName'))
      const role = requireRole(ctx, params.required('RoleName'))
      if (profile.roleKeys.length >= 1) {
        throw errors.limitExceeded('Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1')
      }
      profile.roleKeys.push(role.name.toLowerCase())
      return undefined
    }
  },
  RemoveRoleFromInstanceProfile: {
    resource: profileResource,
    conditionKeys: profileTagKeys,
    run(ctx, params) {
      const profile = requireInstanceProfile(ctx, params.required('InstanceProfileName'))
      const roleName = params.required('RoleName')
      const index = profile.roleKeys.indexOf(roleName.toLowerCase())
      if (index < 0) throw errors.noSuchEntity(`The role with name ${roleName} cannot be found.`)
      profile.roleKeys.splice(index, 1)
      return undefined
    }
  },
  DeleteInstanceProfile: {
    resource: profileResource,
    conditionKeys: profileTagKeys,
    run(ctx, params) {
      const profile = requireInstanceProfile(ctx, params.required('InstanceProfileName'))
      if (profile.roleKeys.length > 0) {
        throw errors.deleteConflict('Cannot delete entity, must remove roles from instance profile first.')
      }
      ctx.account.instanceProfiles.delete(profile.name.toLowerCase())
      return undefined
    }
  },
  ListInstanceProfilesForRole: {
    resource: roleResource,
    conditionKeys: roleTagKeys,
    run(ctx, params) {
      const role = requireRole(ctx, params.required('RoleName'))
      const maxItems = checkMaxItems(params.integer('MaxItems'))
      const key = (profile: InstanceProfile) => profile.name.toLowerCase()
      const profiles = [...ctx.account.instanceProfiles.values()]
        .filter(profile => profile.roleKeys.includes(role.name.toLowerCase()))
        .sort(byKey(key))
      const page = paginate(profiles, key, params.optional('Marker'), maxItems)
      return {
        InstanceProfiles: page.items.map(profile => instanceProfileXml(ctx, profile)),
        IsTruncated: page.isTruncated,
        Marker: page.marker
      }
    }
  }
}
