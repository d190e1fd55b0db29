/**
 * The request context: condition key → values. Keys are matched case-insensitively (IAM's rule for
 * condition key names); values keep their case. Keys are user input, so they live in a Map, never
 * on a plain object (`__proto__`, `constructor`).
 */
import type { RequestContext, UnknownKey, UnknownKeys } from './types.js'

/**
 * Builds a context from (key, values) pairs, as `--context K=V` flags or an `expect:` entry give
 * them. A key given several times collects all its values (it becomes multi-valued); keys that
 * differ only in case are one key (the first spelling is kept); repeated values are kept once.
 */
export function requestContext(entries: Iterable<readonly [string, readonly string[]]>): RequestContext {
  const byLower = new Map<string, string>()
  const context = new Map<string, string[]>()
  for (const [key, values] of entries) {
    const lower = key.toLowerCase()
    let spelled = byLower.get(lower)
    if (spelled === undefined) {
      spelled = key
      byLower.set(lower, key)
      context.set(key, [])
    }
    const target = context.get(spelled) as string[]
    for (const value of values) if (!target.includes(value)) target.push(value)
  }
  return context
}

/** A context indexed by lower-case key, built once per context object (contexts are not mutated). */
const indexed = new WeakMap<RequestContext, ReadonlyMap<string, readonly string[]>>()

function lowerIndex(context: RequestContext): ReadonlyMap<string, readonly string[]> {
  let index = indexed.get(context)
  if (!index) {
    const built = new Map<string, string[]>()
    for (const [key, values] of context) {
      const lower = key.toLowerCase()
      const target = built.get(lower)
      if (target) target.push(...values.filter(value => !target.includes(value)))
      else built.set(lower, [...values])
    }
    index = built
    indexed.set(context, index)
  }
  return index
}

/**
 * The values of `key` in the request (case-insensitive key), or undefined when the request does
 * not carry the key. An empty list counts as absent: a key without values is not in the request.
 */
export function contextValues(context: RequestContext, key: string): readonly string[] | undefined {
  const values = lowerIndex(context).get(key.toLowerCase())
  return values && values.length > 0 ? values : undefined
}

/**
 * What AWS puts in every request a role's session signs, from the role as rendered: its ARN
 * (`aws:PrincipalArn`, the role's, not the session's), account, type (`AssumedRole`), that it is not
 * an AWS service (`aws:PrincipalIsAWSService`), and one
 * `aws:PrincipalTag/KEY` per tag. Keys in `given` (`--context`, an assertion's `context`) replace
 * these, as session tags replace the role's tags.
 */
export function roleSessionContext(
  role: { arn: string; tags: Readonly<Record<string, string>> },
  account: string,
  given: Iterable<readonly [string, readonly string[]]>
): RequestContext {
  const entries = [...given]
  return requestContext([...roleSessionKeys(role, account, entries), ...entries])
}

/** The session keys roleSessionContext adds: those `given` does not name. */
export function roleSessionKeys(
  role: { arn: string; tags: Readonly<Record<string, string>> },
  account: string,
  given: Iterable<readonly [string, readonly string[]]>
): Array<[string, string[]]> {
  const named = new Set([...given].map(([key]) => key.toLowerCase()))
  const session: Array<[string, string[]]> = [
    ['aws:PrincipalArn', [role.arn]],
    ['aws:PrincipalAccount', [account]],
    ['aws:PrincipalType', ['AssumedRole']],
    // Present in every signed request; a role's session is not an AWS service principal.
    ['aws:PrincipalIsAWSService', ['false']],
    ...Object.keys(role.tags).map(key => [`aws:PrincipalTag/${key}`, [role.tags[key]]] as [string, string[]])
  ]
  return session.filter(([key]) => !named.has(key.toLowerCase()))
}

/**
 * Keys AWS puts in a request of a role's session whose values the definitions cannot tell (IAM
 * User Guide, "AWS global condition context keys", each key's Availability). A question that does
 * not give them cannot be answered as if they were absent, since such a request does not exist: a
 * condition on one decides nothing until its value is given.
 *
 * - `present`: "always included in the request context" (or, for aws:TokenIssueTime, whenever the
 *   credentials are temporary, as a role session's are; aws:userid "for all requests");
 * - `maybe`: included except in cases a question does not say (aws:SourceIp: "except when the
 *   requester uses a VPC endpoint"; aws:ResourceAccount: "for most service actions").
 *
 * The principal's keys (aws:PrincipalArn, ...) are not here: roleSessionKeys fills them.
 */
const UNGIVEN_SESSION_KEYS: ReadonlyArray<readonly [string, UnknownKey['presence']]> = [
  ['aws:CurrentTime', 'present'],
  ['aws:EpochTime', 'present'],
  ['aws:RequestedRegion', 'present'],
  ['aws:SecureTransport', 'present'],
  ['aws:UserAgent', 'present'],
  ['aws:ViaAWSService', 'present'],
  ['aws:userid', 'present'],
  ['aws:TokenIssueTime', 'present'],
  ['aws:SourceIp', 'maybe'],
  ['aws:ResourceAccount', 'maybe']
]

/** The entry of `unknown` for `key` when the request's context does not give the key. */
export function unknownKey(
  context: RequestContext,
  unknown: UnknownKeys,
  key: string
): UnknownKey | undefined {
  return contextValues(context, key) === undefined ? unknown.get(key.toLowerCase()) : undefined
}

/** The keys of UNGIVEN_SESSION_KEYS that `given` does not name: what a role session's request leaves unknown. */
export function unknownSessionKeys(given: Iterable<readonly [string, readonly string[]]>): UnknownKeys {
  const named = new Set([...given].map(([key]) => key.toLowerCase()))
  const unknown = new Map<string, UnknownKey>()
  for (const [key, presence] of UNGIVEN_SESSION_KEYS)
    if (!named.has(key.toLowerCase())) unknown.set(key.toLowerCase(), { key, presence })
  return unknown
}
