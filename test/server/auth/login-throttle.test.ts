import { describe, expect, it } from 'vitest'
import { LoginThrottle, type ThrottleLimits } from '../../../server/auth/login-throttle.js'

const limits: ThrottleLimits = {
  freeFailures: { name: 3, address: 5 },
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  forgetAfterMs: 60_000,
  maxEntries: 100,
}

function clock() {
  const state = { now: 1_000_000 }
  return { state, throttle: new LoginThrottle(limits, () => state.now) }
}

describe('LoginThrottle', () => {
  it('slows a name down with growing delays after its free failures, never a lock', () => {
    const { state, throttle } = clock()
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfter('ann', 'a1')).toBe(0)
      throttle.recordFailure('ann', 'a1')
    }
    expect(throttle.retryAfter('ann', 'a1')).toBe(0)
    const waits: number[] = []
    for (let i = 0; i < 6; i++) {
      throttle.recordFailure('ann', 'a1')
      waits.push(throttle.retryAfter('ann', 'a1'))
      state.now += waits.at(-1)! * 1000
      expect(throttle.retryAfter('ann', 'a1')).toBe(0)
    }
    // 1 s, 2 s, 4 s, then the ceiling: a mistyping user waits seconds, a guesser gets a few tries a minute.
    expect(waits).toEqual([1, 2, 4, 8, 8, 8])
    expect(throttle.retryAfter('bob', 'a2')).toBe(0)
  })

  it('slows an address trying many names, and no other address', () => {
    const { throttle } = clock()
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) throttle.recordFailure(name, 'a9')
    expect(throttle.retryAfter('g', 'a9')).toBe(1)
    expect(throttle.retryAfter('g', 'a8')).toBe(0)
  })

  it('forgets a name’s failures after a successful sign-in, and everything after a quiet spell', () => {
    const { state, throttle } = clock()
    for (let i = 0; i < 5; i++) throttle.recordFailure('ann', 'a1')
    throttle.recordSuccess('ann')
    expect(throttle.retryAfter('ann', 'a2')).toBe(0)
    for (let i = 0; i < 7; i++) throttle.recordFailure('bob', 'a3')
    state.now += 61_000
    expect(throttle.retryAfter('bob', 'a3')).toBe(0)
    expect(throttle.list()).toEqual([])
  })

  it('knows the devices a name signed in from', () => {
    const { throttle } = clock()
    const token = throttle.rememberDevice('ann')
    expect(throttle.knowsDevice(token, 'ann')).toBe(true)
    expect(throttle.knowsDevice(token, 'bob')).toBe(false)
    expect(throttle.knowsDevice('made-up', 'ann')).toBe(false)
    expect(throttle.rememberDevice('bob', token)).toBe(token)
    expect(throttle.knowsDevice(token, 'bob')).toBe(true)
  })

  it('lists and clears what it is slowing down, for admins', () => {
    const { throttle } = clock()
    for (let i = 0; i < 4; i++) throttle.recordFailure('ann', '10.0.0.1')
    expect(throttle.list()).toEqual([
      { kind: 'name', key: 'ann', failures: 4, retryAfterSeconds: 1 },
      { kind: 'address', key: '10.0.0.1', failures: 4, retryAfterSeconds: 0 },
    ])
    expect(throttle.clear('name', 'ann')).toBe(true)
    expect(throttle.clear('name', 'ann')).toBe(false)
    expect(throttle.retryAfter('ann', '10.0.0.2')).toBe(0)
  })

  it('stays bounded under a spray of made-up names', () => {
    const { throttle } = clock()
    for (let i = 0; i < 1000; i++) throttle.recordFailure(`n${i}`, `a${i}`)
    expect(throttle.list().length).toBeLessThanOrEqual(limits.maxEntries)
  })
})
