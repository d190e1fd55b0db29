/**
 * The repository at a git ref as a FileTree: `git ls-tree` lists it once (with each blob's size),
 * `git cat-file --batch` reads the blobs asked for in one process (one `git show` per file would
 * cost a process per definition). Only the files the loader reads are read: the rest of the
 * repository (sources, images) is never loaded. The disk tree's limits apply: at most
 * MAX_FILE_BYTES per file and MAX_RUN_BYTES per tree, checked from the listed sizes before reading.
 * Committed symbolic links are followed as on disk (tree-links.ts).
 */
import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import { decodeUtf8, type FileTree } from '../fs/file-tree.js'
import { budget, tooLarge, type DiskTreeLimits } from '../fs/project-files.js'
import { UsageError } from '../model/errors.js'
import { resolveTreeLinks, type ListedBlob } from './tree-links.js'

const run = promisify(execFile)

/** Longest link target read (Linux's PATH_MAX). */
const MAX_LINK_TARGET = 4096

export async function gitTree(
  workspace: string,
  ref: string,
  limits: DiskTreeLimits = {}
): Promise<FileTree> {
  // The commit first: when there is none, resolveCommit says why (not a repository, no commits, ...).
  const commit = await resolveCommit(workspace, ref)
  const prefix = (await git(workspace, ['rev-parse', '--show-prefix'])).trim()
  const listing = await git(workspace, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit])
  const files = new Map<string, ListedBlob>()
  const linkBlobs = new Map<string, ListedBlob>()
  for (const entry of listing.split('\0')) {
    const match = /^(\d+) blob ([0-9a-f]+) +(\d+)\t(.*)$/s.exec(entry)
    if (!match) continue
    const [, mode, sha, size, file] = match
    // Paths relative to the workspace, which may be a subfolder of the repository.
    if (!file.startsWith(prefix)) continue
    if (mode === '120000') linkBlobs.set(file.slice(prefix.length), { sha, size: Number(size) })
    else files.set(file.slice(prefix.length), { sha, size: Number(size) })
  }
  const contents = batchedReader(workspace)
  // A link's blob is its target: read them all at once (a few bytes each; one longer than a path
  // can be is not read and resolves to nothing), then resolve.
  const links = new Map<string, string | undefined>()
  await Promise.all(
    [...linkBlobs].map(async ([file, blob]) => {
      links.set(
        file,
        blob.size <= MAX_LINK_TARGET
          ? ((await contents(blob.sha)) ?? Buffer.alloc(0)).toString('utf8')
          : undefined
      )
    })
  )
  const { entries, skipped } = resolveTreeLinks(files, links)
  const reserve = budget(limits.runBytes)
  const fileLimit = limits.fileBytes
  return {
    label: ref,
    async list(folder) {
      const start = folder ? `${folder}/` : ''
      return [...entries.keys()].filter(file => file.startsWith(start))
    },
    skipped() {
      return skipped
    },
    async read(file) {
      const entry = entries.get(file)
      if (!entry) return undefined
      if ('refusal' in entry)
        return { path: file, readError: entry.refusal.reason, readHint: entry.refusal.hint }
      const blob = entry.blob
      const refused = tooLarge(file, blob.size, fileLimit)
      if (refused) return refused
      reserve(file, blob.size)
      return decodeUtf8(file, (await contents(blob.sha)) ?? Buffer.alloc(0))
    }
  }
}

/**
 * Blob contents by sha. The reads asked for in one turn of the event loop (the loader asks for all
 * its files at once) go to one `git cat-file --batch` process.
 */
function batchedReader(workspace: string): (sha: string) => Promise<Buffer | undefined> {
  const read = new Map<string, Promise<Buffer | undefined>>()
  let batch: { sha: string; done: (bytes: Buffer | undefined) => void; fail: (error: unknown) => void }[] = []
  const flush = () => {
    const taken = batch
    batch = []
    catFileBatch(workspace, [...new Set(taken.map(entry => entry.sha))]).then(
      found => taken.forEach(entry => entry.done(found.get(entry.sha))),
      error => taken.forEach(entry => entry.fail(error))
    )
  }
  return sha => {
    let bytes = read.get(sha)
    if (!bytes) {
      bytes = new Promise((done, fail) => {
        if (batch.length === 0) queueMicrotask(flush)
        batch.push({ sha, done, fail })
      })
      read.set(sha, bytes)
    }
    return bytes
  }
}

