/**
 * YAML/JSON text → plain values with source positions (see src/model/source.ts).
 * JSON is parsed by the same YAML 1.2 parser, so both keep line and column.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml'
import type { Node as YamlNode, Document } from 'yaml'
import { setOwnPosition, setPosition, type SourceLocation } from '../model/source.js'

/** Upper bound on values produced from one file: stops alias "billion laughs" expansion. */
export const MAX_NODES_PER_FILE = 200_000

export interface ParsedDocument {
  value: unknown
  /** Location of the document start. */
  location: SourceLocation
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

export function parseYamlFile(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter()
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col }
  }
  const problems: ParseProblem[] = []
  const documents: ParsedDocument[] = []
  let parsed: Document.Parsed[]
  try {
    const all = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true })
    parsed = Array.isArray(all) ? all : []
  } catch (error) {
    problems.push({
      message: `cannot parse: ${(error as Error).message}`,
      location: { file, line: 1, column: 1 }
    })
    return { documents, problems }
  }
  for (const doc of parsed) {
    for (const error of doc.errors) {
      problems.push({
        message: describeYamlError(error.code, error.message),
        location: at(error.pos[0]),
        hint: hintFor(error.code)
      })
    }
    if (doc.errors.length > 0) continue
    if (doc.contents === null) continue // an empty document between `---` separators
    const budget = { remaining: MAX_NODES_PER_FILE }
    try {
      const value = toPlain(doc.contents as YamlNode, doc, at, budget)
      documents.push({ value, location: at(doc.contents.range?.[0] ?? 0) })
    } catch (error) {
      if (error instanceof TooLarge) {
        problems.push({
          message: `document expands to more than ${MAX_NODES_PER_FILE} values (YAML aliases?)`,
          location: at(doc.contents.range?.[0] ?? 0),
          hint: 'write the values out or split the file; RoleGate refuses to expand aliases without bound'
        })
      } else {
        throw error
      }
    }
  }
  return { documents, problems }
}

class TooLarge extends Error {}

function toPlain(
  node: YamlNode | null,
  doc: Document.Parsed,
  at: (offset: number) => SourceLocation,
  budget: { remaining: number }
): unknown {
  if (--budget.remaining < 0) throw new TooLarge()
  if (node === null || node === undefined) return null
  if (isAlias(node)) return toPlain(node.resolve(doc) as YamlNode, doc, at, budget)
  if (isScalar(node)) return node.value
  if (isSeq(node)) {
    const list: unknown[] = []
    if (node.range) setOwnPosition(list, at(node.range[0]))
    node.items.forEach((item, index) => {
      const child = item as YamlNode
      list.push(toPlain(child, doc, at, budget))
      if (child?.range) setPosition(list, index, at(child.range[0]))
    })
    return list
  }
  if (isMap(node)) {
    const object: Record<string, unknown> = {}
    if (node.range) setOwnPosition(object, at(node.range[0]))
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const keyNode = pair.key as YamlNode | null
      const key = String(isScalar(keyNode) ? keyNode.value : toPlain(keyNode, doc, at, budget))
      const valueNode = pair.value as YamlNode | null
      object[key] = toPlain(valueNode, doc, at, budget)
      // Point at the key: it is what a reader looks for, and it exists even when the value is empty.
      const keyOffset = keyNode?.range?.[0] ?? valueNode?.range?.[0]
      if (keyOffset !== undefined) setPosition(object, key, at(keyOffset))
    }
    return object
  }
  return null
}

function describeYamlError(code: string, message: string): string {
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
  if (code === 'DUPLICATE_KEY') return `duplicate key: ${firstLine}`
  return `invalid YAML: ${firstLine}`
}

function hintFor(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once per mapping; merge the two entries'
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs'
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'check the indentation and quoting on this line'
    default:
      return undefined
  }
}
