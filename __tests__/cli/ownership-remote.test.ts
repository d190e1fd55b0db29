/**
 * Without --managed-by, managedBy or $GITHUB_REPOSITORY, the ownership tag a local run renders comes
 * from the clone's GitHub origin (so `rolegate plan` on a laptop sees the workflow's resources as its
 * own); git is asked while the definitions load, and once per workspace.
 */
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { analyze, ownershipValue } from '../../src/commands/analyze.js'
import type { Config } from '../../src/definitions/schema.js'
import { BASIC_CONFIG, tempProject } from '../support/temp-project.js'

const ROLE = `kind: Role
name: app
trust:
  Statement:
    - { Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }
`

const saved = process.env.GITHUB_REPOSITORY
const folders: string[] = []

beforeEach(() => delete process.env.GITHUB_REPOSITORY)
afterAll(() => {
  if (saved === undefined) delete process.env.GITHUB_REPOSITORY
  else process.env.GITHUB_REPOSITORY = saved
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

function clone(origin?: string): string {
  const dir = tempProject({ 'rolegate.yml': BASIC_CONFIG, 'iam/app.yml': ROLE })
  folders.push(dir)
  execFileSync('git', ['init', '--quiet'], { cwd: dir })
  if (origin) execFileSync('git', ['remote', 'add', 'origin', origin], { cwd: dir })
  return dir
}

const ownerTag = async (workspace: string) =>
  (await analyze({ configPath: 'rolegate.yml', workspace })).state.environments.dev.roles[0].tags[
    'rolegate:managed-by'
  ]

it('tags with the GitHub origin of the clone, over SSH or HTTPS', async () => {
  expect(await ownerTag(clone('git@github.com:acme/shop.git'))).toBe('acme/shop')
  expect(await ownerTag(clone('https://github.com/acme/shop-infra'))).toBe('acme/shop-infra')
})

it('falls back to local/<project> without a GitHub origin, and $GITHUB_REPOSITORY wins over git', async () => {
  expect(await ownerTag(clone())).toBe('local/demo')
  expect(await ownerTag(clone('https://gitlab.example.com/acme/shop.git'))).toBe('local/demo')
  process.env.GITHUB_REPOSITORY = 'acme/from-actions'
  expect(await ownerTag(clone('git@github.com:acme/shop.git'))).toBe('acme/from-actions')
})

it('managedBy in rolegate.yml and an explicit value come first', async () => {
  const config = { project: 'demo', managedBy: 'acme/configured' } as Config
  const dir = clone('git@github.com:acme/shop.git')
  expect(await ownershipValue(config, undefined, dir)).toBe('acme/configured')
  expect(await ownershipValue(config, 'acme/flag', dir)).toBe('acme/flag')
})
