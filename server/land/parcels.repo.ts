import type { z } from '@hono/zod-openapi'
import { type Insertable, sql, type Updateable } from 'kysely'
import { snapshotLocker } from '../audit/snapshot.repo.js'
import type { DbOrTrx } from '../db/database.js'
import { featureJson, rounded, type SqlPropertiesOf } from '../db/geojson-sql.js'
import { chunks, multiPolygonFromGeoJson } from '../db/geometry.js'
import { visibleTo } from './land-visibility.js'
import type { ParcelProperties, staffParcelPropertiesSchema } from './parcels.schema.js'
import type { ParcelsTable } from './parcels.table.js'

export type ParcelAudience = 'public' | 'staff'

/** What investors may see of a parcel: an allowlist, so a new column stays private until someone adds it here. */
const publicParcelProperties = {
  id: sql`p.id`,
  code: sql`p.code`,
  area_mu: rounded(sql`p.area_mu`, 2),
  status: sql`p.status`,
  land_use: sql`p.land_use_code`,
  land_use_name: sql`p.land_use_name`,
  park_id: sql`p.park_id`,
  park_name: sql`k.name`,
  park_name_en: sql`k.name_en`,
  region_id: sql`p.region_id`,
  region_name: sql`r.name`,
  region_name_en: sql`r.name_en`,
  location_desc: sql`p.location_desc`,
  start_price: sql`p.start_price::float8`,
  tenure_years: sql`p.tenure_years`,
  far_min: sql`p.far_min::float8`,
  far_max: sql`p.far_max::float8`,
  building_density_max: sql`p.building_density_max::float8`,
  green_ratio_max: sql`p.green_ratio_max::float8`,
  height_limit_m: sql`p.height_limit_m::float8`,
  std_invest_intensity: sql`p.std_invest_intensity::float8`,
  std_tax_per_mu: sql`p.std_tax_per_mu::float8`,
  std_energy_per_output: sql`p.std_energy_per_output::float8`,
  std_environment: sql`p.std_environment`,
  utilities: sql`to_jsonb(p.utilities)`,
  is_net_land: sql`p.is_net_land`,
  is_standard_land: sql`p.is_standard_land`,
  available_from: sql`p.available_from`,
  km_port: rounded(sql`p.km_port`, 2),
  km_rail_station: rounded(sql`p.km_rail_station`, 2),
  km_interchange: rounded(sql`p.km_interchange`, 2),
  km_airport: rounded(sql`p.km_airport`, 2),
  links: sql`p.links`,
} satisfies SqlPropertiesOf<ParcelProperties>

/** Staff see every parcel, published or not, with what they need to edit it. */
const staffParcelProperties = {
  ...publicParcelProperties,
  published: sql`p.published`,
  idle_category: sql`p.idle_category`,
  contact: sql`p.contact`,
  declared_area_mu: sql`p.declared_area_mu::float8`,
  // A declared area more than 5% off the surveyed geometry is worth a planner's second look.
  area_mismatch: sql`coalesce(abs(p.declared_area_mu - p.area_mu::numeric) > 0.05 * p.area_mu::numeric, false)`,
  version: sql`p.version`,
} satisfies SqlPropertiesOf<z.infer<typeof staffParcelPropertiesSchema>>

export const parcelPropertiesFor = (audience: ParcelAudience) =>
  audience === 'staff' ? staffParcelProperties : publicParcelProperties

/** Parcels this audience may see, joined to their park and district; callers add filters and the selection. */
export function visibleParcels(db: DbOrTrx, audience: ParcelAudience) {
  const query = db
    .selectFrom('parcels as p')
    .leftJoin('parks as k', 'k.id', 'p.park_id')
    .leftJoin('regions as r', 'r.id', 'p.region_id')
  return query.where(visibleTo(audience, 'p'))
}

function parcelFeatures(db: DbOrTrx, audience: ParcelAudience) {
  return visibleParcels(db, audience).select(
    featureJson(sql`p.id`, sql`p.geom`, parcelPropertiesFor(audience)).as('feature'),
  )
}

/** One parcel as a GeoJSON Feature text with its version, or nothing when this audience may not see it. */
export async function parcelFeature(db: DbOrTrx, id: number, audience: ParcelAudience) {
  return parcelFeatures(db, audience)
    .select('p.version')
    .where('p.id', '=', id)
    .executeTakeFirst()
    .then((row) => row && { feature: JSON.stringify(row.feature), version: row.version })
}

export const lockParcelSnapshot = snapshotLocker('parcels')

export type ParcelChanges = Pick<
  Updateable<ParcelsTable>,
  | 'status'
  | 'idle_category'
  | 'published'
  | 'start_price'
  | 'tenure_years'
  | 'available_from'
  | 'location_desc'
  | 'contact'
  | 'far_max'
  | 'is_net_land'
  | 'is_standard_land'
  | 'links'
>

export async function updateParcel(trx: DbOrTrx, id: number, changes: ParcelChanges) {
  await trx
    .updateTable('parcels')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute()
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
