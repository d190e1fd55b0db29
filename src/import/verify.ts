/**
 * The round trip, checked before anything is written: the definitions as they will be on disk are
 * rendered for the imported environment and compared with live IAM by the same engine as plan.
 * Anything but the ownership tag (and tags the config's defaults add on purpose) is a value no
 * definition can say: the import names the field and stops. Pure.
 */
import { compareEnvironment } from '../compare/compare.js'
import type { LoadedDefinition } from '../definitions/load.js'
import type { Config } from '../definitions/schema.js'
import { OWNERSHIP_TAG, type EnvironmentState } from '../model/state.js'
import { render } from '../render/render.js'
import type { Inexpressible } from './model.js'
import { EVERY_GRANT_LIVE } from './render-time.js'

export interface VerifyInput {
  config: Config
  environment: string
  definitions: readonly LoadedDefinition[]
  live: EnvironmentState
  managedBy: string
  /** `Role:shop-dev-api` (kind, lower-case physical name) of the resources whose files import writes. */
  written: ReadonlySet<string>
  /** The files import writes. */
  files: ReadonlySet<string>
  /** Tag keys the config's defaults.tags add to every definition. */
  defaultTagKeys: ReadonlySet<string>
}

const WHY = 'renders to a value other than live IAM holds, so the first deploy would change it'

export function verifyRoundTrip(input: VerifyInput): Inexpressible[] {
  const { environment, written } = input
  const { state, findings } = render(input.config, input.definitions, {
    managedBy: input.managedBy,
    environments: [environment],
    now: EVERY_GRANT_LIVE
  })
  const problems: Inexpressible[] = []
  for (const finding of findings) {
    if (finding.severity !== 'error' || !finding.file || !input.files.has(finding.file)) continue
    problems.push({
      resource: `${finding.file}:${finding.line}`,
      field: finding.rule,
      reason: finding.message
    })
  }
  const desired = state.environments[environment]
  if (!desired) return problems
  const pick = <T extends { name: string }>(items: readonly T[], kind: string) =>
    items.filter(item => written.has(`${kind}:${item.name.toLowerCase()}`))
  const live: EnvironmentState = {
    ...input.live,
    roles: pick(input.live.roles, 'Role'),
    managedPolicies: pick(input.live.managedPolicies, 'ManagedPolicy')
  }
  const change = compareEnvironment(live, {
    ...desired,
    roles: pick(desired.roles, 'Role'),
    managedPolicies: pick(desired.managedPolicies, 'ManagedPolicy')
  })
  const expectedTag = (key: string) => key === OWNERSHIP_TAG || input.defaultTagKeys.has(key)
  for (const role of change.roles) {
    const resource = `role ${role.physicalName}`
    const add = (field: string, reason = WHY) => problems.push({ resource, field, reason })
    if (role.change === 'added' || role.change === 'removed') {
      add(
        'name',
        `is ${role.change === 'added' ? 'rendered but not live' : 'live but not rendered'} in ${environment}`
      )
      continue
    }
    if (role.trustPolicyChanged) add('trust')
    for (const policy of role.inlinePolicies) add(`policies.${policy.name}`)
    if (role.managedPolicies.attached.length + role.managedPolicies.detached.length > 0)
      add('managedPolicies')
    for (const key of [
      'permissionsBoundary',
      'maxSessionDuration',
      'description',
      'path',
      'instanceProfile'
    ] as const)
      if (role[key]) add(key)
    if (role.rename) add('roleName')
    tagProblems(role.tags, expectedTag).forEach(key => add(`tags.${key}`))
  }
  for (const policy of change.managedPolicies) {
    const resource = `managed policy ${policy.physicalName}`
    const add = (field: string, reason = WHY) => problems.push({ resource, field, reason })
    if (policy.change === 'added' || policy.change === 'removed') {
      add(
        'name',
        `is ${policy.change === 'added' ? 'rendered but not live' : 'live but not rendered'} in ${environment}`
      )
      continue
    }
    if (policy.documentChanged) add('document')
    if (policy.description) add('description')
    tagProblems(policy.tags, expectedTag).forEach(key => add(`tags.${key}`))
  }
  return problems
}

function tagProblems(
  tags: { added: Record<string, string>; removed: Record<string, string>; changed: Record<string, unknown> },
  expected: (key: string) => boolean
): string[] {
  return [
    ...Object.keys(tags.added).filter(key => !expected(key)),
    ...Object.keys(tags.removed),
    ...Object.keys(tags.changed)
  ]
}
