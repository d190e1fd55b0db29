/**
 * `mfa-bool-false`: `aws:MultiFactorAuthPresent` compared with `false`, the pattern AWS warns
 * against. The key is present only in requests signed with temporary credentials; requests signed
 * with long-term access keys do not carry it at all. So:
 *
 * - in an Allow, `Bool … false` allows exactly the temporary sessions that did *not* use MFA (and
 *   `BoolIfExists … false` adds every access-key request): the opposite of requiring MFA;
 * - in a Deny, `Bool … false` never matches an access-key request (the key is absent), so the
 *   "deny without MFA" lets long-term keys through; `BoolIfExists` is the documented fix.
 *
 * Sources: IAM User Guide, "AWS global condition context keys", aws:MultiFactorAuthPresent;
 * AWS Knowledge Center, "mfa-iam-user-aws-cli".
 */
import { parseConditionOperator } from '../../policy/index.js'
import type { LintContext, Rule, RuleHit } from '../types.js'
import { allStatements, conditionEntries, isAllow, statementHit } from './policy-common.js'

const KEY = 'aws:multifactorauthpresent'

export const mfaBoolFalse: Rule = {
  id: 'mfa-bool-false',
  *check(context: LintContext): Generator<RuleHit> {
    for (const statement of allStatements(context)) {
      const effect = statement.ref.statement.Effect
      for (const item of conditionEntries(statement.facts)) {
        if (item.key.toLowerCase() !== KEY) continue
        const operator = parseConditionOperator(item.operator)
        if (operator?.base !== 'Bool' || !item.values.some(value => value.toLowerCase() === 'false')) continue
        if (isAllow(statement.ref.statement)) {
          yield statementHit(
            statement,
            `Allow with ${item.operator} ${item.key} "false" allows requests made without MFA${operator.ifExists ? ', including every request signed with long-term access keys' : ' (temporary sessions that skipped MFA)'}: the opposite of requiring MFA. To require MFA, write Bool ${item.key} "true"`,
            item.path
          )
        } else if (effect === 'Deny' && !operator.ifExists) {
          yield statementHit(
            statement,
            `Deny with ${item.operator} ${item.key} "false" does not apply to requests signed with long-term access keys, which carry no ${item.key} at all, so they are not denied; use BoolIfExists`,
            item.path
          )
        }
      }
    }
  }
}
