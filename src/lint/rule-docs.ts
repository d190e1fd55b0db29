/**
 * Help for every rule of the catalog: what it checks, why it matters, how to fix it, a bad and a
 * good example. The text is written in docs/rules/<id>.md, <id>.bad.yml and <id>.good.yml (format:
 * docs/rules/README.md); scripts/generate-rule-docs.ts reads them into data/rule-docs.json, which
 * this module imports, so the bundles carry the text without reading docs/ at run time. The parts
 * computed from code (the privilege-escalation reference, from ESCALATION_PATHS) are added here.
 * docs/rules.md is generated from the same docs and the catalog, and the SARIF report carries the
 * same text as each rule's help, so the three never disagree.
 *
 * Examples are RoleGate definitions (policy documents in IAM's JSON grammar, written as YAML) for
 * a rolegate.yml with project `llm-models` and environments dev, staging and prod (prod
 * `protected: true`). __tests__/lint/rule-docs.test.ts lints them: a bad example must raise its
 * rule and a good one must not, unless the example is marked `illustrative`.
 */
import { ESCALATION_CONDITION_KEYS } from '../policy/escalation-conditions.js'
import { ESCALATION_PATHS, SHELL_DOCUMENTS } from '../policy/escalation.js'
import { cell as markdownCell, code, inlineCode, link } from '../report/markdown.js'
import { RULES } from './catalog.js'
import sources from './data/rule-docs.json' with { type: 'json' }
import type { RuleInfo } from './types.js'

export interface RuleDoc {
  /** What the rule checks, more precisely than the catalog's one-line summary. */
  what: string
  /** Why it matters: 1–3 sentences. */
  why: string
  /** How to fix it. */
  fix: string
  /** A definition (YAML) that raises the rule. */
  bad: string
  /** The same definition, fixed. */
  good: string
  /** rolegate.yml keys the rule reads or needs, shown with the examples (YAML). */
  config?: string
  /** The examples show the shape only (a quota example would be pages long): not linted. */
  illustrative?: boolean
  /** False when findings of the rule belong to no definition, so `suppress` cannot reach them. */
  suppressible?: false
  /** Anything special about suppressing or configuring this rule. */
  note?: string
  /** Reference tables (markdown) for docs/rules.md only, under "Reference": too long for SARIF help. */
  reference?: string
}

/** Families whose findings name a statement, so a suppression can be limited to one. */
const STATEMENT_FAMILIES = new Set<RuleInfo['family']>(['grammar', 'least-privilege', 'trust'])

/** docs/rules.md reference for privilege-escalation: every path with its sources, then the condition keys. */
function escalationReference(): string {
  const paths = ESCALATION_PATHS.map(path => {
    const sources = path.sources
      .map(source =>
        link(markdownCell(source.ref ? `${source.name} ${source.ref}` : source.name), source.url)
      )
      .join(', ')
    const passed = path.passedTo ? ` (role passed to ${path.passedTo.map(code).join(', ')})` : ''
    return `| ${code(path.id)} | ${path.actions.map(code).join(' + ')} | ${markdownCell(path.description)}${passed} | ${sources} |`
  })
  const keys = (mitigates: boolean) =>
    ESCALATION_CONDITION_KEYS.filter(key => key.mitigates === mitigates).map(
      key => `| ${code(key.key)} | ${markdownCell(key.why)} | ${link('AWS', key.source)} |`
    )
  return [
    `**Paths** (${ESCALATION_PATHS.length}). Each is reported when every one of its actions is allowed on every resource (or, for ${inlineCode('iam:CreatePolicyVersion')}, ${inlineCode('iam:SetDefaultPolicyVersion')}, ${inlineCode('iam:PutRolePolicy')} and ${inlineCode('iam:AttachRolePolicy')}, on the role itself or a policy attached to it). Every method of Cloudsplaining’s ${inlineCode('PRIVILEGE_ESCALATION_METHODS')} is covered; a method whose actions include a shorter path’s is listed as a source of that path, which already catches it. pathfinding.cloud’s data is Apache-2.0 (Datadog); facts only were taken from each source.`,
    '',
    '| Path | Actions | What it lets the holder do | Sources |',
    '| --- | --- | --- | --- |',
    ...paths,
    '',
    `**Run Command and Session Manager.** ${inlineCode('ssm:SendCommand')} is authorized against the instance and the document at once, possibly by different statements: the path is open when some statement allows every instance and some statement allows a document that runs what the caller asks (${SHELL_DOCUMENTS.map(inlineCode).join(', ')}, or a wildcard that reaches documents customers create). A policy that allows only fixed AWS documents (${inlineCode('AWSEC2-CreateVssSnapshot')}, ${inlineCode('AmazonCloudWatch-ManageAgent')}, ${inlineCode('AWS-ConfigureAWSPackage')}) opens no path. ${inlineCode('ssm:StartSession')} without a document starts the shell document ${inlineCode('SSM-SessionManagerRunShell')} and checks only the target, so every instance is enough.`,
    '',
    '**Conditions.** A condition opens or closes a path key by key. A key that limits which resource is reached keeps the statement from opening a path when it is compared positively (StringEquals/StringLike/ArnEquals/ArnLike on values other than a bare `*`; negated, `…IfExists`, `Null` and `ForAllValues:` forms are true for the resources that matter, so they do not mitigate) on values that limit: `iam:PolicyARN` and `iam:PermissionsBoundary` only when they name policies that are neither administrator-level (the AWS managed policies `admin-managed-policy` reports, or a `kind: ManagedPolicy` of the repository that allows every action on every resource) nor open a path themselves, with no wildcard that matches one (AWS managed policies are judged from the bundled data, the repository’s as each environment renders them; a policy RoleGate has no document for, such as a customer policy the repository does not define, is taken as limiting, as an unknown attached policy or boundary is ignored); the ARN keys only when they name less than every resource of their type:',
    '',
    '| Mitigating key | Why | Source |',
    '| --- | --- | --- |',
    ...keys(true),
    '',
    'A key that only describes the request or the caller leaves the path open, and the finding names it:',
    '',
    '| Key that does not mitigate | Why | Source |',
    '| --- | --- | --- |',
    ...keys(false),
    '',
    'A key in neither table (a service-specific key such as `lambda:FunctionArn`, a misspelt key, `aws:SourceArn`) does not close a path, and the finding names it; only a comparison that is false without the key, on a key the action’s requests never carry, keeps that action closed. A conditional `Deny` is not relied on to close a path, and an unconditional one closes it only where it covers every resource the action acts on (every region and account).'
  ].join('\n')
}

