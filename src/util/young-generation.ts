/**
 * Keeps V8's young generation at the size Node 20 and 22 give it, on every Node.
 *
 * V8 13 (Node 24, the action's runtime) sizes the young generation from the machine's memory: it
 * grew to 128 MB here (24 GiB), where V8 11 and 12 stop at 32 MB. A run keeps most of what it
 * allocates (definitions, rendered roles, caches), so the larger young generation saves few
 * collections and costs fresh pages, each a page fault, which a VM makes expensive. Node flags
 * (`--max-semi-space-size`) cannot be given to an action, and the heap's limits are fixed before any
 * code runs; but V8 reads its growth factor each time the young generation would grow, so setting it
 * to 1 once the young generation reaches 32 MB stops it there. On Node 24, validate of 1,000 roles ×
 * 3 environments 0.81× wall, 0.68× peak memory; 10,000 roles 0.99× (docs/benchmarks.md). On Node 20
 * and 22 it never grows past 32 MB, so this changes nothing there. Stopping it at its initial 1 MB
 * instead was 0.82–0.88× for 1,000 roles but 1.15× slower for 10,000.
 *
 * V8 has no hook for "the young generation grew", so the loops that allocate most of what a run
 * keeps call `limitYoungGeneration()` once per item: per definition file loaded, per role rendered,
 * per rule and environment linted. It reads one heap statistic until the limit is reached, and
 * nothing after.
 */
import v8 from 'node:v8'

/** The largest young generation V8 11 and 12 (Node 20 and 22) grow to by default. */
export const YOUNG_GENERATION_LIMIT_BYTES = 32 * 1024 * 1024

let limited = false

export function limitYoungGeneration(): void {
  if (limited) return
  const newSpace = v8.getHeapSpaceStatistics().find(space => space.space_name === 'new_space')
  // A V8 without that space (another young-generation collector) is left as it is.
  if (newSpace === undefined) limited = true
  else if (newSpace.space_size >= YOUNG_GENERATION_LIMIT_BYTES) {
    v8.setFlagsFromString('--semi-space-growth-factor=1')
    limited = true
  }
}
