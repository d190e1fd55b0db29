import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * A real process (jest shares its heap with every test): node 20 and 22 stop the young generation at
 * 32 MB on their own, so the process is given Node 24's larger limit with a flag, then keeps 200,000
 * objects alive, as loading a large project does. Returns the young generation's final size in MB.
 */
function youngGenerationAfterLoad(checkpoint: boolean): number {
  const folder = mkdtempSync(path.join(tmpdir(), 'rolegate-young-'))
  const script = path.join(folder, 'load.ts')
  writeFileSync(
    script,
    [
      "import v8 from 'node:v8'",
      `import { limitYoungGeneration } from ${JSON.stringify(path.join(ROOT, 'src/util/young-generation.ts'))}`,
      'const kept: unknown[] = []',
      'for (let i = 0; i < 200_000; i++) {',
      checkpoint ? '  if (i % 100 === 0) limitYoungGeneration()' : '',
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
}

describe('young-generation', () => {
  it('stops the young generation at 32 MB where V8 would grow it further', () => {
    // Without the checkpoint, this V8 grows it past the limit: the test can tell the difference.
    expect(youngGenerationAfterLoad(false)).toBeGreaterThan(32)
    expect(youngGenerationAfterLoad(true)).toBeLessThanOrEqual(32)
  })
})
