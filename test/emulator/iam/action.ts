import type { QueryParams } from '../core/query.js'
import type { XmlObject } from '../core/xml.js'
import type { ConditionContext } from '../policy/conditions.js'
import type { IamContext } from './context.js'
import type { Tag } from './model.js'

/** One more permission a call needs besides its own action, as IAM checks it. */
export interface DependentAuthorization {
  /** `iam:TagRole`, `iam:PassRole`, ... */
  action: string
  resource: string
  conditionKeys: ConditionContext
}

/**
 * One IAM API action: how to authorize it (resource ARN and action-specific condition keys,
 * computed before the handler runs) and the handler itself.
 */
export interface IamAction {
  /** The resource ARN the request is authorized against (`*` for account-wide actions). */
  resource(ctx: IamContext, params: QueryParams): string
  /** Action-specific condition keys (iam:PermissionsBoundary, aws:RequestTag/..., aws:ResourceTag/...). */
  conditionKeys?(ctx: IamContext, params: QueryParams): ConditionContext
  /**
   * Other permissions IAM requires for this request, each authorized like the action itself:
   * `iam:Tag*` for a create with tags (tag on create), `iam:PassRole` for AddRoleToInstanceProfile.
   */
  dependentAuthorizations?(ctx: IamContext, params: QueryParams): DependentAuthorization[]
  /** Returns the `<ActionResult>` members, or undefined for actions without a result element. */
  run(ctx: IamContext, params: QueryParams): XmlObject | undefined
}

export const ACCOUNT_WIDE = (): string => '*'

/** Builds a condition context from (key, values) pairs, skipping absent values. */
export function conditionContext(entries: Array<[string, string[] | string | undefined]>): ConditionContext {
  const context: ConditionContext = new Map()
  for (const [key, value] of entries) {
    if (value === undefined) continue
    context.set(key.toLowerCase(), Array.isArray(value) ? value : [value])
  }
  return context
}

export function resourceTagKeys(tags: Tag[] | undefined): Array<[string, string]> {
  return (tags ?? []).map(tag => [`aws:ResourceTag/${tag.Key}`, tag.Value])
}

export function requestTagKeys(
  tags: Array<Partial<Record<'Key' | 'Value', string>>> | undefined
): Array<[string, string[] | string]> {
  if (!tags) return []
  const keys = tags.map(tag => tag.Key).filter((key): key is string => key !== undefined)
  return [
    ...tags
      .filter(tag => tag.Key !== undefined)
      .map((tag): [string, string] => [`aws:RequestTag/${tag.Key}`, tag.Value ?? '']),
    ['aws:TagKeys', keys]
  ]
}

/**
 * A create with `Tags` is also authorized for the tagging action on the new resource (IAM's tag on
 * create: CreateRole with tags needs iam:TagRole), with the request's tag keys.
 */
export function tagOnCreate(
  tagAction: string,
  resource: string,
  tags: Array<Partial<Record<'Key' | 'Value', string>>> | undefined
): DependentAuthorization[] {
  if (!tags || tags.length === 0) return []
  return [{ action: tagAction, resource, conditionKeys: conditionContext(requestTagKeys(tags)) }]
}

export function mergeContexts(...contexts: ConditionContext[]): ConditionContext {
  const merged: ConditionContext = new Map()
  for (const context of contexts) for (const [key, value] of context) merged.set(key, value)
  return merged
}
