/**
 * plan, deploy and drift: read live IAM, compare it with the definitions through the same
 * engine as the PR diff, plan operations, and (deploy) apply them. Credentials come from the
 * entry point (OIDC in the action, the standard chain in the CLI) after the guards it owns.
 */
import { iamClient } from '../aws/iam-client.js'
import type { AwsCredentialIdentity } from '@smithy/types'
import { applyPlan, DEFAULT_APPLY_OPTIONS, type ApplyOptions, type ApplyResult } from '../aws/apply.js'
import { readAccountUsage } from '../aws/account-usage.js'
import { verifyAccount } from '../aws/credentials.js'
import { instanceProfileOwners, readLiveEnvironment } from '../aws/read-live.js'
import { compareEnvironment } from '../compare/compare.js'
import { CAVEATS, type EnvironmentChange } from '../compare/model.js'
import type { LoadFailure } from '../fs/load-project.js'
import type { DeploySettings, EnvironmentConfig } from '../definitions/schema.js'
import { deployContextRefusal, type RunContext } from '../github/deploy-guard.js'
import type { Finding } from '../model/findings.js'
import { OWNERSHIP_TAG, type EnvironmentState } from '../model/state.js'
import { UsageError } from '../model/errors.js'
import { describeOperation, type Conflict, type Plan } from '../plan/model.js'
import { planDigest } from '../plan/digest.js'
import { planEnvironment, type PlanOptions } from '../plan/plan.js'
import { createsCountedEntities, foreignInstanceProfileConflicts, quotaConflicts } from '../plan/prechecks.js'
import { protectedResources } from '../plan/protected.js'
import { splitSharedAccount, type AccountNeighbour, type SharedAccountSplit } from '../plan/shared-account.js'
import { unreadDefinitionNames } from '../plan/unread.js'
import { environmentVariables, namePrefix, render, sharedAccountNames } from '../render/render.js'
import { environmentsReport } from '../report/diff-report.js'
import {
  ALSO_ATTACHED_HEADING,
  alsoAttachedText,
  type DriftItem,
  type DriftKind,
  type PlanReport
} from '../report/plan-report.js'
import { baseReport, findingsExitCode, summarize, type FailOn, type Report } from '../report/report.js'
import { analyze, ownershipValue, type Analysis, type AnalyzeOptions } from './analyze.js'

export type DeployMode = 'plan' | 'deploy' | 'drift'

export interface DeployOptions extends AnalyzeOptions {
  environment: string
  mode: DeployMode
  dryRun?: boolean
  prune?: boolean
  /**
   * Returns credentials for the environment, or undefined to use the ambient chain. Gets the
   * config's deploy settings, so a token's claims can be held to the same guard as the run.
   */
  credentials: (
    environment: EnvironmentConfig,
    settings?: DeploySettings
  ) => Promise<AwsCredentialIdentity | undefined>
  apply?: Partial<ApplyOptions>
  log?: (line: string) => void
  /** Runs `body` inside a collapsible log group (core.group in the action). */
  group?: <T>(title: string, body: () => Promise<T>) => Promise<T>
  /** Findings at or above this severity stop the command before any credential is used. */
  failOn?: FailOn
  /**
   * The GitHub run (action only): deploy refuses events and refs that the deploy guard does not
   * allow, before any credential is used. The CLI has no run and no such guard.
   */
  run?: RunContext
  /** deploy: apply only when the recomputed plan has this digest (from a reviewed `plan`). */
  planDigest?: string
}

export type DeployPlanReport = PlanReport & {
  /** Digest of the operations (src/plan/digest.ts): what `plan-digest` pins. */
  digest: string
}

export interface DeployOutcome {
  report: Report & { plan?: DeployPlanReport }
  change?: EnvironmentChange
  plan?: Plan
  applyResult?: ApplyResult
  /** 0 success / no drift; 1 drift, conflicts, findings, a refusal or a failed apply. */
  exitCode: 0 | 1
  /** Why the command refused to go on (a broken definition file, a plan that changed): one message. */
  refusal?: string
}

