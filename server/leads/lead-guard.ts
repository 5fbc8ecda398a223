import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { ApiError } from '../http/api-error.js'

/**
 * Keeps bots off the public interest form without a CAPTCHA service (none reaches every visitor in China and abroad
 * alike): a field people never see must stay empty, a form filled faster than a person can is refused, and each client
 * address may send a few an hour. The form's token is signed with a key of this process: a token from before a restart
 * is refused as expired, and the page simply asks for a new one.
 */
export interface LeadLimits {
  perHour: number
  minFillSeconds: number
}

/** A form opened more than a day ago is stale. */
const TOKEN_TTL_MS = 24 * 3_600_000

export class LeadGuard {
  private readonly key = randomBytes(32)
  private readonly limiter: RateLimiterMemory

  constructor(private readonly limits: LeadLimits) {
    this.limiter = new RateLimiterMemory({ points: limits.perHour, duration: 3600 })
  }

  private sign(issuedMs: number): string {
    return createHmac('sha256', this.key).update(String(issuedMs)).digest('base64url')
  }

  /** A token naming when the form was opened, signed so it cannot be back-dated. */
  issueToken(nowMs: number): string {
    return `${nowMs}.${this.sign(nowMs)}`
  }

  /** Refuses a token that is forged, stale, or younger than a person needs to fill the form. */
  checkToken(token: string, nowMs: number) {
    const [issued, signature] = token.split('.')
    const issuedMs = Number(issued)
    const expected = Buffer.from(this.sign(issuedMs))
    const sent = Buffer.from(signature ?? '')
    if (!Number.isSafeInteger(issuedMs) || sent.length !== expected.length || !timingSafeEqual(sent, expected))
      throw new ApiError('invalid_request', 'form_token: not a token this server gave; reload the form')
    if (nowMs - issuedMs > TOKEN_TTL_MS) throw new ApiError('invalid_request', 'form_token: expired; reload the form')
    if (nowMs - issuedMs < this.limits.minFillSeconds * 1000)
      throw new ApiError('invalid_request', 'form_token: sent too fast after opening the form; please try again')
  }

  /** Counts one submission from this address; past the hour's allowance, 429 with the wait. */
  async consume(address: string): Promise<void> {
    try {
      await this.limiter.consume(address)
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal
      const minutes = Math.ceil(refusal.msBeforeNext / 60_000)
      throw new ApiError('too_many_attempts', `Too many submissions from this address; try again in ${minutes} min`)
    }
  }
}
