/**
 * Source positions. Loading turns YAML/JSON into plain values and records, for every object and
 * array, where each of its members was written. Positions are kept on the object itself under a
 * symbol, non-enumerable: JSON, `Object.keys`, spreads and deep-equality never see them, so documents
 * stay plain JSON (for comparison, deploy and reports) while a finding can still ask "where did
 * Statement[2].Action[0] come from?". A property rather than a WeakMap keyed by the object: a cold
 * validate of 1,000 roles records ~100,000 of them, and the WeakMaps cost ~10% of its time (set and
 * garbage collection of their entries; docs/benchmarks.md). Only values RoleGate creates (parsed,
 * or copied while rendering) get positions, and none of them is frozen.
 */
export interface SourceLocation {
  file: string
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  endLine?: number
  endColumn?: number
}

type Key = string | number

const POSITIONS = Symbol('source positions')

interface Positions {
  /** Where the object or array itself starts. */
  own?: SourceLocation
  /** Where each member was written. */
  members?: Map<Key, SourceLocation>
  /** A copy made while rendering → what it was copied from: positions are looked up there, not copied. */
  copiedFrom?: object
}

type Positioned = object & { [POSITIONS]?: Positions }

function recorded(node: object): Positions | undefined {
  return (node as Positioned)[POSITIONS]
}

function record(node: object): Positions {
  let positions = recorded(node)
  if (!positions) {
    positions = {}
    Object.defineProperty(node, POSITIONS, { value: positions })
  }
  return positions
}

/** Records where `container[key]` was written. */
export function setPosition(container: object, key: Key, location: SourceLocation): void {
  const positions = record(container)
  ;(positions.members ??= new Map()).set(key, location)
}

/** Records where an object or array itself starts. */
export function setOwnPosition(node: object, location: SourceLocation): void {
  record(node).own = location
}

/** Where `container[key]` was written, or where `container` itself starts. */
export function positionOf(container: unknown, key?: Key): SourceLocation | undefined {
  if (container === null || typeof container !== 'object') return undefined
  if (key !== undefined) {
    const found = keyPosition(container, key)
    if (found) return found
  }
  return ownPosition(container)
}

function keyPosition(container: object, key: Key): SourceLocation | undefined {
  for (let positions = recorded(container); positions; positions = copiedFromPositions(positions)) {
    const found = positions.members?.get(key)
    if (found) return found
  }
  return undefined
}

function ownPosition(container: object): SourceLocation | undefined {
  for (let positions = recorded(container); positions; positions = copiedFromPositions(positions)) {
    if (positions.own) return positions.own
  }
  return undefined
}

function copiedFromPositions(positions: Positions): Positions | undefined {
  return positions.copiedFrom && recorded(positions.copiedFrom)
}

/**
 * `to` is a copy of `from` with the same keys (give renamed keys their own setPosition): it answers
 * position questions with `from`'s answers, at the cost of one link instead of a copied table.
 */
export function linkPositions(from: object, to: object): void {
  if (from !== to) record(to).copiedFrom = from
}

/** Copies the position of `from[fromKey]` to `to[toKey]`; used when rendering renames a key. */
export function copyPosition(from: object, fromKey: Key, to: object, toKey: Key): void {
  const location = keyPosition(from, fromKey)
  if (location) setPosition(to, toKey, location)
}

/**
 * Follows a path of keys from `root` and returns the most precise known location: the deepest
 * node on the path that has one.
 */
export function positionAt(root: unknown, path: readonly Key[]): SourceLocation | undefined {
  let best = positionOf(root)
  let node: unknown = root
  for (const key of path) {
    if (node === null || typeof node !== 'object') break
    best = positionOf(node, key) ?? best
    node = (node as Record<Key, unknown>)[key]
  }
  return best
}

/**
 * Every recorded position inside `value`, as text. Two values equal as JSON and in this are the
 * same to anything that reads them with their positions (the config rendered into findings).
 */
export function positionsText(value: unknown): string {
  const parts: string[] = []
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object') return
    const own = ownPosition(node)
    parts.push(own ? `${own.file}:${own.line}:${own.column}` : '')
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      const at = keyPosition(node, key)
      parts.push(at ? `${at.file}:${at.line}:${at.column}` : '')
      visit((node as Record<string | number, unknown>)[key])
    }
  }
  visit(value)
  return parts.join(' ')
}
