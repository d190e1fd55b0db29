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

export const AVAILABLE_COMMANDS: readonly CommandName[] = [
  'validate',
  'diff',
  'check',
  'plan',
  'deploy',
  'drift',
  'bootstrap',
  'matrix'
]

export function notYetAvailable(command: string): string {
  return `command "${command}" is not yet available in this version of RoleGate; available: ${AVAILABLE_COMMANDS.join(', ')}`
}
