/**
 * Typed condition values: numbers, dates, booleans, IP addresses and CIDR blocks, base64. Each
 * parser returns undefined for text it does not accept, and the condition then does not match
 * (IAM compares typed values, never text that merely looks alike).
 */

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/** An integer or decimal (`10`, `-2.5`); no exponent, no hex, no spaces. */
export function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?([Zz]|[+-]\d{2}:?\d{2})?$/

/**
 * Milliseconds since the epoch, from an ISO 8601 date or date-time (`2026-12-31`,
 * `2026-12-31T23:59:59Z`, `...+02:00`; no zone means UTC) or from epoch seconds (`1767225599`),
 * the two forms the Date operators accept. Impossible dates (`2026-02-30`) are rejected.
 */
export function parseDate(text: string): number | undefined {
  if (/^\d{1,12}(\.\d+)?$/.test(text)) return Math.floor(Number(text) * 1000)
  const match = ISO_DATE.exec(text)
  if (!match) return undefined
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined
  let offset = 0
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.replace(':', '')
    const hours = Number(digits.slice(1, 3))
    const minutes = Number(digits.slice(3, 5))
    if (hours > 23 || minutes > 59) return undefined
    offset = (digits.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000
  }
  const millis = Number((fraction + '000').slice(0, 3))
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis)
  // Date.UTC maps years 0-99 onto 1900-1999.
  const adjusted = year < 100 ? new Date(utc).setUTCFullYear(year) : utc
  return adjusted - offset
}

/** `true`/`false`, case-insensitive (the Bool operator's values). */
export function parseBool(text: string): boolean | undefined {
  const lower = text.toLowerCase()
  return lower === 'true' ? true : lower === 'false' ? false : undefined
}

export interface IpRange {
  /** 4 for IPv4, 6 for IPv6: addresses of different families never match. */
  family: 4 | 6
  /** The address, as a number of 32 or 128 bits. */
  address: bigint
  /** Prefix length; the full width for a single address. */
  prefix: number
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.')
  if (parts.length !== 4) return undefined
  let value = 0
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined
    value = value * 256 + Number(part)
  }
  return BigInt(value)
}

function parseIpv6(text: string): bigint | undefined {
  if (text.length > 45 || !/^[0-9a-fA-F:.]+$/.test(text)) return undefined
  let head = text
  let tailIpv4: bigint | undefined
  const lastColon = text.lastIndexOf(':')
  if (text.includes('.', lastColon)) {
    tailIpv4 = parseIpv4(text.slice(lastColon + 1))
    if (tailIpv4 === undefined) return undefined
    head = text.slice(0, lastColon + 1) + '0:0'
  }
  const halves = head.split('::')
  if (halves.length > 2) return undefined
  const groupsOf = (part: string): string[] | undefined =>
    part === '' ? [] : part.split(':').every(g => /^[0-9a-fA-F]{1,4}$/.test(g)) ? part.split(':') : undefined
  const left = groupsOf(halves[0])
  const right = halves.length === 2 ? groupsOf(halves[1]) : []
  if (!left || !right) return undefined
  const missing = 8 - left.length - right.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right]
  let value = 0n
  for (const group of groups) value = (value << 16n) | BigInt(parseInt(group, 16))
  if (tailIpv4 !== undefined) value = (value & ~0xffffffffn) | tailIpv4
  return value
}

/** An address (`203.0.113.7`, `2001:db8::1`) or a CIDR block (`203.0.113.0/24`, `2001:db8::/32`). */
export function parseIpRange(text: string): IpRange | undefined {
  const slash = text.indexOf('/')
  const addressText = slash < 0 ? text : text.slice(0, slash)
  const v4 = parseIpv4(addressText)
  const family = v4 !== undefined ? 4 : 6
  const address = v4 ?? parseIpv6(addressText)
  if (address === undefined) return undefined
  const width = family === 4 ? 32 : 128
  let prefix = width
  if (slash >= 0) {
    const prefixText = text.slice(slash + 1)
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > width) return undefined
    prefix = Number(prefixText)
  }
  return { family, address, prefix }
}

/** Is the request's address inside the policy's range? A request value must be a single address. */
export function ipInRange(range: IpRange, address: IpRange): boolean {
  if (range.family !== address.family) return false
  const width = BigInt(range.family === 4 ? 32 : 128)
  const shift = width - BigInt(range.prefix)
  return range.address >> shift === address.address >> shift
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** The bytes of a base64 value (the BinaryEquals operator), as a canonical string; undefined when not base64. */
export function base64Bytes(text: string): string | undefined {
  if (!BASE64.test(text)) return undefined
  return Buffer.from(text, 'base64').toString('hex')
}
