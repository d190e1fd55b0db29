/** IPv4/IPv6 addresses and CIDR ranges for the IpAddress and NotIpAddress operators. */

interface Address {
  bits: 32 | 128
  value: bigint
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.')
  if (parts.length !== 4) return undefined
  let value = 0n
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined
    value = (value << 8n) | BigInt(Number(part))
  }
  return value
}

function parseIpv6(text: string): bigint | undefined {
  let head = text
  let tail: string[] = []
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  if (halves.length === 2) {
    head = halves[0]
    tail = halves[1] === '' ? [] : halves[1].split(':')
  }
  const front = head === '' ? [] : head.split(':')
  const groups: number[] = []
  const push = (items: string[]): boolean => {
    for (const [index, item] of items.entries()) {
      if (index === items.length - 1 && item.includes('.')) {
        const v4 = parseIpv4(item)
        if (v4 === undefined) return false
        groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn))
      } else if (/^[0-9a-f]{1,4}$/i.test(item)) groups.push(parseInt(item, 16))
      else return false
    }
    return true
  }
  if (!push(front)) return undefined
  const before = groups.length
  if (!push(tail)) return undefined
  const missing = 8 - groups.length
  if (halves.length === 2) {
    if (missing < 1) return undefined
    groups.splice(before, 0, ...new Array<number>(missing).fill(0))
  } else if (missing !== 0) return undefined
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(group), 0n)
}

function parseAddress(text: string): Address | undefined {
  const v4 = parseIpv4(text)
  if (v4 !== undefined) return { bits: 32, value: v4 }
  const v6 = text.includes(':') ? parseIpv6(text) : undefined
  return v6 === undefined ? undefined : { bits: 128, value: v6 }
}

/** Is `address` within `range` (CIDR, or a single address)? Different families never match. */
export function ipInRange(address: string, range: string): boolean {
  const ip = parseAddress(address.trim())
  const [network, prefixText] = range.trim().split('/')
  const net = parseAddress(network)
  if (!ip || !net || ip.bits !== net.bits) return false
  const prefix = prefixText === undefined ? net.bits : Number(prefixText)
  if (!/^\d+$/.test(prefixText ?? '0') || prefix > net.bits) return false
  const shift = BigInt(net.bits - prefix)
  return ip.value >> shift === net.value >> shift
}
