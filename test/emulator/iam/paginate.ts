import { errors } from '../core/errors.js'

/**
 * Marker/MaxItems pagination. Markers are opaque to clients; here they carry the sort key of
 * the last item returned, so a page boundary survives items being added or removed meanwhile.
 */
export interface Page<T> {
  items: T[]
  isTruncated: boolean
  marker?: string
}

function decodeMarker(marker: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(marker, 'base64url').toString('utf8')) as { after?: unknown }
    if (typeof parsed.after === 'string') return parsed.after
  } catch {
    // fall through to the error below
  }
  throw errors.validation(`Invalid Marker: ${marker}`)
}

/** `items` must already be sorted by `keyOf`. */
export function paginate<T>(
  items: T[],
  keyOf: (item: T) => string,
  marker: string | undefined,
  maxItems: number
): Page<T> {
  let start = 0
  if (marker !== undefined) {
    const after = decodeMarker(marker)
    start = items.findIndex(item => keyOf(item) > after)
    if (start < 0) start = items.length
  }
  const page = items.slice(start, start + maxItems)
  const isTruncated = start + maxItems < items.length
  return {
    items: page,
    isTruncated,
    marker: isTruncated
      ? Buffer.from(JSON.stringify({ after: keyOf(page[page.length - 1]) })).toString('base64url')
      : undefined
  }
}

export function byKey<T>(keyOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0)
}
