/**
 * renderChangeMarkdown (pure) beyond what one comment can hold: the summary tables themselves are
 * trimmed, riskiest roles first, with a count of what was left out, and the body stays in the limit.
 */
import MarkdownIt from 'markdown-it'
import { compareStates } from '../../src/compare/compare.js'
import { COMMENT_LIMIT, renderChangeMarkdown } from '../../src/report/change-markdown.js'
import { CHECK_CONFIG, roleYaml, READ, READ_WRITE } from '../support/check-fixtures.js'
import { renderProject } from '../support/render-project.js'

const COUNT = 1200
const names = Array.from({ length: COUNT }, (_, index) => `role-${String(index).padStart(4, '0')}`)
/** The last few roles (last in name order) gain a permissions-management action: high risk. */
const risky = new Set(names.slice(-5))

function definitions(head: boolean): Record<string, string> {
  return Object.fromEntries(
    names.map(name => [
      `iam/${name}.yml`,
      roleYaml({
        name,
        actions: !head ? READ : risky.has(name) ? [...READ, 'iam:PutRolePolicy'] : READ_WRITE
      })
    ])
  )
}

describe('renderChangeMarkdown: 1,200 changed roles in two environments', () => {
  const changes = compareStates(
    renderProject(definitions(false), CHECK_CONFIG).state,
    renderProject(definitions(true), CHECK_CONFIG).state
  )
  const body = renderChangeMarkdown({
    changes,
    newFindings: [],
    existingFindingCount: 0,
    marker: '<!-- rolegate:check rolegate.yml -->',
    fullReportHint: 'The job summary of this run has the full report.'
  })

  it('stays within the limit and counts the rows each table left out', () => {
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    for (const environment of ['dev', 'prod']) {
      const table = body.slice(
        body.indexOf(`#### ${environment} —`),
        body.indexOf('\n####', body.indexOf(`#### ${environment} —`) + 1)
      )
      const rows = table.split('\n').filter(line => line.startsWith('| `role-'))
      const more = new RegExp(
        `\\n\\n_… and (\\d+) more changed role\\(s\\) or policies in ${environment}\\. The job summary of this run has the full report\\._\\n`
      ).exec(body)
      expect(rows.length).toBeGreaterThan(100)
      expect(rows.length + Number(more?.[1])).toBe(COUNT)
      // Trimmed tables list the riskiest roles first.
      expect(rows.slice(0, risky.size).map(row => row.split('`')[1])).toEqual([...risky])
      expect(rows[0]).toMatch(/\| 🔴 high \|$/)
    }
  })

  it('keeps the details of the high-risk roles and renders as well-formed markdown', () => {
    expect(body).toContain(
      `<details><summary><b>${names.at(-1)}</b> in dev — modified, broadens, <b>high risk</b></summary>`
    )
    expect(body).toMatch(
      /\n> \d+ more role detail\(s\) did not fit in this comment\. The job summary of this run has the full report\.\n/
    )
    const html = new MarkdownIt({ html: true }).render(body)
    const count = (pattern: RegExp) => (html.match(pattern) ?? []).length
    expect(count(/<details>/g)).toBe(count(/<\/details>/g))
    expect(count(/<th>Role<\/th>/g)).toBe(2)
    expect(/^.*\|---.*$/m.exec(html.replace(/<table>[\s\S]*?<\/table>/g, ''))?.[0]).toBeUndefined()
  })

  it('without a limit problem, the output is unchanged: every row, in the comparison’s order', () => {
    const small = compareStates(
      renderProject(
        {
          'iam/b.yml': roleYaml({ name: 'b', actions: READ }),
          'iam/a.yml': roleYaml({ name: 'a', actions: READ_WRITE })
        },
        CHECK_CONFIG
      ).state,
      renderProject(
        {
          'iam/b.yml': roleYaml({ name: 'b', actions: READ_WRITE }),
          'iam/a.yml': roleYaml({ name: 'a', actions: READ })
        },
        CHECK_CONFIG
      ).state
    )
    const text = renderChangeMarkdown({ changes: small, newFindings: [], existingFindingCount: 0 })
    expect(text).not.toContain('_… and')
    const row = {
      a: '| `a` | modified | narrows |  | 1 |  |',
      b: '| `b` | modified | broadens | 1 |  | low |'
    }
    const order = small.environments.dev.roles.map(role => row[role.name as 'a' | 'b'])
    expect(text).toContain(
      [
        '| Role | Change | Verdict | +Actions | −Actions | Risk |',
        '|---|---|---|---:|---:|---|',
        ...order,
        ''
      ].join('\n')
    )
  })
})
