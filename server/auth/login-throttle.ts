import { LRUCache } from 'lru-cache'
import { hashToken, newToken } from './session-token.js'

/**
 * Slows password guessing without locking real users out. Past a few free failures, each further failure per name
 * and per client address doubles the wait before the next try, up to a ceiling: a guesser gets a few tries a minute,
 * while a user who mistyped waits seconds, never 15 minutes. A browser that has signed in as a name before (its device
 * cookie) is not held back for that name, nor is a request that already carries that user's live session.
 *
 * In memory, bounded by LRU: one server process owns the sign-in door (PGlite allows one anyway), and a spray of
 * made-up names cannot grow it without limit.
 */
export interface ThrottleLimits {
  /** Failures allowed before any wait, per name and per address (an office behind one NAT shares an address). */
  freeFailures: { name: number; address: number }
  /** The first wait; each further failure doubles it. */
  baseDelayMs: number
  maxDelayMs: number
  /** A key's failures are forgotten after this long without a new one. */
  forgetAfterMs: number
  maxEntries: number
}

export const defaultThrottleLimits: ThrottleLimits = {
  freeFailures: { name: 3, address: 20 },
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  forgetAfterMs: 15 * 60_000,
  maxEntries: 10_000,
}

export type ThrottleKind = 'name' | 'address'

interface Failures {
  count: number
  lastAt: number
}

export interface ThrottleEntry {
  kind: ThrottleKind
  key: string
  failures: number
  retryAfterSeconds: number
}

const DEVICE_DAYS = 180

export class LoginThrottle {
  private readonly failures: LRUCache<string, Failures>
  /** Device token hash → the names signed in from it. */
  private readonly devices: LRUCache<string, Set<string>>

  constructor(
    private readonly limits: ThrottleLimits = defaultThrottleLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.failures = new LRUCache({ max: limits.maxEntries })
    this.devices = new LRUCache({ max: limits.maxEntries, ttl: DEVICE_DAYS * 86_400_000, ttlAutopurge: false })
  }

  /** Seconds until the next attempt may be made (0: now), the longer of the name's and the address's waits. */
  retryAfter(name: string, address: string): number {
    return Math.max(this.wait('name', name), this.wait('address', address))
  }

  recordFailure(name: string, address: string) {
    for (const [kind, key] of [
      ['name', name],
      ['address', address],
    ] as const) {
      const known = this.current(kind, key)
      this.failures.set(`${kind}:${key}`, { count: (known?.count ?? 0) + 1, lastAt: this.now() })
    }
  }

  recordSuccess(name: string) {
    this.failures.delete(`name:${name}`)
  }

  /** A new device token for the browser that just signed in as `name`; the cookie carries it. */
  rememberDevice(name: string, existingToken?: string): string {
    const token = existingToken && this.devices.has(hashToken(existingToken)) ? existingToken : newToken()
    const hash = hashToken(token)
    this.devices.set(hash, new Set([...(this.devices.get(hash) ?? []), name]))
    return token
  }

  knowsDevice(token: string | undefined, name: string): boolean {
    return token !== undefined && Boolean(this.devices.get(hashToken(token))?.has(name))
  }

  /** For admins: every name and address being slowed down now or counting failures. */
  list(): ThrottleEntry[] {
    const entries: ThrottleEntry[] = []
    for (const id of [...this.failures.keys()]) {
      const [kind, ...rest] = id.split(':') as [ThrottleKind, ...string[]]
      const key = rest.join(':')
      const known = this.current(kind, key)
      if (known) entries.push({ kind, key, failures: known.count, retryAfterSeconds: this.wait(kind, key) })
    }
    return entries.sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds || b.failures - a.failures)
  }

  /** Clears one name's or address's failures; returns whether there were any. */
  clear(kind: ThrottleKind, key: string): boolean {
    return this.failures.delete(`${kind}:${key}`)
  }

  private current(kind: ThrottleKind, key: string): Failures | undefined {
    const known = this.failures.get(`${kind}:${key}`)
    if (known && this.now() - known.lastAt > this.limits.forgetAfterMs) {
      this.failures.delete(`${kind}:${key}`)
      return undefined
    }
    return known
  }

  private wait(kind: ThrottleKind, key: string): number {
    const known = this.current(kind, key)
    const over = (known?.count ?? 0) - this.limits.freeFailures[kind]
    if (!known || over <= 0) return 0
    const delay = Math.min(this.limits.baseDelayMs * 2 ** (over - 1), this.limits.maxDelayMs)
    return Math.max(0, Math.ceil((known.lastAt + delay - this.now()) / 1000))
  }
}
