import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { meridianOfSrid } from '../../../server/imports/crs-diagnose.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
beforeAll(async () => {
  database = await createTestDatabase()
}, 120_000)
afterAll(() => database?.close())

const toLonLat = async (x: number, y: number, srid: number) => {
  const { rows } = await sql<{ lon: number; lat: number }>`
    SELECT ST_X(g) AS lon, ST_Y(g) AS lat FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(${x}::float8, ${y}::float8), ${srid}::int), 4326) AS g) t`.execute(
    database.db,
  )
  return rows[0]!
}

describe('the CGCS2000 zones the importer names, as this database knows them', () => {
  it('puts X = 500 000 on the central meridian the diagnosis assumes, for every 3-degree zone', async () => {
    for (const srid of [4513, 4528, 4533, 4534, 4549, 4550, 4554]) {
      const prefix = srid <= 4533 ? (srid - 4513 + 25) * 1_000_000 : 0
      const { lon } = await toLonLat(prefix + 500_000, 3_300_000, srid)
      expect(lon, `EPSG:${srid}`).toBeCloseTo(meridianOfSrid(srid), 6)
    }
  })

  it('reads the same 宁波 point from the prefixed and the plain zone', async () => {
    const plain = await toLonLat(645_120.5, 3_308_410.2, 4549)
    const prefixed = await toLonLat(40_645_120.5, 3_308_410.2, 4528)
    expect(plain.lon).toBeCloseTo(121.5, 0)
    expect(plain.lat).toBeCloseTo(29.9, 0)
    expect(prefixed.lon).toBeCloseTo(plain.lon, 9)
    expect(prefixed.lat).toBeCloseTo(plain.lat, 9)
  })
})
