import type { Insertable } from 'kysely'
import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { areaMu, featureJson, lonLatJson, rounded, selectFeatureCollection } from '../db/geojson-sql.js'
import { multiPolygonFromGeoJson } from '../db/geometry.js'
import type { ParksTable } from './parks.table.js'

/** Parks with their published land supply, so a park's panel answers "how much can I get here". */
export async function parksFeatureCollection(db: DbOrTrx): Promise<string> {
  const supply = db
    .selectFrom('parcels')
    .where('published', '=', true)
    .select([
      'park_id',
      sql<number>`count(*)::int`.as('parcel_count'),
      sql<number>`coalesce(sum(area_mu) FILTER (WHERE status = 'available'), 0)`.as('available_mu'),
    ])
    .groupBy('park_id')
  const features = db
    .selectFrom('parks as p')
    .innerJoin('regions as r', 'r.id', 'p.region_id')
    .leftJoin(supply.as('s'), 's.park_id', 'p.id')
    .where('p.published', '=', true)
    .select(
      featureJson(sql`p.id`, sql`p.geom`, {
        id: sql`p.id`,
        code: sql`p.code`,
        name: sql`p.name`,
        name_en: sql`p.name_en`,
        level: sql`p.level`,
        region_id: sql`p.region_id`,
        region_name: sql`r.name`,
        region_name_en: sql`r.name_en`,
        industries: sql`p.industries`,
        positioning: sql`p.positioning`,
        positioning_en: sql`p.positioning_en`,
        contact: sql`p.contact`,
        area_mu: rounded(areaMu(sql`p.geom`), 1),
        parcel_count: sql`coalesce(s.parcel_count, 0)`,
        available_mu: rounded(sql`coalesce(s.available_mu, 0)`, 1),
        label_point: lonLatJson(sql`ST_PointOnSurface(p.geom)`),
      }).as('feature'),
    )
    .orderBy('p.id')
  return selectFeatureCollection(db, features)
}

export type NewPark = Omit<Insertable<ParksTable>, 'geom'> & { geometryJson: string }

export async function insertParks(
  db: DbOrTrx,
  parks: readonly NewPark[],
): Promise<Map<string, { id: number; regionId: number }>> {
  if (parks.length === 0) return new Map()
  const rows = await db
    .insertInto('parks')
    .values(parks.map(({ geometryJson, ...park }) => ({ ...park, geom: multiPolygonFromGeoJson(geometryJson) })))
    .returning(['id', 'code', 'region_id'])
    .execute()
  return new Map(rows.map((r) => [r.code, { id: r.id, regionId: r.region_id }]))
}
