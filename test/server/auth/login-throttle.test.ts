import { describe, expect, it } from 'vitest'
import { LoginThrottle } from '../../../server/auth/login-throttle.js'

describe('LoginThrottle', () => {
  const limits = { windowMs: 60_000, perName: 3, perAddress: 5 }

  it('blocks a name after its limit of failures until the window passes', () => {
    let now = 1_000_000
    const throttle = new LoginThrottle(limits, () => now)
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfter('ann', 'a1')).toBe(0)
      throttle.recordFailure('ann', 'a1')
      now += 1000
    }
    expect(throttle.retryAfter('ann', 'a1')).toBe(57)
    expect(throttle.retryAfter('bob', 'a2')).toBe(0)
    now += 57_000
    expect(throttle.retryAfter('ann', 'a1')).toBe(0)
  })

  it('blocks an address trying many names', () => {
    const throttle = new LoginThrottle(limits, () => 0)
    for (const name of ['a', 'b', 'c', 'd', 'e']) throttle.recordFailure(name, 'a9')
    expect(throttle.retryAfter('f', 'a9')).toBeGreaterThan(0)
    expect(throttle.retryAfter('f', 'a8')).toBe(0)
  })

  it('forgets a name’s failures after a successful sign-in', () => {
    const throttle = new LoginThrottle(limits, () => 0)
    throttle.recordFailure('ann', 'a1')
    throttle.recordFailure('ann', 'a1')
    throttle.recordSuccess('ann')
    throttle.recordFailure('ann', 'a1')
    throttle.recordFailure('ann', 'a1')
    expect(throttle.retryAfter('ann', 'a1')).toBe(0)
  })
})
