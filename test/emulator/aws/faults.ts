import { AwsError, errors } from '../core/errors.js'
import { Prng } from '../core/prng.js'

/** Fault injection for the AWS endpoints; probabilistic faults draw from a seeded PRNG. */
export interface FaultConfig {
  seed: number
  /** Probability (0..1) of answering `Throttling: Rate exceeded` (HTTP 400). */
  throttleProbability: number
  /** Requests per second accepted before answering Throttling (sliding one-second window). */
  tpsLimit?: number
  /** Probability (0..1) of an HTTP 5xx answer. */
  serverErrorProbability: number
  serverErrorStatus: 500 | 503 | 'mixed'
  /** Added latency per request (ms), plus a uniformly random 0..latencyJitterMs. */
  latencyMs: number
  latencyJitterMs: number
  /**
   * Eventual consistency: a new role is invisible to GetRole/ListRoles/GetAccountAuthorizationDetails
   * (and as a trust policy principal) for this long (ms).
   */
  consistencyDelayMs: number
  /** Stop answering (destroy sockets, stop listening) after this many successful mutating IAM calls. */
  crashAfterMutatingCalls?: number
  /** With crashAfterMutatingCalls: the Nth mutation is applied but its response never arrives. */
  crashLosesResponse: boolean
  /** Restrict probabilistic faults (throttle, 5xx, latency) to these action names. */
  actions?: string[]
  /**
   * Rewrites the XML body of a successful answer before it is sent: a corrupted or hostile answer
   * on the wire (e.g. a policy document that is not valid URL encoding). Tests only (no variable).
   */
  rewriteResponse?: (action: string, body: string) => string
}

export const DEFAULT_FAULTS: FaultConfig = {
  seed: 1,
  throttleProbability: 0,
  serverErrorProbability: 0,
  serverErrorStatus: 503,
  latencyMs: 0,
  latencyJitterMs: 0,
  consistencyDelayMs: 0,
  crashLosesResponse: false
}

export type FaultKind = 'throttle' | 'server-error'

export class FaultInjector {
  private config: FaultConfig = { ...DEFAULT_FAULTS }
  private prng = new Prng(DEFAULT_FAULTS.seed)
  private accepted: number[] = []
  private mutations = 0

  get current(): Readonly<FaultConfig> {
    return this.config
  }

  /** Changes some settings; a new seed restarts the random sequence. */
  configure(changes: Partial<FaultConfig>): void {
    this.config = { ...this.config, ...changes }
    if (changes.seed !== undefined) this.prng = new Prng(changes.seed)
    if (changes.crashAfterMutatingCalls !== undefined) this.mutations = 0
  }

  /** Back to no faults (and the default seed). */
  reset(): void {
    this.config = { ...DEFAULT_FAULTS }
    this.prng = new Prng(DEFAULT_FAULTS.seed)
    this.accepted = []
    this.mutations = 0
  }

  private applies(action: string): boolean {
    return this.config.actions === undefined || this.config.actions.includes(action)
  }

  latencyFor(action: string): number {
    if (!this.applies(action)) return 0
    const jitter =
      this.config.latencyJitterMs > 0 ? Math.floor(this.prng.next() * this.config.latencyJitterMs) : 0
    return this.config.latencyMs + jitter
  }

  /** Decides whether this request gets an injected error instead of being handled. */
  frontDoor(action: string, now: number): { kind: FaultKind; error: AwsError } | undefined {
    if (this.applies(action)) {
      if (this.prng.chance(this.config.throttleProbability))
        return { kind: 'throttle', error: errors.throttling() }
      if (this.prng.chance(this.config.serverErrorProbability)) {
        const status =
          this.config.serverErrorStatus === 'mixed'
            ? this.prng.next() < 0.5
              ? 500
              : 503
            : this.config.serverErrorStatus
        return {
          kind: 'server-error',
          error: status === 500 ? errors.serviceFailure() : errors.serviceUnavailable()
        }
      }
    }
    const limit = this.config.tpsLimit
    if (limit !== undefined) {
      this.accepted = this.accepted.filter(at => now - at < 1000)
      if (this.accepted.length >= limit) return { kind: 'throttle', error: errors.throttling() }
      this.accepted.push(now)
    }
    return undefined
  }

  /**
   * The crash limit has been reached: nothing more may be handled, even by a request that arrived
   * while the Nth mutation's response was still being written (the crash itself follows it).
   */
  get crashDue(): boolean {
    const limit = this.config.crashAfterMutatingCalls
    return limit !== undefined && this.mutations >= limit
  }

  /** Counts a successfully applied mutation; true when the server must crash now. */
  mutationApplied(): boolean {
    this.mutations++
    const limit = this.config.crashAfterMutatingCalls
    return limit !== undefined && this.mutations >= limit
  }
}

function numberFrom(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name]
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (Number.isNaN(value)) throw new Error(`emulator: ${name} must be a number, got '${raw}'`)
  return value
}

/** Fault settings for the standalone launcher, from EMULATOR_* environment variables. */
export function faultsFromEnv(env: NodeJS.ProcessEnv): Partial<FaultConfig> {
  const config: Partial<FaultConfig> = {}
  const set = <K extends keyof FaultConfig>(key: K, value: FaultConfig[K] | undefined) => {
    if (value !== undefined) config[key] = value
  }
  set('seed', numberFrom(env, 'EMULATOR_SEED'))
  set('throttleProbability', numberFrom(env, 'EMULATOR_THROTTLE_PROBABILITY'))
  set('tpsLimit', numberFrom(env, 'EMULATOR_TPS_LIMIT'))
  set('serverErrorProbability', numberFrom(env, 'EMULATOR_ERROR_PROBABILITY'))
  set('latencyMs', numberFrom(env, 'EMULATOR_LATENCY_MS'))
  set('latencyJitterMs', numberFrom(env, 'EMULATOR_LATENCY_JITTER_MS'))
  set('consistencyDelayMs', numberFrom(env, 'EMULATOR_CONSISTENCY_DELAY_MS'))
  set('crashAfterMutatingCalls', numberFrom(env, 'EMULATOR_CRASH_AFTER_MUTATIONS'))
  if (env.EMULATOR_CRASH_LOSES_RESPONSE)
    set('crashLosesResponse', env.EMULATOR_CRASH_LOSES_RESPONSE === 'true')
  const status = env.EMULATOR_ERROR_STATUS
  if (status) {
    if (status !== '500' && status !== '503' && status !== 'mixed') {
      throw new Error(`emulator: EMULATOR_ERROR_STATUS must be 500, 503 or mixed, got '${status}'`)
    }
    set('serverErrorStatus', status === 'mixed' ? 'mixed' : (Number(status) as 500 | 503))
  }
  if (env.EMULATOR_FAULT_ACTIONS)
    set(
      'actions',
      env.EMULATOR_FAULT_ACTIONS.split(',').map(a => a.trim())
    )
  return config
}
