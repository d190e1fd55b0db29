/**
 * What a prune must not delete: an owned role or managed policy that a file no definitions glob
 * reads would define (rule `unread-definition`). `iam/b.yml` renamed `iam/b.yaml` when only `*.yml`
 * is read makes role b look removed; without this, a prune deletes it with nobody asking. The plan
 * and the diff ask the same question here.
 *
 * Pure: the unread files as loaded in, the names they render to in one environment out.
 */
import type { Config } from '../definitions/schema.js'
import type { UnreadDefinitions } from '../fs/unread-definitions.js'
import { render, type RenderOptions } from '../render/render.js'

export interface UnreadDefinitionNames {
  /** Physical role names, lower case (IAM compares names so), to the file that would define each. */
  roles: Map<string, UnreadFile>
  /** The same for managed policies. */
  policies: Map<string, UnreadFile>
  /** A file that looks like a role definition but does not load, or whose name does not render: it may define any role. */
  anyRole?: UnreadFile
  /** The same for managed policies. */
  anyPolicy?: UnreadFile
  /** Files that may be unread definitions but were not looked at (the run's byte budget). */
  unchecked: readonly string[]
}

export interface UnreadFile {
  file: string
  /** Its first top-level `kind:`. */
  line: number
  /** Why the names it defines are not known, when they are not. */
  unknown?: 'does not load' | 'undefined variable'
  /** Other unread files that define the same name: a prune must wait for all of them. */
  also?: string[]
}

/** The names the unread files would give their roles and managed policies in `environment`. */
export function unreadDefinitionNames(
  config: Config,
  unread: UnreadDefinitions,
  environment: string,
  options: Pick<RenderOptions, 'managedBy' | 'now'>
): UnreadDefinitionNames {
  const names: UnreadDefinitionNames = { roles: new Map(), policies: new Map(), unchecked: unread.unchecked }
  const byFile = new Map<string, UnreadFile>(
    unread.files.map(file => [file.file, { file: file.file, line: file.line }])
  )
  for (const file of unread.files) {
    if (file.definitions) continue
    const unknown: UnreadFile = { file: file.file, line: file.line, unknown: 'does not load' }
    if (file.kinds.includes('Role')) names.anyRole ??= unknown
    if (file.kinds.includes('ManagedPolicy')) names.anyPolicy ??= unknown
  }
  const loaded = unread.files.flatMap(file => file.definitions ?? [])
  if (loaded.length === 0) return names
  // Rendered as if the globs read them: what they reference elsewhere does not change their names.
  const { state } = render(config, loaded, { ...options, environments: [environment] })
  const rendered = state.environments[environment]
  const add = (
    items: readonly { name: string; source?: { file: string } }[],
    into: Map<string, UnreadFile>,
    any: 'anyRole' | 'anyPolicy'
  ) => {
    for (const item of items) {
      const file = byFile.get(item.source?.file ?? '') ?? unread.files[0]
      // A variable rolegate.yml does not define stays `{name}` in the name: the real name is unknown.
      if (/\{[^}]*\}/.test(item.name)) names[any] ??= { ...file, unknown: 'undefined variable' }
      else {
        const key = item.name.toLowerCase()
        const first = into.get(key)
        if (!first) into.set(key, file)
        else if (first.file !== file.file && !first.also?.includes(file.file))
          into.set(key, { ...first, also: [...(first.also ?? []), file.file] })
      }
    }
  }
  add(rendered?.roles ?? [], names.roles, 'anyRole')
  add(rendered?.managedPolicies ?? [], names.policies, 'anyPolicy')
  return names
}

/** Why an unread file's names are not known, as a clause: "… looks like a role definition but ___". */
export function unknownName(unknown: NonNullable<UnreadFile['unknown']>): string {
  return unknown === 'does not load'
    ? 'does not load'
    : 'its name uses a variable rolegate.yml does not define'
}

/**
 * Which unread file would define the role or managed policy of this physical name, or may define
 * it; `maybe`: a file that does not load (or whose name does not render) beside the one that does.
 */
export function unreadDefinitionOf(
  names: UnreadDefinitionNames,
  kind: 'role' | 'managed policy',
  name: string
): { file: UnreadFile; maybe?: UnreadFile } | undefined {
  const named = (kind === 'role' ? names.roles : names.policies).get(name.toLowerCase())
  const any = kind === 'role' ? names.anyRole : names.anyPolicy
  if (!named) return any ? { file: any } : undefined
  return any && any.file !== named.file ? { file: named, maybe: any } : { file: named }
}
