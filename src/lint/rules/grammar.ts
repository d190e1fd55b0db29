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
  suggestAction,
  suggestService,
  wildcardMatch,
  type ActionResourceType,
  type Arn,
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
 * Names IAM accepts and AWS's own managed policies use, but that the Service Authorization
 * Reference (and so the action database) does not list. Each entry was found by linting every
 * AWS managed policy (__tests__/lint/grammar-precision.test.ts) and stays only with its reason.
 * Deliberately left out, and still reported: names that look like API operations rather than IAM
 * actions (budgets:CreateBudget and friends, the same mistake as sqs:DeleteMessageBatch) and the
 * retired CloudHSM Classic API (cloudhsm:DescribeHapg, ...): both grant nothing.
 */
export const UNDOCUMENTED_SERVICES: readonly { prefix: string; reason: string; seenIn: string }[] = [
  {
    prefix: 'builderid',
    reason: 'AWS Builder ID actions, granted by AWS but not documented',
    seenIn: 'AWSManagedSettingsAdminAccess, AWSSupplyChainFederationAdminAccess'
  },
  {
    prefix: 'datazonecontrol',
    reason: 'the Amazon DataZone preview console',
    seenIn: 'AmazonDataZonePortalFullAccessPolicy, AmazonDataZonePreviewConsoleFullAccess'
  },
  {
    prefix: 'deepcomposer',
    reason: 'AWS DeepComposer, a retired service',
    seenIn: 'ReadOnlyAccess, ResourceGroupsTaggingAPITagUntagSupportedResources'
  },
  {
    prefix: 'deeplens',
    reason: 'AWS DeepLens, a retired service',
    seenIn: 'AWSDeepLensLambdaFunctionAccessPolicy, AWSDeepLensServiceRolePolicy'
  },
  {
    prefix: 'deepracer',
    reason: 'AWS DeepRacer, no longer in the reference',
    seenIn: 'SecurityAudit, AWSDeepRacer* policies'
  },
  {
    prefix: 'elastic-inference',
    reason: 'Amazon Elastic Inference, a retired service',
    seenIn: 'AmazonSageMakerFullAccess, ResourceGroupsTaggingAPITagUntagSupportedResources'
  },
  {
    prefix: 'iot1click',
    reason: 'AWS IoT 1-Click, a retired service',
    seenIn: 'ReadOnlyAccess, ResourceGroupsTaggingAPITagUntagSupportedResources'
  },
  {
    prefix: 'iotroborunner',
    reason: 'AWS IoT RoboRunner, a retired service',
    seenIn: 'AWSIotRoboRunnerFullAccess, AWSIotRoboRunnerReadOnly'
  },
  {
    prefix: 'mobilehub',
    reason: 'AWS Mobile Hub, retired in favour of Amplify',
    seenIn: 'AWSMobileHub_FullAccess, AWSMobileHub_ReadOnly'
  },
  {
    prefix: 'sagemaker-groundtruth-synthetic',
    reason: 'the Ground Truth synthetic data console',
    seenIn: 'GroundTruthSyntheticConsoleFullAccess, GroundTruthSyntheticConsoleReadOnlyAccess'
  },
  {
    prefix: 'zocalo',
    reason: 'Amazon WorkDocs under its original name, a retired service',
    seenIn: 'AmazonZocaloFullAccess, AmazonZocaloReadOnlyAccess'
  }
]

