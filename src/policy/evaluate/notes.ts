/**
 * The notes of one evaluation: what was not evaluated or could not be known, in words a reviewer
 * reads. Each note once, in the order first added. Values quoted from documents or requests are
 * user input of any length, so they are clipped.
 */
import type { SourceLocation } from '../../model/source.js'

/** Where notes go while a statement is evaluated. */
export interface NoteSink {
  add(note: string): void
}

export class Notes implements NoteSink {
  readonly list: string[] = []
  private readonly seen = new Set<string>()
  add(note: string): void {
    if (this.seen.has(note)) return
    this.seen.add(note)
    this.list.push(note)
  }
}

const MAX_QUOTED = 120

/** `"text"` for a note, clipped to a readable length. */
export function quoted(text: string): string {
  const clipped =
    text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}… (${text.length} characters)` : text
  return JSON.stringify(clipped)
}

/** `file:line`, or nothing for a location-less (AWS managed) statement. */
export function at(location: SourceLocation | undefined): string {
  return location ? ` (${location.file}:${location.line})` : ''
}