/** Reference tables computed from code, shown after any reference written in docs/rules/<id>.md. */
const COMPUTED_REFERENCES: Readonly<Record<string, () => string>> = {
  'privilege-escalation': escalationReference
}

/**
 * The docs as read from docs/rules/ (data/rule-docs.json, or scripts/generate-rule-docs.ts before
 * it writes that file), with the parts computed from code added.
 */
export function ruleDocsWithComputedParts(
  written: Readonly<Record<string, RuleDoc>>
): Readonly<Record<string, RuleDoc>> {
  const docs: Record<string, RuleDoc> = {}
  for (const [id, doc] of Object.entries(written)) {
    const computed = Object.hasOwn(COMPUTED_REFERENCES, id) ? COMPUTED_REFERENCES[id]() : undefined
    const reference = [doc.reference, computed].filter(part => part !== undefined).join('\n\n')
    docs[id] = reference === '' ? doc : { ...doc, reference }
  }
  return docs
}

export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = ruleDocsWithComputedParts(
  sources as Record<string, RuleDoc>
)

/** The docs of a catalog rule, or undefined for an id the catalog does not know. */
export function ruleDoc(id: string): RuleDoc | undefined {
  return Object.hasOwn(RULE_DOCS, id) ? RULE_DOCS[id] : undefined
}

const FAMILY_TITLES: Record<RuleInfo['family'], string> = {
  definitions: 'Definitions',
  grammar: 'Policy grammar',
  'least-privilege': 'Least privilege',
  trust: 'Trust policies',
  quotas: 'IAM quotas',
  suppressions: 'Suppressions'
}

export function familyTitle(family: RuleInfo['family']): string {
  return FAMILY_TITLES[family]
}

/**
 * Plain-text help: why it matters and how to fix it (SARIF `help.text`), then `See <url>` when
 * the caller knows where the docs are (src/report/docs-links.ts).
 */
export function ruleHelpText(rule: RuleInfo, url?: string): string {
  const doc = ruleDoc(rule.id)
  const see = url ? `\n\nSee ${url}` : ''
  if (!doc) return `${rule.summary}${see}`
  return `${doc.why}\n\nHow to fix: ${doc.fix}${see}`
}

/** Markdown help: why, how to fix, the examples and a link when known (SARIF `help.markdown`). */
export function ruleHelpMarkdown(rule: RuleInfo, url?: string): string {
  const doc = ruleDoc(rule.id)
  if (!doc) return url ? `${rule.summary}\n\n[Documentation](${url})` : rule.summary
  return [
    `**${rule.summary}**`,
    '',
    `**Why it matters.** ${doc.why}`,
    '',
    `**How to fix.** ${doc.fix}`,
    '',
    ...examples(doc),
    ...(url ? [`[Documentation of ${rule.id}](${url})`] : [])
  ]
    .join('\n')
    .replace(/\n+$/, '')
}

