/**
 * What a prune must not delete: an owned role or managed policy that a file no definitions glob
 * reads would define (rule `unread-definition`). `iam/b.yml` renamed `iam/b.yaml` when only `*.yml`
 * is read makes role b look removed; without this, a prune deletes it with nobody asking.
 *
 * Pure: the unread files as loaded in, the names they render to in one environment out.
 */
import type { Config } from '../definitions/schema.js'
import type { UnreadDefinition } from '../fs/unread-definitions.js'
import { render, type RenderOptions } from '../render/render.js'

export interface UnreadDefinitionNames {
  /** Physical role names, lower case (IAM compares names so), to the file that would define each. */
  roles: Map<string, string>
  /** The same for managed policies. */
  policies: Map<string, string>
  /** A file that looks like a role definition but does not load: it may define any role. */
  anyRole?: string
  /** A file that looks like a managed policy definition but does not load. */
  anyPolicy?: string
}

/** The names the unread files would give their roles and managed policies in `environment`. */
export function unreadDefinitionNames(
  config: Config,
  unread: readonly UnreadDefinition[],
  environment: string,
  options: Pick<RenderOptions, 'managedBy' | 'now'>
): UnreadDefinitionNames {
  const names: UnreadDefinitionNames = { roles: new Map(), policies: new Map() }
  for (const file of unread) {
    if (file.definitions.length > 0) continue
    if (file.kind === 'Role') names.anyRole ??= file.file
    else names.anyPolicy ??= file.file
  }
  const loaded = unread.flatMap(file => file.definitions)
  if (loaded.length === 0) return names
  // Rendered as if the globs read them; what they reference elsewhere does not change their names.
  const { state } = render(config, loaded, { ...options, environments: [environment] })
  const rendered = state.environments[environment]
  const fileOf = (item: { source?: { file: string } }) => item.source?.file ?? unread[0].file
  for (const role of rendered?.roles ?? []) names.roles.set(role.name.toLowerCase(), fileOf(role))
  for (const policy of rendered?.managedPolicies ?? [])
    names.policies.set(policy.name.toLowerCase(), fileOf(policy))
  return names
}
