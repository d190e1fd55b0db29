import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { RESUME_AFTER_MS, TIERING_TUNED } from '../../src/util/turbofan.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CHECKPOINT = pathToFileURL(path.join(ROOT, 'src/util/run-checkpoint.ts')).href
const TURBOFAN_MODULE = pathToFileURL(path.join(ROOT, 'src/util/turbofan.ts')).href

// %GetOptimizationStatus bits (V8's runtime-test.cc).
const MAGLEV = 1 << 5
const TURBOFAN = 1 << 6

/**
 * A real process with V8's natives syntax: makes a function hot after a large project's worth of
 * checkpoints (none for `control`; for `resumed`, more once the process has run long enough) and
 * returns its optimization status. The caller is never optimized, so the function is called (not
 * inlined) and tiers up on its own. `nodeFlags` go to node, as a user's would.
 */
function tierAfter(mode: 'control' | 'held' | 'resumed' | 'two copies', nodeFlags: string[] = []): number {
  const folder = mkdtempSync(path.join(tmpdir(), 'rolegate-tiers-'))
  try {
    const script = path.join(folder, 'tiers.mts')
    writeFileSync(
      script,
      [
        `const { runCheckpoint } = await import(${JSON.stringify(CHECKPOINT)})`,
        "const natives = (code: string) => new Function('f', code) as (f: unknown) => number",
        "const status = natives('return %GetOptimizationStatus(f)')",
        "natives('%NeverOptimizeFunction(f)')(warm)",
        'function hot(n: number): number { let s = 0; for (let i = 0; i < 20; i++) s += (n * i) % 7; return s }',
        'function warm(fn: (n: number) => number): number { let x = 0; for (let i = 0; i < 200_000; i++) x += fn(i); return x }',
        'const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)',
        mode === 'control' || mode === 'two copies' ? '' : 'for (let i = 0; i < 256; i++) runCheckpoint()',
        // Two copies of the module (jest loads them once per test file): one holds, the other resumes.
        mode === 'two copies'
          ? [
              `const first = await import(${JSON.stringify(`${TURBOFAN_MODULE}?first`)})`,
              `const second = await import(${JSON.stringify(`${TURBOFAN_MODULE}?second`)})`,
              "const v8 = () => process.getBuiltinModule('node:v8')",
              `first.tuneTiering(v8, 100); second.tuneTiering(v8, ${RESUME_AFTER_MS + 1})`
            ].join('\n')
          : '',
        // Past the resume time without turning the event loop: only the next checkpoints can see it.
        mode === 'resumed'
          ? `sleep(${RESUME_AFTER_MS + 100} - performance.now()); for (let i = 0; i < 32; i++) runCheckpoint()`
          : '',
        // Between rounds, the helper threads finish what they compile.
        'for (let round = 0; round < 5; round++) { warm(hot); sleep(20) }',
        'console.log(status(hot))'
      ].join('\n')
    )
    const result = spawnSync(
      process.execPath,
      ['--allow-natives-syntax', ...nodeFlags, '--import', 'tsx', script],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }
    )
    expect(result.stderr).toBe('')
    return Number(result.stdout.trim())
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

describe('turbofan', () => {
  it('optimizes a hot function with TurboFan when nothing holds it back (the premise)', () => {
    expect(tierAfter('control') & TURBOFAN).toBe(TURBOFAN)
  })

  it('runs hot code in Maglev once a large project passes the checkpoint, on Node 24', () => {
    const status = tierAfter('held')
    if (TIERING_TUNED) {
      expect(status & TURBOFAN).toBe(0)
      expect(status & MAGLEV).toBe(MAGLEV)
    } else {
      // Node 20 and 22: nothing is held back (without Maglev, hot code would stay in the baseline tier).
      expect(status & TURBOFAN).toBe(TURBOFAN)
    }
  })

  it('lets TurboFan back for code that gets hot once the run has lasted long enough', () => {
    expect(tierAfter('resumed') & TURBOFAN).toBe(TURBOFAN)
  }, 20_000)

  it("is let back by whichever copy of the module looks last (the flag is the process's)", () => {
    expect(tierAfter('two copies') & TURBOFAN).toBe(TURBOFAN)
  })

  it('leaves tiering alone when the user set it, in any spelling node accepts', () => {
    // Held, TurboFan would be off: with the user's own tiering flag, it is not held.
    expect(tierAfter('held', ['--max_opt=4']) & TURBOFAN).toBe(TURBOFAN)
    expect(tierAfter('held', ['--always-sparkplug']) & TURBOFAN).toBe(TURBOFAN)
  })
})
