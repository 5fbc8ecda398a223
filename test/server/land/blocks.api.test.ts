import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { blockCollectionSchema } from '../../../server/land/blocks.schema.js'
import { insertParcels, type NewParcel } from '../../../server/land/parcels.repo.js'
import type { parcelEditResultSchema, parcelFeatureSchema } from '../../../server/land/parcels.schema.js'
import type { ParcelStatus } from '../../../server/land/parcels.table.js'
import type { summarySchema } from '../../../server/land/summary.routes.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { ellipsoidQuadAreaM2, rectJson, sideForMu, toLonLat } from '../../support/metric-geometry.js'
import { call, jsonOf, signIn } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

type BlockProperties = z.infer<typeof blockCollectionSchema>['features'][number]['properties']
type Summary = z.infer<typeof summarySchema>
type ParcelFeature = z.infer<typeof parcelFeatureSchema>
type ParcelEdit = z.infer<typeof parcelEditResultSchema>

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
const ids = new Map<string, number>()

const base = {
  land_use_code: '100101',
  land_use_name: '一类工业用地',
  location_desc: '',
  is_net_land: true,
  is_standard_land: false,
  utilities: [],
  published: true,
}
const parcel = (
  code: string,
  geometryJson: string,
  status: ParcelStatus = 'available',
  extra: Partial<NewParcel> = {},
): NewParcel => ({ ...base, code, status, geometryJson, ...extra })

// Scenes far apart (x offsets of 5 km) so they never interact: each tests one rule.
const S = 100 // a 100 m square is 15 mu
beforeAll(async () => {
  database = await createTestDatabase()
  const scenes: NewParcel[] = [
    parcel('EDGE-A', rectJson(0, 0, S, S)),
    parcel('EDGE-B', rectJson(S, 0, 2 * S, S)),
    parcel('CORNER-A', rectJson(5000, 0, 5000 + S, S)),
    parcel('CORNER-B', rectJson(5000 + S, S, 5000 + 2 * S, 2 * S)),
    parcel('ROAD-A', rectJson(10000, 0, 10000 + S, S)),
    parcel('ROAD-B', rectJson(10000 + S + 10, 0, 10000 + 2 * S + 10, S)),
    parcel('MID-A', rectJson(15000, 0, 15000 + S, S)),
    parcel('MID-B', rectJson(15000 + S, 0, 15000 + 2 * S, S), 'built'),
    parcel('MID-C', rectJson(15000 + 2 * S, 0, 15000 + 3 * S, S)),
    // 130 + 80 = 210 mu, sharing a full edge.
    parcel('BIG-A', rectJson(20000, 0, 20000 + sideForMu(130), sideForMu(130))),
    parcel(
      'BIG-B',
      rectJson(20000 + sideForMu(130), 0, 20000 + sideForMu(130) + (80 * 10000) / 15 / sideForMu(130), sideForMu(130)),
    ),
    parcel('HIDDEN', rectJson(2 * S, 0, 3 * S, S), 'available', { published: false }),
    parcel('DECLARED-OFF', rectJson(30000, 0, 30000 + S, S), 'built', { declared_area_mu: 16 }),
    parcel('DECLARED-OK', rectJson(31000, 0, 31000 + S, S), 'built', { declared_area_mu: 15.3 }),
    // 1 km × 2 km, 1.2° from its zone's central meridian, where a projection's scale shows at the decimetre.
    parcel('WIDE', rectJson(40000, 0, 42000, 1000), 'supplied'),
  ]
  for (const [code, id] of await insertParcels(database.db, scenes)) ids.set(code, id)
  await insertRoleUsers(database.db, ['planner'])
  app = createTestApp(database)
})
afterAll(() => database?.close())

async function blocks(query: string, session: Awaited<ReturnType<typeof signIn>> | null = null) {
  const res = await call(app, session, 'GET', `/api/blocks?${query}`)
  expect(res.status).toBe(200)
  return (await jsonOf<z.infer<typeof blockCollectionSchema>>(res)).features.map((f) => f.properties)
}
const codesOf = (list: BlockProperties[]) => list.map((b) => b.parcel_codes.join('+')).sort()

