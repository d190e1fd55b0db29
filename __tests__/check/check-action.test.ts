/**
 * check end to end: the bundled action on a pull_request event, run as the runner runs it, with
 * the base ref in a real git repository and the PR comment on the emulated GitHub REST API.
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import {
  ACTIONS_BOT,
  Emulator,
  runAction,
  type RunOptions,
  type RunResult
} from '../../test/emulator/index.js'
import { CHECK_CONFIG, project, READ, READ_WRITE, roleYaml } from '../support/check-fixtures.js'
import { gitWorkspace, type GitWorkspace } from '../support/git-workspace.js'

const OWNER = 'acme'
const REPO = 'infra'
const FULL_NAME = `${OWNER}/${REPO}`
const MARKER = '<!-- rolegate:check rolegate.yml -->'
const OTHER_USER = { login: 'mallory', id: 666, type: 'User' as const }

let emulator: Emulator
const workspaces: GitWorkspace[] = []

beforeAll(async () => {
  emulator = await Emulator.start()
})
afterAll(async () => {
  await emulator?.stop()
  for (const workspace of workspaces) workspace.remove()
})

function workspace(base: Record<string, string>, head: Record<string, string> = base): GitWorkspace {
  const created = gitWorkspace(base, head)
  workspaces.push(created)
  return created
}

interface CheckRun {
  pr: number
  fork?: boolean
  tokenPermission?: 'read' | 'write'
  inputs?: RunOptions['inputs']
  env?: RunOptions['env']
}

/** The action's default command (check) on a pull_request event whose base is the workspace's commit. */
async function check(ws: GitWorkspace, run: CheckRun): Promise<RunResult> {
  const result = await runAction(emulator, {
    workspace: ws.dir,
    inputs: run.inputs,
    env: run.env,
    job: {
      owner: OWNER,
      repo: REPO,
      eventName: 'pull_request',
      pullRequest: { number: run.pr, baseSha: ws.baseSha, fork: run.fork },
      tokenPermission: run.tokenPermission
    }
  })
  // Never a crash: failures are reported through ::error:: and the exit code.
  expect(result.stderr).not.toMatch(/\n\s+at /)
  expect(result.timedOut).toBe(false)
  return result
}

const calls = (result: RunResult) =>
  result.githubRequests.map(request => `${request.method} ${request.path} ${request.status}`)
const writes = (result: RunResult) => result.githubRequests.filter(request => request.method !== 'GET')
const markedComments = (pr: number) =>
  emulator.github.state.commentsOn(FULL_NAME, pr).filter(comment => comment.body.includes(MARKER))
/** ::warning:: lines that are not finding annotations (those carry a file). */
const plainWarnings = (result: RunResult) =>
  result.commands.filter(command => command.command === 'warning' && !command.properties.file)

/** A role allowed iam:PassRole on any role: pass-role-unscoped, an error. */
const PASS_ROLE_ANYWHERE = `      - Effect: Allow
        Action: iam:PassRole
        Resource: "*"
`

