/** "Did you mean" suggestions: the closest candidate by edit distance, or a unique prefix. */
import { editDistance } from './edit-distance.js'

/** About one edit per four characters, at least one, at most three. */
function tolerance(text: string): number {
  return Math.max(1, Math.min(3, Math.floor(text.length / 4)))
}

/** The closest candidate within tolerance (case-insensitive), preferring the smaller distance. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase()
  const limit = tolerance(needle)
  const list = [...candidates]
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of list) {
    const distance = editDistance(needle, candidate.toLowerCase(), limit)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  if (best !== undefined) return best
  // A truncated name: suggest it only when the prefix is unambiguous.
  const extensions = list.filter(candidate => candidate.toLowerCase().startsWith(needle))
  return needle.length >= 3 && extensions.length === 1 ? extensions[0] : undefined
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates)
  return suggestion ? ` (did you mean "${suggestion}"?)` : ''
}
