import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { loadDemo } from '../../../server/demo/load-demo.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import { insertInfrastructure } from '../../../server/infra/infra.repo.js'
import type { infraCollectionSchema } from '../../../server/infra/infra.schema.js'
import type {
  parcelFeatureCollectionSchema,
  parcelFeatureSchema,
  parcelPageSchema,
} from '../../../server/land/parcels.schema.js'
import type { summarySchema } from '../../../server/land/summary.routes.js'
import { jsonOf } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
type ParcelPage = z.infer<typeof parcelPageSchema>
type ParcelItem = ParcelPage['items'][number]
type ParcelFeatures = z.infer<typeof parcelFeatureCollectionSchema>
let all: ParcelItem[]

/** The land list as the web's table reads it (`format=json`), its features as the map does, or a refusal. */
const get = async <T = ParcelPage>(query: string) => {
  const res = await app.request(`/api/parcels?${query}`)
  return { status: res.status, total: Number(res.headers.get('x-total-count')), body: await jsonOf<T>(res) }
}

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemo(database.db)
  app = createTestApp(database)
  all = (await get('format=json&limit=20000')).body.items
}, 120_000)
afterAll(() => database?.close())

/** Haversine on the WGS84 mean radius: an independent estimate, good to about 0.5%. */
function haversineKm([lon1, lat1]: number[], [lon2, lat2]: number[]) {
  const rad = Math.PI / 180
  const h =
    Math.sin(((lat2! - lat1!) * rad) / 2) ** 2 +
    Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(((lon2! - lon1!) * rad) / 2) ** 2
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h))
}

describe('GET /api/parcels filters (compared with filtering the whole public list here)', () => {
  it('returns only published parcels, all of them when unfiltered', () => {
    expect(all.length).toBeGreaterThan(300)
    expect(all.every((p) => p.published === undefined)).toBe(true)
  })

  const cases: [string, (p: ParcelItem) => boolean][] = [
    ['status=available', (p) => p.status === 'available'],
    ['status=available,reserve&min_mu=30', (p) => ['available', 'reserve'].includes(p.status) && p.area_mu >= 30],
    ['max_mu=20&net_land=true', (p) => p.area_mu <= 20 && p.is_net_land],
    ['standard_land=true&max_price=40', (p) => p.is_standard_land && p.start_price !== null && p.start_price <= 40],
    ['land_use=1001', (p) => p.land_use.startsWith('1001')],
    [
      'max_km_port=15&max_km_interchange=10',
      (p) => p.km_port !== null && p.km_port <= 15 && p.km_interchange !== null && p.km_interchange <= 10,
    ],
    ['q=A1-0', (p) => p.code.includes('A1-0') || p.location_desc.includes('A1-0')],
  ]
  it.each(cases)('%s', async (query, keep) => {
    const expected = all
      .filter(keep)
      .map((p) => p.code)
      .sort()
    const { status, total, body } = await get(`${query}&format=json&limit=20000`)
    expect(status).toBe(200)
    expect(expected.length).toBeGreaterThan(0)
    expect(body.items.map((p) => p.code).sort()).toEqual(expected)
    expect(total).toBe(expected.length)
  })

  it('filters by district and park ids', async () => {
    const parkId = all[0]!.park_id
    const { body } = await get(`park=${parkId}&format=json&limit=20000`)
    expect(body.items.map((p) => p.code).sort()).toEqual(
      all
        .filter((p) => p.park_id === parkId)
        .map((p) => p.code)
        .sort(),
    )
  })

  it('treats % and _ in the text search as plain characters', async () => {
    expect((await get('q=%25&format=json')).body.items).toEqual([])
    expect((await get('q=_&format=json')).body.items).toEqual([])
  })
})

