import { sql } from 'kysely'
import type { OpenDatabase } from '../../server/db/open-database.js'

/** Infrastructure and zones spread over the grid (about 0.33° × 0.28° for 100 000 parcels), a park per quarter, a chain. */
export async function generateSiteContext(database: OpenDatabase) {
  const db = database.db
  await sql`INSERT INTO infrastructure (kind, name, name_en, geom)
    SELECT k, k || i, k || i, ST_Point(121.0 + 0.08 * i + 0.01 * j, 29.0 + 0.07 * i, 4326)
    FROM generate_series(0, 3) i, unnest(ARRAY['port','rail_station','interchange','airport']) WITH ORDINALITY AS t(k, j)
    WHERE k <> 'airport' OR i = 0`.execute(db)
  await sql`INSERT INTO sensitive_zones (kind, name, name_en, geom)
    SELECT CASE WHEN i % 3 = 0 THEN 'water_source' ELSE 'residential' END, '敏感区' || i, 'Zone ' || i,
      ST_Multi(ST_MakeEnvelope(121.02 + 0.03 * (i % 10), 29.02 + 0.025 * (i / 10), 121.025 + 0.03 * (i % 10), 29.024 + 0.025 * (i / 10), 4326))
    FROM generate_series(0, 99) i`.execute(db)
  await sql`INSERT INTO regions (code, name, name_en, city, level, geom) VALUES ('bench', '基准区', 'Bench', '基准市', 'district', ST_Multi(ST_MakeEnvelope(120.9, 28.9, 121.5, 29.4, 4326)))`.execute(
    db,
  )
  await sql`INSERT INTO parks (code, name, name_en, region_id, level, industries, geom)
    SELECT 'BP' || i, '基准园' || i, 'Park ' || i, (SELECT id FROM regions), 'county', ARRAY[CASE WHEN i % 2 = 0 THEN 'wind_port' ELSE 'nev_parts' END],
      ST_Multi(ST_MakeEnvelope(121.0 + 0.17 * (i % 2), 29.0 + 0.14 * (i / 2), 121.17 + 0.17 * (i % 2), 29.14 + 0.14 * (i / 2), 4326))
    FROM generate_series(0, 3) i`.execute(db)
  await sql`UPDATE parcels p SET park_id = k.id, region_id = k.region_id FROM parks k WHERE ST_Intersects(k.geom, ST_PointOnSurface(p.geom))`.execute(
    db,
  )
  await sql`INSERT INTO chains (key, name, name_en) VALUES ('wind_port', '风电', 'Wind')`.execute(db)
  await sql`INSERT INTO chain_segments (chain_id, key, name, name_en, tier, sort)
    SELECT (SELECT id FROM chains), k, k, k, t, o FROM unnest(ARRAY['steel','turbines','service'], ARRAY['upstream','midstream','downstream']) WITH ORDINALITY AS s(k, t, o)`.execute(
    db,
  )
  await sql`INSERT INTO chain_links (chain_id, supplier_id, customer_id)
    SELECT a.chain_id, a.id, b.id FROM chain_segments a, chain_segments b WHERE (a.key, b.key) IN (('steel', 'turbines'), ('turbines', 'service'))`.execute(
    db,
  )
  await sql`INSERT INTO enterprises (name, chain_id, segment_id, status, geom)
    SELECT '企业' || i, (SELECT id FROM chains), (SELECT id FROM chain_segments ORDER BY id OFFSET i % 3 LIMIT 1), 'existing',
      ST_Point(121.0 + ((i * 7919) % 330) / 1000.0, 29.0 + ((i * 104729) % 280) / 1000.0, 4326)
    FROM generate_series(1, 300) i`.execute(db)
  await sql`ANALYZE`.execute(db)
}
