/**
 * diff: the definitions at a base ref vs the working tree, per environment, through the same
 * comparison engine the deploy plan uses. Needs no AWS credentials.
 */
import { compareStates, type CompareOptions } from '../compare/compare.js'
import { environmentVerdict, type ChangeSet, type FileProblem } from '../compare/model.js'
import { riskFromFindings } from '../compare/verdict.js'
import { HIGH_RISK_RULES } from '../lint/catalog.js'
import { loadProject, type LoadedProject } from '../fs/load-project.js'
import type { UnreadDefinitions } from '../fs/unread-definitions.js'
import {
  unknownName,
  unreadDefinitionNames,
  unreadDefinitionOf,
  type UnreadDefinitionNames
} from '../plan/unread.js'
import { workspacePath } from '../fs/project-files.js'
import { gitTree } from '../git/git-tree.js'
import { lint } from '../lint/run.js'
import { IMPLEMENTED_RULES } from '../lint/rules/index.js'
import type { Config } from '../definitions/schema.js'
import type { Finding } from '../model/findings.js'
import type { DesiredState } from '../model/state.js'
import { render, RenderMemo } from '../render/render.js'
import { environmentsReport } from '../report/diff-report.js'
import { baseReport, type Report } from '../report/report.js'
import { analyze, ownershipValue, type Analysis, type AnalyzeOptions } from './analyze.js'

const LINT_RULE_IDS = new Set(IMPLEMENTED_RULES.map(rule => rule.id))

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
  // One clock for both sides: a grant that expires is gone from both, not a change between them.
  const now = options.now ?? new Date()
  // The base is loaded reusing the head's unchanged files: their roles are not rendered twice.
  const renderMemo = new RenderMemo()
  const head = await analyze({ ...options, now, renderMemo })
  const configFile = workspacePath(options.configPath, options.workspace)
  const base = await loadProject(await gitTree(options.workspace, options.baseRef), configFile, {
    requireConfig: false,
    reuse: head.files
  })
  let baseState: DesiredState = { project: head.state.project, environments: {} }
  let baseRendered: { state: DesiredState; findings: Finding[] } | undefined
  if (base.config && head.config) {
    baseRendered = render(base.config, base.definitions, {
      // Each side with its own owner: a changed managedBy is a change the diff must show.
      managedBy: await ownershipValue(base.config, options.managedBy, options.workspace),
      environments: options.environment ? [options.environment] : undefined,
      now,
      memo: renderMemo
    })
    baseState = baseRendered.state
  }
  let baseUnloaded = unloadedFiles(base, undefined, configFile)
  if (base.configExists && !base.config && head.config) {
    // The base has a rolegate.yml that does not load: what it defined is not known, so nothing the
    // head defines is "added". Every role and policy is not evaluated, for the config's reason. (A
    // base with no rolegate.yml at all is a branch before RoleGate: everything is added.)
    const problem = configProblem(base.findings, configFile)
    baseState = {
      project: head.state.project,
      environments: Object.fromEntries(
        Object.entries(head.state.environments).map(([name, environment]) => [
          name,
          { ...environment, roles: [], managedPolicies: [] }
        ])
      )
    }
    baseUnloaded = new Map(
      Object.values(head.state.environments)
        .flatMap(environment => [...environment.roles, ...environment.managedPolicies])
        .flatMap(item => (item.source ? [[item.source.file, problem] as const] : []))
    )
  }
  let changes = compareStates(baseState, head.state, {
    unloaded: { base: baseUnloaded, head: unloadedFiles(head, base, configFile) },
    ...(head.config && head.unreadDefinitions
      ? {
          unread: unreadProblems(head.config, head.unreadDefinitions, {
            managedBy: await ownershipValue(head.config, options.managedBy, options.workspace),
            now
          })
        }
      : {})
  })
  // Lint the base only where something changed: an unchanged role renders and lints the same on
  // both sides, so its findings already existed. This keeps a diff close to one validate.
  const changedFindings =
    base.config && baseRendered
      ? lint(onlyChanged(baseRendered.state, changes), base.config, [
          ...base.findings,
          ...baseRendered.findings
        ]).findings
      : base.findings
  // rolegate.yml's own findings (a default every role inherits, reported once at its line) belong
  // to no role: the changed roles alone do not tell whether the base had them, so their rules run
  // over the whole base, and replace what the changed roles gave of them (counted once).
  const ownFinding = (finding: Finding) => !finding.role && finding.file === configFile
  const settingsRules = new Set(
    head.findings
      .filter(finding => ownFinding(finding) && LINT_RULE_IDS.has(finding.rule))
      .map(finding => finding.rule)
  )
  const baseFindings =
    settingsRules.size > 0 && base.config && baseRendered
      ? [
          ...changedFindings.filter(finding => !(ownFinding(finding) && settingsRules.has(finding.rule))),
          ...lint(baseRendered.state, base.config, [], settingsRules).findings.filter(ownFinding)
        ]
      : changedFindings
  // Counted, so a second copy of an existing finding is still new.
  const known = new Map<string, number>()
  for (const identity of baseFindings.map(findingIdentity))
    known.set(identity, (known.get(identity) ?? 0) + 1)
  const leftAsItWas = unchangedOwner(changes)
  for (const finding of head.findings) {
    // A finding about a role or policy the change leaves as it was existed on the base too.
    const environments = finding.environments ?? [finding.environment]
    const role = finding.role
    if (role && environments.every(environment => leftAsItWas(environment, role, finding.kind))) {
      finding.introduced = false
      continue
    }
    const identity = findingIdentity(finding)
    const left = known.get(identity) ?? 0
    finding.introduced = left === 0
    if (left > 0) known.set(identity, left - 1)
  }
  const newFindings = head.findings.filter(finding => finding.introduced && !finding.suppressed)
  changes = riskFromFindings(changes, newFindings, rule => HIGH_RISK_RULES.has(rule))
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

