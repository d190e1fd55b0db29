/**
 * Which live roles an import takes: by name glob(s) and/or path prefix, never a service-linked
 * role (`/aws-service-role/`, created and changed only by its AWS service) nor an AWS-reserved one
 * (`/aws-reserved/`, e.g. IAM Identity Center's), nor one another repository's RoleGate owns.
 * Pure: the adapter asks {@link RoleSelector.classify} for every role it reads.
 */
import { OWNERSHIP_TAG } from '../model/state.js'
import { wildcardMatch } from '../policy/wildcard.js'

export interface SelectionOptions {
  /** Name globs (`*`, `?`; case-insensitive, as IAM names); `!glob` excludes. None: every name. */
  match: readonly string[]
  /** Only roles whose path starts with this (`/team/`). */
  pathPrefix?: string
}

export type RoleClass = 'selected' | 'service-linked' | 'aws-reserved' | 'unmatched'

export interface SelectionSummary {
  selected: number
  serviceLinked: number
  awsReserved: number
  unmatched: number
  /** `--match` globs (excludes too) whose pattern matches no role's name; AWS's own roles do not count. */
  globsMatchingNothing: string[]
}

export interface RoleSelector {
  classify(role: { name: string; path: string }): RoleClass
  summary(): SelectionSummary
}

export const SERVICE_LINKED_PATH = '/aws-service-role/'
export const AWS_RESERVED_PATH = '/aws-reserved/'

export function roleSelector(options: SelectionOptions): RoleSelector {
  const includes = options.match.filter(glob => !glob.startsWith('!'))
  const excludes = options.match.filter(glob => glob.startsWith('!')).map(glob => glob.slice(1))
  // A glob counts as matching when it matches a role's name, whatever else leaves the role out:
  // `--match x --match '!x'` excludes x, it does not "match nothing".
  const used = new Set<string>()
  const counts = { selected: 0, serviceLinked: 0, awsReserved: 0, unmatched: 0 }
  const prefix = options.pathPrefix
  return {
    classify(role) {
      if (role.path.startsWith(SERVICE_LINKED_PATH)) {
        counts.serviceLinked++
        return 'service-linked'
      }
      if (role.path.startsWith(AWS_RESERVED_PATH)) {
        counts.awsReserved++
        return 'aws-reserved'
      }
      // AWS's own roles above are never imported: a glob that names only them matches nothing.
      for (const glob of options.match)
        if (!used.has(glob) && wildcardMatch(glob.startsWith('!') ? glob.slice(1) : glob, role.name, true))
          used.add(glob)
      const hits = includes.filter(glob => wildcardMatch(glob, role.name, true))
      const included = includes.length === 0 || hits.length > 0
      const excluded = excludes.some(glob => wildcardMatch(glob, role.name, true))
      if (!included || excluded || (prefix !== undefined && !role.path.startsWith(prefix))) {
        counts.unmatched++
        return 'unmatched'
      }
      counts.selected++
      return 'selected'
    },
    // Excludes too: a misspelt `!name` would otherwise import the role it meant to leave out.
    summary: () => ({ ...counts, globsMatchingNothing: options.match.filter(glob => !used.has(glob)) })
  }
}

/** `--path-prefix` as IAM writes paths: leading and trailing slash. */
export function normalizePathPrefix(prefix: string): string {
  let normalized = prefix.startsWith('/') ? prefix : `/${prefix}`
  if (!normalized.endsWith('/')) normalized += '/'
  return normalized
}

/** A role another repository's RoleGate owns: imported there, not here. */
export function ownedElsewhere(
  tags: Readonly<Record<string, string>>,
  managedBy: string
): string | undefined {
  const owner = Object.hasOwn(tags, OWNERSHIP_TAG) ? tags[OWNERSHIP_TAG] : undefined
  return owner !== undefined && owner !== managedBy ? owner : undefined
}
