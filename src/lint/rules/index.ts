import type { Rule } from '../types.js'
import { accessAssertion } from './access-assertion.js'
import { unknownAwsManagedPolicy } from './aws-managed-policy.js'
import { malformedPolicy } from './malformed-policy.js'
import { grantExpired, grantExpiring } from './expiry.js'
import { adminManagedPolicy, privilegeEscalation } from './escalation.js'
import {
  duplicateSid,
  inapplicableConditionKey,
  invalidArn,
  invalidConditionOperator,
  resourceMismatch,
  unknownAction,
  unknownConditionKey,
  unknownService
} from './grammar.js'
import {
  credentialsExposure,
  dataExfiltration,
  notActionAllow,
  notResourceAllow,
  passRoleUnscoped,
  resourceWildcardWrite,
  serviceWildcard,
  wildcardAction
} from './least-privilege.js'
import {
  githubOidcForAllValues,
  githubOidcMissingAud,
  githubOidcNotEnvironmentBound,
  githubOidcUnpinnedSub
} from './github-oidc.js'
import {
  descriptionRule,
  inlinePolicySize,
  managedPolicyCount,
  managedPolicySize,
  missingPermissionsBoundary,
  pathRule,
  roleNameLength,
  sessionDuration,
  tagLimits,
  trustPolicySize
} from './quotas.js'
import { trustAnyPrincipal, trustAnyPrincipalConditioned } from './trust-any-principal.js'
import { serviceConfusedDeputy } from './trust-confused-deputy.js'
import { crossAccountNoExternalId } from './trust-cross-account.js'
import { invalidConditionValue } from './condition-values.js'
import { mfaBoolFalse } from './mfa.js'
import { policyVersion } from './policy-version.js'
import { invalidPrincipal } from './trust-principal.js'
import { webIdentityUnpinned } from './web-identity.js'

/** Rules that run over rendered state. Definition rules (schema, unknown-variable, ...) run while loading and rendering. */
export const IMPLEMENTED_RULES: readonly Rule[] = [
  malformedPolicy,
  unknownService,
  unknownAction,
  invalidConditionOperator,
  unknownConditionKey,
  invalidArn,
  resourceMismatch,
  duplicateSid,
  wildcardAction,
  serviceWildcard,
  resourceWildcardWrite,
  notActionAllow,
  notResourceAllow,
  passRoleUnscoped,
  privilegeEscalation,
  credentialsExposure,
  dataExfiltration,
  adminManagedPolicy,
  trustAnyPrincipal,
  githubOidcUnpinnedSub,
  githubOidcMissingAud,
  githubOidcForAllValues,
  githubOidcNotEnvironmentBound,
  webIdentityUnpinned,
  crossAccountNoExternalId,
  serviceConfusedDeputy,
  roleNameLength,
  trustPolicySize,
  inlinePolicySize,
  managedPolicySize,
  managedPolicyCount,
  tagLimits,
  sessionDuration,
  descriptionRule,
  pathRule,
  missingPermissionsBoundary,
  grantExpired,
  grantExpiring,
  invalidConditionValue,
  inapplicableConditionKey,
  policyVersion,
  mfaBoolFalse,
  invalidPrincipal,
  trustAnyPrincipalConditioned,
  accessAssertion,
  unknownAwsManagedPolicy
]
