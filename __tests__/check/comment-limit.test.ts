/**
 * The PR comment at scale: a PR touching 300 roles (in two environments) still fits GitHub's
 * 65,536-character limit, keeps the summary tables, trims details with a pointer to the job
 * summary, and renders as well-formed GitHub markdown (checked with markdown-it, GFM tables on).
 */
import MarkdownIt from 'markdown-it'
import { Emulator, runAction, type RunResult } from '../../test/emulator/index.js'
import { project, READ } from '../support/check-fixtures.js'
import { gitWorkspace, type GitWorkspace } from '../support/git-workspace.js'

const MARKER = '<!-- rolegate:check rolegate.yml -->'
const COMMENT_LIMIT = 65_536
const ROLES = Array.from({ length: 300 }, (_, index) => `service-${String(index).padStart(3, '0')}`)
const ADDED = ['s3:PutObject', 's3:DeleteObject', 's3:GetObjectTagging', 's3:PutObjectTagging']
const TRIMMED_NOTE =
  /> (\d+) more role detail\(s\) did not fit in this comment\. The job summary of this run has the full report\./

/** GitHub renders comments with GFM tables and (sanitized) inline HTML such as <details>. */
const markdown = new MarkdownIt({ html: true })

let emulator: Emulator
let ws: GitWorkspace

beforeAll(async () => {
  emulator = await Emulator.start()
  ws = gitWorkspace(project(ROLES.map(name => ({ name, actions: READ }))))
})
afterAll(async () => {
  await emulator?.stop()
  ws?.remove()
})

async function checkPr(
  pr: number,
  head: Record<string, string>
): Promise<{ result: RunResult; body: string }> {
  ws.writeHead(head)
  const result = await runAction(emulator, {
    workspace: ws.dir,
    inputs: { 'fail-on': 'never' },
    job: {
      owner: 'acme',
      repo: 'infra',
      eventName: 'pull_request',
      pullRequest: { number: pr, baseSha: ws.baseSha }
    }
  })
  expect(result.exitCode).toBe(0)
  // The comment was accepted: GitHub (and the emulator) refuse a body over the limit with 422.
  expect(
    result.githubRequests.filter(request => request.method !== 'GET').map(request => request.status)
  ).toEqual([201])
  const comments = emulator.github.state.commentsOn('acme/infra', pr)
  expect(comments).toHaveLength(1)
  return { result, body: comments[0].body }
}

/** Every pattern occurs in `text` (reports only the missing ones: the texts are long). */
function expectIn(text: string, patterns: readonly (string | RegExp)[]): void {
  const missing = patterns.filter(pattern =>
    typeof pattern === 'string' ? !text.includes(pattern) : !pattern.test(text)
  )
  expect(missing).toEqual([])
}

/** The text from the first `start` up to the following `end` (excluded). */
function slice(text: string, start: string, end: string): string {
  const from = text.indexOf(start)
  expect(from).toBeGreaterThanOrEqual(0)
  const to = text.indexOf(end, from)
  expect(to).toBeGreaterThan(from)
  return text.slice(from, to)
}

/** Structural checks on the rendered HTML: tables, balanced <details>, no stray table rows. */
function expectWellFormed(body: string): string {
  const html = markdown.render(body)
  const count = (pattern: RegExp) => (html.match(pattern) ?? []).length
  expect(count(/<details>/g)).toBe(count(/<\/details>/g))
  expect(count(/<summary>/g)).toBe(count(/<\/summary>/g))
  expect(count(/<table>/g)).toBe(count(/<\/table>/g))
  // Raw HTML that markdown-it escaped instead of passing through means it was in the wrong place.
  expect(/&lt;\/?(details|summary|sub|b)&gt;/.exec(html)?.[0]).toBeUndefined()
  // Outside tables, no line of text looks like a table row that failed to parse.
  const outsideTables = html.replace(/<table>[\s\S]*?<\/table>/g, '')
  expect(/^.*(^|>)\s*\|.*$/m.exec(outsideTables)?.[0]).toBeUndefined()
  expect(/^.*\|---.*$/m.exec(outsideTables)?.[0]).toBeUndefined()
  return html
}

