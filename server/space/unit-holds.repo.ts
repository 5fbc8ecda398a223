import { sql } from 'kysely'
import { type Actor, recordAudit } from '../audit/audit.repo.js'
import type { DbOrTrx } from '../db/database.js'
import { objectJson } from '../db/geojson-sql.js'
import type { StaffUnit } from './space.schema.js'
import { unitPropertiesFor, unitsFrom } from './units.repo.js'

/** What a project's audit entry says it holds. */
const heldSummary = (units: readonly { code: string; building_code: string }[]) => ({
  units_held: units.map((u) => `${u.building_code} ${u.code}`),
})

/** Runs a change to a project's holds inside the caller's transaction and records the holds before and after. */
export async function changeHolds(trx: DbOrTrx, projectId: number, actor: Actor, change: () => Promise<unknown>) {
  const before = await unitsHeldBy(trx, projectId)
  await change()
  const after = await unitsHeldBy(trx, projectId)
  if (JSON.stringify(before) === JSON.stringify(after)) return
  await recordAudit(trx, {
    actor,
    action: 'update',
    entity: 'projects',
    entityId: projectId,
    before: heldSummary(before),
    after: heldSummary(after),
  })
}

/** The units a project holds, as staff see them. */
export async function unitsHeldBy(db: DbOrTrx, projectId: number): Promise<StaffUnit[]> {
  const rows = await unitsFrom(db, 'staff')
    .where('u.project_id', '=', projectId)
    .select(objectJson(unitPropertiesFor('staff')).as('unit'))
    .orderBy('u.id')
    .execute()
  return rows.map((row) => row.unit as StaffUnit)
}

/**
 * Reserves a unit for a project if, and only if, it is vacant: one conditional UPDATE, so of two requests racing for
 * one unit the second finds it reserved (PostgreSQL re-checks the condition on the locked row) and gets nothing.
 */
export async function reserveIfVacant(db: DbOrTrx, unitId: number, projectId: number): Promise<boolean> {
  const row = await db
    .updateTable('building_units')
    .set({ status: 'reserved', project_id: projectId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', unitId)
    .where('status', '=', 'vacant')
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** Gives a project's hold on a unit up: the unit is vacant again. */
export async function releaseHold(db: DbOrTrx, unitId: number, projectId: number): Promise<boolean> {
  const row = await db
    .updateTable('building_units')
    .set({ status: 'vacant', project_id: null, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', unitId)
    .where('project_id', '=', projectId)
    .where('status', '=', 'reserved')
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** Who holds a unit now, to say so when a reservation is refused. */
export function unitHolder(db: DbOrTrx, unitId: number) {
  return db
    .selectFrom('building_units as u')
    .innerJoin('buildings as bd', 'bd.id', 'u.building_id')
    .leftJoin('projects as p', 'p.id', 'u.project_id')
    .where('u.id', '=', unitId)
    .select(['u.code', 'u.status', 'bd.name as building', 'p.code as project_code', 'p.name as project_name'])
    .executeTakeFirst()
}

/** Every unit a project reserved, given back (a dropped or transferred project); let units stay let. */
export async function releaseAllHolds(db: DbOrTrx, projectId: number): Promise<number> {
  const rows = await db
    .updateTable('building_units')
    .set({ status: 'vacant', project_id: null, version: sql`version + 1`, updated_at: sql`now()` })
    .where('project_id', '=', projectId)
    .where('status', '=', 'reserved')
    .returning('id')
    .execute()
  return rows.length
}
