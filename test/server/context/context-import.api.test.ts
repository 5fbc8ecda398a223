import { strToU8, zipSync } from 'fflate'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { redLineDxf } from '../../../scripts/fixtures/drawing-fixtures.js'
import { PRJ_4549, writeDbf, writePolylines } from '../../../scripts/fixtures/shapefile-writer.js'
import { tileContaining } from '../../../server/tiles/tile-coords.js'
import { useAccessApp } from '../../support/access-app.js'
import { call, signIn, type TestSession } from '../../support/sessions.js'
import { decodeLayer } from '../../support/tiles.js'

const env = useAccessApp()
let planner: TestSession

/** Two roads near the test park, in degrees; the Shapefile holds them in EPSG:4549 as a city's GIS would. */
const ROADS: { name: string; line: [number, number][] }[] = [
  {
    name: '滨海大道',
    line: [
      [121.0, 30.012],
      [121.05, 30.012],
    ],
  },
  {
    name: '金谷路',
    line: [
      [121.014, 30.0],
      [121.014, 30.05],
    ],
  },
]

async function inGaussKruger(line: [number, number][]): Promise<[number, number][]> {
  const { rows } = await sql<{ g: string }>`
    SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify({ type: 'LineString', coordinates: line })}), 4490), 4549), 4) AS g`.execute(
    env.database.db,
  )
  return (JSON.parse(rows[0]!.g) as GeoJSON.LineString).coordinates as [number, number][]
}

async function roadsShapefile(): Promise<string> {
  const lines = await Promise.all(ROADS.map(async (road) => [await inGaussKruger(road.line)]))
  const { shp, shx } = writePolylines(lines)
  const dbf = writeDbf(
    [{ name: '名称', type: 'C', length: 40 }],
    ROADS.map((road) => [road.name]),
    'gbk',
  )
  const zip = zipSync({ 'roads.shp': shp, 'roads.shx': shx, 'roads.dbf': dbf, 'roads.prj': strToU8(PRJ_4549) })
  return Buffer.from(zip).toString('base64')
}

const importBody = (overrides: Record<string, unknown>) => ({ kind: 'road_major', ...overrides })
const post = (session: TestSession | null, body: unknown) =>
  call(env.app, session, 'POST', '/api/context/imports', { body })

beforeAll(async () => {
  planner = await signIn(env.app, 'planner')
})

