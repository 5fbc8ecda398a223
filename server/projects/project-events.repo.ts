import { type Insertable, sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { chunks } from '../db/geometry.js'
import type { ParcelStatus } from '../land/parcels.table.js'
import type { ProjectEventsTable, ProjectStage } from './projects.table.js'

export interface StageMove {
  projectId: number
  from: ProjectStage
  to: ProjectStage
  on: string
  actor: string
  note: string
}

/** Moves the project and records the dated event; signing and land-use rights keep their own dates. */
export async function recordStageMove(trx: DbOrTrx, move: StageMove) {
  await trx
    .updateTable('projects')
    .set({
      stage: move.to,
      stage_changed_on: move.on,
      ...(move.to === 'signed' ? { signed_on: move.on } : {}),
      ...(move.to === 'land_supplied' ? { land_rights_on: move.on } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', move.projectId)
    .execute()
  await trx
    .insertInto('project_events')
    .values({
      project_id: move.projectId,
      from_stage: move.from,
      to_stage: move.to,
      on_date: move.on,
      actor: move.actor,
      note: move.note,
    })
    .execute()
}

export async function projectTimeline(db: DbOrTrx, projectId: number) {
  return db
    .selectFrom('project_events')
    .select([
      'id',
      'from_stage',
      'to_stage',
      'on_date',
      'actor',
      'note',
      sql<string>`to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('recorded_at'),
    ])
    .where('project_id', '=', projectId)
    .orderBy('on_date')
    .orderBy('id')
    .execute()
}

/** Other live projects holding the same parcel: a parcel is released only when nobody else holds it. */
export async function otherHolders(db: DbOrTrx, parcelId: number, projectId: number): Promise<number> {
  const row = await db
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('parcel_id', '=', parcelId)
    .where('id', '<>', projectId)
    .where('stage', 'not in', ['dropped', 'transferred'])
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The parcel follows its project; `supplied_on` carries the (possibly back-dated) supply date for absorption. */
export async function setParcelStatus(trx: DbOrTrx, parcelId: number, status: ParcelStatus, suppliedOn?: string) {
  await trx
    .updateTable('parcels')
    .set({
      status,
      idle_category: null,
      ...(suppliedOn ? { supplied_on: suppliedOn } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', parcelId)
    .execute()
}

export async function insertProjectEvents(db: DbOrTrx, events: readonly Insertable<ProjectEventsTable>[]) {
  for (const chunk of chunks(events, 1000)) await db.insertInto('project_events').values(chunk).execute()
}
