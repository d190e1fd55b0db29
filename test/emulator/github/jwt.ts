import {
  createPublicKey,
  createSign,
  createVerify,
  generateKeyPairSync,
  randomBytes,
  type KeyObject
} from 'node:crypto'

/** RS256 JSON Web Tokens and JWKs, with node:crypto only. */

export interface SigningKey {
  kid: string
  privateKey: KeyObject
  publicKey: KeyObject
}

export interface PublicJwk {
  kty: string
  n: string
  e: string
  kid: string
  alg: 'RS256'
  use: 'sig'
}

export type JwtClaims = Record<string, string | number | boolean | string[] | undefined>

export interface DecodedJwt {
  header: { alg?: string; kid?: string; typ?: string }
  payload: JwtClaims
  signingInput: string
  signature: Buffer
}

export function generateSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return { kid: randomBytes(20).toString('hex').toUpperCase(), privateKey, publicKey }
}

export function publicJwk(key: SigningKey): PublicJwk {
  const jwk = key.publicKey.export({ format: 'jwk' })
  if (jwk.kty !== 'RSA' || !jwk.n || !jwk.e) throw new Error('emulator: signing key is not an RSA key')
  return { kty: jwk.kty, n: jwk.n, e: jwk.e, kid: key.kid, alg: 'RS256', use: 'sig' }
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url')
}

export function signJwt(claims: JwtClaims, key: Pick<SigningKey, 'kid' | 'privateKey'>): string {
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5t: key.kid, kid: key.kid }))
  const payload = base64url(JSON.stringify(claims))
  const signingInput = `${header}.${payload}`
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key.privateKey)
  return `${signingInput}.${base64url(signature)}`
}

/** Splits and decodes a compact JWT; undefined when it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as DecodedJwt['header']
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as JwtClaims
    if (typeof header !== 'object' || header === null || typeof payload !== 'object' || payload === null)
      return undefined
    return {
      header,
      payload,
      signingInput: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2], 'base64url')
    }
  } catch {
    return undefined
  }
}

export function verifyRs256(token: DecodedJwt, jwk: PublicJwk): boolean {
  if (token.header.alg !== 'RS256') return false
  const key = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' })
  return createVerify('RSA-SHA256').update(token.signingInput).verify(key, token.signature)
}
