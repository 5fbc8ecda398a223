import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { type TileAddress, tileBounds, tileContaining } from '../../../server/tiles/tile-coords.js'
import { encodeTile } from '../../../server/tiles/tile-encode.js'
import { tileLayers } from '../../../server/tiles/tile-layers.js'
import { layerFeatures, mvtLayer } from '../../../server/tiles/tile-sql.js'
import { tileSource } from '../../../server/tiles/tiles.service.js'
import { useAccessApp } from '../../support/access-app.js'
import { CANARY } from '../../support/access-scenario.js'
import { call, signIn, type TestSession } from '../../support/sessions.js'
import { usingPostgres } from '../../support/test-database.js'
import { addContext, decodeLayer, pointsOnParcels } from '../../support/tiles.js'

const env = useAccessApp()
let planner: TestSession
let tile: TileAddress

const path = ({ z, x, y }: TileAddress) => `/api/tiles/parcels/${z}/${x}/${y}.mvt`

const decode = (bytes: ArrayBuffer | Uint8Array, name = 'parcels') => decodeLayer(bytes, name)

/** The parcels whose outlines reach into the tile, as the database counts them. */
async function parcelIdsIn(address: TileAddress, publishedOnly: boolean) {
  const b = tileBounds(address)
  const rows = await env.database.db
    .selectFrom('parcels as p')
    .leftJoin('parks as k', 'k.id', 'p.park_id')
    .select('p.id')
    .where(
      sql<boolean>`ST_Intersects(p.geom, ST_Transform(ST_MakeEnvelope(${b.xmin}, ${b.ymin}, ${b.xmax}, ${b.ymax}, 3857), 4326))`,
    )
    .where(sql<boolean>`(${!publishedOnly} OR p.published)`)
    .execute()
  return rows.map((r) => r.id).sort((a, b) => a - b)
}

beforeAll(async () => {
  planner = await signIn(env.app, 'planner')
  // The tile at z15 that holds the middle of all the scenario's land, published or not.
  const centre = await env.database.db
    .selectFrom('parcels')
    .select(sql<string>`ST_AsGeoJSON(ST_Centroid(ST_Collect(geom)))`.as('point'))
    .executeTakeFirstOrThrow()
  const [lon, lat] = (JSON.parse(centre.point) as GeoJSON.Point).coordinates as [number, number]
  tile = tileContaining(lon, lat, 15)
})

