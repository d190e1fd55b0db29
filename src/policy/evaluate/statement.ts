/**
 * One statement against one request: does it apply? (Action/NotAction, Resource/NotResource,
 * Condition.) The building block of evaluateRequest, exported for lint rules that ask "does this
 * Deny remove this access?".
 *
 * - Action/NotAction: case-insensitive, `*` and `?` (src/policy/wildcard.ts). NotAction applies
 *   to every action it does not list.
 * - Resource/NotResource: case-sensitive ARN patterns, segment-aware (arn-match.ts), with policy
 *   variables substituted (variables.ts). NotResource applies to every resource it does not list.
 *   A Resource entry whose variable has no value matches nothing; a NotResource entry whose
 *   variable has no value makes the statement not apply (what it excludes cannot be known, and
 *   the guide says an unresolved variable may make the whole statement invalid).
 * - A statement IAM would reject (no Effect Allow/Deny, no or both Action/NotAction, no or both
 *   Resource/NotResource, a Principal, non-string entries, an unknown condition operator) never
 *   applies; `parseStatement` says why.
 *
 * Statements are parsed once and cached by object identity (documents are not mutated after
 * rendering).
 */
import type { PolicyStatement } from '../../model/policy.js'
import { own } from '../../util/own.js'
import { compileWildcard, hasWildcard, wildcardTest, type CompiledWildcard } from '../wildcard.js'
import { arnPatternTest, compileArnPattern, type CompiledArnPattern } from './arn-match.js'
import {
  conditionsHold,
  conditionsState,
  parseConditionBlock,
  type ConditionNotes,
  type ConditionTest,
  type Holds
} from './conditions.js'
import { unknownKey } from './context.js'
import { quoted } from './notes.js'
import type { AccessRequest, UnknownKeys } from './types.js'
import { hasVariable, substitute, variableKeys } from './variables.js'

/** Action patterns indexed by service prefix, so a 3,000-action statement tests a handful. */
interface ActionMatcher {
  byService: Map<string, CompiledWildcard[]>
  /** Patterns whose service part has a wildcard, or that have no `:` (`*`). */
  anyService: CompiledWildcard[]
}

interface ResourcePattern {
  raw: string
  /** Compiled once when the text has no policy variable (or variables are off). */
  compiled?: CompiledArnPattern
  /** The same, for documents whose variables are text (Version other than 2012-10-17). */
  literal?: CompiledArnPattern
}

export interface ParsedStatement {
  effect: 'Allow' | 'Deny'
  sid?: string
  actions?: ActionMatcher
  notActions?: ActionMatcher
  resources?: ResourcePattern[]
  notResources?: ResourcePattern[]
  conditions: ConditionTest[]
  /** A Resource/NotResource entry or a condition value holds `${`: a policy variable. */
  hasVariables: boolean
}

function stringList(value: unknown, element: string): string[] | string {
  const list: unknown[] = Array.isArray(value) ? value : [value]
  const strings: string[] = []
  for (const item of list) {
    if (typeof item !== 'string') return `its ${element} holds a value that is not a string`
    strings.push(item)
  }
  return strings
}

function actionMatcher(patterns: string[]): ActionMatcher {
  const byService = new Map<string, CompiledWildcard[]>()
  const anyService: CompiledWildcard[] = []
  for (const pattern of patterns) {
    const glob = compileWildcard(pattern, true)
    const colon = pattern.indexOf(':')
    const service = colon < 0 ? undefined : pattern.slice(0, colon).toLowerCase()
    if (service === undefined || hasWildcard(service)) anyService.push(glob)
    else {
      const list = byService.get(service)
      if (list) list.push(glob)
      else byService.set(service, [glob])
    }
  }
  return { byService, anyService }
}

function actionMatches(matcher: ActionMatcher, action: string): boolean {
  const colon = action.indexOf(':')
  const service = colon < 0 ? action.toLowerCase() : action.slice(0, colon).toLowerCase()
  const candidates = matcher.byService.get(service)
  if (candidates) for (const glob of candidates) if (wildcardTest(glob, action)) return true
  for (const glob of matcher.anyService) if (wildcardTest(glob, action)) return true
  return false
}

