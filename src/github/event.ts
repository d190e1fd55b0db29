/** What RoleGate needs from the workflow event, read from GITHUB_EVENT_PATH. */
import { readFileSync } from 'node:fs'

export interface EventContext {
  name: string
  /** GITHUB_REF: the branch or tag ref the run is for (`refs/heads/main`, `refs/pull/7/merge`). */
  ref: string
  /** owner/repo */
  repository?: string
  /**
   * The repository's default branch, from the payload's `repository.default_branch`. A `schedule`
   * payload carries no repository; GitHub runs scheduled workflows on the default branch only.
   */
  defaultBranch?: string
  pullRequest?: {
    number: number
    baseSha?: string
    baseRef?: string
    /** The PR comes from a fork: its GITHUB_TOKEN is read-only. */
    fromFork: boolean
  }
}

interface EventPayload {
  repository?: { default_branch?: unknown }
  pull_request?: {
    number?: number
    base?: { sha?: string; ref?: string; repo?: { full_name?: string } }
    head?: { repo?: { full_name?: string } | null }
  }
}

export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const ref = env.GITHUB_REF ?? ''
  const context: EventContext = { name, ref, repository: env.GITHUB_REPOSITORY || undefined }
  let payload: EventPayload = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) ?? {}) as EventPayload
    } catch {
      payload = {}
    }
  }
  const defaultBranch = payload.repository?.default_branch
  if (typeof defaultBranch === 'string' && defaultBranch) context.defaultBranch = defaultBranch
  else if (name === 'schedule' && ref.startsWith('refs/heads/')) context.defaultBranch = ref.slice(11)
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
