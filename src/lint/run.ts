/**
 * The lint runner: runs every implemented rule over every environment, resolves severities from
 * `rules:` in rolegate.yml, applies suppressions, and reports suppressions that matched nothing.
 */
import type { Config } from '../definitions/schema.js'
import type { Finding, Severity } from '../model/findings.js'
import type { DesiredState, EnvironmentState, Suppression } from '../model/state.js'
import { RULES } from './catalog.js'
import { IMPLEMENTED_RULES } from './rules/index.js'
import type { RuleHit } from './types.js'
import { compareText } from '../util/compare-text.js'
import { runCheckpoint } from '../util/run-checkpoint.js'

export interface SuppressionUse {
  rule: string
  reason: string
  file: string
  line?: number
  role: string
  /** Findings it silenced, across environments. */
  count: number
}

export interface LintResult {
  findings: Finding[]
  suppressions: SuppressionUse[]
}

export function severityOf(rule: string, config: Config | undefined): Severity | 'off' {
  return configuredSeverity(rule, config) ?? RULES.get(rule)?.defaultSeverity ?? 'error'
}

function configuredSeverity(rule: string, config: Config | undefined): Severity | 'off' | undefined {
  return config?.rules && Object.hasOwn(config.rules, rule) ? config.rules[rule] : undefined
}

/**
 * Lints the rendered state. `earlier` findings (from loading and rendering) go through the same
 * severity and suppression handling.
 */
export function lint(
  state: DesiredState,
  config: Config,
  earlier: readonly Finding[] = [],
  /** Only these rules (a diff asking the base about rolegate.yml's own findings); all by default. */
  only?: ReadonlySet<string>
): LintResult {
  // Copies: severities and merged environments are set on what is reported, and loaded files'
  // findings are shared (a diff's base reuses the working tree's unchanged files).
  const raw: Finding[] = earlier.map(finding => ({ ...finding }))
  for (const environment of Object.values(state.environments)) {
    // One context per environment, shared by every rule: what rules derive from the environment
    // (its statements, for one) is kept per context, so it is built once per run.
    const context = { config, environment }
    for (const rule of IMPLEMENTED_RULES) {
      // A rule rolegate.yml turns off would have every finding dropped below: it is not run.
      if ((only && !only.has(rule.id)) || configuredSeverity(rule.id, config) === 'off') continue
      runCheckpoint()
      for (const hit of rule.check(context)) raw.push(toFinding(rule.id, hit, environment))
    }
  }
  return applySuppressions(raw, state, config)
}

function toFinding(rule: string, hit: RuleHit, environment: EnvironmentState): Finding {
  const finding: Finding = {
    rule,
    severity: RULES.get(rule)?.defaultSeverity ?? 'error',
    message: hit.message,
    environment: environment.environment
  }
  if (hit.location) {
    finding.file = hit.location.file
    finding.line = hit.location.line
    finding.column = hit.location.column
  }
  if (hit.role) {
    finding.role = hit.role
    const kind = hit.kind ?? kindOf(hit.role, environment)
    if (kind) finding.kind = kind
  }
  if (hit.policy) finding.policy = hit.policy
  if (hit.statement !== undefined) statementOf.set(finding, hit.statement)
  if (hit.missingAccess) finding.missingAccess = true
  return finding
}

/** What a logical name names in the environment, when only one role or managed policy has it. */
function kindOf(name: string, environment: EnvironmentState): Finding['kind'] {
  const role = environment.roles.some(item => item.logicalName === name)
  const policy = environment.managedPolicies.some(item => item.logicalName === name)
  return role === policy ? undefined : role ? 'role' : 'managed policy'
}

interface Owner {
  name: string
  kind: NonNullable<Finding['kind']>
  file: string
  suppressions: Suppression[]
}

/**
 * The definition whose `suppress:` applies to a finding: by kind and name, or, when the finding
 * does not say which kind and a role and a managed policy share the name, the one in the
 * finding's file. Still two: none, so neither silences the other's findings.
 */
function ownerOf(finding: Finding, owners: ReadonlyMap<string, Owner>): Owner | undefined {
  if (!finding.role) return undefined
  if (finding.kind) return owners.get(`${finding.kind}|${finding.role}`)
  const candidates = [
    owners.get(`role|${finding.role}`),
    owners.get(`managed policy|${finding.role}`)
  ].filter(owner => owner !== undefined)
  if (candidates.length <= 1) return candidates[0]
  const inFile = candidates.filter(owner => owner.file === finding.file)
  return inFile.length === 1 ? inFile[0] : undefined
}

/** Statement ids ride beside findings: they matter for suppression only, not in reports. */
const statementOf = new WeakMap<Finding, string>()

