/**
 * The deploy plan (and what was applied) for a terminal: plain lines, no Markdown or HTML. The
 * job summary and `--format markdown` use renderPlanMarkdown (change-markdown.ts) instead.
 */
import type { EnvironmentChange } from '../compare/model.js'
import {
  afterFailure,
  changesAccess,
  CONFLICTS_HEADING,
  driftReasons,
  driftText,
  nothingToApply,
  ALSO_ATTACHED_HEADING,
  alsoAttachedText,
  orphansNote,
  type PlanReport
} from './plan-report.js'
import { oneLine, workflowSafe } from './text.js'

// A role listed as unchanged changes access through a managed policy it keeps: a change all the same.
const SIGN = { added: '+', removed: '-', modified: '~', unchanged: '~' } as const

export function renderPlanText(
  plan: PlanReport,
  change: EnvironmentChange | undefined,
  command: string
): string {
  const lines = [`${command} ${plan.environment} (account ${plan.account})`]
  if (plan.conflicts.length > 0) {
    lines.push('', CONFLICTS_HEADING)
    for (const conflict of plan.conflicts) lines.push(`  ! ${conflict.resource}: ${conflict.reason}`)
  }
  if (plan.drift?.length) {
    lines.push('', `Drift (${plan.drift.length})`)
    for (const item of plan.drift) {
      const verdict =
        item.verdict === 'broadens'
          ? ': live allows more than the definitions'
          : item.verdict === 'narrows'
            ? ': live allows less than the definitions'
            : ''
      lines.push(`  ~ ${item.resource}: ${driftText(item)}${verdict}`)
      for (const reason of driftReasons(plan, item)) lines.push(`      ${reason}`)
    }
  }
  if (plan.operations.length === 0) lines.push('', nothingToApply(plan))
  else {
    lines.push('', `Operations (${plan.operations.length})`)
    for (const operation of plan.operations) lines.push(`  ${operation.kind}  ${operation.description}`)
  }
  if (plan.alsoAttached?.length) {
    lines.push('', `${ALSO_ATTACHED_HEADING} (${plan.alsoAttached.length})`)
    for (const item of plan.alsoAttached) lines.push(`  ! ${alsoAttachedText(item)}`)
  }
  if (plan.orphans.length > 0)
    lines.push(
      '',
      `Owned by this repository but no longer defined (${orphansNote(plan, '--prune')}): ${plan.orphans.join(', ')}`
    )
  if (plan.applied)
    lines.push('', `Applied ${plan.applied.length} of ${plan.operations.length} operation(s).`)
  if (plan.failed) {
    lines.push(
      '',
      `Failed: ${plan.failed.operation}`,
      ...plan.failed.error.split(/\r?\n/).map(line => `  ${line}`)
    )
    for (const also of plan.alsoFailed ?? []) {
      lines.push(
        `Also failed (in flight): ${also.operation}`,
        ...also.error.split(/\r?\n/).map(line => `  ${line}`)
      )
    }
    if (plan.notAttempted?.length) {
      lines.push('Not attempted:')
      for (const item of plan.notAttempted) lines.push(`  ${item}`)
    }
    lines.push(afterFailure(plan.failed))
  }
  const roles = change?.roles.filter(changesAccess) ?? []
  if (roles.length > 0) {
    lines.push('', 'Access changes (live -> definitions)')
    for (const role of roles) {
      lines.push(`  ${SIGN[role.change]} ${role.name} (${role.physicalName}): ${role.verdict}`)
      for (const reason of role.reasons) lines.push(`      ${reason}`)
    }
  }
  return workflowSafe(lines.map(oneLine).join('\n') + '\n')
}
