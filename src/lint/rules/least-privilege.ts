/**
 * Least-privilege rules over the Allow statements of identity policies (role inline policies and
 * kind: ManagedPolicy documents): `wildcard-action`, `service-wildcard`, `resource-wildcard-write`,
 * `not-action-allow`, `not-resource-allow`, `pass-role-unscoped`, `credentials-exposure` and
 * `data-exfiltration`. The role-wide rules (`privilege-escalation`, `admin-managed-policy`) are in
 * escalation.ts.
 */
import {
  allActions,
  expandActionPattern,
  hasWildcard,
  invertActions,
  isEffectivelyAnyResource,
  isEffectivelyAnyResourceFor,
  lookupAction,
  lookupService,
  parseArn,
  resourceTypesMatching,
  wildcardMatch,
  type ActionInfo
} from '../../policy/index.js'
import { boundedMemo } from '../../util/bounded-memo.js'
import {
  actionReach,
  conditionalNote,
  grantOf,
  holderDenies,
  patternNote,
  patternReach,
  reachScope,
  type ActionReach,
  type ConditionalDeny,
  type DenyStatement
} from '../effective-access.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import {
  actionList,
  allowStatements,
  allowsEverywhere,
  conditionEntries,
  isConditional,
  isPositiveMatch,
  isUnconstrainedResource,
  notActionList,
  statementHit,
  summarize,
  underCondition,
  type ListItem,
  type Path,
  type StatementContext
} from './policy-common.js'
import { thousands } from '../../util/thousands.js'

// ---------------------------------------------------------------------------------------------
// wildcard-action, service-wildcard

export const wildcardAction: Rule = {
  id: 'wildcard-action',
  *check(context) {
    for (const statement of allowStatements(context)) {
      for (const item of statement.facts.Action) {
        if (item.value !== '*' && item.value !== '*:*') continue
        const reach = patternReach(
          holderDenies(statement.subject, context),
          item.value,
          grantOf(statement.facts),
          context.environment
        )
        if (reach.removed) continue
        const condition = underCondition(statement.facts)
        yield statementHit(
          statement,
          `Action "${item.value}"${condition} allows every action of every AWS service (${thousands(allActions().length)} today, and every one AWS adds)${condition ? ' whenever the condition holds' : ''}${patternNote(reach)}; list the actions the role needs`,
          item.path
        )
      }
    }
  }
}

/** How many actions of each high access level a list holds, for messages: `12 Write, 3 Permissions management`. */
function levelCounts(actions: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const action of actions) {
    const level = lookupAction(action)?.accessLevel
    if (level && level !== 'Read' && level !== 'List') counts.set(level, (counts.get(level) ?? 0) + 1)
  }
  return ['Permissions management', 'Write', 'Tagging']
    .filter(level => counts.has(level))
    .map(level => `${counts.get(level)} ${level}`)
    .join(', ')
}

