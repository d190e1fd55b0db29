/**
 * Policy size as IAM counts it against its quotas (trust policy 2,048, inline policies 10,240 per
 * role in aggregate, managed policy 6,144): every character of the submitted JSON except
 * whitespace, wherever it occurs. RoleGate submits JSON.stringify of the document, so that is what
 * is measured for a document; text is measured as given (for documents read back from IAM).
 */
import type { PolicyDocument } from '../model/policy.js'

/** JavaScript's `\s` outside ASCII: NBSP, the Zs spaces, the line/paragraph separators and BOM. */
function isWideSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Non-whitespace characters (code points) of the JSON. */
export function policySize(document: PolicyDocument | string): number {
  const text = typeof document === 'string' ? document : JSON.stringify(document)
  const length = text.length
  let count = 0
  // One pass over UTF-16 units: a surrogate pair is one code point (never whitespace), a lone
  // surrogate counts as one character too.
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x7f) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) continue
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) i++
    } else if (isWideSpace(code)) {
      continue
    }
    count++
  }
  return count
}
