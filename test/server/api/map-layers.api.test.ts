import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { clientConfigSchema, healthSchema } from '../../../server/health/health.routes.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { InfraCollection } from '../../../server/infra/infra.schema.js'
import type { parcelFeatureCollectionSchema } from '../../../server/land/parcels.schema.js'
import type { ParkCollection } from '../../../server/parks/parks.schema.js'
import type { RegionCollection } from '../../../server/regions/regions.schema.js'
import { apiRoutes, openApiPath } from '../../support/routes.js'
import { smallParkScenario } from '../../support/scenarios.js'
import { jsonOf } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase, usingPostgres } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDatabase()
  await smallParkScenario(database.db)
  app = createTestApp(database)
})
afterAll(() => database?.close())

type ParcelFeatures = z.infer<typeof parcelFeatureCollectionSchema>
type ClientConfig = z.infer<typeof clientConfigSchema>
/** The parts of the OpenAPI document these tests read. */
interface OpenApiDocument {
  openapi: string
  servers: { url: string }[]
  paths: Record<string, Record<string, { parameters?: { name: string }[] }>>
}

/** A route's JSON, typed as its schema declares (see jsonOf). */
const getJson = async <T>(path: string) => {
  const res = await app.request(path)
  return { status: res.status, type: res.headers.get('content-type'), body: await jsonOf<T>(res) }
}

describe('GET /api/health', () => {
  it('names the database it runs on and the PostGIS version', async () => {
    const { status, body } = await getJson<z.infer<typeof healthSchema>>('/api/health')
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, db: usingPostgres ? 'postgres' : 'pglite' })
    expect(body.postgis).toMatch(/^3\.\d+/)
  })
})

describe('GET /api/regions, /api/parks, /api/infrastructure', () => {
  it('return GeoJSON FeatureCollections with ids and properties', async () => {
    const regions = await getJson<RegionCollection>('/api/regions')
    expect(regions.type).toMatch(/application\/json/)
    expect(regions.body.type).toBe('FeatureCollection')
    expect(regions.body.features[0]).toMatchObject({
      type: 'Feature',
      geometry: { type: 'MultiPolygon' },
      properties: { name: '测试区', label_point: [121.05, 30.05] },
    })
    const parks = await getJson<ParkCollection>('/api/parks')
    const park = parks.body.features[0]!
    expect(park.properties).toMatchObject({
      code: 'TP',
      region_name: '测试区',
      parcel_count: 2,
      industries: ['wind_port'],
    })
    expect(park.id).toBe(park.properties.id)
    const infra = await getJson<InfraCollection>('/api/infrastructure')
    expect(infra.body.features).toEqual([
      expect.objectContaining({
        geometry: { type: 'Point', coordinates: [121.09, 30.09] },
        properties: expect.objectContaining({ kind: 'port' }),
      }),
    ])
  })

  it('count only published land in a park: the available mu is the one published available parcel', async () => {
    const { body } = await getJson<ParkCollection>('/api/parks')
    const parcels = await getJson<ParcelFeatures>('/api/parcels')
    const available = parcels.body.features.filter((f) => f.properties.status === 'available')
    expect(available).toHaveLength(1)
    expect(body.features[0]!.properties.available_mu).toBeCloseTo(available[0]!.properties.area_mu, 1)
  })
})

