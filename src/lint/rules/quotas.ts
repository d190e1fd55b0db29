/**
 * Quotas and name rules that IAM enforces at deploy time, checked in the PR instead:
 * `role-name-length`, `trust-policy-size`, `inline-policy-size`, `managed-policy-size`,
 * `managed-policy-count`, `tag-limits`, `session-duration`, `description`, `path`, and
 * `missing-permissions-boundary` (a config requirement, checked on the same rendered fields).
 *
 * Sizes are counted as IAM counts them: non-whitespace characters of the JSON (policySize).
 * Findings point at the definition field that produced the value, or at the definition itself
 * when the value came from the naming template. A value from rolegate.yml's `defaults` (or `path`)
 * that a definition uses is reported once, at the line of rolegate.yml that sets it, not once per
 * role that inherits it.
 */
import type { PolicyDocument } from '../../model/policy.js'
import type { Config } from '../../definitions/schema.js'
import { positionOf, type SourceLocation } from '../../model/source.js'
import type { EnvironmentState, ManagedPolicyState, RoleState } from '../../model/state.js'
import { OWNERSHIP_TAG } from '../../model/state.js'
import { policySize } from '../../policy/size.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import {
  DESCRIPTION_MAX,
  MANAGED_POLICIES_DEFAULT,
  MANAGED_POLICIES_MAX,
  NAME_PATTERN,
  PATH_MAX,
  POLICY_NAME_MAX,
  ROLE_NAME_MAX,
  SESSION_MAX,
  SESSION_MIN,
  TAG_KEY_MAX,
  TAG_VALUE_MAX,
  TAGS_MAX,
  TRUST_POLICY_DEFAULT,
  TRUST_POLICY_MAX
} from '../../model/iam-limits.js'
import { thousands } from '../../util/thousands.js'

// IAM's other documented limits; those the schema shows editors live in model/iam-limits.ts.
const INLINE_POLICIES_MAX = 10240
const MANAGED_POLICY_MAX = 6144
const TAG_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
// CreateRole's Description pattern [\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]; CreatePolicy's
// Description documents only the length. Code points, so no control characters in a regex.
function descriptionChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa1 && code <= 0xff)
  )
}
const PATH_PATTERN = /^\/([\x21-\x7E]*\/)?$/

type Owner = RoleState | ManagedPolicyState

/** Characters as IAM counts them: code points, not UTF-16 units. */
function length(text: string): number {
  return [...text].length
}

/** Is the text longer than `max` characters? Code points never outnumber UTF-16 units. */
function longer(text: string, max: number): boolean {
  return text.length > max && length(text) > max
}

/** descriptionChar() of every character, as one test of the whole text (the usual, passing case). */
const DESCRIPTION_TEXT = /^[\t\n\r\x20-\x7e\xa1-\xff]*$/

function describe(owner: Owner, kind: 'role' | 'managed policy'): string {
  return `${kind} ${owner.logicalName ?? owner.name}`
}

/** The location of the first of `fields` the definition wrote, else the definition itself. */
function at(owner: Owner, ...fields: string[]): SourceLocation | undefined {
  const source = owner.source
  if (!source) return undefined
  for (const field of fields) {
    const location = source.fields[field]
    if (location) return location
  }
  return source.location
}

function hit(owner: Owner, message: string, location: SourceLocation | undefined, policy?: string): RuleHit {
  const result: RuleHit = {
    message,
    location,
    role: owner.logicalName,
    kind: 'trustPolicy' in owner ? 'role' : 'managed policy'
  }
  if (policy !== undefined) result.policy = policy
  return result
}

/**
 * A finding about a setting of rolegate.yml, once whatever number of roles use it: no role (a
 * role's suppression does not hide a problem of the config), at the setting's line.
 */
function settingHit(message: string, location: SourceLocation | undefined): RuleHit {
  return { message, location }
}

/** The path setting of rolegate.yml a definition without `path` gets, and where it is written. */
function pathSetting(config: Config): { name: string; location?: SourceLocation } | undefined {
  if (config.defaults?.path !== undefined)
    return { name: 'defaults.path', location: positionOf(config.defaults, 'path') }
  if (config.path !== undefined) return { name: 'path', location: positionOf(config, 'path') }
  return undefined
}

function* owners(environment: EnvironmentState): Generator<[Owner, 'role' | 'managed policy']> {
  for (const role of environment.roles) yield [role, 'role']
  for (const policy of environment.managedPolicies) yield [policy, 'managed policy']
}

// ---------------------------------------------------------------------------------------------

