import { type Insertable, sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { CapitalArrivalsTable } from './projects.table.js'

/** A project's arrivals, oldest first. */
export async function listCapitalArrivals(db: DbOrTrx, projectId: number) {
  return db
    .selectFrom('capital_arrivals')
    .select([
      'id',
      'arrived_on',
      'currency',
      'kind',
      'note',
      'created_by',
      sql<number>`amount_wan::float8`.as('amount_wan'),
      sql<string>`to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('created_at'),
    ])
    .where('project_id', '=', projectId)
    .orderBy('arrived_on')
    .orderBy('id')
    .execute()
}

export type CapitalArrivalRow = Awaited<ReturnType<typeof listCapitalArrivals>>[number]

export async function insertCapitalArrival(db: DbOrTrx, arrival: Insertable<CapitalArrivalsTable>) {
  await db.insertInto('capital_arrivals').values(arrival).execute()
}

/** A project's units, for sharing its capital between them. */
export async function projectUnits(db: DbOrTrx, projectId: number) {
  return db
    .selectFrom('projects')
    .select(['first_report_unit_id', 'landing_unit_id'])
    .where('id', '=', projectId)
    .executeTakeFirst()
}