export const serviceWildcard: Rule = {
  id: 'service-wildcard',
  *check(context) {
    for (const statement of allowStatements(context)) {
      for (const item of statement.facts.Action) {
        const match = item.value.endsWith(':*') ? /^([^*?:]+):\*$/.exec(item.value) : null
        const service = match ? lookupService(match[1]) : undefined
        if (!service) continue
        const reach = patternReach(
          holderDenies(statement.subject, context),
          item.value,
          grantOf(statement.facts),
          context.environment
        )
        if (reach.removed) continue
        const levels = levelCounts(service.actions)
        const condition = underCondition(statement.facts)
        yield statementHit(
          statement,
          `"${item.value}"${condition} allows all ${service.actions.length} actions of ${service.name}${levels ? ` (${levels})` : ''}, and any AWS adds later${condition ? ', whenever the condition holds' : ''}${patternNote(reach)}; list the actions the role needs (a pattern such as ${service.prefix}:Get* keeps it short)`,
          item.path
        )
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// resource-wildcard-write

const WRITE_LEVELS = new Set(['Write', 'Permissions management', 'Tagging'])

/**
 * Does the action name the resource it acts on? Yes when a resource type is required, and also
 * when it has several optional ones: those are alternatives of which each request names one (S3
 * objects or access-point objects; TagResource over a service's types). A single optional type
 * (cloudwatch:PutMetricData's dataset) means calls without any resource exist, which need `*`.
 */
function supportsResourceArns(info: ActionInfo): boolean {
  return info.resourceTypes.length > 1 || info.resourceTypes.some(type => type.required)
}

/** The write actions of a pattern that could be limited to ARNs, cached per pattern. */
function scopableWrites(pattern: string): readonly string[] {
  return writeCache(pattern.toLowerCase())
}

// Keyed by the lower-cased pattern: expandActionPattern() ignores case.
const writeCache = boundedMemo(
  (pattern: string): readonly string[] =>
    expandActionPattern(pattern).filter(action => {
      const info = lookupAction(action)
      return (
        info !== undefined &&
        WRITE_LEVELS.has(info.accessLevel) &&
        supportsResourceArns(info) &&
        // pass-role-unscoped says it more precisely; one problem, one finding.
        info.fullName !== 'iam:PassRole'
      )
    }),
  10_000
)

const SCOPABLE_WRITES = Symbol('scopable writes')

/** The scopable write actions of a whole Action list, each once, in order. */
function listScopableWrites(values: readonly string[]): readonly string[] {
  return [...new Set(values.flatMap(value => scopableWrites(value)))]
}

/**
 * Keys that select resources by tag, account or organization. A positive condition on one of them
 * is a deliberate alternative to naming ARNs (attribute-based access control), so the statement
 * is not reported. Other conditions (kms:ViaService, ecs:cluster, ...) narrow how or where the
 * action is called; they are mentioned in the finding, which a suppression with that reason can
 * then silence, as the examples do.
 */
const RESOURCE_SELECTING_KEY =
  /^(?:[a-z0-9-]+:ResourceTag\/.+|aws:ResourceAccount|aws:ResourceOrgID|aws:ResourceOrgPaths)$/i

export const resourceWildcardWrite: Rule = {
  id: 'resource-wildcard-write',
  *check(context) {
    for (const statement of allowStatements(context)) {
      const resources = statement.facts.Resource
      const star =
        resources.find(item => item.value === '*') ??
        resources.find(item => isEffectivelyAnyResource(item.value))
      if (!star) continue
      const conditions = conditionEntries(statement.facts)
      if (conditions.some(item => isPositiveMatch(item) && RESOURCE_SELECTING_KEY.test(item.key))) continue
      const written = actionList(statement.facts).derive(SCOPABLE_WRITES, listScopableWrites)
      // An ARN as good as "*" (policy/arn.ts) counts for the actions whose resources it names.
      const scoped =
        star.value === '*'
          ? written
          : written.filter(action => isEffectivelyAnyResourceFor(action, star.value))
      if (scoped.length === 0) continue
      const { actions, note: denyNote } = afterDenies(statement, context, scoped)
      if (actions.length === 0) continue
      const example =
        lookupAction(actions[0])?.resourceTypes.find(type => type.required) ??
        lookupAction(actions[0])?.resourceTypes[0]
      const keys = [...new Set(conditions.map(item => item.key))]
      const note =
        keys.length > 0
          ? `; the condition on ${summarize(keys)} limits how the actions are called, not which resources they reach (if that is the intent, suppress this finding with that reason)`
          : ''
      yield statementHit(
        statement,
        `${actions.length === 1 ? 'write action' : `${actions.length} write actions`} on Resource "${star.value}"${star.value === '*' ? '' : ' (every such resource in every region and account, as good as "*")'} although ${actions.length === 1 ? 'it' : 'they'} can be limited to named resources: ${summarize(actions)}${denyNote}; list the ARNs instead${example ? ` (${actions[0]}: ${example.arnPattern})` : ''}${note}`,
        star.path
      )
    }
  }
}

/**
 * The actions of an Allow statement that its holder's Denies leave somewhere on the statement's
 * resources, and what the message says about those the Denies narrow (`; s3:PutObject only on …`)
 * or may take away under a condition.
 */
function afterDenies(
  statement: StatementContext,
  context: LintContext,
  actions: readonly string[]
): { actions: readonly string[]; reaches: ReadonlyMap<string, ActionReach>; note: string } {
  const denies = holderDenies(statement.subject, context)
  if (denies.length === 0) return { actions, reaches: new Map(), note: '' }
  const grant = grantOf(statement.facts)
  const reaches = new Map<string, ActionReach>()
  for (const action of actions) {
    const reach = actionReach(denies, action, grant, context.environment)
    if (!reach.removed) reaches.set(action, reach)
  }
  const byScope = new Map<string, string[]>()
  const conditional = new Map<DenyStatement, ConditionalDeny>()
  for (const [action, reach] of reaches) {
    const scope = reachScope(reach)
    if (scope) byScope.set(scope, [...(byScope.get(scope) ?? []), action])
    for (const item of reach.conditional) {
      const known = conditional.get(item.deny)
      conditional.set(item.deny, known && !known.whole ? known : item)
    }
  }
  const scoped = [...byScope].map(
    ([scope, names]) => `; ${summarize(names)} ${names.length === 1 ? 'is' : 'are'} left ${scope}`
  )
  return {
    actions: [...reaches.keys()],
    reaches,
    note: scoped.join('') + conditionalNote([...conditional.values()])
  }
}

// ---------------------------------------------------------------------------------------------
// not-action-allow, not-resource-allow

export const notActionAllow: Rule = {
  id: 'not-action-allow',
  *check(context) {
    for (const statement of allowStatements(context)) {
      const body = statement.ref.statement
      if (body.NotAction === undefined) continue
      const excluded = statement.facts.NotAction.map(item => item.value)
      const granted = invertActions(excluded).length
      yield statementHit(
        statement,
        `Allow with NotAction allows every action except ${summarize(excluded)}: ${thousands(granted)} actions today, and every action AWS adds later; list the allowed actions in Action instead`,
        ['NotAction']
      )
    }
  }
}

export const notResourceAllow: Rule = {
  id: 'not-resource-allow',
  *check(context) {
    for (const statement of allowStatements(context)) {
      const body = statement.ref.statement
      if (body.NotResource === undefined) continue
      const excluded = statement.facts.NotResource.map(item => item.value)
      yield statementHit(
        statement,
        `Allow with NotResource allows the actions on every resource except ${summarize(excluded, 2)}, including resources created later and in other accounts that trust this one; list the allowed resources in Resource instead`,
        ['NotResource']
      )
    }
  }
}

// ---------------------------------------------------------------------------------------------
// pass-role-unscoped

/** The Action item (or NotAction element) through which the statement grants `action`, if it does. */
function grantingItem(
  statement: StatementContext,
  action: string
): { path: Path; pattern?: string } | undefined {
  const body = statement.ref.statement
  // Which item matches the action depends on the list alone: worked out once per distinct list.
  const matcher = firstMatching(action)
  if (body.Action !== undefined) {
    const item = statement.facts.Action[actionList(statement.facts).derive(matcher, matcher)]
    return item ? { path: item.path, pattern: item.value } : undefined
  }
  if (body.NotAction !== undefined) {
    const excluded = notActionList(statement.facts).derive(matcher, matcher) >= 0
    return excluded ? undefined : { path: ['NotAction'] }
  }
  return undefined
}

const firstMatchers = new Map<string, (values: readonly string[]) => number>()

/** A function giving the index of the first value that matches the action, or -1 (one per action). */
function firstMatching(action: string): (values: readonly string[]) => number {
  let compute = firstMatchers.get(action)
  if (!compute) {
    compute = values => values.findIndex(value => wildcardMatch(value, action, true))
    firstMatchers.set(action, compute)
  }
  return compute
}

function through(pattern: string | undefined, action: string): string {
  if (pattern === undefined) return ' (through NotAction)'
  return pattern.toLowerCase() === action.toLowerCase() ? '' : ` (through "${pattern}")`
}

/**
 * Can iam:PassRole on this Resource item pass any role? Not on an ARN of another type (an S3
 * bucket, from `iam:*` on a bucket): that grants nothing, and resource-mismatch says so.
 */
function mayNameRole(resource: string): boolean {
  return !resource.startsWith('arn:') || resourceTypesMatching('iam:PassRole', resource).length > 0
}

/**
 * A literal role ARN: iam:PassRole on it hands out that one role, and only to services its own
 * trust policy lets assume it, so iam:PassedToService adds little there. A wildcard or a policy
 * variable makes it a pattern, which may reach roles created later.
 */
function namesOneRole(resource: string): boolean {
  return resource.startsWith('arn:') && !hasWildcard(resource) && !resource.includes('${')
}

export const passRoleUnscoped: Rule = {
  id: 'pass-role-unscoped',
  *check(context) {
    for (const statement of allowStatements(context)) {
      const body = statement.ref.statement
      const granted = grantingItem(statement, 'iam:PassRole')
      if (!granted) continue
      const reach = actionReach(
        holderDenies(statement.subject, context),
        'iam:PassRole',
        grantOf(statement.facts),
        context.environment
      )
      if (reach.removed) continue
      const denied = conditionalNote(reach.conditional)
      const via = through(granted.pattern, 'iam:PassRole')
      const toService = conditionEntries(statement.facts).some(
        item => item.key.toLowerCase() === 'iam:passedtoservice' && isPositiveMatch(item)
      )
      const everyRole: ListItem | undefined =
        body.Resource === undefined
          ? body.NotResource !== undefined
            ? { value: 'NotResource', path: ['NotResource'] }
            : undefined
          : statement.facts.Resource.find(item => isUnconstrainedResource('iam:PassRole', item.value))
      if (everyRole) {
        // Named by its resource part: the account differs per environment, the finding does not.
        const what =
          everyRole.value === '*'
            ? 'Resource "*"'
            : everyRole.value === 'NotResource'
              ? 'NotResource'
              : `"…:${parseArn(everyRole.value)?.resource ?? everyRole.value}", which covers every role,`
        const services = toService
          ? 'the services iam:PassedToService names'
          : 'any AWS service (there is no iam:PassedToService condition either)'
        const scope = reachScope(reach)
        const hands = reach.only
          ? `is left ${scope}: the role can hand any of those roles to ${services}`
          : scope
            ? `lets the role hand any role of the account ${scope.replace(/^on every resource /, '')} to ${services}`
            : `lets the role hand any role of the account, administrator roles included, to ${services}`
        yield statementHit(
          statement,
          `iam:PassRole${via} on ${what} ${hands}${denied}; name the roles it passes in Resource, e.g. arn:aws:iam::<account>:role/<name>`,
          everyRole.path
        )
      } else if (
        !toService &&
        statement.facts.Resource.some(item => mayNameRole(item.value) && !namesOneRole(item.value))
      ) {
        yield statementHit(
          statement,
          `iam:PassRole${via} without an iam:PassedToService condition lets any AWS service receive these roles${denied}; add Condition: { StringEquals: { iam:PassedToService: <service>.amazonaws.com } } (e.g. ecs-tasks.amazonaws.com, lambda.amazonaws.com)`,
          granted.path
        )
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// credentials-exposure, data-exfiltration

export interface RiskyAction {
  action: string
  /** What it returns, for the message. */
  returns: string
  source: string
}

const GIST =
  'Cloudsplaining/Parliament credentials-exposure list (gist.github.com/kmcquade/33860a617e651104d243c324ddf7992a)'
const RG = 'RoleGate addition'

/**
 * Actions whose response carries credentials or secrets, from the list Cloudsplaining
 * (CredentialsExposure) and Parliament (community_auditors/credentials_exposure.py) share. Left out
 * on purpose:
 * - ecr:GetAuthorizationToken: it has no resource type, so it is always on "*", and every ECS task
 *   execution role (AmazonECSTaskExecutionRolePolicy included) needs it to pull images; listing it
 *   would flag every ECS service, and the token only grants what the role's ECR permissions allow.
 * - sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity: unsigned calls, authorized by the target
 *   role's trust policy alone; an identity policy granting them grants nothing.
 * - sts:GetFederationToken, sts:GetSessionToken: STS accepts them only with an IAM user's long-term
 *   credentials, so a role cannot call them.
 * - connect:GetFederationTokens, iot:AssumeRoleWithCertificate, sso:GetRoleCredentials: not IAM
 *   actions (no such action in the Service Authorization Reference).
 */
export const CREDENTIALS_EXPOSURE_ACTIONS: readonly RiskyAction[] = [
  { action: 'iam:CreateAccessKey', returns: 'a new access key of any IAM user', source: GIST },
  { action: 'iam:UpdateAccessKey', returns: 're-activation of any user’s disabled access key', source: GIST },
  { action: 'iam:CreateLoginProfile', returns: 'a console password for any IAM user', source: GIST },
  {
    action: 'iam:CreateServiceSpecificCredential',
    returns: 'CodeCommit/Keyspaces passwords for any user',
    source: GIST
  },
  {
    action: 'iam:ResetServiceSpecificCredential',
    returns: 'a new service-specific password for any user',
    source: GIST
  },
  { action: 'sts:AssumeRole', returns: 'credentials of every role that trusts this account', source: GIST },
  {
    action: 'codepipeline:PollForJobs',
    returns: 'artifact-store credentials of pipeline jobs',
    source: GIST
  },
  { action: 'cognito-idp:AssociateSoftwareToken', returns: 'TOTP secrets for user pool users', source: GIST },
  { action: 'cognito-identity:GetOpenIdToken', returns: 'OpenID tokens of any identity', source: GIST },
  {
    action: 'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
    returns: 'OpenID tokens of any identity',
    source: GIST
  },
  {
    action: 'cognito-identity:GetCredentialsForIdentity',
    returns: 'AWS credentials of any identity',
    source: GIST
  },
  { action: 'connect:GetFederationToken', returns: 'Amazon Connect federation tokens', source: GIST },
  {
    action: 'gamelift:RequestUploadCredentials',
    returns: 'S3 upload credentials of GameLift builds',
    source: GIST
  },
  {
    action: 'lightsail:GetInstanceAccessDetails',
    returns: 'SSH keys and passwords of Lightsail instances',
    source: GIST
  },
  {
    action: 'lightsail:GetRelationalDatabaseMasterUserPassword',
    returns: 'master passwords of Lightsail databases',
    source: GIST
  },
  { action: 'rds-db:connect', returns: 'database logins as any RDS IAM database user', source: GIST },
  {
    action: 'redshift:GetClusterCredentials',
    returns: 'temporary passwords for any Redshift database user',
    source: GIST
  },
  {
    action: 'redshift:GetClusterCredentialsWithIAM',
    returns: 'temporary Redshift database passwords',
    source: RG
  },
  {
    action: 'redshift-serverless:GetCredentials',
    returns: 'temporary Redshift Serverless database passwords',
    source: RG
  },
  {
    action: 'mediapackage:RotateIngestEndpointCredentials',
    returns: 'new ingest credentials of MediaPackage channels',
    source: GIST
  }
]

const CLOUDSPLAINING =
  'Cloudsplaining READ_ONLY_DATA_EXFILTRATION_ACTIONS (salesforce/cloudsplaining, shared/constants.py)'

/**
 * Read actions on data stores, from Cloudsplaining's data-exfiltration list, plus the obvious
 * neighbours it leaves out (older object versions, KMS decryption, DynamoDB reads).
 */
export const DATA_EXFILTRATION_ACTIONS: readonly RiskyAction[] = [
  { action: 's3:GetObject', returns: 'any object of any bucket', source: CLOUDSPLAINING },
  { action: 'ssm:GetParameter', returns: 'any SSM parameter, SecureString included', source: CLOUDSPLAINING },
  {
    action: 'ssm:GetParameters',
    returns: 'any SSM parameter, SecureString included',
    source: CLOUDSPLAINING
  },
  { action: 'ssm:GetParametersByPath', returns: 'whole SSM parameter trees', source: CLOUDSPLAINING },
  { action: 'secretsmanager:GetSecretValue', returns: 'any secret', source: CLOUDSPLAINING },
  { action: 's3:GetObjectVersion', returns: 'any version of any object', source: RG },
  {
    action: 'kms:Decrypt',
    returns: 'the plaintext of anything encrypted under the account’s keys',
    source: RG
  },
  { action: 'dynamodb:GetItem', returns: 'items of any table', source: RG },
  { action: 'dynamodb:BatchGetItem', returns: 'items of any table', source: RG },
  { action: 'dynamodb:Query', returns: 'items of any table', source: RG },
  { action: 'dynamodb:Scan', returns: 'whole tables', source: RG }
]

const tableMatches = new WeakMap<readonly RiskyAction[], (pattern: string) => readonly number[]>()

/** Indexes of the table's entries an Action pattern matches, cached per pattern: patterns repeat. */
function entriesMatching(table: readonly RiskyAction[], pattern: string): readonly number[] {
  let matches = tableMatches.get(table)
  if (!matches) {
    // Keyed by the lower-cased pattern: the match ignores case.
    matches = boundedMemo(
      (key: string) =>
        table.flatMap((entry, index) => (wildcardMatch(key, entry.action, true) ? [index] : [])),
      10_000
    )
    tableMatches.set(table, matches)
  }
  return matches(pattern.toLowerCase())
}

/**
 * For each entry of the table, the first value of a list (Action or NotAction) that matches it, or
 * -1: worked out once per distinct list and table.
 */
function firstItems(table: readonly RiskyAction[]): (values: readonly string[]) => Int32Array {
  return values => {
    const first = new Int32Array(table.length).fill(-1)
    values.forEach((value, item) => {
      for (const index of entriesMatching(table, value)) if (first[index] < 0) first[index] = item
    })
    return first
  }
}

const FIRST_ITEMS = new Map<readonly RiskyAction[], (values: readonly string[]) => Int32Array>()

function firstItemsOf(table: readonly RiskyAction[]): (values: readonly string[]) => Int32Array {
  let compute = FIRST_ITEMS.get(table)
  if (!compute) FIRST_ITEMS.set(table, (compute = firstItems(table)))
  return compute
}

/** The table's actions an Allow statement grants on every resource, unconditionally, with where. */
function riskyGrants(
  statement: StatementContext,
  table: readonly RiskyAction[]
): { entry: RiskyAction; path: Path }[] {
  const body = statement.ref.statement
  if (isConditional(statement.facts)) return []
  const found: { entry: RiskyAction; path: Path }[] = []
  const compute = firstItemsOf(table)
  if (body.Action !== undefined) {
    const first = actionList(statement.facts).derive(compute, compute)
    const items = statement.facts.Action
    for (let index = 0; index < table.length; index++) {
      if (first[index] < 0 || !allowsEverywhere(statement.facts, table[index].action)) continue
      found.push({ entry: table[index], path: items[first[index]].path })
    }
  } else if (body.NotAction !== undefined) {
    const first = notActionList(statement.facts).derive(compute, compute)
    for (let index = 0; index < table.length; index++) {
      if (first[index] >= 0 || !allowsEverywhere(statement.facts, table[index].action)) continue
      found.push({ entry: table[index], path: ['NotAction'] })
    }
  }
  return found
}

function* riskyActions(
  context: Parameters<Rule['check']>[0],
  table: readonly RiskyAction[],
  message: (list: string, where: string) => string
): Generator<RuleHit> {
  for (const statement of allowStatements(context)) {
    const granted = riskyGrants(statement, table)
    if (granted.length === 0) continue
    const left = afterDenies(
      statement,
      context,
      granted.map(({ entry }) => entry.action)
    )
    const found = granted.filter(({ entry }) => left.actions.includes(entry.action))
    if (found.length === 0) continue
    const list = found.map(({ entry }) => `${entry.action} (${entry.returns})`)
    // A Deny that leaves some of them only on some resources: the lead no longer says "every".
    const narrowed = [...left.reaches.values()].some(reach => reachScope(reach) !== '')
    yield statementHit(
      statement,
      message(`${summarize(list, 4)}${left.note}`, narrowed ? '' : ' on every resource'),
      found[0].path
    )
  }
}

export const credentialsExposure: Rule = {
  id: 'credentials-exposure',
  check: context =>
    riskyActions(
      context,
      CREDENTIALS_EXPOSURE_ACTIONS,
      (list, where) =>
        `allows actions that return credentials${where}, with no condition: ${list}; name the users, roles or resources in Resource, or add a condition`
    )
}

export const dataExfiltration: Rule = {
  id: 'data-exfiltration',
  check: context =>
    riskyActions(
      context,
      DATA_EXFILTRATION_ACTIONS,
      (list, where) =>
        `reads data${where}, with no condition: ${list}; name the buckets, parameters, secrets, keys or tables in Resource`
    )
}
