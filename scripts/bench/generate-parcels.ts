import { sql } from 'kysely'
import type { OpenDatabase } from '../../server/db/open-database.js'

export interface ParcelGrid {
  widthM: number
  heightM: number
  /** Parcels per group side: groups are separated by 12 m roads. */
  group: number
  /** The south-west corner (longitude, latitude); by default 121°E 29°N. */
  origin?: [number, number]
}

/** Rows of parcels (by default 50 m × 60 m, 4.5 mu) in square groups (by default 6 × 6) separated by 12 m roads. */
export async function generateParcels(
  database: OpenDatabase,
  count: number,
  grid: ParcelGrid = { widthM: 50, heightM: 60, group: 6 },
) {
  const side = Math.ceil(Math.sqrt(count))
  const { widthM: w, heightM: h, group: g } = grid
  const [lon0, lat0] = grid.origin ?? [121.0, 29.0]
  await sql`
    INSERT INTO parcels (code, land_use_code, land_use_name, status, published, is_net_land, start_price, geom)
    SELECT 'BN-' || i, '100101', '一类工业用地',
      -- Mostly one status per group of 36, with one parcel in four drawn at random: blocks of all sizes.
      (ARRAY['available','available','reserve','built','supplied','intended'])[1 + (CASE WHEN i % 4 = 0 THEN i * 7919 ELSE (x / ${g}) * 7 + (y / ${g}) * 13 END) % 6],
      (i % 5) <> 0, (i % 3) = 0, 20 + (i % 40),
      ST_Multi(ST_MakeEnvelope(
        ${lon0}::float8 + (x * ${w} + (x / ${g}) * 12) / 96800.0, ${lat0}::float8 + (y * ${h} + (y / ${g}) * 12) / 110850.0,
        ${lon0}::float8 + ((x + 1) * ${w} + (x / ${g}) * 12) / 96800.0, ${lat0}::float8 + ((y + 1) * ${h} + (y / ${g}) * 12) / 110850.0, 4326))
    FROM (SELECT i, (i - 1) % ${side} AS x, (i - 1) / ${side} AS y FROM generate_series(1, ${count}) AS i) g`.execute(
    database.db,
  )
  await sql`ANALYZE parcels`.execute(database.db)
}
