/**
 * The one bounded cache: memoizes a pure one-argument function in a Map that never holds more than
 * `max` entries. Keys often come from pull requests (patterns, ARNs, condition keys), so a cache
 * must not grow with what an attacker writes; when it is full the oldest entry goes (a Map iterates
 * in insertion order), so a long run keeps its recent working set instead of starting over.
 *
 * Keys are compared as Map keys (SameValueZero): a user-chosen string such as `__proto__` or
 * `constructor` is an ordinary key. `undefined` results are cached like any other.
 */
export interface BoundedMemo<K, V> {
  (key: K): V
  /** Entries held now (never more than max). */
  readonly size: number
}

export function boundedMemo<K, V>(fn: (key: K) => V, max: number): BoundedMemo<K, V> {
  if (!Number.isInteger(max) || max < 1)
    throw new RangeError(`boundedMemo: max must be a positive integer, got ${max}`)
  const cache = new Map<K, V>()
  const memo = (key: K): V => {
    const cached = cache.get(key)
    if (cached !== undefined || cache.has(key)) return cached as V
    const value = fn(key)
    if (cache.size >= max) cache.delete(cache.keys().next().value as K)
    cache.set(key, value)
    return value
  }
  Object.defineProperty(memo, 'size', { get: () => cache.size })
  return memo as BoundedMemo<K, V>
}
