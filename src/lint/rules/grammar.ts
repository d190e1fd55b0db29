/**
 * Grammar rules over the IAM vocabulary: `unknown-service`, `unknown-action`,
 * `invalid-condition-operator`, `unknown-condition-key`, `invalid-arn`, `resource-mismatch` and
 * `duplicate-sid`. IAM accepts most of these mistakes silently (an unknown action or condition key
 * is not an error at PutRolePolicy), so the policy deploys and then denies at run time; the PR is
 * the cheapest place to say so.
 */
import type { PolicyStatement } from '../../model/policy.js'
import {
  allServicePrefixes,
  arnProblems,
  BASE_OPERATORS,
  conditionKeyAppliesTo,
  conditionKeysForAction,
  expandActionPattern,
  arnMatchesResourceType,
  hasWildcard,
  lookupAction,
  lookupConditionKey,
  lookupService,
  parseArn,
  parseConditionOperator,
  resourceTypesMatching,
  suggestAction,
  suggestService,
  wildcardMatch,
  type ActionResourceType,
  type KnownConditionKey
} from '../../policy/index.js'
import { serviceConditionKeys, serviceDeclaresConditionKey } from '../../policy/service-condition-keys.js'
import { didYouMean } from '../../util/suggest.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import {
  allStatements,
  conditionItems,
  identityStatements,
  isAllow,
  itemsOf,
  statementHit,
  statementsOfSubject,
  summarize,
  type ListItem,
  type StatementContext
} from './policy-common.js'
import { policySubjects } from '../subjects.js'

// ---------------------------------------------------------------------------------------------
// unknown-service, unknown-action

/**
 * Actions IAM accepts and AWS uses in its own managed policies, but that the Service Authorization
 * Reference (and so the action database) does not list. Each was found by linting every AWS
 * managed policy (__tests__/lint/grammar-precision.test.ts) and is kept only with a reason; an
 * entry may be a pattern (`*`, `?`), matched case-insensitively like IAM does.
 */
export const UNDOCUMENTED_ACTIONS: readonly { action: string; reason: string }[] = []

/** Service prefixes IAM accepts that the reference does not list, with the reason for each. */
export const UNDOCUMENTED_SERVICES: readonly { prefix: string; reason: string }[] = []

function isUndocumentedAction(action: string): boolean {
  return UNDOCUMENTED_ACTIONS.some(entry => wildcardMatch(entry.action, action, true))
}

function isUndocumentedService(prefix: string): boolean {
  return UNDOCUMENTED_SERVICES.some(entry => entry.prefix === prefix.toLowerCase())
}

type ActionVerdict =
  { kind: 'ok' } | { kind: 'unknown-service'; message: string } | { kind: 'unknown-action'; message: string }

const verdicts = new Map<string, ActionVerdict>()
const VERDICT_CACHE_LIMIT = 20_000

/** What is wrong with one Action/NotAction value, cached: policies repeat the same few actions. */
function judgeAction(value: string): ActionVerdict {
  const cached = verdicts.get(value)
  if (cached) return cached
  const verdict = judgeActionUncached(value)
  if (verdicts.size >= VERDICT_CACHE_LIMIT) verdicts.clear()
  verdicts.set(value, verdict)
  return verdict
}

function judgeActionUncached(value: string): ActionVerdict {
  if (value === '*') return { kind: 'ok' }
  const colon = value.indexOf(':')
  if (colon < 0) {
    return {
      kind: 'unknown-action',
      message: `"${value}" is not an action: IAM actions are written service:ActionName, e.g. s3:GetObject`
    }
  }
  const prefix = value.slice(0, colon)
  const name = value.slice(colon + 1)
  if (hasWildcard(prefix)) {
    if (!allServicePrefixes().some(known => wildcardMatch(prefix, known, true))) {
      return {
        kind: 'unknown-service',
        message: `"${value}": the service pattern "${prefix}" matches no AWS service prefix`
      }
    }
  } else if (!lookupService(prefix)) {
    if (isUndocumentedService(prefix)) return { kind: 'ok' }
    const suggestion = suggestService(prefix)
    const fix = suggestion
      ? `; did you mean "${suggestion}" (${suggestAction(value) ?? `${suggestion}:${name}`})?`
      : '; check the prefix in the Service Authorization Reference'
    return { kind: 'unknown-service', message: `"${value}": "${prefix}" is not an AWS service prefix${fix}` }
  }
  if (expandActionPattern(value).length > 0 || isUndocumentedAction(value)) return { kind: 'ok' }
  if (hasWildcard(value)) {
    return {
      kind: 'unknown-action',
      message: `"${value}" matches no action of ${hasWildcard(prefix) ? `the services "${prefix}" matches` : `service ${lookupService(prefix)?.prefix ?? prefix}`}, so it grants nothing; check the spelling of the pattern`
    }
  }
  const suggestion = suggestAction(value)
  return {
    kind: 'unknown-action',
    message: `"${value}" is not an action of ${lookupService(prefix)?.name ?? prefix} (${prefix.toLowerCase()})${suggestion ? `; did you mean "${suggestion}"?` : '; IAM ignores it, so it grants nothing'}`
  }
}