describe('GET /api/parcels', () => {
  it('returns published parcels only, with area in mu from the geometry on the ellipsoid', async () => {
    const { status, body } = await getJson<ParcelFeatures>('/api/parcels')
    expect(status).toBe(200)
    const codes = body.features.map((f) => f.properties.code).sort()
    expect(codes).toEqual(['TP-01', 'TP-02'])
    expect(JSON.stringify(body)).not.toContain('TP-SECRET')
    const props = body.features[0]!.properties
    expect(Object.keys(props)).toEqual(
      expect.arrayContaining(['id', 'code', 'area_mu', 'status', 'land_use', 'park_id']),
    )
    // 0.002° × 0.002° at 30°N ≈ 192.7 m × 221.7 m ≈ 64 mu.
    expect(props.area_mu).toBeGreaterThan(60)
    expect(props.area_mu).toBeLessThan(68)
  })

  it('filters by bbox', async () => {
    const { body } = await getJson<ParcelFeatures>('/api/parcels?bbox=121.015,30.015,121.03,30.03')
    expect(body.features.map((f) => f.properties.code)).toEqual(['TP-02'])
    const empty = await getJson<ParcelFeatures>('/api/parcels?bbox=100,20,100.1,20.1')
    expect(empty.body).toEqual({ type: 'FeatureCollection', features: [] })
  })

  it.each([
    ['bbox=1,2,3', 'bbox'],
    ['bbox=121,30,120,31', 'bbox'],
    ['bbox=a,b,c,d', 'bbox'],
    ['limit=0', 'limit'],
    ['limit=ten', 'limit'],
    ['limit=999999', 'limit'],
  ])('rejects %s with a 400 that names %s', async (query, field) => {
    const { status, body } = await getJson<ErrorEnvelope>(`/api/parcels?${query}`)
    expect(status).toBe(400)
    expect(body.code).toBe('invalid_request')
    expect(body.message.startsWith(`${field}:`)).toBe(true)
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|SELECT/i)
  })
})

describe('errors and the API description', () => {
  it('answers unknown API paths with the error envelope', async () => {
    const { status, body } = await getJson<ErrorEnvelope>('/api/nope')
    expect(status).toBe(404)
    expect(body).toEqual({ code: 'not_found', message: 'No route for GET /api/nope', request_id: expect.any(String) })
  })

  it('names the request in the envelope and the X-Request-Id header, taking the proxy’s id when it sends one', async () => {
    const res = await app.request('/api/nope')
    const body = (await res.json()) as { request_id: string }
    expect(body.request_id).toMatch(/^[0-9a-f-]{36}$/)
    expect(res.headers.get('x-request-id')).toBe(body.request_id)
    const proxied = await app.request('/api/nope', { headers: { 'x-request-id': 'nginx-7f3a' } })
    expect(((await proxied.json()) as { request_id: string }).request_id).toBe('nginx-7f3a')
    const hostile = await app.request('/api/nope', { headers: { 'x-request-id': 'a b<script>' } })
    expect(((await hostile.json()) as { request_id: string }).request_id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('publishes an OpenAPI document listing every route the router knows', async () => {
    const { status, body } = await getJson<OpenApiDocument>('/api/openapi.json')
    expect(status).toBe(200)
    expect(body.openapi).toMatch(/^3\.1/)
    expect(body.servers).toEqual([{ url: '/api' }])
    const documented = Object.entries(body.paths).flatMap(([path, ops]) =>
      Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`),
    )
    const routed = apiRoutes(app)
      .filter((r) => r.path !== '/api/openapi.json')
      .map((r) => `${r.method} ${openApiPath(r.path)}`)
    expect(documented.sort()).toEqual(routed.sort())
    expect(routed).toContain('GET /parcels')
    expect(body.paths['/parcels']!.get!.parameters!.map((p) => p.name)).toEqual(
      expect.arrayContaining(['bbox', 'limit', 'status', 'sort', 'q', 'max_km_port']),
    )
  })

  it('tells the web app about demo mode and the basemap', async () => {
    const config = (await getJson<ClientConfig>('/api/config')).body
    expect(config).toMatchObject({ demo: !usingPostgres, basemap: { kind: 'none', layers: [] } })
    // Demo sign-ins are offered only in demo mode and to this machine (test/server/auth/demo-sign-in.api.test.ts).
    expect(config.demoAccounts).toEqual([])
    expect(
      (await jsonOf<ClientConfig>(await createTestApp(database, { DEMO: '0' }).request('/api/config'))).demoAccounts,
    ).toEqual([])
    const osm = createTestApp(database, { BASEMAP: 'osm' })
    const body = await jsonOf<ClientConfig>(await osm.request('/api/config'))
    expect(body.basemap.layers[0]!.tiles[0]).toContain('{z}/{x}/{y}')
  })
})
