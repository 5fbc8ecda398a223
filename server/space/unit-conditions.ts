import { type RawBuilder, sql } from 'kysely'
import type { Bbox } from '../http/bbox.js'
import { visibleTo } from '../land/land-visibility.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import type { UnitFilters } from './space-query.schema.js'

/**
 * What the public may see of space, in one place: units of published buildings that are vacant. A reserved unit
 * tells of a project in talks, and a let one of a tenant: both stay behind the counter. Aliases `u` and `bd`.
 */
export function unitVisibleTo(audience: ParcelAudience): RawBuilder<boolean> {
  if (audience === 'staff') return sql<boolean>`true`
  return sql<boolean>`(${visibleTo(audience, 'bd')} AND u.status = 'vacant')`
}

/** Each filter as one SQL condition on a unit `u` of building `bd`; values are bound, columns are constants. */
export function unitConditions(filters: UnitFilters, audience: ParcelAudience): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [unitVisibleTo(audience)]
  const add = (condition: RawBuilder<unknown>, value: unknown) => {
    if (value !== undefined) conditions.push(condition)
  }
  add(sql`u.area_m2 >= ${filters.min_m2}`, filters.min_m2)
  add(sql`u.area_m2 <= ${filters.max_m2}`, filters.max_m2)
  add(sql`u.floor_load_kn >= ${filters.min_floor_load}`, filters.min_floor_load)
  add(sql`u.clear_height_m >= ${filters.min_clear_height}`, filters.min_clear_height)
  add(sql`u.power_kva >= ${filters.min_power_kva}`, filters.min_power_kva)
  add(sql`u.crane_t >= ${filters.min_crane_t}`, filters.min_crane_t)
  add(sql`u.rent_yuan_m2_month <= ${filters.max_rent}`, filters.max_rent)
  add(sql`u.floor = 1`, filters.ground_floor ? true : undefined)
  add(sql`u.status = ${filters.status}`, filters.status)
  conditions.push(...buildingConditions(filters))
  return sql<boolean>`(${sql.join(conditions, sql` AND `)})`
}

/** Filters on the building itself (alias `bd`) and its visible park (`k`). */
export function buildingConditions(filters: Pick<UnitFilters, 'region' | 'park' | 'kind'>): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = []
  if (filters.region !== undefined) conditions.push(sql`bd.region_id = ${filters.region}`)
  // The park as the audience may see it (alias `k`, joined by the one visibility rule): an unpublished park's
  // buildings are not counted out to the public by asking for its id.
  if (filters.park !== undefined) conditions.push(sql`k.id = ${filters.park}`)
  if (filters.kind !== undefined) conditions.push(sql`bd.kind = ${filters.kind}`)
  return conditions
}

export const bboxCondition = (bbox: Bbox | undefined): RawBuilder<unknown>[] =>
  bbox ? [sql`bd.geom && ST_MakeEnvelope(${bbox[0]}, ${bbox[1]}, ${bbox[2]}, ${bbox[3]}, 4326)`] : []
