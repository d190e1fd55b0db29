/**
 * The sticky PR comment: found by a hidden marker on its first line AND authored by the token's
 * own identity (anyone can paste a marker into a comment), updated in place, never duplicated.
 */
import { getOctokit } from '@actions/github'
import { readFileSync } from 'node:fs'
import { actionDocsLinks } from '../report/docs-links.js'
import type { Links } from '../report/markdown.js'
import { errorMessage } from '../model/errors.js'

export type CommentOutcome =
  | { status: 'created' | 'updated'; id: number; url?: string }
  | { status: 'skipped'; reason: string }
  | {
      status: 'failed'
      reason: string
      status_code?: number
      /** The earlier comment that could not be updated: it still shows an earlier run's verdict. */
      stale?: { id: number; url?: string }
    }

export interface StickyCommentRequest {
  token: string
  repository: string
  issueNumber: number
  marker: string
  body: string
  /** on-change: only create a comment when there is something to say; always update an existing one. */
  createIfMissing: boolean
}

type Octokit = ReturnType<typeof getOctokit>

/**
 * Whose comments may be RoleGate's: the token's own login. GET /user refuses installation tokens:
 * GITHUB_TOKEN's comments are by github-actions[bot], and a GitHub App's by `<app-slug>[bot]`, a
 * login the token cannot look up; then only a bot's comment can be ours (never a person's), and
 * github-actions[bot]'s first.
 */
async function commentAuthor(octokit: Octokit): Promise<(user: CommentUser | null | undefined) => number> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return user => (user?.login === data.login ? 2 : 0)
  } catch {
    return user => (user?.login === ACTIONS_BOT ? 2 : user?.type === 'Bot' ? 1 : 0)
  }
}

interface CommentUser {
  login: string
  type?: string
}

const ACTIONS_BOT = 'github-actions[bot]'

/**
 * The marker must be the comment's first line, exactly as RoleGate writes it: a marker quoted
 * further down (a condition value in the report, say) must not make another job's comment ours.
 */
function startsWithMarker(body: string | undefined, marker: string): boolean {
  if (!body) return false
  const end = body.indexOf('\n')
  return (end < 0 ? body : body.slice(0, end)).replace(/\r$/, '') === marker
}

export async function upsertStickyComment(request: StickyCommentRequest): Promise<CommentOutcome> {
  const [owner, repo] = request.repository.split('/')
  const octokit = getOctokit(request.token, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com'
  })
  try {
    const authorRank = await commentAuthor(octokit)
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: request.issueNumber,
      per_page: 100
    })
    let existing: (typeof comments)[number] | undefined
    let best = 0
    for (const comment of comments) {
      const rank = startsWithMarker(comment.body, request.marker) ? authorRank(comment.user) : 0
      if (rank > best) [existing, best] = [comment, rank]
    }
    if (existing) {
      const comment = existing
      try {
        const { data } = await retryOnce(() =>
          octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body: request.body })
        )
        return { status: 'updated', id: data.id, url: data.html_url }
      } catch (error) {
        return { ...failure(error), stale: { id: comment.id, url: comment.html_url } }
      }
    }
    if (!request.createIfMissing)
      return { status: 'skipped', reason: 'no IAM changes and no earlier comment to update' }
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: request.issueNumber,
      body: request.body
    })
    return { status: 'created', id: data.id, url: data.html_url }
  } catch (error) {
    return failure(error)
  }
}

function failure(error: unknown): Extract<CommentOutcome, { status: 'failed' }> {
  return { status: 'failed', reason: errorMessage(error), status_code: (error as { status?: number }).status }
}

/**
 * GitHub's 5xx answers and secondary rate limits often pass within a second: one more try. Only for
 * an update, which is idempotent: a create answered 502 may have been made (a second would be a
 * duplicate comment).
 */
async function retryOnce<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    const status = (error as { status?: number }).status ?? 0
    if (status < 500 && status !== 429) throw error
    await new Promise(resolve => setTimeout(resolve, RETRY_DELAY_MS))
    return call()
  }
}

const RETRY_DELAY_MS = 1_000

/** One clear line on how to get comments working, by what GitHub answered. */
export function commentFailureAdvice(
  outcome: Extract<CommentOutcome, { status: 'failed' }>,
  fromFork: boolean
): string {
  const prefix = `RoleGate could not comment on the pull request (${outcome.status_code ?? 'error'}: ${outcome.reason}).`
  if (fromFork)
    return `${prefix} Pull requests from forks get a read-only GITHUB_TOKEN; the full report is in the job summary.`
  // A 403 is also a rate limit or a locked conversation: permissions would not help there.
  if (/rate limit/i.test(outcome.reason))
    return `${prefix} GitHub's API rate limit for this token was reached; the next run comments again. The full report is in the job summary.`
  if (/\b(issue|conversation|pull request) is locked\b/i.test(outcome.reason))
    return `${prefix} The pull request's conversation is locked, so no comment can be posted until it is unlocked. The full report is in the job summary.`
  if (outcome.status_code === 403 || outcome.status_code === 404) {
    return `${prefix} Give the job "permissions: pull-requests: write" (and "contents: read"); the full report is in the job summary.`
  }
  return `${prefix} The full report is in the job summary.`
}

/**
 * Links for the comment and the summary: the repository, the PR head commit (not the merge commit
 * `GITHUB_SHA` names on pull_request events), this run and RoleGate's docs at the action's own
 * repository and ref. Undefined outside GitHub Actions.
 */
export function runLinks(env: NodeJS.ProcessEnv = process.env): Links | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const repository = env.GITHUB_REPOSITORY
  const sha = pullRequestHeadSha(env.GITHUB_EVENT_PATH) ?? env.GITHUB_SHA
  if (!repository || !sha || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha))
    return undefined
  const runId = env.GITHUB_RUN_ID
  const links: Links = { server, repository, sha }
  const docs = actionDocsLinks(env)
  if (docs) links.docs = docs
  if (runId && /^\d+$/.test(runId)) {
    const attempt =
      env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) ? env.GITHUB_RUN_ATTEMPT : ''
    links.runUrl = `${server}/${repository}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`
  }
  return links
}

function pullRequestHeadSha(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: { head?: { sha?: unknown } }
    }
    const sha = event.pull_request?.head?.sha
    return typeof sha === 'string' ? sha : undefined
  } catch {
    return undefined
  }
}
