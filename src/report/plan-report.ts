/** The plan part of the JSON report (plan, deploy, drift). */
import type { Plan } from '../plan/model.js'

export interface PlanReport {
  environment: string
  account: string
  callerArn: string
  operations: { kind: string; description: string }[]
  conflicts: Plan['conflicts']
  orphans: string[]
  applied?: string[]
  /** `refused`: stopped on purpose (a resource that is not RoleGate's); a re-run does not help. */
  failed?: { operation: string; error: string; refused?: true }
  notAttempted?: string[]
  /** drift: how live IAM differs from the definitions, per resource. */
  drift?: DriftItem[]
  /** Logical role name → ARN, after deploy. */
  roles?: Record<string, string>
}

export type DriftKind = 'changed-outside' | 'deleted-outside' | 'not-defined' | 'not-owned'

export interface DriftItem {
  resource: string
  kind: DriftKind
  /** From definitions to live: "broadens" means live allows more than the definitions. */
  verdict?: string
  reasons: string[]
}
