/**
 * The benchmark's floor: what any tool that validates a RoleGate project must at least do in a cold
 * node process: find the YAML files under a folder, read them and parse them with js-yaml (the
 * parser RoleGate bundles). scripts/bench.ts runs it as a child process and divides the CLI's time
 * by this one. Prints the number of files and documents, so a broken floor cannot pass unseen.
 *
 *   node scripts/bench-floor.mjs <folder>
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { loadAll } from 'js-yaml'

const root = path.resolve(process.argv[2] ?? '.')
let files = 0
let documents = 0
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue
  const text = readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8')
  files++
  documents += loadAll(text).length
}
console.log(`${files} files, ${documents} documents`)
