/**
 * Keeps V8's young generation at the 32 MB Node 20 and 22 grow it to, on Node 24 too.
 *
 * V8 13 (Node 24, the action's runtime) raised the default maximum of the young generation
 * (`--scavenger-max-new-space-capacity-mb`): it grows to 128 MB where V8 11 and 12 stop at 32 MB.
 * A run keeps most of what it allocates (definitions, rendered roles, caches), so the larger young
 * generation saves few collections and costs fresh pages, each a page fault, which a VM makes
 * expensive. Node flags (`--max-semi-space-size`) cannot be given to an action, and the heap's
 * limits are fixed before any code runs; but V8 reads its growth factor each time the young
 * generation grows, so setting it to 1 once the young generation reaches 32 MB stops it there. On
 * Node 24, validate of 1,000 roles × 3 environments 0.74–0.81× wall, 296 → 201 MB peak; 10,000
 * roles 0.90×; a diff 0.87× (docs/benchmarks.md). Stopping it at its initial 1 MB instead was
 * 0.82–0.88× for 1,000 roles but 1.15× slower for 10,000.
 *
 * On Node 20 and 22 the flag is set too, at their own maximum, where it changes nothing measurable.
 * A `--max-semi-space-size` the user gave (`NODE_OPTIONS`, node's arguments) is theirs: then
 * nothing is set. The flag is the process's, so a host that imports these modules (jest) keeps it
 * for its later work. Looked at from the run's checkpoints (run-checkpoint.ts) until the limit is
 * reached; nothing after.
 */
import { userGaveFlag } from './node-flags.js'

/** The largest young generation V8 11 and 12 (Node 20 and 22) grow to by default. */
export const YOUNG_GENERATION_LIMIT_BYTES = 32 * 1024 * 1024

let limited = userGaveFlag(/--max[-_]semi[-_]space[-_]size\b/)

/** One look (node:v8 asked for only if needed); true once nothing is left to do. */
export function limitYoungGeneration(v8: () => typeof import('node:v8') | undefined): boolean {
  if (limited) return true
  const heap = v8()
  const newSpace = heap?.getHeapSpaceStatistics().find(space => space.space_name === 'new_space')
  // A V8 without that space (another young-generation collector), or no node:v8: left as it is.
  if (heap === undefined || newSpace === undefined) limited = true
  else if (newSpace.space_size >= YOUNG_GENERATION_LIMIT_BYTES) {
    heap.setFlagsFromString('--semi-space-growth-factor=1')
    limited = true
  }
  return limited
}