function resourcePatterns(values: string[]): ResourcePattern[] {
  return values.map(raw => {
    const literal = compileArnPattern({ text: raw })
    return hasVariable(raw) ? { raw, literal } : { raw, compiled: literal, literal }
  })
}

const parsed = new WeakMap<object, ParsedStatement | string>()

/** The statement parsed for evaluation, or why IAM would reject it. */
export function parseStatement(statement: unknown): ParsedStatement | string {
  if (statement === null || typeof statement !== 'object' || Array.isArray(statement))
    return 'it is not a mapping'
  let result = parsed.get(statement)
  if (result === undefined) {
    result = parseFresh(statement as Record<string, unknown>)
    parsed.set(statement, result)
  }
  return result
}

function parseFresh(record: Record<string, unknown>): ParsedStatement | string {
  const effect = own(record, 'Effect')
  if (effect !== 'Allow' && effect !== 'Deny')
    return `its Effect is ${JSON.stringify(effect ?? null)}, not "Allow" or "Deny"`
  if (own(record, 'Principal') !== undefined || own(record, 'NotPrincipal') !== undefined)
    return 'it has a Principal, which an identity-based policy cannot have'
  const sidValue = own(record, 'Sid')
  const sid = typeof sidValue === 'string' ? sidValue : undefined
  const action = own(record, 'Action')
  const notAction = own(record, 'NotAction')
  if ((action === undefined) === (notAction === undefined))
    return action === undefined ? 'it has neither Action nor NotAction' : 'it has both Action and NotAction'
  const resource = own(record, 'Resource')
  const notResource = own(record, 'NotResource')
  if ((resource === undefined) === (notResource === undefined))
    return resource === undefined
      ? 'it has neither Resource nor NotResource'
      : 'it has both Resource and NotResource'
  const actions = stringList(action ?? notAction, action !== undefined ? 'Action' : 'NotAction')
  if (typeof actions === 'string') return actions
  const resources = stringList(resource ?? notResource, resource !== undefined ? 'Resource' : 'NotResource')
  if (typeof resources === 'string') return resources
  const conditions = parseConditionBlock(own(record, 'Condition'))
  if (typeof conditions === 'string') return conditions
  const matcher = actionMatcher(actions)
  const patterns = resourcePatterns(resources)
  return {
    effect,
    sid,
    ...(action !== undefined ? { actions: matcher } : { notActions: matcher }),
    ...(resource !== undefined ? { resources: patterns } : { notResources: patterns }),
    conditions,
    hasVariables: resources.some(hasVariable) || conditions.some(test => test.values.some(hasVariable))
  }
}

export interface StatementOptions {
  /**
   * Substitute policy variables (true unless the document's Version is not "2012-10-17"; see
   * policyVariablesEnabled).
   */
  variables?: boolean
  /** Receives what the evaluation noticed (unresolved variables, unparseable values). */
  notes?: ConditionNotes
}

/** Policy variables work only in documents with `"Version": "2012-10-17"`. */
export function policyVariablesEnabled(document: { Version?: unknown }): boolean {
  return document.Version === '2012-10-17'
}

/** Does the pattern match the resource? undefined when its variable has no value. */
function resourceMatches(
  pattern: ResourcePattern,
  resource: string,
  request: AccessRequest,
  variables: boolean,
  notes: ConditionNotes | undefined
): boolean | undefined {
  if (!variables) return arnPatternTest(pattern.literal as CompiledArnPattern, resource)
  if (pattern.compiled) return arnPatternTest(pattern.compiled, resource)
  const resolved = substitute(pattern.raw, request.context)
  if (!resolved.ok) {
    notes?.add(
      `${quoted(resolved.variable)} ${resolved.why}, so the resource ${quoted(pattern.raw)} matches nothing.`
    )
    return undefined
  }
  return arnPatternTest(compileArnPattern(resolved.value), resource)
}

