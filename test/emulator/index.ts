/** Public API of the RoleGate test emulator (AWS IAM + STS + GitHub OIDC/REST on loopback). */
export {
  Emulator,
  type AccountHandle,
  type ClientConfig,
  type ClientCredentials,
  type EmulatorOptions
} from './emulator.js'
export type { CallFilter, CallRecord } from './aws/calls.js'
export { DEFAULT_FAULTS, faultsFromEnv, type FaultConfig } from './aws/faults.js'
export type { JobContext } from './github/job.js'
export type { MintOptions } from './github/oidc-server.js'
export type { RecordedRequest } from './github/rest-server.js'
export { ACTIONS_BOT, type PullRequestSpec } from './github/rest-state.js'
export { generateSigningKey } from './github/jwt.js'
export type { Quotas } from './iam/model.js'
export type { AccountOptions } from './iam/registry.js'
export { REPO_ROOT, runAction, type JobOptions, type RunOptions, type RunResult } from './harness.js'
export type { WorkflowCommand } from './harness/outputs.js'
