import { type Insertable, sql, type Updateable } from 'kysely'
import { snapshotLocker } from '../audit/snapshot.repo.js'
import type { DbOrTrx } from '../db/database.js'
import { chunks, pointFromLonLat } from '../db/geometry.js'
import type { ProjectStage, ProjectsTable } from './projects.table.js'

export type NewProject = Omit<Insertable<ProjectsTable>, 'geom'> & { lonLat: [number, number] | null }

export async function insertProjects(db: DbOrTrx, projects: readonly NewProject[]): Promise<number[]> {
  const ids: number[] = []
  for (const chunk of chunks(projects, 500)) {
    const rows = await db
      .insertInto('projects')
      .values(chunk.map(({ lonLat, ...p }) => ({ ...p, geom: pointFromLonLat(lonLat) })))
      .returning('id')
      .execute()
    ids.push(...rows.map((r) => r.id))
  }
  return ids
}

/** The names of what the project refers to by id: its chain and segment, park, parcel and regions. */
const nameColumns = [
  'c.name as chain_name',
  'c.name_en as chain_name_en',
  's.name as segment_name',
  's.name_en as segment_name_en',
  'k.name as park_name',
  'k.name_en as park_name_en',
  'p.code as parcel_code',
  'fr.name as first_report_region_name',
  'fr.name_en as first_report_region_name_en',
  'lr.name as landing_region_name',
  'lr.name_en as landing_region_name_en',
] as const

/** The project's units (jurisdictions) with their names: who first talked to it, where it lands, who answers for it. */
const unitColumns = [
  'j.first_report_unit_id',
  'fu.name as first_report_unit_name',
  'fu.name_en as first_report_unit_name_en',
  'j.landing_unit_id',
  'lu.name as landing_unit_name',
  'lu.name_en as landing_unit_name_en',
  'j.responsible_department_id',
  'du.name as responsible_department_name',
  'du.name_en as responsible_department_name_en',
] as const

/** Staff only (every route here requires `projects: read`): one project's figures, names and point. */
function projectRows(db: DbOrTrx) {
  return db
    .selectFrom('projects as j')
    .leftJoin('parks as k', 'k.id', 'j.park_id')
    .leftJoin('chains as c', 'c.id', 'j.chain_id')
    .leftJoin('chain_segments as s', 's.id', 'j.segment_id')
    .leftJoin('regions as fr', 'fr.id', 'j.first_report_region_id')
    .leftJoin('regions as lr', 'lr.id', 'j.landing_region_id')
    .leftJoin('parcels as p', 'p.id', 'j.parcel_id')
    .leftJoin('jurisdictions as fu', 'fu.id', 'j.first_report_unit_id')
    .leftJoin('jurisdictions as lu', 'lu.id', 'j.landing_unit_id')
    .leftJoin('jurisdictions as du', 'du.id', 'j.responsible_department_id')
    .select([
      'j.id',
      'j.code',
      'j.name',
      'j.investor_name',
      'j.investor_origin',
      'j.investor_flags',
      'j.industry',
      'j.stage',
      'j.stage_changed_on',
      'j.signed_on',
      'j.land_rights_on',
      'j.first_reported_on',
      'j.planned_signing_on',
      'j.land_category',
      'j.special_support',
      'j.landmark',
      'j.park_id',
      'j.parcel_id',
      'j.wants_whole_block',
      'j.responsible',
      'j.notes',
      'j.version',
      'j.landing_town',
      'j.first_report_region_id',
      'j.landing_region_id',
      ...unitColumns,
      'j.investor_credit_code',
      'j.pre_reported_on',
      ...nameColumns,
      sql<number | null>`j.total_investment_wan::float8`.as('total_investment_wan'),
      sql<number | null>`j.foreign_capital_wan_usd::float8`.as('foreign_capital_wan_usd'),
      sql<number | null>`j.land_need_mu::float8`.as('land_need_mu'),
      sql<string | null>`ST_AsGeoJSON(j.geom, 7)`.as('geometry'),
    ])
}

export type ProjectRow = Awaited<ReturnType<ReturnType<typeof projectRows>['executeTakeFirstOrThrow']>>

export async function listProjectRows(db: DbOrTrx, stages?: readonly ProjectStage[]): Promise<ProjectRow[]> {
  let query = projectRows(db)
  if (stages) query = query.where('j.stage', 'in', stages)
  return query.orderBy('j.id').execute()
}

export async function findProjectRow(db: DbOrTrx, id: number): Promise<ProjectRow | undefined> {
  return projectRows(db).where('j.id', '=', id).executeTakeFirst()
}

export const lockProjectSnapshot = snapshotLocker('projects')

export type ProjectChanges = Pick<
  Updateable<ProjectsTable>,
  | 'responsible'
  | 'notes'
  | 'land_need_mu'
  | 'land_category'
  | 'total_investment_wan'
  | 'foreign_capital_wan_usd'
  | 'special_support'
  | 'landmark'
  | 'first_reported_on'
  | 'planned_signing_on'
  | 'parcel_id'
  | 'wants_whole_block'
  | 'landing_town'
  | 'first_report_unit_id'
  | 'landing_unit_id'
  | 'responsible_department_id'
  | 'investor_credit_code'
  | 'pre_reported_on'
>

export async function updateProject(trx: DbOrTrx, id: number, changes: ProjectChanges) {
  await trx
    .updateTable('projects')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute()
}

export interface ProjectUnits {
  code: string
  first_report_unit_id: number | null
  landing_unit_id: number | null
  responsible_department_id: number | null
}

/** Sets the units of projects named by code, one statement for them all. */
export async function setProjectUnits(db: DbOrTrx, rows: readonly ProjectUnits[]) {
  if (rows.length === 0) return
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.code}, ${r.first_report_unit_id}::integer, ${r.landing_unit_id}::integer, ${r.responsible_department_id}::integer)`,
    ),
  )
  await sql`
    UPDATE projects p SET
      first_report_unit_id = v.first_report_unit_id,
      landing_unit_id = v.landing_unit_id,
      responsible_department_id = v.responsible_department_id
    FROM (VALUES ${values}) AS v (code, first_report_unit_id, landing_unit_id, responsible_department_id)
    WHERE p.code = v.code`.execute(db)
}

/** What the first-report registry compares, for every project (the pipeline is hundreds, not millions). */
export async function listReportFacts(db: DbOrTrx) {
  return db
    .selectFrom('projects')
    .select([
      'id',
      'code',
      'investor_name',
      'investor_credit_code',
      'first_report_unit_id',
      'first_reported_on',
      'pre_reported_on',
      'signed_on',
      'landmark',
      sql<number | null>`total_investment_wan::float8`.as('total_investment_wan'),
      sql<number | null>`foreign_capital_wan_usd::float8`.as('foreign_capital_wan_usd'),
    ])
    .orderBy('id')
    .execute()
}