const PARSE_PROBLEM =
  /yaml|json|pars|indent|mapping|sequence|unexpected|end of the stream|anchor|alias|duplicat|tab/i

/**
 * Definition files that failed to load and folders that were not read: a role missing because of
 * one is "not evaluated", never "removed", whatever severity rolegate.yml gives the schema rule.
 * On the head, also a definitions glob that reads no file (a typo, a moved folder): plan and deploy
 * refuse, so the base's roles the head did not load are not evaluated either. (A base whose globs
 * read nothing had no roles there: its tree is known.) The first problem of each file explains it.
 */
function unloadedFiles(
  side: LoadedProject | Analysis,
  other: { files?: ReadonlyMap<string, unknown> } | undefined,
  configFile: string
): Map<string, FileProblem> {
  const files = new Map<string, FileProblem>()
  for (const { kind, finding } of side.loadFailures)
    if ((kind === 'file' || kind === 'folder') && finding.file && !files.has(finding.file))
      files.set(finding.file, fileProblem(finding.file, finding.message, finding.line))
  // Which glob would have read a file is not known (a typo, a moved folder): every file of the
  // other side this one did not load.
  const glob = side.loadFailures.find(({ kind }) => kind === 'glob' || kind === 'no-files')?.finding
  if (glob)
    for (const file of other?.files?.keys() ?? [])
      if (!side.files?.has(file) && !files.has(file))
        files.set(file, {
          file: configFile,
          ...(glob.line ? { line: glob.line } : {}),
          reason: 'has a definitions glob that reads no file, so which files are definitions is not known',
          detail: glob.message
        })
  return files
}

/**
 * A role or managed policy the head's unread files would define (rule unread-definition) is not
 * removed but unread, as plan --prune decides (src/plan/unread.ts): by physical name, per
 * environment. Files past the diff's cap are not looked at; a prune looks at every one.
 */
function unreadProblems(
  config: Config,
  unread: UnreadDefinitions,
  options: { managedBy: string; now: Date }
): CompareOptions['unread'] {
  const byEnvironment = new Map<string, UnreadDefinitionNames>()
  return (environment, kind, name) => {
    let names = byEnvironment.get(environment)
    if (!names) {
      names = unreadDefinitionNames(config, unread, environment, options)
      byEnvironment.set(environment, names)
    }
    const found = unreadDefinitionOf(names, kind, name)
    if (!found) return undefined
    const { also, unknown } = found.file
    const todo = also
      ? `keep one: rename or move it where a glob reads it, and delete the others; plan --prune does not delete the ${kind}`
      : `rename or move it where a glob reads it, or add a glob for it to definitions; plan --prune does not delete the ${kind}`
    const maybe = found.maybe
      ? `; ${found.maybe.file}, which no glob reads either, looks like a ${kind} definition but ${unknownName(found.maybe.unknown ?? 'does not load')}, so it may define it too`
      : ''
    return {
      file: found.file.file,
      line: found.file.line,
      reason: 'is read by no definitions glob',
      detail: unknown
        ? `it looks like a ${kind} definition but ${unknownName(unknown)}, so it may define this ${kind}; ${todo}`
        : `it defines this ${kind}${also ? `, as ${also.length === 1 ? 'does' : 'do'} ${also.join(', ')}` : ''}, so the ${kind} only looks removed; ${todo}${maybe}`
    }
  }
}

