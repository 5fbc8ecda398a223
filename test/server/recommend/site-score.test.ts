import { describe, expect, it } from 'vitest'
import { type MeasureSites, rankSites } from '../../../server/recommend/rank-sites.js'
import type { Site } from '../../../server/recommend/site-candidates.js'
import { normaliseProfile } from '../../../server/recommend/site-profile.js'
import type { ParcelFacts } from '../../../server/recommend/site-rules.js'
import { type ScoreContext, scoreSite, sphereKm } from '../../../server/recommend/site-score.js'

const facts = (id: number, fields: Partial<ParcelFacts> = {}): ParcelFacts => ({
  id,
  code: `P${id}`,
  areaMu: 50,
  regionId: 1,
  parkId: 1,
  parkIndustries: ['biotech'],
  landUseCode: '100101',
  status: 'available',
  availableFrom: null,
  price: 30,
  netLand: true,
  standardLand: false,
  stdInvestIntensity: null,
  utilityCount: 0,
  km: { port: null, rail_station: null, interchange: null, airport: null },
  zoneM: { water_source: null, residential: null, ecological: null },
  widthM: 100,
  lengthM: 333,
  compactness: 0.6,
  lon: 121,
  lat: 30,
  ...fields,
})
const site = (...members: ParcelFacts[]): Site => ({
  parcelIds: members.map((m) => m.id),
  members,
  totalMu: members.reduce((s, m) => s + m.areaMu, 0),
  wholeBlock: false,
})
const context = (profile: Record<string, unknown>, extra: Partial<ScoreContext> = {}): ScoreContext => ({
  profile: normaliseProfile({ min_mu: 50, pollution: 'none', limit: 20, ...profile }),
  chainKey: null,
  firms: [],
  today: '2026-11-22',
  ...extra,
})
const criterion = (result: ReturnType<typeof scoreSite>, name: string) =>
  result.criteria.find((c) => c.criterion === name)

describe('智寻址 scores', () => {
  it('scores distance and price h/(h+x): half at the profile limit, or at the default half-score', () => {
    const result = scoreSite(
      site(facts(1, { km: { port: 20, rail_station: 5, interchange: null, airport: 0 }, price: 50 })),
      null,
      context({}),
    )
    expect(criterion(result, 'port')).toMatchObject({ score: 0.5, value: 20 })
    expect(criterion(result, 'rail_station')).toMatchObject({ score: 0.667, value: 5 })
    expect(criterion(result, 'interchange')).toMatchObject({ score: 0, value: null }) // unknown counts as worst
    expect(criterion(result, 'airport')).toMatchObject({ score: 1, value: 0 })
    expect(criterion(result, 'price')).toMatchObject({ score: 0.5, value: 50 })
    expect(criterion(scoreSite(site(facts(1, { price: 50 })), null, context({ max_price: 100 })), 'price')!.score).toBe(
      0.667,
    )
  })

  it('weighs readiness: 净地 0.4, utilities 0.3 by eighths, timing 0.3 (half within six months)', () => {
    const ready = facts(1, { utilityCount: 4 })
    expect(criterion(scoreSite(site(ready), null, context({})), 'readiness')).toMatchObject({ score: 0.85, value: 0 })
    const soon = facts(2, { netLand: false, status: 'reserve', availableFrom: '2027-03-01' })
    expect(criterion(scoreSite(site(soon), null, context({})), 'readiness')).toMatchObject({ score: 0.15, value: 99 })
    // Area-weighted over an assembled site; the last parcel to come decides the wait.
    expect(criterion(scoreSite(site(ready, soon), null, context({})), 'readiness')).toMatchObject({
      score: 0.5,
      value: 99,
    })
  })

  it('scores chain proximity from the nearest same-segment, supplier and customer firms, 5 km for half', () => {
    const east = (km: number) => 121 + km / (111.195 * Math.cos((30 * Math.PI) / 180))
    const firms = [
      { role: 'same' as const, lon: east(5), lat: 30 },
      { role: 'same' as const, lon: east(20), lat: 30 },
      { role: 'upstream' as const, lon: east(15), lat: 30 },
    ]
    const result = scoreSite(site(facts(1)), null, context({ segment_id: 1 }, { chainKey: 'biotech', firms }))
    const chain = criterion(result, 'chain')!
    expect(chain.detail).toEqual({
      same_km: expect.closeTo(5, 1),
      upstream_km: expect.closeTo(15, 1),
      downstream_km: null,
    })
    expect(chain.score).toBeCloseTo((0.5 + 0.25) / 2, 2) // no downstream firm anywhere: averaged over the roles present
    expect(criterion(result, 'park_fit')).toMatchObject({ score: 1, value: 'biotech' })
    expect(criterion(scoreSite(site(facts(1)), null, context({})), 'chain')).toBeUndefined() // no segment, no chain criteria
  })

  it('prefers the chosen park over the chosen district, and counts preference only when one is given', () => {
    const inPark = facts(1, { parkId: 7, regionId: 3 })
    const inDistrict = facts(2, { parkId: 8, regionId: 3 })
    const profile = { parks: [7], regions: [3] }
    expect(criterion(scoreSite(site(inPark), null, context(profile)), 'preference')).toMatchObject({
      score: 1,
      value: 'park',
    })
    expect(criterion(scoreSite(site(inDistrict), null, context(profile)), 'preference')).toMatchObject({
      score: 0.5,
      value: 'region',
    })
    expect(criterion(scoreSite(site(inDistrict), null, context({ regions: [3] })), 'preference')!.score).toBe(1)
    expect(criterion(scoreSite(site(inDistrict), null, context({})), 'preference')).toBeUndefined()
  })

  it('measures distances on the sphere to within 0.5 % of the ellipsoid', () => {
    // 1° of latitude at 30° N is 110 852 m on WGS84.
    expect(sphereKm([121, 29.5], [121, 30.5])).toBeCloseTo(110.852, -0.5)
  })
})