describe('sorting and paging', () => {
  it('sorts by an allowed key, descending with a minus, and pages without overlap', async () => {
    const first = (await get('sort=-area_mu&limit=10&format=json')).body.items
    const second = (await get('sort=-area_mu&limit=10&offset=10&format=json')).body.items
    const areas = [...first, ...second].map((p) => p.area_mu)
    expect(areas).toEqual([...areas].sort((a, b) => b - a))
    expect(areas[0]).toBe(Math.max(...all.map((p) => p.area_mu)))
    expect(new Set([...first, ...second].map((p) => p.id)).size).toBe(20)
  })

  it('puts parcels without an available-from date last, whichever the direction', async () => {
    for (const sort of ['available_from', '-available_from']) {
      const dates = (await get(`sort=${sort}&limit=20000&format=json`)).body.items.map((p) => p.available_from)
      const firstNull = dates.indexOf(null)
      expect(firstNull).toBeGreaterThan(0)
      expect(dates.slice(firstNull).every((d) => d === null)).toBe(true)
    }
  })

  it('refuses a sort key outside the allowlist with a 400 naming sort', async () => {
    for (const bad of ['geom', 'published', 'area_mu;drop table parcels', '-contact']) {
      const { status, body } = await get<ErrorEnvelope>(`sort=${encodeURIComponent(bad)}`)
      expect(status).toBe(400)
      expect(body.message).toMatch(/^sort:/)
    }
  })

  it('names other bad parameters too', async () => {
    expect((await get<ErrorEnvelope>('min_mu=-1')).body.message).toMatch(/^min_mu/)
    expect((await get<ErrorEnvelope>('net_land=yes')).body.message).toMatch(/^net_land/)
    expect((await get<ErrorEnvelope>('format=xml')).body.message).toMatch(/^format/)
  })
})

describe('distances to infrastructure (km on the ellipsoid, kept by triggers)', () => {
  it('agree with an independent estimate from the parcel’s nearest vertex', async () => {
    const features = (await get<ParcelFeatures>('limit=50')).body.features
    const infrastructure = await jsonOf<z.infer<typeof infraCollectionSchema>>(await app.request('/api/infrastructure'))
    const ports = infrastructure.features.filter((f) => f.properties.kind === 'port')
    for (const f of features) {
      const vertices = f.geometry.coordinates.flat(2) as number[][]
      const estimate = Math.min(
        ...ports.flatMap((port) => vertices.map((v) => haversineKm(v, port.geometry.coordinates))),
      )
      expect(f.properties.km_port).toBeLessThanOrEqual(estimate * 1.005 + 0.01)
      expect(f.properties.km_port).toBeGreaterThan(estimate - 0.5)
    }
  })

  it('follow a change of infrastructure: a new port next to a parcel brings its distance near zero', async () => {
    const parcel = (await get<ParcelFeatures>('limit=1')).body.features[0]!
    const corner = parcel.geometry.coordinates[0][0][0] as [number, number]
    await insertInfrastructure(database.db, [{ kind: 'port', name: '测试新港', nameEn: 'New port', lonLat: corner }])
    const after = await jsonOf<z.infer<typeof parcelFeatureSchema>>(await app.request(`/api/parcels/${parcel.id}`))
    expect(after.properties.km_port).toBeLessThan(0.01)
  })
})

describe('GET /api/land/summary', () => {
  it('adds up to the public list: count and mu by status, district, park and land use', async () => {
    const summary = await jsonOf<z.infer<typeof summarySchema>>(await app.request('/api/land/summary'))
    expect(summary.total.count).toBe(all.length)
    expect(summary.total.mu).toBeCloseTo(
      all.reduce((s, p) => s + p.area_mu, 0),
      0,
    )
    const available = all.filter((p) => p.status === 'available')
    expect(summary.by_status.find((r) => r.key === 'available')).toMatchObject({ count: available.length })
    for (const group of ['by_status', 'by_district', 'by_park', 'by_land_use'] as const) {
      expect(summary[group].reduce((s, r) => s + r.count, 0)).toBe(all.length)
    }
    const park = summary.by_park[0]!
    expect(park.count).toBe(all.filter((p) => String(p.park_id) === park.key).length)
  })
})
