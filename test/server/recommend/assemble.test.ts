import { describe, expect, it } from 'vitest'
import { assembleSites } from '../../../server/recommend/assemble.js'

const p = (id: number, areaMu: number) => ({ id, areaMu })

describe('assembling sites for a land need', () => {
  it('joins two adjacent 40-mu parcels for an 80-mu need', () => {
    expect(assembleSites([p(1, 40), p(2, 40)], [[1, 2]], 80, 120)).toEqual([
      { parcelIds: [1, 2], totalMu: 80, wholeBlock: false },
    ])
  })

  it('never joins parcels that do not touch', () => {
    expect(assembleSites([p(1, 40), p(2, 40)], [], 80, 120)).toEqual([])
  })

  it('takes the least area that reaches the need, then the fewest parcels', () => {
    // A chain 1–2–3–4: 30, 50, 20, 35 mu. Need 60–100: {2,3} = 70 beats {1,2} = 80 and {3,4} = 55 (too small).
    const chain = [p(1, 30), p(2, 50), p(3, 20), p(4, 35)]
    const pairs: [number, number][] = [
      [1, 2],
      [2, 3],
      [3, 4],
    ]
    expect(assembleSites(chain, pairs, 60, 100)).toEqual([{ parcelIds: [2, 3], totalMu: 70, wholeBlock: false }])
    // A single parcel that fits is the smallest set of all.
    expect(assembleSites(chain, pairs, 45, 60)).toEqual([{ parcelIds: [2], totalMu: 50, wholeBlock: false }])
  })

  it('finds a set joined through a branch (a star around parcel 1)', () => {
    const star = [p(1, 10), p(2, 40), p(3, 40), p(4, 40)]
    expect(
      assembleSites(
        star,
        [
          [1, 2],
          [1, 3],
          [1, 4],
        ],
        85,
        95,
      ),
    ).toEqual([{ parcelIds: [1, 2, 3], totalMu: 90, wholeBlock: false }])
  })

  it('does not split a 210-mu sell-whole block for an 80-mu need, and offers it whole when the need allows', () => {
    const block = [p(1, 40), p(2, 40), p(3, 130)]
    const pairs: [number, number][] = [
      [1, 2],
      [2, 3],
    ]
    expect(assembleSites(block, pairs, 80, 120)).toEqual([])
    expect(assembleSites(block, pairs, 150, 250)).toEqual([{ parcelIds: [1, 2, 3], totalMu: 210, wholeBlock: true }])
  })

  it('gives one site per separate group, smallest first, and respects the upper bound', () => {
    const parcels = [p(1, 45), p(2, 45), p(5, 100)]
    expect(assembleSites(parcels, [[1, 2]], 80, 100)).toEqual([
      { parcelIds: [1, 2], totalMu: 90, wholeBlock: false },
      { parcelIds: [5], totalMu: 100, wholeBlock: false },
    ])
    expect(assembleSites(parcels, [[1, 2]], 80, 95)).toEqual([{ parcelIds: [1, 2], totalMu: 90, wholeBlock: false }])
  })
})
