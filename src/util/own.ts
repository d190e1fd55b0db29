/**
 * Tables keyed by user data (condition operators and keys, variables, tags, environments, policy
 * names). A plain object inherits `constructor`, `toString`, `__proto__` and friends from
 * `Object.prototype`: `table[key]` reads them for keys the user never wrote, and
 * `table['__proto__'] = value` replaces the object's prototype instead of storing a key. These
 * helpers read only own properties and always write own, enumerable data properties.
 */

/** `table[key]` when `table` itself has `key`, else undefined (never an inherited member). */
export function own<T>(table: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return table != null && Object.hasOwn(table, key) ? table[key] : undefined
}

/** Does `table` itself have `key`? */
export function hasOwn(table: object | undefined | null, key: string): boolean {
  return table != null && Object.hasOwn(table, key)
}

/** `table[key] = value` as an own data property, also for `__proto__`. */
export function setOwn<T>(table: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true })
  } else {
    table[key] = value
  }
}
