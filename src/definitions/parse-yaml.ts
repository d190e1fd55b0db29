/**
 * YAML/JSON text → plain values with source positions (see src/model/source.ts).
 *
 * js-yaml builds the values (several times faster than a full YAML AST, which matters at a
 * thousand files); its node events give each node's start, from which every mapping entry and
 * list item gets its position. JSON is YAML, so both keep line and column. The core schema is
 * used, so `Version: 2012-10-17` stays a string and `<<` merges nothing.
 */
import jsyaml from 'js-yaml'
import { positionOf, setOwnPosition, setPosition, type SourceLocation } from '../model/source.js'
import { numberBecomesText } from './schema.js'

/** Upper bound on values one file may expand to: stops alias "billion laughs" expansion. */
export const MAX_NODES_PER_FILE = 200_000
/**
 * Longest string (key or value) accepted: IAM's largest quota, a role's inline policies together,
 * is 10,240 characters, so nothing longer can be deployed. Refusing it while parsing keeps a
 * hostile file from multiplying a huge string through every role, environment and message.
 */
export const MAX_STRING_LENGTH = 10_240
/** Deepest nesting accepted: policies nest five levels; this stops stack exhaustion further on. */
export const MAX_DEPTH = 64

/** Thrown from the parse listener to stop at the first value out of bounds. */
class BoundExceeded extends Error {
  constructor(
    readonly problem: string,
    readonly hint: string,
    readonly offset: number
  ) {
    super(problem)
  }
}

export interface ParsedDocument {
  value: unknown
  /** Location of the document start. */
  location: SourceLocation
  /**
   * A mapping of the file has a `__proto__` key, which zod does not validate (hidden-keys.ts): only
   * then is the value walked for it, a walk that costs a cold validate of 1,000 roles ~2%.
   */
  hiddenKeys: boolean
  /**
   * The file repeats a key: this document was read again keeping the last value of each repeated
   * key, so that every other problem is reported in the same run. It is validated, never loaded.
   */
  refused?: true
}

export interface ParseProblem {
  message: string
  location: SourceLocation
  hint?: string
}

export interface ParsedFile {
  documents: ParsedDocument[]
  problems: ParseProblem[]
}

interface Node {
  value: unknown
  start: number
  /** Where the node's text ends. */
  end: number
  /** A plain scalar YAML read as a number, boolean or null whose text that value does not keep. */
  written?: string
}

interface Frame {
  start: number
  children: Node[]
}

/** A number whose written text differs from the text it would be used as, and where it sits. */
interface ChangedNumber {
  container: object
  key: string | number
  node: Node
}

interface ListenerState {
  position: number
  result: unknown
  kind: string | null
}

const DUPLICATE_HINT = 'each key may appear once per mapping; merge the two entries'

/**
 * Parses a file. js-yaml stops at the first repeated key; the file is then read again keeping the
 * last value of each repeated key, so the other repeated keys and every other problem are reported
 * in one run, and its documents are only validated (`refused`): which of the two values was meant
 * is the user's call, so nothing in the file is loaded.
 */
export function parseYamlFile(file: string, text: string): ParsedFile {
  const parsed = parseText(file, text, false)
  if (!parsed.repeatedKey) return parsed
  const again = parseText(file, text, true)
  const problems = [parsed.repeatedKey]
  for (const problem of again.problems)
    if (!problems.some(known => sameProblem(known, problem))) problems.push(problem)
  problems.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column)
  return { documents: again.documents.map(document => ({ ...document, refused: true })), problems }
}

function sameProblem(a: ParseProblem, b: ParseProblem): boolean {
  return (
    a.location.line === b.location.line &&
    a.location.column === b.location.column &&
    (a.message === b.message ||
      (a.message.startsWith('duplicate key') && b.message.startsWith('duplicate key')))
  )
}

/**
 * One reading of the file. Without `keepLast`, a repeated key stops it (`repeatedKey`); with it,
 * the last value of a repeated key is kept, and each repeat found is a problem.
 */
