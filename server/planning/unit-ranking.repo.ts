import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { RankedLevel, UnitMetric } from '../jurisdictions/jurisdictions.table.js'

export async function unitsOfLevel(db: DbOrTrx, level: RankedLevel) {
  return db
    .selectFrom('jurisdictions')
    .select(['id', 'code', 'name', 'name_en'])
    .where('level', '=', level)
    .orderBy('code')
    .execute()
}

/** What a project earns its units: its size, dates and units. */
export async function unitProjects(db: DbOrTrx) {
  return db
    .selectFrom('projects')
    .select([
      'id',
      'land_category',
      'signed_on',
      'land_rights_on',
      'first_report_unit_id',
      'landing_unit_id',
      sql<number | null>`total_investment_wan::float8`.as('total_investment_wan'),
    ])
    .orderBy('id')
    .execute()
}

export async function allCapitalArrivals(db: DbOrTrx) {
  return db
    .selectFrom('capital_arrivals')
    .select(['project_id', 'arrived_on', 'kind', sql<number>`amount_wan::float8`.as('amount_wan')])
    .orderBy('arrived_on')
    .execute()
}

/** A year's targets per unit: a district's are its region's (set on the targets board), the others' their own. */
export async function unitTargetsOfYear(db: DbOrTrx, year: number) {
  const own = await db
    .selectFrom('unit_targets')
    .select(['jurisdiction_id as unit_id', 'metric', sql<number>`target::float8`.as('target')])
    .where('year', '=', year)
    .execute()
  const districts = await db
    .selectFrom('targets as t')
    .innerJoin('jurisdictions as j', 'j.region_id', 't.region_id')
    .select(['j.id as unit_id', 't.metric', sql<number>`t.target::float8`.as('target')])
    .where('t.year', '=', year)
    .execute()
  return [...own, ...districts].map((t) => ({ ...t, metric: t.metric as UnitMetric }))
}

export async function insertUnitTargets(
  db: DbOrTrx,
  targets: readonly { jurisdiction_id: number; year: number; metric: UnitMetric; target: number }[],
) {
  if (targets.length > 0)
    await db
      .insertInto('unit_targets')
      .values([...targets])
      .execute()
}

export async function findMonthEnd(db: DbOrTrx, level: RankedLevel, year: number, month: number) {
  return db
    .selectFrom('month_end_rankings')
    .select([
      'as_of',
      'rows',
      sql<string>`to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('recorded_at'),
    ])
    .where('level', '=', level)
    .where('year', '=', year)
    .where('month', '=', month)
    .executeTakeFirst()
}

/** Stores a month's end once: a second writer (two requests at once) keeps the first. */
export async function storeMonthEnd(
  db: DbOrTrx,
  entry: { level: RankedLevel; year: number; month: number; as_of: string; rows: unknown[] },
) {
  await db
    .insertInto('month_end_rankings')
    .values({ ...entry, rows: JSON.stringify(entry.rows) })
    .onConflict((oc) => oc.columns(['level', 'year', 'month']).doNothing())
    .execute()
}

/** A year's own targets of the units below the district, by unit. */
export async function ownUnitTargets(db: DbOrTrx, year: number) {
  return db
    .selectFrom('unit_targets')
    .select(['jurisdiction_id as unit_id', 'metric', sql<number>`target::float8`.as('target')])
    .where('year', '=', year)
    .orderBy('jurisdiction_id')
    .orderBy('metric')
    .execute()
}

/** Sets or removes each listed unit target of the year; the caller's transaction makes it all or nothing. */
export async function saveUnitTargets(
  trx: DbOrTrx,
  year: number,
  changes: readonly { unit_id: number; metric: UnitMetric; target: number | null }[],
) {
  for (const { unit_id, metric, target } of changes) {
    if (target === null)
      await trx
        .deleteFrom('unit_targets')
        .where('jurisdiction_id', '=', unit_id)
        .where('year', '=', year)
        .where('metric', '=', metric)
        .execute()
    else
      await trx
        .insertInto('unit_targets')
        .values({ jurisdiction_id: unit_id, year, metric, target })
        .onConflict((oc) => oc.columns(['jurisdiction_id', 'year', 'metric']).doUpdateSet({ target }))
        .execute()
  }
}
