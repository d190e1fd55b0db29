import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { errors } from '../core/errors.js'

/**
 * AWS Signature Version 4 (header form): parses the Authorization header and recomputes the
 * signature from the canonical request, exactly as a signing client does.
 */

export interface SigV4Authorization {
  accessKeyId: string
  date: string
  region: string
  service: string
  signedHeaders: string[]
  signature: string
  raw: string
}

const ALGORITHM = 'AWS4-HMAC-SHA256'

export function parseAuthorization(header: string): SigV4Authorization {
  const [algorithm, ...rest] = header.trim().split(/\s+/)
  if (algorithm !== ALGORITHM) {
    throw errors.incompleteSignature(`Unsupported AWS 'algorithm': '${algorithm}'. Authorization=${header}`)
  }
  const fields = new Map<string, string>()
  for (const part of rest.join('').split(',')) {
    const eq = part.indexOf('=')
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  for (const required of ['Credential', 'SignedHeaders', 'Signature']) {
    if (!fields.get(required)) {
      throw errors.incompleteSignature(
        `Authorization header requires '${required}' parameter. Authorization=${header}`
      )
    }
  }
  const credential = (fields.get('Credential') ?? '').split('/')
  if (credential.length !== 5 || credential[4] !== 'aws4_request' || !/^\d{8}$/.test(credential[1])) {
    throw errors.incompleteSignature(
      `Credential should be scoped to a valid region, like 'us-east-1'. Authorization=${header}`
    )
  }
  const [accessKeyId, date, region, service] = credential
  return {
    accessKeyId,
    date,
    region,
    service,
    signedHeaders: (fields.get('SignedHeaders') ?? '').split(';'),
    signature: fields.get('Signature') ?? '',
    raw: header
  }
}

/** RFC 3986 encoding as SigV4 requires (encodeURIComponent leaves !'()* unencoded). */
function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    ch => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

function canonicalPath(rawPath: string): string {
  const segments: string[] = []
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  const normalized = `/${segments.join('/')}${rawPath.endsWith('/') && segments.length > 0 ? '/' : ''}`
  return normalized
    .split('/')
    .map(segment => uriEncode(segment))
    .join('/')
}

function canonicalQuery(rawQuery: string): string {
  if (!rawQuery) return ''
  return rawQuery
    .split('&')
    .filter(Boolean)
    .map(pair => {
      const eq = pair.indexOf('=')
      const key = decodeURIComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '))
      const value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '))
      return [uriEncode(key), uriEncode(value)] as const
    })
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&')
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const values = request.headersDistinct[name]
  if (!values) return undefined
  return values.map(value => value.trim().replace(/\s+/g, ' ')).join(',')
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest()
}

function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex')
}

export function canonicalRequest(request: IncomingMessage, auth: SigV4Authorization, body: Buffer): string {
  const url = request.url ?? '/'
  const queryIndex = url.indexOf('?')
  const path = queryIndex < 0 ? url : url.slice(0, queryIndex)
  const query = queryIndex < 0 ? '' : url.slice(queryIndex + 1)
  const headers = auth.signedHeaders.map(name => `${name}:${headerValue(request, name) ?? ''}\n`).join('')
  const payloadHash = headerValue(request, 'x-amz-content-sha256') ?? sha256Hex(body)
  return [
    request.method ?? 'GET',
    canonicalPath(path),
    canonicalQuery(query),
    headers,
    auth.signedHeaders.join(';'),
    payloadHash
  ].join('\n')
}

/** Throws the error AWS answers when the request is not signed with `secretAccessKey` as claimed. */
export function verifySignature(
  request: IncomingMessage,
  auth: SigV4Authorization,
  body: Buffer,
  secretAccessKey: string,
  expectedService: string
): void {
  if (auth.service !== expectedService) {
    throw errors.signatureDoesNotMatch(
      `Credential should be scoped to correct service: '${expectedService}'. `
    )
  }
  if (!auth.signedHeaders.includes('host')) {
    throw errors.signatureDoesNotMatch(
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."
    )
  }
  const amzDate = headerValue(request, 'x-amz-date')
  if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate)) {
    throw errors.incompleteSignature(
      `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${auth.raw}`
    )
  }
  if (!amzDate.startsWith(auth.date)) {
    throw errors.signatureDoesNotMatch(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`
    )
  }
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest(request, auth, body))].join(
    '\n'
  )
  const signingKey = hmac(
    hmac(hmac(hmac(`AWS4${secretAccessKey}`, auth.date), auth.region), auth.service),
    'aws4_request'
  )
  const expected = Buffer.from(hmac(signingKey, stringToSign).toString('hex'))
  const provided = Buffer.from(auth.signature)
  if (expected.length !== provided.length || !timingSafeEqual(expected, provided))
    throw errors.signatureDoesNotMatch()
}