describe('check: the sticky PR comment', () => {
  it('is created once, then updated in place on the next run, never duplicated', async () => {
    const ws = workspace(
      project([{ name: 'app', actions: READ }]),
      project([{ name: 'app', actions: READ_WRITE }])
    )
    const first = await check(ws, { pr: 1 })
    expect(first.exitCode).toBe(0)
    expect(calls(first)).toEqual([
      'GET /user 403',
      'GET /repos/acme/infra/issues/1/comments 200',
      'POST /repos/acme/infra/issues/1/comments 201'
    ])
    const [created] = markedComments(1)
    expect(markedComments(1)).toHaveLength(1)
    expect(created.user.login).toBe(ACTIONS_BOT.login)
    expect(created.body.startsWith(MARKER)).toBe(true)
    expect(created.body.split('\n')[1]).toBe('✅ **RoleGate passes** — broadens access in dev, prod')
    expect(created.body).toMatch(/\| dev, prod \| modified, 🔺 broadens \| \\\+1 action \| 🟠 low \|/)

    // The PR gains a commit: one more action.
    ws.writeHead(project([{ name: 'app', actions: [...READ_WRITE, 's3:DeleteObject'] }]))
    const second = await check(ws, { pr: 1 })
    expect(second.exitCode).toBe(0)
    expect(writes(second).map(request => `${request.method} ${request.path} ${request.status}`)).toEqual([
      `PATCH /repos/acme/infra/issues/comments/${created.id} 200`
    ])
    expect(markedComments(1)).toHaveLength(1)
    expect(markedComments(1)[0].body).toMatch(
      /\| dev, prod \| modified, 🔺 broadens \| \\\+2 actions \| 🟠 low \|/
    )
    expect(second.stdout).toContain(
      `PR comment updated: https://github.com/acme/infra/pull/1#issuecomment-${created.id}`
    )
  })

  it('finds its comment past the first page of comments (pagination)', async () => {
    const ws = workspace(
      project([{ name: 'app', actions: READ }]),
      project([{ name: 'app', actions: READ_WRITE }])
    )
    emulator.github.state.addRepo(FULL_NAME)
    for (let index = 0; index < 120; index++)
      emulator.github.state.addComment(FULL_NAME, 2, `LGTM ${index}`, OTHER_USER)
    const first = await check(ws, { pr: 2 })
    expect(writes(first).map(request => request.method)).toEqual(['POST'])
    const second = await check(ws, { pr: 2 })
    expect(
      second.githubRequests.filter(request => request.method === 'GET' && request.path.endsWith('/comments'))
        .length
    ).toBe(2)
    expect(writes(second).map(request => request.method)).toEqual(['PATCH'])
    expect(markedComments(2)).toHaveLength(1)
  })

  it('does not update a comment another user pasted the marker into (identity check)', async () => {
    const ws = workspace(
      project([{ name: 'app', actions: READ }]),
      project([{ name: 'app', actions: READ_WRITE }])
    )
    emulator.github.state.addRepo(FULL_NAME)
    const forged = emulator.github.state.addComment(
      FULL_NAME,
      3,
      `${MARKER}\n✅ **RoleGate:** no IAM changes.`,
      OTHER_USER
    )
    const first = await check(ws, { pr: 3 })
    expect(writes(first).map(request => `${request.method} ${request.path}`)).toEqual([
      'POST /repos/acme/infra/issues/3/comments'
    ])
    const second = await check(ws, { pr: 3 })
    const patched = writes(second).map(request => `${request.method} ${request.path}`)
    expect(patched).toEqual([expect.stringMatching(/^PATCH \/repos\/acme\/infra\/issues\/comments\/\d+$/)])
    expect(patched[0]).not.toContain(String(forged.id))
    // The forged comment is untouched; RoleGate's own comment is the only one by the bot.
    expect(forged.body).toBe(`${MARKER}\n✅ **RoleGate:** no IAM changes.`)
    expect(forged.updatedAt).toEqual(forged.createdAt)
    const ours = markedComments(3).filter(comment => comment.user.login === ACTIONS_BOT.login)
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain('broadens access')
  })

  it('a marker quoted inside a report (a condition value) does not make that comment the sticky one of another job', async () => {
    const prodMarker = '<!-- rolegate:check rolegate.yml environment=prod -->'
    const statements = `      - Effect: Allow
        Action: s3:ListBucket
        Resource: "*"
        Condition: { StringEquals: { "aws:RequestTag/note": "${prodMarker}" } }
`
    const ws = workspace(
      project([{ name: 'app', actions: READ }]),
      project([{ name: 'app', actions: READ_WRITE, statements }])
    )
    const dev = await check(ws, { pr: 4, inputs: { environment: 'dev' } })
    const [devComment] = emulator.github.state.commentsOn(FULL_NAME, 4)
    expect(devComment.body).toContain(prodMarker)
    const prod = await check(ws, { pr: 4, inputs: { environment: 'prod' } })
    expect(writes(prod).map(request => request.method)).toEqual(['POST'])
    const comments = emulator.github.state.commentsOn(FULL_NAME, 4)
    expect(comments.map(comment => comment.body.split('\n')[0])).toEqual([
      '<!-- rolegate:check rolegate.yml environment=dev -->',
      prodMarker
    ])
    expect(comments[0].body).toBe(devComment.body)
    expect(dev.exitCode).toBe(prod.exitCode)
  })

  it("a GitHub App's token (GET /user refused) updates the app's own comment, not a person's", async () => {
    const ws = workspace(
      project([{ name: 'app', actions: READ }]),
      project([{ name: 'app', actions: READ_WRITE }])
    )
    const appBot = { login: 'acme-rolegate[bot]', id: 777, type: 'Bot' as const }
    const token = emulator.github.state.addToken({ permission: 'write', user: appBot }).token
    emulator.github.state.addRepo(FULL_NAME)
    const pasted = emulator.github.state.addComment(FULL_NAME, 5, `${MARKER}\nlooks fine`, OTHER_USER)
    // The harness records the job's GITHUB_TOKEN; this run uses the app's token.
    const byApp = () =>
      emulator.github.rest.requests
        .filter(request => request.token === token)
        .map(request => `${request.method} ${request.path} ${request.status}`)
    await check(ws, { pr: 5, inputs: { 'github-token': token } })
    expect(byApp()).toEqual([
      'GET /user 403',
      'GET /repos/acme/infra/issues/5/comments 200',
      'POST /repos/acme/infra/issues/5/comments 201'
    ])
    await check(ws, { pr: 5, inputs: { 'github-token': token } })
    expect(byApp().slice(3)).toEqual([
      'GET /user 403',
      'GET /repos/acme/infra/issues/5/comments 200',
      expect.stringMatching(/^PATCH \/repos\/acme\/infra\/issues\/comments\/\d+ 200$/)
    ])
    const comments = emulator.github.state.commentsOn(FULL_NAME, 5)
    expect(comments.map(comment => comment.user.login)).toEqual([OTHER_USER.login, appBot.login])
    expect(pasted.body).toBe(`${MARKER}\nlooks fine`)
  })
})