export async function runDeploy(options: DeployOptions): Promise<DeployOutcome> {
  const log = options.log ?? (() => {})
  const group =
    options.group ??
    (<T>(title: string, body: () => Promise<T>): Promise<T> => {
      log(title)
      return body()
    })
  // One clock for this environment and the neighbours rendered beside it (expiring grants).
  const now = options.now ?? new Date()
  const analysis = await analyze({ ...options, now, everyUnreadCandidate: options.prune })
  const base: Report = {
    ...baseReport(
      options.mode,
      analysis.configFile,
      analysis.environmentNames,
      analysis.findings,
      analysis.suppressions
    )
  }
  if (!analysis.config) throw new UsageError(configRefusal(options.mode, analysis))
  if (options.mode === 'deploy' && options.run) {
    const refusal = deployContextRefusal(options.run, analysis.config.deploy)
    if (refusal) throw new UsageError(refusal)
  }
  const failures = analysis.loadFailures
  if (failures.length > 0) {
    // Whatever fail-on and prune say: a file that did not load may have defined anything, so a
    // plan from the rest would update, detach or delete what nobody asked to change.
    return { report: base, exitCode: 1, refusal: loadRefusal(options, failures, analysis.configFile) }
  }
  const failOn = options.failOn ?? 'error'
  const blocking = summarize(blockingFindings(analysis.findings))
  if (findingsExitCode(blocking, failOn) !== 0) {
    // Fail closed: definitions with errors render to something nobody reviewed as such.
    const counted =
      failOn === 'warning'
        ? `${blocking.error} error(s) and ${blocking.warning} warning(s)`
        : `${blocking.error} error(s)`
    return {
      report: base,
      exitCode: 1,
      refusal: `refusing to ${options.dryRun ? 'plan (deploy --dry-run)' : options.mode}: the definitions have ${counted}, and fail-on is ${failOn}; fix them first. No credential was used`
    }
  }
  const environmentConfig = analysis.config.environments[options.environment]
  const desired = analysis.state.environments[options.environment]
  const managedBy = await ownershipValue(analysis.config, options.managedBy, options.workspace)

  const credentials = await options.credentials(environmentConfig, analysis.config.deploy)
  const callerArn = await verifyAccount(
    credentials,
    environmentConfig.region,
    environmentConfig.account,
    options.environment,
    options.dryRun ? 'plan (deploy --dry-run)' : options.mode
  )
  log(`Acting as ${callerArn} in account ${environmentConfig.account} (${options.environment}).`)

  const client = iamClient(environmentConfig.region, credentials)
  try {
    const prefix = namePrefix({
      config: analysis.config,
      variables: environmentVariables(analysis.config, options.environment)
    })
    log(
      `Reading live IAM of ${options.environment} (account ${environmentConfig.account}): the ${desired.roles.length} defined role(s) and ${desired.managedPolicies.length} managed policy(ies), and what ${managedBy} owns${prefix ? ` under the name prefix ${prefix}` : ''}...`
    )
    const read = await readLiveEnvironment(client, { desired, managedBy, namePrefix: prefix })
    log(
      `Live IAM read: ${read.roles.length} role(s) and ${read.managedPolicies.length} managed policy(ies) concern this project.`
    )
    const account = accountNeighbours(analysis, options.environment, managedBy, now)
    const shared = splitSharedAccount(read, desired, { managedBy, prefix, neighbours: account.neighbours })
    const live = shared.live
    logSharedAccount(shared, environmentConfig.account, managedBy, log)
    const change = compareEnvironment(live, desired)
    const planOptions: PlanOptions = {
      account: environmentConfig.account,
      managedBy,
      prune: options.prune ?? false,
      livePolicyArns: live.customerPolicyArns,
      protected: protectedResources({ config: analysis.config, environment: options.environment, callerArn }),
      ownership: {
        repository: process.env.GITHUB_REPOSITORY,
        acknowledgement: analysis.config.managedByAcknowledgement
      },
      ...(options.prune && analysis.unreadDefinitions
        ? {
            unread: unreadDefinitionNames(analysis.config, analysis.unreadDefinitions, options.environment, {
              managedBy,
              now
            })
          }
        : {})
    }
    const plan = planEnvironment(change, planOptions)
    plan.conflicts.push(...account.conflicts)
    const deletedProfiles = plan.operations.flatMap(operation =>
      operation.kind === 'DeleteInstanceProfile' ? [operation.instanceProfileName] : []
    )
    if (deletedProfiles.length > 0)
      plan.conflicts.push(
        ...foreignInstanceProfileConflicts(
          plan.operations,
          await instanceProfileOwners(client, deletedProfiles),
          managedBy
        )
      )
    // Will the creates fit the account's quotas? One GetAccountSummary, only when the plan creates
    // something a quota counts and nothing else refuses it already (a refused read would hide those
    // conflicts). Not for drift: a quota is not a difference from the definitions.
    if (options.mode !== 'drift' && plan.conflicts.length === 0 && createsCountedEntities(plan.operations))
      plan.conflicts.push(
        ...quotaConflicts(plan.operations, await readAccountUsage(client), environmentConfig.account)
      )
    const digest = planDigest(plan)
    const planReport: DeployPlanReport = {
      environment: options.environment,
      account: environmentConfig.account,
      callerArn,
      digest,
      operations: plan.operations.map(operation => ({
        kind: operation.kind,
        description: describeOperation(operation)
      })),
      conflicts: plan.conflicts,
      orphans: plan.orphans,
      ...(plan.alsoAttached.length > 0 ? { alsoAttached: plan.alsoAttached } : {}),
      ...(options.prune ? { prune: true as const } : {})
    }
    const report = {
      ...base,
      environments: environmentsReport({ environments: { [options.environment]: change }, caveats: CAVEATS }),
      plan: planReport
    }
    await logPlan(plan, digest, log, group)
    const definedNames = new Set(desired.roles.map(role => role.name.toLowerCase()))
    const heldElsewhere = live.roles.filter(
      role => role.otherInstanceProfiles && definedNames.has(role.name.toLowerCase())
    )
    if (options.mode === 'drift') {
      planReport.drift = driftItems(compareEnvironment(desired, live), plan, managedBy, desired)
      // A defined role someone put in another instance profile: no definition says so, nothing undoes it.
      for (const role of heldElsewhere)
        planReport.drift.push({
          resource: `role ${role.name}`,
          kind: 'changed-outside',
          reasons: [
            `added to the instance profile(s) ${role.otherInstanceProfiles!.join(', ')} outside RoleGate: whoever launches instances with ${role.otherInstanceProfiles!.length === 1 ? 'it' : 'them'} gets this role; RoleGate does not change profiles it did not create`
          ]
        })
      // Left out of the plan (never pruned), not out of drift: an owned role nobody defines is drift.
      for (const resource of shared.unattributed)
        planReport.drift.push({
          resource,
          kind: 'not-defined',
          reasons: [
            `owned by ${managedBy} and defined by no environment of the account ${environmentConfig.account} it shares; its name does not tell which environment's deploy created it, so no deploy prunes it: delete it by hand if nobody needs it`
          ]
        })
    }
    if (options.mode === 'deploy' && options.planDigest !== undefined && options.planDigest !== digest) {
      return {
        report,
        change,
        plan,
        exitCode: 1,
        refusal: `refusing to deploy ${options.environment}: live IAM or the definitions changed since the plan was reviewed (the plan now has digest ${digest}, plan-digest is ${options.planDigest}); nothing was changed. Run plan again, review its summary, and deploy with its digest`
      }
    }
    if (options.mode === 'plan' || options.mode === 'drift' || options.dryRun) {
      // With prune, an owned resource nobody defines is drift (as an orphan is), pruned or not.
      const drifted =
        plan.operations.length > 0 ||
        plan.conflicts.length > 0 ||
        heldElsewhere.length > 0 ||
        (Boolean(options.prune) && shared.unattributed.length > 0)
      // A plan a deploy would refuse fails too: nobody should approve it.
      const failed = plan.conflicts.length > 0 || (options.mode === 'drift' && drifted)
      return { report, change, plan, exitCode: failed ? 1 : 0 }
    }
    if (plan.conflicts.length > 0) {
      return { report, change, plan, exitCode: 1 }
    }
    const total = plan.operations.length
    let done = 0
    const applyOptions: ApplyOptions = {
      ...DEFAULT_APPLY_OPTIONS,
      ...options.apply,
      onApplied: operation => log(`[${++done}/${total}] applied: ${describeOperation(operation)}`),
      onNote: log,
      reconcile: { desired, plan: planOptions }
    }
    const applyResult =
      total === 0
        ? await applyPlan(client, plan.operations, applyOptions)
        : await group(`Applying ${total} operation(s) to ${options.environment}`, () =>
            applyPlan(client, plan.operations, applyOptions)
          )
    log(
      applyResult.failed
        ? `Stopped after ${applyResult.applied.length}/${total} operation(s): ${[applyResult.failed, ...applyResult.alsoFailed].map(item => describeOperation(item.operation)).join(', ')} failed; ${applyResult.notAttempted.length} not attempted.`
        : `Applied ${applyResult.applied.length}/${total} operation(s) to ${options.environment}.`
    )
    planReport.applied = applyResult.applied.map(describeOperation)
    planReport.notAttempted = applyResult.notAttempted.map(describeOperation)
    if (applyResult.alsoFailed.length > 0)
      planReport.alsoFailed = applyResult.alsoFailed.map(item => ({
        operation: describeOperation(item.operation),
        error: item.error
      }))
    if (applyResult.failed)
      planReport.failed = {
        operation: describeOperation(applyResult.failed.operation),
        error: applyResult.failed.error,
        ...(applyResult.failed.refused ? { refused: true as const } : {}),
        ...(applyResult.failed.cause ? { cause: applyResult.failed.cause } : {})
      }
    // Only a complete deploy vouches for every ARN.
    if (!applyResult.failed)
      planReport.roles = Object.fromEntries(
        desired.roles.map(role => [role.logicalName ?? role.name, role.arn])
      )
    return { report, change, plan, applyResult, exitCode: applyResult.failed ? 1 : 0 }
  } finally {
    client.destroy()
  }
}

