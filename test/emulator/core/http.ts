import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>

/**
 * An HTTP server on 127.0.0.1 that can "crash" (stop listening and drop every connection)
 * and later come back on the same port.
 */
export class LoopbackServer {
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private boundPort = 0
  private crashed = false

  constructor(
    readonly name: string,
    handler: RequestHandler
  ) {
    this.server = createServer((request, response) => {
      if (this.crashed) {
        request.socket.destroy()
        return
      }
      handler(request, response).catch((error: unknown) => {
        process.stderr.write(`emulator ${this.name}: unhandled error: ${String(error)}\n`)
        if (!response.headersSent) response.writeHead(500)
        response.end()
      })
    })
    this.server.keepAliveTimeout = 5000
    this.server.on('connection', socket => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
      if (this.crashed) socket.destroy()
    })
  }

  async listen(port = 0): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error)
      this.server.once('error', onError)
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', onError)
        resolve()
      })
    })
    const address = this.server.address()
    if (address === null || typeof address === 'string')
      throw new Error(`emulator ${this.name}: no TCP address`)
    this.boundPort = address.port
    this.crashed = false
    return this.boundPort
  }

  get port(): number {
    return this.boundPort
  }

  get url(): string {
    return `http://127.0.0.1:${this.boundPort}`
  }

  get isCrashed(): boolean {
    return this.crashed
  }

  /** Stop accepting connections and destroy every open socket (requests in flight get no answer). */
  crash(): void {
    if (this.crashed) return
    this.crashed = true
    this.server.close()
    for (const socket of this.sockets) socket.destroy()
  }

  /** Listen again on the same port after a crash. */
  async recover(): Promise<void> {
    if (!this.crashed) return
    await this.listen(this.boundPort)
  }

  async close(): Promise<void> {
    this.crashed = true
    for (const socket of this.sockets) socket.destroy()
    if (!this.server.listening) return
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }
}

export async function readBody(request: IncomingMessage, limitBytes = 8 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buffer.length
    if (size > limitBytes) throw new Error(`request body larger than ${limitBytes} bytes`)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
