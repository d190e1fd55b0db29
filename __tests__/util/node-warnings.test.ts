import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isNodeVersionSupportWarning } from '../../src/util/node-warnings.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** What @aws-sdk/core emits on Node 20 (emitWarningIfUnsupportedVersion). */
const SDK_WARNING = `NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=22. You are running node v20.20.2.`

describe('node-warnings', () => {
  it("recognizes the SDK's warning in each form process.emitWarning accepts", () => {
    expect(isNodeVersionSupportWarning(SDK_WARNING)).toBe(true)
    expect(isNodeVersionSupportWarning('Node 20 is old', 'NodeVersionSupportWarning')).toBe(true)
    expect(isNodeVersionSupportWarning('Node 20 is old', { type: 'NodeVersionSupportWarning' })).toBe(true)
    expect(
      isNodeVersionSupportWarning(Object.assign(new Error('old'), { name: 'NodeVersionSupportWarning' }))
    ).toBe(true)
  })

  it('lets every other warning through', () => {
    expect(isNodeVersionSupportWarning('Buffer() is deprecated', 'DeprecationWarning', 'DEP0005')).toBe(false)
    expect(isNodeVersionSupportWarning('something about NodeVersionSupportWarning')).toBe(false)
    expect(isNodeVersionSupportWarning(new Error('NodeVersionSupportWarning: in an Error message'))).toBe(
      false
    )
  })

  it('once imported, keeps only that warning off stderr (a real process: jest sandboxes process)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rolegate-warnings-'))
    const script = path.join(folder, 'emit.ts')
    writeFileSync(
      script,
      [
        `import ${JSON.stringify(path.join(ROOT, 'src/util/node-warnings.ts'))}`,
        `process.emitWarning(${JSON.stringify(SDK_WARNING)})`,
        "process.emitWarning('a deprecated thing', 'DeprecationWarning')",
        "process.emitWarning('plain')"
      ].join('\n')
    )
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [script], { encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stderr).not.toContain('AWS SDK')
    expect(result.stderr).toContain('DeprecationWarning: a deprecated thing')
    expect(result.stderr).toContain('Warning: plain')
  })
})