describe('check: comment modes and outputs', () => {
  it('on-change posts nothing when nothing changed and no earlier comment exists', async () => {
    const files = project([{ name: 'app', actions: READ }])
    const ws = workspace(files, files)
    const result = await check(ws, { pr: 10 })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ changed: 'false', broadening: 'false' })
    expect(writes(result)).toEqual([])
    expect(emulator.github.state.commentsOn(FULL_NAME, 10)).toEqual([])
    expect(result.stdout).toContain('PR comment skipped: no IAM changes and no earlier comment to update.')
    expect(result.summary).toContain('✅ **RoleGate passes** — no IAM changes')
  })

  it('a change that cannot be evaluated (the base file does not parse) counts as changed and broadening, and gets its comment', async () => {
    const head = project([{ name: 'app', actions: READ_WRITE }])
    const base = { ...head, 'iam/app.yml': 'kind: Role\nname: app\ntrust: {Statement: [\n' }
    const ws = workspace(base, head)
    const result = await check(ws, { pr: 61 })
    expect(result.summary).toContain('cannot be evaluated')
    // Fails closed: a workflow gating on these outputs must not read "nothing changed".
    expect(result.outputs).toMatchObject({ changed: 'true', broadening: 'true' })
    expect(markedComments(61)).toHaveLength(1)
  })

  it('on-change still updates an earlier comment once the PR no longer changes anything', async () => {
    const base = project([{ name: 'app', actions: READ }])
    const ws = workspace(base, project([{ name: 'app', actions: READ_WRITE }]))
    await check(ws, { pr: 11 })
    expect(markedComments(11)).toHaveLength(1)
    ws.writeHead(base) // the change was reverted
    const result = await check(ws, { pr: 11 })
    expect(result.outputs).toMatchObject({ changed: 'false', broadening: 'false' })
    expect(writes(result).map(request => request.method)).toEqual(['PATCH'])
    expect(markedComments(11)).toHaveLength(1)
    expect(markedComments(11)[0].body).toContain('no IAM changes')
  })

  it('never posts nothing and calls no GitHub API, though the outputs report the change', async () => {
    const ws = workspace(
      project([{ name: 'app', actions: READ }]),
      project([{ name: 'app', actions: READ_WRITE }])
    )
    const result = await check(ws, { pr: 12, inputs: { comment: 'never' } })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ changed: 'true', broadening: 'true' })
    expect(result.githubRequests).toEqual([])
    expect(emulator.github.state.commentsOn(FULL_NAME, 12)).toEqual([])
    expect(result.summary).toContain('✅ **RoleGate passes** — broadens access in dev, prod')
  })

  it('reports a narrowing change as changed but not broadening', async () => {
    const ws = workspace(
      project([{ name: 'app', actions: READ_WRITE }]),
      project([{ name: 'app', actions: READ }])
    )
    const result = await check(ws, { pr: 13 })
    expect(result.outputs).toMatchObject({ changed: 'true', broadening: 'false' })
    expect(markedComments(13)).toHaveLength(1)
    expect(markedComments(13)[0].body.split('\n')[1]).toBe('✅ **RoleGate passes** — only narrows access')
  })

  it('always comments even when nothing changed', async () => {
    const files = project([{ name: 'app', actions: READ }])
    const result = await check(workspace(files, files), { pr: 14, inputs: { comment: 'always' } })
    expect(result.outputs).toMatchObject({ changed: 'false', broadening: 'false' })
    expect(writes(result).map(request => request.method)).toEqual(['POST'])
  })
})