/** The plan, before anything is applied: a one-line count and the operations in a group. */
async function logPlan(
  plan: Plan,
  digest: string,
  log: (line: string) => void,
  group: NonNullable<DeployOptions['group']>
): Promise<void> {
  const total = plan.operations.length
  log(
    `Plan for ${plan.environment}: ${total} operation(s), ${plan.conflicts.length} conflict(s), ${plan.orphans.length} orphan(s); digest ${digest}`
  )
  for (const item of plan.alsoAttached) log(`${ALSO_ATTACHED_HEADING}: ${alsoAttachedText(item)}`)
  if (total === 0) return
  await group(`Plan: ${total} operation(s)`, async () => {
    plan.operations.forEach((operation, index) =>
      log(`${index + 1}/${total} ${describeOperation(operation)}`)
    )
  })
}

function where(finding: Finding): string {
  return [finding.file ?? '', finding.line, finding.column].filter(part => part !== undefined).join(':')
}

const LISTED_FAILURES = 5

function loadRefusal(options: DeployOptions, failures: LoadFailure[], configFile: string): string {
  const refusing = `refusing to ${options.mode} ${options.environment}`
  const listed = failures
    .slice(0, LISTED_FAILURES)
    .map(({ finding }) => `${where(finding)}: ${finding.message}`)
  if (failures.length > LISTED_FAILURES) listed.push(`and ${failures.length - LISTED_FAILURES} more`)
  if (failures.every(failure => failure.kind === 'no-files'))
    return `${refusing}: no definition file matches the definitions globs of ${configFile} (${listed.join('; ')}), and RoleGate does not ${options.mode} an empty set of definitions; fix the globs or add the files`
  const count = (kind: LoadFailure['kind']) =>
    new Set(failures.filter(failure => failure.kind === kind).map(({ finding }) => finding.file)).size
  const what = [
    count('config') > 0 ? `${configFile} has errors` : '',
    count('folder') > 0 ? `${count('folder')} folder(s) the definitions globs reach into were not read` : '',
    count('file') > 0 ? `${count('file')} definition file(s) failed to load` : '',
    failures.some(failure => failure.kind === 'glob')
      ? `a definitions glob of ${configFile} reads no file`
      : '',
    failures.some(failure => failure.kind === 'no-files')
      ? `no file matches the definitions globs of ${configFile}`
      : ''
  ].filter(Boolean)
  return `${refusing}: ${what.join(', ')}, so RoleGate cannot tell what the definitions are and changes nothing, whatever fail-on, prune and the rules' severities say. ${listed.join('; ')}. Fix them ("rolegate validate" shows every problem) and run ${options.mode} again`
}

