/** What RoleGate needs from the workflow event, read from GITHUB_EVENT_PATH. */
import { readFileSync } from 'node:fs'

export interface EventContext {
  name: string
  /** owner/repo */
  repository?: string
  pullRequest?: {
    number: number
    baseSha?: string
    baseRef?: string
    /** The PR comes from a fork: its GITHUB_TOKEN is read-only. */
    fromFork: boolean
  }
}

interface PullRequestPayload {
  pull_request?: {
    number?: number
    base?: { sha?: string; ref?: string; repo?: { full_name?: string } }
    head?: { repo?: { full_name?: string } | null }
  }
}

export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const context: EventContext = { name: env.GITHUB_EVENT_NAME ?? '', repository: env.GITHUB_REPOSITORY }
  let payload: PullRequestPayload = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestPayload
    } catch {
      payload = {}
    }
  }
  const pr = payload.pull_request
  if (pr?.number) {
    const baseRepo = pr.base?.repo?.full_name
    const headRepo = pr.head?.repo?.full_name
    context.pullRequest = {
      number: pr.number,
      baseSha: pr.base?.sha,
      baseRef: pr.base?.ref ?? env.GITHUB_BASE_REF,
      fromFork: Boolean(baseRepo && headRepo && baseRepo !== headRepo)
    }
  }
  return context
}

export function isPullRequestEvent(name: string): boolean {
  return name === 'pull_request' || name === 'pull_request_target'
}
