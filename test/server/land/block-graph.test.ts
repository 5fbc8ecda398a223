import { describe, expect, it } from 'vitest'
import {
  assembleBlocks,
  type BlockCandidate,
  blockTerms,
  connectedComponents,
} from '../../../server/land/block-graph.js'

const parcel = (id: number, areaMu: number, extra: Partial<BlockCandidate> = {}): BlockCandidate => ({
  id,
  code: `P-${String(id).padStart(2, '0')}`,
  areaMu,
  regionName: '象山县',
  parkName: '临港园',
  isNetLand: true,
  ...extra,
})

describe('connectedComponents', () => {
  it('joins chains of pairs into one component and leaves loners alone', () => {
    const roots = connectedComponents(
      [1, 2, 3, 4, 5],
      [
        [4, 3],
        [2, 3],
        [5, 5],
      ],
    )
    expect(new Set([roots.get(2), roots.get(3), roots.get(4)]).size).toBe(1)
    expect(roots.get(1)).toBe(1)
    expect(roots.get(5)).toBe(5)
    expect(roots.get(2)).not.toBe(roots.get(1))
  })

  it('ignores pairs naming ids that are not candidates', () => {
    const roots = connectedComponents(
      [1, 2],
      [
        [1, 99],
        [99, 2],
      ],
    )
    expect(roots.get(1)).not.toBe(roots.get(2))
  })

  it('handles a long chain without recursion limits', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => i)
    const pairs = ids.slice(1).map((i) => [i - 1, i] as const)
    expect(new Set(connectedComponents(ids, pairs).values()).size).toBe(1)
  })
})

describe('assembleBlocks', () => {
  it('sums area, lists members, districts and parks, and keeps only blocks of at least min_mu', () => {
    const candidates = [
      parcel(1, 60, { parkNameEn: 'Harbour Park' }),
      parcel(2, 50, { parkName: '滨海园' }),
      parcel(3, 30),
    ]
    const blocks = assembleBlocks(candidates, [[1, 2]], 100)
    expect(blocks).toEqual([
      {
        id: 'B-P-01',
        parcelIds: [1, 2],
        parcelCodes: ['P-01', 'P-02'],
        totalMu: 110,
        regions: ['象山县'],
        parks: ['临港园', '滨海园'],
        // In the Chinese names' order; a name with no English one stays as it is.
        regionsEn: ['象山县'],
        parksEn: ['Harbour Park', '滨海园'],
        netLandThroughout: true,
        terms: {
          landUses: [],
          priceMin: null,
          priceMax: null,
          kmPort: null,
          kmRailStation: null,
          kmInterchange: null,
          kmAirport: null,
        },
        sellWhole: false,
      },
    ])
  })

  it('marks a block of 200 mu or more to be sold whole, and says whether it is net land throughout', () => {
    const blocks = assembleBlocks([parcel(1, 130), parcel(2, 80, { isNetLand: false })], [[1, 2]], 100)
    expect(blocks[0]).toMatchObject({ totalMu: 210, sellWhole: true, netLandThroughout: false })
  })

  it('orders blocks largest first', () => {
    const blocks = assembleBlocks([parcel(1, 120), parcel(2, 150), parcel(3, 100)], [], 100)
    expect(blocks.map((b) => b.totalMu)).toEqual([150, 120, 100])
  })
})

describe('blockTerms', () => {
  it('takes its parcels’ land uses, the lowest and highest price and the nearest of each distance', () => {
    const terms = blockTerms([
      parcel(1, 60, { landUse: '100102', startPrice: 32, kmPort: 8.2, kmAirport: null }),
      parcel(2, 50, { landUse: '100101', startPrice: 28.5, kmPort: 9.9, kmAirport: 40 }),
      parcel(3, 30, { landUse: '100102', startPrice: null, kmPort: 7.1 }),
    ])
    expect(terms).toEqual({
      landUses: ['100101', '100102'],
      priceMin: 28.5,
      priceMax: 32,
      kmPort: 7.1,
      kmRailStation: null,
      kmInterchange: null,
      kmAirport: 40,
    })
  })
})
