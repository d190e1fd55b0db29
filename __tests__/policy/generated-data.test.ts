import { execFileSync } from 'node:child_process'

/** CI regenerates the data files and fails on a difference; this catches it before CI does. */
describe('generated data files', () => {
  it.each(['scripts/generate-iam-data.mjs', 'scripts/generate-managed-policies.mjs'])(
    '%s output is committed',
    script => {
      expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow()
    }
  )
})
