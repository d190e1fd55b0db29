/**
 * Grouping across environments: a change made once in a definition renders into every
 * environment; a reviewer reads it once, with the list of environments it applies to. Two
 * environments' changes are the same when they are equal after each environment's own values
 * (account id, environment name, the role's physical name) are replaced by placeholders.
 */
import type { ChangeGroup, ChangeSet, ManagedPolicyChange, RoleChange } from './model.js'
import { compareText } from '../util/compare-text.js'

const RISK_ORDER = { high: 0, low: 1, none: 2 } as const
const VERDICT_ORDER = { broadens: 0, narrows: 1, neutral: 2, unchanged: 3 } as const

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function accountOf(arn: string | undefined): string | undefined {
  const account = arn?.split(':')[4]
  return account && /^\d{12}$/.test(account) ? account : undefined
}

/** Replaces an environment's own values in a JSON text by placeholders. */
function normalizer(environment: string, accounts: readonly string[]): (value: string) => string {
  const patterns: Array<[RegExp, string]> = accounts.map(account => [
    new RegExp(escapeRegExp(account), 'g'),
    '{account}'
  ])
  if (environment)
    patterns.push([
      new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(environment)}(?![A-Za-z0-9])`, 'gi'),
      '{environment}'
    ])
  return value => patterns.reduce((text, [pattern, placeholder]) => text.replace(pattern, placeholder), value)
}

function roleSignature(role: RoleChange): string {
  return JSON.stringify([
    role.change,
    role.verdict,
    role.risk,
    role.reasons,
    role.permissions,
    role.trust,
    role.managedPolicies,
    role.opaquePolicies,
    role.inlinePolicies.map(policy => [policy.name, policy.change]),
    role.permissionsBoundary ?? null,
    role.tags,
    role.maxSessionDuration ?? null,
    role.description ?? null,
    role.path ?? null,
    role.rename ?? null,
    role.logicalRename ?? null,
    role.opaqueDetached ?? null,
    role.principalKeys ?? null,
    role.instanceProfile ?? null,
    // Where each assertion is written is the same file in every environment.
    role.assertions?.map(flip => [flip.before, flip.after, flip.requests, flip.assertion.index]) ?? null
  ])
}

function policySignature(policy: ManagedPolicyChange): string {
  return JSON.stringify([
    policy.change,
    policy.verdict,
    policy.risk,
    policy.reasons,
    policy.permissions,
    policy.tags,
    policy.description ?? null
  ])
}

function sourceOf(item: RoleChange | ManagedPolicyChange): { file?: string; line?: number } {
  const source = item.after?.source ?? item.before?.source
  return source ? { file: source.file, line: source.location.line } : {}
}

/**
 * Changed roles and policies as groups, environments in config order (the order of
 * `changes.environments`), sorted by risk, then verdict, then name.
 */
export function groupChanges(changes: ChangeSet): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>()
  for (const environment of Object.values(changes.environments)) {
    const accounts = [
      ...new Set(
        [...environment.roles, ...environment.managedPolicies].flatMap(item =>
          [accountOf(item.after?.arn), accountOf(item.before?.arn)].filter(
            (account): account is string => account !== undefined
          )
        )
      )
    ]
    const normalize = normalizer(environment.environment, accounts)
    const add = (kind: ChangeGroup['kind'], item: RoleChange | ManagedPolicyChange, signature: string) => {
      // Exact first, then up to the environment's own values.
      const exact = `${kind}\u0000${item.name}\u0000${signature}`
      const key = `\u0001${kind}\u0000${item.name}\u0000${normalize(signature.split(item.physicalName).join('{name}'))}`
      const group = groups.get(exact) ?? groups.get(key)
      if (group) {
        group.environments.push(environment.environment)
        return
      }
      const created: ChangeGroup = {
        kind,
        name: item.name,
        environments: [environment.environment],
        change: item.change,
        verdict: item.verdict,
        risk: item.risk,
        reasons: item.reasons,
        ...sourceOf(item)
      }
      if (kind === 'role') created.role = item as RoleChange
      else created.policy = item as ManagedPolicyChange
      groups.set(exact, created)
      groups.set(key, created)
    }
    // A role whose definition is the same can still change access: its boundary's or an attached
    // policy's document was edited.
    for (const role of environment.roles)
      if (role.change !== 'unchanged' || role.verdict !== 'unchanged' || role.assertions?.length)
        add('role', role, roleSignature(role))
    for (const policy of environment.managedPolicies)
      if (policy.change !== 'unchanged') add('managed policy', policy, policySignature(policy))
  }
  return [...new Set(groups.values())].sort(compareGroups)
}

export function compareGroups(a: ChangeGroup, b: ChangeGroup): number {
  return (
    RISK_ORDER[a.risk] - RISK_ORDER[b.risk] ||
    VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
    compareText(a.name, b.name) ||
    compareText(a.kind, b.kind)
  )
}