function* actionVerdicts(context: LintContext, kind: ActionVerdict['kind']): Generator<RuleHit> {
  for (const statement of allStatements(context.environment)) {
    for (const key of ['Action', 'NotAction'] as const) {
      for (const item of itemsOf(statement.ref.statement, key)) {
        const verdict = judgeAction(item.value)
        if (verdict.kind === kind && verdict.kind !== 'ok')
          yield statementHit(statement, verdict.message, item.path)
      }
    }
  }
}

export const unknownService: Rule = {
  id: 'unknown-service',
  check: context => actionVerdicts(context, 'unknown-service')
}

export const unknownAction: Rule = {
  id: 'unknown-action',
  check: context => actionVerdicts(context, 'unknown-action')
}

// ---------------------------------------------------------------------------------------------
// invalid-condition-operator

let operatorNames: string[] | undefined

/** Every valid spelling: 27 base operators × set qualifiers × IfExists (Null has no IfExists). */
function allOperatorNames(): string[] {
  operatorNames ??= ['', 'ForAnyValue:', 'ForAllValues:'].flatMap(qualifier =>
    BASE_OPERATORS.flatMap(base => [
      `${qualifier}${base}`,
      ...(base === 'Null' ? [] : [`${qualifier}${base}IfExists`])
    ])
  )
  return operatorNames
}

function operatorProblem(operator: string): string | undefined {
  if (parseConditionOperator(operator)) return undefined
  const colon = operator.indexOf(':')
  const head = colon >= 0 ? operator.slice(0, colon) : ''
  if (/^null$/i.test(operator.slice(colon + 1).replace(/ifexists$/i, '')) && /ifexists$/i.test(operator)) {
    return `"${operator}" is not a condition operator: Null already tests whether the key exists, so it has no IfExists form; use Null`
  }
  if (colon >= 0 && !/^(foranyvalue|forallvalues)$/i.test(head)) {
    return `"${operator}" is not a condition operator: the only prefixes are ForAnyValue: and ForAllValues:${didYouMean(operator, allOperatorNames())}`
  }
  return `"${operator}" is not a condition operator${didYouMean(operator, allOperatorNames())}; valid operators are ${BASE_OPERATORS.join(', ')}, with an optional ForAnyValue:/ForAllValues: prefix and IfExists suffix`
}

