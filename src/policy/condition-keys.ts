/**
 * Condition key knowledge for the `unknown-condition-key` rule and for canonical condition blocks.
 * Keys are case-insensitive in IAM. A key is known when it is a global key, a key some service
 * declares (`s3:prefix`, `token.actions.githubusercontent.com:environment`), an instance of a
 * declared template (`aws:PrincipalTag/team` for `aws:PrincipalTag/${TagKey}`), or a claim of any
 * OIDC provider (`oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub`), which STS accepts for every provider.
 */
import { expandActionPattern, lookupAction } from './action-db.js'
import {
  globalConditionKeys,
  serviceData,
  servicePrefixes,
  webIdentityClaims,
  type ConditionKeyInfo
} from './iam-data.js'

export type ConditionKeyScope = 'global' | 'service' | 'web-identity'

export interface KnownConditionKey extends ConditionKeyInfo {
  scope: ConditionKeyScope
}

interface KeyIndex {
  /** Lower-case exact keys. */
  exact: Map<string, KnownConditionKey>
  /** Keys with `${Var}` parts by lower-case key; `fixed` is the lower-case text before the first variable. */
  templates: Map<string, { fixed: string; info: KnownConditionKey }>
}

let index: KeyIndex | undefined

/** `${TagKey}` is the usual variable syntax; a few S3 keys write it `<key>`. */
const VARIABLE = /\$\{[^}]*\}|<[^>]*>/

function isTemplate(key: string): boolean {
  return VARIABLE.test(key)
}

const templateCache = new Map<string, RegExp>()

function templateRegExp(key: string): RegExp {
  const cached = templateCache.get(key)
  if (cached) return cached
  const source = key
    .split(new RegExp(VARIABLE.source, 'g'))
    .map(part => part.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'))
    .join('.+')
  const regex = new RegExp(`^${source}$`, 'i')
  templateCache.set(key, regex)
  return regex
}

function add(target: KeyIndex, info: KnownConditionKey): void {
  const lower = info.key.toLowerCase()
  const variable = VARIABLE.exec(lower)
  // First writer wins, and globals are added first, so `aws:*` keys keep their global scope.
  if (variable) {
    if (!target.templates.has(lower))
      target.templates.set(lower, { fixed: lower.slice(0, variable.index), info })
  } else if (!target.exact.has(lower)) {
    target.exact.set(lower, info)
  }
}

/** Built on first use; it reads every service's key list, which is only a few thousand entries. */
function keyIndex(): KeyIndex {
  if (index) return index
  const built: KeyIndex = { exact: new Map(), templates: new Map() }
  for (const key of globalConditionKeys) add(built, { ...key, scope: 'global' })
  for (const prefix of servicePrefixes) {
    for (const key of serviceData(prefix)?.keys ?? []) add(built, { ...key, scope: 'service' })
  }
  index = built
  return built
}

/**
 * `<provider>:<claim>` where the provider looks like a host name (optionally with a path) and the
 * claim is one STS evaluates for OIDC federation. Such keys work for providers we cannot list.
 */
function webIdentityKey(key: string): KnownConditionKey | undefined {
  const colon = key.lastIndexOf(':')
  const provider = key.slice(0, colon)
  const claim = key.slice(colon + 1).toLowerCase()
  if (colon <= 0 || !/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[\w.~%-]+)*$/i.test(provider)) return undefined
  if (!webIdentityClaims.includes(claim)) return undefined
  // Lower case throughout: IAM compares key names case-insensitively and this key has no AWS spelling.
  return { key: key.toLowerCase(), type: 'String', scope: 'web-identity' }
}

/** What RoleGate knows about a condition key, or undefined when it is unknown. */
export function lookupConditionKey(key: string): KnownConditionKey | undefined {
  const keys = keyIndex()
  const lower = key.toLowerCase()
  const exact = keys.exact.get(lower)
  if (exact) return exact
  // Prefer the most specific template; the fixed-prefix test keeps regexes off the hot path.
  let best: KnownConditionKey | undefined
  for (const { fixed, info } of keys.templates.values()) {
    if (
      lower.startsWith(fixed) &&
      templateRegExp(info.key).test(key) &&
      (!best || info.key.length > best.key.length)
    ) {
      best = info
    }
  }
  return best ?? webIdentityKey(key)
}

/**
 * Keys that apply to the action (its own and its resource types' keys, plus every global key);
 * undefined when the action is unknown.
 */
export function conditionKeysForAction(action: string): readonly string[] | undefined {
  const info = lookupAction(action)
  if (!info) return undefined
  const keys = new Set<string>(info.conditionKeys)
  for (const type of info.resourceTypes) for (const key of type.conditionKeys) keys.add(key)
  for (const key of globalConditionKeys) keys.add(key.key)
  return [...keys].sort()
}

/**
 * Does the key apply to the action? Global keys apply everywhere; otherwise the key must match one
 * the action declares (templates included). Unknown actions answer true: that is another rule's job.
 */
export function conditionKeyAppliesTo(key: string, action: string): boolean {
  const known = lookupConditionKey(key)
  if (known && known.scope !== 'service') return true
  const keys = conditionKeysForAction(action)
  if (!keys) return true
  return keys.some(candidate =>
    isTemplate(candidate)
      ? templateRegExp(candidate).test(key)
      : candidate.toLowerCase() === key.toLowerCase()
  )
}

/**
 * One spelling per key, so that equal keys compare equal: AWS's spelling when the key is known
 * (`aws:sourcearn` -> `aws:SourceArn`); for a template instance the fixed part in AWS's spelling and
 * the variable part in lower case (`AWS:principaltag/Team` -> `aws:PrincipalTag/team`, since IAM
 * matches the whole key name case-insensitively); an unknown key in lower case.
 */
export function canonicalConditionKey(key: string): string {
  const known = lookupConditionKey(key)
  if (!known) return key.toLowerCase()
  const variable = VARIABLE.exec(known.key)
  if (!variable) return known.key
  const fixed = known.key.slice(0, variable.index)
  return key.toLowerCase().startsWith(fixed.toLowerCase())
    ? fixed + key.slice(fixed.length).toLowerCase()
    : key.toLowerCase()
}

/** The actions of the service that declare the key (their own or their resource types' keys), sorted. */
export function actionsAcceptingKey(prefix: string, key: string): readonly string[] {
  return expandActionPattern(`${prefix}:*`).filter(action => conditionKeyAppliesTo(key, action))
}
