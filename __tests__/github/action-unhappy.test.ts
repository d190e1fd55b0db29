/**
 * The action (dist/index.js, as the runner runs it) on unhappy paths of the comment, its outputs and
 * its inputs: what a reviewer sees when GitHub refuses a comment, the outputs a workflow gates on
 * when nothing could be evaluated, and one line for a bad input.
 */
import http from 'node:http'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Emulator, runAction, type RunResult } from '../../test/emulator/index.js'
import { CHECK_CONFIG, project, READ, READ_WRITE } from '../support/check-fixtures.js'
import { gitWorkspace, type GitWorkspace } from '../support/git-workspace.js'

const OWNER = 'acme'
const REPO = 'infra'
const MARKER = '<!-- rolegate:check rolegate.yml -->'
let emulator: Emulator
const workspaces: GitWorkspace[] = []
beforeAll(async () => {
  emulator = await Emulator.start({ accounts: ['111111111111', '333333333333'] })
})
afterAll(async () => {
  await emulator?.stop()
  workspaces.forEach(ws => ws.remove())
})
const ws = (base: Record<string, string>, head: Record<string, string>) => {
  const created = gitWorkspace(base, head)
  workspaces.push(created)
  return created
}
const warnings = (r: RunResult) =>
  r.commands.filter(c => c.command === 'warning' && !c.properties.file).map(c => c.message)