function fence(text: string): string {
  // A fence longer than any backtick run inside, so examples cannot close it.
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}yaml\n${text}\n${ticks}`
}

function examples(doc: RuleDoc): string[] {
  const lines: string[] = []
  if (doc.config) lines.push('In `rolegate.yml`:', '', fence(doc.config), '')
  const shape = doc.illustrative ? ' (shape only)' : ''
  lines.push(`Bad${shape}:`, '', fence(doc.bad), '', `Good${shape}:`, '', fence(doc.good), '')
  return lines
}

/** Markdown-safe table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/**
 * docs/rules.md: an index of every rule, then one section per rule with a `## rule-id` heading so
 * `docs/rules.md#rule-id` anchors (SARIF helpUri) work. Deterministic: catalog order, no dates.
 */
export function renderRulesMarkdown(
  rules: ReadonlyMap<string, RuleInfo> = RULES,
  docs: Readonly<Record<string, RuleDoc>> = RULE_DOCS
): string {
  const all = [...rules.values()]
  const out: string[] = [
    '<!-- Generated by scripts/generate-rule-docs.ts from src/lint/catalog.ts, docs/rules/ (the prose and examples of each rule) and src/lint/rule-docs.ts. Do not edit: run `npx tsx scripts/generate-rule-docs.ts`. -->',
    '',
    '# Rules',
    '',
    'Every finding RoleGate reports comes from one of these rules. Each has a default severity:',
    '`error` fails the check (with `fail-on: error`, the default), `warning` fails it with',
    '`fail-on: warning`, `notice` never does.',
    '',
    '- **Change a severity** in `rolegate.yml`: `rules: { service-wildcard: error }`; `off` turns a rule off: a lint rule turned off is not run at all; the checks made while loading and rendering (`schema`, `unknown-variable`, `duplicate-name`, `unknown-reference`, `naming-convention`) still run, and their findings are dropped.',
    '- **Suppress a finding** in the definition it is about, with a mandatory reason:',
    '  `suppress: [{ rule: service-wildcard, reason: "...", statement: Sid }]`. `statement` (a Sid, or a',
    '  0-based index) limits it to one statement. Every suppression is listed in the report, and one that',
    '  silences nothing is reported as [`unused-suppression`](#unused-suppression).',
    '- A rule id in `rules:` or `suppress:` that is not listed below is a [`schema`](#schema) error at',
    '  its line, with the nearest id: a misspelt id would otherwise change or silence nothing.',
    '',
    'The examples assume a `rolegate.yml` with `project: llm-models` and environments `dev`, `staging` and',
    '`prod` (`prod` has `protected: true`). Policy documents use IAM’s JSON grammar, written as YAML; see',
    '[the definition format](definitions.md).',
    '',
    '## Index',
    '',
    '| Rule | Family | Default severity | Summary |',
    '| --- | --- | --- | --- |',
    ...all.map(
      rule =>
        `| [\`${rule.id}\`](#${rule.id}) | ${familyTitle(rule.family)} | ${rule.defaultSeverity} | ${cell(rule.summary)} |`
    ),
    ''
  ]
  for (const rule of all) {
    const doc = Object.hasOwn(docs, rule.id) ? docs[rule.id] : undefined
    out.push(`## ${rule.id}`, '')
    out.push(`${familyTitle(rule.family)} · default severity **${rule.defaultSeverity}**`, '')
    out.push(`**${rule.summary}**`, '')
    if (!doc) {
      out.push('_Not documented yet._', '')
      continue
    }
    out.push(doc.what, '')
    out.push('### Why it matters', '', doc.why, '')
    out.push('### How to fix', '', doc.fix, '')
    if (doc.reference) out.push('### Reference', '', doc.reference, '')
    out.push('### Examples', '', ...examples(doc))
    out.push('### Severity and suppression', '')
    out.push(
      'Change the severity in `rolegate.yml` (`error`, `warning`, `notice`, or `off`):',
      '',
      fence(`rules:\n  ${rule.id}: ${rule.defaultSeverity === 'warning' ? 'error' : 'warning'}`),
      ''
    )
    if (doc.suppressible !== false) {
      const statement = STATEMENT_FAMILIES.has(rule.family)
        ? '\n    statement: ReadResults   # optional: only this statement (Sid or 0-based index)'
        : ''
      out.push(
        'Suppress a finding in the definition it is about; the reason is mandatory and shown in every report:',
        '',
        fence(`suppress:\n  - rule: ${rule.id}\n    reason: why this is acceptable here${statement}`),
        ''
      )
    }
    if (doc.note) out.push(doc.note, '')
  }
  return out.join('\n').replace(/\n+$/, '\n')
}
