import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { featureJson, lonLatJson, selectFeatureCollection } from '../db/geojson-sql.js'
import type { RegionRecord } from './boundaries.js'

/**
 * How far a displayed outline may stray from the stored one, in degrees (about 50 m): half the real boundaries'
 * own precision (about 100 m), invisible below street scale, and a third fewer points to send and draw. What is
 * measured (areas, which district a parcel is in) uses the stored outline.
 */
export const DISPLAY_TOLERANCE_DEG = 0.0005

/** Districts as the map draws them: outlines simplified for display, each keeping its shape and its holes. */
export async function regionsFeatureCollection(db: DbOrTrx): Promise<string> {
  const features = db
    .selectFrom('regions as r')
    .select(
      featureJson(sql`r.id`, sql`ST_Multi(ST_SimplifyPreserveTopology(r.geom, ${sql.lit(DISPLAY_TOLERANCE_DEG)}))`, {
        id: sql`r.id`,
        code: sql`r.code`,
        name: sql`r.name`,
        name_en: sql`r.name_en`,
        level: sql`r.level`,
        label_point: lonLatJson(sql`r.label_point`),
      }).as('feature'),
    )
    .orderBy('r.id')
  return selectFeatureCollection(db, features)
}

/** Source boundaries (≈100 m precision) can self-touch; ST_MakeValid keeps them storable without moving them. */
export async function insertRegions(db: DbOrTrx, regions: readonly RegionRecord[]): Promise<Map<string, number>> {
  if (regions.length === 0) return new Map()
  const rows = await db
    .insertInto('regions')
    .values(
      regions.map((r) => ({
        code: r.code,
        name: r.name,
        name_en: r.nameEn,
        city: r.city,
        level: r.level,
        label_point: r.labelPoint
          ? sql<string>`ST_SetSRID(ST_MakePoint(${r.labelPoint[0]}, ${r.labelPoint[1]}), 4326)`
          : null,
        geom: sql<string>`ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(${r.geometryJson}), 4326)), 3))`,
      })),
    )
    .returning(['id', 'name'])
    .execute()
  return new Map(rows.map((row) => [row.name, row.id]))
}

export async function countRegions(db: DbOrTrx): Promise<number> {
  const row = await db.selectFrom('regions').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
  return row.n
}
