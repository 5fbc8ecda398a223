import type { Insertable } from 'kysely'
import { chunks, multiPolygonFromGeoJson } from '../db/geometry.js'
import type { ParcelsTable } from './parcels.table.js'
import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { Bbox } from '../http/bbox.js'
import { featureJson, rounded, selectFeatureCollection } from '../db/geojson-sql.js'

export interface ParcelQuery {
  bbox?: Bbox
  limit: number
}

/** Published parcels only: this is what investors may see. */
export async function publishedParcelsFeatureCollection(db: DbOrTrx, query: ParcelQuery): Promise<string> {
  let features = db
    .selectFrom('parcels as p')
    .leftJoin('parks as k', 'k.id', 'p.park_id')
    .leftJoin('regions as r', 'r.id', 'p.region_id')
    .where('p.published', '=', true)
    .select(
      featureJson(sql`p.id`, sql`p.geom`, {
        id: sql`p.id`,
        code: sql`p.code`,
        area_mu: rounded(sql`p.area_mu`, 2),
        status: sql`p.status`,
        land_use: sql`p.land_use_code`,
        land_use_name: sql`p.land_use_name`,
        park_id: sql`p.park_id`,
        park_name: sql`k.name`,
        park_name_en: sql`k.name_en`,
        region_name: sql`r.name`,
        region_name_en: sql`r.name_en`,
        location_desc: sql`p.location_desc`,
        start_price: sql`p.start_price::float8`,
        tenure_years: sql`p.tenure_years`,
        far_max: sql`p.far_max::float8`,
        is_net_land: sql`p.is_net_land`,
        is_standard_land: sql`p.is_standard_land`,
        available_from: sql`p.available_from`,
      }).as('feature'),
    )
    .orderBy('p.id')
    .limit(query.limit)
  if (query.bbox) {
    const [minLon, minLat, maxLon, maxLat] = query.bbox
    features = features.where(sql<boolean>`p.geom && ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)`)
  }
  return selectFeatureCollection(db, features)
}

export type NewParcel = Omit<Insertable<ParcelsTable>, 'geom'> & { geometryJson: string }

export async function insertParcels(db: DbOrTrx, parcels: readonly NewParcel[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const chunk of chunks(parcels, 500)) {
    const rows = await db
      .insertInto('parcels')
      .values(chunk.map(({ geometryJson, ...parcel }) => ({ ...parcel, geom: multiPolygonFromGeoJson(geometryJson) })))
      .returning(['id', 'code'])
      .execute()
    for (const row of rows) ids.set(row.code, row.id)
  }
  return ids
}
