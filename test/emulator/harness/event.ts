import type { ResolvedJob } from '../github/job.js'
import type { PullRequestSpec } from '../github/rest-state.js'

/** The event payload a runner writes to GITHUB_EVENT_PATH, for the events RoleGate handles. */

function repository(job: ResolvedJob) {
  return {
    id: job.repoId,
    name: job.repo,
    full_name: `${job.owner}/${job.repo}`,
    private: job.visibility !== 'public',
    owner: { login: job.owner, id: job.ownerId, type: 'Organization' },
    html_url: `https://github.com/${job.owner}/${job.repo}`,
    default_branch: 'main'
  }
}

export function eventPayload(
  job: ResolvedJob,
  pull: Required<PullRequestSpec> | undefined
): Record<string, unknown> {
  const sender = { login: job.actor, id: job.actorId, type: 'User' }
  const base = { repository: repository(job), sender }
  if (pull && (job.eventName === 'pull_request' || job.eventName === 'pull_request_target')) {
    return {
      ...base,
      action: 'synchronize',
      number: pull.number,
      pull_request: {
        number: pull.number,
        state: pull.state,
        title: pull.title,
        draft: pull.draft,
        html_url: `https://github.com/${job.owner}/${job.repo}/pull/${pull.number}`,
        user: { login: pull.author, type: 'User' },
        head: {
          ref: pull.headRef,
          sha: pull.headSha,
          repo: {
            full_name: pull.fork ? `${pull.author}/${job.repo}` : `${job.owner}/${job.repo}`,
            fork: pull.fork
          }
        },
        base: {
          ref: pull.baseRef,
          sha: pull.baseSha,
          repo: { full_name: `${job.owner}/${job.repo}`, fork: false }
        }
      }
    }
  }
  if (job.eventName === 'push') {
    return {
      ...base,
      ref: job.ref,
      before: '0'.repeat(40),
      after: job.sha,
      pusher: { name: job.actor },
      head_commit: { id: job.sha, message: 'Update roles', timestamp: new Date().toISOString() }
    }
  }
  if (job.eventName === 'workflow_dispatch') return { ...base, ref: job.ref, inputs: {} }
  return base
}
