import { describe, expect, it } from 'vitest'
import { type MatchSegment, rankSegments, scoreSegment } from '../../../server/recommend/industry-match.js'

const segment = (id: number, fields: Partial<MatchSegment> = {}): MatchSegment => ({
  segmentId: id,
  segmentKey: `s${id}`,
  name: '',
  name_en: '',
  tier: 'midstream',
  chainId: 1,
  chainKey: 'biotech',
  chainName: '',
  chainName_en: '',
  sameNearby: 0,
  linkedNearby: 0,
  strength: 5,
  gapThreshold: 2,
  ...fields,
})

describe('industry match scoring', () => {
  it('leaves transport out of the weights for a chain that needs none', () => {
    const { score, reasons } = scoreSegment({ parkIndustries: ['biotech'], kmPort: 1, kmInterchange: 1 }, segment(1))
    expect(reasons.find((r) => r.criterion === 'transport')).toEqual({
      criterion: 'transport',
      score: 0,
      weight: 0,
      value: null,
    })
    expect(score).toBeCloseTo(0.3 / 0.85, 3) // park fit only, out of 0.85
  })

  it('scores the port: full within 5 km, nothing from 30 km', () => {
    const port = (km: number) =>
      scoreSegment(
        { parkIndustries: [], kmPort: km, kmInterchange: null },
        segment(1, { chainKey: 'wind_port' }),
      ).reasons.find((r) => r.criterion === 'transport')!.score
    expect([port(3), port(5), port(17.5), port(30), port(45)]).toEqual([1, 1, 0.5, 0, 0])
  })

  it('caps clusters at five firms and breaks ties by segment id', () => {
    const site = { parkIndustries: [], kmPort: null, kmInterchange: null }
    expect(
      scoreSegment(site, segment(1, { sameNearby: 9 })).reasons.find((r) => r.criterion === 'cluster')!.score,
    ).toBe(1)
    expect(rankSegments(site, [segment(3), segment(2), segment(4, { sameNearby: 1 })]).map((s) => s.segmentId)).toEqual(
      [4, 2, 3],
    )
  })
})
