/**
 * Where a long run tunes V8 to what it has learned about itself. V8 has no hook for "the young
 * generation grew" or "this run is long", so the loops that do a run's work call `runCheckpoint()`
 * once per item: per file read and loaded, role rendered, rule and environment linted, page of live
 * IAM read. From the 256th call, every 32nd looks (young-generation.ts, turbofan.ts), until neither
 * needs another look.
 */
import { limitYoungGeneration } from './young-generation.js'
import { tuneTiering } from './turbofan.js'

/**
 * Calls before the first look. Loading node:v8 costs 4–7 ms: a project that makes fewer calls (a
 * few dozen files and roles) does not pay for it, and keeps Node's own settings: it is over before
 * they matter.
 */
const CALLS_BEFORE_FIRST_CHECK = 256
/**
 * The young generation's look reads a heap statistic, 15–45 µs in a cold process: read on every
 * call, it was ~2% of a small project's validate on Node 24 (145 reads). The items between two
 * reads keep far less alive than the young generation must see survive (its own size) before it
 * grows again.
 */
const CALLS_PER_CHECK = 32

let calls = 0
let settled = false

/** node:v8, loaded on first use, synchronously (Node 20.16 and 22.3 on; before them, nothing is tuned). */
const v8 = (): typeof import('node:v8') | undefined => process.getBuiltinModule?.('node:v8')

export function runCheckpoint(): void {
  if (settled || ++calls < CALLS_BEFORE_FIRST_CHECK || calls % CALLS_PER_CHECK !== 0) return
  const youngGenerationDone = limitYoungGeneration(v8)
  const tieringDone = tuneTiering(v8)
  settled = youngGenerationDone && tieringDone
}
