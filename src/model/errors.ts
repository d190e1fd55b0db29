/**
 * Errors, one home for every layer. The adapters (aws/, git/, github/, fs/) and the commands throw
 * a UsageError for anything the user can fix; the entry points print it as one line (exit code 2
 * for the CLI, a failed step for the action), never as a stack trace. The helpers read a caught
 * value structurally, not with `instanceof Error`: errors from node:fs can come from another realm
 * (jest's VM), and a thrown value need not be an Error at all.
 */

/** A problem with how RoleGate was invoked or configured: reported as one line, exit code 2. */
export class UsageError extends Error {}

/** What a caught value says. */
export function errorMessage(error: unknown): string {
  const message =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined
  return typeof message === 'string' ? message : String(error)
}

/** What to print for a failure nobody expected: the stack when there is one, for the bug report. */
export function errorDetail(error: unknown): string {
  const stack = typeof error === 'object' && error !== null ? (error as { stack?: unknown }).stack : undefined
  return typeof stack === 'string' ? stack : String(error)
}

/** A system error's code (`ENOENT`, `EACCES`), or undefined. */
export function errorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' ? code : undefined
}

/** An error's name (`AccessDenied`, the AWS SDK's service exceptions), or undefined. */
export function errorName(error: unknown): string | undefined {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined
  return typeof name === 'string' ? name : undefined
}

/** AWS refused the call for lack of permission (IAM's `AccessDenied`, the SDK's `AccessDeniedException`). */
export function isAccessDenied(error: unknown): boolean {
  const name = errorName(error)
  return name === 'AccessDenied' || name === 'AccessDeniedException'
}

/**
 * AWS slowed the caller down (the SDK retried and gave up): the advice is to wait, not to check
 * the network.
 */
export function isThrottling(error: unknown): boolean {
  const name = errorName(error) ?? ''
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode
  return (
    /^(Throttling|ThrottlingException|ThrottledException|RequestLimitExceeded|TooManyRequestsException|SlowDown)$/.test(
      name
    ) || status === 429
  )
}
