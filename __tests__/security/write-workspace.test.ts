/**
 * Files RoleGate writes into a pull request's tree (import): all or nothing, never through a link
 * out of the repository, and a failure leaves the tree as it was, folders included.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeWorkspaceFiles } from '../../src/fs/write-workspace.js'
import { usageErrorOf } from '../support/usage-error.js'

const made: string[] = []
const folder = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

const tree = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort()

it('a failure on a later file removes the earlier files and the folders this call created', async () => {
  const workspace = folder('rolegate-ws-')
  writeFileSync(path.join(workspace, 'x'), 'a file, not a folder')
  const message = await usageErrorOf(
    writeWorkspaceFiles(workspace, [
      { file: 'new/deep/one.yml', text: 'one' },
      { file: 'x/two.yml', text: 'two' }
    ])
  )
  expect(message).toMatch(
    /^cannot write x\/two\.yml: .*; nothing was written \(the 1 file\(s\) written before it were put back\)$/
  )
  expect(tree(workspace)).toEqual(['x'])
})

it('a replaced file comes back as it was, mode included, when a later file fails', async () => {
  const workspace = folder('rolegate-ws-')
  mkdirSync(path.join(workspace, 'iam'))
  writeFileSync(path.join(workspace, 'iam', 'a.yml'), 'before')
  chmodSync(path.join(workspace, 'iam', 'a.yml'), 0o600)
  mkdirSync(path.join(workspace, 'iam', 'b.yml'))
  await usageErrorOf(
    writeWorkspaceFiles(workspace, [
      { file: 'iam/a.yml', text: 'after' },
      { file: 'iam/b.yml', text: 'b' }
    ])
  )
  expect(readFileSync(path.join(workspace, 'iam', 'a.yml'), 'utf8')).toBe('before')
  expect(statSync(path.join(workspace, 'iam', 'a.yml')).mode & 0o777).toBe(0o600)
  expect(tree(workspace)).toEqual(['iam', 'iam/a.yml', 'iam/b.yml'])
  // Written for good, the file keeps its mode.
  await writeWorkspaceFiles(workspace, [{ file: 'iam/a.yml', text: 'after' }])
  expect(readFileSync(path.join(workspace, 'iam', 'a.yml'), 'utf8')).toBe('after')
  expect(statSync(path.join(workspace, 'iam', 'a.yml')).mode & 0o777).toBe(0o600)
  expect(tree(workspace)).toEqual(['iam', 'iam/a.yml', 'iam/b.yml'])
})

it('a folder that is a link out of the repository: refused before any folder is created there', async () => {
  const workspace = folder('rolegate-ws-')
  const outside = folder('rolegate-outside-')
  symlinkSync(outside, path.join(workspace, 'iam'))
  expect(
    await usageErrorOf(writeWorkspaceFiles(workspace, [{ file: 'iam/roles/deep/a.yml', text: 'a' }]))
  ).toMatch(
    /^iam\/roles\/deep\/a\.yml resolves through a link to .*, outside the workspace .*; definitions must live in the repository; nothing was written$/
  )
  expect(readdirSync(outside)).toEqual([])
})

it('a file that is a link is not written through', async () => {
  const workspace = folder('rolegate-ws-')
  const outside = folder('rolegate-outside-')
  writeFileSync(path.join(outside, 'secret.yml'), 'untouched')
  symlinkSync(path.join(outside, 'secret.yml'), path.join(workspace, 'a.yml'))
  await usageErrorOf(writeWorkspaceFiles(workspace, [{ file: 'a.yml', text: 'overwritten?' }]))
  expect(readFileSync(path.join(outside, 'secret.yml'), 'utf8')).toBe('untouched')
})
