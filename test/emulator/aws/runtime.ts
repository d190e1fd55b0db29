import type { Clock } from '../core/clock.js'
import type { CallLog } from './calls.js'
import type { CredentialStore } from './credentials.js'
import type { FaultInjector } from './faults.js'

/** State shared by the IAM and STS endpoints. */
export interface AwsRuntime {
  credentials: CredentialStore
  faults: FaultInjector
  calls: CallLog
  clock: Clock
  /** Takes every AWS endpoint down (fault injection: crash). */
  crash(): void
}
