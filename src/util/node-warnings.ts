/**
 * Keeps the AWS SDK's NodeVersionSupportWarning out of RoleGate's output. The SDK prints it, once
 * per process, on every Node release it plans to drop (today Node 20, which RoleGate supports and
 * tests); a user of `rolegate plan` can do nothing about it, and in the action it lands in every
 * log. Every other warning, and this one from anything but the SDK's text, passes through.
 *
 * Imported for its effect, at the top, by the entry points (src/main.ts, src/cli.ts), before any
 * module that could warn.
 */

const NAME = 'NodeVersionSupportWarning'

/** True for the SDK's warning: `process.emitWarning('NodeVersionSupportWarning: …')` or named so. */
export function isNodeVersionSupportWarning(warning: string | Error, ...rest: unknown[]): boolean {
  if (typeof warning !== 'string') return warning.name === NAME
  if (warning.startsWith(`${NAME}:`)) return true
  const [option] = rest
  if (option === NAME) return true
  return typeof option === 'object' && option !== null && (option as { type?: unknown }).type === NAME
}

const emitWarning = process.emitWarning.bind(process)

process.emitWarning = ((warning: string | Error, ...rest: unknown[]): void => {
  if (isNodeVersionSupportWarning(warning, ...rest)) return
  ;(emitWarning as (warning: string | Error, ...rest: unknown[]) => void)(warning, ...rest)
}) as typeof process.emitWarning