function configRefusal(mode: DeployMode, analysis: Analysis): string {
  const first =
    analysis.findings.find(finding => finding.file === analysis.configFile) ?? analysis.findings[0]
  const detail = first ? ` (${where(first)}: ${first.message})` : ''
  return `refusing to ${mode}: ${analysis.configFile} is invalid${detail}; run "rolegate validate" and fix it first`
}

/**
 * Drift from the definitions' point of view (definitions → live), so "broadens" means live IAM
 * allows more than was reviewed. A defined name held by someone else is `not-owned`, once: what
 * such a look-alike allows is not a change to the reviewed role. Every conflict of the plan is
 * listed with its own kind (Conflict.kind): on a resource that differs, with that difference; on
 * one that does not, or on something that is not a role or policy (a missing boundary, a quota),
 * as `conflict`. Each resource once, with the reasons of all its conflicts.
 */
function driftItems(
  change: EnvironmentChange,
  plan: Plan,
  managedBy: string,
  desired: EnvironmentState
): DriftItem[] {
  const logicalNames = new Map(desired.roles.map(role => [role.name, role.logicalName ?? role.name]))
  const grants = desired.timeBoundGrants ?? []
  // An expired grant still live is drift too, but nobody changed it: say that its time ran out.
  const expired = (role: string) =>
    grants
      .filter(grant => grant.remainingMs <= 0 && grant.role === logicalNames.get(role))
      .map(
        grant =>
          `${grant.kind === 'role' ? 'the role' : (grant.name ?? 'a grant')} expired at ${grant.endsAt} (${grant.reason}); the next deploy removes it`
      )
  const conflicts = new Map<string, Conflict[]>()
  for (const conflict of plan.conflicts)
    conflicts.set(conflict.resource, [...(conflicts.get(conflict.resource) ?? []), conflict])
  const items: DriftItem[] = []
  const conflictItem = (resource: string, found: Conflict[]): DriftItem => ({
    resource,
    kind: found[0].kind === 'not-owned' ? 'not-owned' : 'conflict',
    conflict: found[0].kind,
    reasons: found.map(conflict => conflict.reason)
  })
  const add = (
    resource: string,
    item: { change: string; verdict: string; after?: { tags: Record<string, string> } },
    reasons: string[]
  ) => {
    const found = conflicts.get(resource) ?? []
    conflicts.delete(resource)
    const notOurs = item.after && item.after.tags[OWNERSHIP_TAG] !== managedBy && item.change !== 'added'
    // Not ours, or nothing differs: the conflict is all there is to say.
    if (found.length > 0 && (notOurs || item.change === 'unchanged')) {
      items.push(conflictItem(resource, found))
      return
    }
    if (item.change === 'unchanged') return
    if (notOurs) {
      // No conflict: the plan takes it over. What differs is still said: a hand-made broadening
      // must not read as a harmless take-over.
      const adoptable = `it exists without the ${OWNERSHIP_TAG} tag; its definition says "adopt: true", so the next deploy takes it over`
      items.push({ resource, kind: 'not-owned', verdict: item.verdict, reasons: [adoptable, ...reasons] })
      return
    }
    const kind: DriftKind =
      item.change === 'removed'
        ? 'deleted-outside'
        : item.change === 'added'
          ? 'not-defined'
          : 'changed-outside'
    items.push({
      resource,
      kind,
      ...(found.length > 0 ? { conflict: found[0].kind } : {}),
      verdict: item.verdict,
      reasons: [...found.map(conflict => conflict.reason), ...reasons]
    })
  }
  for (const role of change.roles)
    add(`role ${role.physicalName}`, role, [...expired(role.physicalName), ...role.reasons])
  // A managed policy's reasons are judged as a role's are (compare/verdict.ts assess): what it
  // allows or denies beyond the definitions, and why that matters.
  for (const policy of change.managedPolicies)
    add(`managed policy ${policy.physicalName}`, policy, policy.reasons)
  for (const [resource, found] of conflicts) items.push(conflictItem(resource, found))
  return items
}

