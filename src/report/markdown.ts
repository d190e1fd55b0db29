/**
 * The one home of markdown escaping: every string that reaches a comment or a job summary goes
 * through `text`, `cell`, `code`, `fence` or `link`. Names, messages, ARNs and actions are user
 * input; `s3:*`, `Resource "*"` and `a_b_c` must survive rendering exactly as written.
 */
import type { Finding } from '../model/findings.js'
import { ruleDocUrl, type DocsLinks } from './docs-links.js'
import { findingsExitCode, type FailOn, type Report } from './report.js'
import { visibleControls } from './text.js'

/**
 * Characters that can open inline markup anywhere in a line: emphasis, code, links, HTML, tables,
 * strikethrough, entities, math (`$`). `:` `-` `.` `(` stay as they are, so ARNs and messages read
 * plainly in logs too (GitHub's emoji and issue-reference filters run after markdown, so escaping
 * `:` or `#` would not stop them anyway).
 */
const INLINE = /[\\`*_[\]<>|~&$]/g

/**
 * GitHub's mention filter also runs on the rendered text, so `\@team` still pings the team: a
 * zero-width space after `@` keeps a Sid or tag value in a report from notifying anyone.
 */
function noMentions(value: string): string {
  return value.replace(/@/g, '@\u200b')
}

/** What can turn the start of a line into a block: a heading, list, quote, rule, setext underline. */
const LINE_START = /^(\s*)([#>+=-]|\d+(?=[.)]))/

/**
 * Newlines and other line breaks become spaces: one value never spans lines. Other control
 * characters are shown (`\u202e`): a bidirectional override would reorder what a reviewer reads.
 */
function oneLine(value: string): string {
  return visibleControls(value.replace(/[\r\n\u2028\u2029]+/g, ' '))
}

/** Plain text in a paragraph or list item: markup characters backslash-escaped. */
export function text(value: string): string {
  return noMentions(oneLine(value))
    .replace(INLINE, character => `\\${character}`)
    .replace(LINE_START, (_, blank: string, start: string) =>
      /^\d/.test(start) ? `${blank}${start}\\` : `${blank}\\${start}`
    )
}

/** Text in a table cell: as `text` (which escapes `|` too). */
export function cell(value: string): string {
  return text(value)
}

/**
 * A code span: shown verbatim. The fence is one backtick longer than the longest run inside; a
 * `|` is escaped because GFM splits table cells before it parses code spans (in and out of tables
 * `\|` renders as `|` in a code span only inside a table, so `code` is for cells and `inlineCode`
 * for prose).
 */
export function code(value: string): string {
  return span(oneLine(value).replace(/\|/g, '\\|'))
}

/** A code span outside a table. */
export function inlineCode(value: string): string {
  return span(oneLine(value))
}

function span(value: string): string {
  if (value === '') return ''
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map(run => run.length))
  const ticks = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') || /^ .* $/.test(value) ? ' ' : ''
  return `${ticks}${pad}${value}${pad}${ticks}`
}

/** A fenced code block: the fence is longer than any backtick run in the content. */
export function fence(content: string, language = ''): string {
  const longest = Math.max(2, ...(content.match(/`{3,}/g) ?? []).map(run => run.length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}${language}\n${content.replace(/\n$/, '')}\n${ticks}`
}

/** A link; the label is markdown (escaped by the caller), the URL one RoleGate built. */
export function link(label: string, url: string | undefined): string {
  if (!url) return label
  return `[${label}](${url.replace(/[\s()<>]/g, character => encodeURIComponent(character))})`
}

/**
 * Text inside an HTML block (`<details><summary>…` on one line): markdown is not parsed there, so
 * markup characters become entities and nothing is backslash-escaped.
 */
export function html(value: string): string {
  return noMentions(oneLine(value))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Where a finding or a role lives, as links when the run knows the repository and commit. */
export interface Links {
  /** `https://github.com` */
  server: string
  /** `owner/repo` */
  repository: string
  /** The commit the report describes (the PR head). */
  sha: string
  /** The workflow run, for the footer and the job summary pointer. */
  runUrl?: string
  /** RoleGate's own docs (the action's repository and ref): rule ids link to their section. */
  docs?: DocsLinks
}

/** A rule id as code, linked to its section of docs/rules.md when the run knows where that is. */
export function ruleLabel(rule: string, links?: Links): string {
  return link(code(rule), ruleDocUrl(rule, links?.docs))
}

/** `path:line` as a link to the line at the head commit, or as a code span without links. */
export function location(file: string, line: number | undefined, links?: Links): string {
  const label = `${file}${line ? `:${line}` : ''}`
  if (!links) return code(label)
  const url = `${links.server}/${links.repository}/blob/${links.sha}/${file
    .split('/')
    .map(encodeURIComponent)
    .join('/')}${line ? `#L${line}` : ''}`
  return `[${code(label)}](${url})`
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

/** The environments a finding applies to, in the order given. */
export function findingEnvironments(finding: Finding): string[] {
  return finding.environments ?? (finding.environment ? [finding.environment] : [])
}

export function findingsTable(findings: readonly Finding[], links?: Links): string {
  if (findings.length === 0) return '_No findings._\n'
  const rows = findings.map(finding => findingRow(finding, links))
  return (
    ['| Severity | Rule | Location | Environments | Message |', '|---|---|---|---|---|', ...rows].join('\n') +
    '\n'
  )
}

export function findingRow(finding: Finding, links?: Links): string {
  const where = finding.file ? location(finding.file, finding.line ?? 1, links) : ''
  const suppressed = finding.suppressed ? ` _(suppressed: ${cell(finding.suppressed.reason)})_` : ''
  const environments = findingEnvironments(finding)
  return `| ${ICON[finding.severity]} ${finding.severity} | ${ruleLabel(finding.rule, links)} | ${where} | ${environments.length ? cell(environments.join(', ')) : 'all'} | ${cell(finding.message)}${suppressed} |`
}

/**
 * The findings report. With `failOn` (what decides the exit code) the headline's icon follows it:
 * errors that do not fail (fail-on: never) are not a red cross, warnings that do (fail-on: warning) are.
 */
export function renderMarkdown(report: Report, extra?: string, links?: Links, failOn?: FailOn): string {
  const { error, warning, notice, suppressed } = report.summary
  const fails = failOn === undefined ? error > 0 : findingsExitCode(report.summary, failOn) !== 0
  // The verdict, then the counts (the counts once: "❌ 1 error(s) — 1 error(s), …" said them twice).
  const headline = fails
    ? error === 0
      ? '❌ Fails (fail-on: warning)'
      : '❌ Fails'
    : error > 0
      ? '⚠️ Passes (fail-on: never)'
      : warning > 0
        ? '⚠️ Passes'
        : '✅ Passes'
  const parts = [
    `## RoleGate ${text(report.command)}`,
    '',
    `${headline} — ${error} error(s), ${warning} warning(s), ${notice} notice(s)${suppressed ? `, ${suppressed} suppressed` : ''} across ${text(report.environmentNames.join(', ')) || 'no environments'}.`,
    ''
  ]
  if (extra) parts.push(extra, '')
  parts.push('### Findings', '', findingsTable(report.findings, links))
  if (report.suppressions.length > 0) {
    parts.push(
      '### Suppressions',
      '',
      '| Rule | Definition | Reason | Silenced |',
      '|---|---|---|---|',
      ...report.suppressions.map(
        use =>
          `| ${code(use.rule)} | ${location(use.file, use.line, links)} ${cell(use.role)} | ${cell(use.reason)} | ${use.count} |`
      ),
      ''
    )
  }
  return parts.join('\n')
}
