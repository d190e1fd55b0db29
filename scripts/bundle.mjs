/**
 * Bundles the action (src/main.ts → dist/index.js) and the CLI (src/cli.ts → dist/cli/index.js)
 * with ncc, minified, so neither needs node_modules at run time and the package stays small.
 *
 * Both bundles read the same data asset (the AWS managed policies, 3.4 MB, emitted by ncc under a
 * content hash). The CLI's copy is dropped and its bundle points at the action's, one folder up:
 * the package ships the file once. `npm run bundle`.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const ncc = join(root, 'node_modules', '.bin', 'ncc')
const dist = join(root, 'dist')
const cli = join(dist, 'cli')

function build(entry, out, ...extra) {
  execFileSync(ncc, ['build', entry, '-o', out, '--minify', '--quiet', ...extra], {
    cwd: root,
    stdio: 'inherit'
  })
}

build('src/main.ts', 'dist', '--license', 'licenses.txt')
build('src/cli.ts', 'dist/cli')

// The CLI loads each command's modules on demand, so ncc splits it into chunks (dist/cli/NNN.index.js)
// beside index.js; the one that reads the asset may be any of them.
const chunks = readdirSync(cli).filter(name => name.endsWith('.js'))
for (const asset of readdirSync(cli).filter(name => /^[0-9a-f]{20}\.json$/.test(name))) {
  const shared = join(dist, asset)
  if (!existsSync(shared) || !readFileSync(shared).equals(readFileSync(join(cli, asset)))) continue
  const reference = new RegExp(`(["'])${asset}\\1`, 'g')
  const found = chunks
    .map(name => ({ name, source: readFileSync(join(cli, name), 'utf8') }))
    .map(chunk => ({ ...chunk, count: chunk.source.match(reference)?.length ?? 0 }))
    .filter(chunk => chunk.count > 0)
  const count = found.reduce((sum, chunk) => sum + chunk.count, 0)
  if (count !== 1)
    throw new Error(`bundle: expected one reference to ${asset} in dist/cli/*.js, found ${count}`)
  const [{ name, source }] = found
  writeFileSync(
    join(cli, name),
    source.replace(reference, (_, quote) => `${quote}../${asset}${quote}`)
  )
  rmSync(join(cli, asset))
  console.log(`bundle: dist/cli/${name} shares dist/${asset}`)
}
