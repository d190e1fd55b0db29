import type { QueryParams } from '../../core/query.js'
import type { ConditionContext } from '../../policy/conditions.js'
import { conditionContext, resourceTagKeys } from '../action.js'
import { findRole, type IamContext } from '../context.js'
import { roleArn } from '../model.js'

/** Authorization helpers for actions whose resource is an existing role named by `RoleName`. */

export function roleResource(ctx: IamContext, params: QueryParams): string {
  const name = params.optional('RoleName') ?? ''
  const role = findRole(ctx, name)
  return role ? role.arn : roleArn(ctx.account.id, '/', name)
}

/** aws:ResourceTag/* of the target role. */
export function roleTagKeys(ctx: IamContext, params: QueryParams): ConditionContext {
  const role = findRole(ctx, params.optional('RoleName') ?? '')
  return conditionContext(resourceTagKeys(role?.tags))
}

/** aws:ResourceTag/* plus iam:PermissionsBoundary = the role's current boundary. */
export function roleTagAndBoundaryKeys(ctx: IamContext, params: QueryParams): ConditionContext {
  const role = findRole(ctx, params.optional('RoleName') ?? '')
  return conditionContext([
    ...resourceTagKeys(role?.tags),
    ['iam:PermissionsBoundary', role?.permissionsBoundaryArn]
  ])
}
