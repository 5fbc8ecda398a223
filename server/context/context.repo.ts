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

/** Removes a city's own features of a kind (never the demonstration's), before a file replaces them. */
export async function deleteOwnContext(db: DbOrTrx, kind: ContextKind): Promise<number> {
  const result = await db
    .deleteFrom('context_features')
    .where('kind', '=', kind)
    .where('is_demo', '=', false)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

export interface ContextRow {
  row: number
  name: string | null
  geometryJson: string
}

/**
 * Inserts the rows of one chunk in the file's CRS (moved to 4326 here), lines kept as lines and polygons repaired as
 * polygons; returns the rows the database cannot keep (a line or area that is empty once repaired).
 */
export async function insertImportedContext(
  db: DbOrTrx,
  kind: ContextKind,
  rows: readonly ContextRow[],
  srid: number,
): Promise<number[]> {
  const { rows: refused } = await sql<{ row: number }>`
    WITH i AS (
      SELECT * FROM unnest(${rows.map((r) => r.row)}::int[], ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.geometryJson)}::text[]) AS i(row, name, gj)
    ), g AS (
      SELECT row, name, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(gj), ${srid}::int), 4326) AS raw FROM i
    ), fixed AS (
      SELECT row, name, ST_CollectionExtract(ST_MakeValid(raw), CASE WHEN ST_Dimension(raw) = 2 THEN 3 ELSE 2 END) AS geom FROM g
    ), kept AS (
      INSERT INTO context_features (kind, name, is_demo, geom)
      SELECT ${kind}, left(name, 200), false, geom FROM fixed WHERE NOT ST_IsEmpty(geom) AND ST_IsValid(geom)
      RETURNING id
    )
    SELECT row FROM fixed WHERE ST_IsEmpty(geom) OR NOT ST_IsValid(geom) ORDER BY row`.execute(db)
  return refused.map((r) => r.row)
}

/** How many features of each kind the context layer holds, the demonstration's apart. */
export async function contextSummary(db: DbOrTrx) {
  return db
    .selectFrom('context_features')
    .select(['kind', 'is_demo', sql<number>`count(*)::int`.as('features')])
    .groupBy(['kind', 'is_demo'])
    .orderBy('kind')
    .orderBy('is_demo')
    .execute()
}
