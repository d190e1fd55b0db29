/** The import's data: what one environment's live roles become, before files are planned. */
import type { ManagedPolicyDefinition, RoleDefinition } from '../definitions/schema.js'

export type DefinitionKind = 'Role' | 'ManagedPolicy'

/** The fields `overrides.<env>` may set, per kind, in the order files list them. */
export const OVERRIDABLE: Readonly<Record<DefinitionKind, readonly string[]>> = {
  Role: [
    'description',
    'path',
    'maxSessionDuration',
    'permissionsBoundary',
    'trust',
    'policies',
    'managedPolicies',
    'tags',
    'instanceProfile'
  ],
  ManagedPolicy: ['description', 'path', 'document', 'tags']
}

/** Fields whose values are mappings that `overrides` merge key by key (tags, inline policies by name). */
export const KEYED_FIELDS: ReadonlySet<string> = new Set(['tags', 'policies'])

/** Fields a definition must have at its top level (they cannot live only in overrides). */
export const REQUIRED_FIELDS: Readonly<Record<DefinitionKind, string>> = {
  Role: 'trust',
  ManagedPolicy: 'document'
}

/** One live role or customer managed policy of one environment, as definition fields. */
export interface EnvironmentDefinition {
  kind: DefinitionKind
  /** Logical name. */
  name: string
  /** `roleName` / `policyName`, templated; absent when the naming template gives the live name. */
  explicitName?: string
  /** The live physical name. */
  physicalName: string
  /** The live resource lacks this repository's ownership tag: the first deploy must adopt it. */
  adopt: boolean
  /** Overridable fields; those equal to what the config gives anyway are left out. */
  fields: Record<string, unknown>
}

/** Something about a live role or policy that no definition can say: the import stops. */
export interface Inexpressible {
  /** `role shop-dev-api`, `managed policy shop-dev-logs`. */
  resource: string
  field: string
  reason: string
}

export type WrittenDefinition = RoleDefinition | ManagedPolicyDefinition

export const physicalNameKey = (kind: DefinitionKind): 'roleName' | 'policyName' =>
  kind === 'Role' ? 'roleName' : 'policyName'

export const resourceLabel = (kind: DefinitionKind, physicalName: string): string =>
  `${kind === 'Role' ? 'role' : 'managed policy'} ${physicalName}`