describe('check: a read-only token or an unreachable GitHub never hides the findings', () => {
  const base = project([{ name: 'app', actions: READ }])
  const head = project([{ name: 'app', actions: READ_WRITE, statements: PASS_ROLE_ANYWHERE }])

  function expectFindingsReported(result: RunResult): void {
    // The check fails on its findings (pass-role-unscoped is an error), not on the comment.
    expect(result.exitCode).toBe(1)
    const errors = result.commands.filter(command => command.command === 'error')
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          properties: expect.objectContaining({ title: 'RoleGate pass-role-unscoped', file: 'iam/app.yml' })
        })
      ])
    )
    expect(errors.at(-1)?.message).toBe('RoleGate check found 1 error(s) and 0 warning(s) (fail-on: error)')
    expect(result.summary).toContain('## RoleGate check')
    expect(result.summary).toContain('`pass-role-unscoped`')
    expect(result.summary).toContain('❌ **RoleGate fails:** 1 error · 1 high-risk change')
    expect(result.summary).toContain('<details open><summary><b>app</b> in dev, prod')
    expect(result.outputs).toMatchObject({ changed: 'true', broadening: 'true' })
    expect(JSON.parse(result.outputs.findings)).toMatchObject({ error: 1, warning: 0 })
  }

  it('on a fork PR (read-only token): summary, annotations, and one warning instead of the comment', async () => {
    const result = await check(workspace(base, head), { pr: 20, fork: true })
    expectFindingsReported(result)
    expect(calls(result)).toEqual([
      'GET /user 403',
      'GET /repos/acme/infra/issues/20/comments 200',
      'POST /repos/acme/infra/issues/20/comments 403'
    ])
    expect(emulator.github.state.commentsOn(FULL_NAME, 20)).toEqual([])
    const warnings = plainWarnings(result)
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toMatch(
      /could not comment on the pull request \(403: Resource not accessible by integration/
    )
    expect(warnings[0].message).toMatch(
      /forks get a read-only GITHUB_TOKEN; the full report is in the job summary/
    )
  })

  it('without pull-requests: write on a PR from the same repository, the warning says which permission to grant', async () => {
    const result = await check(workspace(base, project([{ name: 'app', actions: READ_WRITE }])), {
      pr: 21,
      tokenPermission: 'read'
    })
    expect(result.exitCode).toBe(0)
    expect(result.summary).toContain('<details><summary><b>app</b> in dev')
    const warnings = plainWarnings(result)
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toContain('Give the job "permissions: pull-requests: write"')
  })

  it('with the GitHub API unreachable: summary, annotations, one warning', async () => {
    const closedPort = await new Promise<number>(resolve => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number }
        server.close(() => resolve(port))
      })
    })
    const result = await check(workspace(base, head), {
      pr: 22,
      env: { GITHUB_API_URL: `http://127.0.0.1:${closedPort}` }
    })
    expectFindingsReported(result)
    expect(result.githubRequests).toEqual([])
    const warnings = plainWarnings(result)
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toMatch(
      /^RoleGate could not comment on the pull request .*The full report is in the job summary\.$/
    )
  })

  it('without a token: one warning, and the findings still fail the check', async () => {
    const result = await check(workspace(base, head), { pr: 23, inputs: { 'github-token': '' } })
    expectFindingsReported(result)
    expect(result.githubRequests).toEqual([])
    expect(plainWarnings(result).map(warning => warning.message)).toEqual([
      'No github-token: RoleGate cannot comment on the pull request; the job summary has the report.'
    ])
  })
})

