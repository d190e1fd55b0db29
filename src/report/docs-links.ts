/**
 * Where RoleGate's own documentation is, for the links in SARIF (rule help, the tool's home), the
 * PR comment and the job summary. Nothing here names a repository: the action learns its own from
 * the runner, the CLI points at the docs shipped in its package.
 *
 * - In the action, the runner sets `GITHUB_SERVER_URL`, `GITHUB_ACTION_REPOSITORY` (`owner/repo`
 *   of the action being run) and `GITHUB_ACTION_REF` (the ref in `uses: owner/repo@ref`): links go
 *   to `https://github.com/owner/repo/blob/<ref>/docs/…`, the docs of the version that ran.
 * - A local action (`uses: ./`) gets neither variable: no links.
 * - The CLI links to `docs/` in the installed package, as a `file:` URL, when it is there.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The published package, for SARIF's `informationUri` when the action's repository is unknown. */
export const PACKAGE_URL = 'https://www.npmjs.com/package/rolegate'

export interface DocsLinks {
  /** Absolute URL of the folder holding docs/, ending in `/`: `docs/rules.md` resolves against it. */
  base: string
  /** The project's home page: the action's repository, or the package. */
  home: string
}

const OWNER_REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/
/** A git ref as GitHub writes it after `@`: a tag, branch or SHA; no `..`, spaces or URL syntax. */
const REF = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/

/** The action's own repository and ref, from the runner's environment; undefined outside an action run. */
export function actionDocsLinks(env: NodeJS.ProcessEnv = process.env): DocsLinks | undefined {
  const repository = env.GITHUB_ACTION_REPOSITORY
  const ref = env.GITHUB_ACTION_REF
  if (!repository || !ref || !OWNER_REPO.test(repository) || !REF.test(ref)) return undefined
  let server: URL
  try {
    server = new URL(env.GITHUB_SERVER_URL || 'https://github.com')
  } catch {
    return undefined
  }
  if (server.protocol !== 'https:' && server.protocol !== 'http:') return undefined
  const origin = `${server.origin}${server.pathname.replace(/\/+$/, '')}`
  const encodedRef = ref.split('/').map(encodeURIComponent).join('/')
  return {
    base: `${origin}/${repository}/blob/${encodedRef}/`,
    home: `${origin}/${repository}`
  }
}

/**
 * The package folder holding `docs/rules.md`, searched upward from this module (dist/index.js,
 * dist/cli/index.js or src/report/docs-links.ts); undefined when the docs are not shipped.
 */
export function packageDocsLinks(from: string = import.meta.url): DocsLinks | undefined {
  let folder = path.dirname(fileURLToPath(from))
  for (let depth = 0; depth < 3; depth++) {
    if (existsSync(path.join(folder, 'docs', 'rules.md'))) {
      return { base: pathToFileURL(folder + path.sep).href, home: PACKAGE_URL }
    }
    folder = path.dirname(folder)
  }
  return undefined
}

/** The absolute URL of a rule's section in docs/rules.md (`## rule-id` gives `#rule-id`). */
export function ruleDocUrl(id: string, links: DocsLinks | undefined): string | undefined {
  if (!links) return undefined
  const url = new URL('docs/rules.md', links.base)
  url.hash = id
  return url.href
}
