/**
 * Counts failed sign-ins per user name and per client address in a sliding window.
 * In memory: one server process owns the sessions' front door (PGlite allows only one anyway).
 */
export interface ThrottleLimits {
  windowMs: number
  perName: number
  perAddress: number
}

export const defaultThrottleLimits: ThrottleLimits = { windowMs: 15 * 60_000, perName: 5, perAddress: 30 }

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly limits: ThrottleLimits = defaultThrottleLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the next attempt may be made, or 0 when it may be made now. */
  retryAfter(name: string, address: string): number {
    const byName = this.recent(`name:${name}`)
    const byAddress = this.recent(`addr:${address}`)
    const waits = [this.wait(byName, this.limits.perName), this.wait(byAddress, this.limits.perAddress)]
    return Math.max(...waits)
  }

  recordFailure(name: string, address: string) {
    for (const key of [`name:${name}`, `addr:${address}`]) this.failures.set(key, [...this.recent(key), this.now()])
  }

  recordSuccess(name: string) {
    this.failures.delete(`name:${name}`)
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.limits.windowMs
    const kept = (this.failures.get(key) ?? []).filter((at) => at > cutoff)
    if (kept.length === 0) this.failures.delete(key)
    else this.failures.set(key, kept)
    return kept
  }

  private wait(times: number[], limit: number): number {
    if (times.length < limit) return 0
    const oldestCounted = times[times.length - limit]!
    return Math.max(1, Math.ceil((oldestCounted + this.limits.windowMs - this.now()) / 1000))
  }
}
