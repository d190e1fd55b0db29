import type { IncomingMessage, ServerResponse } from 'node:http'
import { LoopbackServer, readBody } from '../core/http.js'
import { commentJson, pullJson, repoJson, userJson } from './rest-render.js'
import { GitHubState, type ApiToken } from './rest-state.js'

/** One request the REST server received, for assertions. */
export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  token?: string
  status: number
}

export const COMMENT_BODY_LIMIT = 65536
const DOCS = 'https://docs.github.com/rest'

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>
  ) {
    super(String(body.message))
  }
}

const notFound = () => new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })

interface Call {
  method: string
  path: string
  url: URL
  body: Record<string, unknown> | undefined
  token?: ApiToken
  response: ServerResponse
}

/** The GitHub REST endpoints RoleGate uses, reached through GITHUB_API_URL. */
export class GitHubRestServer {
  readonly http: LoopbackServer
  readonly requests: RecordedRequest[] = []

  constructor(readonly state: GitHubState) {
    this.http = new LoopbackServer('github', (request, response) => this.onRequest(request, response))
  }

  get url(): string {
    return this.http.url
  }

  private send(call: Call, status: number, body: unknown, headers: Record<string, string> = {}): number {
    const text = body === undefined ? '' : JSON.stringify(body)
    call.response.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'X-GitHub-Request-Id': `EMU:${this.requests.length + 1}`,
      'X-RateLimit-Limit': '5000',
      'X-RateLimit-Remaining': '4999',
      ...headers
    })
    call.response.end(text)
    return status
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
    const raw = (await readBody(request)).toString('utf8')
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(request.headers.authorization ?? '')
    const method = request.method ?? 'GET'
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      token: auth?.[1],
      status: 0
    }
    this.requests.push(record)
    const call: Call = { method, path: url.pathname, url, body: undefined, response }
    try {
      if (raw) {
        try {
          record.body = JSON.parse(raw) as unknown
        } catch {
          throw new HttpError(400, {
            message: 'Problems parsing JSON',
            documentation_url: DOCS,
            status: '400'
          })
        }
        if (typeof record.body === 'object' && record.body !== null)
          call.body = record.body as Record<string, unknown>
      }
      if (auth) {
        call.token = this.state.tokens.get(auth[1])
        if (!call.token)
          throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' })
      }
      record.status = this.route(call)
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
      record.status = this.send(call, error.status, error.body)
    }
  }

  private requireWrite(call: Call): void {
    if (!call.token)
      throw new HttpError(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' })
    if (call.token.permission !== 'write') {
      throw new HttpError(403, {
        message: 'Resource not accessible by integration',
        documentation_url: `${DOCS}/issues/comments`,
        status: '403'
      })
    }
  }

  private route(call: Call): number {
    const { method, path } = call
    let m: RegExpExecArray | null
    if (method === 'GET' && path === '/user') return this.getUser(call)
    if ((m = /^\/repos\/([^/]+)\/([^/]+)$/.exec(path)) && method === 'GET') {
      return this.send(call, 200, repoJson(this.repo(m[1], m[2]), this.url))
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(path)) && method === 'GET') {
      const repo = this.repo(m[1], m[2])
      const pull = repo.pulls.get(Number(m[3]))
      if (!pull) throw notFound()
      return this.send(call, 200, pullJson(repo, pull, this.url))
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path))) {
      if (method === 'GET') return this.listComments(call, m[1], m[2], Number(m[3]))
      if (method === 'POST') return this.createComment(call, m[1], m[2], Number(m[3]))
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path))) {
      if (method === 'GET')
        return this.send(call, 200, commentJson(this.comment(m[1], m[2], Number(m[3])), this.url))
      if (method === 'PATCH') return this.updateComment(call, m[1], m[2], Number(m[3]))
      if (method === 'DELETE') return this.deleteComment(call, m[1], m[2], Number(m[3]))
    }
    throw notFound()
  }

  private repo(owner: string, name: string) {
    const repo = this.state.repo(`${owner}/${name}`)
    if (!repo) throw notFound()
    return repo
  }

  private comment(owner: string, name: string, id: number) {
    const repo = this.repo(owner, name)
    const comment = this.state.comments.find(
      c => c.id === id && c.owner === repo.owner && c.repo === repo.name
    )
    if (!comment) throw notFound()
    return comment
  }

  private getUser(call: Call): number {
    if (!call.token)
      throw new HttpError(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' })
    if (call.token.kind === 'installation') {
      throw new HttpError(403, {
        message: 'Resource not accessible by integration',
        documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
        status: '403'
      })
    }
    return this.send(call, 200, userJson(call.token.user, this.url))
  }

  private listComments(call: Call, owner: string, name: string, issue: number): number {
    const repo = this.repo(owner, name)
    if (!repo.issues.has(issue)) throw notFound()
    const perPage = Math.min(Math.max(Number(call.url.searchParams.get('per_page') ?? 30) || 30, 1), 100)
    const page = Math.max(Number(call.url.searchParams.get('page') ?? 1) || 1, 1)
    const all = this.state.commentsOn(`${repo.owner}/${repo.name}`, issue)
    const last = Math.max(Math.ceil(all.length / perPage), 1)
    const link = (p: number, rel: string) => {
      const target = new URL(call.url.href)
      target.searchParams.set('per_page', String(perPage))
      target.searchParams.set('page', String(p))
      return `<${target.href}>; rel="${rel}"`
    }
    const links = [
      ...(page > 1 ? [link(page - 1, 'prev')] : []),
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first')] : [])
    ]
    const items = all.slice((page - 1) * perPage, page * perPage).map(c => commentJson(c, this.url))
    return this.send(call, 200, items, links.length > 0 ? { Link: links.join(', ') } : {})
  }

  private commentBody(call: Call): string {
    const body = call.body?.body
    if (typeof body !== 'string') {
      throw new HttpError(422, {
        message: 'Invalid request.\n\n"body" wasn\'t supplied.',
        documentation_url: DOCS,
        status: '422'
      })
    }
    if ([...body].length > COMMENT_BODY_LIMIT) {
      throw new HttpError(422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'unprocessable',
            field: 'data',
            message: `Body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)`
          }
        ],
        documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
        status: '422'
      })
    }
    return body
  }

  private createComment(call: Call, owner: string, name: string, issue: number): number {
    const repo = this.repo(owner, name)
    if (!repo.issues.has(issue)) throw notFound()
    this.requireWrite(call)
    const body = this.commentBody(call)
    const token = call.token as ApiToken
    const comment = this.state.addComment(
      `${repo.owner}/${repo.name}`,
      issue,
      body,
      token.user,
      token.kind === 'installation'
    )
    return this.send(call, 201, commentJson(comment, this.url), {
      Location: `${this.url}/repos/${repo.owner}/${repo.name}/issues/comments/${comment.id}`
    })
  }

  private updateComment(call: Call, owner: string, name: string, id: number): number {
    const comment = this.comment(owner, name, id)
    this.requireWrite(call)
    comment.body = this.commentBody(call)
    comment.updatedAt = new Date()
    return this.send(call, 200, commentJson(comment, this.url))
  }

  private deleteComment(call: Call, owner: string, name: string, id: number): number {
    const comment = this.comment(owner, name, id)
    this.requireWrite(call)
    this.state.comments.splice(this.state.comments.indexOf(comment), 1)
    return this.send(call, 204, undefined)
  }
}