function applySuppressions(raw: Finding[], state: DesiredState, config: Config): LintResult {
  // A role and a managed policy may share a logical name: each keeps its own `suppress:`.
  const owners = new Map<string, Owner>()
  for (const environment of Object.values(state.environments)) {
    for (const [kind, items] of [
      ['role', environment.roles],
      ['managed policy', environment.managedPolicies]
    ] as const) {
      for (const item of items)
        if (item.logicalName && item.source)
          owners.set(`${kind}|${item.logicalName}`, {
            name: item.logicalName,
            kind,
            file: item.source.file,
            suppressions: item.source.suppressions
          })
    }
  }
  const uses = new Map<Suppression, number>()
  const findings: Finding[] = []
  const seen = new Map<string, Finding>()
  const normalizers = new Map<string, (message: string) => string>()
  for (const environment of Object.values(state.environments))
    normalizers.set(environment.environment, environmentNormalizer(environment))
  for (const finding of raw) {
    // The producer's severity unless rolegate.yml sets the rule's: a loader warning under `schema`
    // (a file with no definitions) stays a warning.
    const severity = configuredSeverity(finding.rule, config) ?? finding.severity
    if (severity === 'off') continue
    finding.severity = severity
    // One YAML line rendered into three environments is one problem, reported once, with every
    // environment it applies to; a message that differs only by the environment's account or
    // name is the same message.
    // Exact first: a message that merely contains the environment's name ("glue-dev-endpoint")
    // is not changed for it.
    const exact = `${finding.rule}|${finding.file}|${finding.line}|${finding.column}|${finding.message}`
    const normalize = (finding.environment && normalizers.get(finding.environment)) || ((m: string) => m)
    const normalized = normalize(finding.message)
    const key = `${finding.rule}|${finding.file}|${finding.line}|${finding.column}|${normalized}`
    const first = seen.get(exact) ?? seen.get(`\u0000${key}`)
    if (first) {
      if (finding.environment) {
        const environments = first.environments ?? (first.environment ? [first.environment] : [])
        if (!environments.includes(finding.environment)) environments.push(finding.environment)
        first.environments = environments
      }
      if (first.message !== finding.message) first.message = normalized
      continue
    }
    seen.set(exact, finding)
    seen.set(`\u0000${key}`, finding)
    const owner = ownerOf(finding, owners)
    const statement = statementOf.get(finding)
    const suppression = owner?.suppressions.find(
      entry => entry.rule === finding.rule && (entry.statement === undefined || entry.statement === statement)
    )
    if (suppression) {
      finding.suppressed = { reason: suppression.reason }
      uses.set(suppression, (uses.get(suppression) ?? 0) + 1)
    }
    findings.push(finding)
  }
  const suppressions: SuppressionUse[] = []
  for (const owner of owners.values()) {
    const logicalName = owner.name
    for (const suppression of owner.suppressions) {
      const count = uses.get(suppression) ?? 0
      suppressions.push({
        rule: suppression.rule,
        reason: suppression.reason,
        file: owner.file,
        line: suppression.location?.line,
        role: logicalName,
        count
      })
      if (
        count === 0 &&
        ranRules.has(suppression.rule) &&
        severityOf('unused-suppression', config) !== 'off' &&
        severityOf(suppression.rule, config) !== 'off'
      ) {
        findings.push({
          rule: 'unused-suppression',
          severity: severityOf('unused-suppression', config) as Severity,
          message: `suppression of ${suppression.rule} silences nothing in ${logicalName}; remove it`,
          file: suppression.location?.file ?? owner.file,
          line: suppression.location?.line,
          column: suppression.location?.column,
          role: logicalName
        })
      }
    }
  }
  return { findings: capFindings(sortFindings(findings)), suppressions }
}

/**
 * An environment's account id in a message as `<account>`: the same problem written once reads the
 * same in every environment. Environment names stay: a message that names its environment
 * ("unknown variable in environment dev") is about that environment.
 */
function environmentNormalizer(environment: EnvironmentState): (message: string) => string {
  const account = /^\d{12}$/.test(environment.account) ? environment.account : undefined
  return message => (account ? message.split(account).join('<account>') : message)
}

/** Findings of one rule in one file beyond this many are summed up in one "and N more" finding. */
export const MAX_FINDINGS_PER_RULE_AND_FILE = 50

/**
 * Caps findings per rule and file (a file with 100,000 unknown variables is one problem to fix, not
 * 100,000 lines of report): the first ones stay, the rest become one finding that counts them.
 */
export function capFindings(findings: Finding[], max = MAX_FINDINGS_PER_RULE_AND_FILE): Finding[] {
  const counts = new Map<string, number>()
  const summaries = new Map<string, Finding>()
  const kept: Finding[] = []
  for (const finding of findings) {
    if (finding.suppressed) {
      kept.push(finding)
      continue
    }
    const key = `${finding.rule}|${finding.file ?? ''}`
    const count = (counts.get(key) ?? 0) + 1
    counts.set(key, count)
    if (count <= max) {
      kept.push(finding)
      continue
    }
    const summary = summaries.get(key)
    if (summary) continue
    const created: Finding = {
      rule: finding.rule,
      severity: finding.severity,
      message: '',
      ...(finding.file ? { file: finding.file, line: finding.line, column: finding.column } : {})
    }
    summaries.set(key, created)
    kept.push(created)
  }
  for (const [key, summary] of summaries) {
    const more = (counts.get(key) ?? 0) - max
    summary.message = `and ${more} more ${summary.rule} finding(s) in ${summary.file ?? 'the project'}, not listed one by one; fix the ones above first`
  }
  return kept
}

/** Rules that ran: a suppression of a rule that did not run cannot be called unused. */
const ranRules = new Set([
  'schema',
  'unknown-variable',
  'duplicate-name',
  'unknown-reference',
  'naming-convention',
  ...IMPLEMENTED_RULES.map(rule => rule.id)
])

const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      compareText(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareText(a.rule, b.rule)
  )
}
