import { randomBytes } from 'node:crypto'

/** Repositories, pull requests, issue comments and tokens of the emulated GitHub REST API. */

export interface GitHubUser {
  login: string
  id: number
  type: 'Bot' | 'User'
}

export const ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

export interface ApiToken {
  token: string
  /** `write` can create/update comments; `read` gets 403 on writes (as GITHUB_TOKEN on fork PRs). */
  permission: 'write' | 'read'
  /** Installation tokens (GITHUB_TOKEN) act as a GitHub App; `GET /user` is 403 for them. */
  kind: 'installation' | 'user'
  user: GitHubUser
}

export interface PullRequestSpec {
  number: number
  title?: string
  state?: 'open' | 'closed'
  headRef?: string
  headSha?: string
  baseRef?: string
  baseSha?: string
  /** Opened from a fork. */
  fork?: boolean
  author?: string
  draft?: boolean
}

export interface Repository {
  owner: string
  name: string
  id: number
  private: boolean
  pulls: Map<number, Required<PullRequestSpec>>
  /** Issue numbers (pull requests are issues too). */
  issues: Set<number>
}

export interface IssueComment {
  id: number
  owner: string
  repo: string
  issueNumber: number
  body: string
  user: GitHubUser
  /** Created through a GitHub App installation token (e.g. GITHUB_TOKEN). */
  viaApp: boolean
  createdAt: Date
  updatedAt: Date
}

export class GitHubState {
  readonly repos = new Map<string, Repository>()
  readonly comments: IssueComment[] = []
  readonly tokens = new Map<string, ApiToken>()
  private nextCommentId = 1000001
  private nextRepoId = 2000001

  addToken(spec: Partial<ApiToken> & Pick<ApiToken, 'permission'>): ApiToken {
    const kind = spec.kind ?? 'installation'
    const token: ApiToken = {
      token: spec.token ?? `${kind === 'installation' ? 'ghs' : 'ghp'}_${randomBytes(18).toString('hex')}`,
      permission: spec.permission,
      kind,
      user:
        spec.user ?? (kind === 'installation' ? ACTIONS_BOT : { login: 'octocat', id: 583231, type: 'User' })
    }
    this.tokens.set(token.token, token)
    return token
  }

  repo(fullName: string): Repository | undefined {
    return this.repos.get(fullName.toLowerCase())
  }

  addRepo(fullName: string, options: { id?: number; private?: boolean } = {}): Repository {
    const existing = this.repo(fullName)
    if (existing) return existing
    const [owner, name] = fullName.split('/')
    if (!owner || !name) throw new Error(`emulator: repository must be OWNER/REPO, got '${fullName}'`)
    const repo: Repository = {
      owner,
      name,
      id: options.id ?? this.nextRepoId++,
      private: options.private ?? true,
      pulls: new Map(),
      issues: new Set()
    }
    this.repos.set(fullName.toLowerCase(), repo)
    return repo
  }

  addPullRequest(fullName: string, spec: PullRequestSpec): Required<PullRequestSpec> {
    const repo = this.addRepo(fullName)
    const pull: Required<PullRequestSpec> = {
      number: spec.number,
      title: spec.title ?? `Pull request #${spec.number}`,
      state: spec.state ?? 'open',
      headRef: spec.headRef ?? 'feature',
      headSha: spec.headSha ?? 'b'.repeat(40),
      baseRef: spec.baseRef ?? 'main',
      baseSha: spec.baseSha ?? 'a'.repeat(40),
      fork: spec.fork ?? false,
      author: spec.author ?? 'octocat',
      draft: spec.draft ?? false
    }
    repo.pulls.set(spec.number, pull)
    repo.issues.add(spec.number)
    return pull
  }

  addComment(
    fullName: string,
    issueNumber: number,
    body: string,
    user: GitHubUser = ACTIONS_BOT,
    viaApp = user.type === 'Bot',
    at = new Date()
  ): IssueComment {
    const repo = this.addRepo(fullName)
    repo.issues.add(issueNumber)
    const comment: IssueComment = {
      id: this.nextCommentId++,
      owner: repo.owner,
      repo: repo.name,
      issueNumber,
      body,
      user,
      viaApp,
      createdAt: at,
      updatedAt: at
    }
    this.comments.push(comment)
    return comment
  }

  commentsOn(fullName: string, issueNumber: number): IssueComment[] {
    const key = fullName.toLowerCase()
    return this.comments.filter(
      c => `${c.owner}/${c.repo}`.toLowerCase() === key && c.issueNumber === issueNumber
    )
  }
}
