/**
 * `policy-version`: a document whose policy language is the old `2008-10-17`, or that has no
 * `Version` (IAM then reads it as 2008-10-17) while it uses a policy variable. Under 2008-10-17 IAM
 * does not substitute policy variables: `${aws:username}` is compared as those literal characters,
 * so the statement matches nothing it was meant to. A document without Version and without
 * variables behaves the same under either version and is not reported.
 */
import { positionAt } from '../../model/source.js'
import { subjectsOf } from '../subjects.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import { describeSubject } from './policy-common.js'

const CURRENT = '2012-10-17'
const OLD = '2008-10-17'

/** The first policy variable in the document (`${aws:username}`), skipping IAM's `${*}`-style escapes. */
function firstVariable(document: unknown): string | undefined {
  return /\$\{(?![*?$]\})[^}]*\}/.exec(JSON.stringify(document) ?? '')?.[0]
}

export const policyVersion: Rule = {
  id: 'policy-version',
  *check(context: LintContext): Generator<RuleHit> {
    for (const subject of subjectsOf(context)) {
      const document: unknown = subject.document
      if (document === null || typeof document !== 'object' || Array.isArray(document)) continue
      const version: unknown = (document as Record<string, unknown>).Version
      if (version !== undefined && version !== OLD) continue // malformed-policy judges other values
      const variable = firstVariable(document)
      if (version === undefined && variable === undefined) continue
      const written =
        version === undefined ? `has no Version, so IAM reads it as ${OLD}` : `Version is ${OLD}`
      const effect = variable
        ? `policy variables are not substituted under it: IAM compares ${variable} as literal text, so the statements that use it match nothing they were meant to`
        : `policy variables such as \${aws:username} are not substituted under it: one added later would be compared as literal text`
      yield {
        message: `${describeSubject(subject)}: ${written}; ${effect}. Write Version: "${CURRENT}"`,
        location: positionAt(subject.document, version === undefined ? [] : ['Version']),
        role: subject.owner.logicalName,
        kind: subject.ownerKind === 'role' ? 'role' : 'managed policy',
        policy: subject.policyName
      }
    }
  }
}
