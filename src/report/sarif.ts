/**
 * The report as SARIF 2.1.0, for GitHub code scanning (github/codeql-action/upload-sarif) and
 * other SARIF viewers. One run; the driver lists every catalog rule with its help from
 * src/lint/rule-docs.ts; each finding is a result on the YAML line that produced it.
 *
 * Notes on the choices, since SARIF consumers are picky:
 * - helpUri and informationUri must be absolute URIs (the schema's `format: uri`). They come from
 *   report/docs-links.ts: the action's own repository and ref, or the docs in the CLI's package;
 *   with neither, helpUri is left out (the help text is in the log).
 * - Artifact URIs are relative to `%SRCROOT%`, the repository root, and percent-encoded.
 * - A finding without a file (rare: a project-level problem) is placed on line 1 of rolegate.yml,
 *   because GitHub shows a result only when it has a location.
 * - partialFingerprints do not contain the line, so an alert survives lines moving above it.
 * - Suppressed findings are results with `suppressions: [{ kind: 'inSource', justification }]`.
 */
import { createHash } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { RULES, ruleKind, SECURITY_SEVERITY } from '../lint/catalog.js'
import { familyTitle, ruleDoc, ruleHelpMarkdown, ruleHelpText } from '../lint/rule-docs.js'
import type { RuleInfo } from '../lint/types.js'
import type { Finding, Severity } from '../model/findings.js'
import { PACKAGE_URL, packageDocsLinks, ruleDocUrl, type DocsLinks } from './docs-links.js'
import type { Report } from './report.js'

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
/** The partialFingerprints key: RoleGate's own fingerprint, versioned in case its inputs change. */
export const FINGERPRINT_KEY = 'rolegateFinding/v1'
const SRCROOT = '%SRCROOT%'

export type SarifLevel = 'error' | 'warning' | 'note' | 'none'

export interface SarifMessage {
  text: string
  markdown?: string
}

export interface SarifArtifactLocation {
  uri?: string
  uriBaseId?: string
  description?: SarifMessage
}

export interface SarifRegion {
  startLine: number
  startColumn?: number
  endLine?: number
  endColumn?: number
}

export interface SarifLocation {
  physicalLocation: { artifactLocation: SarifArtifactLocation; region?: SarifRegion }
}

export interface SarifReportingDescriptor {
  id: string
  name: string
  shortDescription: SarifMessage
  fullDescription: SarifMessage
  help: SarifMessage
  helpUri?: string
  defaultConfiguration: { level: SarifLevel }
  properties: { tags: string[]; 'security-severity'?: string; family: string; precision?: string }
}

export interface SarifSuppression {
  kind: 'inSource' | 'external'
  justification?: string
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: SarifMessage
  locations: SarifLocation[]
  partialFingerprints: Record<string, string>
  properties?: {
    environment?: string
    environments?: string[]
    role?: string
    policy?: string
    introduced?: boolean
  }
  suppressions?: SarifSuppression[]
}

export interface SarifInvocation {
  executionSuccessful: boolean
  /** Why the run did not complete, when it did not (SARIF 2.1.0 §3.20.21). */
  toolExecutionNotifications?: { level: 'error'; message: { text: string } }[]
  properties: Record<string, unknown>
}

export interface SarifRun {
  tool: {
    driver: {
      name: string
      informationUri: string
      version: string
      semanticVersion?: string
      rules: SarifReportingDescriptor[]
    }
  }
  invocations: SarifInvocation[]
  originalUriBaseIds: Record<string, SarifArtifactLocation>
  columnKind: 'utf16CodeUnits'
  results: SarifResult[]
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: [SarifRun]
}

export interface SarifOptions {
  /**
   * Absolute path of the repository root (the workspace), recorded as `%SRCROOT%` in
   * originalUriBaseIds. Left out, `%SRCROOT%` only has a description: viewers resolve it themselves.
   */
  srcRoot?: string
  /**
   * Where RoleGate's docs are, for helpUri and informationUri: the action passes
   * `actionDocsLinks()`. Left out, the docs shipped in the package (the CLI); `undefined`, no links.
   */
  docs?: DocsLinks
  /** False when the analysis did not complete: rolegate.yml did not load (the run exits 2). */
  executionSuccessful?: boolean
}

export const SARIF_LEVEL: Record<Severity, SarifLevel> = {
  error: 'error',
  warning: 'warning',
  notice: 'note'
}

/** `service-wildcard` → `ServiceWildcard`: SARIF's `name` is a readable identifier. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(part => part[0].toUpperCase() + part.slice(1))
    .join('')
}

function descriptor(rule: RuleInfo, docs: DocsLinks | undefined): SarifReportingDescriptor {
  const doc = ruleDoc(rule.id)
  const url = ruleDocUrl(rule.id, docs)
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: doc?.what ?? rule.summary },
    help: { text: ruleHelpText(rule, url), markdown: ruleHelpMarkdown(rule, url) },
    ...(url !== undefined ? { helpUri: url } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
    // Code scanning ranks alerts tagged `security` by `security-severity` (critical ≥ 9.0, high
    // ≥ 7.0, medium ≥ 4.0): only real security rules carry both; a schema error is a correctness
    // problem, a quota a maintainability one.
    properties: {
      tags: [ruleKind(rule), rule.family],
      ...(SECURITY_SEVERITY.has(rule.id)
        ? { 'security-severity': SECURITY_SEVERITY.get(rule.id)!.toFixed(1) }
        : {}),
      family: familyTitle(rule.family)
    }
  }
}

/** A repository-relative path as a relative URI reference: forward slashes, each segment percent-encoded. */
export function artifactUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map(segment => encodeURIComponent(segment))
    .join('/')
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined
}

