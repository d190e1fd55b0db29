import { errors } from '../../core/errors.js'
import { policySize } from '../../policy/parse.js'
import { conditionContext, mergeContexts, type IamAction } from '../action.js'
import { requireManagedPolicy, requireRole } from '../context.js'
import { validateIdentityPolicy } from '../documents.js'
import { byKey, paginate } from '../paginate.js'
import { attachedPolicyXml, encodeDocument } from '../render.js'
import { checkMaxItems, checkName, checkPathPrefix, checkPolicyArn } from '../validate.js'
import { roleResource, roleTagAndBoundaryKeys, roleTagKeys } from './role-target.js'

/** Inline role policies and managed policy attachments. */

const POLICY_NAME_MAX = 128

const putRolePolicy: IamAction = {
  resource: roleResource,
  conditionKeys: roleTagAndBoundaryKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    const name = checkName('PolicyName', params.required('PolicyName'), POLICY_NAME_MAX)
    const document = params.required('PolicyDocument')
    validateIdentityPolicy('PolicyDocument', document)
    const key = name.toLowerCase()
    const others = [...role.inlinePolicies.entries()].filter(([k]) => k !== key).map(([, p]) => p.document)
    const aggregate = [...others, document].reduce((sum, text) => sum + policySize(text), 0)
    const quota = ctx.account.quotas.rolePolicySize
    if (aggregate > quota) {
      throw errors.limitExceeded(`Maximum policy size of ${quota} bytes exceeded for role ${role.name}`)
    }
    const existing = role.inlinePolicies.get(key)
    role.inlinePolicies.set(key, { name: existing?.name ?? name, document })
    return undefined
  }
}

const getRolePolicy: IamAction = {
  resource: roleResource,
  conditionKeys: roleTagKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    const name = params.required('PolicyName')
    const policy = role.inlinePolicies.get(name.toLowerCase())
    if (!policy) throw errors.noSuchEntity(`The role policy with name ${name} cannot be found.`)
    return { RoleName: role.name, PolicyName: policy.name, PolicyDocument: encodeDocument(policy.document) }
  }
}

const listRolePolicies: IamAction = {
  resource: roleResource,
  conditionKeys: roleTagKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    const maxItems = checkMaxItems(params.integer('MaxItems'))
    const names = [...role.inlinePolicies.values()].map(p => p.name).sort(byKey(n => n.toLowerCase()))
    const page = paginate(names, n => n.toLowerCase(), params.optional('Marker'), maxItems)
    return { PolicyNames: page.items, IsTruncated: page.isTruncated, Marker: page.marker }
  }
}

const deleteRolePolicy: IamAction = {
  resource: roleResource,
  conditionKeys: roleTagAndBoundaryKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    const name = params.required('PolicyName')
    if (!role.inlinePolicies.delete(name.toLowerCase())) {
      throw errors.noSuchEntity(`The role policy with name ${name} cannot be found.`)
    }
    return undefined
  }
}

const attachmentKeys: IamAction['conditionKeys'] = (ctx, params) =>
  mergeContexts(
    roleTagAndBoundaryKeys(ctx, params),
    conditionContext([['iam:PolicyARN', params.optional('PolicyArn')]])
  )

const attachRolePolicy: IamAction = {
  resource: roleResource,
  conditionKeys: attachmentKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    const arn = checkPolicyArn('PolicyArn', params.required('PolicyArn'))
    requireManagedPolicy(ctx, arn)
    if (role.attachedPolicyArns.includes(arn)) return undefined
    const quota = ctx.account.quotas.attachedPoliciesPerRole
    if (role.attachedPolicyArns.length >= quota) {
      throw errors.limitExceeded(`Cannot exceed quota for PoliciesPerRole: ${quota}`)
    }
    role.attachedPolicyArns.push(arn)
    return undefined
  }
}

const detachRolePolicy: IamAction = {
  resource: roleResource,
  conditionKeys: attachmentKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    const arn = checkPolicyArn('PolicyArn', params.required('PolicyArn'))
    const index = role.attachedPolicyArns.indexOf(arn)
    if (index < 0) throw errors.noSuchEntity(`Policy ${arn} was not found.`)
    role.attachedPolicyArns.splice(index, 1)
    return undefined
  }
}

const listAttachedRolePolicies: IamAction = {
  resource: roleResource,
  conditionKeys: roleTagKeys,
  run(ctx, params) {
    const role = requireRole(ctx, params.required('RoleName'))
    const prefix = checkPathPrefix(params.optional('PathPrefix'))
    const maxItems = checkMaxItems(params.integer('MaxItems'))
    const arns = role.attachedPolicyArns
      .filter(arn => (ctx.registry.managedPolicy(ctx.account, arn)?.path ?? '/').startsWith(prefix))
      .sort(byKey(arn => arn))
    const page = paginate(arns, arn => arn, params.optional('Marker'), maxItems)
    return {
      AttachedPolicies: page.items.map(arn => attachedPolicyXml(ctx, arn)),
      IsTruncated: page.isTruncated,
      Marker: page.marker
    }
  }
}

export const rolePolicyActions: Record<string, IamAction> = {
  PutRolePolicy: putRolePolicy,
  GetRolePolicy: getRolePolicy,
  ListRolePolicies: listRolePolicies,
  DeleteRolePolicy: deleteRolePolicy,
  AttachRolePolicy: attachRolePolicy,
  DetachRolePolicy: detachRolePolicy,
  ListAttachedRolePolicies: listAttachedRolePolicies
}
