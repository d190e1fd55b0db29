import type { ConditionContext } from './conditions.js'
import { escapeGlob, globOf } from './wildcard.js'

/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`, `${*}`, `${?}`,
 * `${$}`), as the IAM User Guide describes them: replaced by the single value of the context key
 * (key names ignore case), or the quoted default; a key with no value or several values leaves the
 * string unresolved (undefined). The result is an escaped glob: substituted text is literal.
 */
const VARIABLE = /\$\{([^}]*)\}/g
const WITH_DEFAULT = /^\s*([^,]*?)\s*,\s*'((?:[^']|'')*)'\s*$/

export function substituteVariables(text: string, context: ConditionContext): string | undefined {
  let result = ''
  let last = 0
  let unresolved = false
  for (const match of text.matchAll(VARIABLE)) {
    result += globOf(text.slice(last, match.index))
    last = match.index + match[0].length
    const inner = match[1].trim()
    if (inner === '*' || inner === '?' || inner === '$') {
      result += escapeGlob(inner)
      continue
    }
    const withDefault = WITH_DEFAULT.exec(match[1])
    const key = (withDefault ? withDefault[1] : inner).toLowerCase()
    const values = context.get(key)
    if (values && values.length === 1) result += escapeGlob(values[0])
    else if (withDefault) result += escapeGlob(withDefault[2].replace(/''/g, "'"))
    else unresolved = true
  }
  result += globOf(text.slice(last))
  return unresolved ? undefined : result
}

/** Only the 2012-10-17 policy language knows variables; older documents take `${…}` literally. */
export function variablesEnabled(version: string): boolean {
  return version === '2012-10-17'
}
