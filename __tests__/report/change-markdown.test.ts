/**
 * The PR comment as a reviewer reads it: the gate on line 1, broken files never shown as removed
 * roles, one row per logical change across environments, errors and high-risk changes first,
 * details by priority, links to the head commit. Scenarios: __tests__/support/comment-scenarios.ts.
 */
import MarkdownIt from 'markdown-it'
import {
  assertionFlip,
  regionLock,
  BIG_ROLES,
  bigPr,
  boundaryBlocked,
  boundaryRemoval,
  broadening,
  brokenBaseConfig,
  brokenBaseYaml,
  brokenConfig,
  brokenYaml,
  crossAccountTrust,
  DEMO_LINKS,
  llmModels,
  narrowing,
  neutralSplit,
  renderScenario,
  type Scenario
} from '../support/comment-scenarios.js'
import { compareStates } from '../../src/compare/compare.js'
import { environmentVerdict } from '../../src/compare/model.js'
import { COMMENT_LIMIT, renderChangeMarkdown } from '../../src/report/change-markdown.js'
import { actionDocsLinks } from '../../src/report/docs-links.js'
import { findingsExitCode, type FailOn } from '../../src/report/report.js'
import { CHECK_CONFIG, READ, READ_WRITE, roleYaml } from '../support/check-fixtures.js'
import { renderProject } from '../support/render-project.js'