function parseText(
  file: string,
  text: string,
  keepLast: boolean
): ParsedFile & { repeatedKey?: ParseProblem } {
  const lines = lineStarts(text)
  const at = (offset: number): SourceLocation => {
    const line = lineOf(lines, offset)
    return { file, line: line + 1, column: offset - lines[line] + 1 }
  }
  const roots: Node[] = []
  const stack: Frame[] = []
  // Numbers whose text YAML does not keep (`012`, `0x10`, `1.50`): reported where the value is
  // used as text (policies, tags, variables), once the document's shape tells where that is.
  const changedNumbers: ChangedNumber[] = []
  // Problems found while parsing that need no context: keys that are not text, or whose text changes.
  const problems: ParseProblem[] = []
  // Mappings with such a key: their document is not loaded, as its keys are not what was written.
  const unreadable = new Set<object>()
  let hiddenKeys = false
  // A flow sequence's single-pair items (`[key: value]`) are built without events: the listener
  // neither counts their depth nor sees their keys.
  let unseenItems = false
  const listener = (event: 'open' | 'close', state: ListenerState) => {
    if (event === 'open') {
      const start = skipSpace(text, state.position)
      if (stack.length >= MAX_DEPTH)
        throw new BoundExceeded(
          `values nest more than ${MAX_DEPTH} levels deep`,
          'flatten the structure; IAM policies nest five levels at most',
          start
        )
      stack.push({ start, children: [] })
      return
    }
    const frame = stack.pop()!
    const value = state.result
    const parent = stack.length > 0 ? stack[stack.length - 1].children : roots
    // js-yaml wraps a block sequence's items and explicit (`? `) keys in a second node of the same
    // value: that is the node inside, with its own start (after the `? `) and text.
    const [only] = frame.children
    if (frame.children.length === 1 && Object.is(only.value, value)) {
      parent.push(only)
      return
    }
    if (typeof value === 'string' && value.length > MAX_STRING_LENGTH)
      throw new BoundExceeded(
        `string of ${value.length} characters; RoleGate accepts at most ${MAX_STRING_LENGTH}`,
        'no IAM name, description or policy is that long: shorten it',
        frame.start
      )
    if (value !== null && typeof value === 'object') {
      setOwnPosition(value, at(frame.start))
      // From the value built, not the events: a key without a value (`{a, __proto__}`) has no
      // value event, so keys and values cannot be told apart by counting.
      if (Object.hasOwn(value, '__proto__')) hiddenKeys = true
      if (state.kind === 'mapping') {
        for (let index = 0; index + 1 < frame.children.length; index += 2) {
          setPosition(value, keyText(frame.children[index]), at(frame.children[index].start))
        }
        checkMapping(value as Record<string, unknown>, frame.children)
      } else if (state.kind === 'sequence') {
        frame.children.forEach((child, index) => setPosition(value, index, at(child.start)))
        if ((value as unknown[]).length !== frame.children.length) {
          unseenItems = true
          for (const item of value as unknown[])
            if (item !== null && typeof item === 'object' && Object.hasOwn(item, '__proto__'))
              hiddenKeys = true
          // Items built without events: which item a number belongs to is unknown, so it is
          // reported wherever it is (no RoleGate field takes a number inside a list).
          for (const child of frame.children) if (changedText(child)) problems.push(numberProblem(child))
        } else {
          frame.children.forEach((child, index) => {
            if (changedText(child)) changedNumbers.push({ container: value, key: index, node: child })
          })
        }
      }
    }
    const node: Node = { value, start: frame.start, end: state.position }
    if (frame.children.length === 0 && state.kind === 'scalar') {
      const written = writtenText(text, frame.start, state.position, value)
      if (written !== undefined) node.written = written
    }
    parent.push(node)
  }

  /**
   * A mapping's keys are text as written. A plain key YAML reads as null, a boolean or a number
   * keeps its text (`Null:`, IAM's condition operator, is `"Null"`, not `"null"`; `0x1F:` is
   * `"0x1F"`): every RoleGate key is text, so nothing else can have been meant. A `{x: y}` or
   * `[ab]` key (js-yaml makes them "[object Object]" and "ab") is an error. Values are checked
   * for numbers that lose text. Keys and values alternate among the children unless a flow
   * mapping has keys without values (`{a, b: 1}`): then all are keys, or, mixed, which is which
   * is unknown and numbers are reported wherever they are.
   */
  const checkMapping = (mapping: Record<string, unknown>, children: readonly Node[]) => {
    const keys = keepLast ? repeatedKeys(mapping, children) : Object.keys(mapping).length
    const pairs = children.length === 2 * keys
    if (!pairs && children.length !== keys) {
      for (const child of children) if (changedText(child)) problems.push(numberProblem(child))
      return
    }
    const renamed = new Map<string, string>()
    for (let index = 0; index < children.length; index += pairs ? 2 : 1) {
      const key = children[index]
      if (key.value !== null && typeof key.value === 'object') {
        unreadable.add(mapping)
        problems.push({
          message: `this key is ${Array.isArray(key.value) ? 'a list' : 'a mapping'}, and a key must be text`,
          location: at(key.start),
          hint: 'write the key as a string'
        })
      } else if (key.written !== undefined) {
        if (Object.hasOwn(mapping, key.written) || renamed.has(String(key.value))) {
          unreadable.add(mapping)
          problems.push({
            message: `duplicate key "${key.written}"`,
            location: at(key.start),
            hint: DUPLICATE_HINT
          })
        } else renamed.set(String(key.value), key.written)
      }
      const item = pairs ? children[index + 1] : undefined
      if (item && changedText(item))
        changedNumbers.push({ container: mapping, key: keyText(key), node: item })
    }
    if (renamed.size > 0 && !unreadable.has(mapping)) {
      // Rebuilt in place (the parent holds this object), in the written order; defined, not
      // assigned, so a `__proto__` key stays a key.
      const entries = Object.entries(mapping)
      for (const [key] of entries) delete mapping[key]
      for (const [key, item] of entries)
        Object.defineProperty(mapping, renamed.get(key) ?? key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true
        })
    }
  }
  /**
   * Reports each key that repeats an earlier key of the mapping (js-yaml, keeping the last value,
   * says nothing) and returns how many keys were written. Which children are keys is read from
   * the text: an implicit key is followed by its `:`; a value never is. An explicit `? key`
   * without a value is not seen as a key, and its repeat not found here: the first reading names
   * the first repeat, and the file fails whatever else is found.
   */
  const repeatedKeys = (mapping: Record<string, unknown>, children: readonly Node[]): number => {
    const written = children.filter(child => text[skipSpace(text, child.end)] === ':')
    const seen = new Set<string>()
    for (const key of written) {
      if (key.value !== null && typeof key.value === 'object') continue
      const name = keyText(key)
      if (seen.has(name))
        problems.push({ message: `duplicate key "${name}"`, location: at(key.start), hint: DUPLICATE_HINT })
      seen.add(name)
    }
    return written.length === children.length / 2 ? written.length : Object.keys(mapping).length
  }
  const numberProblem = (node: Node): ParseProblem => ({
    message: `YAML reads ${node.written} as ${describeValue(node.value)}, so the text would change`,
    location: at(node.start),
    hint: `quote it: "${node.written}"`
  })

  let documents: ParsedDocument[] = []
  try {
    jsyaml.loadAll(text, () => {}, {
      filename: file,
      schema: jsyaml.CORE_SCHEMA,
      json: keepLast,
      listener
    } as jsyaml.LoadOptions)
  } catch (error) {
    if (error instanceof BoundExceeded)
      return {
        documents,
        problems: [{ message: error.problem, hint: error.hint, location: at(error.offset) }]
      }
    const problem = problemOf(error, file, text, at)
    if (!keepLast && isRepeatedKey(error)) return { documents, problems: [problem], repeatedKey: problem }
    return { documents, problems: [problem] }
  }
  // Without an anchor (`&name`) there is no alias: each document is a tree, its depth bounded by
  // the listener (unless items were built unseen), so it holds no cycle and nothing nests deeper.
  const walkShape = text.includes('&') || unseenItems
  for (const root of roots) {
    if (root.value === null || root.value === undefined) continue // an empty document between `---` separators
    const location = at(root.start)
    const shape = walkShape ? checkShape(root.value) : undefined
    if (shape?.kind === 'cycle') {
      return {
        documents,
        problems: [
          {
            message: 'this alias refers to a value that contains it, so the value would be infinite',
            location: positionOf(shape.container, shape.key) ?? location,
            hint: 'an alias (*name) may repeat a value defined before, not one of its own enclosing values'
          }
        ]
      }
    }
    if (shape?.kind === 'depth') {
      return {
        documents,
        problems: [
          {
            message: `values nest more than ${MAX_DEPTH} levels deep once aliases are expanded`,
            location: positionOf(shape.node) ?? location,
            hint: 'write the values out instead of nesting aliases in aliases'
          }
        ]
      }
    }
    if (expandedSize(root.value, new Map()) > MAX_NODES_PER_FILE) {
      return {
        documents,
        problems: [
          {
            message: `document expands to more than ${MAX_NODES_PER_FILE} values (YAML aliases?)`,
            location,
            hint: 'write the values out or split the file; RoleGate refuses to expand aliases without bound'
          }
        ]
      }
    }
    documents.push({ value: root.value, location, hiddenKeys })
  }
  const paths = changedNumbers.length + unreadable.size > 0 ? containerPaths(roots) : undefined
  if (paths && unreadable.size > 0) {
    const dropped = new Set([...unreadable].map(mapping => paths.get(mapping)?.root))
    documents = documents.filter(document => !dropped.has(document.value))
  }
  if (paths) {
    for (const { container, key, node } of changedNumbers) {
      const found = paths.get(container)
      if (!found || numberBecomesText(found.root, [...found.path, key])) problems.push(numberProblem(node))
    }
  }
  problems.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column)
  return { documents, problems }
}

