/** Every AWS API call the emulator received, for API-call budget assertions. */

export type ServiceName = 'iam' | 'sts'

export interface CallRecord {
  seq: number
  service: ServiceName
  action: string
  mutating: boolean
  accountId?: string
  /** HTTP status answered; 0 while in flight or when the server crashed before answering. */
  status: number
  errorCode?: string
  /** Set when the answer was an injected fault. */
  fault?: 'throttle' | 'server-error' | 'crash'
  at: number
}

export interface CallFilter {
  service?: ServiceName
  action?: string
  mutating?: boolean
  accountId?: string
  /** Only calls answered with a 2xx status. */
  succeeded?: boolean
}

const MUTATING =
  /^(Create|Update|Delete|Put|Attach|Detach|Tag|Untag|Add|Remove|Set|Upload|Change|Enable|Disable|Reset)/

export function isMutatingAction(service: ServiceName, action: string): boolean {
  return service === 'iam' && MUTATING.test(action)
}

export class CallLog {
  private readonly log: CallRecord[] = []
  private readonly listeners = new Set<(record: CallRecord) => void>()

  /**
   * Calls `listener` with each record once its answer (or error) is decided, before it is sent:
   * a test can change the emulator (advance the clock, add a resource) at an exact point of a run.
   * Returns a function that removes the listener.
   */
  onAnswered(listener: (record: CallRecord) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Called by the endpoints when a record's status is final. */
  answered(record: CallRecord): void {
    for (const listener of this.listeners) listener(record)
  }

  start(service: ServiceName, action: string, at: number): CallRecord {
    const record: CallRecord = {
      seq: this.log.length + 1,
      service,
      action,
      mutating: isMutatingAction(service, action),
      status: 0,
      at
    }
    this.log.push(record)
    return record
  }

  /** All records, oldest first (a copy). */
  records(filter: CallFilter = {}): CallRecord[] {
    return this.log.filter(
      r =>
        (filter.service === undefined || r.service === filter.service) &&
        (filter.action === undefined || r.action === filter.action) &&
        (filter.mutating === undefined || r.mutating === filter.mutating) &&
        (filter.accountId === undefined || r.accountId === filter.accountId) &&
        (filter.succeeded === undefined || (r.status >= 200 && r.status < 300) === filter.succeeded)
    )
  }

  count(filter: CallFilter = {}): number {
    return this.records(filter).length
  }

  /** Call counts by action name, e.g. `{ CreateRole: 3, GetAccountAuthorizationDetails: 1 }`. */
  byAction(filter: CallFilter = {}): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const record of this.records(filter)) counts[record.action] = (counts[record.action] ?? 0) + 1
    return counts
  }

  mutating(filter: Omit<CallFilter, 'mutating'> = {}): number {
    return this.count({ ...filter, mutating: true })
  }

  reads(filter: Omit<CallFilter, 'mutating'> = {}): number {
    return this.count({ ...filter, mutating: false })
  }

  reset(): void {
    this.log.length = 0
  }
}