async function resolveCommit(workspace: string, ref: string): Promise<string> {
  try {
    return (await git(workspace, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim()
  } catch (error) {
    // Without git every question below fails too: that, not the repository, is the problem.
    if (error instanceof GitNotFound) throw error
    throw await whyNoCommit(workspace, ref)
  }
}

class GitNotFound extends UsageError {
  constructor() {
    super('git is not installed or not on PATH; the diff reads the base ref with git')
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
  // `HEAD^{tree}`, a blob's id: an object that exists but holds no definitions to compare with.
  const type = ref.startsWith('-') ? undefined : await ok(['cat-file', '-t', ref])
  if (type !== undefined && type !== 'commit' && type !== 'tag')
    return new UsageError(
      `base ref "${ref}" names a git ${type}, not a commit; pass a commit, a branch or a tag as --base (the action's base-ref input)`
    )
  const shallow = (await ok(['rev-parse', '--is-shallow-repository'])) === 'true'
  // `HEAD~2`, `origin/main^`: a commit counted back from one that exists, which no fetch of that
  // name can bring; a shallow clone needs its history deepened, a full one has fewer commits.
  const counted = /^(.+?)[~^]/.exec(ref)?.[1]
  if (counted && (await ok(['rev-parse', '--verify', '--quiet', `${counted}^{commit}`])) !== undefined)
    return new UsageError(
      shallow
        ? `base ref "${ref}" goes back further than this shallow clone's history; deepen it ("git fetch --unshallow", or "git fetch --deepen=N"), or in a workflow check out with actions/checkout "fetch-depth: 0"`
        : `base ref "${ref}" goes back further than the history of ${counted}; pass a nearer commit, or a branch or tag, as --base (the action's base-ref input)`
    )
  const remotes = ((await ok(['remote'])) ?? '').split('\n').filter(Boolean)
  const slash = ref.indexOf('/')
  const remote = slash > 0 ? ref.slice(0, slash) : undefined
  if (remote === 'origin' && !remotes.includes(remote))
    return new UsageError(
      remotes.length === 0
        ? `base ref "${ref}" names the remote "origin", but this repository has no remote; add it ("git remote add origin URL" and "git fetch origin") or pass a local branch or commit as --base (the action's base-ref input)`
        : `base ref "${ref}" names the remote "origin", but this repository's remotes are ${remotes.join(', ')}; use one of them in --base (the action's base-ref input)`
    )
  if (remote !== undefined && remotes.includes(remote))
    return new UsageError(
      `base ref "${ref}" is not in this clone${shallow ? ' (a shallow clone)' : ''}; run "git fetch ${remote} ${ref.slice(slash + 1)}" before RoleGate, or in a workflow check out with actions/checkout "fetch-depth: 0"`
    )
  const fetch =
    remotes.length === 0
      ? 'this repository has no remote to fetch it from'
      : `fetch it ("git fetch ${remotes.includes('origin') ? 'origin' : remotes[0]} ${ref}"${shallow ? ', or in a workflow actions/checkout "fetch-depth: 0"' : ''})`
  return new UsageError(
    `base ref "${ref}" is not a branch, tag or commit in this repository${shallow ? ' (a shallow clone)' : ''}; list them with "git branch -a" and "git tag", ${fetch}, or pass another --base (the action's base-ref input)`
  )
}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })
    return stdout
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string }
    if (failure.code === 'ENOENT') throw new GitNotFound()
    throw new UsageError(`git ${args[0]} failed in ${cwd}: ${(failure.stderr ?? failure.message).trim()}`)
  }
}

/**
 * Reads blobs by sha through one `git cat-file --batch` process. `--buffer`: all the shas are
 * written at once, so git need not flush its output after each blob (one pipe write per file).
 */
function catFileBatch(cwd: string, shas: readonly string[]): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch', '--buffer'], { cwd })
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
