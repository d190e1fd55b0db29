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
  failed?: { operation: string; error: string }
  notAttempted?: string[]
  /** Logical role name → ARN, after deploy. */
  roles?: Record<string, string>
}
