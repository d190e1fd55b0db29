/**
 * `invalid-principal`: a trust policy principal that IAM does not accept as written (`AWS:
 * "notanarn"`, `Federated: "foo"`, a wildcard inside an ARN, an IAM group). IAM rejects the trust
 * policy with "Invalid principal in policy", so the role cannot be created or updated. The forms
 * accepted are those of src/policy/principals.ts principalProblem().
 */
import { principalProblem } from '../../policy/principals.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import { allTrustStatements, principalsOf, trustHit } from './trust-common.js'

export const invalidPrincipal: Rule = {
  id: 'invalid-principal',
  *check(context: LintContext): Generator<RuleHit> {
    // Deny statements too: IAM rejects an invalid principal wherever it is written.
    for (const trust of allTrustStatements(context)) {
      for (const principal of principalsOf(trust)) {
        if (principal.type === '*') continue
        const problem = principalProblem(principal.type, principal.value)
        if (!problem) continue
        yield trustHit(
          trust,
          `Principal ${principal.type} "${principal.value}" ${problem}. IAM rejects the trust policy ("Invalid principal in policy")`,
          principal.path
        )
      }
    }
  }
}
