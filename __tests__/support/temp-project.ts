/** Writes a throwaway RoleGate project to a temp folder. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const BASIC_CONFIG = `version: 1
project: demo
defaults:
  tags: { Project: "{project}" }
environments:
  dev: { account: "111111111111", region: us-east-1 }
  prod: { account: "333333333333", region: us-east-1, protected: true }
`

export function tempProject(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rolegate-test-'))
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  return root
}