function fileProblem(file: string, detail: string, line?: number): FileProblem {
  const reason = /symbolic link to the folder/.test(detail)
    ? 'is a linked folder RoleGate does not read'
    : /folder RoleGate cannot list/.test(detail)
      ? 'is a folder RoleGate cannot read'
      : PARSE_PROBLEM.test(detail)
        ? 'does not parse'
        : 'does not match the RoleGate schema'
  return { file, ...(line ? { line } : {}), reason, detail }
}

/** Why the config did not load: its first error, as a file problem of the config itself. */
function configProblem(findings: readonly Finding[], configFile: string): FileProblem {
  const finding =
    findings.find(item => item.severity === 'error' && item.file === configFile) ??
    findings.find(item => item.severity === 'error')
  if (!finding)
    return { file: configFile, reason: 'does not match the RoleGate schema', detail: 'it does not load' }
  return fileProblem(configFile, finding.message, finding.file === configFile ? finding.line : undefined)
}

/**
 * A finding "is the same" across refs when rule, place and message match; lines move, so they do
 * not count, and neither do statement positions in the message ("statement 0" becomes "statement 1"
 * when a statement is inserted above it).
 */
function findingIdentity(finding: Finding): string {
  const message = finding.message.replace(/\bstatement \d+\b/g, 'statement #')
  return [
    finding.rule,
    finding.file,
    finding.environment,
    finding.kind,
    finding.role,
    finding.policy,
    message
  ].join('|')
}

/** The base state reduced to the roles and policies the change touches (all policies stay, for attachments). */
function onlyChanged(state: DesiredState, changes: ChangeSet): DesiredState {
  const environments: DesiredState['environments'] = {}
  for (const [name, environment] of Object.entries(state.environments)) {
    const change = changes.environments[name]
    const changedRoles = new Set(
      change?.roles.filter(role => role.change !== 'unchanged').map(role => role.before)
    )
    environments[name] = { ...environment, roles: environment.roles.filter(role => changedRoles.has(role)) }
  }
  return { ...state, environments }
}

/**
 * Whether the change leaves the role or managed policy of this logical name as it was. A role and a
 * managed policy may share a name: without a kind, every item of that name must be unchanged.
 */
function unchangedOwner(
  changes: ChangeSet
): (environment: string | undefined, name: string, kind?: Finding['kind']) => boolean {
  const unchanged = new Set<string>()
  const changed = new Set<string>()
  for (const environment of Object.values(changes.environments)) {
    const items = [
      ...environment.roles.map(item => ['role', item] as const),
      ...environment.managedPolicies.map(item => ['managed policy', item] as const)
    ]
    for (const [kind, item] of items) {
      const key = `${environment.environment}\u0000${kind}\u0000${item.name}`
      if (environment.change !== 'added' && item.change === 'unchanged') unchanged.add(key)
      else changed.add(key)
    }
  }
  return (environment, name, kind) => {
    const keys = (kind ? [kind] : ['role', 'managed policy']).map(
      each => `${environment}\u0000${each}\u0000${name}`
    )
    return keys.some(key => unchanged.has(key)) && !keys.some(key => changed.has(key))
  }
}

/**
 * The action's `changed` and `broadening` outputs. An environment whose change cannot be
 * evaluated (a file that does not load on one side) may broaden: it counts as changed and as
 * broadening, so a workflow that gates on them fails closed.
 */
export function changeSummary(changes: ChangeSet): { changed: boolean; broadening: boolean } {
  const verdicts = Object.values(changes.environments).map(environmentVerdict)
  return {
    changed: verdicts.some(verdict => verdict !== 'unchanged'),
    broadening: verdicts.some(verdict => verdict === 'broadens' || verdict === 'unknown')
  }
}
