/** The commands, shared by the action and the CLI. */
export const COMMANDS = [
  'validate',
  'diff',
  'check',
  'plan',
  'deploy',
  'drift',
  'import',
  'bootstrap',
  'matrix'
] as const
export type CommandName = (typeof COMMANDS)[number]

/**
 * Commands of the CLI only: init writes a new repository's files and can answers one question, which
 * an action run has no use for (a workflow checks intent with expect: assertions).
 */
export const CLI_ONLY_COMMANDS = ['init', 'can'] as const

/** Commands that are built; the others exit with a clear error instead of pretending. */
const NOT_YET_AVAILABLE: readonly CommandName[] = []
export const AVAILABLE_COMMANDS: readonly CommandName[] = COMMANDS.filter(
  command => !NOT_YET_AVAILABLE.includes(command)
)

export function notYetAvailable(command: string): string {
  return `command "${command}" is not yet available in this version of RoleGate; available: ${AVAILABLE_COMMANDS.join(', ')}`
}
