/**
 * diff: the definitions at a base ref vs the working tree, per environment, through the same
 * comparison engine the deploy plan uses. Needs no AWS credentials.
 */
import { compareStates } from '../compare/compare.js'
import type { ChangeSet } from '../compare/model.js'
import { loadProject } from '../fs/load-project.js'
import { workspacePath } from '../fs/project-files.js'
import { gitTree } from '../git/git-tree.js'
import { lint } from '../lint/run.js'
import type { Finding } from '../model/findings.js'
import type { DesiredState } from '../model/state.js'
import { render } from '../render/render.js'
import { environmentsReport } from '../report/diff-report.js'
import {baseReport, type Report } from '../report/report.js'
import { analyze, ownershipValue, type AnalyzeOptions } from './analyze.js'

export interface DiffOptions extends AnalyzeOptions {
  baseRef: string
}

export interface DiffOutcome {
  report: Report
  changes: ChangeSet
  newFindings: Finding[]
  existingFindingCount: number
  configInvalid: boolean
  /** The working tree's rendered definitions (for the permission matrix). */
  head: DesiredState
}

export async function runDiff(options: DiffOptions): Promise<DiffOutcome> {
  const head = await analyze(options)
  const configFile = workspacePath(options.configPath, options.workspace)
  const base = await loadProject(await gitTree(options.workspace, options.baseRef), configFile, { requireConfig: false })
  let baseState: DesiredState = { project: head.state.project, environments: {} }
  let baseFindings: Finding[] = base.findings
  if (base.config && head.config) {
    const rendered = render(base.config, base.definitions, {
      managedBy: ownershipValue(head.config, options.managedBy),
      environments: options.environment ? [options.environment] : undefined
    })
    baseState = rendered.state
    baseFindings = lint(rendered.state, base.config, [...base.findings, ...rendered.findings]).findings
  }
  const changes = compareStates(baseState, head.state)
  // Counted, so a second copy of an existing finding is still new.
  const known = new Map<string, number>()
  for (const identity of baseFindings.map(findingIdentity))
    known.set(identity, (known.get(identity) ?? 0) + 1)
  for (const finding of head.findings) {
    const identity = findingIdentity(finding)
    const left = known.get(identity) ?? 0
    finding.introduced = left === 0
    if (left > 0) known.set(identity, left - 1)
  }
  const newFindings = head.findings.filter(finding => finding.introduced && !finding.suppressed)
  const report: Report = {
    ...baseReport('diff', head.configFile, head.environmentNames, head.findings, head.suppressions),
    baseRef: options.baseRef,
    environments: environmentsReport(changes),
    caveats: changes.caveats
  }
  return {
    report,
    changes,
    newFindings,
    existingFindingCount: head.findings.filter(finding => !finding.introduced && !finding.suppressed).length,
    configInvalid: head.config === undefined,
    head: head.state
  }
}

/**
 * A finding "is the same" across refs when rule, place and message match; lines move, so they do
 * not count, and neither do statement positions in the message ("statement 0" becomes "statement 1"
 * when a statement is inserted above it).
 */
function findingIdentity(finding: Finding): string {
  const message = finding.message.replace(/\bstatement \d+\b/g, 'statement #')
  return [finding.rule, finding.file, finding.environment, finding.role, finding.policy, message].join('|')
}

export function changeSummary(changes: ChangeSet): { changed: boolean; broadening: boolean } {
  const environments = Object.values(changes.environments)
  return {
    changed: environments.some(environment => environment.verdict !== 'unchanged'),
    broadening: environments.some(environment => environment.verdict === 'broadens')
  }
}
