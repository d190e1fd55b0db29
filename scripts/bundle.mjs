/**
 * Bundles the action (src/main.ts → dist/index.js) and the CLI (src/cli.ts → dist/cli/index.js)
 * with ncc, minified, so neither needs node_modules at run time and the package stays small.
 *
 * Both bundles read the same data assets (the AWS managed policies, 3.4 MB, and their index, which
 * ncc copies beside each bundle). The CLI's copies are dropped and its bundle points at the
 * action's, one folder up: the package ships each file once. `npm run bundle`.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { transformSync } from 'esbuild'

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

// ncc writes the chunks a build needs and leaves any others: remove the last build's first, so a
// chunk no longer used cannot linger in dist/ (and be committed).
// The same for the data assets ncc copies (every .json but package.json).
const isAsset = name => name.endsWith('.json') && name !== 'package.json'
for (const folder of [dist, cli]) {
  if (!existsSync(folder)) continue
  for (const name of readdirSync(folder))
    if (/^\d+\.index\.js$/.test(name) || isAsset(name)) rmSync(join(folder, name))
}

build('src/main.ts', 'dist', '--license', 'licenses.txt')
build('src/cli.ts', 'dist/cli')

// The CLI loads each command's modules on demand, so ncc splits it into chunks (dist/cli/NNN.index.js)
// beside index.js; the ones that read the asset may be any of them.
const chunks = readdirSync(cli).filter(name => name.endsWith('.js'))
for (const asset of readdirSync(cli).filter(isAsset)) {
  const shared = join(dist, asset)
  if (!existsSync(shared) || !readFileSync(shared).equals(readFileSync(join(cli, asset)))) continue
  const quoted = `(["'])${asset}\\1`
  // A module two chunks need may sit in both (webpack instantiates it once, by id): rewrite each copy.
  const found = chunks
    .map(name => ({ name, source: readFileSync(join(cli, name), 'utf8') }))
    .filter(chunk => new RegExp(quoted).test(chunk.source))
  if (found.length === 0) throw new Error(`bundle: no reference to ${asset} in dist/cli/*.js`)
  for (const { name, source } of found) {
    writeFileSync(
      join(cli, name),
      source.replace(new RegExp(quoted, 'g'), (_, quote) => `${quote}../${asset}${quote}`)
    )
  }
  rmSync(join(cli, asset))
  console.log(`bundle: dist/cli/{${found.map(chunk => chunk.name).join(',')}} share dist/${asset}`)
}

// ncc minifies each entry's index.js but writes its chunks as webpack emits them (comments, long
// names, indentation): minifying them too makes the JavaScript in dist/ 30% smaller and a small
// project's cold validate ~5% faster (less source to compile). Names are not kept (esbuild's
// keepNames wraps every function in a defineProperty call: it cost most of that gain), as ncc does
// not keep them in index.js either.
for (const folder of [dist, cli]) {
  for (const name of readdirSync(folder).filter(file => /^\d+\.index\.js$/.test(file))) {
    const file = join(folder, name)
    const { code } = transformSync(readFileSync(file, 'utf8'), {
      format: 'esm',
      minify: true,
      target: 'node20'
    })
    writeFileSync(file, code)
  }
}
