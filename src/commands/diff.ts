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
import { REPORT_SCHEMA_VERSION, summarize, type Report } from '../report/report.js'
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
  const known = new Set(baseFindings.map(findingIdentity))
  for (const finding of head.findings) finding.introduced = !known.has(findingIdentity(finding))
  const newFindings = head.findings.filter(finding => finding.introduced && !finding.suppressed)
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    command: 'diff',
    config: head.configFile,
    environmentNames: head.environmentNames,
    summary: summarize(head.findings),
    findings: head.findings,
    suppressions: head.suppressions,
    baseRef: options.baseRef,
    environments: environmentsReport(changes),
    caveats: changes.caveats
  }
  return {
    report,
    changes,
    newFindings,
    existingFindingCount: head.findings.filter(finding => !finding.introduced && !finding.suppressed).length,
    configInvalid: head.config === undefined
  }
}

/** A finding "is the same" across refs when rule, place and message match; lines move, so they do not count. */
function findingIdentity(finding: Finding): string {
  return [finding.rule, finding.file, finding.environment, finding.role, finding.policy, finding.message].join('|')
}

export function changeSummary(changes: ChangeSet): { changed: boolean; broadening: boolean } {
  const environments = Object.values(changes.environments)
  return {
    changed: environments.some(environment => environment.verdict !== 'unchanged'),
    broadening: environments.some(environment => environment.verdict === 'broadens')
  }
}