/** A number that YAML read from text it does not keep: `012`, `0x10`, `1.50`, `1e3`, `.inf`. */
/** The text of a mapping key: as written, for a plain key YAML would read as null, a boolean or a number. */
function keyText(node: Node): string {
  return node.written ?? String(node.value)
}

function changedText(node: Node): boolean {
  return node.written !== undefined && typeof node.value === 'number'
}

function describeValue(value: unknown): string {
  if (typeof value === 'number')
    return Number.isFinite(value) ? `the number ${value}` : 'a number that JSON cannot hold (it becomes null)'
  if (typeof value === 'boolean') return `the boolean ${value}`
  return 'null'
}

/**
 * The text of a plain scalar YAML read as a number, boolean or null, when the value's own text
 * (what RoleGate would use: `String(12)`) differs from it; undefined when it is the same.
 */
function writtenText(text: string, start: number, end: number, value: unknown): string | undefined {
  if (value !== null && typeof value !== 'number' && typeof value !== 'boolean') return undefined
  // Without the anchor or tag that may precede it (`&n 012`); an alias (`*n`) repeats a value
  // reported where it is written.
  const written = text
    .slice(start, end)
    .trimEnd()
    .replace(/^(?:[&!]\S*\s+)+/, '')
  if (written.startsWith('*') || written === '') return undefined
  return written === String(value) ? undefined : written
}

