/**
 * A read-only view of the repository's files, so the same project loader reads the working tree
 * (disk) and the base of a pull request (git). Paths are workspace-relative with forward slashes.
 */
import type { SourceFile } from '../definitions/load.js'

export interface FileTree {
  /** What to call this tree in messages: "working tree", "origin/main". */
  label: string
  /** Every file under `folder` ('' for the root), workspace-relative. */
  list(folder: string): Promise<string[]>
  /** The file, or undefined when it does not exist in this tree. */
  read(file: string): Promise<SourceFile | undefined>
  /**
   * What list() left out and why (a link to a folder outside the workspace): reported by the
   * loader, never skipped silently. Absent when a tree leaves nothing out.
   */
  skipped?(): readonly SkippedEntry[]
}

export interface SkippedEntry {
  /** Workspace-relative, forward slashes. */
  path: string
  /** Completes "<path> ...": `is a symbolic link to the folder /etc, outside the workspace`. */
  reason: string
  /** What to do; by default, for a link: copy the files into the repository. */
  hint?: string
}

/** One decoder for every file: a call without `stream` starts afresh, even after an error. */
const utf8 = new TextDecoder('utf-8', { fatal: true })

export function decodeUtf8(file: string, bytes: Uint8Array): SourceFile {
  try {
    const text = utf8.decode(bytes)
    return { path: file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }
  } catch {
    return notUtf8(file, bytes)
  }
}

/**
 * A file that is not UTF-8: where its first invalid byte is (line, and column in characters, as
 * every other finding counts them), so the user finds the character to fix.
 */
function notUtf8(file: string, bytes: Uint8Array): SourceFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      path: file,
      readError: 'file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8',
      readHint: 'save the file with the encoding UTF-8'
    }
  const offset = firstInvalidUtf8(bytes)
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1
  let before = utf8.decode(bytes.subarray(lineStart, offset))
  if (lineStart === 0 && before.charCodeAt(0) === 0xfeff) before = before.slice(1)
  let line = 1
  for (let index = 0; index < lineStart; index++) if (bytes[index] === 0x0a) line++
  const shown = [...bytes.subarray(offset, Math.min(offset + 4, invalidEnd(bytes, offset)))]
    .map(byte => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join(' ')
  const plural = shown.includes(' ')
  return {
    path: file,
    readError: `file is not valid UTF-8 text: ${plural ? 'bytes' : 'byte'} ${shown} here ${plural ? 'are' : 'is'} the first that ${plural ? 'are' : 'is'} not UTF-8 (a file saved as Latin-1 or Windows-1252 holds é, ü or “ ” as such bytes)`,
    readHint: 'save the file with the encoding UTF-8, or retype the character there',
    readAt: { line, column: before.length + 1 }
  }
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode Table 3-7, as
 * the fatal TextDecoder checks: no overlong forms, surrogates or code points past U+10FFFF); the
 * length when every sequence is well formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index)
    if (length === 0) return index
    index += length
  }
  return bytes.length
}

/** Length of the well-formed sequence at `index`, or 0 when the bytes there are not one. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index]
  if (lead < 0x80) return 1
  // The range the second byte must be in, by lead byte; the others are 0x80..0xBF.
  let length: number
  let low = 0x80
  let high = 0xbf
  if (lead >= 0xc2 && lead <= 0xdf) length = 2
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3
    if (lead === 0xe0) low = 0xa0
    if (lead === 0xed) high = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4
    if (lead === 0xf0) low = 0x90
    if (lead === 0xf4) high = 0x8f
  } else return 0
  if (index + length > bytes.length) return 0
  const second = bytes[index + 1]
  if (second < low || second > high) return 0
  for (let next = index + 2; next < index + length; next++)
    if (bytes[next] < 0x80 || bytes[next] > 0xbf) return 0
  return length
}

/** End of the invalid bytes at `offset`: up to the next byte that is ASCII or starts a sequence. */
function invalidEnd(bytes: Uint8Array, offset: number): number {
  let end = offset + 1
  while (end < bytes.length && bytes[end] >= 0x80 && sequenceLength(bytes, end) === 0) end++
  return end
}