describe('contiguous blocks (public view: published parcels only)', () => {
  it('joins squares sharing an edge, not squares touching at a corner', async () => {
    const all = codesOf(await blocks('min_mu=0'))
    expect(all).toContain('EDGE-A+EDGE-B')
    expect(all).toContain('CORNER-A')
    expect(all).toContain('CORNER-B')
  })

  it('keeps parcels across a 10 m road apart with gap_m=0 and joins them with gap_m=15', async () => {
    expect(codesOf(await blocks('min_mu=0'))).toEqual(expect.arrayContaining(['ROAD-A', 'ROAD-B']))
    expect(codesOf(await blocks('min_mu=0&gap_m=15'))).toContain('ROAD-A+ROAD-B')
  })

  it('splits a row where a parcel of another status lies between', async () => {
    expect(codesOf(await blocks('min_mu=0'))).toEqual(expect.arrayContaining(['MID-A', 'MID-C']))
    expect(codesOf(await blocks('min_mu=0&status=available,built'))).toContain('MID-A+MID-B+MID-C')
  })

  it('lists blocks of at least min_mu with total mu, the rotated rectangle and compactness; ≥ 200 mu is sold whole', async () => {
    const list = await blocks('min_mu=100')
    expect(list).toHaveLength(1)
    const big = list[0]!
    expect(big).toMatchObject({ block_id: 'B-BIG-A', parcel_count: 2, sell_whole: true, net_land_throughout: true })
    expect(big.total_mu).toBeCloseTo(210, 0)
    expect(big.width_m).toBeCloseTo(sideForMu(130), 0)
    expect(big.length_m).toBeCloseTo(sideForMu(130) + (80 * 10000) / 15 / sideForMu(130), 0)
    expect(big.compactness).toBeGreaterThan(0.6)
    expect(big.compactness).toBeLessThan(0.785)
  })

  it('measures a block as the parcel’s own outline is measured: Gauss-Krüger, the zone’s scale divided out', async () => {
    const wide = (await blocks('min_mu=0&status=supplied'))[0]!
    const stored = await database.db
      .selectFrom('parcels')
      .select(['width_m', 'length_m', 'compactness'])
      .where('code', '=', 'WIDE')
      .executeTakeFirstOrThrow()
    expect(wide).toMatchObject({ parcel_codes: ['WIDE'], ...stored })
    expect(wide.width_m).toBeCloseTo(1000, 1)
    expect(wide.length_m).toBeCloseTo(2000, 1)
  })

  it('builds the public’s blocks from published parcels only; staff see the unpublished neighbour joined', async () => {
    expect(codesOf(await blocks('min_mu=0'))).toContain('EDGE-A+EDGE-B')
    const planner = await signIn(app, 'planner', 'planner-secret-pass')
    expect(codesOf(await blocks('min_mu=0', planner))).toContain('EDGE-A+EDGE-B+HIDDEN')
  })

  it('counts unpublished land in the summary for staff only', async () => {
    const publicTotal = (await jsonOf<Summary>(await app.request('/api/land/summary'))).total.count
    const planner = await signIn(app, 'planner', 'planner-secret-pass')
    const staffTotal = (await jsonOf<Summary>(await call(app, planner, 'GET', '/api/land/summary'))).total.count
    expect(staffTotal).toBe(publicTotal + 1)
  })

  it('names a bad parameter', async () => {
    const res = await app.request('/api/blocks?status=available,sold')
    expect(res.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(res)).message).toMatch(/^status/)
  })
})

describe('整体出让: holding part of a 200-mu block', () => {
  it('warns when an 80-mu parcel of the 210-mu block is held for a project, and the change still applies', async () => {
    const planner = await signIn(app, 'planner', 'planner-secret-pass')
    const res = await call(app, planner, 'PATCH', `/api/parcels/${ids.get('BIG-B')}`, {
      body: { status: 'intended' },
      ifMatch: '"1"',
    })
    expect(res.status).toBe(200)
    const body = await jsonOf<ParcelEdit>(res)
    expect(body.properties.status).toBe('intended')
    expect(body.warnings).toEqual([{ code: 'splits_sell_whole_block', message: expect.stringContaining('B-BIG-A') }])
    // Blocks stay current: what is left of the block is BIG-A alone, 130 mu, no longer sold whole.
    const left = (await blocks('min_mu=100', planner)).find((b) => b.block_id === 'B-BIG-A')
    expect(left).toMatchObject({ parcel_codes: ['BIG-A'], sell_whole: false })
    const quiet = await call(app, planner, 'PATCH', `/api/parcels/${ids.get('MID-A')}`, {
      body: { status: 'intended' },
      ifMatch: '"1"',
    })
    expect((await jsonOf<ParcelEdit>(quiet)).warnings).toEqual([])
  })
})

describe('declared area against the surveyed outline', () => {
  it('flags a declared area more than 5% off, for staff only', async () => {
    const planner = await signIn(app, 'planner', 'planner-secret-pass')
    const staffView = async (code: string) =>
      (await jsonOf<ParcelFeature>(await call(app, planner, 'GET', `/api/parcels/${ids.get(code)}`))).properties
    expect(await staffView('DECLARED-OFF')).toMatchObject({ declared_area_mu: 16, area_mismatch: true })
    expect(await staffView('DECLARED-OK')).toMatchObject({ declared_area_mu: 15.3, area_mismatch: false })
    const publicView = (await jsonOf<ParcelFeature>(await app.request(`/api/parcels/${ids.get('DECLARED-OFF')}`)))
      .properties
    expect(publicView.area_mismatch).toBeUndefined()
  })
})

describe('area in mu on the ellipsoid', () => {
  it('matches the exact ellipsoidal area of the quadrangle within 0.1%', async () => {
    const res = await app.request(`/api/parcels/${ids.get('EDGE-A')}`)
    const area = (await jsonOf<ParcelFeature>(res)).properties.area_mu
    const [lon1, lat1] = toLonLat(0, 0)
    const [lon2, lat2] = toLonLat(S, S)
    const reference = ellipsoidQuadAreaM2(lon1, lat1, lon2, lat2) / (10000 / 15)
    expect(Math.abs(area - reference) / reference).toBeLessThan(0.001)
    expect(reference).toBeCloseTo(15, 1)
  })
})