function region(finding: Finding): SarifRegion {
  const startLine = positive(finding.line) ?? 1
  const result: SarifRegion = { startLine }
  const startColumn = positive(finding.line) ? positive(finding.column) : undefined
  if (startColumn !== undefined) result.startColumn = startColumn
  const endLine = positive(finding.endLine)
  if (endLine !== undefined && endLine >= startLine) {
    result.endLine = endLine
    const endColumn = positive(finding.endColumn)
    if (
      endColumn !== undefined &&
      (endLine > startLine || startColumn === undefined || endColumn >= startColumn)
    ) {
      result.endColumn = endColumn
    }
  }
  return result
}

function location(finding: Finding, configFile: string): SarifLocation {
  if (finding.file) {
    return {
      physicalLocation: {
        artifactLocation: { uri: artifactUri(finding.file), uriBaseId: SRCROOT },
        region: region(finding)
      }
    }
  }
  // A project-level finding: GitHub needs a location to show a result, and rolegate.yml is where
  // the project starts.
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(configFile), uriBaseId: SRCROOT },
      region: { startLine: 1 }
    }
  }
}

/**
 * Stable identity of a finding across runs: rule, file, role, environment and message, not the
 * line, so inserting lines above a finding does not turn it into a new alert. Identical findings
 * (same key) are told apart by their order.
 */
function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>()
  return findings.map(finding => {
    const key = [
      finding.rule,
      finding.file ?? '',
      finding.role ?? '',
      finding.environment ?? '',
      finding.message
    ].join('\u0000')
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    const hash = createHash('sha256')
      .update(occurrence === 1 ? key : `${key}\u0000${occurrence}`)
      .digest('hex')
    return hash.slice(0, 32)
  })
}

/** One result per location: a finding in several environments names them all. */
function withEnvironments(finding: Finding): string {
  const environments = finding.environments ?? []
  return environments.length > 1 ? `${finding.message} [${environments.join(', ')}]` : finding.message
}

function fallbackRule(id: string): RuleInfo {
  return { id, defaultSeverity: 'error', family: 'definitions', summary: `RoleGate rule ${id}.` }
}

/** The report as a SARIF 2.1.0 log (an object: serialize it with JSON.stringify). */
export function renderSarif(report: Report, toolVersion: string, options: SarifOptions = {}): SarifLog {
  const rules: RuleInfo[] = [...RULES.values()]
  // A finding of a rule the catalog lacks (should not happen) still gets a descriptor, at the end.
  for (const finding of report.findings) {
    if (!rules.some(rule => rule.id === finding.rule)) rules.push(fallbackRule(finding.rule))
  }
  const index = new Map(rules.map((rule, position) => [rule.id, position]))
  const prints = fingerprints(report.findings)
  const results = report.findings.map((finding, position): SarifResult => {
    const result: SarifResult = {
      ruleId: finding.rule,
      ruleIndex: index.get(finding.rule)!,
      level: SARIF_LEVEL[finding.severity],
      message: { text: withEnvironments(finding) },
      locations: [location(finding, report.config)],
      partialFingerprints: { [FINGERPRINT_KEY]: prints[position] }
    }
    const properties: NonNullable<SarifResult['properties']> = {}
    if (finding.environment !== undefined) properties.environment = finding.environment
    if (finding.environments !== undefined) properties.environments = finding.environments
    if (finding.role !== undefined) properties.role = finding.role
    if (finding.policy !== undefined) properties.policy = finding.policy
    if (finding.introduced !== undefined) properties.introduced = finding.introduced
    if (Object.keys(properties).length > 0) result.properties = properties
    if (finding.suppressed)
      result.suppressions = [{ kind: 'inSource', justification: finding.suppressed.reason }]
    return result
  })
  const docs = 'docs' in options ? options.docs : packageDocsLinks()
  // The action reports paths from the repository root; the CLI from the folder of rolegate.yml.
  const srcRoot: SarifArtifactLocation = {
    description: {
      text: 'The folder the paths of this run are relative to: the repository root (the action) or the folder of rolegate.yml (the CLI).'
    }
  }
  if (options.srcRoot) {
    const href = pathToFileURL(options.srcRoot).href
    srcRoot.uri = href.endsWith('/') ? href : `${href}/`
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'RoleGate',
            informationUri: docs?.home ?? PACKAGE_URL,
            version: toolVersion,
            ...(/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(toolVersion) ? { semanticVersion: toolVersion } : {}),
            rules: rules.map(rule => descriptor(rule, docs))
          }
        },
        invocations: [
          {
            executionSuccessful: options.executionSuccessful ?? true,
            ...(options.executionSuccessful === false
              ? {
                  toolExecutionNotifications: [
                    { level: 'error' as const, message: { text: notCompleted(report) } }
                  ]
                }
              : {}),
            properties: {
              command: report.command,
              config: report.config,
              environments: report.environmentNames,
              summary: report.summary,
              ...(report.baseRef !== undefined ? { baseRef: report.baseRef } : {})
            }
          }
        ],
        originalUriBaseIds: { [SRCROOT]: srcRoot },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
}

/** Why a run did not complete: the first error of rolegate.yml, which did not load. */
function notCompleted(report: Report): string {
  const error = report.findings.find(
    finding => finding.severity === 'error' && finding.file === report.config
  )
  return `${report.config} did not load, so the definitions were not checked${error ? `: ${error.message}` : ''}`
}