export const roleNameLength: Rule = {
  id: 'role-name-length',
  *check({ environment }: LintContext) {
    for (const role of environment.roles) {
      // An instance profile takes the role's name; its own limit (128) is looser than the role's.
      yield* nameProblems(role, 'role', ROLE_NAME_MAX, at(role, 'roleName', 'name'), 'roleName')
      for (const policyName of Object.keys(role.inlinePolicies))
        yield* inlinePolicyNameProblems(role, policyName)
    }
    for (const policy of environment.managedPolicies) {
      yield* nameProblems(
        policy,
        'managed policy',
        POLICY_NAME_MAX,
        at(policy, 'policyName', 'name'),
        'policyName'
      )
    }
  }
}

function* nameProblems(
  owner: Owner,
  kind: 'role' | 'managed policy',
  max: number,
  location: SourceLocation | undefined,
  field: string
): Generator<RuleHit> {
  const name = owner.name
  const origin = owner.source?.fields[field] ? `${field}` : 'the naming template'
  if (longer(name, max)) {
    yield hit(
      owner,
      `${describe(owner, kind)}: the name "${name}" (from ${origin}) is ${length(name)} characters; IAM allows at most ${max}. Shorten the logical name or the naming template, or set ${field}`,
      location
    )
  }
  const bad = NAME_PATTERN.test(name) ? [] : [...new Set([...name].filter(char => !NAME_PATTERN.test(char)))]
  if (name === '' || bad.length > 0) {
    yield hit(
      owner,
      `${describe(owner, kind)}: the name "${name}" (from ${origin}) has characters IAM refuses (${bad.map(char => JSON.stringify(char)).join(', ') || 'it is empty'}); use letters, digits and + = , . @ _ -`,
      location
    )
  }
}

/**
 * An inline policy's name is its key under `policies:`, sent as written (keys are not rendered):
 * PutRolePolicy refuses it mid-deploy, after the role's other changes were applied.
 */
function* inlinePolicyNameProblems(role: RoleState, policyName: string): Generator<RuleHit> {
  const location = at(role, `policies.${policyName}`, 'policies')
  const what = `${describe(role, 'role')}: inline policy name "${policyName}"`
  if (longer(policyName, POLICY_NAME_MAX)) {
    yield hit(
      role,
      `${what} is ${length(policyName)} characters; IAM allows at most ${POLICY_NAME_MAX}. Shorten the key under policies:`,
      location,
      policyName
    )
  }
  if (policyName !== '' && NAME_PATTERN.test(policyName)) return
  const bad = [...new Set([...policyName].filter(char => !NAME_PATTERN.test(char)))]
  const variables = /\{[^}]*\}/.test(policyName)
    ? ' ({variables} are not rendered in inline policy names)'
    : ''
  yield hit(
    role,
    `${what} has characters IAM refuses (${bad.map(char => JSON.stringify(char)).join(', ') || 'it is empty'})${variables}; rename the key under policies: using letters, digits and + = , . @ _ -`,
    location,
    policyName
  )
}

// ---------------------------------------------------------------------------------------------

/**
 * policySize() of the document when it may exceed `limit`; otherwise a number no larger than
 * `limit` (the JSON's length, which bounds the size), without counting characters.
 */
function sizeOver(document: PolicyDocument, limit: number): number {
  const text = submitted(document)
  return text.length <= limit ? text.length : policySize(text)
}

/** What policySize() measures of a document: its JSON (a string is measured as given). */
function submitted(document: PolicyDocument | string): string {
  return typeof document === 'string' ? document : JSON.stringify(document)
}

export const trustPolicySize: Rule = {
  id: 'trust-policy-size',
  *check({ environment, config }: LintContext) {
    const limit = config.limits?.trustPolicySize ?? TRUST_POLICY_DEFAULT
    for (const role of environment.roles) {
      const size = sizeOver(role.trustPolicy, limit)
      if (size <= limit) continue
      const raise =
        limit < TRUST_POLICY_MAX
          ? `or request a quota increase (possible up to ${thousands(TRUST_POLICY_MAX)}, "Role trust policy length" in Service Quotas) and set limits.trustPolicySize in rolegate.yml`
          : `${thousands(TRUST_POLICY_MAX)} is the highest quota IAM grants`
      yield hit(
        role,
        `${describe(role, 'role')}: the trust policy is ${thousands(size)} characters (not counting whitespace), over the limit of ${thousands(limit)}; merge statements that differ only in principals or conditions, ${raise}`,
        at(role, 'trust'),
        'trust'
      )
    }
  }
}

