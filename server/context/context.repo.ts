import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { ContextKind } from './context.table.js'

export interface NewContextFeature {
  kind: ContextKind
  name: string | null
  nameEn: string | null
  isDemo: boolean
  /** GeoJSON geometry in WGS84 / CGCS2000 degrees. */
  geometryJson: string
}

export async function insertContextFeatures(db: DbOrTrx, features: readonly NewContextFeature[]): Promise<number> {
  if (features.length === 0) return 0
  await db
    .insertInto('context_features')
    .values(
      features.map((f) => ({
        kind: f.kind,
        name: f.name,
        name_en: f.nameEn,
        is_demo: f.isDemo,
        geom: sql<string>`ST_SetSRID(ST_GeomFromGeoJSON(${f.geometryJson}), 4326)`,
      })),
    )
    .execute()
  return features.length
}

/**
 * The sea and the coastline from the district outlines: of a coarse seaward area, what no district covers is sea,
 * and the districts' edges inside it are the coast. Marked as demonstration data, since the seaward area is drawn by
 * hand; the coast itself follows the real outlines exactly.
 */
export async function insertSeaFromOutlines(
  db: DbOrTrx,
  seaward: { outer: [number, number][]; holes: [number, number][][] },
  names: { name: string; nameEn: string },
): Promise<void> {
  const area = JSON.stringify({ type: 'Polygon', coordinates: [seaward.outer, ...seaward.holes] })
  await sql`
    WITH land AS (SELECT ST_Union(geom) AS g FROM regions),
      hint AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${area}), 4326) AS g)
    INSERT INTO context_features (kind, name, name_en, is_demo, geom)
    SELECT 'water', ${names.name}, ${names.nameEn}, true,
      ST_CollectionExtract(ST_MakeValid(ST_Difference(hint.g, land.g)), 3) FROM land, hint
    UNION ALL
    SELECT 'coastline', NULL, NULL, true,
      ST_CollectionExtract(ST_Intersection(ST_Boundary(land.g), hint.g), 2) FROM land, hint`.execute(db)
}
