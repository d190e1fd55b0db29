import { errors } from '../../core/errors.js'
import { uniqueId } from '../../core/ids.js'
import type { QueryParams } from '../../core/query.js'
import { policySize } from '../../policy/parse.js'
import {
  ACCOUNT_WIDE,
  conditionContext,
  requestTagKeys,
  resourceTagKeys,
  tagOnCreate,
  type IamAction
} from '../action.js'
import { isPolicyVisible, requireCustomerPolicy, requireManagedPolicy, type IamContext } from '../context.js'
import { validateIdentityPolicy } from '../documents.js'
import { policyArn, type ManagedPolicy } from '../model.js'
import { byKey, paginate } from '../paginate.js'
import { policyVersionXml, policyXml } from '../render.js'
import {
  checkDescription,
  checkMaxItems,
  checkName,
  checkPath,
  checkPathPrefix,
  checkPolicyArn,
  checkTags,
  checkVersionId
} from '../validate.js'

/** Customer managed policies and their versions. */

const POLICY_NAME_MAX = 128

export function policyResource(_ctx: IamContext, params: QueryParams): string {
  return params.optional('PolicyArn') ?? ''
}

export function policyTagKeys(ctx: IamContext, params: QueryParams) {
  const policy = ctx.registry.managedPolicy(ctx.account, params.optional('PolicyArn') ?? '')
  return conditionContext(resourceTagKeys(policy?.tags))
}

function checkPolicySize(ctx: IamContext, document: string): void {
  const quota = ctx.account.quotas.policySize
  if (policySize(document) > quota) throw errors.limitExceeded(`Cannot exceed quota for PolicySize: ${quota}`)
}

function requireVersion(policy: ManagedPolicy, versionId: string) {
  const version = policy.versions.find(v => v.versionId === versionId)
  if (!version) {
    throw errors.noSuchEntity(
      `Policy ${policy.arn} version ${versionId} does not exist or is not attachable.`
    )
  }
  return version
}

const newPolicyArn: IamAction['resource'] = (ctx, params) =>
  policyArn(ctx.account.id, params.optional('Path') ?? '/', params.optional('PolicyName') ?? '')

const createPolicy: IamAction = {
  resource: newPolicyArn,
  conditionKeys: (_ctx, params) =>
    conditionContext(requestTagKeys(params.structList('Tags', ['Key', 'Value'] as const))),
  dependentAuthorizations: (ctx, params) =>
    tagOnCreate(
      'iam:TagPolicy',
      newPolicyArn(ctx, params),
      params.structList('Tags', ['Key', 'Value'] as const)
    ),
  run(ctx, params) {
    const name = checkName('PolicyName', params.required('PolicyName'), POLICY_NAME_MAX)
    const path = checkPath('Path', params.optional('Path'))
    const description = checkDescription(params.optional('Description'))
    const tags = checkTags(
      params.structList('Tags', ['Key', 'Value'] as const),
      ctx.account.quotas.tagsPerResource
    )
    const document = params.required('PolicyDocument')
    validateIdentityPolicy('PolicyDocument', document)
    checkPolicySize(ctx, document)
    if ([...ctx.account.policies.values()].some(p => p.name.toLowerCase() === name.toLowerCase())) {
      throw errors.entityAlreadyExists(
        `A policy called ${name} already exists. Duplicate names are not allowed.`
      )
    }
    if (ctx.account.policies.size >= ctx.account.quotas.policies) {
      throw errors.limitExceeded(`Cannot exceed quota for PoliciesPerAccount: ${ctx.account.quotas.policies}`)
    }
    const now = ctx.clock.date()
    const policy: ManagedPolicy = {
      name,
      path,
      id: uniqueId('ANPA'),
      arn: policyArn(ctx.account.id, path, name),
      description,
      createDate: now,
      updateDate: now,
      versions: [{ versionId: 'v1', document, createDate: now }],
      defaultVersionId: 'v1',
      nextVersion: 2,
      tags,
      awsManaged: false,
      ...(ctx.consistencyDelayMs > 0 ? { visibleAt: now.getTime() + ctx.consistencyDelayMs } : {})
    }
    ctx.account.policies.set(policy.arn, policy)
    return { Policy: policyXml(ctx, policy) }
  }
}

const getPolicy: IamAction = {
  resource: policyResource,
  conditionKeys: policyTagKeys,
  run: (ctx, params) => ({
    Policy: policyXml(ctx, requireManagedPolicy(ctx, params.required('PolicyArn'), true))
  })
}

