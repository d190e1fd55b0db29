/**
 * The job summary of a PR check as a reviewer opens it from the comment: the findings report, the
 * same gate line as the comment, and the whole finding list on the page itself.
 */
import MarkdownIt from 'markdown-it'
import { compareStates } from '../../src/compare/compare.js'
import { renderCheckSummary, SUMMARY_MATRIX_ROLES } from '../../src/report/check-summary.js'
import { baseReport, type FailOn } from '../../src/report/report.js'
import { CHECK_CONFIG, READ, READ_WRITE, roleYaml } from '../support/check-fixtures.js'
import { renderProject } from '../support/render-project.js'
import { DEMO_LINKS, renderScenario, scenarios } from '../support/comment-scenarios.js'

const scenario = (name: string) => scenarios().find(candidate => candidate.name === name)!

async function summaryOf(
  name: string,
  failOn: FailOn = 'error'
): Promise<{ markdown: string; rendered: string }> {
  const { outcome } = await renderScenario(scenario(name))
  const markdown = renderCheckSummary({ ...outcome, failOn, links: DEMO_LINKS })
  const html = new MarkdownIt({ html: true }).render(markdown)
  return { markdown, rendered: html.replace(/<[^>]+>/g, '') }
}

describe('job summary of a check', () => {
  it('a broken file: the gate says it fails and what does not parse, and no role is called removed', async () => {
    const { rendered } = await summaryOf('broken-yaml')
    expect(rendered).toMatch(
      /❌ RoleGate fails: 1 error · not evaluated: iam\/task-role\.yml:25 does not parse/
    )
    expect(rendered).not.toMatch(/removed/)
    // The page is the job summary: it lists every finding instead of pointing at itself.
    expect(rendered).toContain('Findings below lists every finding')
    expect(rendered).not.toContain('see the job summary')
    expect(rendered).toMatch(/service-confused-deputy/)
  })

  it('the first line gives the verdict, then the counts once', async () => {
    const { markdown } = await summaryOf('broken-yaml')
    expect(markdown.split('\n')[2]).toBe(
      '❌ Fails — 1 error(s), 0 warning(s), 1 notice(s) across dev, staging, prod.'
    )
  })

  it('fail-on: never: errors are listed but nothing on the page says the check fails', async () => {
    const { markdown, rendered } = await summaryOf('broken-yaml', 'never')
    expect(markdown.split('\n')[2]).toMatch(/^⚠️ Passes \(fail-on: never\) — 1 error\(s\), 0 warning\(s\)/)
    expect(rendered).toMatch(
      /✅ RoleGate passes \(fail-on: never\) — ❔ the change in dev, staging, prod cannot be evaluated: iam\/task-role\.yml:25 does not parse · 1 error/
    )
    expect(rendered).not.toMatch(/❌ RoleGate fails|narrows/)
  })

  it('an assertion the PR breaks: the summary says it under the gate, as the comment does', async () => {
    const { rendered } = await summaryOf('assertion-flip')
    expect(rendered.replace(/\s+/g, ' ')).toContain(
      '❌ After this PR task-role CAN s3:GetObject, s3:PutObject, s3:DeleteObject on arn:aws:s3:::deployer-ddf-mod-llm-models-prod-results/runs/42/report.json in dev, staging'
    )
  })

  it('a high-risk change: the reason is on the page, wildcards intact', async () => {
    const { rendered } = await summaryOf('broadening')
    expect(rendered).toMatch(/task-role.*adds permissions-management actions/)
    expect(rendered).toContain('s3:*')
  })

  it('a summary over GitHub’s 1 MiB (here 120 KB) trims the change report, never the findings, and counts bytes', async () => {
    const { outcome } = await renderScenario(scenario('large-pr'))
    const limit = 120 * 1024
    const markdown = renderCheckSummary({ ...outcome, failOn: 'error', links: DEMO_LINKS }, limit)
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(limit)
    // Every finding is on the page: the findings table comes before the matrix, which comes last.
    const findings = markdown.indexOf('### Findings')
    expect(findings).toBeGreaterThan(0)
    expect(markdown.indexOf('### Permission matrix')).toBeGreaterThan(findings)
    // The matrix gets what is left, cut at a line and said so: it never takes the change report's room.
    expect(markdown).toMatch(
      /\n\n> The permission matrix was cut here to fit GitHub’s 1 MiB job summary limit; `rolegate matrix` prints it whole\.\n$/
    )
    const rows =
      markdown
        .slice(findings)
        .split('\n### ')[0]
        .match(/^\| (❌|⚠️|ℹ️) /gm) ?? []
    expect(outcome.report.findings.length).toBeGreaterThan(0)
    expect(rows.length).toBe(outcome.report.findings.length)
    // What was left out is in the JSON report; the summary never points at itself.
    expect(markdown).toMatch(
      /detail section\(s\) left out\*\* to fit GitHub’s 1 MiB job summary limit; the JSON report \(`report-file` output\) has all of them/
    )
    expect(markdown).not.toMatch(/the job summary (has|lists)/)
    expect(markdown).not.toContain('in the table below')
  })

  it.each([
    [SUMMARY_MATRIX_ROLES, SUMMARY_MATRIX_ROLES],
    [SUMMARY_MATRIX_ROLES + 1, 1]
  ])(
    'with %i roles, the matrix shows %i row(s) per environment: past the threshold, only the roles the change touches',
    (count, rows) => {
      const files = (changed: string) =>
        Object.fromEntries(
          Array.from({ length: count }, (_, index) => `r${index}`).map(name => [
            `iam/${name}.yml`,
            roleYaml({ name, actions: name === changed ? READ_WRITE : READ })
          ])
        )
      const base = renderProject(files(''), CHECK_CONFIG).state
      const head = renderProject(files('r7'), CHECK_CONFIG).state
      const markdown = renderCheckSummary({
        report: baseReport('check', 'rolegate.yml', Object.keys(head.environments), [], []),
        changes: compareStates(base, head),
        newFindings: [],
        existingFindingCount: 0,
        configInvalid: false,
        head,
        failOn: 'error'
      })
      const matrix = markdown.slice(markdown.indexOf('### Permission matrix'))
      const environments = Object.keys(head.environments).length
      expect(matrix.match(/^\| `r\d+` \|/gm)).toHaveLength(rows * environments)
      if (rows === 1) {
        expect(matrix.match(/^\| `r7` \|/gm)).toHaveLength(environments)
        expect(matrix).toContain(
          `An environment with more than ${SUMMARY_MATRIX_ROLES} roles shows only the roles this change touches; \`rolegate matrix\` prints every role.`
        )
      } else expect(matrix).not.toContain('only the roles this change touches')
    }
  )
})