export const inlinePolicySize: Rule = {
  id: 'inline-policy-size',
  *check({ environment }: LintContext) {
    for (const role of environment.roles) {
      const texts = Object.entries(role.inlinePolicies).map(([name, document]) => ({
        name,
        text: submitted(document)
      }))
      // The JSON's length bounds its size: most roles are far below the limit and need no count.
      if (texts.reduce((sum, entry) => sum + entry.text.length, 0) <= INLINE_POLICIES_MAX) continue
      const sizes = texts.map(({ name, text }) => ({ name, size: policySize(text) }))
      const total = sizes.reduce((sum, entry) => sum + entry.size, 0)
      if (total <= INLINE_POLICIES_MAX) continue
      const parts = sizes
        .sort((a, b) => b.size - a.size)
        .map(entry => `${entry.name} ${thousands(entry.size)}`)
        .join(', ')
      yield hit(
        role,
        `${describe(role, 'role')}: its inline policies total ${thousands(total)} characters (not counting whitespace: ${parts}), over IAM's limit of ${thousands(INLINE_POLICIES_MAX)} per role; move a policy into a kind: ManagedPolicy and attach it, or merge statements`,
        at(role, 'policies')
      )
    }
  }
}

export const managedPolicySize: Rule = {
  id: 'managed-policy-size',
  *check({ environment }: LintContext) {
    for (const policy of environment.managedPolicies) {
      const size = sizeOver(policy.document, MANAGED_POLICY_MAX)
      if (size <= MANAGED_POLICY_MAX) continue
      yield hit(
        policy,
        `${describe(policy, 'managed policy')}: the document is ${thousands(size)} characters (not counting whitespace), over IAM's limit of ${thousands(MANAGED_POLICY_MAX)}; split it into two managed policies or merge statements`,
        at(policy, 'document'),
        policy.logicalName ?? policy.name
      )
    }
  }
}

export const managedPolicyCount: Rule = {
  id: 'managed-policy-count',
  *check({ environment, config }: LintContext) {
    const limit = config.limits?.managedPoliciesPerRole ?? MANAGED_POLICIES_DEFAULT
    for (const role of environment.roles) {
      const count = role.managedPolicyArns.length
      if (count <= limit) continue
      const raise =
        limit < MANAGED_POLICIES_MAX
          ? `, or request a quota increase (up to ${MANAGED_POLICIES_MAX}, "Managed policies per role" in Service Quotas) and set limits.managedPoliciesPerRole in rolegate.yml`
          : ''
      yield hit(
        role,
        `${describe(role, 'role')}: ${count} managed policies are attached, over the limit of ${limit}; combine some into one kind: ManagedPolicy${raise}`,
        at(role, `managedPolicies.${limit}`, 'managedPolicies')
      )
    }
  }
}

// ---------------------------------------------------------------------------------------------

export const tagLimits: Rule = {
  id: 'tag-limits',
  *check({ environment, config }: LintContext) {
    const configFile = positionOf(config)?.file
    const reported = new Set<string>()
    for (const [owner, kind] of owners(environment))
      for (const found of tagProblems(owner, kind, configFile)) {
        const key = `${found.message}|${found.location?.line}|${found.location?.column}`
        if (found.role !== undefined || !reported.has(key)) yield found
        reported.add(key)
      }
  }
}

function* tagProblems(
  owner: Owner,
  kind: 'role' | 'managed policy',
  configFile: string | undefined
): Generator<RuleHit> {
  const entries = Object.entries(owner.tags)
  if (entries.length > TAGS_MAX) {
    const ownership =
      OWNERSHIP_TAG in owner.tags ? `, counting the ${OWNERSHIP_TAG} ownership tag RoleGate adds` : ''
    yield hit(
      owner,
      `${describe(owner, kind)}: ${entries.length} tags${ownership}; IAM allows at most ${TAGS_MAX}. Remove tags or move them out of defaults.tags`,
      at(owner, 'tags')
    )
  }
  for (const [key, value] of entries) {
    const location = at(owner, `tags.${key}`, 'tags')
    // A tag from defaults.tags (the definition does not set that key): once, at rolegate.yml.
    const fromDefaults = configFile !== undefined && location?.file === configFile
    const name = fromDefaults ? 'defaults.tags in rolegate.yml' : describe(owner, kind)
    const report = (problem: string) =>
      fromDefaults ? settingHit(`${name}: ${problem}`, location) : hit(owner, `${name}: ${problem}`, location)
    if (/^aws:/i.test(key))
      yield report(`tag key "${key}" starts with "aws:", which AWS reserves for its own tags; rename it`)
    if (longer(key, TAG_KEY_MAX))
      yield report(`tag key "${key}" is ${length(key)} characters; IAM allows at most ${TAG_KEY_MAX}`)
    if (key === '') yield report('a tag key is empty; IAM requires at least one character')
    if (longer(value, TAG_VALUE_MAX))
      yield report(
        `the value of tag "${key}" is ${length(value)} characters; IAM allows at most ${TAG_VALUE_MAX}`
      )
    for (const [what, text] of [
      ['key', key],
      ['value', value]
    ] as const) {
      // TAG_PATTERN is anchored: a text it accepts as a whole has no character to report.
      if (TAG_PATTERN.test(text)) continue
      const bad = [...new Set([...text].filter(char => !TAG_PATTERN.test(char)))]
      if (bad.length === 0) continue
      yield report(
        `tag ${what === 'key' ? `key "${key}"` : `"${key}" value "${value}"`} has characters IAM refuses in tags (${bad.map(char => JSON.stringify(char)).join(', ')}); use letters, digits, spaces and _ . : / = + - @`
      )
    }
  }
}

