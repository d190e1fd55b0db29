/**
 * The intermediate document of a policy change: what a policy may hold between the revocations and
 * the grants of one deploy, so that no state on the way allows what neither the old nor the new
 * definitions allow. It keeps every Deny of either version and only the Allow statements both
 * versions contain word for word (statements compared as canonical JSON: conservative, a
 * reworded statement is dropped for the moment and comes back with the grant).
 */
import { isDeny, statementsOf, type PolicyDocument, type PolicyStatement } from '../model/policy.js'
import { canonicalJson } from '../policy/canonical-json.js'

export function hasDeny(document: PolicyDocument | undefined): boolean {
  return document !== undefined && statementsOf(document).some(isDeny)
}

/**
 * Policy variables (`${aws:username}`) are resolved only under Version 2012-10-17; under an older
 * or no Version they are literal text. A statement with one means something else when the Version
 * changes, so it is "the same" in both documents only when the Version is too.
 */
const resolvesVariables = (document: PolicyDocument | undefined) => document?.Version === '2012-10-17'

function sameMeaning(before: PolicyDocument | undefined, after: PolicyDocument | undefined) {
  const sameVersion = resolvesVariables(before) === resolvesVariables(after)
  return (text: string) => sameVersion || !text.includes('${')
}

/** Old ∩ new, statement by statement, plus every Deny of both; `undefined` stands for "no policy". */
export function intermediateDocument(
  before: PolicyDocument | undefined,
  after: PolicyDocument | undefined
): PolicyDocument {
  const old = before ? statementsOf(before) : []
  const now = after ? statementsOf(after) : []
  const unchanged = sameMeaning(before, after)
  const oldText = new Set(old.map(statement => canonicalJson(statement)).filter(unchanged))
  const kept: PolicyStatement[] = []
  const seen = new Set<string>()
  const keep = (statement: PolicyStatement) => {
    const text = canonicalJson(statement)
    if (seen.has(text)) return
    seen.add(text)
    kept.push(statement)
  }
  for (const statement of now) if (isDeny(statement) || oldText.has(canonicalJson(statement))) keep(statement)
  for (const statement of old) if (isDeny(statement)) keep(statement)
  return { Version: after?.Version ?? before?.Version ?? '2012-10-17', Statement: kept }
}

/** Same statements (as canonical JSON, in any order) with the same meaning: the documents allow and deny the same. */
export function sameStatements(a: PolicyDocument | undefined, b: PolicyDocument | undefined): boolean {
  const texts = (document: PolicyDocument | undefined) =>
    [...new Set((document ? statementsOf(document) : []).map(statement => canonicalJson(statement)))].sort()
  const [left, right] = [texts(a), texts(b)]
  return canonicalJson(left) === canonicalJson(right) && left.every(sameMeaning(a, b))
}

export function isEmpty(document: PolicyDocument): boolean {
  return statementsOf(document).length === 0
}

/**
 * A managed policy version must hold a statement: the intermediate of two versions with nothing in
 * common allows nothing with this one (a Deny of no action denies nothing, so other policies are
 * unaffected).
 */
export const NOTHING: PolicyStatement = {
  Sid: 'RoleGateTransitionAllowsNothing',
  Effect: 'Deny',
  NotAction: '*',
  Resource: '*'
}
