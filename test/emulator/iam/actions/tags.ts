import type { QueryParams } from '../../core/query.js'
import { conditionContext, mergeContexts, requestTagKeys, type IamAction } from '../action.js'
import { requireCustomerPolicy, requireManagedPolicy, requireRole } from '../context.js'
import type { Tag } from '../model.js'
import { byKey, paginate } from '../paginate.js'
import { tagsXml } from '../render.js'
import { checkMaxItems, checkTagKey, checkTags, mergeTags } from '../validate.js'
import { policyResource, policyTagKeys } from './policies.js'
import { roleResource, roleTagKeys } from './role-target.js'

/** Tagging of roles and managed policies. */

function requestTags(params: QueryParams) {
  return params.structList('Tags', ['Key', 'Value'] as const)
}

function untagKeys(params: QueryParams): string[] {
  return (params.list('TagKeys') ?? []).map(checkTagKey)
}

function removeTags(tags: Tag[], keys: string[]): Tag[] {
  const removed = new Set(keys.map(key => key.toLowerCase()))
  return tags.filter(tag => !removed.has(tag.Key.toLowerCase()))
}

function listTags(tags: Tag[], params: QueryParams) {
  const maxItems = checkMaxItems(params.integer('MaxItems'))
  const sorted = [...tags].sort(byKey(tag => tag.Key.toLowerCase()))
  const page = paginate(sorted, tag => tag.Key.toLowerCase(), params.optional('Marker'), maxItems)
  return { Tags: tagsXml(page.items), IsTruncated: page.isTruncated, Marker: page.marker }
}

export const tagActions: Record<string, IamAction> = {
  TagRole: {
    resource: roleResource,
    conditionKeys: (ctx, params) =>
      mergeContexts(roleTagKeys(ctx, params), conditionContext(requestTagKeys(requestTags(params)))),
    run(ctx, params) {
      const role = requireRole(ctx, params.required('RoleName'))
      const quota = ctx.account.quotas.tagsPerResource
      role.tags = mergeTags(role.tags, checkTags(requestTags(params) ?? [], quota), quota, 'TagsPerRole')
      return undefined
    }
  },
  UntagRole: {
    resource: roleResource,
    conditionKeys: (ctx, params) =>
      mergeContexts(
        roleTagKeys(ctx, params),
        conditionContext([['aws:TagKeys', params.list('TagKeys') ?? []]])
      ),
    run(ctx, params) {
      const role = requireRole(ctx, params.required('RoleName'))
      role.tags = removeTags(role.tags, untagKeys(params))
      return undefined
    }
  },
  ListRoleTags: {
    resource: roleResource,
    conditionKeys: roleTagKeys,
    run: (ctx, params) => listTags(requireRole(ctx, params.required('RoleName')).tags, params)
  },
  TagPolicy: {
    resource: policyResource,
    conditionKeys: (ctx, params) =>
      mergeContexts(policyTagKeys(ctx, params), conditionContext(requestTagKeys(requestTags(params)))),
    run(ctx, params) {
      const policy = requireCustomerPolicy(ctx, params.required('PolicyArn'))
      const quota = ctx.account.quotas.tagsPerResource
      policy.tags = mergeTags(
        policy.tags,
        checkTags(requestTags(params) ?? [], quota),
        quota,
        'TagsPerPolicy'
      )
      return undefined
    }
  },
  UntagPolicy: {
    resource: policyResource,
    conditionKeys: (ctx, params) =>
      mergeContexts(
        policyTagKeys(ctx, params),
        conditionContext([['aws:TagKeys', params.list('TagKeys') ?? []]])
      ),
    run(ctx, params) {
      const policy = requireCustomerPolicy(ctx, params.required('PolicyArn'))
      policy.tags = removeTags(policy.tags, untagKeys(params))
      return undefined
    }
  },
  ListPolicyTags: {
    resource: policyResource,
    conditionKeys: policyTagKeys,
    run: (ctx, params) => listTags(requireManagedPolicy(ctx, params.required('PolicyArn'), true).tags, params)
  }
}