// ---------------------------------------------------------------------------------------------

export const sessionDuration: Rule = {
  id: 'session-duration',
  *check({ environment, config }: LintContext) {
    const fallback = config.defaults?.maxSessionDuration
    let fallbackReported = false
    for (const role of environment.roles) {
      const seconds = role.maxSessionDuration
      if (Number.isInteger(seconds) && seconds >= SESSION_MIN && seconds <= SESSION_MAX) continue
      const range = `IAM's range of ${thousands(SESSION_MIN)} to ${thousands(SESSION_MAX)} seconds (1 to 12 hours)`
      if (role.source?.fields.maxSessionDuration || seconds !== fallback) {
        yield hit(
          role,
          `${describe(role, 'role')}: maxSessionDuration ${seconds} is outside ${range}; use a whole number of seconds in that range`,
          at(role, 'maxSessionDuration')
        )
      } else if (!fallbackReported) {
        fallbackReported = true
        yield settingHit(
          `defaults.maxSessionDuration ${seconds} in rolegate.yml is outside ${range}, and every role that does not set maxSessionDuration gets it; use a whole number of seconds in that range`,
          positionOf(config.defaults, 'maxSessionDuration')
        )
      }
    }
  }
}

export const descriptionRule: Rule = {
  id: 'description',
  *check({ environment }: LintContext) {
    for (const [owner, kind] of owners(environment)) {
      const text = owner.description
      const location = at(owner, 'description')
      if (longer(text, DESCRIPTION_MAX)) {
        yield hit(
          owner,
          `${describe(owner, kind)}: the description is ${thousands(length(text))} characters; IAM allows at most ${thousands(DESCRIPTION_MAX)}. Shorten it`,
          location
        )
      }
      if (kind !== 'role' || DESCRIPTION_TEXT.test(text)) continue
      const bad = [...new Set([...text].filter(char => !descriptionChar(char)))]
      if (bad.length === 0) continue
      const shown = bad.map(
        char =>
          `${JSON.stringify(char)} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`
      )
      yield hit(
        owner,
        `${describe(owner, kind)}: the description has characters IAM refuses in role descriptions: ${shown.join(', ')}; use printable ASCII or Latin-1 (typographic quotes and dashes are the usual culprits)`,
        location
      )
    }
  }
}

export const pathRule: Rule = {
  id: 'path',
  *check({ environment, config }: LintContext) {
    const setting = pathSetting(config)
    const reported = new Set<string>()
    for (const [owner, kind] of owners(environment)) {
      const fromConfig = setting !== undefined && !owner.source?.fields.path
      for (const problem of pathProblems(owner.path)) {
        if (!fromConfig) {
          yield hit(owner, `${describe(owner, kind)}: ${problem}`, at(owner, 'path'))
        } else if (!reported.has(problem)) {
          // The path of every definition that does not set one: once, at rolegate.yml.
          reported.add(problem)
          yield settingHit(`${setting.name} in rolegate.yml: ${problem}`, setting.location)
        }
      }
    }
  }
}

function pathProblems(path: string): string[] {
  const problems: string[] = []
  if (longer(path, PATH_MAX))
    problems.push(`the path is ${thousands(length(path))} characters; IAM allows at most ${PATH_MAX}`)
  if (!PATH_PATTERN.test(path))
    problems.push(
      `the path "${path}" is not a valid IAM path; it must be "/" or start and end with "/" with printable ASCII between, no spaces (e.g. /teams/ml/)`
    )
  return problems
}

export const missingPermissionsBoundary: Rule = {
  id: 'missing-permissions-boundary',
  *check({ environment, config }: LintContext) {
    if (config.requirePermissionsBoundary !== true) return
    for (const role of environment.roles) {
      if (role.permissionsBoundary) continue
      const removed = role.source?.fields.permissionsBoundary
        ? ' (permissionsBoundary: null removes the default)'
        : ''
      yield hit(
        role,
        `${describe(role, 'role')} has no permissions boundary${removed}, but rolegate.yml sets requirePermissionsBoundary; set permissionsBoundary on the role or defaults.permissionsBoundary in rolegate.yml`,
        at(role, 'permissionsBoundary')
      )
    }
  }
}