export const UNDOCUMENTED_ACTIONS: readonly { actions: readonly string[]; reason: string; seenIn: string }[] =
  [
    {
      actions: [
        'payments:AcceptTermsAndConditionsForProgramByAccountId',
        'payments:BatchGetPaymentProfiles',
        'payments:CreatePaymentAttempt',
        'payments:CreatePaymentProfile',
        'payments:Get',
        'payments:GetAcceptedTermsAndConditionsForProgramByAccountId',
        'payments:GetAccountBalance',
        'payments:GetDefaultPaymentProfile',
        'payments:GetEligibleCurrencies',
        'payments:GetPaymentAttempt',
        'payments:GetPaymentPreferences',
        'payments:GetPreferredCurrency',
        'payments:GetRecommendedTermsAndConditionsForProgram',
        'payments:ListPaymentProfiles',
        'payments:SearchFinancialRecords',
        'payments:SetPreferredCurrency',
        'payments:UpdatePaymentProfile',
        'organizations:CreateBuilderIdOwnedAccount'
      ],
      reason: 'billing-console actions of AWS Managed Settings that the reference does not list',
      seenIn: 'AWSManagedSettingsAdminAccess'
    },
    {
      actions: [
        'securityagent:BatchGetAgentInstances',
        'securityagent:BatchGetSecurityTestContentMetadata',
        'securityagent:BatchGetTasks',
        'securityagent:CreateDocumentReview',
        'securityagent:DeleteDocumentReview',
        'securityagent:GetCodeReviewTask',
        'securityagent:GetDocReviewTask',
        'securityagent:GetDocumentReview',
        'securityagent:GetDocumentReviewArtifact',
        'securityagent:ListAgentInstances',
        'securityagent:ListControls',
        'securityagent:ListDocumentReviewComments',
        'securityagent:ListDocumentReviews',
        'securityagent:ListTasks',
        'securityagent:StartPentestExecution',
        'securityagent:StopPentestExecution'
      ],
      reason: 'AWS Security Agent web-app actions, ahead of the reference',
      seenIn: 'SecurityAgentWebAppAPIPolicy'
    },
    {
      actions: ['qapps:ImportDocumentToQApp', 'qapps:ImportDocumentToQAppSession'],
      reason: 'Amazon Q Apps actions allowed for trusted identity propagation, ahead of the reference',
      seenIn: 'AWSIAMIdentityCenterAllowListForIdentityContext'
    },
    {
      actions: ['cloud9:ValidateEnvironmentName'],
      reason: 'a console-only AWS Cloud9 permission',
      seenIn: 'AWSCodeStarFullAccess'
    },
    {
      actions: ['route53-recovery-control-config:DescribeRoutingControlByName'],
      reason: 'a Route 53 ARC console permission the reference does not list',
      seenIn: 'AmazonRoute53RecoveryControlConfigReadOnlyAccess'
    },
    {
      actions: ['memorydb:ReplicateMultiRegionClusterData'],
      reason: 'an internal permission of MemoryDB’s service-linked role',
      seenIn: 'MemoryDBServiceRolePolicy'
    }
  ]

/** Condition keys AWS's managed policies use that the reference does not list. */
export const UNDOCUMENTED_CONDITION_KEYS: readonly { key: string; reason: string; seenIn: string }[] = [
  {
    key: 'aws:PrincipalOrgMasterAccountId',
    reason: 'an older global key of AWS Organizations, still evaluated',
    seenIn: 'AWSSSOServiceRolePolicy'
  },
  {
    key: 'lakeformation:GlueARN',
    reason: 'a Lake Formation key for federated Glue resources',
    seenIn: 'AmazonDataZoneGlueManageAccessRolePolicy'
  }
]

const undocumentedActions = new Set(
  UNDOCUMENTED_ACTIONS.flatMap(entry => entry.actions.map(action => action.toLowerCase()))
)
const undocumentedServices = new Set(UNDOCUMENTED_SERVICES.map(entry => entry.prefix))
const undocumentedKeys = new Set(UNDOCUMENTED_CONDITION_KEYS.map(entry => entry.key.toLowerCase()))

function isUndocumentedAction(action: string): boolean {
  return undocumentedActions.has(action.toLowerCase())
}