/**
 * Findings that stop plan/deploy: all but those saying the definitions grant less than intended
 * (Finding.missingAccess). Deploying those only removes access; refusing would keep an expired
 * grant live because an `expect: allow` relied on it.
 */
function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter(finding => !finding.missingAccess)
}

/**
 * The other environments of rolegate.yml in the same account, with what they define: their
 * resources carry the same ownership tag, and must not look like this environment's orphans. A
 * name this environment renders too is a conflict: each deploy would overwrite the other's.
 */
function accountNeighbours(
  analysis: Analysis,
  environment: string,
  managedBy: string,
  now: Date
): { neighbours: AccountNeighbour[]; conflicts: Conflict[] } {
  const config = analysis.config
  if (!config) return { neighbours: [], conflicts: [] }
  const account = config.environments[environment].account
  const names = Object.keys(config.environments).filter(
    name => name !== environment && config.environments[name].account === account
  )
  if (names.length === 0) return { neighbours: [], conflicts: [] }
  const definitions = [...(analysis.files?.values() ?? [])].flatMap(file => file.definitions)
  // The neighbours rendered beside this environment's rendering from the analysis (not rendered again).
  const rendered = render(config, definitions, { managedBy, environments: names, now }).state
  const state = {
    ...rendered,
    environments: { ...rendered.environments, [environment]: analysis.state.environments[environment] }
  }
  const neighbours = names.map(name => ({
    environment: name,
    roles: state.environments[name]?.roles.map(role => role.name) ?? [],
    managedPolicies: state.environments[name]?.managedPolicies.map(policy => policy.name) ?? [],
    prefix: namePrefix({ config, variables: environmentVariables(config, name) })
  }))
  const conflicts = sharedAccountNames(config, state)
    .filter(shared => shared.renderings.some(rendering => rendering.environment === environment))
    .map(shared => {
      const others = shared.renderings
        .map(rendering => rendering.environment)
        .filter(name => name !== environment)
      return {
        kind: 'shared-name' as const,
        resource: `${shared.what} ${shared.name}`,
        reason: `${others.length === 1 ? `environment ${others[0]} defines` : `environments ${others.join(' and ')} define`} it too, in the same account ${account}: each environment's deploy would overwrite the other's, past its approvals; give each environment its own names ("naming" with {environment}) or its own account`
      }
    })
  return { neighbours, conflicts }
}

function logSharedAccount(
  shared: SharedAccountSplit,
  account: string,
  managedBy: string,
  log: (line: string) => void
): void {
  if (shared.theirs.length > 0)
    log(
      `Account ${account} is shared with other environments of rolegate.yml: left to them (never changed or pruned here): ${shared.theirs.join(', ')}.`
    )
  const them = shared.outside.length === 1 ? 'it' : 'them'
  if (shared.outside.length > 0)
    log(
      `Owned by ${managedBy} in account ${account} but outside the name prefix of every environment of this rolegate.yml, so never changed or pruned here: ${shared.outside.join(', ')}. Another rolegate.yml of the repository (same ownership tag) may define ${them}; if none does and nobody needs ${them}, delete ${them} by hand.`
    )
  if (shared.unattributed.length > 0)
    log(
      `Owned by ${managedBy} in account ${account}, defined by no environment that shares it, and its name does not tell which environment's deploy created it, so it is never pruned: ${shared.unattributed.join(', ')}. Delete it by hand once nobody needs it, or give each environment its own name prefix ("naming" with {environment}).`
    )
}
