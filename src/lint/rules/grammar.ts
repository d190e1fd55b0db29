/**
 * Grammar rules over the IAM vocabulary: `unknown-service`, `unknown-action`,
 * `invalid-condition-operator`, `unknown-condition-key`, `invalid-arn`, `resource-mismatch` and
 * `duplicate-sid`. IAM accepts most of these mistakes silently (an unknown action or condition key
 * is not an error at PutRolePolicy), so the policy deploys and then denies at run time; the PR is
 * the cheapest place to say so.
 */
import {
  actionsAcceptingKey,
  allServicePrefixes,
  awsOwnedArnPattern,
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
  type KnownConditionKey
} from '../../policy/index.js'
import { serviceConditionKeys, serviceDeclaresConditionKey } from '../../policy/service-condition-keys.js'
import { boundedMemo } from '../../util/bounded-memo.js'
import { didYouMean } from '../../util/suggest.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import {
  actionList,
  allStatements,
  conditionEntries,
  identityStatements,
  isAllow,
  notActionList,
  resourceFacts,
  resourceProblems,
  statementHit,
  statementsOfSubject,
  summarize,
  type ListItem,
  type StatementContext
} from './policy-common.js'
import { perRun, subjectsOf } from '../subjects.js'

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

const VERDICT_CACHE_LIMIT = 20_000

/** What is wrong with one Action/NotAction value, cached: policies repeat the same few actions. */
const judgeAction = boundedMemo(judgeActionUncached, VERDICT_CACHE_LIMIT)

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

/** Verdicts of a list's values, in order: kept on the list, which recurs across statements. */
const VERDICTS = Symbol('verdicts')
const listVerdicts = (values: readonly string[]): readonly ActionVerdict[] => values.map(judgeAction)

interface VerdictHit {
  kind: ActionVerdict['kind']
  hit: RuleHit
}

/**
 * Both rules' hits in one pass over the statements (each rule then keeps its own kind): most
 * statements have none, and walking every Action of every statement twice costs more.
 */
function verdictHits(context: LintContext): readonly VerdictHit[] {
  const found: VerdictHit[] = []
  for (const statement of allStatements(context)) {
    const facts = statement.facts
    for (const key of ['Action', 'NotAction'] as const) {
      const items = facts[key]
      if (items.length === 0) continue
      const list = key === 'Action' ? actionList(facts) : notActionList(facts)
      const verdicts = list.derive(VERDICTS, listVerdicts)
      for (let index = 0; index < items.length; index++) {
        const verdict = verdicts[index]
        if (verdict.kind !== 'ok')
          found.push({ kind: verdict.kind, hit: statementHit(statement, verdict.message, items[index].path) })
      }
    }
  }
  return found
}

