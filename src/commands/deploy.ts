/**
 * plan, deploy and drift: read live IAM, compare it with the definitions through the same
 * engine as the PR diff, plan operations, and (deploy) apply them. Credentials come from the
 * entry point (OIDC in the action, the standard chain in the CLI) after the guards it owns.
 */
import { IAMClient } from '@aws-sdk/client-iam'
import type { AwsCredentialIdentity } from '@smithy/types'
import { applyPlan, DEFAULT_APPLY_OPTIONS, type ApplyOptions, type ApplyResult } from '../aws/apply.js'
import { verifyAccount } from '../aws/credentials.js'
import { readLiveEnvironment } from '../aws/read-live.js'
import { compareEnvironment } from '../compare/compare.js'
import { CAVEATS, type EnvironmentChange } from '../compare/model.js'
import type { EnvironmentConfig } from '../definitions/schema.js'
import { OWNERSHIP_TAG } from '../model/state.js'
import { UsageError } from '../fs/project-files.js'
import { describeOperation, type Plan } from '../plan/model.js'
import { planEnvironment, type PlanOptions } from '../plan/plan.js'
import { protectedResources } from '../plan/protected.js'
import { environmentVariables, namePrefix } from '../render/render.js'
import { environmentsReport } from '../report/diff-report.js'
import type { DriftItem, DriftKind, PlanReport } from '../report/plan-report.js'
import { baseReport, findingsExitCode, type FailOn, type Report } from '../report/report.js'
import { analyze, ownershipValue, type AnalyzeOptions } from './analyze.js'

export type DeployMode = 'plan' | 'deploy' | 'drift'

export interface DeployOptions extends AnalyzeOptions {
  environment: string
  mode: DeployMode
  dryRun?: boolean
  prune?: boolean
  /** Returns credentials for the environment, or undefined to use the ambient chain. */
  credentials: (environment: EnvironmentConfig) => Promise<AwsCredentialIdentity | undefined>
  apply?: Partial<ApplyOptions>
  log?: (line: string) => void
  /** Findings at or above this severity stop the command before any credential is used. */
  failOn?: FailOn
}

export interface DeployOutcome {
  report: Report & { plan?: PlanReport }
  change?: EnvironmentChange
  plan?: Plan
  applyResult?: ApplyResult
  /** 0 success / no drift; 1 drift, conflicts, findings or a failed apply. */
  exitCode: 0 | 1
}

export async function runDeploy(options: DeployOptions): Promise<DeployOutcome> {
  const log = options.log ?? (() => {})
  const analysis = await analyze(options)
  const base: Report = {
    ...baseReport(
      options.mode,
      analysis.configFile,
      analysis.environmentNames,
      analysis.findings,
      analysis.suppressions
    )
  }
  if (!analysis.config)
    throw new UsageError(`${analysis.configFile} is invalid; run "rolegate validate" and fix it first`)
  if (findingsExitCode(base.summary, options.failOn ?? 'error') !== 0) {
    // Fail closed: definitions with errors render to something nobody reviewed as such.
    return { report: base, exitCode: 1 }
  }
  const environmentConfig = analysis.config.environments[options.environment]
  const desired = analysis.state.environments[options.environment]
  const managedBy = ownershipValue(analysis.config, options.managedBy, options.workspace)

  const credentials = await options.credentials(environmentConfig)
  const callerArn = await verifyAccount(
    credentials,
    environmentConfig.region,
    environmentConfig.account,
    options.environment,
    options.mode
  )
  log(`Acting as ${callerArn} in account ${environmentConfig.account} (${options.environment}).`)

  // 10 attempts for IAM unless the standard AWS_MAX_ATTEMPTS says otherwise (the SDK then reads it).
  const maxAttempts = process.env.AWS_MAX_ATTEMPTS ? {} : { maxAttempts: 10 }
  const client = new IAMClient({
    region: environmentConfig.region,
    ...maxAttempts,
    ...(credentials ? { credentials } : {})
  })
  try {
    const prefix = namePrefix({
      config: analysis.config,
      variables: environmentVariables(analysis.config, options.environment)
    })
    const live = await readLiveEnvironment(client, { desired, managedBy, namePrefix: prefix })
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
      }
    }
    const plan = planEnvironment(change, planOptions)
    const planReport: PlanReport = {
      environment: options.environment,
      account: environmentConfig.account,
      callerArn,
      operations: plan.operations.map(operation => ({
        kind: operation.kind,
        description: describeOperation(operation)
      })),
      conflicts: plan.conflicts,
      orphans: plan.orphans
    }
    const report = {
      ...base,
      environments: environmentsReport({ environments: { [options.environment]: change }, caveats: CAVEATS }),
      plan: planReport
    }
    if (options.mode === 'drift')
      planReport.drift = driftItems(compareEnvironment(desired, live), plan, managedBy)
    if (options.mode === 'plan' || options.mode === 'drift' || options.dryRun) {
      const drifted = plan.operations.length > 0 || plan.conflicts.length > 0
      return { report, change, plan, exitCode: options.mode === 'drift' && drifted ? 1 : 0 }
    }
    if (plan.conflicts.length > 0) {
      return { report, change, plan, exitCode: 1 }
    }
    const applyResult = await applyPlan(client, plan.operations, {
      ...DEFAULT_APPLY_OPTIONS,
      ...options.apply,
      onApplied: operation => log(`applied: ${describeOperation(operation)}`),
      onNote: log,
      reconcile: { desired, plan: planOptions }
    })
    planReport.applied = applyResult.applied.map(describeOperation)
    planReport.notAttempted = applyResult.notAttempted.map(describeOperation)
    if (applyResult.failed)
      planReport.failed = {
        operation: describeOperation(applyResult.failed.operation),
        error: applyResult.failed.error
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

/**
 * Drift from the definitions' point of view (definitions → live), so "broadens" means live IAM
 * allows more than was reviewed. A defined name held by someone else is `not-owned`, once: what
 * such a look-alike allows is not a change to the reviewed role.
 */
function driftItems(change: EnvironmentChange, plan: Plan, managedBy: string): DriftItem[] {
  const conflicts = new Map(plan.conflicts.map(conflict => [conflict.resource, conflict.reason]))
  const items: DriftItem[] = []
  const add = (
    resource: string,
    item: { change: string; verdict: string; after?: { tags: Record<string, string> } },
    reasons: string[]
  ) => {
    const conflict = conflicts.get(resource)
    conflicts.delete(resource)
    if (item.change === 'unchanged' && !conflict) return
    if (item.after && item.after.tags[OWNERSHIP_TAG] !== managedBy && item.change !== 'added') {
      const adoptable = `it exists without the ${OWNERSHIP_TAG} tag; its definition says "adopt: true", so the next deploy takes it over`
      items.push({ resource, kind: 'not-owned', reasons: [conflict ?? adoptable] })
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
      verdict: item.verdict,
      reasons: conflict ? [conflict, ...reasons] : reasons
    })
  }
  for (const role of change.roles) add(`role ${role.physicalName}`, role, role.reasons)
  for (const policy of change.managedPolicies) add(`managed policy ${policy.physicalName}`, policy, [])
  for (const [resource, reason] of conflicts) items.push({ resource, kind: 'not-owned', reasons: [reason] })
  return items
}