/** A fake GitHub REST API: GET /user 403 (installation token), the rest by `answer`. */
async function fakeApi(
  answer: (method: string, url: string) => { status: number; body: unknown; headers?: Record<string, string> }
): Promise<{ url: string; calls: string[]; close: () => void }> {
  const calls: string[] = []
  const server = http.createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`)
    const { status, body, headers } =
      req.url === '/user'
        ? { status: 403, body: { message: 'Resource not accessible by integration' } }
        : answer(req.method!, req.url!)
    res.writeHead(status, { 'content-type': 'application/json', ...(headers ?? {}) })
    res.end(JSON.stringify(body))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    calls,
    close: () => server.close()
  }
}

const prJob = (w: GitWorkspace, number: number) => ({
  owner: OWNER,
  repo: REPO,
  eventName: 'pull_request',
  pullRequest: { number, baseSha: w.baseSha }
})

describe('check: the sticky comment on unhappy paths', () => {
  it('an earlier comment GitHub refuses to update (502, after one retry): the warning and the job summary say it shows an earlier verdict', async () => {
    const w = ws(
      project([{ name: 'app', actions: READ_WRITE }]),
      project([{ name: 'app', actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'] }])
    )
    const stale = `${MARKER}\n✅ **RoleGate passes** — only narrows access\n`
    const api = await fakeApi((method, url) =>
      method === 'GET' && url.includes('/comments')
        ? {
            status: 200,
            body: [{ id: 7, body: stale, user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: 'x' }]
          }
        : { status: 502, body: { message: 'Server Error' } }
    )
    try {
      const r = await runAction(emulator, {
        workspace: w.dir,
        job: prJob(w, 21),
        env: { GITHUB_API_URL: api.url }
      })
      expect(api.calls).toContain('PATCH /repos/acme/infra/issues/comments/7')
      expect(api.calls.filter(call => call.startsWith('PATCH'))).toHaveLength(2)
      expect(r.summary).toContain('broadens access in dev, prod')
      expect(r.exitCode).toBe(0)
      expect(r.outputs.broadening).toBe('true')
      expect(warnings(r)).toEqual([
        expect.stringMatching(/The earlier RoleGate comment \(x\) still shows an earlier run's verdict/)
      ])
      expect(r.summary).toContain(
        "The RoleGate comment on this pull request could not be updated (Server Error), so it still shows an earlier run's verdict"
      )
    } finally {
      api.close()
    }
  })

  /** The one warning of a check whose comment calls GitHub answers as `answer` does. */
  async function commentWarning(number: number, answer: Parameters<typeof fakeApi>[0]): Promise<string> {
    const w = ws(project([{ name: 'app', actions: READ }]), project([{ name: 'app', actions: READ_WRITE }]))
    const api = await fakeApi(answer)
    try {
      const r = await runAction(emulator, {
        workspace: w.dir,
        job: prJob(w, number),
        env: { GITHUB_API_URL: api.url }
      })
      return warnings(r)[0]
    } finally {
      api.close()
    }
  }

  it('a rate-limited comment (403) is not blamed on permissions', async () => {
    const warning = await commentWarning(22, () => ({
      status: 403,
      body: { message: 'API rate limit exceeded for installation ID 1.' },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 600)
      }
    }))
    expect(warning).toContain("GitHub's API rate limit for this token was reached")
    expect(warning).not.toContain('Give the job "permissions: pull-requests: write"')
  })

  it('a locked conversation (403) is not blamed on permissions either', async () => {
    const warning = await commentWarning(23, method =>
      method === 'GET'
        ? { status: 200, body: [] }
        : { status: 403, body: { message: 'Unable to create comment because issue is locked.' } }
    )
    expect(warning).toContain("The pull request's conversation is locked")
    expect(warning).not.toContain('Give the job "permissions: pull-requests: write"')
  })
})

describe('outputs vs action.yml / docs/action.md', () => {
  it('check: a head rolegate.yml that does not load sets changed and broadening to "true" (what changes is unknown)', async () => {
    const w = ws(project([{ name: 'app', actions: READ }]), {
      ...project([{ name: 'app', actions: ['s3:*'] }]),
      'rolegate.yml': CHECK_CONFIG + 'oops: [\n'
    })
    const r = await runAction(emulator, { workspace: w.dir, job: prJob(w, 24), inputs: { comment: 'never' } })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.changed).toBe('true')
    expect(r.outputs.broadening).toBe('true')
  })

  const PASS_ROLE_ANYWHERE = {
    ...project([{ name: 'app', actions: READ }]),
    'iam/bad.yml': project([{ name: 'bad', actions: ['iam:PassRole'], resource: '*' }])['iam/bad.yml']
  }

  it('plan: the findings gate stops it before planning, so changed and broadening are "true"', async () => {
    const r = await runAction(emulator, {
      files: PASS_ROLE_ANYWHERE,
      inputs: { command: 'plan', environment: 'dev' },
      job: { owner: OWNER, repo: REPO, eventName: 'push', ref: 'refs/heads/main' },
      aws: { account: '111111111111' }
    })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toContain('refusing to plan: the definitions have 1 error(s)')
    expect(r.outputs.changed).toBe('true')
    expect(r.outputs.broadening).toBe('true')
  })

  it('report-file: two RoleGate steps of one job (two configs) keep their own report', async () => {
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'rolegate-runner-temp-'))
    const files = {
      ...Object.fromEntries(
        Object.entries(project([{ name: 'app', actions: READ }])).map(([k, v]) => [`a/${k}`, v])
      ),
      ...Object.fromEntries(
        Object.entries(project([{ name: 'web', actions: READ }])).map(([k, v]) => [`b/${k}`, v])
      )
    }
    const job = { owner: OWNER, repo: REPO, eventName: 'push', ref: 'refs/heads/main' }
    // The runner names the steps of a job apart: `__owner_repo`, then `__owner_repo_2`.
    const first = await runAction(emulator, {
      files,
      inputs: { command: 'validate', config: 'a/rolegate.yml' },
      job,
      env: { RUNNER_TEMP: runnerTemp, GITHUB_ACTION: '__acme_rolegate' }
    })
    const second = await runAction(emulator, {
      files,
      inputs: { command: 'validate', config: 'b/rolegate.yml' },
      job,
      env: { RUNNER_TEMP: runnerTemp, GITHUB_ACTION: '__acme_rolegate_2' }
    })
    expect(first.exitCode).toBe(0)
    expect(second.exitCode).toBe(0)
    expect(first.outputs['report-file']).toBe(
      path.join(runnerTemp, 'rolegate-validate-report-__acme_rolegate.json')
    )
    expect(second.outputs['report-file']).toBe(
      path.join(runnerTemp, 'rolegate-validate-report-__acme_rolegate_2.json')
    )
    const report = JSON.parse(readFileSync(first.outputs['report-file'], 'utf8')) as { config: string }
    expect(report.config).toBe('a/rolegate.yml')
  })
})

describe('messages for user input', () => {
  it('config outside the workspace: the summary says so, and no warning claims it could not', async () => {
    const w = ws(project([{ name: 'app', actions: READ }]), project([{ name: 'app', actions: READ }]))
    const r = await runAction(emulator, {
      workspace: w.dir,
      job: prJob(w, 27),
      inputs: { config: '../other/rolegate.yml' }
    })
    expect(r.summary).toContain('is outside the workspace')
    expect(warnings(r)).toEqual([])
  })

  it('a role-to-assume that is not a role ARN fails the step in one line, before STS is asked', async () => {
    emulator.calls.reset()
    const r = await runAction(emulator, {
      files: project([{ name: 'app', actions: READ }]),
      inputs: { command: 'plan', environment: 'dev', 'role-to-assume': 'deployer' },
      job: { owner: OWNER, repo: REPO, eventName: 'push', ref: 'refs/heads/main', idTokenWrite: true }
    })
    expect(r.exitCode).toBe(2)
    const [error] = r.commands.filter(c => c.command === 'error').map(c => c.message)
    expect(error).toContain(
      'input "role-to-assume" must be an IAM role ARN (arn:aws:iam::123456789012:role/NAME); got "deployer"'
    )
    expect(emulator.calls.count({ service: 'sts' })).toBe(0)
  })

  it('plan-digest on a step other than deploy fails it: a digest there would look like a pin and pin nothing', async () => {
    const r = await runAction(emulator, {
      files: project([{ name: 'app', actions: READ }]),
      inputs: { command: 'validate', 'plan-digest': `sha256:${'0'.repeat(64)}` },
      job: { owner: OWNER, repo: REPO, eventName: 'push', ref: 'refs/heads/main' }
    })
    expect(r.exitCode).toBe(2)
    const [error] = r.commands.filter(c => c.command === 'error').map(c => c.message)
    expect(error).toBe('input "plan-digest" applies to deploy only; remove it from the validate step')
  })

  it('a runner without job summaries (GITHUB_STEP_SUMMARY unset) still runs the check, the report in the log', async () => {
    const r = await runAction(emulator, {
      files: project([{ name: 'app', actions: READ }]),
      inputs: { command: 'validate' },
      job: { owner: OWNER, repo: REPO, eventName: 'push', ref: 'refs/heads/main' },
      env: { GITHUB_STEP_SUMMARY: undefined }
    })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain('No job summary (GITHUB_STEP_SUMMARY is not set)')
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /)
  })
})
