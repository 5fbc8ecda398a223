import { featureFilter } from '@maplibre/maplibre-gl-style-spec'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertParcels, type NewParcel } from '../../../server/land/parcels.repo.js'
import { tileContaining } from '../../../server/tiles/tile-coords.js'
import { defaultFilters, filtersToQuery, type LandFilters } from '../../../web/src/land/land-filters.js'
import { type NamedPlaces, parcelFilterExpression } from '../../../web/src/land/parcel-filter-expression.js'
import { useAccessApp } from '../../support/access-app.js'
import { squareJson } from '../../support/scenarios.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { decodeLayer } from '../../support/tiles.js'

const env = useAccessApp()
let planner: TestSession
type Drawn = { id: number; properties: Record<string, unknown> }
let drawn: Drawn[]

/** Twelve more parcels that differ in everything the filters read, some of them with no price, park or district. */
function variedParcels(parkId: number, regionId: number): NewParcel[] {
  return Array.from({ length: 12 }, (_, i) => ({
    code: `FX-${i % 2 ? 'Ab' : 'cd'}${i}`,
    land_use_code: ['100101', '100102', '0601'][i % 3]!,
    land_use_name: '工业',
    location_desc: i % 4 === 0 ? `滨海大道${i}号` : `Harbour Road ${i}`,
    status: (['available', 'reserve', 'built', 'idle'] as const)[i % 4]!,
    idle_category: i % 4 === 3 ? 'supplied_unused' : null,
    is_standard_land: i % 3 === 0,
    is_net_land: i % 2 === 0,
    start_price: i % 5 === 0 ? null : 20 + i * 3,
    utilities: [],
    published: true,
    park_id: i < 6 ? parkId : null,
    region_id: i === 11 ? null : regionId,
    geometryJson: squareJson(121.042 + (i % 4) * 0.006, 30.012 + Math.floor(i / 4) * 0.006, 0.001 + i * 0.0003),
  }))
}

/** The parcels as the map has them: every z13 tile over the land, decoded, each parcel once. */
async function parcelsInTiles(): Promise<Drawn[]> {
  const [from, to] = [tileContaining(121, 30.05, 13), tileContaining(121.1, 30, 13)]
  const byId = new Map<number, Drawn>()
  for (let x = from.x; x <= to.x; x++)
    for (let y = from.y; y <= to.y; y++) {
      const res = await call(env.app, planner, 'GET', `/api/tiles/parcels/13/${x}/${y}.mvt`)
      for (const f of decodeLayer(await res.arrayBuffer(), 'parcels'))
        byId.set(f.id as number, { id: f.id as number, properties: f.properties })
    }
  return [...byId.values()]
}

beforeAll(async () => {
  const { parkId, regionId } = env.scenario
  await insertParcels(env.database.db, variedParcels(parkId, regionId))
  planner = await signIn(env.app, 'planner')
  drawn = await parcelsInTiles()
})

const cases: [string, Partial<LandFilters>][] = [
  ['status', { status: ['available', 'idle'] }],
  ['area range', { min_mu: 30, max_mu: 120 }],
  ['price (a parcel with none never passes)', { max_price: 40 }],
  ['port distance', { max_km_port: 7.5 }],
  ['district', { region: 0 }],
  ['park', { park: 0 }],
  ['net land', { net_land: true }],
  ['not standard land', { standard_land: false }],
  ['land-use class and its subclasses', { land_use: '1001' }],
  ['text in the code, case-blind', { q: 'ab' }],
  ['text in the location', { q: '滨海' }],
  ['a park named in pinyin', { q: 'ceshiyuanqu' }],
  ['a park named in English', { q: 'test park' }],
  ['all at once', { status: ['available', 'reserve'], min_mu: 1, net_land: true, q: 'fx' }],
]

describe('the land filters as a MapLibre expression on the parcel tiles', () => {
  it.each(cases)('pass exactly the parcels the land list finds: %s', async (_name, partial) => {
    const filters: LandFilters = {
      ...defaultFilters,
      ...partial,
      ...(partial.region === 0 ? { region: env.scenario.regionId } : {}),
      ...(partial.park === 0 ? { park: env.scenario.parkId } : {}),
    }
    const query = new URLSearchParams({ ...filtersToQuery(filters), format: 'json', limit: '1000' })
    const listed = await jsonOf<{ items: { id: number }[] }>(
      await call(env.app, planner, 'GET', `/api/parcels?${query}`),
    )
    const expected = listed.items.map((p) => p.id).sort((a, b) => a - b)
    const places = filters.q
      ? await jsonOf<NamedPlaces>(await call(env.app, planner, 'GET', `/api/places?q=${encodeURIComponent(filters.q)}`))
      : undefined
    const filter = featureFilter(parcelFilterExpression(filters, places) ?? undefined, 'filter')
    const passing = drawn.filter((f) => filter.filter({ zoom: 14 }, { type: 3, properties: f.properties } as never))
    expect(drawn.length).toBeGreaterThan(12)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(drawn.length)
    expect(passing.map((f) => f.id).sort((a, b) => a - b)).toEqual(expected)
  })

  it('is null when nothing is filtered', () => {
    expect(parcelFilterExpression(defaultFilters)).toBeNull()
  })
})
