import type { IncomingMessage, ServerResponse } from 'node:http'
import { AwsError, errors } from '../core/errors.js'
import { LoopbackServer, readBody, sleep } from '../core/http.js'
import { requestId } from '../core/ids.js'
import { QueryParams } from '../core/query.js'
import { renderQueryError, renderQueryResponse, type XmlObject } from '../core/xml.js'
import type { CallRecord, ServiceName } from './calls.js'
import type { StoredCredential } from './credentials.js'
import type { AwsRuntime } from './runtime.js'
import { parseAuthorization, verifySignature } from './sigv4.js'

/** What a Query-protocol service sees of one request, after authentication. */
export interface ServiceRequest {
  action: string
  params: QueryParams
  /** Undefined only for actions that need no signature (AssumeRoleWithWebIdentity). */
  credential?: StoredCredential
  /** The region from the signature's credential scope, else the emulator default. */
  region: string
  record: CallRecord
}

export interface QueryService {
  readonly name: ServiceName
  readonly version: string
  readonly namespace: string
  /** Actions that AWS accepts unsigned. */
  readonly unsignedActions: ReadonlySet<string>
  knows(action: string): boolean
  handle(request: ServiceRequest): XmlObject | undefined
}

function sendXml(response: ServerResponse, status: number, body: string, id: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/xml',
    'Content-Length': Buffer.byteLength(body),
    'x-amzn-RequestId': id,
    Date: new Date().toUTCString()
  })
  response.end(body)
}

/** An AWS Query protocol endpoint (form-encoded POST or GET, XML answers) for one service. */
export class QueryServer {
  readonly http: LoopbackServer

  constructor(
    private readonly service: QueryService,
    private readonly runtime: AwsRuntime,
    private readonly defaultRegion: string
  ) {
    this.http = new LoopbackServer(service.name, (request, response) => this.onRequest(request, response))
  }

  private authenticate(
    request: IncomingMessage,
    body: Buffer
  ): { credential: StoredCredential; region: string } {
    const header = request.headers.authorization
    if (!header) throw errors.missingAuthentication()
    const auth = parseAuthorization(header)
    const credential = this.runtime.credentials.get(auth.accessKeyId)
    if (!credential) throw errors.invalidClientTokenId()
    verifySignature(request, auth, body, credential.secretAccessKey, this.service.name)
    if (
      credential.sessionToken !== undefined &&
      request.headers['x-amz-security-token'] !== credential.sessionToken
    ) {
      throw errors.invalidClientTokenId()
    }
    if (credential.expiration !== undefined && this.runtime.clock.now() >= credential.expiration) {
      throw errors.expiredToken()
    }
    return { credential, region: auth.region }
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const id = requestId()
    const body = await readBody(request)
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const form = request.method === 'POST' ? body.toString('utf8') : url.search.slice(1)
    const params = QueryParams.parse(form)
    const action = params.optional('Action') ?? ''
    const record = this.runtime.calls.start(this.service.name, action || '(none)', this.runtime.clock.now())
    const fail = (error: AwsError) => {
      record.status = error.status
      record.errorCode = error.code
      this.runtime.calls.answered(record)
      sendXml(response, error.status, renderQueryError(this.service.namespace, error, id), id)
    }
    try {
      if (!action || !this.service.knows(action)) {
        throw errors.invalidAction(action || '(missing Action)', params.optional('Version') ?? '')
      }
      if (params.optional('Version') !== this.service.version) {
        throw errors.invalidAction(action, params.optional('Version') ?? '(missing Version)')
      }
      const latency = this.runtime.faults.latencyFor(action)
      if (latency > 0) await sleep(latency)
      if (this.http.isCrashed || this.runtime.faults.crashDue) {
        record.fault = 'crash'
        request.socket.destroy()
        return
      }
      const fault = this.runtime.faults.frontDoor(action, this.runtime.clock.now())
      if (fault) {
        record.fault = fault.kind
        throw fault.error
      }
      let credential: StoredCredential | undefined
      let region = this.defaultRegion
      if (!this.service.unsignedActions.has(action)) {
        ;({ credential, region } = this.authenticate(request, body))
        record.accountId = credential.identity.accountId
      }
      const result = this.service.handle({ action, params, credential, region, record })
      record.status = 200
      const crashNow = record.mutating && this.runtime.faults.mutationApplied()
      if (crashNow && this.runtime.faults.current.crashLosesResponse) {
        record.status = 0
        record.fault = 'crash'
        this.runtime.crash()
        return
      }
      if (crashNow) response.on('finish', () => setImmediate(() => this.runtime.crash()))
      this.runtime.calls.answered(record)
      const xml = renderQueryResponse(action, this.service.namespace, result, id)
      const rewrite = this.runtime.faults.current.rewriteResponse
      sendXml(response, 200, rewrite ? rewrite(action, xml) : xml, id)
    } catch (error) {
      if (error instanceof AwsError) return fail(error)
      process.stderr.write(
        `emulator ${this.service.name} ${action}: ${error instanceof Error ? error.stack : String(error)}\n`
      )
      fail(
        errors.serviceFailure(
          `Emulator internal error: ${error instanceof Error ? error.message : String(error)}`
        )
      )
    }
  }
}