export const invalidConditionOperator: Rule = {
  id: 'invalid-condition-operator',
  *check(context) {
    for (const statement of allStatements(context.environment)) {
      const condition: unknown = statement.ref.statement.Condition
      if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) continue
      for (const operator of Object.keys(condition)) {
        const problem = operatorProblem(operator)
        if (problem)
          yield statementHit(statement, `${problem}; IAM rejects the policy`, ['Condition', operator])
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// unknown-condition-key

const keyCache = new Map<string, KnownConditionKey | null>()

function knownKey(key: string): KnownConditionKey | undefined {
  const lower = key.toLowerCase()
  let found = keyCache.get(lower)
  if (found === undefined) {
    found = lookupConditionKey(key) ?? null
    if (keyCache.size >= VERDICT_CACHE_LIMIT) keyCache.clear()
    keyCache.set(lower, found)
  }
  return found ?? undefined
}

/** The actions of a statement that the database knows, and whether any key at all may apply. */
interface StatementActions {
  /** Canonical known actions (expanded). */
  actions: readonly string[]
  /** Lower-case service prefixes of those actions. */
  services: ReadonlySet<string>
  /** `Action: "*"`, a `*:…` pattern or NotAction: keys of every service can be relevant. */
  everyService: boolean
}

function statementActions(statement: PolicyStatement): StatementActions {
  if (statement.Action === undefined) return { actions: [], services: new Set(), everyService: true }
  const actions = new Set<string>()
  let everyService = false
  for (const item of itemsOf(statement, 'Action')) {
    const colon = item.value.indexOf(':')
    if (item.value === '*' || (colon >= 0 && item.value.slice(0, colon).includes('*'))) {
      everyService = true
      continue
    }
    for (const action of expandActionPattern(item.value)) actions.add(action)
  }
  const services = new Set([...actions].map(action => action.slice(0, action.indexOf(':'))))
  return { actions: [...actions], services, everyService }
}

function keyProblem(key: string, actions: StatementActions): string | undefined {
  const known = knownKey(key)
  const colon = key.indexOf(':')
  const prefix = colon > 0 ? key.slice(0, colon).toLowerCase() : ''
  if (!known) {
    const candidates = new Set<string>()
    for (const action of actions.actions.slice(0, 200))
      for (const candidate of conditionKeysForAction(action) ?? []) candidates.add(candidate)
    for (const candidate of serviceConditionKeys(prefix)) candidates.add(candidate)
    const hint = didYouMean(key, candidates)
    return `condition key "${key}" is not one AWS documents${hint}; a condition on a key that is never present fails (or, with IfExists or a negated operator, always passes)`
  }
  if (known.scope !== 'service' || actions.everyService) return undefined
  if (actions.services.size === 0) return undefined
  if (actions.services.has(prefix)) return undefined
  for (const service of actions.services) if (serviceDeclaresConditionKey(service, key)) return undefined
  if (actions.actions.some(action => conditionKeyAppliesTo(key, action))) return undefined
  const services = [...actions.services].sort()
  return `condition key "${key}" belongs to ${prefix ? `service ${prefix}` : 'another service'}, but the statement's actions are all of ${summarize(services)}, whose requests never carry it; the condition fails (or, with IfExists or a negated operator, always passes). Use a key of ${summarize(services)} or a global aws: key`
}

export const unknownConditionKey: Rule = {
  id: 'unknown-condition-key',
  *check(context) {
    for (const statement of allStatements(context.environment)) {
      const items = conditionItems(statement.ref.statement)
      if (items.length === 0) continue
      const actions = statementActions(statement.ref.statement)
      for (const item of items) {
        const problem = keyProblem(item.key, actions)
        if (problem) yield statementHit(statement, problem, item.path)
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// invalid-arn

export const invalidArn: Rule = {
  id: 'invalid-arn',
  *check(context) {
    for (const statement of identityStatements(context.environment)) {
      for (const key of ['Resource', 'NotResource'] as const) {
        for (const item of itemsOf(statement.ref.statement, key)) {
          const problems = arnProblems(item.value)
          if (problems.length === 0) continue
          yield statementHit(
            statement,
            `${key} "${item.value}" is not a valid ARN: ${problems.join('; ')}; write "*" or a full ARN such as arn:aws:s3:::my-bucket/*`,
            item.path
          )
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// resource-mismatch

const matchCache = new Map<string, boolean>()

function actionMatchesResource(action: string, resource: string): boolean {
  const key = `${action}\u0000${resource}`
  let result = matchCache.get(key)
  if (result === undefined) {
    result = resourceTypesMatching(action, resource).length > 0
    if (matchCache.size >= VERDICT_CACHE_LIMIT) matchCache.clear()
    matchCache.set(key, result)
  }
  return result
}

/** An ARN whose service is literal: one we can hold against the actions' resource types. */
function isSpecificArn(value: string): boolean {
  if (value === '*') return false
  const arn = parseArn(value)
  return (
    arn !== undefined && arn.service !== '' && !/[*?$]/.test(arn.service) && arnProblems(value).length === 0
  )
}

function describeTypes(types: readonly ActionResourceType[]): string {
  const shown = types.slice(0, 2).map(type => `${type.name} (${type.arnPattern})`)
  return types.length > 2 ? `${shown.join(', ')} or ${types.length - 2} other types` : shown.join(' or ')
}

/**
 * A hint for the common near miss: the ARN has a region or account where the resource type has
 * none (S3 buckets, Bedrock foundation models, IAM roles), or lacks one the type has.
 */
function fieldHint(resource: string, types: readonly ActionResourceType[]): string {
  const arn = parseArn(resource)
  if (!arn) return ''
  for (const type of types) {
    const pattern = parseArn(type.arnPattern)
    if (!pattern || pattern.service !== arn.service) continue
    const region = pattern.region === '' ? '' : arn.region || '*'
    const account = pattern.account === '' ? '' : arn.account || '*'
    const fixed = `arn:${arn.partition}:${arn.service}:${region}:${account}:${arn.resource}`
    if (fixed === resource || !arnMatchesResourceType(fixed, type.arnPattern)) continue
    const fields = [
      pattern.region === '' && arn.region !== '' ? 'no region' : '',
      pattern.account === '' && arn.account !== '' ? 'no account' : '',
      pattern.region !== '' && arn.region === '' ? 'a region' : '',
      pattern.account !== '' && arn.account === '' ? 'an account' : ''
    ].filter(Boolean)
    return `; ${type.name} ARNs have ${fields.join(' and ')} (${type.arnPattern}): ${fixed}`
  }
  return ''
}

interface ActionEntry {
  action: string
  /** Written as a literal name, not produced by a wildcard: only then is a mismatch clear. */
  literal?: ListItem
}

function* resourceMismatches(statement: StatementContext): Generator<RuleHit> {
  const body = statement.ref.statement
  // Deny statements may list anything to be safe; NotResource and NotAction invert the lists.
  if (!isAllow(body) || body.Resource === undefined || body.Action === undefined) return
  const resources = itemsOf(body, 'Resource')
  if (resources.length === 0 || resources.some(item => item.value === '*')) return
  const specific = resources.filter(item => isSpecificArn(item.value))
  // A wildcard service or an invalid ARN (invalid-arn's finding) may stand for anything.
  const open = specific.length < resources.length

  const typed: ActionEntry[] = []
  for (const item of itemsOf(body, 'Action')) {
    const literal = !hasWildcard(item.value)
    for (const action of expandActionPattern(item.value)) {
      const info = lookupAction(action)
      if (!info) continue
      if (info.resourceTypes.length === 0) {
        // Supports only "*", and Resource holds only ARNs: the statement grants it nowhere.
        if (literal) {
          yield statementHit(
            statement,
            `${action} supports only Resource "*" (it has no resource type), so with only ARNs in Resource this statement grants it nowhere; move it to a statement with Resource: "*"`,
            item.path
          )
        }
        continue
      }
      typed.push(literal ? { action, literal: item } : { action })
    }
  }
  if (typed.length === 0 || specific.length === 0) return

  const matched = new Set<string>()
  const usedResources = new Set<ListItem>()
  for (const entry of typed) {
    for (const resource of specific) {
      if (actionMatchesResource(entry.action, resource.value)) {
        matched.add(entry.action)
        usedResources.add(resource)
      }
    }
  }
  const types = (action: string) => lookupAction(action)?.resourceTypes ?? []

  if (matched.size === 0) {
    // No pair fits: one finding per resource, naming what the actions would accept.
    const first = typed[0].action
    const allTypes = [
      ...new Map(typed.flatMap(entry => types(entry.action)).map(type => [type.arnPattern, type])).values()
    ]
    for (const resource of specific) {
      const actions = summarize([...new Set(typed.map(entry => entry.action))])
      yield statementHit(
        statement,
        `Resource "${resource.value}" is no resource of ${actions}: ${first} applies to ${describeTypes(types(first))}${fieldHint(resource.value, allTypes)}`,
        resource.path
      )
    }
    return
  }
  for (const resource of specific) {
    if (usedResources.has(resource)) continue
    const allTypes = [
      ...new Map(typed.flatMap(entry => types(entry.action)).map(type => [type.arnPattern, type])).values()
    ]
    yield statementHit(
      statement,
      `Resource "${resource.value}" matches no resource type of the statement's actions, so it grants nothing${fieldHint(resource.value, allTypes)}; remove it or move it to a statement whose actions apply to it`,
      resource.path
    )
  }
  if (open) return
  const reported = new Set<string>()
  for (const entry of typed) {
    if (!entry.literal || matched.has(entry.action) || reported.has(entry.action)) continue
    reported.add(entry.action)
    yield statementHit(
      statement,
      `${entry.action} applies to ${describeTypes(types(entry.action))}, and none of the statement's resources is one, so it is granted nowhere; add the right ARN (or move the action to a statement that names it)`,
      entry.literal.path
    )
  }
}

export const resourceMismatch: Rule = {
  id: 'resource-mismatch',
  *check(context) {
    for (const statement of identityStatements(context.environment)) yield* resourceMismatches(statement)
  }
}

// ---------------------------------------------------------------------------------------------
// duplicate-sid

export const duplicateSid: Rule = {
  id: 'duplicate-sid',
  *check(context) {
    for (const subject of policySubjects(context.environment)) {
      const first = new Map<string, StatementContext>()
      for (const statement of statementsOfSubject(subject)) {
        const sid = statement.ref.statement.Sid
        if (typeof sid !== 'string' || sid === '') continue
        const earlier = first.get(sid)
        if (!earlier) {
          first.set(sid, statement)
          continue
        }
        yield statementHit(
          { ...statement, name: `statement ${statement.ref.index}` },
          `Sid "${sid}" is already used by statement ${earlier.ref.index}; IAM requires Sids to be unique within a policy, so rename one`,
          ['Sid']
        )
      }
    }
  }
}
