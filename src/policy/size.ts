/**
 * Policy size as IAM counts it against its quotas (trust policy 2,048, inline policies 10,240 per
 * role in aggregate, managed policy 6,144): every character of the submitted JSON except
 * whitespace, wherever it occurs. RoleGate submits JSON.stringify of the document, so that is what
 * is measured for a document; text is measured as given (for documents read back from IAM).
 */
import type { PolicyDocument } from '../model/policy.js'

/** Non-whitespace characters (code points) of the JSON. */
export function policySize(document: PolicyDocument | string): number {
  const text = typeof document === 'string' ? document : JSON.stringify(document)
  let count = 0
  for (const char of text) if (!/\s/u.test(char)) count++
  return count
}