describe('parcel vector tiles', () => {
  it('give the public exactly the published parcels in the tile, with public fields only', async () => {
    const res = await env.app.request(path(tile))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile')
    expect(res.headers.get('cache-control')).toBe('public, max-age=60')
    const bytes = await res.arrayBuffer()
    expect(Buffer.from(bytes).toString('latin1')).not.toContain(CANARY)
    const features = decode(bytes)
    const expected = await parcelIdsIn(tile, true)
    expect(expected.length).toBeGreaterThan(0)
    expect(features.map((f) => f.id).sort((a, b) => a! - b!)).toEqual(expected)
    for (const feature of features) {
      expect(feature.type).toBe(3)
      expect(Object.keys(feature.properties)).not.toContain('published')
      expect(Object.keys(feature.properties)).not.toContain('idle_category')
      expect(feature.properties).toMatchObject({ status: expect.any(String), area_mu: expect.any(Number) })
    }
  })

  it('give staff the unpublished parcels too, with staff fields, privately', async () => {
    const res = await call(env.app, planner, 'GET', path(tile))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, no-cache')
    const features = decode(await res.arrayBuffer())
    const all = await parcelIdsIn(tile, false)
    expect(all.length).toBeGreaterThan((await parcelIdsIn(tile, true)).length)
    expect(features.map((f) => f.id).sort((a, b) => a! - b!)).toEqual(all)
    expect(features.some((f) => f.properties.published === false)).toBe(true)
  })

  it('draw each outline inside the tile and its buffer, outer rings first', async () => {
    const features = decode(await (await call(env.app, planner, 'GET', path(tile))).arrayBuffer())
    for (const feature of features) {
      const rings = feature.loadGeometry()
      for (const point of rings.flat()) {
        expect(point.x).toBeGreaterThanOrEqual(-64)
        expect(point.x).toBeLessThanOrEqual(4096 + 64)
        expect(point.y).toBeGreaterThanOrEqual(-64)
        expect(point.y).toBeLessThanOrEqual(4096 + 64)
      }
      const polygon = feature.toGeoJSON(tile.x, tile.y, tile.z).geometry
      expect(['Polygon', 'MultiPolygon']).toContain(polygon.type)
    }
  })

  it('refuse a bad address naming the part, and an unknown layer with 404', async () => {
    const refusal = async (url: string) => {
      const res = await env.app.request(url)
      return { status: res.status, ...((await res.json()) as { message: string }) }
    }
    expect(await refusal('/api/tiles/parcels/23/0/0.mvt')).toMatchObject({
      status: 400,
      message: 'z: must be at most 22',
    })
    expect(await refusal('/api/tiles/parcels/3/8/0.mvt')).toMatchObject({
      status: 400,
      message: 'x: must be below 8 at zoom 3',
    })
    expect(await refusal('/api/tiles/parcels/3/1/-1.mvt')).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^y:/),
    })
    expect(await refusal('/api/tiles/parcels/3/1/1.5.mvt')).toMatchObject({ status: 400 })
    expect(await refusal('/api/tiles/secrets/3/1/1.mvt')).toMatchObject({ status: 404 })
  })

  it('below z13 show one point per park with its parcels and the mu on offer, counting only what the reader may see', async () => {
    const points = await pointsOnParcels(env.database.db)
    const overviewTiles = new Set(points.map(([lon, lat]) => JSON.stringify(tileContaining(lon, lat, 10))))
    expect(overviewTiles.size).toBe(1) // the scenario's land lies in one z10 tile, so its sums are the whole region's
    const address = JSON.parse([...overviewTiles][0]!) as TileAddress
    const sums = async (session: TestSession | null) => {
      const res = await call(env.app, session, 'GET', path(address))
      const features = decode(await res.arrayBuffer(), 'parcels_overview')
      expect(features.every((f) => f.type === 1)).toBe(true)
      return {
        parcels: features.reduce((sum, f) => sum + Number(f.properties.parcels), 0),
        available_mu: features.reduce((sum, f) => sum + Number(f.properties.available_mu), 0),
      }
    }
    const mu = async (publishedOnly: boolean) => {
      const row = await env.database.db
        .selectFrom('parcels')
        .select([
          sql<number>`count(*)::int`.as('n'),
          sql<number>`coalesce(sum(area_mu) FILTER (WHERE status = 'available'), 0)::float8`.as('mu'),
        ])
        .where(sql<boolean>`(${!publishedOnly} OR published)`)
        .executeTakeFirstOrThrow()
      return { parcels: row.n, available_mu: expect.closeTo(row.mu, 0) }
    }
    expect(await sums(null)).toEqual(await mu(true))
    expect(await sums(planner)).toEqual(await mu(false))
    expect((await sums(planner)).parcels).toBeGreaterThan((await sums(null)).parcels)
  })

  it('sum in the overview what the land list’s filters select, and refuse a bad filter naming it', async () => {
    const address = tileContaining(...(await pointsOnParcels(env.database.db))[0]!, 10)
    const sums = async (query: string) => {
      const res = await call(env.app, planner, 'GET', `${path(address)}?${query}`)
      const features = decode(await res.arrayBuffer(), 'parcels_overview')
      return {
        parcels: features.reduce((sum, f) => sum + Number(f.properties.parcels), 0),
        mu: features.reduce((sum, f) => sum + Number(f.properties.mu), 0),
      }
    }
    const listed = async (query: string) => {
      const res = await call(env.app, planner, 'GET', `/api/parcels?format=json&limit=1000&${query}`)
      const { items } = (await res.json()) as { items: { area_mu: number }[] }
      return {
        parcels: items.length,
        mu: expect.closeTo(
          items.reduce((sum, p) => sum + p.area_mu, 0),
          0,
        ),
      }
    }
    for (const query of ['status=built', 'status=available,reserve&max_mu=70', 'q=TP-0'])
      expect(await sums(query), query).toEqual(await listed(query))
    expect((await sums('status=built')).parcels).toBeLessThan((await sums('v=1')).parcels)
    // MapLibre asks for a tile's new address with its old ETag: a filtered tile must not match the unfiltered one.
    const etagOf = async (query: string) => (await env.app.request(`${path(address)}?${query}`)).headers.get('etag')
    expect(await etagOf('status=built')).not.toBe(await etagOf('v=1'))
    expect(await etagOf('status=built&v=2')).toBe(await etagOf('status=built'))
    const bad = await env.app.request(`${path(address)}?min_mu=lots`)
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { message: string }).message).toMatch(/^min_mu: /)
  })

  it('answer 304 to a current copy, per audience, and a new tile once the land changes', async () => {
    const first = await env.app.request(path(tile))
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/"public-/)
    expect(first.headers.get('vary')).toContain('Cookie')
    const again = await env.app.request(path(tile), { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect((await again.arrayBuffer()).byteLength).toBe(0)
    const staff = await call(env.app, planner, 'GET', path(tile))
    const staffEtag = staff.headers.get('etag')!
    expect(staffEtag).not.toBe(etag)
    // A staff copy left in a browser after signing out is not the public's: sent back, it gets the public tile.
    const signedOut = await env.app.request(path(tile), { headers: { 'if-none-match': staffEtag } })
    expect(signedOut.status).toBe(200)
    expect(decode(await signedOut.arrayBuffer()).length).toBe((await parcelIdsIn(tile, true)).length)
    const [parcel] = decode(await first.arrayBuffer())
    const current = await call(env.app, planner, 'GET', `/api/parcels/${parcel!.id}`)
    const edit = await call(env.app, planner, 'PATCH', `/api/parcels/${parcel!.id}`, {
      body: { start_price: 55.5 },
      ifMatch: current.headers.get('etag')!,
    })
    expect(edit.status).toBe(200)
    const changed = await env.app.request(path(tile), { headers: { 'if-none-match': etag } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    const edited = decode(await changed.arrayBuffer()).find((f) => f.id === parcel!.id)
    expect(edited?.properties.start_price).toBe(55.5)
  })

  it('are gzipped for a client that accepts it', async () => {
    const res = await env.app.request(path(tile), { headers: { 'accept-encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
  })
})

describe.runIf(usingPostgres)('ST_AsMVT and the JS encoding', () => {
  it('hold the same features, properties and outlines (within a unit of the grid), for every layer', async () => {
    const db = env.database.db
    await addContext(db)
    const [lon, lat] = (await pointsOnParcels(db))[0]!
    for (const layer of tileLayers) {
      let compared = 0
      for (const zoom of [8, 11, 13, 15, 17]) {
        const address = tileContaining(lon, lat, zoom)
        const source = await tileSource(db, layer, address, 'staff')
        const fromSql = decode(await mvtLayer(db, source, address), source.name)
        const fromJs = decode(encodeTile({ [source.name]: await layerFeatures(db, source, address) }), source.name)
        compared += fromSql.length
        const byId = new Map(fromJs.map((f) => [f.id, f]))
        expect(fromJs.map((f) => f.id).sort()).toEqual(fromSql.map((f) => f.id).sort())
        for (const feature of fromSql) {
          const twin = byId.get(feature.id)!
          expect(twin.type).toBe(feature.type)
          expect(twin.properties).toEqual(feature.properties)
          expect(boxOf(twin)).toEqual(boxOf(feature).map((n) => expect.closeTo(n, -0.5)))
        }
      }
      expect(compared, layer).toBeGreaterThan(0)
    }
  })
})

function boxOf(feature: { loadGeometry(): { x: number; y: number }[][] }) {
  const points = feature.loadGeometry().flat()
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}
