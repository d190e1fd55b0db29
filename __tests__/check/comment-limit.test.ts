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
  /> \*\*(\d+) of (\d+) detail section\(s\) left out\*\* to fit GitHub’s comment limit; \[the job summary\]\(https:\/\/github\.com\/acme\/infra\/actions\/runs\/\d+\/attempts\/\d+\) has all of them\./

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
  expect(count(/<details( open)?>/g)).toBe(count(/<\/details>/g))
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
  it('fits in 65,536 characters: the gate, one row for 300 alike changes, details by priority with a linked pointer', async () => {
    const { result, body } = await checkPr(
      1,
      project(ROLES.map(name => ({ name, actions: [...READ, ...ADDED] })))
    )
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect([...body].length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body.split('\n').slice(0, 2)).toEqual([
      MARKER,
      '✅ **RoleGate passes** — broadens access in dev, prod'
    ])

    // 300 changes that say the same thing, identical in dev and prod: one row.
    expect(body).toMatch(
      /\n\| \*\*300 roles:\*\* \[`service-000`\]\([^)]+\), \[`service-001`\]\([^)]+\), \[`service-002`\]\([^)]+\) and 297 more \| dev, prod \| modified, 🔺 broadens \| \\\+4 actions \| 🟠 low \| allows 4 more action\(s\) \|\n/
    )

    // Details: as many as fit, one per role (both environments in one), then one linked note.
    const shown = (body.match(/<details>/g) ?? []).length
    expect(shown).toBeGreaterThan(0)
    const [, omitted, total] = TRIMMED_NOTE.exec(body) ?? []
    expect(Number(total)).toBe(ROLES.length)
    expect(shown + Number(omitted)).toBe(ROLES.length)
    expect(body.slice(body.lastIndexOf('</details>'))).toMatch(
      /<\/details>\n\n\n> \*\*\d+ of 300 detail section\(s\) left out\*\*[^\n]*\n\n<sub>[^\n]*<\/sub>\n$/
    )

    // The job summary has the full report: every role's details.
    expect(TRIMMED_NOTE.test(result.summary)).toBe(false)
    expect((result.summary.match(/<details>/g) ?? []).length).toBe(ROLES.length)
    expect(result.summary).toContain(
      '<details><summary><b>service-299</b> in dev, prod — modified, 🔺 broadens</summary>'
    )

    // Rendered as GitHub would: one change table and one statement table per detail.
    const html = expectWellFormed(body)
    expect((html.match(/<th>Role<\/th>/g) ?? []).length).toBe(1)
    expect((html.match(/<th>Effect<\/th>/g) ?? []).length).toBe(shown)
    const details = slice(html, '<details>', '</details>')
    expect(details).toMatch(
      /^<details><summary><b>service-000<\/b> in dev, prod — modified, 🔺 broadens<\/summary>/
    )
    expect(details).toContain('<th></th>\n<th>Effect</th>\n<th>Action</th>\n<th>Resource</th>\n</tr>')
    expect(details).toContain('<code>s3:DeleteObject</code>')
  })

  it('stays within the limit when every role also gets a new finding: alike findings share a row, risk first', async () => {
    // s3:* on every role: a service-wildcard warning per role, permissions-management actions added.
    const { result, body } = await checkPr(2, project(ROLES.map(name => ({ name, actions: ['s3:*'] }))))
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const { warning } = JSON.parse(result.outputs.findings) as { warning: number }
    expect(warning).toBeGreaterThanOrEqual(ROLES.length) // a service-wildcard warning for every role
    expect(body.split('\n')[1]).toBe('✅ **RoleGate passes** — 🔴 300 high-risk changes to review')
    expectIn(body, [
      `### New warnings and notices (${warning})`,
      /\n\| ⚠️ warning ×300 \| `service-wildcard` \| .* and 297 more \| dev, prod \|/,
      /\n\n_… and \d+ more changed role\(s\) or policies; \[the job summary\]\([^)]+\) lists them all\._\n/,
      TRIMMED_NOTE,
      /<details><summary><b>service-000<\/b> in dev, prod — modified, 🔺 broadens, <b>high risk<\/b><\/summary>/
    ])
    // The job summary keeps every finding.
    expect((result.summary.match(/\| `service-wildcard` \|/g) ?? []).length).toBeGreaterThanOrEqual(warning)
    const html = expectWellFormed(body)
    expect(slice(html, `<h3>New warnings and notices (${warning})</h3>`, '<tbody>')).toContain(
      '<th>Severity</th>\n<th>Rule</th>\n<th>Location</th>\n<th>Environments</th>\n<th>Message</th>'
    )
  })
})

describe('check: the PR comment markdown of a small PR', () => {
  it('renders the gate, one change table and one <details> per changed role across environments', async () => {
    const head = project([
      ...ROLES.slice(0, 2).map(name => ({ name, actions: [...READ, 's3:PutObject'] })),
      ...ROLES.slice(2).map(name => ({ name, actions: READ }))
    ])
    const { body } = await checkPr(3, head)
    expect(TRIMMED_NOTE.test(body)).toBe(false)
    const html = expectWellFormed(body)
    expect((html.match(/<table>/g) ?? []).length).toBe(1 + 2) // the change table, one statement table per role
    expect((html.match(/<details>/g) ?? []).length).toBe(2)
    expect(html).toContain('<h3>Changes (2)</h3>\n<table>')
    expect((html.match(/<td><code>arn:aws:s3:::demo-dev-service-001\/\*<\/code><\/td>/g) ?? []).length).toBe(
      1
    )
    expect(html.trimEnd().endsWith('</sub></p>')).toBe(true)
  })
})