function isUndocumentedService(prefix: string): boolean {
  return undocumentedServices.has(prefix.toLowerCase())
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
  // A batch API operation is authorized by its single-item action (sqs:DeleteMessageBatch needs
  // sqs:DeleteMessage): a common mistake that edit distance cannot suggest.
  const single = /^(.+)Batch$/i.exec(name)
  const batchOf =
    single && !hasWildcard(single[1]) ? expandActionPattern(`${prefix}:${single[1]}`)[0] : undefined
  if (batchOf) {
    return {
      kind: 'unknown-action',
      message: `"${value}" is an API operation, not an IAM action: ${lookupService(prefix)?.name ?? prefix} authorizes it with ${batchOf}, so list that instead`
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

/**
 * What the database knows about a key. Secrets Manager documents its tag key as
 * `secretsmanager:ResourceTag/tag-key`, a literal placeholder rather than `${TagKey}`, so an
 * unknown `x:Y/anything` also counts as known when `x:Y/tag-key` is.
 */
function knownKey(key: string): KnownConditionKey | undefined {
  const lower = key.toLowerCase()
  let found = keyCache.get(lower)
  if (found === undefined) {
    const slash = key.indexOf('/')
    found =
      lookupConditionKey(key) ??
      (slash > 0 ? lookupConditionKey(`${key.slice(0, slash)}/tag-key`) : undefined) ??
      null
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
  // Undocumented keys AWS itself uses, and keys of services unknown-service already reports.
  if (undocumentedKeys.has(key.toLowerCase()) || isUndocumentedService(prefix)) return undefined
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

/**
 * A fix for the common near miss: the ARN names a region or account where the resource type has
 * none (S3 buckets, Bedrock foundation models, IAM roles). Only removing fields is suggested;
 * adding a `*` would let the wildcard absorb anything and "match" by accident.
 */
function fieldHint(resource: string, types: readonly ActionResourceType[]): string | undefined {
  const arn = parseArn(resource)
  if (!arn) return undefined
  for (const type of types) {
    const pattern = parseArn(type.arnPattern)
    if (!pattern || pattern.service !== arn.service) continue
    const dropRegion = pattern.region === '' && arn.region !== ''
    const dropAccount = pattern.account === '' && arn.account !== ''
    if (!dropRegion && !dropAccount) continue
    const fixed = `arn:${arn.partition}:${arn.service}:${dropRegion ? '' : arn.region}:${dropAccount ? '' : arn.account}:${arn.resource}`
    if (!arnMatchesResourceType(fixed, type.arnPattern)) continue
    const fields = [dropRegion ? 'no region' : '', dropAccount ? 'no account' : '']
      .filter(Boolean)
      .join(' and ')
    return `${type.name} ARNs have ${fields} (${type.arnPattern}); write ${fixed}`
  }
  return undefined
}

/**
 * Services that answer to two ARN namespaces: AWS CodeConnections was renamed from CodeStar
 * Connections and accepts either prefix in ARNs, while the reference lists only one per service.
 */
const ARN_SERVICE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['codeconnections', 'codestar-connections'],
  ['codestar-connections', 'codeconnections']
])

interface TypePattern {
  service: string
  region: string
  account: string
  /** The literal text of the resource part before its first variable, lower-cased. */
  head: string
}

const typePatterns = new Map<string, TypePattern | null>()

function typePattern(pattern: string): TypePattern | undefined {
  let parsed = typePatterns.get(pattern)
  if (parsed === undefined) {
    const arn = parseArn(pattern)
    parsed = arn
      ? {
          service: arn.service,
          region: arn.region,
          account: arn.account,
          head: arn.resource.split('${', 1)[0].toLowerCase()
        }
      : null
    typePatterns.set(pattern, parsed)
  }
  return parsed ?? undefined
}

/** The literal start of a Resource value's resource part (up to a wildcard or variable), lower-cased. */
function literalHead(text: string): string {
  const stop = text.search(/[*?]|\$\{/)
  return (stop < 0 ? text : text.slice(0, stop)).toLowerCase()
}

/**
 * Could the (specific) Resource ARN name a resource of this type? Cheap tests first (service,
 * which fields are empty, the literal start of the resource part) rule out most types before the
 * pattern search, which is the costly part.
 */
function matchesType(resource: string, arn: Arn, pattern: string): boolean {
  const type = typePattern(pattern)
  if (!type) return arnMatchesResourceType(resource, pattern)
  const alias = ARN_SERVICE_ALIASES.get(arn.service)
  if (type.service !== arn.service && type.service !== alias) return false
  // A type without region or account cannot be named by an ARN that has a literal one, and back.
  const literal = (field: string) => field !== '' && !/[*?]|\$\{/.test(field)
  if ((type.region === '' && literal(arn.region)) || (type.region !== '' && arn.region === '')) return false
  if ((type.account === '' && literal(arn.account)) || (type.account !== '' && arn.account === ''))
    return false
  const head = literalHead(arn.resource)
  const common = Math.min(head.length, type.head.length)
  if (head.slice(0, common) !== type.head.slice(0, common)) return false
  const text =
    type.service === arn.service
      ? resource
      : `arn:${arn.partition}:${type.service}:${arn.region}:${arn.account}:${arn.resource}`
  return arnMatchesResourceType(text, pattern)
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

interface ActionEntry {
  action: string
  types: readonly ActionResourceType[]
  /** Written as a literal name, not produced by a wildcard: only then is a mismatch clear. */
  literal?: ListItem
}

/** What an Action pattern expands to, split by whether the actions have resource types. */
interface PatternActions {
  /** Known actions that support only Resource "*". */
  untyped: readonly string[]
  typed: readonly { action: string; types: readonly ActionResourceType[] }[]
  /** The distinct ARN patterns of `typed`. */
  patterns: readonly string[]
}

const patternActionsCache = new Map<string, PatternActions>()

/** Cached per pattern: `s3:Get*` recurs in every role, and its sixty lookups add up. */
function patternActions(pattern: string): PatternActions {
  const key = pattern.toLowerCase()
  let found = patternActionsCache.get(key)
  if (!found) {
    const untyped: string[] = []
    const typed: { action: string; types: readonly ActionResourceType[] }[] = []
    for (const action of expandActionPattern(pattern)) {
      const info = lookupAction(action)
      if (!info) continue
      if (info.resourceTypes.length === 0) untyped.push(action)
      else typed.push({ action, types: info.resourceTypes })
    }
    const patterns = [...new Set(typed.flatMap(entry => entry.types.map(type => type.arnPattern)))]
    found = { untyped, typed, patterns }
    if (patternActionsCache.size >= VERDICT_CACHE_LIMIT) patternActionsCache.clear()
    patternActionsCache.set(key, found)
  }
  return found
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
  const patterns = new Set<string>()
  for (const item of itemsOf(body, 'Action')) {
    const literal = !hasWildcard(item.value)
    const expanded = patternActions(item.value)
    // Supports only "*", and Resource holds only ARNs: the statement grants it nowhere.
    if (literal) {
      for (const action of expanded.untyped) {
        yield statementHit(
          statement,
          `${action} supports only Resource "*" (it has no resource type), so with only ARNs in Resource this statement grants it nowhere; move it to a statement with Resource: "*"`,
          item.path
        )
      }
    }
    for (const entry of expanded.typed) typed.push(literal ? { ...entry, literal: item } : entry)
    for (const pattern of expanded.patterns) patterns.add(pattern)
  }
  if (typed.length === 0 || specific.length === 0) return

  // Actions share resource types (`s3:Get*` is sixty actions over a handful of types), so each
  // (resource, type) pair is searched at most once per statement, and a resource stops being
  // searched once some type fits it.
  const arns = specific.map(item => parseArn(item.value) as Arn)
  const pairs = new Map<string, boolean>()
  const fits = (index: number, pattern: string): boolean => {
    const key = `${index}\u0000${pattern}`
    let hit = pairs.get(key)
    if (hit === undefined) {
      hit = matchesType(specific[index].value, arns[index], pattern)
      pairs.set(key, hit)
    }
    return hit
  }
  const matched = new Set<string>()
  const used = new Set<ListItem>()
  // Literal actions first: for them each answer matters; then any type of any action marks a
  // resource as used.
  for (const entry of typed) {
    if (!entry.literal) continue
    for (const type of entry.types) {
      specific.forEach((resource, index) => {
        if (fits(index, type.arnPattern)) {
          matched.add(entry.action)
          used.add(resource)
        }
      })
    }
  }
  specific.forEach((resource, index) => {
    if (used.has(resource)) return
    for (const pattern of patterns) {
      if (fits(index, pattern)) {
        used.add(resource)
        return
      }
    }
  })
  const anyMatch = matched.size > 0 || used.size > 0
  if (used.size === specific.length && typed.every(entry => !entry.literal || matched.has(entry.action)))
    return
  const typesOf = (action: string) => typed.find(entry => entry.action === action)?.types ?? []
  const allTypes = [
    ...new Map(typed.flatMap(entry => entry.types).map(type => [type.arnPattern, type])).values()
  ]
  const actions = summarize([...new Set(typed.map(entry => entry.action))])

  for (const resource of specific) {
    if (used.has(resource)) continue
    const hint = fieldHint(resource.value, allTypes)
    // When nothing fits at all, say what the first action would accept.
    const expected =
      !anyMatch && !hint ? `; ${typed[0].action} applies to ${describeTypes(typesOf(typed[0].action))}` : ''
    yield statementHit(
      statement,
      `Resource "${resource.value}" is no resource of ${actions}, so it grants nothing${hint ? `: ${hint}` : expected}`,
      resource.path
    )
  }
  if (open || !anyMatch) return
  const reported = new Set<string>()
  for (const entry of typed) {
    if (!entry.literal || matched.has(entry.action) || reported.has(entry.action)) continue
    reported.add(entry.action)
    yield statementHit(
      statement,
      `${entry.action} applies to ${describeTypes(typesOf(entry.action))}, and none of the statement's resources is one, so it is granted nowhere; add that ARN (or move the action to a statement that names it)`,
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
