import { errors } from '../core/errors.js'
import { parseJson, parsePolicyDocument, policySize } from '../policy/parse.js'
import type { Statement } from '../policy/types.js'
import { isVisible, type IamContext } from './context.js'
import { checkPolicyDocumentLength } from './validate.js'

/** IAM's write-time checks of identity and trust policy documents. */

export const GITHUB_PROVIDER_HOST = 'token.actions.githubusercontent.com'
const GITHUB_PROVIDER_ARN =
  /^arn:aws[a-z-]*:iam::\d{12}:oidc-provider\/(token\.actions\.githubusercontent\.com(\/[^/]+)?)$/
const SCOPING_OPERATORS = new Set(['stringequals', 'stringlike', 'stringequalsignorecase'])

export function validateIdentityPolicy(parameter: string, text: string): void {
  checkPolicyDocumentLength(parameter, text)
  parsePolicyDocument(text, 'identity')
}

/**
 * The rule AWS enforces for GitHub's OIDC provider: an Allow statement trusting it must scope
 * `<provider>:sub` (or `:job_workflow_ref`) with StringEquals/StringLike/StringEqualsIgnoreCase
 * to something other than wildcards alone.
 */
function checkGithubScoping(statement: Statement): void {
  if (statement.effect !== 'Allow' || !statement.principal || statement.principal === '*') return
  for (const federated of statement.principal.Federated ?? []) {
    const match = GITHUB_PROVIDER_ARN.exec(federated)
    if (!match) continue
    const host = match[1].toLowerCase()
    const scopedKeys = new Set([`${host}:sub`, `${host}:job_workflow_ref`])
    const scoped = Object.entries(statement.condition).some(([operator, keys]) => {
      const base = operator.toLowerCase().replace(/^foranyvalue:/, '')
      if (!SCOPING_OPERATORS.has(base)) return false
      return Object.entries(keys).some(
        ([key, values]) =>
          scopedKeys.has(key.toLowerCase()) && values.length > 0 && values.every(v => !/^[*?]*$/.test(v))
      )
    })
    if (!scoped) {
      throw errors.malformedPolicy(
        `Trust policy with trusted principal ${federated} must evaluate, using StringEquals, StringLike or ` +
          `StringEqualsIgnoreCase, ${match[1]}:sub which is not scoped to all.`
      )
    }
  }
}

/** A role ARN in a trust policy must name a role that exists (and that IAM can already see). */
function checkRolePrincipals(ctx: IamContext, statement: Statement): void {
  if (!statement.principal || statement.principal === '*') return
  for (const id of statement.principal.AWS ?? []) {
    const match = /^arn:aws[a-z-]*:iam::(\d{12}):role\//.exec(id)
    if (!match || !ctx.registry.account(match[1])) continue
    const found = ctx.registry.roleByArn(id)
    const visible = found !== undefined && isVisible({ ...ctx, account: found.account }, found.role)
    if (!visible) throw errors.malformedPolicy(`Invalid principal in policy: "AWS":"${id}"`)
  }
}

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/** IAM stores `"AWS": "123456789012"` as `"AWS": "arn:aws:iam::123456789012:root"`. */
function rewriteAccountPrincipals(text: string): string {
  const document = parseJson(text) as JsonValue
  let changed = false
  const rewrite = (value: JsonValue): JsonValue => {
    if (typeof value === 'string' && /^\d{12}$/.test(value)) {
      changed = true
      return `arn:aws:iam::${value}:root`
    }
    return Array.isArray(value) ? value.map(rewrite) : value
  }
  const statements = (document as { Statement?: JsonValue }).Statement
  for (const statement of Array.isArray(statements) ? statements : [statements]) {
    for (const field of ['Principal', 'NotPrincipal']) {
      const block = (statement as Record<string, JsonValue> | null)?.[field]
      if (block && typeof block === 'object' && !Array.isArray(block) && 'AWS' in block) {
        block.AWS = rewrite(block.AWS)
      }
    }
  }
  return changed ? JSON.stringify(document) : text
}

/** Validates a trust policy and returns the text IAM stores for it. */
export function validateTrustPolicy(ctx: IamContext, parameter: string, text: string): string {
  checkPolicyDocumentLength(parameter, text)
  const document = parsePolicyDocument(text, 'trust')
  const quota = ctx.account.quotas.assumeRolePolicySize
  if (policySize(text) > quota) throw errors.limitExceeded(`Cannot exceed quota for ACLSizePerRole: ${quota}`)
  for (const statement of document.statements) {
    checkRolePrincipals(ctx, statement)
    checkGithubScoping(statement)
  }
  return rewriteAccountPrincipals(text)
}