/** Each container of the documents, with its document and the path to it (the first path, past aliases). */
function containerPaths(roots: readonly Node[]): Map<object, { root: unknown; path: (string | number)[] }> {
  const paths = new Map<object, { root: unknown; path: (string | number)[] }>()
  for (const { value: root } of roots) {
    if (root === null || typeof root !== 'object') continue
    const stack: { node: object; path: (string | number)[] }[] = [{ node: root, path: [] }]
    while (stack.length > 0) {
      const { node, path } = stack.pop()!
      if (paths.has(node)) continue
      paths.set(node, { root, path })
      for (const key of keysOf(node)) {
        const child: unknown = (node as Record<string | number, unknown>)[key]
        if (child !== null && typeof child === 'object' && !paths.has(child))
          stack.push({ node: child, path: [...path, key] })
      }
    }
  }
  return paths
}

type ShapeProblem =
  { kind: 'cycle'; container: object; key: string | number } | { kind: 'depth'; node: object }

/**
 * A member that is one of its own ancestors (`trust: &t {Statement: [{Principal: *t}]}`), as the
 * container and key that hold it; or a value nested deeper than MAX_DEPTH once aliases are
 * expanded (each alias may add the depth of what it repeats). Trees and DAGs of ordinary aliases
 * pass. Iterative, so a hostile file cannot exhaust the stack here, and each value is visited once.
 */
