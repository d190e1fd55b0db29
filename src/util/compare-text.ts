/**
 * The one order for text RoleGate sorts (findings by file and rule, roles by name, keys): UTF-16
 * code units (JavaScript's `<`; for ASCII names the byte order git uses). Not `localeCompare`: its order depends
 * on the machine's locale (a report must read the same on every runner), and its first call
 * loads ICU's collation data, ~20 ms of a cold run.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
