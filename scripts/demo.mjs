#!/usr/bin/env node
// The demo: runs the bundled CLI on every example project, as a newcomer would, and prints the
// findings. Uses only dist/ (no build step), so it works right after `npm ci`.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/cli/index.js')
const examples = readdirSync(path.join(root, 'examples'), { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)

for (const example of examples) {
  const config = `examples/${example}/rolegate.yml`
  console.log(`\n━━ rolegate validate --config ${config}`)
  const result = spawnSync(process.execPath, [cli, 'validate', '--config', config], { cwd: root, stdio: 'inherit' })
  const meaning = { 0: 'clean', 1: 'findings at or above fail-on', 2: 'configuration error' }[result.status] ?? 'unexpected'
  console.log(`   exit ${result.status} (${meaning})`)
}
console.log('\nEach finding names file:line:column, the rule (docs/rules.md) and the environment/role it concerns.')
