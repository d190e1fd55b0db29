/**
 * IAM's documented limits (IAM and STS quotas; CreateRole/CreatePolicy/TagRole API references), in
 * one place: lint/rules/quotas.ts checks rendered values against them, and the schema carries them
 * as JSON Schema keywords so editors flag them as people type.
 */
export const ROLE_NAME_MAX = 64
export const POLICY_NAME_MAX = 128
/** Characters IAM allows in role and policy names. */
export const NAME_PATTERN = /^[\w+=,.@-]+$/
export const TRUST_POLICY_DEFAULT = 2048
export const TRUST_POLICY_MAX = 4096
export const MANAGED_POLICIES_DEFAULT = 10
export const MANAGED_POLICIES_MAX = 20
/** Tags per role or policy, counting the rolegate:managed-by tag RoleGate adds. */
export const TAGS_MAX = 50
export const TAG_KEY_MAX = 128
export const TAG_VALUE_MAX = 256
export const SESSION_MIN = 3600
export const SESSION_MAX = 43200
export const DESCRIPTION_MAX = 1000
export const PATH_MAX = 512
