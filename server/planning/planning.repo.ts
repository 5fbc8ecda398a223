import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { LandCategory } from '../projects/projects.table.js'
import type { BuildingKind } from '../space/space-enums.js'
import { landCategoryOfUse } from './land-category.js'
import type { SupplyParcel } from './supply-demand.js'

/** Every parcel's figures that supply, absorption and idle land are counted from (staff: all land, published or not). */
export async function supplyParcels(db: DbOrTrx): Promise<SupplyParcel[]> {
  const rows = await db
    .selectFrom('parcels')
    .select([
      'id',
      'area_mu',
      'status',
      'idle_category',
      'region_id',
      'park_id',
      'land_use_code',
      'supplied_on',
      'revitalised_on',
    ])
    .execute()
  return rows.map((r) => ({
    id: r.id,
    areaMu: r.area_mu,
    status: r.status,
    idleCategory: r.idle_category,
    regionId: r.region_id,
    parkId: r.park_id,
    category: landCategoryOfUse(r.land_use_code),
    suppliedOn: r.supplied_on,
    revitalisedOn: r.revitalised_on,
  }))
}

export async function pipelineFigures(db: DbOrTrx) {
  return db
    .selectFrom('projects')
    .select([
      'id',
      'code',
      'name',
      'stage',
      'land_category',
      'landing_region_id',
      'first_report_region_id',
      'park_id',
      'parcel_id',
      'wants_whole_block',
      'signed_on',
      'land_rights_on',
      sql<number | null>`land_need_mu::float8`.as('land_need_mu'),
      sql<number | null>`total_investment_wan::float8`.as('total_investment_wan'),
      sql<number | null>`foreign_capital_wan_usd::float8`.as('foreign_capital_wan_usd'),
    ])
    .orderBy('id')
    .execute()
}

/** Names for the groups: districts and parks. */
export async function groupNames(db: DbOrTrx) {
  const [regions, parks] = await Promise.all([
    db.selectFrom('regions').select(['id', 'name', 'name_en']).execute(),
    db.selectFrom('parks').select(['id', 'name', 'name_en']).execute(),
  ])
  return { regions, parks }
}

/** Codes of the few parcels the conflicts name. */
export async function parcelCodes(db: DbOrTrx, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('parcels')
    .select(['id', 'code'])
    .where('id', 'in', [...new Set(ids)])
    .execute()
  return new Map(rows.map((r) => [r.id, r.code]))
}

/** Each building's vacant and reserved floor area, with the land category its kind serves (space for supply). */
export async function spaceSupply(db: DbOrTrx) {
  const rows = await db
    .selectFrom('buildings as bd')
    .innerJoin('building_units as u', 'u.building_id', 'bd.id')
    .groupBy(['bd.id', 'bd.region_id', 'bd.park_id', 'bd.kind'])
    .select([
      'bd.region_id',
      'bd.park_id',
      'bd.kind',
      sql<number>`coalesce(sum(u.area_m2) FILTER (WHERE u.status = 'vacant'), 0)::float8`.as('vacant_m2'),
      sql<number>`coalesce(sum(u.area_m2) FILTER (WHERE u.status = 'reserved'), 0)::float8`.as('reserved_m2'),
    ])
    .execute()
  return rows.map((r) => ({
    regionId: r.region_id,
    parkId: r.park_id,
    category: categoryOfKind[r.kind],
    vacantM2: r.vacant_m2,
    reservedM2: r.reserved_m2,
  }))
}

/** Factories and warehouses serve industry, offices and incubators services, a 特色小镇 tourism. */
const categoryOfKind: Record<BuildingKind, LandCategory> = {
  standard_factory: 'industrial',
  small_firm_park: 'industrial',
  warehouse: 'industrial',
  office: 'services',
  incubator: 'services',
  town: 'tourism',
}
