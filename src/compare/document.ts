/**
 * Textual identity of policy documents, up to what IAM itself does not distinguish: key order,
 * a single value vs a one-element list, the order of Action/Resource lists, principal spellings
 * IAM rewrites (account id → root ARN), condition operator and key case. Statement order and
 * splits are kept: a split statement is a (neutral) change to deploy, not nothing.
 */
import { asList, statementsOf, type PolicyDocument, type PolicyStatement } from '../model/policy.js'
import { canonicalJson } from '../policy/canonical-json.js'
import { canonicalCondition } from '../policy/conditions.js'
import { normalizePrincipals, principalKey } from '../policy/principals.js'
import { setOwn } from '../util/own.js'

function canonicalStatement(statement: PolicyStatement, partition: string): unknown {
  if (statement === null || typeof statement !== 'object') return statement
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(statement)) {
    switch (key) {
      case 'Action':
      case 'NotAction':
        out[key] = [
          ...new Set(asList(value as string | string[]).map(item => String(item).toLowerCase()))
        ].sort()
        break
      case 'Resource':
      case 'NotResource':
        out[key] = [...new Set(asList(value as string | string[]).map(String))].sort()
        break
      case 'Principal':
      case 'NotPrincipal':
        out[key] = normalizePrincipals(value as PolicyStatement['Principal'], { partition }).map(principalKey)
        break
      case 'Condition':
        out[key] = canonicalCondition(value as PolicyStatement['Condition'])
        break
      default:
        setOwn(out, key, value) // any key a malformed statement holds, `__proto__` included
    }
  }
  return out
}

/** Canonical text per document object and partition: roles share attached policies, so each is canonicalized once. */
const canonicalCache = new WeakMap<object, Map<string, string>>()

export function canonicalDocument(document: PolicyDocument | undefined, partition = 'aws'): string {
  if (document === undefined) return ''
  if (document === null || typeof document !== 'object') return canonicalJson(document)
  let byPartition = canonicalCache.get(document)
  const cached = byPartition?.get(partition)
  if (cached !== undefined) return cached
  const { Statement: _statement, ...rest } = document
  const text = canonicalJson({
    ...rest,
    Statement: statementsOf(document).map(statement => canonicalStatement(statement, partition))
  })
  if (!byPartition) canonicalCache.set(document, (byPartition = new Map()))
  byPartition.set(partition, text)
  return text
}

export function sameDocument(
  a: PolicyDocument | undefined,
  b: PolicyDocument | undefined,
  partition = 'aws'
): boolean {
  return canonicalDocument(a, partition) === canonicalDocument(b, partition)
}
