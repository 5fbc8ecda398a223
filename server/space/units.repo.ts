import { type RawBuilder, sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { lonLatJson, objectJson, type SqlPropertiesOf } from '../db/geojson-sql.js'
import { visibleTo } from '../land/land-visibility.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import type { PublicUnit, StaffUnit } from './space.schema.js'
import type { UnitSort } from './space-enums.js'
import type { UnitFilters, UnitListQuery } from './space-query.schema.js'
import { unitConditions } from './unit-conditions.js'

const float = (column: string) => sql`${sql.ref(column)}::float8`

/** A building's district and park (aliases `bd`, `r`, `k`), for buildings and units alike. */
export const placeProperties = {
  region_id: sql`bd.region_id`,
  region_name: sql`r.name`,
  region_name_en: sql`r.name_en`,
  park_id: sql`k.id`,
  park_name: sql`k.name`,
  park_name_en: sql`k.name_en`,
}

/** What investors may see of a unit (alias `u`, its building `bd`, region `r`, park `k`): an allowlist. */
const publicUnitProperties = {
  id: sql`u.id`,
  code: sql`u.code`,
  building_id: sql`bd.id`,
  building_code: sql`bd.code`,
  building_name: sql`bd.name`,
  building_name_en: sql`bd.name_en`,
  kind: sql`bd.kind`,
  ...placeProperties,
  floor: sql`u.floor`,
  area_m2: float('u.area_m2'),
  clear_height_m: float('u.clear_height_m'),
  floor_load_kn: float('u.floor_load_kn'),
  column_grid: sql`u.column_grid`,
  crane_t: float('u.crane_t'),
  power_kva: sql`u.power_kva`,
  has_lift: sql`u.has_lift`,
  has_loading_dock: sql`u.has_loading_dock`,
  fit_out: sql`u.fit_out`,
  rent_yuan_m2_month: float('u.rent_yuan_m2_month'),
  sale_yuan_m2: float('u.sale_yuan_m2'),
  available_from: sql`to_char(u.available_from, 'YYYY-MM-DD')`,
  status: sql`u.status`,
  lease_terms: sql`u.lease_terms`,
  lease_terms_en: sql`u.lease_terms_en`,
  centre: lonLatJson(sql`ST_PointOnSurface(bd.geom)`),
} satisfies SqlPropertiesOf<PublicUnit>

const staffUnitProperties = {
  ...publicUnitProperties,
  tenant: sql`u.tenant`,
  project_id: sql`u.project_id`,
  project_name: sql`(SELECT pr.name FROM projects pr WHERE pr.id = u.project_id)`,
  version: sql`u.version`,
} satisfies SqlPropertiesOf<StaffUnit>

export const unitPropertiesFor = (audience: ParcelAudience) =>
  audience === 'staff' ? staffUnitProperties : publicUnitProperties

/** Sort keys to fixed columns; the request names a key, never a column. */
const sortColumns: Record<UnitSort, RawBuilder<unknown>> = {
  area_m2: sql`u.area_m2`,
  rent: sql`u.rent_yuan_m2_month`,
  floor_load: sql`u.floor_load_kn`,
  clear_height: sql`u.clear_height_m`,
  power: sql`u.power_kva`,
  available_from: sql`u.available_from`,
  floor: sql`u.floor`,
}

/** Units with their building, region and park; the park's name only where the audience may see the park. */
export function unitsFrom(db: DbOrTrx, audience: ParcelAudience) {
  return db
    .selectFrom('building_units as u')
    .innerJoin('buildings as bd', 'bd.id', 'u.building_id')
    .innerJoin('regions as r', 'r.id', 'bd.region_id')
    .leftJoin('parks as k', (join) => join.onRef('k.id', '=', 'bd.park_id').on(visibleTo(audience, 'k')))
}

export async function countUnits(db: DbOrTrx, filters: UnitFilters, audience: ParcelAudience): Promise<number> {
  const row = await unitsFrom(db, audience)
    .where(unitConditions(filters, audience))
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow()
  return row.n
}

export async function searchUnits(db: DbOrTrx, query: UnitListQuery, audience: ParcelAudience) {
  const descending = query.sort.startsWith('-')
  const column = sortColumns[query.sort.replace(/^-/, '') as UnitSort]
  const rows = await unitsFrom(db, audience)
    .where(unitConditions(query, audience))
    .select(objectJson(unitPropertiesFor(audience)).as('unit'))
    .orderBy(sql`${column} ${descending ? sql`DESC` : sql`ASC`} NULLS LAST`)
    .orderBy('u.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute()
  return rows.map((row) => row.unit as PublicUnit | StaffUnit)
}

/** The units of one building, floor by floor, as the audience may see them. */
export async function unitsOfBuilding(db: DbOrTrx, buildingId: number, audience: ParcelAudience) {
  const rows = await unitsFrom(db, audience)
    .where('bd.id', '=', buildingId)
    .where(unitConditions({}, audience))
    .select(objectJson(unitPropertiesFor(audience)).as('unit'))
    .orderBy('u.floor')
    .orderBy('u.code')
    .execute()
  return rows.map((row) => row.unit as PublicUnit | StaffUnit)
}