describe('ranking with outlines measured on demand', () => {
  // Sites of 2 parcels have unknown shape until measured; the fake database gives each a compactness by id.
  const sites = Array.from({ length: 400 }, (_, i) =>
    i % 2 === 0
      ? site(facts(i * 10, { areaMu: 50 + (i % 7), compactness: 0.4 + (i % 5) / 10 }))
      : site(facts(i * 10, { areaMu: 25 }), facts(i * 10 + 1, { areaMu: 25 + (i % 7) })),
  )
  const compactnessOf = (s: Site) => 0.2 + ((s.parcelIds[0]! / 10) % 6) / 10
  const measure =
    (log: Site[][]): MeasureSites =>
    async (batch) => {
      log.push([...batch])
      return new Map(
        batch.map((s) => [s, { shape: { widthM: 1, lengthM: 1, compactness: compactnessOf(s) }, fits: true }]),
      )
    }

  it('gives the same top as measuring everything, measuring fewer', async () => {
    const ctx = context({ weights: { shape: 5 } })
    const log: Site[][] = []
    const { ranked, measured } = await rankSites(sites, ctx, 5, measure(log))
    const exact = sites
      .map((s) => ({
        s,
        score: scoreSite(
          s,
          s.members.length === 1
            ? { widthM: 1, lengthM: 1, compactness: s.members[0]!.compactness }
            : { widthM: 1, lengthM: 1, compactness: compactnessOf(s) },
          ctx,
        ).score,
      }))
      .sort((a, b) => b.score - a.score || a.s.totalMu - b.s.totalMu || a.s.parcelIds[0]! - b.s.parcelIds[0]!)
    expect(ranked.map((r) => r.score)).toEqual(exact.slice(0, 5).map((e) => e.score))
    expect(ranked.map((r) => r.site.parcelIds)).toEqual(exact.slice(0, 5).map((e) => e.s.parcelIds))
    expect(measured).toBeLessThan(100) // of 200 assembled sites
    expect(log.flat().every((s) => s.members.length === 2)).toBe(true) // single parcels carry their own shape
  })
})
