import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { ImportedBuilding, ImportedUnit, SpacePlaces } from './space-import-rows.js'

/** District and park names (Chinese and English) to ids, parks with a point inside to place a building by. */
export async function spacePlaces(db: DbOrTrx): Promise<SpacePlaces> {
  const regions = await db.selectFrom('regions').select(['id', 'name', 'name_en']).execute()
  const parks = await db
    .selectFrom('parks')
    .select(['id', 'name', 'name_en', 'region_id', sql<string>`ST_AsGeoJSON(ST_PointOnSurface(geom), 7)`.as('point')])
    .execute()
  const parkEntry = (p: (typeof parks)[number]) => ({
    id: p.id,
    regionId: p.region_id,
    lonLat: (JSON.parse(p.point) as { coordinates: [number, number] }).coordinates,
  })
  return {
    regions: new Map(regions.flatMap((r) => [[r.name, r.id] as const, [r.name_en, r.id] as const])),
    parks: new Map(parks.flatMap((p) => [[p.name, parkEntry(p)] as const, [p.name_en, parkEntry(p)] as const])),
  }
}

/** Inserts new buildings and updates those whose code exists (the list is the bureau's latest word); ids by code. */
export async function upsertBuildings(db: DbOrTrx, buildings: readonly ImportedBuilding[]) {
  const ids = new Map<string, number>()
  let created = 0
  for (const { lonLat, ...b } of buildings) {
    const row = await db
      .insertInto('buildings')
      .values({ ...b, geom: sql<string>`ST_SetSRID(ST_MakePoint(${lonLat[0]}, ${lonLat[1]}), 4326)` })
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          kind: eb.ref('excluded.kind'),
          region_id: eb.ref('excluded.region_id'),
          park_id: eb.ref('excluded.park_id'),
          address: eb.ref('excluded.address'),
          floors: eb.ref('excluded.floors'),
          gross_m2: eb.ref('excluded.gross_m2'),
          contact: eb.ref('excluded.contact'),
          version: sql`buildings.version + 1`,
          updated_at: sql`now()`,
        })),
      )
      .returning(['id', sql<boolean>`xmax = 0`.as('inserted')])
      .executeTakeFirstOrThrow()
    ids.set(b.code, row.id)
    if (row.inserted) created++
  }
  return { ids, created, updated: buildings.length - created }
}

/**
 * Inserts new units and updates known ones by building and unit code. A unit a project reserved keeps its status:
 * the list may correct its figures, never undo the pipeline's reservation.
 */
export async function upsertUnits(
  db: DbOrTrx,
  units: readonly ImportedUnit[],
  buildingIds: ReadonlyMap<string, number>,
) {
  let created = 0
  for (const { buildingCode, ...u } of units) {
    const row = await db
      .insertInto('building_units')
      .values({ ...u, building_id: buildingIds.get(buildingCode)! })
      .onConflict((oc) =>
        oc.columns(['building_id', 'code']).doUpdateSet((eb) => ({
          floor: eb.ref('excluded.floor'),
          area_m2: eb.ref('excluded.area_m2'),
          clear_height_m: eb.ref('excluded.clear_height_m'),
          floor_load_kn: eb.ref('excluded.floor_load_kn'),
          crane_t: eb.ref('excluded.crane_t'),
          power_kva: eb.ref('excluded.power_kva'),
          rent_yuan_m2_month: eb.ref('excluded.rent_yuan_m2_month'),
          status: sql`CASE WHEN building_units.status = 'reserved' THEN 'reserved' ELSE excluded.status END`,
          // A unit listed vacant again has no tenant any more.
          tenant: sql`CASE WHEN building_units.status <> 'reserved' AND excluded.status = 'vacant' THEN NULL ELSE building_units.tenant END`,
          version: sql`building_units.version + 1`,
          updated_at: sql`now()`,
        })),
      )
      .returning(sql<boolean>`xmax = 0`.as('inserted'))
      .executeTakeFirstOrThrow()
    if (row.inserted) created++
  }
  return { created, updated: units.length - created }
}
