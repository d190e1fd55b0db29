/** The emulator's notion of "now": wall time plus an adjustable offset (to expire tokens in tests). */
export class Clock {
  private offsetMs = 0

  now(): number {
    return Date.now() + this.offsetMs
  }

  date(): Date {
    return new Date(this.now())
  }

  /** Move the emulator's clock forward (or back, with a negative value). */
  advance(ms: number): void {
    this.offsetMs += ms
  }

  reset(): void {
    this.offsetMs = 0
  }
}
