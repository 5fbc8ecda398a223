import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { NINGBO_BOUNDARIES } from '../../../server/demo/load-demo.js'
import { readBoundaryFile } from '../../../server/regions/boundaries.js'
import { DISPLAY_TOLERANCE_DEG, insertRegions } from '../../../server/regions/regions.repo.js'
import type { RegionCollection } from '../../../server/regions/regions.schema.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDatabase()
  await insertRegions(database.db, readBoundaryFile(NINGBO_BOUNDARIES, { en: {}, codes: {} }))
  app = createTestApp(database)
})
afterAll(() => database?.close())

const pointsOf = (geometry: GeoJSON.Geometry) => JSON.stringify(geometry).split('],[').length

describe('GET /api/regions on the real district outlines', () => {
  it('sends outlines simplified for display: fewer points, the same areas, the stored outlines untouched', async () => {
    const stored = await database.db
      .selectFrom('regions')
      .select(['id', sql<number>`ST_NPoints(geom)`.as('points'), sql<number>`ST_Area(geom::geography)`.as('m2')])
      .execute()
    const body = (await (await app.request('/api/regions')).json()) as RegionCollection
    expect(body.features).toHaveLength(stored.length)
    const sent = body.features.reduce((sum, f) => sum + pointsOf(f.geometry as GeoJSON.Geometry), 0)
    const kept = stored.reduce((sum, r) => sum + Number(r.points), 0)
    expect(sent).toBeLessThan(kept * 0.75)
    for (const feature of body.features) {
      const exact = stored.find((r) => r.id === feature.id)!
      const { rows } = await sql<{ m2: number; apart: number }>`
        SELECT ST_Area(g::geography) AS m2, ST_HausdorffDistance(g, r.geom) AS apart
        FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(feature.geometry)}), 4326) AS g) s, regions r
        WHERE r.id = ${exact.id}`.execute(database.db)
      expect(Math.abs(rows[0]!.m2 / exact.m2 - 1)).toBeLessThan(0.001)
      expect(rows[0]!.apart).toBeLessThanOrEqual(DISPLAY_TOLERANCE_DEG * 2)
    }
    const after = await database.db
      .selectFrom('regions')
      .select(sql<number>`sum(ST_NPoints(geom))`.as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(kept)
  })
})
