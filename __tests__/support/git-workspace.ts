/**
 * A throwaway git repository for diff/check tests: the base files committed, the head files in the
 * working tree (files of the base missing from head are deleted), as actions/checkout leaves a PR.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface GitWorkspace {
  dir: string
  /** The commit holding the base files. */
  baseSha: string
  /** Replaces the working tree's files with `files` (the commit stays). */
  writeHead(files: Record<string, string>): void
  remove(): void
}

function git(cwd: string, args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=RoleGate Test',
      '-c',
      'user.email=test@example.com',
      '-c',
      'commit.gpgsign=false',
      ...args
    ],
    {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' }
    }
  )
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
}

export function gitWorkspace(
  baseFiles: Record<string, string>,
  headFiles: Record<string, string> = baseFiles
): GitWorkspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'rolegate-git-'))
  git(dir, ['init', '--quiet', '--initial-branch=main'])
  writeFiles(dir, baseFiles)
  git(dir, ['add', '--all'])
  git(dir, ['commit', '--quiet', '--no-verify', '-m', 'base'])
  const baseSha = git(dir, ['rev-parse', 'HEAD']).trim()
  let written = new Set(Object.keys(baseFiles))
  const workspace: GitWorkspace = {
    dir,
    baseSha,
    writeHead(files) {
      for (const name of written) if (!(name in files)) rmSync(path.join(dir, name), { force: true })
      writeFiles(dir, files)
      written = new Set(Object.keys(files))
    },
    remove() {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  workspace.writeHead(headFiles)
  return workspace
}
