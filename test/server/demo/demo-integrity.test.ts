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

  it('builds the tree of units: the city, its districts, the parks as platforms, two districts’ towns, 奉化区’s departments', async () => {
    const { rows } = await sql<{ level: string; n: number; outlined: number; demo: number }>`
      SELECT level, count(*)::int AS n, count(geom)::int AS outlined, count(*) FILTER (WHERE demonstration)::int AS demo
      FROM jurisdictions GROUP BY level ORDER BY level`.execute(database.db)
    expect(rows).toEqual([
      { level: 'city', n: 1, outlined: 1, demo: 0 },
      { level: 'department', n: 16, outlined: 0, demo: 0 },
      { level: 'district', n: 10, outlined: 0, demo: 0 },
      { level: 'platform', n: 7, outlined: 0, demo: 7 },
      { level: 'town', n: 21, outlined: 21, demo: 21 },
    ])
  })

  it('draws each district’s towns to cover it without gaps or overlaps', async () => {
    // Scalar subqueries: PGlite's PostGIS answered no rows at all when the union was aggregated in a join with regions.
    const { rows } = await sql<{
      district: string
      towns: number
      district_m2: number
      covered_m2: number
      summed_m2: number
    }>`
      SELECT d.name AS district,
        (SELECT count(*)::int FROM jurisdictions t WHERE t.parent_id = d.id AND t.level = 'town') AS towns,
        ST_Area(r.geom::geography)::float8 AS district_m2,
        (SELECT ST_Area(ST_Union(t.geom)::geography) FROM jurisdictions t WHERE t.parent_id = d.id AND t.level = 'town')::float8 AS covered_m2,
        (SELECT sum(ST_Area(t.geom::geography)) FROM jurisdictions t WHERE t.parent_id = d.id AND t.level = 'town')::float8 AS summed_m2
      FROM jurisdictions d JOIN regions r ON r.id = d.region_id
      WHERE EXISTS (SELECT FROM jurisdictions t WHERE t.parent_id = d.id AND t.level = 'town')`.execute(database.db)
    expect(Object.fromEntries(rows.map((r) => [r.district, r.towns]))).toEqual({ 奉化区: 11, 象山县: 10 })
    for (const r of rows) {
      expect(Math.abs(r.district_m2 - r.covered_m2), `${r.district}: gap`).toBeLessThan(10_000)
      expect(Math.abs(r.summed_m2 - r.covered_m2), `${r.district}: overlap`).toBeLessThan(10_000)
    }
  })

  it('gives every project the platform it lands in, and shares some with the town or department that introduced it', async () => {
    const { rows } = await sql<{ n: number; landed: number; shared: number; by_department: number }>`
      SELECT count(*)::int AS n,
        count(*) FILTER (WHERE l.level = 'platform' AND l.park_id = p.park_id)::int AS landed,
        count(*) FILTER (WHERE p.first_report_unit_id <> p.landing_unit_id)::int AS shared,
        count(*) FILTER (WHERE f.level = 'department')::int AS by_department
      FROM projects p JOIN jurisdictions l ON l.id = p.landing_unit_id JOIN jurisdictions f ON f.id = p.first_report_unit_id`.execute(
      database.db,
    )
    expect(rows[0]!.landed).toBe(rows[0]!.n)
    expect(rows[0]!.shared).toBeGreaterThan(0)
    expect(rows[0]!.by_department).toBeGreaterThan(0)
  })

  it('records capital arriving after signing and sets this year’s targets for every town, platform and department', async () => {
    const { rows } = await sql<{ arrivals: number; early: number; foreign_in_usd: boolean; targeted: number }>`
      SELECT (SELECT count(*)::int FROM capital_arrivals) AS arrivals,
        (SELECT count(*)::int FROM capital_arrivals a JOIN projects p ON p.id = a.project_id WHERE a.arrived_on <= p.signed_on) AS early,
        (SELECT bool_and(currency = 'USD') FROM capital_arrivals WHERE kind = 'foreign_capital') AS foreign_in_usd,
        (SELECT count(DISTINCT jurisdiction_id)::int FROM unit_targets) AS targeted`.execute(database.db)
    expect(rows[0]).toMatchObject({ early: 0, foreign_in_usd: true, targeted: 21 + 7 + 16 })
    expect(rows[0]!.arrivals).toBeGreaterThan(10)
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