function* actionVerdicts(context: LintContext, kind: ActionVerdict['kind']): Generator<RuleHit> {
  for (const found of perRun(context, verdictHits)) if (found.kind === kind) yield found.hit
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

/** operatorProblem(), cached: statements repeat the same few operators. */
const cachedOperatorProblem = boundedMemo(operatorProblem, VERDICT_CACHE_LIMIT)

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
    for (const statement of allStatements(context)) {
      const condition: unknown = statement.ref.statement.Condition
      if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) continue
      for (const operator of Object.keys(condition)) {
        const problem = cachedOperatorProblem(operator)
        if (problem)
          yield statementHit(statement, `${problem}; IAM rejects the policy`, ['Condition', operator])
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// unknown-condition-key

/**
 * What the database knows about a key. Secrets Manager documents its tag key as
 * `secretsmanager:ResourceTag/tag-key`, a literal placeholder rather than `${TagKey}`, so an
 * unknown `x:Y/anything` also counts as known when `x:Y/tag-key` is.
 */
function knownKey(key: string): KnownConditionKey | undefined {
  return keyCache(key.toLowerCase())
}

// Keyed by the lower-cased key: lookupConditionKey() ignores case.
const keyCache = boundedMemo((key: string): KnownConditionKey | undefined => {
  const slash = key.indexOf('/')
  return (
    lookupConditionKey(key) ?? (slash > 0 ? lookupConditionKey(`${key.slice(0, slash)}/tag-key`) : undefined)
  )
}, VERDICT_CACHE_LIMIT)

/** The actions of a statement that the database knows, and whether any key at all may apply. */
interface StatementActions {
  /** Canonical known actions (expanded). */
  actions: readonly string[]
  /** Lower-case service prefixes of those actions. */
  services: ReadonlySet<string>
  /** `Action: "*"`, a `*:…` pattern or NotAction: keys of every service can be relevant. */
  everyService: boolean
  /** keyProblem() for these actions, by key: the same keys recur with the same action lists. */
  problems: (key: string) => string | undefined
  /** inapplicableKeyProblem() for these actions, by key. */
  inapplicable: (key: string) => string | undefined
}

/** The actions with their own bounded answers by key (the object is shared by equal lists). */
function withKeyAnswers(facts: Omit<StatementActions, 'problems' | 'inapplicable'>): StatementActions {
  const actions: StatementActions = {
    ...facts,
    problems: boundedMemo(key => keyProblem(key, actions), VERDICT_CACHE_LIMIT),
    inapplicable: boundedMemo(key => inapplicableKeyProblem(key, actions), VERDICT_CACHE_LIMIT)
  }
  return actions
}

const NO_ACTIONS = withKeyAnswers({ actions: [], services: new Set(), everyService: true })

function statementActions(statement: StatementContext): StatementActions {
  if (statement.ref.statement.Action === undefined) return NO_ACTIONS
  return actionList(statement.facts).derive(STATEMENT_ACTIONS, readStatementActions)
}

const STATEMENT_ACTIONS = Symbol('statement actions')

function readStatementActions(values: readonly string[]): StatementActions {
  const actions = new Set<string>()
  let everyService = false
  for (const value of values) {
    const colon = value.indexOf(':')
    if (value === '*' || (colon >= 0 && value.slice(0, colon).includes('*'))) {
      everyService = true
      continue
    }
    for (const action of expandActionPattern(value)) actions.add(action)
  }
  const services = new Set([...actions].map(action => action.slice(0, action.indexOf(':'))))
  return withKeyAnswers({ actions: [...actions], services, everyService })
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
    for (const statement of allStatements(context)) {
      const items = conditionEntries(statement.facts)
      if (items.length === 0) continue
      const actions = statementActions(statement)
      for (const item of items) {
        const problem = actions.problems(item.key)
        if (problem) yield statementHit(statement, problem, item.path)
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// inapplicable-condition-key

/**
 * A service key that the statement's service declares (so unknown-condition-key is silent) but
 * that none of the statement's actions lists, per action, in the Service Authorization Reference:
 * `s3:prefix` on s3:GetObject, `ec2:InstanceType` on ec2:CreateVolume. The request for those
 * actions does not carry the key, so the condition fails (or, IfExists or negated, always passes).
 * Statements with `Action: "*"`, a `*:` pattern or NotAction are left alone, as are unknown actions.
 */
function inapplicableKeyProblem(key: string, actions: StatementActions): string | undefined {
  const known = knownKey(key)
  if (!known || known.scope !== 'service' || actions.everyService || actions.actions.length === 0)
    return undefined
  if (keyProblem(key, actions) !== undefined) return undefined // unknown-condition-key's finding
  // The key as declared (Secrets Manager's `secretsmanager:ResourceTag/tag-key` for any tag).
  const declared = lookupConditionKey(key) ? key : known.key
  if (actions.actions.some(action => conditionKeyAppliesTo(declared, action))) return undefined
  const prefix = key.slice(0, key.indexOf(':')).toLowerCase()
  // A key the service declares but no action lists has no per-action data to judge by.
  const accepting = actionsAcceptingKey(prefix, declared)
  if (accepting.length === 0) return undefined
  return `condition key "${key}" is not one ${summarize(actions.actions)} ${actions.actions.length === 1 ? 'takes' : 'take'} (it applies to ${summarize(accepting, 4)}), so requests for ${actions.actions.length === 1 ? 'it' : 'them'} do not carry it and the condition fails (or, with IfExists or a negated operator, always passes); move the condition to a statement with those actions, or use a key the actions list`
}

export const inapplicableConditionKey: Rule = {
  id: 'inapplicable-condition-key',
  *check(context) {
    for (const statement of allStatements(context)) {
      const items = conditionEntries(statement.facts)
      if (items.length === 0) continue
      const actions = statementActions(statement)
      for (const item of items) {
        const problem = actions.inapplicable(item.key)
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
    for (const statement of identityStatements(context)) {
      for (const key of ['Resource', 'NotResource'] as const) {
        for (const item of statement.facts[key]) {
          const problems = resourceProblems(item.value)
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
  /** AWS publishes instances of the type with an empty account field (policy/arn.ts). */
  ownedByAws: boolean
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
          ownedByAws: awsOwnedArnPattern(pattern) !== undefined,
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

/** A field written without wildcard or variable: it names one region or account. */
function literalField(field: string): boolean {
  return field !== '' && !/[*?]|\$\{/.test(field)
}

/** A specific Resource ARN (one whose service is literal), with what matchesType() asks of it. */
interface SpecificResource {
  value: string
  partition: string
  service: string
  region: string
  account: string
  resource: string
  alias: string | undefined
  regionLiteral: boolean
  accountLiteral: boolean
  head: string
}

// Sized like resourceFacts (policy-common.ts): a large project's distinct Resource values.
const SPECIFIC_CACHE_LIMIT = 300_000

/** The value as a specific ARN (one whose service is literal), or undefined; cached per value. */
const specificResource = boundedMemo((value: string): SpecificResource | undefined => {
  const arn = value === '*' ? undefined : resourceFacts(value).arn
  return arn !== undefined &&
    arn.service !== '' &&
    !/[*?$]/.test(arn.service) &&
    resourceProblems(value).length === 0
    ? {
        value,
        partition: arn.partition,
        service: arn.service,
        region: arn.region,
        account: arn.account,
        resource: arn.resource,
        alias: ARN_SERVICE_ALIASES.get(arn.service),
        regionLiteral: literalField(arn.region),
        accountLiteral: literalField(arn.account),
        head: literalHead(arn.resource)
      }
    : undefined
}, SPECIFIC_CACHE_LIMIT)

/**
 * Could the (specific) Resource ARN name a resource of this type? Cheap tests first (service,
 * which fields are empty, the literal start of the resource part) rule out most types before the
 * pattern search, which is the costly part.
 */
function matchesType(resource: SpecificResource, pattern: string): boolean {
  const type = typePattern(pattern)
  if (!type) return arnMatchesResourceType(resource.value, pattern)
  if (type.service !== resource.service && type.service !== resource.alias) return false
  // A type without region or account cannot be named by an ARN that has a literal one, and back.
  if ((type.region === '' && resource.regionLiteral) || (type.region !== '' && resource.region === ''))
    return false
  if (
    (type.account === '' && resource.accountLiteral) ||
    (type.account !== '' && resource.account === '' && !type.ownedByAws)
  )
    return false
  const head = resource.head
  if (head.length <= type.head.length ? !type.head.startsWith(head) : !head.startsWith(type.head))
    return false
  const text =
    type.service === resource.service
      ? resource.value
      : `arn:${resource.partition}:${type.service}:${resource.region}:${resource.account}:${resource.resource}`
  return arnMatchesResourceType(text, pattern)
}

/** matchesType(), answered once per statement and cell (0 not yet asked, 1 fits, 2 does not). */
function fits(answers: Uint8Array, cell: number, resource: SpecificResource, pattern: string): boolean {
  if (answers[cell] === 0) answers[cell] = matchesType(resource, pattern) ? 1 : 2
  return answers[cell] === 1
}

function describeTypes(types: readonly ActionResourceType[]): string {
  const shown = types.slice(0, 2).map(type => `${type.name} (${type.arnPattern})`)
  return types.length > 2 ? `${shown.join(', ')} or ${types.length - 2} other types` : shown.join(' or ')
}

interface ActionEntry {
  action: string
  types: readonly ActionResourceType[]
}

/** What an Action pattern expands to, split by whether the actions have resource types. */
interface PatternActions {
  /** Known actions that support only Resource "*". */
  untyped: readonly string[]
  typed: readonly ActionEntry[]
  /** The distinct ARN patterns of `typed`. */
  patterns: readonly string[]
}

/** Cached per pattern: `s3:Get*` recurs in every role, and its sixty lookups add up. */
function patternActions(pattern: string): PatternActions {
  return patternActionsCache(pattern.toLowerCase())
}

// Keyed by the lower-cased pattern: expandActionPattern() ignores case.
const patternActionsCache = boundedMemo((pattern: string): PatternActions => {
  const untyped: string[] = []
  const typed: ActionEntry[] = []
  for (const action of expandActionPattern(pattern)) {
    const info = lookupAction(action)
    if (!info) continue
    if (info.resourceTypes.length === 0) untyped.push(action)
    else typed.push({ action, types: info.resourceTypes })
  }
  const patterns = [...new Set(typed.flatMap(entry => entry.types.map(type => type.arnPattern)))]
  return { untyped, typed, patterns }
}, VERDICT_CACHE_LIMIT)

/**
 * What resource-mismatch needs from a statement's Action list, worked out once per distinct list.
 * Items are named by their index in the list (the statement's own items give the paths).
 */
interface MismatchPlan {
  /** Literal items naming actions that support only Resource "*", in item order. */
  untyped: readonly { item: number; actions: readonly string[] }[]
  /** Every action with resource types, in item order. */
  typed: readonly ActionEntry[]
  /** The distinct ARN patterns of `typed`. */
  patterns: readonly string[]
  /** Each literally written action once (at its first item), with its types' patterns (indexes in `patterns`). */
  literal: readonly {
    action: string
    item: number
    types: readonly ActionResourceType[]
    patterns: readonly number[]
  }[]
  /** For messages, worked out when first needed. */
  summary?: string
  allTypes?: ActionResourceType[]
}

const MISMATCH_PLAN = Symbol('resource-mismatch plan')

function mismatchPlan(values: readonly string[]): MismatchPlan {
  const untyped: { item: number; actions: readonly string[] }[] = []
  const typed: ActionEntry[] = []
  const patterns = new Map<string, number>()
  const literal = new Map<string, { action: string; item: number; types: readonly ActionResourceType[] }>()
  values.forEach((value, item) => {
    const isLiteral = !hasWildcard(value)
    const expanded = patternActions(value)
    if (isLiteral && expanded.untyped.length > 0) untyped.push({ item, actions: expanded.untyped })
    for (const entry of expanded.typed) {
      typed.push(entry)
      if (isLiteral && !literal.has(entry.action))
        literal.set(entry.action, { action: entry.action, item, types: entry.types })
    }
    for (const pattern of expanded.patterns) if (!patterns.has(pattern)) patterns.set(pattern, patterns.size)
  })
  return {
    untyped,
    typed,
    patterns: [...patterns.keys()],
    literal: [...literal.values()].map(entry => ({
      ...entry,
      patterns: [...new Set(entry.types.map(type => patterns.get(type.arnPattern) as number))]
    }))
  }
}

function* resourceMismatches(statement: StatementContext): Generator<RuleHit> {
  const body = statement.ref.statement
  // Deny statements may list anything to be safe; NotResource and NotAction invert the lists.
  if (!isAllow(body) || body.Resource === undefined || body.Action === undefined) return
  const facts = statement.facts
  const resources = facts.Resource
  if (resources.length === 0) return
  for (const item of resources) if (item.value === '*') return
  const specific: { item: ListItem; arn: SpecificResource }[] = []
  for (const item of resources) {
    const arn = specificResource(item.value)
    if (arn) specific.push({ item, arn })
  }
  // A wildcard service or an invalid ARN (invalid-arn's finding) may stand for anything.
  const open = specific.length < resources.length

  const actions = facts.Action
  const plan = actionList(facts).derive(MISMATCH_PLAN, mismatchPlan)
  // Supports only "*", and Resource holds only ARNs: the statement grants it nowhere.
  for (const { item, actions: untyped } of plan.untyped) {
    for (const action of untyped) {
      yield statementHit(
        statement,
        `${action} supports only Resource "*" (it has no resource type), so with only ARNs in Resource this statement grants it nowhere; move it to a statement with Resource: "*"`,
        actions[item].path
      )
    }
  }
  if (plan.typed.length === 0 || specific.length === 0) return

  // Actions share resource types (`s3:Get*` is sixty actions over a handful of types), so each
  // (resource, type) pair is searched at most once per statement: `answers` holds, per resource
  // and pattern (by index), 0 for not yet asked, 1 for fits and 2 for does not.
  // A resource is used when some type of some action fits it; a literally written action is
  // matched when one of its types fits some resource.
  const width = plan.patterns.length
  const answers = new Uint8Array(specific.length * width)
  let usedCount = 0
  const used: boolean[] = []
  for (let resource = 0; resource < specific.length; resource++) {
    let fit = false
    for (let pattern = 0; pattern < width && !fit; pattern++)
      fit = fits(answers, resource * width + pattern, specific[resource].arn, plan.patterns[pattern])
    used.push(fit)
    if (fit) usedCount++
  }
  let matchedCount = 0
  const matched: boolean[] = []
  for (const entry of plan.literal) {
    let fit = false
    for (let k = 0; k < entry.patterns.length && !fit; k++) {
      const pattern = entry.patterns[k]
      for (let resource = 0; resource < specific.length && !fit; resource++)
        fit = fits(answers, resource * width + pattern, specific[resource].arn, plan.patterns[pattern])
    }
    matched.push(fit)
    if (fit) matchedCount++
  }
  const anyMatch = matchedCount > 0 || usedCount > 0
  if (usedCount === specific.length && matchedCount === plan.literal.length) return
  plan.summary ??= summarize([...new Set(plan.typed.map(entry => entry.action))])
  plan.allTypes ??= [
    ...new Map(plan.typed.flatMap(entry => entry.types).map(type => [type.arnPattern, type])).values()
  ]

  for (let index = 0; index < specific.length; index++) {
    if (used[index]) continue
    const resource = specific[index].item
    const hint = fieldHint(resource.value, plan.allTypes)
    // When nothing fits at all, say what the first action would accept.
    const expected =
      !anyMatch && !hint ? `; ${plan.typed[0].action} applies to ${describeTypes(plan.typed[0].types)}` : ''
    yield statementHit(
      statement,
      `Resource "${resource.value}" is no resource of ${plan.summary}, so it grants nothing${hint ? `: ${hint}` : expected}`,
      resource.path
    )
  }
  if (open || !anyMatch) return
  for (let index = 0; index < plan.literal.length; index++) {
    if (matched[index]) continue
    const entry = plan.literal[index]
    yield statementHit(
      statement,
      `${entry.action} applies to ${describeTypes(entry.types)}, and none of the statement's resources is one, so it is granted nowhere; add that ARN (or move the action to a statement that names it)`,
      actions[entry.item].path
    )
  }
}

export const resourceMismatch: Rule = {
  id: 'resource-mismatch',
  *check(context) {
    for (const statement of identityStatements(context)) yield* resourceMismatches(statement)
  }
}

// ---------------------------------------------------------------------------------------------
// duplicate-sid

export const duplicateSid: Rule = {
  id: 'duplicate-sid',
  *check(context) {
    for (const subject of subjectsOf(context)) {
      const first = new Map<string, StatementContext>()
      for (const statement of statementsOfSubject(subject, context)) {
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