function checkShape(root: unknown): ShapeProblem | undefined {
  if (root === null || typeof root !== 'object') return undefined
  const height = new Map<object, number>()
  const onPath = new Set<object>([root])
  const stack: { node: object; keys: (string | number)[]; next: number; height: number }[] = [
    { node: root, keys: keysOf(root), next: 0, height: 1 }
  ]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]
    if (top.next === top.keys.length) {
      stack.pop()
      onPath.delete(top.node)
      height.set(top.node, top.height)
      if (top.height > MAX_DEPTH) return { kind: 'depth', node: top.node }
      if (stack.length > 0)
        stack[stack.length - 1].height = Math.max(stack[stack.length - 1].height, top.height + 1)
      continue
    }
    const key = top.keys[top.next++]
    const child: unknown = (top.node as Record<string | number, unknown>)[key]
    if (child === null || typeof child !== 'object') continue
    const known = height.get(child)
    if (known !== undefined) {
      top.height = Math.max(top.height, known + 1)
      continue
    }
    if (onPath.has(child)) return { kind: 'cycle', container: top.node, key }
    onPath.add(child)
    stack.push({ node: child, keys: keysOf(child), next: 0, height: 1 })
  }
  return undefined
}

function keysOf(node: object): (string | number)[] {
  return Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node)
}

/** Values a document stands for once aliases are expanded, counted without expanding them. */
function expandedSize(value: unknown, seen: Map<object, number>): number {
  if (value === null || typeof value !== 'object') return 1
  const known = seen.get(value)
  if (known !== undefined) return known
  seen.set(value, 1) // a cycle counts once instead of forever
  let size = 1
  for (const child of Object.values(value)) {
    size += expandedSize(child, seen)
    if (size > MAX_NODES_PER_FILE) break
  }
  seen.set(value, size)
  return size
}

function isRepeatedKey(error: unknown): boolean {
  const failure = error as { name?: string; reason?: string }
  return failure.name === 'YAMLException' && /duplicated mapping key/.test(failure.reason ?? '')
}

