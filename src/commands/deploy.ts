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
import { UsageError } from '../fs/project-files.js'
import { describeOperation, type Plan } from '../plan/model.js'
import { planEnvironment } from '../plan/plan.js'
import { environmentVariables, namePrefix } from '../render/render.js'
import { environmentsReport } from '../report/diff-report.js'
import type { DriftItem, DriftKind, PlanReport } from '../report/plan-report.js'
import {baseReport, findingsExitCode, type FailOn, type Report } from '../report/report.js'
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
    ...baseReport(options.mode, analysis.configFile, analysis.environmentNames, analysis.findings, analysis.suppressions)
  }
  if (!analysis.config) throw new UsageError(`${analysis.configFile} is invalid; run "rolegate validate" and fix it first`)
  if (findingsExitCode(base.summary, options.failOn ?? 'error') !== 0) {
    // Fail closed: definitions with errors render to something nobody reviewed as such.
    return { report: base, exitCode: 1 }
  }
  const environmentConfig = analysis.config.environments[options.environment]
  const desired = analysis.state.environments[options.environment]
  const managedBy = ownershipValue(analysis.config, options.managedBy)

  const credentials = await options.credentials(environmentConfig)
  const callerArn = await verifyAccount(credentials, environmentConfig.region, environmentConfig.account, options.environment)
  log(`Acting as ${callerArn} in account ${environmentConfig.account} (${options.environment}).`)

  const client = new IAMClient({ region: environmentConfig.region, maxAttempts: 10, ...(credentials ? { credentials } : {}) })
  try {
    const prefix = namePrefix({ config: analysis.config, variables: environmentVariables(analysis.config, options.environment) })
    const live = await readLiveEnvironment(client, { desired, managedBy, namePrefix: prefix })
    const change = compareEnvironment(live, desired)
    const plan = planEnvironment(change, { account: environmentConfig.account, managedBy, prune: options.prune ?? false })
    const planReport: PlanReport = {
      environment: options.environment,
      account: environmentConfig.account,
      callerArn,
      operations: plan.operations.map(operation => ({ kind: operation.kind, description: describeOperation(operation) })),
      conflicts: plan.conflicts,
      orphans: plan.orphans
    }
    const report = { ...base, environments: environmentsReport({ environments: { [options.environment]: change }, caveats: CAVEATS }), plan: planReport }
    if (options.mode === 'drift') planReport.drift = driftItems(compareEnvironment(desired, live), plan)
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
      onApplied: operation => log(`applied: ${describeOperation(operation)}`)
    })
    planReport.applied = applyResult.applied.map(describeOperation)
    planReport.notAttempted = applyResult.notAttempted.map(describeOperation)
    if (applyResult.failed) planReport.failed = { operation: describeOperation(applyResult.failed.operation), error: applyResult.failed.error }
    planReport.roles = Object.fromEntries(desired.roles.map(role => [role.logicalName ?? role.name, role.arn]))
    return { report, change, plan, applyResult, exitCode: applyResult.failed ? 1 : 0 }
  } finally {
    client.destroy()
  }
}

/**
 * Drift from the definitions' point of view (definitions → live), so "broadens" means live IAM
 * allows more than was reviewed. Unowned look-alikes come from the plan's conflicts.
 */
function driftItems(change: EnvironmentChange, plan: Plan): DriftItem[] {
  const items: DriftItem[] = []
  for (const role of change.roles) {
    if (role.change === 'unchanged') continue
    const kind: DriftKind = role.change === 'removed' ? 'deleted-outside' : role.change === 'added' ? 'not-defined' : 'changed-outside'
    items.push({ resource: `role ${role.physicalName}`, kind, verdict: role.verdict, reasons: role.reasons })
  }
  for (const policy of change.managedPolicies) {
    if (policy.change === 'unchanged') continue
    const kind: DriftKind = policy.change === 'removed' ? 'deleted-outside' : policy.change === 'added' ? 'not-defined' : 'changed-outside'
    items.push({ resource: `managed policy ${policy.physicalName}`, kind, verdict: policy.verdict, reasons: [] })
  }
  for (const conflict of plan.conflicts) items.push({ resource: conflict.resource, kind: 'not-owned', reasons: [conflict.reason] })
  return items
}
