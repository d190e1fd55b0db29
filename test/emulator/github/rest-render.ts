import { GITHUB_ACTIONS_APP } from './job.js'
import type { GitHubUser, IssueComment, PullRequestSpec, Repository } from './rest-state.js'

/** JSON shapes of the GitHub REST API responses RoleGate reads (trimmed to the useful fields). */

export function userJson(user: GitHubUser, api: string) {
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${Buffer.from(String(user.id)).toString('base64url')}`,
    type: user.type,
    site_admin: false,
    url: `${api}/users/${encodeURIComponent(user.login)}`,
    html_url: `https://github.com/${user.type === 'Bot' ? 'apps/github-actions' : user.login}`
  }
}

export function commentJson(comment: IssueComment, api: string) {
  const repoPath = `${comment.owner}/${comment.repo}`
  return {
    id: comment.id,
    node_id: `IC_${Buffer.from(String(comment.id)).toString('base64url')}`,
    url: `${api}/repos/${repoPath}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${repoPath}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api}/repos/${repoPath}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(comment.user, api),
    created_at: comment.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    updated_at: comment.updatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    author_association: 'NONE',
    performed_via_github_app: comment.viaApp ? GITHUB_ACTIONS_APP : null
  }
}

function repoJson(repo: Repository, api: string, fork = false) {
  return {
    id: repo.id,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
    fork,
    owner: { login: repo.owner, type: 'Organization' },
    url: `${api}/repos/${repo.owner}/${repo.name}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}`,
    default_branch: 'main'
  }
}

export { repoJson }

export function pullJson(repo: Repository, pull: Required<PullRequestSpec>, api: string) {
  const author: GitHubUser = { login: pull.author, id: 583231, type: 'User' }
  const headRepo = pull.fork
    ? { ...repoJson({ ...repo, owner: pull.author }, api, true), id: repo.id + 1 }
    : repoJson(repo, api)
  return {
    url: `${api}/repos/${repo.owner}/${repo.name}/pulls/${pull.number}`,
    id: repo.id * 1000 + pull.number,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    draft: pull.draft,
    merged: false,
    user: userJson(author, api),
    html_url: `https://github.com/${repo.owner}/${repo.name}/pull/${pull.number}`,
    head: {
      label: `${pull.fork ? pull.author : repo.owner}:${pull.headRef}`,
      ref: pull.headRef,
      sha: pull.headSha,
      repo: headRepo
    },
    base: {
      label: `${repo.owner}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: pull.baseSha,
      repo: repoJson(repo, api)
    }
  }
}
