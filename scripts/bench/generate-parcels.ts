import { sql } from 'kysely'
import type { OpenDatabase } from '../../server/db/open-database.js'

/** Rows of 50 m × 60 m parcels (4.5 mu) in groups of 6 × 6 separated by 12 m roads. */
export async function generateParcels(database: OpenDatabase, count: number) {
  const side = Math.ceil(Math.sqrt(count))
  await sql`
    INSERT INTO parcels (code, land_use_code, land_use_name, status, published, is_net_land, start_price, geom)
    SELECT 'BN-' || i, '100101', '一类工业用地',
      -- Mostly one status per group of 36, with one parcel in four drawn at random: blocks of all sizes.
      (ARRAY['available','available','reserve','built','supplied','intended'])[1 + (CASE WHEN i % 4 = 0 THEN i * 7919 ELSE (x / 6) * 7 + (y / 6) * 13 END) % 6],
      (i % 5) <> 0, (i % 3) = 0, 20 + (i % 40),
      ST_Multi(ST_MakeEnvelope(
        121.0 + (x * 50 + (x / 6) * 12) / 96800.0, 29.0 + (y * 60 + (y / 6) * 12) / 110850.0,
        121.0 + ((x + 1) * 50 + (x / 6) * 12) / 96800.0, 29.0 + ((y + 1) * 60 + (y / 6) * 12) / 110850.0, 4326))
    FROM (SELECT i, (i - 1) % ${side} AS x, (i - 1) / ${side} AS y FROM generate_series(1, ${count}) AS i) g`.execute(database.db)
  await sql`ANALYZE parcels`.execute(database.db)
}
