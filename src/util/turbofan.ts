/**
 * Holds TurboFan, V8's top compiler tier, back for a run's first seconds where Maglev, the tier
 * below it, is there to run hot code instead (Node 24, the action's runtime).
 *
 * A RoleGate run is one short process. TurboFan compiles hot functions into the fastest code on
 * helper threads, which pays for code that runs long after; a validate of 1,000 roles is over in
 * two seconds, and on a 2-vCPU machine those compile jobs compete with the run and the garbage
 * collector's threads for the two CPUs. Maglev compiles several times faster into code nearly as
 * fast for that time. Measured on Node 24 (docs/benchmarks.md), alternated against the build
 * without this: validate of 1,000 roles × 3 environments 0.91–0.94× wall, 0.76–0.81× cpu; the diff
 * 0.92× wall, 0.81× cpu; 3,000 roles 0.95× wall, 0.85× cpu. A long run wants TurboFan for its long
 * loops, so it resumes once the process has run RESUME_AFTER_MS: 10,000 roles (12 s) 1.00×. A small
 * project never reaches the first checkpoint look and keeps V8's own tiering.
 *
 * Node 20 and 22 are built without Maglev (`process.config.variables.v8_enable_maglev` 0): there,
 * without TurboFan, hot code would stay in the baseline tier (1.37× and 1.44× slower), so nothing is
 * changed. Tiering flags the user gave node are theirs: then nothing is changed either. Findings do
 * not depend on the tier code runs in, only the time does.
 */
import type { V8 } from './run-checkpoint.js'
import { userGaveFlag } from './node-flags.js'

/** Process time after which TurboFan is let back: a run this long has loops that repay it. */
export const RESUME_AFTER_MS = 3000

type State = 'running' | 'held' | 'resumed'

const maglevBuilt = (process.config.variables as { v8_enable_maglev?: unknown }).v8_enable_maglev === 1
let state: State =
  maglevBuilt && !userGaveFlag(/--(no-)?(turbofan|maglev|sparkplug|jitless|max-opt)\b/)
    ? 'running'
    : 'resumed'

/** Holds TurboFan back at the first look, and lets it back once the run has lasted long enough. */
export function holdTurbofan(v8: V8, now = performance.now()): void {
  if (state === 'resumed') return
  const long = now >= RESUME_AFTER_MS
  if (state === 'running' && !long) {
    v8.setFlagsFromString('--no-turbofan')
    state = 'held'
  } else if (long) {
    if (state === 'held') v8.setFlagsFromString('--turbofan')
    state = 'resumed'
  }
}
