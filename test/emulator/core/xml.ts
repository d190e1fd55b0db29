/**
 * Minimal XML writer for AWS Query protocol responses.
 *
 * Values map onto XML the way the AWS Query protocol serializes shapes:
 * structures are objects, lists are arrays wrapped in `<member>` elements, maps are
 * {@link XmlMap} instances rendered as `<entry><key/><value/></entry>`, and absent
 * members (`undefined`/`null`) are omitted.
 */

export type XmlScalar = string | number | boolean | Date
export type XmlValue = XmlScalar | XmlObject | XmlMap | readonly XmlValue[] | null | undefined
export interface XmlObject {
  readonly [element: string]: XmlValue
}

/** A map shape: rendered as a sequence of `<entry>` elements. */
export class XmlMap {
  constructor(readonly entries: ReadonlyArray<readonly [string, XmlScalar]>) {}
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#x0D;',
  '\n': '&#x0A;'
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r\n]/g, ch => ESCAPES[ch] ?? ch)
}

/** IAM and STS timestamps: ISO-8601 in UTC, without milliseconds. */
export function isoTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function scalarText(value: XmlScalar): string {
  if (value instanceof Date) return isoTimestamp(value)
  return escapeXml(String(value))
}

function isXmlObject(value: XmlValue): value is XmlObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Date) &&
    !(value instanceof XmlMap) &&
    !Array.isArray(value)
  )
}

export function renderElement(name: string, value: XmlValue): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) {
    return `<${name}>${value.map(item => renderElement('member', item as XmlValue)).join('')}</${name}>`
  }
  if (value instanceof XmlMap) {
    const entries = value.entries
      .map(
        ([key, entryValue]) =>
          `<entry><key>${escapeXml(key)}</key><value>${scalarText(entryValue)}</value></entry>`
      )
      .join('')
    return `<${name}>${entries}</${name}>`
  }
  if (isXmlObject(value)) {
    return `<${name}>${renderChildren(value)}</${name}>`
  }
  return `<${name}>${scalarText(value as XmlScalar)}</${name}>`
}

export function renderChildren(object: XmlObject): string {
  return Object.entries(object)
    .map(([name, value]) => renderElement(name, value))
    .join('')
}

/** `<ActionResponse xmlns=..><ActionResult>..</ActionResult><ResponseMetadata>..` */
export function renderQueryResponse(
  action: string,
  namespace: string,
  result: XmlObject | undefined,
  requestId: string
): string {
  const resultXml = result === undefined ? '' : renderElement(`${action}Result`, result)
  return (
    `<${action}Response xmlns="${namespace}">${resultXml}` +
    `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata>` +
    `</${action}Response>\n`
  )
}

export function renderQueryError(
  namespace: string,
  error: { type: string; code: string; message: string },
  requestId: string
): string {
  return (
    `<ErrorResponse xmlns="${namespace}"><Error><Type>${escapeXml(error.type)}</Type>` +
    `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>\n`
  )
}