const markdown = new MarkdownIt({ html: true })
/** The comment as GitHub shows it: rendered, tags stripped, entities decoded. */
function shown(body: string): string {
  return markdown
    .render(body)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The rendered text without any whitespace: what a reviewer reads, however tags split it. */
function squeezed(body: string): string {
  return shown(body).replace(/\s+/g, '')
}
const squeeze = (value: string) => value.replace(/\s+/g, '')

/** Line 1 of the comment (after the hidden marker). */
function gate(body: string): string {
  return body.split('\n')[1]
}

function tableRows(body: string, heading: string): string[] {
  const start = body.indexOf(heading)
  if (start < 0) return []
  const rest = body.slice(start).split('\n').slice(1)
  const rows: string[] = []
  for (const line of rest.slice(rest.findIndex(line => line.startsWith('|')))) {
    if (!line.startsWith('|')) break
    rows.push(line)
  }
  return rows.slice(2)
}

const cache = new Map<string, Promise<Awaited<ReturnType<typeof renderScenario>>>>()
function run(scenario: Scenario, options?: Parameters<typeof renderScenario>[1]) {
  const key = `${scenario.name}|${JSON.stringify(options ?? {})}`
  if (!cache.has(key)) cache.set(key, renderScenario(scenario, options))
  return cache.get(key)!
}

describe('the gate: line 1 says passes or fails, and why', () => {
  it('a definition file that no longer parses fails the check on line 1 and is never a removed role', async () => {
    const { body, outcome } = await run(brokenYaml())
    expect(gate(body)).toMatch(
      /^❌ \*\*RoleGate fails:\*\* 1 error · not evaluated: `iam\/task-role.yml:\d+` does not parse$/
    )
    expect(body).not.toMatch(/removed/)
    expect(body).not.toMatch(/narrows/)
    expect(body).toContain('the verdict of dev, staging, prod is unknown')
    for (const environment of Object.values(outcome.changes.environments)) {
      expect(environment.roles.find(role => role.name === 'task-role')).toBeUndefined()
      expect(environmentVerdict(environment)).toBe('unknown')
      expect(environment.notEvaluated).toEqual([
        expect.objectContaining({ name: 'task-role', file: 'iam/task-role.yml', reason: 'does not parse' })
      ])
    }
    expect(outcome.report.environments?.prod.roles.map(role => role.name)).not.toContain('task-role')
  })

  it('a broken rolegate.yml says so on line 1, with where', async () => {
    const { body } = await run(brokenConfig())
    expect(gate(body)).toBe(
      '❌ **RoleGate fails:** `rolegate.yml` does not load, so no IAM change was evaluated.'
    )
    expect(body).toMatch(
      /rolegate\.yml:\d+`\]\(https:\/\/github\.com\/acme\/infra\/blob\/[0-9a-f]{40}\/rolegate\.yml#L\d+\): invalid YAML/
    )
    expect(body).not.toContain('no IAM changes')
  })

  it('the demo PR passes and names the high-risk role with its top reason on the next line', async () => {
    const { body } = await run(broadening())
    expect(gate(body)).toBe('✅ **RoleGate passes** — 🔴 1 high-risk change to review')
    expect(body.split('\n')[3]).toMatch(
      /^- 🔴 \[`task-role`\].* in dev, staging, prod: adds permissions-management actions/
    )
  })

  it('a narrowing PR passes and says it only narrows, without a red icon', async () => {
    const { body } = await run(narrowing())
    expect(gate(body)).toBe('✅ **RoleGate passes** — only narrows access')
    expect(body).toContain('🟢 narrows')
    expect(body).not.toMatch(/🔴|🔺/)
  })

  it('a statement split in two is no effective change', async () => {
    const { body } = await run(neutralSplit())
    expect(gate(body)).toBe('✅ **RoleGate passes** — no effective change in access')
    expect(tableRows(body, '### Changes')[0]).toContain('statements rewritten, same access')
  })

  it('a new cross-account principal is high risk with the reason in the table', async () => {
    const trust = (await run(crossAccountTrust())).body
    expect(tableRows(trust, '### Changes')[0]).toMatch(
      /\+1 principal \| 🔴 high \| lets a new principal assume the role: AWS:arn:aws:iam::999999999999:root/
    )
  })

  it('removing a boundary that blocks nothing outright broadens, high risk, without claiming it limited nothing', async () => {
    // rolegate-boundary is the boundary `rolegate bootstrap` creates: RoleGate can read it. It may
    // still have limited resources or conditions, which RoleGate does not count as blocking.
    const boundary = (await run(boundaryRemoval())).body
    expect(tableRows(boundary, '### Changes')[0]).toMatch(
      /boundary removed \| 🔴 high \| removes the permissions boundary: it may have limited the role's grants \(RoleGate finds none it blocked outright\) and no longer bounds future ones \|$/
    )
  })
})

/** The task role gains iam:PassRole on `*`: two errors (pass-role-unscoped, its `deny: iam:*` assertion). */
function passRole(): Scenario {
  const base = llmModels()
  const head = {
    ...base,
    'iam/task-role.yml': base['iam/task-role.yml'].replace(
      'policies:\n',
      'policies:\n  Pass:\n    Statement:\n      - Effect: Allow\n        Action: iam:PassRole\n        Resource: "*"\n'
    )
  }
  return { name: 'pass-role', title: '', base, head }
}

describe('the gate follows fail-on, as the exit code does', () => {
  const FAIL_ON: FailOn[] = ['error', 'warning', 'never']

  it.each(FAIL_ON)(
    'errors and warnings (fail-on: %s): line 1 fails exactly when the exit code does',
    async failOn => {
      for (const scenario of [passRole(), broadening(), narrowing()]) {
        const { outcome } = await run(scenario)
        const line = gate(renderChangeMarkdown({ ...outcome, marker: '<!-- m -->', failOn }))
        const exit = findingsExitCode(outcome.report.summary, failOn)
        expect({ scenario: scenario.name, fails: line.startsWith('❌ **RoleGate fails:**') }).toEqual({
          scenario: scenario.name,
          fails: exit !== 0
        })
        expect(line.startsWith('✅ **RoleGate passes**')).toBe(exit === 0)
      }
    }
  )

  it('fail-on: never passes a PR with errors and still names them; fail-on: warning fails on warnings alone', async () => {
    const errors = (await run(passRole())).outcome
    expect(gate(renderChangeMarkdown({ ...errors, marker: '<!-- m -->', failOn: 'never' }))).toBe(
      '✅ **RoleGate passes** (fail-on: never) — 🔴 1 high-risk change to review · 2 errors · 1 assertion no longer holds'
    )
    const warnings = (await run(broadening())).outcome
    expect(warnings.report.summary.error).toBe(0)
    expect(gate(renderChangeMarkdown({ ...warnings, marker: '<!-- m -->', failOn: 'warning' }))).toBe(
      `❌ **RoleGate fails:** ${warnings.report.summary.warning} warnings (fail-on: warning) · 1 high-risk change`
    )
  })
})

describe('what could not be evaluated is never "narrows", "added" or "removed"', () => {
  it('a definition the base broke and the PR repairs: line 1 says the change cannot be evaluated, and why', async () => {
    const { body, outcome } = await run(brokenBaseYaml())
    expect(gate(body)).toMatch(
      /^✅ \*\*RoleGate passes\*\* — ❔ the change in dev, staging, prod cannot be evaluated: `iam\/task-role.yml:\d+` does not parse on the base branch$/
    )
    expect(body).not.toMatch(/narrows|no IAM changes|no effective change/)
    expect(body).toContain('the verdict of dev, staging, prod is unknown')
    expect(body).toContain('review the file in full, or fix it on the base branch first')
    for (const environment of Object.values(outcome.report.environments ?? {}))
      expect(environment.verdict).toBe('unknown')
  })

  it('a base whose rolegate.yml does not load: every role is not evaluated for that reason, none is added', async () => {
    const { body, outcome } = await run(brokenBaseConfig())
    for (const environment of Object.values(outcome.changes.environments)) {
      expect(environment.roles.filter(role => role.change === 'added')).toEqual([])
      expect(environmentVerdict(environment)).toBe('unknown')
      expect(environment.notEvaluated?.map(item => item.name).sort()).toEqual(['execution-role', 'task-role'])
      for (const item of environment.notEvaluated ?? [])
        expect(item).toMatchObject({
          file: 'rolegate.yml',
          line: expect.any(Number),
          side: 'base',
          reason: 'does not parse'
        })
    }
    expect(gate(body)).toMatch(
      /^✅ \*\*RoleGate passes\*\* — ❔ the change in dev, staging, prod cannot be evaluated: `rolegate.yml:\d+` does not parse on the base branch$/
    )
    expect(body).toMatch(
      /\*\*Not evaluated:\*\* `rolegate.yml:\d+` does not parse on the base branch \(invalid YAML/
    )
    expect(body).toContain('Without it RoleGate cannot render the base branch, so nothing is compared')
    expect(body).not.toMatch(/new role|broadens access/)
  })

  it('a base with no rolegate.yml at all (the PR adopting RoleGate) still shows every role as added', async () => {
    const { body, outcome } = await run({
      name: 'adopting',
      title: '',
      base: { 'README.md': '# infra\n' },
      head: { ...llmModels(), 'README.md': '# infra\n' }
    })
    for (const environment of Object.values(outcome.changes.environments)) {
      expect(environment.notEvaluated).toBeUndefined()
      expect(environment.roles.map(role => [role.name, role.change])).toEqual([
        ['execution-role', 'added'],
        ['task-role', 'added']
      ])
    }
    expect(gate(body)).toBe('✅ **RoleGate passes** — broadens access in dev, staging, prod')
  })
})

describe('the permissions boundary and access assertions', () => {
  it('grants the boundary blocks are marked rows, counted apart, and leave the change low risk', async () => {
    const { body, outcome } = await run(boundaryBlocked())
    expect(gate(body)).toBe('✅ **RoleGate passes** — broadens access in dev, staging, prod')
    const [row] = tableRows(body, '### Changes')
    expect(row).toMatch(
      /\| \\\+1 action 🚧 3 blocked by the boundary \| 🟠 low \| allows 1 more action\(s\) \|$/
    )
    const page = shown(body)
    expect(page).toContain(
      '3 added action(s) blocked by the permissions boundary (no effective change): dynamodb:GetItem, dynamodb:PutItem, iam:PassRole'
    )
    expect(squeezed(body)).toContain(
      squeeze('`iam:PassRole` — 🚧 blocked by the permissions boundary: no effective change').replace(
        /`/g,
        ''
      )
    )
    // The reachable grant comes first, the blocked ones after it.
    const statementRows = body.split('\n').filter(line => line.startsWith('| ➕ |'))
    expect(statementRows.map(row => row.includes('🚧'))).toEqual([false, true, true])
    expect(statementRows[0]).toContain('`s3:GetObjectVersion`')
    const task = outcome.report.environments!.prod.roles.find(role => role.name === 'task-role')!
    expect(task.addedActions).toEqual(['s3:GetObjectVersion'])
    expect(
      task.added
        .filter(entry => entry.boundary === 'blocked')
        .map(entry => entry.action)
        .sort()
    ).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'iam:PassRole'])
  })

  it('a region lock the assertions give no region for: unknown, saying which key decides and what to add', async () => {
    const { body } = await run(regionLock())
    const flips = body.split('\n').filter(line => line.startsWith('- ❔ **After this PR'))
    expect(flips).toHaveLength(2)
    expect(squeezed(flips[0])).toContain(
      squeeze(
        'After this PR task-role may or may not (it depends on aws:RequestedRegion, which the assertion does not give) s3:GetObject, s3:PutObject, s3:DeleteObject on arn:aws:s3:::deployer-ddf-mod-llm-models-dev-results/runs/42/report.json'
      )
    )
    expect(shown(body)).toContain('is now unknown (it fails closed)')
    expect(squeezed(body)).toContain(
      squeeze(
        'the Deny of inline policy RegionLock, statement 0 (Sid HomeRegionOnly) at iam/task-role.yml:22 applies for some values of aws:RequestedRegion, which requests of the role carry. The assertion fails until it says which: add "aws:RequestedRegion": "{region}" to its context'
      )
    )
  })

  it('an assertion the PR breaks is said under the gate, with the claim, the environments and its line', async () => {
    const { body, outcome } = await run(assertionFlip())
    // The example's own assertions: dev and staging never touch prod's results, prod never dev's.
    const flips = body.split('\n').filter(line => line.startsWith('- ❌ **After this PR'))
    expect(gate(body)).toMatch(
      new RegExp(
        `^❌ \\*\\*RoleGate fails:\\*\\* \\d+ errors? · ${flips.length} assertions no longer hold · ${flips.length} high-risk changes$`
      )
    )
    expect(body.split('\n')[3]).toBe(flips[0])
    const object = (environment: string) =>
      `arn:aws:s3:::deployer-ddf-mod-llm-models-${environment}-results/runs/42/report.json`
    const claim = (environment: string, environments: string) =>
      squeeze(
        `❌ After this PR task-role CAN s3:GetObject, s3:PutObject, s3:DeleteObject on ${object(environment)} in ${environments}: the assertion at iam/task-role.yml:`
      )
    expect(
      flips.map(line => squeezed(line).split('iam/task-role.yml:')[0] + 'iam/task-role.yml:').sort()
    ).toEqual([claim('prod', 'dev, staging'), claim('dev', 'prod')].sort())
    const devLine = flips.find(line => line.includes('in dev, staging'))!
    const assertionLine = Number(/task-role.yml:(\d+)/.exec(shown(devLine))![1])
    expect(devLine).toContain(
      `${DEMO_LINKS.server}/${DEMO_LINKS.repository}/blob/${DEMO_LINKS.sha}/iam/task-role.yml#L${assertionLine}`
    )
    expect(squeezed(devLine)).toMatch(
      /\(deny:s3:GetObject,s3:PutObject,s3:DeleteObject,s3:ListBucket\)nowfails\.$/
    )
    // The per-role table in the details names each request's decision before and after.
    expect(squeezed(body)).toContain(squeeze(`s3:DeleteObject on ${object('prod')} denied → allowed`))
    // The JSON report carries the same flips, per environment.
    const roleIn = (environment: string) =>
      outcome.report.environments![environment].roles.find(role => role.name === 'task-role')!
    expect(roleIn('dev').assertions).toEqual([
      expect.objectContaining({
        expect: 'deny',
        file: 'iam/task-role.yml',
        line: assertionLine,
        before: 'passed',
        after: 'failed',
        requests: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'].map(action => ({
          action,
          resource: object('prod'),
          before: 'deny',
          after: 'allow'
        }))
      })
    ])
    expect(roleIn('prod').assertions).toEqual([
      expect.objectContaining({
        requests: expect.arrayContaining([expect.objectContaining({ resource: object('dev') })])
      })
    ])
  })

  it("an edit of the repository's boundary shows the roles it changes, as the same definition", () => {
    const boundary = (actions: string) =>
      `---\nkind: ManagedPolicy\nname: guard\ndocument:\n  Statement:\n    - Effect: Allow\n      Action: [${actions}]\n      Resource: "*"\n`
    const app = roleYaml({
      name: 'app',
      actions: ['s3:GetObject', 'sqs:SendMessage'],
      resource: '*'
    }).replace('policies:', 'permissionsBoundary: guard\npolicies:')
    const base = renderProject({ 'iam/app.yml': app + boundary('s3:*') }, CHECK_CONFIG)
    const head = renderProject({ 'iam/app.yml': app + boundary('s3:*, sqs:*') }, CHECK_CONFIG)
    const body = renderChangeMarkdown({
      changes: compareStates(base.state, head.state),
      newFindings: [],
      existingFindingCount: 0
    })
    const row = tableRows(body, '### Changes').find(line => line.startsWith('| `app`'))!
    expect(row).toContain('| same definition, 🔺 broadens | \\+1 action its boundary policy edited |')
    expect(row).toContain(
      "the edited permissions boundary makes 1 action(s) the role's policies grant reachable: sqs:SendMessage"
    )
    expect(squeezed(body)).toContain(
      squeeze('sqs:SendMessage — granted before too; the boundary change makes it reachable')
    )
  })

  it('a hostile assertion (stars, pipes, backticks, HTML) reads as written', () => {
    const hostile = 'arn:aws:s3:::a_b_c/*|`<b>x</b>`*'
    const withExpect = (actions: string[]) =>
      roleYaml({ name: 'app', actions, resource: '*' }).replace(
        'policies:',
        `expect:\n  - deny: s3:PutObject\n    resource: ${JSON.stringify(hostile)}\npolicies:`
      )
    const base = renderProject({ 'iam/app.yml': withExpect(READ) }, CHECK_CONFIG)
    const head = renderProject({ 'iam/app.yml': withExpect(READ_WRITE) }, CHECK_CONFIG)
    const changes = compareStates(base.state, head.state)
    const body = renderChangeMarkdown({ changes, newFindings: [], existingFindingCount: 0 })
    const flipLines = body.split('\n').filter(line => line.startsWith('- ❌ **After this PR'))
    expect(flipLines).toHaveLength(1)
    expect(squeezed(flipLines[0])).toContain(squeeze(`CAN s3:PutObject on ${hostile} in dev, prod`))
    expect(markdown.render(flipLines[0])).not.toMatch(/<b>x<\/b>/)
  })
})

