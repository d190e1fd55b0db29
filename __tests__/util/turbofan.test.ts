import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { RESUME_AFTER_MS } from '../../src/util/turbofan.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const MODULE = pathToFileURL(path.join(ROOT, 'src/util/run-checkpoint.ts')).href

// %GetOptimizationStatus bits (V8's runtime-test.cc).
const MAGLEV = 1 << 5
const TURBOFAN = 1 << 6

/**
 * A real process with V8's natives syntax: makes a function hot after a project's worth of
 * checkpoints (none for `control`; for `resumed`, more once the process has run long enough) and
 * returns its optimization status. The caller is never optimized, so the function is called (not
 * inlined) and tiers up on its own.
 */
function tierAfter(mode: 'control' | 'held' | 'resumed'): number {
  const folder = mkdtempSync(path.join(tmpdir(), 'rolegate-tiers-'))
  try {
    const script = path.join(folder, 'tiers.mts')
    writeFileSync(
      script,
      [
        `const { runCheckpoint } = await import(${JSON.stringify(MODULE)})`,
        "const natives = (code: string) => new Function('f', code) as (f: unknown) => number",
        "const status = natives('return %GetOptimizationStatus(f)')",
        "natives('%NeverOptimizeFunction(f)')(warm)",
        'function hot(n: number): number { let s = 0; for (let i = 0; i < 20; i++) s += (n * i) % 7; return s }',
        'function warm(fn: (n: number) => number): number { let x = 0; for (let i = 0; i < 200_000; i++) x += fn(i); return x }',
        mode === 'control' ? '' : 'for (let i = 0; i < 256; i++) runCheckpoint()',
        mode === 'resumed'
          ? `while (performance.now() < ${RESUME_AFTER_MS + 100}) {} for (let i = 0; i < 32; i++) runCheckpoint()`
          : '',
        // Between rounds, the helper threads finish what they compile.
        'for (let round = 0; round < 5; round++) { warm(hot); await new Promise(done => setTimeout(done, 20)) }',
        'console.log(status(hot))'
      ].join('\n')
    )
    const result = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', script], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' }
    })
    expect(result.stderr).toBe('')
    return Number(result.stdout.trim())
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

const maglevBuilt = (process.config.variables as { v8_enable_maglev?: unknown }).v8_enable_maglev === 1

describe('turbofan', () => {
  it('optimizes a hot function with TurboFan when nothing holds it back (the premise)', () => {
    expect(tierAfter('control') & TURBOFAN).toBe(TURBOFAN)
  })

  it('runs hot code in Maglev once a large project passes the checkpoint, where Maglev is built', () => {
    const status = tierAfter('held')
    if (maglevBuilt) {
      expect(status & TURBOFAN).toBe(0)
      expect(status & MAGLEV).toBe(MAGLEV)
    } else {
      // Node 20 and 22: without Maglev, nothing is held back (hot code would stay in the baseline tier).
      expect(status & TURBOFAN).toBe(TURBOFAN)
    }
  })

  it('lets TurboFan back once the run has lasted long enough', () => {
    expect(tierAfter('resumed') & TURBOFAN).toBe(TURBOFAN)
  }, 20_000)
})
