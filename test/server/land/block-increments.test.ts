import { describe, expect, it } from 'vitest'
import {
  candidateChanges,
  membershipKey,
  mergedPairs,
  needsFullRecompute,
} from '../../../server/land/block-increments.js'

const stamps = (entries: [number, string][]) => new Map(entries)

describe('what an edit touched', () => {
  it('names new and changed candidates, and those that are gone', () => {
    const previous = stamps([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ])
    const changes = candidateChanges(previous, [
      { id: 1, stamp: 'a' },
      { id: 2, stamp: 'b2' },
      { id: 4, stamp: 'd' },
    ])
    expect(changes).toEqual({ changed: [2, 4], removed: [3] })
  })

  it('measures everything again once a fifth of the candidates changed', () => {
    expect(needsFullRecompute({ changed: [1], removed: [] }, 100)).toBe(false)
    expect(needsFullRecompute({ changed: [1, 2, 3], removed: Array.from({ length: 18 }, (_, i) => 10 + i) }, 100)).toBe(
      true,
    )
    expect(needsFullRecompute({ changed: [1], removed: [] }, 2)).toBe(false)
  })
})

describe('the adjacency after an edit', () => {
  it('keeps pairs between untouched candidates and takes the touched ones as measured now', () => {
    const previous = [
      [1, 2],
      [2, 3],
      [3, 4],
      [5, 6],
    ] as const
    const measured = [
      [3, 4],
      [3, 7],
      [8, 9],
    ] as const
    // 3 moved (no longer beside 2, now beside 7), 5 left the offer; 8–9 were measured only as neighbours.
    expect(mergedPairs(previous, measured, { changed: [3, 7], removed: [5] })).toEqual([
      [1, 2],
      [3, 4],
      [3, 7],
    ])
  })
})

describe('a block’s membership key', () => {
  it('is the same for the same members in any order, and differs once a member’s row changed', () => {
    const before = stamps([
      [1, 'a'],
      [2, 'b'],
    ])
    expect(membershipKey([2, 1], before)).toBe(membershipKey([1, 2], before))
    expect(
      membershipKey(
        [1, 2],
        stamps([
          [1, 'a'],
          [2, 'b2'],
        ]),
      ),
    ).not.toBe(membershipKey([1, 2], before))
  })
})