describe('check: the PR comment of a PR touching 300 roles', () => {
  it('fits in 65,536 characters with the summary tables first and trimmed details pointing at the job summary', async () => {
    const { result, body } = await checkPr(
      1,
      project(ROLES.map(name => ({ name, actions: [...READ, ...ADDED] })))
    )
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect([...body].length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const opening = `${MARKER}\n🟠 **RoleGate:** this PR broadens access in dev, prod.\n`
    expect(body.slice(0, opening.length)).toBe(opening)

    // Summary tables: every role in both environments.
    expectIn(
      body,
      ['dev', 'prod'].map(
        environment =>
          `#### ${environment} — 🔺 broadens access\n\n| Role | Change | Verdict | +Actions | −Actions | Risk |`
      )
    )
    const notInBothTables = ROLES.filter(
      name => body.split(`| \`${name}\` | modified | broadens | 4 |  | low |`).length !== 3
    )
    expect(notInBothTables).toEqual([])

    // Details: as many as fit, then one note pointing at the job summary.
    const shown = (body.match(/<details>/g) ?? []).length
    expect(shown).toBeGreaterThan(0)
    const omitted = Number(TRIMMED_NOTE.exec(body)?.[1] ?? 0)
    expect(omitted).toBeGreaterThan(0)
    expect(shown + omitted).toBe(ROLES.length * 2)
    expect(body.slice(body.lastIndexOf('</details>'))).toMatch(
      /<\/details>\n\n> \d+ more role detail\(s\)[^\n]*\n\n<sub>[^\n]*<\/sub>\n$/
    )

    // The job summary has the full report: every role's details in both environments.
    expect(TRIMMED_NOTE.test(result.summary)).toBe(false)
    expect((result.summary.match(/<details>/g) ?? []).length).toBe(ROLES.length * 2)
    expectIn(
      result.summary,
      ['dev', 'prod'].map(
        environment => `<details><summary><b>service-299</b> in ${environment} — modified, broadens</summary>`
      )
    )

    // Rendered as GitHub would: the summary tables and the per-role statement tables.
    const html = expectWellFormed(body)
    expect((html.match(/<th>Role<\/th>/g) ?? []).length).toBe(2)
    expect((html.match(/<th>Effect<\/th>/g) ?? []).length).toBe(shown)
    const summaryTable = slice(html, '<table>', '</tr>\n<tr>\n<td><code>service-001')
    expect(summaryTable).toBe(
      '<table>\n<thead>\n<tr>\n<th>Role</th>\n<th>Change</th>\n<th>Verdict</th>\n<th style="text-align:right">+Actions</th>\n' +
        '<th style="text-align:right">−Actions</th>\n<th>Risk</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><code>service-000</code></td>\n' +
        '<td>modified</td>\n<td>broadens</td>\n<td style="text-align:right">4</td>\n<td style="text-align:right"></td>\n<td>low</td>\n'
    )
    const details = slice(html, '<details>', '</details>')
    expect(details).toMatch(
      /^<details><summary><b>service-\d{3}<\/b> in (dev|prod) — modified, broadens<\/summary>\n<ul>\n<li>allows 4 more action\(s\)<\/li>/
    )
    expect(details).toContain(
      '<th></th>\n<th>Effect</th>\n<th>Action</th>\n<th>Resource</th>\n<th>Principal</th>\n<th>Condition</th>'
    )
    expect(details).toContain(
      '<td>➕</td>\n<td>Allow</td>\n<td><code>s3:DeleteObject</code>, <code>s3:GetObjectTagging</code>'
    )
  })

  it('stays within the limit when every role also gets a new finding: findings trimmed by severity, with a pointer', async () => {
    // s3:* on every role: 600 new service-wildcard warnings and 179 added actions per role.
    const { result, body } = await checkPr(2, project(ROLES.map(name => ({ name, actions: ['s3:*'] }))))
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const { warning } = JSON.parse(result.outputs.findings) as { warning: number }
    expect(warning).toBeGreaterThanOrEqual(ROLES.length) // a service-wildcard warning for every role
    expectIn(body, [
      `### New findings (${warning})`,
      /\n\n_… and \d+ more new finding\(s\)\. The job summary of this run has the full report\._\n/,
      TRIMMED_NOTE,
      '<details><summary><b>service-000</b> in dev — modified, broadens, <b>high risk</b></summary>'
    ])
    // The job summary keeps every finding (in "New findings" and in "Findings").
    expect((result.summary.match(/\| `service-wildcard` \|/g) ?? []).length).toBe(2 * warning)
    const html = expectWellFormed(body)
    expect(slice(html, `<h3>New findings (${warning})</h3>`, '<tbody>')).toContain(
      '<th>Severity</th>\n<th>Rule</th>\n<th>Location</th>\n<th>Env</th>\n<th>Message</th>'
    )
  })
})

describe('check: the PR comment markdown of a small PR', () => {
  it('renders the verdict, the environment tables and one <details> per changed role', async () => {
    const head = project([
      ...ROLES.slice(0, 2).map(name => ({ name, actions: [...READ, 's3:PutObject'] })),
      ...ROLES.slice(2).map(name => ({ name, actions: READ }))
    ])
    const { body } = await checkPr(3, head)
    expect(TRIMMED_NOTE.test(body)).toBe(false)
    const html = expectWellFormed(body)
    expect((html.match(/<table>/g) ?? []).length).toBe(2 + 4) // two summary tables, one statement table per role detail
    expect((html.match(/<details>/g) ?? []).length).toBe(4)
    expect((html.match(/<h4>(dev|prod) — 🔺 broadens access<\/h4>\n<table>/g) ?? []).length).toBe(2)
    expect((html.match(/<td><code>arn:aws:s3:::demo-prod-service-001\/\*<\/code><\/td>/g) ?? []).length).toBe(
      1
    )
    expect(html.trimEnd().endsWith('</sub></p>')).toBe(true)
  })
})
