import { randomBytes, randomUUID } from 'node:crypto'

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** An IAM unique id: a 4-letter prefix (AROA, ANPA, AIPA, AKIA, ASIA) and 17 base-32 characters. */
export function uniqueId(prefix: string, length = 21): string {
  const bytes = randomBytes(length)
  let id = prefix
  for (let i = 0; id.length < length; i++) id += ID_ALPHABET[bytes[i] % ID_ALPHABET.length]
  return id
}

export function secretKey(): string {
  return randomBytes(30).toString('base64')
}

export function sessionToken(): string {
  return `IQoJb3JpZ2luX2VjE${randomBytes(96).toString('base64')}`
}

export function requestId(): string {
  return randomUUID()
}
