/**
 * Holds TurboFan, V8's top compiler tier, back for a large run's first seconds where Maglev, the
 * tier below it, is there to run hot code instead (Node 24, the action's runtime).
 *
 * A RoleGate run is one short process. TurboFan compiles hot functions into the fastest code on
 * helper threads, which pays for code that runs long after; a validate of 1,000 roles is over in
 * two seconds, and on a 2-vCPU machine those compile jobs compete with the run and the garbage
 * collector's threads. Maglev compiles several times faster into code nearly as fast for that time:
 * a large validate or diff takes ~0.9× the wall time and ~0.8× the CPU (docs/benchmarks.md). At
 * RESUME_AFTER_MS of process time TurboFan is let back, for code that first gets hot after that (a
 * function Maglev compiled meanwhile stays in Maglev: V8 does not tier it up later). A small
 * project never reaches the first look (run-checkpoint.ts) and keeps V8's own tiering.
 *
 * Only on V8 13 and later (Node 24) built with Maglev. Node 20 and Node 22 from 22.9 are built
 * without it: there, without TurboFan, hot code would stay in the baseline tier (1.37× and 1.44×
 * slower). Node 22.0–22.8 has V8 12.4's Maglev, which Node turned off in 22.9 for its bugs. Tiering
 * flags the user gave node are theirs: then nothing is changed either. Findings do not depend on
 * the tier code runs in, only the time does.
 *
 * The flag is the process's, so the state is too (a host such as jest loads these modules once per
 * test file): whichever copy looks after RESUME_AFTER_MS lets TurboFan back, and a timer does if
 * the run's checkpoints stop before then while it keeps working between awaits.
 */

import { userGaveFlag } from './node-flags.js'

/** Process time after which TurboFan is let back: a run this long has loops that repay it. */
export const RESUME_AFTER_MS = 3000

/** Every spelling V8 accepts of a flag that sets tiering: `--no-opt`, `--noturbofan`, `--max_opt=2`. */
const TIERING_FLAG =
  /--(no[-_]?)?(turbofan|opt|maglev|sparkplug|jitless|max[-_]opt|always[-_]?(turbofan|opt|sparkplug))\b/

const variables = process.config?.variables as { v8_enable_maglev?: unknown } | undefined

/** Whether holding TurboFan back can help here (see the file comment). */
export const TIERING_TUNED =
  variables?.v8_enable_maglev === 1 &&
  Number(process.versions.v8.split('.')[0]) >= 13 &&
  typeof process.getBuiltinModule === 'function' &&
  !userGaveFlag(TIERING_FLAG)

interface Tiering {
  state: 'running' | 'held' | 'resumed'
}

const KEY = Symbol.for('rolegate.tiering')
const tiering: Tiering = ((process as unknown as Record<symbol, Tiering | undefined>)[KEY] ??= {
  state: TIERING_TUNED ? 'running' : 'resumed'
})

function resume(v8: typeof import('node:v8')): void {
  if (tiering.state === 'held') v8.setFlagsFromString('--turbofan')
  tiering.state = 'resumed'
}

/** One look: holds TurboFan back, or lets it back once the run is long; true when done. */
export function tuneTiering(
  v8: () => typeof import('node:v8') | undefined,
  now = performance.now()
): boolean {
  if (tiering.state === 'resumed') return true
  const heap = v8()
  if (heap === undefined) return true
  if (now >= RESUME_AFTER_MS) {
    resume(heap)
    return true
  }
  if (tiering.state === 'running') {
    heap.setFlagsFromString('--no-turbofan')
    tiering.state = 'held'
    setTimeout(() => resume(heap), RESUME_AFTER_MS - now).unref()
  }
  return false
}