describe('one row per logical change', () => {
  it('task-role appears in one table row listing dev, staging, prod, and one <details>', async () => {
    const { body } = await run(broadening())
    // Actions as written, with how many of the pattern's actions apply, sensitive ones named first.
    expect(body).toMatch(
      /\| ➕ \| Allow \| `s3:\*` \(\d+ of its \d+ actions, incl\. `s3:BypassGovernanceRetention`/
    )
    const rows = tableRows(body, '### Changes')
    expect(rows.filter(row => row.includes('`task-role`'))).toHaveLength(1)
    expect(rows.find(row => row.includes('`task-role`'))).toContain('| dev, staging, prod |')
    expect(body.match(/<summary><b>task-role<\/b>/g)).toHaveLength(1)
  })

  it('a change that differs between environments gets a row per environment; unchanged ones collapse', async () => {
    const base = llmModels()
    const head = {
      ...base,
      'iam/task-role.yml': base['iam/task-role.yml'].replace(
        'overrides:\n  dev:\n',
        'overrides:\n  dev:\n    managedPolicies: ["arn:aws:iam::aws:policy/ReadOnlyAccess"]\n'
      )
    }
    const { body } = await run({ name: 'dev-only', title: '', base, head })
    const rows = tableRows(body, '### Changes')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain('| dev |')
    expect(body).toContain('unchanged: staging, prod')
  })

  it('a finding in every environment is one row listing them, not three rows saying dev', async () => {
    const { body } = await run(broadening())
    const rows = tableRows(body, '### New warnings and notices')
    expect(rows.filter(row => row.includes('service-wildcard'))).toHaveLength(1)
    expect(rows[0]).toContain('| dev, staging, prod |')
  })
})

describe('risk from findings', () => {
  it('adding iam:PassRole on * (pass-role-unscoped) makes the change high risk, with the finding as reason', async () => {
    const { body, outcome } = await run(passRole())
    const role = outcome.changes.environments.prod.roles.find(item => item.name === 'task-role')!
    expect(role.risk).toBe('high')
    expect(role.reasons[0]).toMatch(/^pass-role-unscoped: /)
    // The second error: the example's `deny: iam:*` assertion no longer holds (access-assertion).
    expect(
      outcome.report.findings
        .filter(finding => finding.severity === 'error')
        .map(finding => finding.rule)
        .sort()
    ).toEqual(['access-assertion', 'pass-role-unscoped'])
    expect(gate(body)).toMatch(
      /^❌ \*\*RoleGate fails:\*\* 2 errors · 1 assertion no longer holds · 1 high-risk change$/
    )
    // ...and the comment says what it now allows, under the gate.
    expect(squeezed(body.split('\n')[3])).toMatch(
      /^❌AfterthisPRtask-roleCANiam:PassRoleon\*indev,staging,prod/
    )
  })

  it('a changed managedBy (ownership) is a visible high-risk change', async () => {
    const base = llmModels()
    const head = {
      ...base,
      'rolegate.yml': base['rolegate.yml'].replace('path: /\n', 'path: /\nmanagedBy: acme/other-repo\n')
    }
    const { body, outcome } = await run({ name: 'owner', title: '', base, head })
    expect(outcome.changes.ownership?.after).toBe('acme/other-repo')
    expect(gate(body)).toMatch(/high-risk change/)
    expect(body).toContain('**Ownership changes:**')
    expect(tableRows(body, '### Changes').every(row => row.includes('🔴 high'))).toBe(true)
  })
})

describe('markdown safety: what the source says is what the reviewer reads', () => {
  it('every action, ARN and wildcard survives rendering', async () => {
    const { body, outcome } = await run(broadening())
    const text = shown(body)
    for (const token of [
      's3:*',
      '"s3:*"',
      's3:Get*',
      'arn:aws:s3:::deployer-ddf-mod-llm-models-dev-results/*',
      'Service:ecs-tasks.amazonaws.com'
    ])
      expect(text).toContain(token)
    for (const finding of outcome.newFindings) expect(text).toContain(finding.message)
    for (const role of outcome.changes.environments.dev.roles)
      for (const reason of role.reasons) expect(text).toContain(reason)
  })

  it('hostile names and messages render as written: stars, underscores, pipes, HTML, backticks', async () => {
    const base = llmModels()
    const head = {
      ...base,
      'iam/x.yml': `kind: Role
name: a_b_c
description: "<img src=x onerror=alert(1)> | *bold* \`tick\`"
trust:
  Statement:
    - Effect: Allow
      Principal: { AWS: "*" }
      Action: sts:AssumeRole
policies:
  P:
    Statement:
      - Effect: Allow
        Action: "*"
        Resource: "*"
`
    }
    const { body, outcome } = await run({ name: 'hostile', title: '', base, head })
    const html = markdown.render(body)
    expect(html).not.toMatch(/<img|<strong>bold|<code>tick/)
    const text = shown(body)
    expect(text).toContain('a_b_c')
    for (const finding of outcome.newFindings) expect(text).toContain(finding.message)
    expect(text).toMatch(/Resource "\*"/)
    // Every table row keeps its columns: no pipe from a message split a cell.
    const tables = html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []
    const widths = new Set(tables.map(row => (row.match(/<t[dh]/g) ?? []).length))
    expect([...widths].every(width => width === 5 || width === 6)).toBe(true)
  })
})

describe('a PR touching 300 roles', () => {
  it('fits, puts errors and every high-risk change first, fills details strictly by priority', async () => {
    const { body } = await run(bigPr())
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(gate(body)).toBe('❌ **RoleGate fails:** 10 errors · 30 high-risk changes')
    const errors = body.indexOf('### New errors (10)')
    const changes = body.indexOf(`### Changes (${BIG_ROLES})`)
    expect(errors).toBeGreaterThan(0)
    expect(errors).toBeLessThan(changes)
    // Ten roles with the same unscoped PassRole: one error row listing where.
    const errorRows = tableRows(body, '### New errors')
    expect(errorRows).toHaveLength(1)
    expect(errorRows[0]).toMatch(
      /^\| ❌ error ×10 \| `pass-role-unscoped` \| .*service-007\.yml:17.* and 7 more \|/
    )
    // The gate lists reasons, not 30 lines.
    expect(body.split('\n\n')[1].split('\n')).toHaveLength(2)
    const rows = tableRows(body, '### Changes')
    // High risk first, then the 270 alike low-risk changes in one row.
    expect(rows.slice(0, 30).every(row => row.includes('🔴 high'))).toBe(true)
    expect(rows[30]).toMatch(/^\| \*\*270 roles:\*\* .* and 267 more \|/)
    const summaries = [...body.matchAll(/<summary><b>(service-\d+)<\/b>.*?(<b>high risk<\/b>)?<\/summary>/g)]
    const risky = summaries.map(match => match[2] !== undefined)
    expect(risky.filter(Boolean)).toHaveLength(30)
    // Never a low-risk detail before a high-risk one.
    expect(risky.indexOf(false)).toBe(30)
    expect(body).toMatch(
      /> \*\*\d+ of 300 detail section\(s\) left out\*\* to fit GitHub’s comment limit; \[the job summary\]\(https:\/\/github\.com\/acme\/infra\/actions\/runs\/4242424242\/attempts\/1\) has all of them\./
    )
  })
})

describe('links and freshness', () => {
  it('locations link to the line at the head commit; the footer names the commit and the run', async () => {
    const { body } = await run(broadening())
    expect(body).toContain(
      `[\`iam/task-role.yml:27\`](https://github.com/acme/infra/blob/${DEMO_LINKS.sha}/iam/task-role.yml#L27)`
    )
    expect(body).toContain(
      `[\`task-role\`](https://github.com/acme/infra/blob/${DEMO_LINKS.sha}/iam/task-role.yml#L`
    )
    expect(body).toMatch(
      /<sub>RoleGate checked \[`3f9c2e1`\]\(https:\/\/github\.com\/acme\/infra\/commit\/3f9c2e1b[0-9a-f]+\) · \[workflow run\]\(https:\/\/github\.com\/acme\/infra\/actions\/runs\/4242424242\/attempts\/1\)/
    )
  })

  it("rule ids link to their docs at the action's own repository and ref, the footer to RoleGate", async () => {
    const docs = actionDocsLinks({ GITHUB_ACTION_REPOSITORY: 'acme/rolegate', GITHUB_ACTION_REF: 'v1' })
    const { body } = await run(broadening(), { links: { ...DEMO_LINKS, docs } })
    const rules = [
      ...body.matchAll(
        /\[`([a-z0-9-]+)`\]\(https:\/\/github\.com\/acme\/rolegate\/blob\/v1\/docs\/rules\.md#\1\)/g
      )
    ]
    expect(rules.length).toBeGreaterThan(0)
    expect(body).toContain('<sub>[RoleGate](https://github.com/acme/rolegate) checked [`3f9c2e1`]')
    // Without the action's repository (the demo's links, a local action) rule ids are plain code.
    expect((await run(broadening())).body).not.toContain('docs/rules.md')
  })

  it('without a repository (the CLI) locations are plain path:line and nothing links', async () => {
    const { body } = await renderScenario(broadening(), { links: undefined })
    expect(body).toContain('| `iam/task-role.yml:27` |')
    expect(body).not.toContain('https://')
    // No job summary outside Actions: the pointer names the command that lists every finding.
    expect(body).not.toContain('job summary')
    expect(body).toContain('`rolegate validate` lists every finding')
  })
})

describe('1,200 changed roles in two environments (pure renderer)', () => {
  const COUNT = 1200
  const names = Array.from({ length: COUNT }, (_, index) => `role-${String(index).padStart(4, '0')}`)
  const risky = new Set(names.slice(-5))
  const definitions = (head: boolean) =>
    Object.fromEntries(
      names.map(name => [
        `iam/${name}.yml`,
        roleYaml({
          name,
          actions: head && !risky.has(name) ? READ_WRITE : READ,
          statements:
            head && risky.has(name)
              ? '      - Effect: Allow\n        Action: iam:PutRolePolicy\n        Resource: "arn:aws:iam::{account}:role/*"\n'
              : undefined
        })
      ])
    )
  const changes = compareStates(
    renderProject(definitions(false), CHECK_CONFIG).state,
    renderProject(definitions(true), CHECK_CONFIG).state
  )
  const body = renderChangeMarkdown({
    changes,
    newFindings: [],
    existingFindingCount: 0,
    marker: '<!-- m -->'
  })

  it('stays within the limit, lists the riskiest first and the alike rest in one row', () => {
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const rows = tableRows(body, '### Changes')
    expect(rows.slice(0, 5).map(row => /`(role-\d+)`/.exec(row)?.[1])).toEqual([...risky])
    expect(rows[5]).toMatch(
      /^\| \*\*1195 roles:\*\* `role-0000`, `role-0001`, `role-0002` and 1192 more \| dev, prod \|/
    )
  })

  it('renders as well-formed markdown: balanced <details>, one changes table, no stray table syntax', () => {
    const html = markdown.render(body)
    const count = (pattern: RegExp) => (html.match(pattern) ?? []).length
    expect(count(/<details( open)?>/g)).toBe(count(/<\/details>/g))
    expect(count(/<th>Role<\/th>/g)).toBe(1)
    expect(/^.*\|---.*$/m.exec(html.replace(/<table>[\s\S]*?<\/table>/g, ''))?.[0]).toBeUndefined()
  })
})
