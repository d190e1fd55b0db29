import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Clock } from '../core/clock.js'
import { LoopbackServer } from '../core/http.js'
import { claimsFor, resolveJob, type JobContext, type ResolvedJob } from './job.js'
import { generateSigningKey, publicJwk, signJwt, type PublicJwk, type SigningKey } from './jwt.js'

/** What a job needs to request tokens, i.e. ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN. */
export interface IdTokenRequestEnv {
  requestUrl: string
  requestToken: string
}

export interface MintOptions {
  audience?: string
  /** Token lifetime in seconds from now (negative = already expired). Default 300. */
  lifetimeSeconds?: number
  /** Sign with another key (keeps this issuer's kid): the token must then fail verification. */
  signingKey?: SigningKey
  /** Claims to add or override. */
  claims?: Record<string, string | number | undefined>
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text)
  })
  response.end(text)
}

/**
 * GitHub Actions' OIDC issuer on loopback: discovery document, JWKS, and the token endpoint
 * `@actions/core` getIDToken() calls (`GET <request url>&audience=..` with a bearer token).
 */
export class OidcIssuer {
  readonly http: LoopbackServer
  private readonly key: SigningKey = generateSigningKey()
  private readonly jobs = new Map<string, ResolvedJob>()
  /** Every token the endpoint issued, newest last. */
  readonly issued: Array<{ audience: string; token: string; job: ResolvedJob }> = []

  constructor(private readonly clock: Clock) {
    this.http = new LoopbackServer('oidc', (request, response) => this.onRequest(request, response))
  }

  get issuer(): string {
    return this.http.url
  }

  jwks(): PublicJwk[] {
    return [publicJwk(this.key)]
  }

  /** Registers a job that has `permissions: id-token: write`; returns the env a runner would give it. */
  registerJob(job: JobContext): IdTokenRequestEnv {
    const requestToken = randomBytes(24).toString('hex')
    this.jobs.set(requestToken, resolveJob(job))
    return { requestUrl: `${this.issuer}/_apis/token?api-version=2.0`, requestToken }
  }

  /** Mints a token for a job directly (for tests of STS verification). */
  mintToken(job: JobContext, options: MintOptions = {}): string {
    const resolved = resolveJob(job)
    const audience = options.audience ?? `https://github.com/${resolved.owner}`
    const now = Math.floor(this.clock.now() / 1000)
    const claims = {
      ...claimsFor(resolved, this.issuer, audience, now, options.lifetimeSeconds ?? 300),
      ...options.claims
    }
    return signJwt(claims, { kid: this.key.kid, privateKey: (options.signingKey ?? this.key).privateKey })
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.issuer)
    if (request.method !== 'GET') return sendJson(response, 405, { message: 'Method Not Allowed' })
    if (url.pathname === '/.well-known/openid-configuration') {
      return sendJson(response, 200, {
        issuer: this.issuer,
        jwks_uri: `${this.issuer}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: [
          'sub',
          'aud',
          'exp',
          'iat',
          'iss',
          'jti',
          'nbf',
          'ref',
          'sha',
          'repository',
          'repository_id',
          'repository_owner',
          'repository_owner_id',
          'run_id',
          'run_number',
          'run_attempt',
          'actor',
          'actor_id',
          'workflow',
          'workflow_ref',
          'workflow_sha',
          'head_ref',
          'base_ref',
          'event_name',
          'ref_type',
          'ref_protected',
          'environment',
          'job_workflow_ref',
          'job_workflow_sha',
          'repository_visibility',
          'runner_environment'
        ],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid']
      })
    }
    if (url.pathname === '/.well-known/jwks') return sendJson(response, 200, { keys: this.jwks() })
    if (url.pathname === '/_apis/token') return this.token(request, url, response)
    return sendJson(response, 404, { message: 'Not Found' })
  }

  private token(request: IncomingMessage, url: URL, response: ServerResponse): void {
    const header = request.headers.authorization ?? ''
    const match = /^Bearer (.+)$/.exec(header)
    if (!match) return sendJson(response, 401, { message: 'Missing bearer token' })
    const job = this.jobs.get(match[1])
    if (!job) return sendJson(response, 401, { message: 'Invalid bearer token' })
    const audience = url.searchParams.get('audience') ?? `https://github.com/${job.owner}`
    const token = this.mintToken(job, { audience })
    this.issued.push({ audience, token, job })
    sendJson(response, 200, { count: this.issued.length, value: token })
  }
}
