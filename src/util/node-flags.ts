/** Whether the user gave node a flag (its arguments, or `NODE_OPTIONS`): then the setting is theirs. */
export function userGaveFlag(pattern: RegExp): boolean {
  return [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some(option => pattern.test(option))
}