/** Does a parsed statement apply to the request (whatever its effect)? */
export function parsedStatementApplies(
  statement: ParsedStatement,
  request: AccessRequest,
  options: StatementOptions = {}
): boolean {
  if (request.unknown && request.unknown.size > 0)
    return parsedStatementState(statement, request, request.unknown, [], options) === true
  return appliesToKnownRequest(statement, request, options)
}

/** The key of an unknown variable in `pattern` (a key of `unknown` the context does not give). */
function unknownVariable(
  pattern: ResourcePattern,
  request: AccessRequest,
  unknown: UnknownKeys
): string | undefined {
  if (pattern.compiled) return undefined
  for (const key of variableKeys(pattern.raw)) {
    const entry = unknownKey(request.context, unknown, key)
    if (entry) return entry.key
  }
  return undefined
}

/** Resource (or NotResource, `not`) entries against the request, with unknown variables. */
function resourcesState(
  patterns: ResourcePattern[],
  not: boolean,
  request: AccessRequest,
  unknown: UnknownKeys,
  variables: boolean,
  undecided: string[],
  notes: ConditionNotes | undefined
): Holds {
  let maybe: string | undefined
  for (const pattern of patterns) {
    const key = variables ? unknownVariable(pattern, request, unknown) : undefined
    if (key !== undefined) maybe ??= key
    else if (resourceMatches(pattern, request.resource, request, variables, notes) === true) return !not
  }
  if (maybe === undefined) return not
  undecided.push(maybe)
  return 'unknown'
}

/**
 * Does a parsed statement apply to a request some of whose keys are unknown? true, false, or
 * 'unknown' when it applies for some values of those keys (pushed to `undecided`) and not others.
 */
export function parsedStatementState(
  statement: ParsedStatement,
  request: AccessRequest,
  unknown: UnknownKeys,
  undecided: string[],
  options: StatementOptions = {}
): Holds {
  const variables = options.variables ?? true
  const { notes } = options
  if (statement.actions && !actionMatches(statement.actions, request.action)) return false
  if (statement.notActions && actionMatches(statement.notActions, request.action)) return false
  const keys: string[] = []
  const resources = statement.resources
    ? resourcesState(statement.resources, false, request, unknown, variables, keys, notes)
    : resourcesState(statement.notResources ?? [], true, request, unknown, variables, keys, notes)
  if (resources === false) return false
  const conditions = conditionsState(statement.conditions, request.context, variables, unknown, keys, notes)
  if (conditions === false) return false
  if (resources === true && conditions === true) return true
  undecided.push(...keys)
  return 'unknown'
}

function appliesToKnownRequest(
  statement: ParsedStatement,
  request: AccessRequest,
  options: StatementOptions
): boolean {
  const variables = options.variables ?? true
  const { notes } = options
  if (statement.actions && !actionMatches(statement.actions, request.action)) return false
  if (statement.notActions && actionMatches(statement.notActions, request.action)) return false
  if (statement.resources) {
    let any = false
    for (const pattern of statement.resources) {
      if (resourceMatches(pattern, request.resource, request, variables, notes) === true) {
        any = true
        break
      }
    }
    if (!any) return false
  }
  if (statement.notResources) {
    for (const pattern of statement.notResources) {
      // An entry whose variable has no value matches nothing, so it excludes nothing (IAM User
      // Guide, policy variables: "...will not match any resource"): a Deny with it covers more.
      if (resourceMatches(pattern, request.resource, request, variables, notes) === true) return false
    }
  }
  return conditionsHold(statement.conditions, request.context, variables, notes)
}

/**
 * Does this statement apply to this request? Effect aside: a Deny statement that applies denies,
 * an Allow that applies allows. A malformed statement never applies.
 */
export function statementApplies(
  statement: PolicyStatement,
  request: AccessRequest,
  options: StatementOptions = {}
): boolean {
  const result = parseStatement(statement)
  return typeof result !== 'string' && parsedStatementApplies(result, request, options)
}