describe('check: findings introduced by the PR vs existing ones', () => {
  it('lists only the new findings under "New findings", even when an existing one moves', async () => {
    const legacy = (before: string) => `kind: Role
name: legacy
trust:
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole
      Condition: { StringEquals: { "aws:SourceAccount": "{account}" } }
policies:
  Data:
    Statement:
${before}      - Effect: Allow
        Action: "s3:*"
        Resource: "arn:aws:s3:::{project}-{environment}-legacy/*"
`
    const base = { 'rolegate.yml': CHECK_CONFIG, 'iam/legacy.yml': legacy('') }
    const head = {
      'rolegate.yml': CHECK_CONFIG,
      // A statement inserted above the existing s3:* one: its finding's message now says "statement 1".
      'iam/legacy.yml': legacy(`      - Effect: Allow
        Action: sqs:SendMessage
        Resource: "arn:aws:sqs:{region}:{account}:{project}-{environment}-legacy"
`),
      'iam/deployer.yml': roleYaml({ name: 'deployer', actions: READ, statements: PASS_ROLE_ANYWHERE })
    }
    const result = await check(workspace(base, head), { pr: 30, inputs: { 'fail-on': 'never' } })
    expect(result.exitCode).toBe(0)
    const body = markedComments(30)[0].body
    expect(body.split('\n')[1]).toBe(
      '✅ **RoleGate passes** (fail-on: never) — 🔴 1 high-risk change to review · 1 error'
    )
    const newFindings = body.slice(body.indexOf('### New errors'), body.indexOf('**Environments:**'))
    expect(body).not.toContain('### New warnings')
    expect(newFindings).toMatch(/^### New errors \(1\)/)
    expect(newFindings).toContain('`pass-role-unscoped`')
    expect(newFindings).toContain('[`iam/deployer.yml:')
    expect(newFindings).not.toContain('service-wildcard')
    expect(newFindings).not.toContain('iam/legacy.yml')
    expect(body).toMatch(
      /_1 finding already existed on the base branch; see \[the job summary\]\(https:\/\/github\.com\/acme\/infra\/actions\/runs\/\d+/
    )
    // The job summary lists every finding, the existing ones included.
    expect(result.summary).toContain('`service-wildcard`')
    const report = JSON.parse(result.outputs.findings) as Record<string, number>
    expect(report).toMatchObject({ error: 1, warning: 1 })
  })
})

describe('check: when the check itself cannot run', () => {
  it('a base commit missing from the clone replaces the earlier ✅ comment and says so in the summary', async () => {
    const ws = workspace(
      project([{ name: 'app', actions: READ }]),
      project([{ name: 'app', actions: READ_WRITE }])
    )
    expect((await check(ws, { pr: 50 })).exitCode).toBe(0)
    const [passed] = markedComments(50)
    expect(passed.body.split('\n')[1]).toMatch(/^✅ \*\*RoleGate passes\*\*/)

    // The next commit's check cannot compare: its base is not in this clone (fetch-depth: 1).
    emulator.github.state.repo(FULL_NAME)!.pulls.get(50)!.baseSha = '0123456789abcdef0123456789abcdef01234567'
    // Written differently, the config is the same file: the same comment.
    const result = await check(ws, { pr: 50, inputs: { config: './rolegate.yml' } })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    const [updated] = markedComments(50)
    expect(markedComments(50)).toHaveLength(1)
    expect(updated.id).toBe(passed.id)
    expect(updated.body).not.toContain('passes')
    expect(updated.body.split('\n')[1]).toMatch(
      /^\*\*❌ RoleGate could not check this commit:\*\* base ref "0123456789abcdef0123456789abcdef01234567" is not a branch, tag or commit/
    )
    expect(result.summary).toMatch(/## RoleGate check\n\n> ❌ base ref "0123456789abcdef/)
  })

  it('a job limited to one environment keeps its own comment: it never overwrites the verdict of all environments', async () => {
    const ws = workspace(
      project([{ name: 'app', actions: READ }]),
      project([{ name: 'app', actions: READ_WRITE }])
    )
    expect((await check(ws, { pr: 51 })).exitCode).toBe(0)
    const dev = await check(ws, { pr: 51, inputs: { environment: 'dev' } })
    expect(dev.exitCode).toBe(0)
    const comments = emulator.github.state.commentsOn(FULL_NAME, 51)
    expect(comments.map(comment => comment.body.split('\n')[0])).toEqual([
      MARKER,
      '<!-- rolegate:check rolegate.yml environment=dev -->'
    ])
    expect(comments[0].body.split('\n')[1]).toBe('✅ **RoleGate passes** — broadens access in dev, prod')
    expect(comments[1].body.split('\n')[1]).toBe('✅ **RoleGate passes** — broadens access in dev')
  })

  it.each([
    ['comment', 'bogus', /^input "comment" must be one of always, on-change, never; got "bogus"$/],
    ['force', 'yes', /^input "force" must be true or false \(YAML 1\.2: .*\); got "yes"$/],
    [
      'sarif-file',
      '../outside.sarif',
      /^input "sarif-file" must be a file path inside the workspace \(.*\); got "\.\.\/outside\.sarif"$/
    ]
  ])(
    'an invalid %s fails the step before anything is published (exit 2, one line)',
    async (input, value, message) => {
      const ws = workspace(
        project([{ name: 'app', actions: READ }]),
        project([{ name: 'app', actions: READ_WRITE }])
      )
      const result = await check(ws, { pr: 52, inputs: { [input]: value } })
      expect(result.exitCode).toBe(2)
      const errors = result.commands.filter(command => command.command === 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0].message).toMatch(message)
      expect(result.outputs).toEqual({})
      expect(result.githubRequests).toEqual([])
      expect(result.summary).not.toMatch(/Passes|passes/)
      expect(existsSync(path.join(ws.dir, '..', 'outside.sarif'))).toBe(false)
    }
  )
})

describe('check: no AWS', () => {
  it('runs without AWS credentials and calls no AWS endpoint', async () => {
    const ws = workspace(
      project([{ name: 'app', actions: READ }]),
      project([{ name: 'app', actions: READ_WRITE }])
    )
    const result = await check(ws, { pr: 40 })
    expect(result.exitCode).toBe(0)
    expect(
      Object.keys(result.env).filter(name =>
        /^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|PROFILE)$/.test(name)
      )
    ).toEqual([])
    expect(result.env.ACTIONS_ID_TOKEN_REQUEST_URL).toBeUndefined()
  })

  it('no run of this suite reached the emulated IAM or STS', () => {
    expect(emulator.calls.records()).toEqual([])
  })
})
