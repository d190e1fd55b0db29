import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const MODULE = pathToFileURL(path.join(ROOT, 'src/util/run-checkpoint.ts')).href

/**
 * A real process (jest shares its heap with every test file). Node 20 and 22 stop the young
 * generation at 32 MB on their own, so the process is given Node 24's larger maximum with
 * `--max-semi-space-size=64` (128 MB), then keeps 200,000 small objects alive, as loading a large
 * project does: about twice what growing past 32 MB takes. `userFlag: false` hides that flag from
 * the module, as if the larger maximum were the default. Returns the young generation's final size
 * in MB.
 */
function youngGenerationAfterLoad(options: { checkpoint: boolean; userFlag: boolean }): number {
  const folder = mkdtempSync(path.join(tmpdir(), 'rolegate-young-'))
  try {
    const script = path.join(folder, 'load.mts')
    writeFileSync(
      script,
      [
        "import v8 from 'node:v8'",
        options.userFlag ? '' : 'delete process.env.NODE_OPTIONS',
        `const { runCheckpoint } = await import(${JSON.stringify(MODULE)})`,
        'const kept: unknown[] = []',
        'for (let i = 0; i < 200_000; i++) {',
        options.checkpoint ? '  if (i % 100 === 0) runCheckpoint()' : '',
        "  kept.push({ file: `iam/role${i}.yml`, statements: [{ Effect: 'Allow', Action: ['s3:GetObject'] }] })",
        '}',
        "const newSpace = v8.getHeapSpaceStatistics().find(space => space.space_name === 'new_space')",
        'console.log(JSON.stringify({ megabytes: newSpace!.space_size / 1048576, kept: kept.length }))'
      ].join('\n')
    )
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [script], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '--max-semi-space-size=64' }
    })
    expect(result.stderr).toBe('')
    return (JSON.parse(result.stdout) as { megabytes: number }).megabytes
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

describe('young-generation', () => {
  it('stops the young generation at 32 MB where V8 would grow it further', () => {
    // Without the checkpoint, V8 grows it past the limit: the test can tell the difference.
    expect(youngGenerationAfterLoad({ checkpoint: false, userFlag: false })).toBeGreaterThan(32)
    const limited = youngGenerationAfterLoad({ checkpoint: true, userFlag: false })
    expect(limited).toBeGreaterThanOrEqual(32)
    expect(limited).toBeLessThan(48)
  })

  it('leaves a young generation the user sized with --max-semi-space-size alone', () => {
    expect(youngGenerationAfterLoad({ checkpoint: true, userFlag: true })).toBeGreaterThan(32)
  })
})