describe('importing context lines and areas', () => {
  it('reads a GBK Shapefile of roads in a Gauss-Krüger zone, names included, and draws them in the tiles', async () => {
    const res = await post(planner, importBody({ file_name: 'roads.zip', content: await roadsShapefile() }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      kind: 'road_major',
      srid: 4549,
      name_column: '名称',
      inserted: 2,
      replaced: 0,
      refused_rows: [],
    })
    const { rows } = await sql<{ name: string; g: string }>`
      SELECT name, ST_AsGeoJSON(geom, 7) AS g FROM context_features WHERE kind = 'road_major' ORDER BY id`.execute(
      env.database.db,
    )
    expect(rows.map((r) => r.name)).toEqual(['滨海大道', '金谷路'])
    const stored = (JSON.parse(rows[0]!.g) as GeoJSON.LineString).coordinates
    stored.forEach(([lon, lat], i) => {
      expect(lon).toBeCloseTo(ROADS[0]!.line[i]![0], 6)
      expect(lat).toBeCloseTo(ROADS[0]!.line[i]![1], 6)
    })
    const { z, x, y } = tileContaining(121.014, 30.012, 14)
    const tile = await env.app.request(`/api/tiles/context/${z}/${x}/${y}.mvt`)
    const names = decodeLayer(await tile.arrayBuffer(), 'context').map((f) => f.properties.name)
    expect(names.sort()).toEqual(['滨海大道', '金谷路'])
  })

  it('takes GeoJSON water, keeps what it can and lists the rows that are empty once repaired', async () => {
    const lake = [
      [121.0155, 30.0095],
      [121.0175, 30.0095],
      [121.0175, 30.0115],
      [121.0155, 30.0115],
      [121.0155, 30.0095],
    ]
    const file = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { 名称: '东湖' }, geometry: { type: 'Polygon', coordinates: [lake] } },
        {
          type: 'Feature',
          properties: { 名称: '一点' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [121.01, 30.01],
              [121.01, 30.01],
            ],
          },
        },
      ],
    }
    const res = await post(planner, {
      kind: 'water',
      file_name: 'water.geojson',
      content: JSON.stringify(file),
      crs: 'EPSG:4490',
    })
    expect(await res.json()).toMatchObject({ kind: 'water', inserted: 1, refused_rows: [2] })
  })

  it('reads a CAD drawing by layer: the road centre line as a line, the red lines (one with an arc) as areas', async () => {
    const drawing = { file_name: 'red-lines.dxf', content: redLineDxf(), content_encoding: 'text', crs: 'EPSG:4549' }
    const roads = await post(planner, { ...drawing, kind: 'road_minor', layer: '道路中线' })
    expect(await roads.json()).toMatchObject({ kind: 'road_minor', srid: 4549, inserted: 1, refused_rows: [] })
    const areas = await post(planner, { ...drawing, kind: 'built_up', layer: '用地红线' })
    expect(await areas.json()).toMatchObject({ kind: 'built_up', inserted: 2 })
    const { rows } = await sql<{ type: string; points: number }>`
      SELECT GeometryType(geom) AS type, ST_NPoints(geom) AS points FROM context_features
      WHERE kind IN ('road_minor', 'built_up') AND NOT is_demo ORDER BY kind DESC, ST_NPoints(geom)`.execute(
      env.database.db,
    )
    expect(rows.map((r) => r.type)).toEqual(['LINESTRING', 'POLYGON', 'POLYGON'])
    expect(rows[2]!.points).toBeGreaterThan(20) // the half circle drawn as chords
  })

  it('replaces a kind when asked, leaving the demonstration’s features alone', async () => {
    await env.database.db
      .insertInto('context_features')
      .values({
        kind: 'road_major',
        name: '演示路',
        is_demo: true,
        geom: sql<string>`ST_GeomFromText('LINESTRING(121 30, 121.01 30)', 4326)`,
      })
      .execute()
    const res = await post(
      planner,
      importBody({ file_name: 'roads.zip', content: await roadsShapefile(), replace: true }),
    )
    expect(await res.json()).toMatchObject({ inserted: 2, replaced: 2 })
    const summary = (await (await env.app.request('/api/context')).json()) as { layers: unknown[] }
    expect(summary.layers).toEqual(
      expect.arrayContaining([
        { kind: 'road_major', is_demo: false, features: 2 },
        { kind: 'road_major', is_demo: true, features: 1 },
      ]),
    )
  })

  it('refuses what it cannot read with a 400 naming it, and writes nothing', async () => {
    const before = await env.database.db
      .selectFrom('context_features')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
    const refusal = async (body: unknown) => {
      const res = await post(planner, body)
      return { status: res.status, message: ((await res.json()) as { message: string }).message }
    }
    expect(await refusal({ file_name: 'roads.csv', content: 'a,b\n1,2', kind: 'road_major' })).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^format: /),
    })
    const point = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [121, 30] } }],
    }
    expect(
      await refusal({ file_name: 'p.geojson', content: JSON.stringify(point), crs: 'EPSG:4490', kind: 'river' }),
    ).toMatchObject({
      status: 400,
      message: expect.stringContaining('feature 1: geometry is Point; a context layer takes lines and polygons'),
    })
    expect(await refusal({ file_name: 'p.geojson', content: '{}', kind: 'lake' })).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^kind: /),
    })
    expect(
      await refusal(importBody({ file_name: 'roads.zip', content: await roadsShapefile(), name_column: 'NAME' })),
    ).toMatchObject({
      status: 400,
      message: expect.stringContaining('NAME'),
    })
    const after = await env.database.db
      .selectFrom('context_features')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
    expect(after.n).toBe(before.n)
  })

  it('is for planners and administrators only', async () => {
    expect((await post(null, importBody({ file_name: 'x.geojson', content: '{}' }))).status).toBe(401)
    const promoter = await signIn(env.app, 'promoter')
    expect((await post(promoter, importBody({ file_name: 'x.geojson', content: '{}' }))).status).toBe(403)
  })
})
