/**
 * The `environments` part of the JSON report (docs/report.md), derived from a ChangeSet.
 * Documents and source positions stay out: the report is what scripts rely on.
 */
import {
  environmentVerdict,
  type AccessEntry,
  type AssertionFlip,
  type ChangeSet,
  type EnvironmentChange,
  type NotEvaluated,
  type RoleChange
} from '../compare/model.js'

export interface RoleReport {
  name: string
  physicalName: string
  change: RoleChange['change']
  verdict: RoleChange['verdict']
  risk: RoleChange['risk']
  reasons: string[]
  addedActions: string[]
  removedActions: string[]
  /** Access added and removed, one entry per (effect, action, resource, condition). */
  added: AccessEntry[]
  removed: AccessEntry[]
  trust: { added: AccessEntry[]; removed: AccessEntry[] }
  inlinePolicies: { name: string; change: string }[]
  managedPolicies: { attached: string[]; detached: string[] }
  fields: Record<string, { before: unknown; after: unknown }>
  /** `expect:` assertions whose outcome or decisions the change flips; absent when none. */
  assertions?: AssertionFlipReport[]
}

export interface AssertionFlipReport {
  expect: 'allow' | 'deny'
  actions: string[]
  resources: string[]
  context: Record<string, string[]>
  file?: string
  line?: number
  before: AssertionFlip['before']
  after: AssertionFlip['after']
  removed?: true
  requests: AssertionFlip['requests']
}

function assertionReport(flip: AssertionFlip): AssertionFlipReport {
  const { assertion } = flip
  // Context keys are user input: an object without a prototype, so `__proto__` is a plain key.
  const context: Record<string, string[]> = Object.create(null) as Record<string, string[]>
  for (const [key, values] of assertion.context) context[key] = values
  return {
    expect: assertion.expect,
    actions: assertion.actions,
    resources: assertion.resources,
    context,
    ...(assertion.location ? { file: assertion.location.file, line: assertion.location.line } : {}),
    before: flip.before,
    after: flip.after,
    ...(flip.removed ? { removed: true as const } : {}),
    requests: flip.requests
  }
}

export interface EnvironmentReport {
  change: EnvironmentChange['change']
  /** `unknown` when a definition file failed to load: see `notEvaluated`. */
  verdict: EnvironmentChange['verdict'] | 'unknown'
  risk: EnvironmentChange['risk']
  roles: RoleReport[]
  managedPolicies: {
    name: string
    physicalName: string
    change: string
    verdict: string
    risk: EnvironmentChange['risk']
    reasons: string[]
    addedActions: string[]
    removedActions: string[]
  }[]
  /** Roles and policies not compared because their file failed to load on one side. */
  notEvaluated?: NotEvaluated[]
}

const FIELDS = [
  'permissionsBoundary',
  'maxSessionDuration',
  'description',
  'path',
  'rename',
  'logicalRename',
  'instanceProfile'
] as const

export function roleReport(role: RoleChange): RoleReport {
  const fields: RoleReport['fields'] = {}
  for (const field of FIELDS) {
    const value = role[field]
    if (value) fields[field] = { before: value.before ?? null, after: value.after ?? null }
  }
  const tagCount =
    Object.keys(role.tags.added).length +
    Object.keys(role.tags.removed).length +
    Object.keys(role.tags.changed).length
  if (tagCount > 0) fields.tags = { before: role.before?.tags ?? null, after: role.after?.tags ?? null }
  return {
    name: role.name,
    physicalName: role.physicalName,
    change: role.change,
    verdict: role.verdict,
    risk: role.risk,
    reasons: role.reasons,
    addedActions: role.addedActions,
    removedActions: role.removedActions,
    added: role.permissions.added,
    removed: role.permissions.removed,
    trust: role.trust,
    inlinePolicies: role.inlinePolicies.map(policy => ({ name: policy.name, change: policy.change })),
    managedPolicies: role.managedPolicies,
    fields,
    ...(role.assertions?.length ? { assertions: role.assertions.map(assertionReport) } : {})
  }
}

export function environmentsReport(changes: ChangeSet): Record<string, EnvironmentReport> {
  const result: Record<string, EnvironmentReport> = {}
  for (const [name, environment] of Object.entries(changes.environments)) {
    result[name] = {
      change: environment.change,
      verdict: environmentVerdict(environment),
      risk: environment.risk,
      ...(environment.notEvaluated ? { notEvaluated: environment.notEvaluated } : {}),
      roles: environment.roles.map(roleReport),
      managedPolicies: environment.managedPolicies.map(policy => ({
        name: policy.name,
        physicalName: policy.physicalName,
        change: policy.change,
        verdict: policy.verdict,
        risk: policy.risk,
        reasons: policy.reasons,
        addedActions: [
          ...new Set(policy.permissions.added.filter(e => e.effect === 'Allow').map(e => e.action))
        ].sort(),
        removedActions: [
          ...new Set(policy.permissions.removed.filter(e => e.effect === 'Allow').map(e => e.action))
        ].sort()
      }))
    }
  }
  return result
}