const listPolicies: IamAction = {
  resource: ACCOUNT_WIDE,
  run(ctx, params) {
    const scope = params.optional('Scope') ?? 'All'
    if (!['All', 'AWS', 'Local'].includes(scope)) {
      throw errors.constraint('Scope', scope, 'Member must satisfy enum value set: [All, AWS, Local]')
    }
    const prefix = checkPathPrefix(params.optional('PathPrefix'))
    const onlyAttached = params.boolean('OnlyAttached') ?? false
    const maxItems = checkMaxItems(params.integer('MaxItems'))
    const candidates = [
      ...(scope === 'Local' ? [] : ctx.registry.awsManaged.values()),
      ...(scope === 'AWS' ? [] : ctx.account.policies.values())
    ]
    const policies = candidates
      .filter(p => isPolicyVisible(ctx, p) && p.path.startsWith(prefix))
      .filter(p => !onlyAttached || ctx.registry.attachmentCount(ctx.account, p.arn) > 0)
      .sort(byKey(p => p.arn))
    const page = paginate(policies, p => p.arn, params.optional('Marker'), maxItems)
    return {
      Policies: page.items.map(p => policyXml(ctx, p)),
      IsTruncated: page.isTruncated,
      Marker: page.marker
    }
  }
}

const deletePolicy: IamAction = {
  resource: policyResource,
  conditionKeys: policyTagKeys,
  run(ctx, params) {
    const policy = requireCustomerPolicy(ctx, checkPolicyArn('PolicyArn', params.required('PolicyArn')))
    if (
      ctx.registry.attachmentCount(ctx.account, policy.arn) > 0 ||
      ctx.registry.boundaryUsageCount(ctx.account, policy.arn) > 0
    ) {
      throw errors.deleteConflict('Cannot delete a policy attached to entities.')
    }
    if (policy.versions.length > 1) {
      throw errors.deleteConflict(
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. " +
          'The default version is deleted with the policy.'
      )
    }
    ctx.account.policies.delete(policy.arn)
    return undefined
  }
}

const createPolicyVersion: IamAction = {
  resource: policyResource,
  conditionKeys: policyTagKeys,
  run(ctx, params) {
    const policy = requireCustomerPolicy(ctx, checkPolicyArn('PolicyArn', params.required('PolicyArn')))
    const document = params.required('PolicyDocument')
    const setAsDefault = params.boolean('SetAsDefault') ?? false
    validateIdentityPolicy('PolicyDocument', document)
    checkPolicySize(ctx, document)
    const quota = ctx.account.quotas.versionsPerPolicy
    if (policy.versions.length >= quota) {
      throw errors.limitExceeded(
        `A managed policy can have up to ${quota} versions. Before you create a new version, you must delete an existing version.`
      )
    }
    const now = ctx.clock.date()
    const version = { versionId: `v${policy.nextVersion}`, document, createDate: now }
    policy.nextVersion++
    policy.versions.push(version)
    policy.updateDate = now
    if (setAsDefault) policy.defaultVersionId = version.versionId
    return { PolicyVersion: policyVersionXml(policy, version, false) }
  }
}

const getPolicyVersion: IamAction = {
  resource: policyResource,
  conditionKeys: policyTagKeys,
  run(ctx, params) {
    const policy = requireManagedPolicy(ctx, params.required('PolicyArn'), true)
    const version = requireVersion(policy, checkVersionId(params.required('VersionId')))
    return { PolicyVersion: policyVersionXml(policy, version, true) }
  }
}

const listPolicyVersions: IamAction = {
  resource: policyResource,
  conditionKeys: policyTagKeys,
  run(ctx, params) {
    const policy = requireManagedPolicy(ctx, params.required('PolicyArn'), true)
    const maxItems = checkMaxItems(params.integer('MaxItems'))
    const newestFirst = [...policy.versions].reverse()
    const order = (v: { versionId: string }) =>
      String(1e9 - Number(v.versionId.slice(1).split('.')[0])).padStart(10, '0')
    const page = paginate(newestFirst, order, params.optional('Marker'), maxItems)
    return {
      Versions: page.items.map(version => policyVersionXml(policy, version, false)),
      IsTruncated: page.isTruncated,
      Marker: page.marker
    }
  }
}

const deletePolicyVersion: IamAction = {
  resource: policyResource,
  conditionKeys: policyTagKeys,
  run(ctx, params) {
    const policy = requireCustomerPolicy(ctx, checkPolicyArn('PolicyArn', params.required('PolicyArn')))
    const version = requireVersion(policy, checkVersionId(params.required('VersionId')))
    if (version.versionId === policy.defaultVersionId) {
      throw errors.deleteConflict('Cannot delete the default version of a policy.')
    }
    policy.versions = policy.versions.filter(v => v !== version)
    return undefined
  }
}

const setDefaultPolicyVersion: IamAction = {
  resource: policyResource,
  conditionKeys: policyTagKeys,
  run(ctx, params) {
    const policy = requireCustomerPolicy(ctx, checkPolicyArn('PolicyArn', params.required('PolicyArn')))
    policy.defaultVersionId = requireVersion(policy, checkVersionId(params.required('VersionId'))).versionId
    return undefined
  }
}

export const policyActions: Record<string, IamAction> = {
  CreatePolicy: createPolicy,
  GetPolicy: getPolicy,
  ListPolicies: listPolicies,
  DeletePolicy: deletePolicy,
  CreatePolicyVersion: createPolicyVersion,
  GetPolicyVersion: getPolicyVersion,
  ListPolicyVersions: listPolicyVersions,
  DeletePolicyVersion: deletePolicyVersion,
  SetDefaultPolicyVersion: setDefaultPolicyVersion
}
