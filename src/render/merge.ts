import { copyPosition, linkPositions } from '../model/source.js'
import { hasOwn, setOwn } from '../util/own.js'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Deep merge for per-environment overrides: mappings merge key by key, anything else (lists
 * included) is replaced. Each key keeps the position of the side it came from. Keys are user data
 * (`__proto__`, `constructor`): only own keys are merged, and each is written as an own key.
 */
export function deepMerge<T>(base: T, override: unknown): T {
  if (override === undefined) return base
  if (!isPlainObject(base) || !isPlainObject(override)) return override as T
  const merged: Record<string, unknown> = {}
  linkPositions(base, merged)
  for (const [key, value] of Object.entries(base)) setOwn(merged, key, value)
  for (const [key, value] of Object.entries(override)) {
    setOwn(merged, key, hasOwn(base, key) ? deepMerge(base[key], value) : value)
    copyPosition(override, key, merged, key)
  }
  return merged as T
}