function problemOf(
  error: unknown,
  file: string,
  text: string,
  at: (offset: number) => SourceLocation
): ParseProblem {
  const failure = error as { name?: string; reason?: string; message?: string; mark?: { position?: number } }
  if (failure.name !== 'YAMLException') {
    return {
      message: `cannot parse: ${failure.message ?? String(error)}`,
      location: { file, line: 1, column: 1 }
    }
  }
  const reason = failure.reason ?? 'invalid YAML'
  const position = failure.mark?.position ?? 0
  // js-yaml marks an unclosed quote or bracket at the end of the file, past its last line: point at
  // the quote that opened it (the last one: any later one would have closed it), or the last line.
  if (/end of the stream/.test(reason) && position >= text.trimEnd().length) {
    const opening = openingQuote(text, reason)
    return {
      message: `invalid YAML: ${reason}`,
      location: at(opening ?? lastCharacter(text)),
      hint:
        opening !== undefined
          ? 'this quote is never closed: close it, or remove it'
          : 'a bracket or quote opened above is never closed'
    }
  }
  const tag = /^unknown tag !<(.+)>$/.exec(reason)?.[1]
  if (tag !== undefined) return tagProblem(tag, text, position, at)
  const location = at(position)
  if (/duplicated mapping key/.test(reason)) {
    // The mark is at the repeated key (`Effect:` or `"Effect":` in flow style): name it.
    // An unquoted key may hold colons (`aws:SourceAccount`): it ends at a colon before a space.
    const key =
      /^\s*("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\s:,{}[\]](?:[^\n,{}:]|:(?![\s,}]|$))*?)\s*:(?:[\s,}]|$)/.exec(
        text.slice(position)
      )?.[1]
    return {
      message: key
        ? `duplicate key ${key.startsWith('"') || key.startsWith("'") ? key : `"${key}"`}`
        : 'duplicate key',
      location,
      hint: DUPLICATE_HINT
    }
  }
  const hint = /tab/i.test(reason)
    ? 'indent with spaces, not tabs'
    : /indent|mapping|sequence|end of the stream|flow collection/i.test(reason)
      ? 'check the indentation and quoting on this line'
      : undefined
  return { message: `invalid YAML: ${reason}`, location, hint }
}

/** CloudFormation's short-form intrinsic functions, which YAML sees as tags. */
const CLOUDFORMATION_TAGS = new Set(
  ['And', 'Base64', 'Cidr', 'Condition', 'Equals', 'FindInMap', 'GetAtt', 'GetAZs', 'If', 'ImportValue']
    .concat(['Join', 'Not', 'Or', 'Ref', 'Select', 'Split', 'Sub', 'Transform'])
    .map(name => `!${name}`)
)

/**
 * A tag js-yaml does not know (`!Sub`, `!!binary`): at the tag as written (js-yaml marks the end of
 * the value it tags), and for CloudFormation's functions, what to write instead.
 */
function tagProblem(
  tag: string,
  text: string,
  position: number,
  at: (offset: number) => SourceLocation
): ParseProblem {
  const written = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag
  const index = Math.max(text.lastIndexOf(written, position), text.lastIndexOf(`!<${tag}>`, position))
  const location = at(index >= 0 ? index : position)
  if (CLOUDFORMATION_TAGS.has(written))
    return {
      message: `${written} is a CloudFormation intrinsic function, and RoleGate does not evaluate CloudFormation functions`,
      location,
      hint: 'write the literal value, or a RoleGate {variable} such as {account}, {region} or {project}'
    }
  return {
    message: `unknown YAML tag ${written}`,
    location,
    hint: 'RoleGate reads plain YAML values: remove the tag'
  }
}

/** The quote that starts the scalar js-yaml reached the end of the file inside, if that is the error. */
function openingQuote(text: string, reason: string): number | undefined {
  const quote = /double quoted/.test(reason) ? '"' : /single quoted/.test(reason) ? "'" : undefined
  if (!quote) return undefined
  let index = text.lastIndexOf(quote)
  // An escaped quote did not open the scalar: \" inside double quotes, '' inside single quotes.
  while (index > 0 && text[index - 1] === (quote === '"' ? '\\' : "'"))
    index = text.lastIndexOf(quote, index - (quote === '"' ? 1 : 2))
  return index >= 0 ? index : undefined
}

function lastCharacter(text: string): number {
  return Math.max(0, text.trimEnd().length - 1)
}

/** From a node's first event to its first character: spaces, line breaks and comments. */
function skipSpace(text: string, position: number): number {
  let index = position
  while (index < text.length) {
    const char = text[index]
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\ufeff') index++
    else if (char === '#') {
      while (index < text.length && text[index] !== '\n') index++
    } else break
  }
  return index
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1)
  return starts
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return low
}
