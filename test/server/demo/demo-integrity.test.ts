import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { loadDemo } from '../../../server/demo/load-demo.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemo(database.db)
})
afterAll(() => database?.close())

const count = async (query: ReturnType<typeof sql<{ n: number }>>) => (await query.execute(database.db)).rows[0]!.n

describe('demo data on the real database', () => {
  it('loads the ten real districts of 宁波市 with valid boundaries', async () => {
    const { rows } = await sql<{
      name: string
      valid: boolean
    }>`SELECT name, ST_IsValid(geom) AS valid FROM regions ORDER BY name`.execute(database.db)
    expect(rows).toHaveLength(10)
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['象山县', '奉化区', '北仑区', '慈溪市']))
    expect(rows.every((r) => r.valid)).toBe(true)
  })

  it('puts every park inside its own district', async () => {
    const outside = await count(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM parks p JOIN regions r ON r.id = p.region_id
      WHERE NOT ST_Within(p.geom, r.geom) OR NOT ST_IsValid(p.geom)`)
    expect(outside).toBe(0)
    expect(await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM parks`)).toBe(7)
  })

  it('draws the sea around the districts and the coast along them, as demonstration context, with the parks’ roads', async () => {
    const { rows } = await sql<{ kind: string; n: number; demo: boolean; valid: boolean; on_land_m2: number }>`
      SELECT c.kind, count(*)::int AS n, bool_and(c.is_demo) AS demo, bool_and(ST_IsValid(c.geom)) AS valid,
        coalesce(sum(ST_Area(ST_Intersection(c.geom, (SELECT ST_Union(geom) FROM regions))::geography)), 0)::float8 AS on_land_m2
      FROM context_features c WHERE c.kind IN ('water', 'coastline') GROUP BY c.kind ORDER BY c.kind`.execute(
      database.db,
    )
    expect(rows).toEqual([
      { kind: 'coastline', n: 1, demo: true, valid: true, on_land_m2: 0 },
      { kind: 'water', n: 1, demo: true, valid: true, on_land_m2: expect.closeTo(0, -3) },
    ])
    const parksAtSea = await count(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM parks p JOIN context_features c ON c.kind = 'water' AND ST_Intersects(p.geom, c.geom)`)
    expect(parksAtSea).toBe(0)
    const roads = await count(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM context_features c JOIN parks p ON ST_Within(c.geom, p.geom) WHERE c.kind = 'road_minor'`)
    expect(roads).toBeGreaterThan(7 * 6)
  })

  it('keeps every parcel valid, inside its park and its district', async () => {
    const outside = await count(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM parcels c JOIN parks p ON p.id = c.park_id JOIN regions r ON r.id = c.region_id
      WHERE NOT ST_IsValid(c.geom) OR NOT ST_Within(c.geom, p.geom) OR NOT ST_Within(c.geom, r.geom)`)
    expect(outside).toBe(0)
  })

  it('has no two parcels overlapping (touching along a boundary is allowed)', async () => {
    const overlaps = await count(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM parcels a JOIN parcels b ON a.id < b.id AND a.geom && b.geom
      WHERE ST_Area(ST_Intersection(a.geom, b.geom)::geography) > 0.01`)
    expect(overlaps).toBe(0)
  })

  it('computes parcel areas on the ellipsoid within 5–150 mu, matching the generator within 1%', async () => {
    const { rows } = await sql<{ min: number; max: number; worst: number }>`
      SELECT min(area_mu) AS min, max(area_mu) AS max,
        max(abs(area_mu - ST_Area(geom::geography) / 666.6666666666666)) AS worst FROM parcels`.execute(database.db)
    expect(rows[0]!.min).toBeGreaterThanOrEqual(5 * 0.99)
    expect(rows[0]!.max).toBeLessThanOrEqual(150 * 1.01)
    expect(rows[0]!.worst).toBeLessThan(1e-6)
  })

  it('places infrastructure of all four kinds, enterprises of 3 chains and projects at every stage', async () => {
    const kinds = await sql<{ kind: string }>`SELECT DISTINCT kind FROM infrastructure ORDER BY kind`.execute(
      database.db,
    )
    expect(kinds.rows.map((r) => r.kind)).toEqual(['airport', 'interchange', 'port', 'rail_station'])
    expect(await count(sql<{ n: number }>`SELECT count(DISTINCT chain_id)::int AS n FROM enterprises`)).toBe(3)
    expect(await count(sql<{ n: number }>`SELECT count(DISTINCT stage)::int AS n FROM projects`)).toBe(10)
    expect(await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM projects`)).toBeGreaterThanOrEqual(40)
  })
})
