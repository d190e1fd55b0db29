/**
 * What `npm i -D rolegate` installs: the bundles, the schemas and the docs, nothing else, and no
 * dependencies (the bundles carry them). Reads `npm pack --dry-run`, so it checks the committed
 * dist/ as it would be published.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface PackageJson {
  dependencies?: Record<string, string>
  engines: { node: string }
  bin: Record<string, string>
  private?: boolean
  license: string
}

const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as PackageJson

interface Packed {
  files: { path: string }[]
  unpackedSize: number
}

function packed(): Packed {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore']
  })
  return (JSON.parse(output) as Packed[])[0]
}

describe('the published package', () => {
  it('is publishable, MIT, for Node 20 and later, with no runtime dependencies', () => {
    expect(pkg.private).toBeUndefined()
    expect(pkg.license).toBe('MIT')
    expect(pkg.engines.node).toBe('>=20')
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it('ships the bundles, schemas, docs and license, and no sources or tests, under 12 MB', () => {
    const { files, unpackedSize } = packed()
    const paths = files.map(file => file.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        pkg.bin.rolegate,
        'docs/rules.md',
        'schema/rolegate.schema.json',
        'schema/definition.schema.json',
        'LICENSE',
        'README.md'
      ])
    )
    expect(paths.filter(path => /^(src|__tests__|test|scripts|examples|node_modules)\//.test(path))).toEqual(
      []
    )
    expect(paths.filter(path => path.startsWith('docs/images/'))).toEqual([])
    // One copy of each data asset: dist/cli reads dist/'s.
    expect(paths.filter(path => /^dist\/cli\/[0-9a-f]{20}\.json$/.test(path))).toEqual([])
    expect(unpackedSize).toBeLessThanOrEqual(12 * 1024 * 1024)
  })
})
