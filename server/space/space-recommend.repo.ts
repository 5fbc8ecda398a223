import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { objectJson } from '../db/geojson-sql.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import type { PublicUnit } from './space.schema.js'
import type { SpaceUnit } from './space-rules.js'
import { unitConditions } from './unit-conditions.js'
import { unitPropertiesFor, unitsFrom } from './units.repo.js'

const toNumber = (value: string | number | null) => (value === null ? null : Number(value))

/** The skeleton: every vacant unit the audience may see, with only what the rules and scores read. */
export async function offeredUnits(db: DbOrTrx, audience: ParcelAudience): Promise<SpaceUnit[]> {
  const rows = await unitsFrom(db, audience)
    .where(unitConditions({ status: 'vacant' }, audience))
    .select([
      'u.id',
      'u.code',
      'bd.id as building_id',
      'bd.code as building_code',
      'bd.kind',
      'bd.region_id',
      'k.id as park_id',
      'u.floor',
      sql<number>`u.area_m2::float8`.as('area_m2'),
      sql<number | null>`u.clear_height_m::float8`.as('clear_height_m'),
      sql<number | null>`u.floor_load_kn::float8`.as('floor_load_kn'),
      sql<number>`u.crane_t::float8`.as('crane_t'),
      'u.power_kva',
      sql<number | null>`u.rent_yuan_m2_month::float8`.as('rent'),
      sql<string | null>`to_char(u.available_from, 'YYYY-MM-DD')`.as('available_from'),
    ])
    .orderBy('u.id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    buildingId: r.building_id,
    buildingCode: r.building_code,
    kind: r.kind,
    regionId: r.region_id,
    parkId: r.park_id,
    floor: r.floor,
    areaM2: Number(r.area_m2),
    clearHeightM: toNumber(r.clear_height_m),
    floorLoadKn: toNumber(r.floor_load_kn),
    craneT: Number(r.crane_t),
    powerKva: r.power_kva,
    rent: toNumber(r.rent),
    availableFrom: r.available_from,
  }))
}

/** Hydrates the units shown, through the same allowlist as the unit list. */
export async function presentUnits(db: DbOrTrx, ids: readonly number[], audience: ParcelAudience) {
  if (ids.length === 0) return new Map<number, PublicUnit>()
  const rows = await unitsFrom(db, audience)
    .where('u.id', 'in', [...ids])
    .select(objectJson(unitPropertiesFor(audience)).as('unit'))
    .execute()
  return new Map(rows.map((row) => [(row.unit as PublicUnit).id, row.unit as PublicUnit]))
}
