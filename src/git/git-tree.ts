/**
 * The repository at a git ref as a FileTree: `git ls-tree` lists it once, `git cat-file --batch`
 * reads all blobs in one process (one `git show` per file would cost a process per definition).
 */
import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import { decodeUtf8, type FileTree } from '../fs/file-tree.js'
import { UsageError } from '../fs/project-files.js'

const run = promisify(execFile)

export async function gitTree(workspace: string, ref: string): Promise<FileTree> {
  const commit = await resolveCommit(workspace, ref)
  const prefix = (await git(workspace, ['rev-parse', '--show-prefix'])).trim()
  const listing = await git(workspace, ['ls-tree', '-r', '-z', '--full-tree', commit])
  const blobs = new Map<string, string>()
  for (const entry of listing.split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry)
    if (!match) continue
    const [, sha, file] = match
    // Paths relative to the workspace, which may be a subfolder of the repository.
    if (file.startsWith(prefix)) blobs.set(file.slice(prefix.length), sha)
  }
  const cache = new Map<string, Buffer>()
  return {
    label: ref,
    async list(folder) {
      const start = folder ? `${folder}/` : ''
      return [...blobs.keys()].filter(file => file.startsWith(start))
    },
    async read(file) {
      const sha = blobs.get(file)
      if (!sha) return undefined
      if (!cache.has(sha)) {
        // Read every blob at once on first use: one git process for the whole tree.
        const all = await catFileBatch(
          workspace,
          [...new Set(blobs.values())].filter(blob => !cache.has(blob))
        )
        for (const [blob, bytes] of all) cache.set(blob, bytes)
      }
      return decodeUtf8(file, cache.get(sha) ?? Buffer.alloc(0))
    }
  }
}

async function resolveCommit(workspace: string, ref: string): Promise<string> {
  try {
    return (await git(workspace, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim()
  } catch {
    throw await whyNoCommit(workspace, ref)
  }
}

/**
 * Why `ref` does not name a commit here, and what to do: the folder is not in a repository, the
 * repository has no commit yet, the ref names a remote that does not exist or a branch that was not
 * fetched (a shallow clone in CI), or it names nothing at all.
 */
async function whyNoCommit(workspace: string, ref: string): Promise<UsageError> {
  const ok = (args: string[]) =>
    git(workspace, args).then(
      output => output.trim(),
      () => undefined
    )
  if ((await ok(['rev-parse', '--is-inside-work-tree'])) !== 'true')
    return new UsageError(
      `diff compares with a git ref, but ${workspace} (the folder of rolegate.yml) is not in a git repository; run it inside a clone, or "git init" and commit the definitions first (validate needs no git)`
    )
  if ((await ok(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) === undefined)
    return new UsageError(
      `the git repository of ${workspace} has no commits yet, so there is no "${ref}" to compare with; commit the definitions ("git add" and "git commit"), then diff shows what changed since`
    )
  const remotes = ((await ok(['remote'])) ?? '').split('\n').filter(Boolean)
  const slash = ref.indexOf('/')
  const remote = slash > 0 ? ref.slice(0, slash) : undefined
  if (remote === 'origin' && !remotes.includes(remote))
    return new UsageError(
      remotes.length === 0
        ? `base ref "${ref}" names the remote "origin", but this repository has no remote; add it ("git remote add origin URL" and "git fetch origin") or pass a local branch or commit as --base`
        : `base ref "${ref}" names the remote "origin", but this repository's remotes are ${remotes.join(', ')}; use one of them in --base`
    )
  const shallow = (await ok(['rev-parse', '--is-shallow-repository'])) === 'true'
  if (remote !== undefined && remotes.includes(remote))
    return new UsageError(
      `base ref "${ref}" is not in this clone${shallow ? ' (a shallow clone)' : ''}; run "git fetch ${remote} ${ref.slice(slash + 1)}" before RoleGate, or in a workflow check out with actions/checkout "fetch-depth: 0"`
    )
  const fetch =
    remotes.length === 0
      ? 'this repository has no remote to fetch it from'
      : `fetch it ("git fetch ${remotes.includes('origin') ? 'origin' : remotes[0]} ${ref}"${shallow ? ', or in a workflow actions/checkout "fetch-depth: 0"' : ''})`
  return new UsageError(
    `base ref "${ref}" is not a branch, tag or commit in this repository${shallow ? ' (a shallow clone)' : ''}; list them with "git branch -a" and "git tag", ${fetch}, or pass another --base`
  )
}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })
    return stdout
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string }
    if (failure.code === 'ENOENT')
      throw new UsageError('git is not installed or not on PATH; the diff reads the base ref with git')
    throw new UsageError(`git ${args[0]} failed in ${cwd}: ${(failure.stderr ?? failure.message).trim()}`)
  }
}

/** Reads blobs by sha through one `git cat-file --batch` process. */
function catFileBatch(cwd: string, shas: readonly string[]): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd })
    const chunks: Buffer[] = []
    child.stdout.on('data', chunk => chunks.push(chunk))
    child.on('error', reject)
    child.on('close', code => {
      if (code !== 0) return reject(new UsageError(`git cat-file failed with exit code ${code}`))
      const output = Buffer.concat(chunks)
      const result = new Map<string, Buffer>()
      let offset = 0
      while (offset < output.length) {
        const newline = output.indexOf(0x0a, offset)
        const [sha, type, size] = output.subarray(offset, newline).toString('utf8').split(' ')
        offset = newline + 1
        if (type === 'missing') continue
        const length = Number(size)
        result.set(sha, output.subarray(offset, offset + length))
        offset += length + 1 // the content is followed by a newline
      }
      resolve(result)
    })
    child.stdin.end(shas.join('\n') + '\n')
  })
}
