import { type Insertable, sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { TargetMetric, TargetsTable } from './projects.table.js'

export async function insertTargets(db: DbOrTrx, targets: readonly Insertable<TargetsTable>[]) {
  if (targets.length > 0)
    await db
      .insertInto('targets')
      .values([...targets])
      .execute()
}

export async function targetsOfYear(db: DbOrTrx, year: number) {
  return db
    .selectFrom('targets')
    .select(['region_id', 'metric', (eb) => eb.cast<number>('target', 'float8').as('target')])
    .where('year', '=', year)
    .orderBy('region_id')
    .orderBy('metric')
    .execute()
}

/** Jurisdictions that can carry targets: every region below the city. */
export async function targetRegions(db: DbOrTrx) {
  return db.selectFrom('regions').select(['id', 'name', 'name_en']).where('level', '<>', 'city').orderBy('id').execute()
}

export interface TargetChange {
  region_id: number
  metric: TargetMetric
  /** null removes the target. */
  target: number | null
}

/** Sets or removes each listed target of the year; the caller's transaction makes it all or nothing. */
export async function saveTargets(trx: DbOrTrx, year: number, changes: readonly TargetChange[]) {
  for (const change of changes) {
    const where = { region_id: change.region_id, year, metric: change.metric }
    if (change.target === null) {
      await trx
        .deleteFrom('targets')
        .where('region_id', '=', where.region_id)
        .where('year', '=', year)
        .where('metric', '=', where.metric)
        .execute()
    } else {
      await trx
        .insertInto('targets')
        .values({ ...where, target: change.target })
        .onConflict((oc) => oc.columns(['region_id', 'year', 'metric']).doUpdateSet({ target: sql`excluded.target` }))
        .execute()
    }
  }
}

/** Every year's targets, for the jurisdiction tree's staff view. */
export async function targetsOfRegions(db: DbOrTrx) {
  return db
    .selectFrom('targets')
    .select(['region_id', 'year', 'metric', (eb) => eb.cast<number>('target', 'float8').as('target')])
    .orderBy('region_id')
    .orderBy('year')
    .orderBy('metric')
    .execute()
}
