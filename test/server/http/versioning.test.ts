import { describe, expect, it } from 'vitest'
import { noneMatchHits } from '../../../server/http/versioning.js'

describe('If-None-Match', () => {
  it('hits on the same tag, weak or strong, in a list, or *', () => {
    expect(noneMatchHits('W/"public-1"', 'W/"public-1"')).toBe(true)
    expect(noneMatchHits('"public-1"', 'W/"public-1"')).toBe(true)
    expect(noneMatchHits('"a", W/"public-1" ', 'W/"public-1"')).toBe(true)
    expect(noneMatchHits('*', 'W/"public-1"')).toBe(true)
  })

  it('misses on another tag or none', () => {
    expect(noneMatchHits(undefined, 'W/"public-1"')).toBe(false)
    expect(noneMatchHits('W/"staff-1"', 'W/"public-1"')).toBe(false)
    expect(noneMatchHits('W/"public-12"', 'W/"public-1"')).toBe(false)
  })
})
