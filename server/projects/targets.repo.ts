import type { Insertable } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { TargetsTable } from './projects.table.js'

export async function insertTargets(db: DbOrTrx, targets: readonly Insertable<TargetsTable>[]) {
  if (targets.length > 0) await db.insertInto('targets').values([...targets]).execute()
}

export async function targetsOfYear(db: DbOrTrx, year: number) {
  return db
    .selectFrom('targets')
    .select(['region_id', 'metric', (eb) => eb.cast<number>('target', 'float8').as('target')])
    .where('year', '=', year)
    .execute()
}
