/**
 * Deploy test support: an emulated account bootstrapped with RoleGate's own bootstrap template
 * (boundary, GitHub-trusting deployer role), and example projects as workspace files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../../test/emulator/index.js'

export { bootstrapAccount } from '../../test/emulator/bootstrap.js'

/** Every file of examples/<name>, keyed by path relative to the example (so rolegate.yml is at the root). */
export function exampleFiles(name: string): Record<string, string> {
  const root = path.join(REPO_ROOT, 'examples', name)
  const files: Record<string, string> = {}
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const file = path.join(folder, entry)
      if (statSync(file).isDirectory()) walk(file)
      else files[path.relative(root, file).split(path.sep).join('/')] = readFileSync(file, 'utf8')
    }
  }
  walk(root)
  return files
}

export function environmentsOf(configText: string): Record<string, { account: string; protected?: boolean }> {
  return (parse(configText) as { environments: Record<string, { account: string; protected?: boolean }> })
    .environments
}
