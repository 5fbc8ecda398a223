import { type Insertable, sql, type Updateable } from 'kysely'
import { snapshotLocker } from '../audit/snapshot.repo.js'
import type { DbOrTrx } from '../db/database.js'
import { featureJson, selectFeatureCollection } from '../db/geojson-sql.js'
import { chunks, pointFromLonLat } from '../db/geometry.js'
import type { ProjectsTable } from './projects.table.js'

export type NewProject = Omit<Insertable<ProjectsTable>, 'geom'> & { lonLat: [number, number] | null }

export async function insertProjects(db: DbOrTrx, projects: readonly NewProject[]): Promise<void> {
  for (const chunk of chunks(projects, 500)) {
    await db
      .insertInto('projects')
      .values(chunk.map(({ lonLat, ...p }) => ({ ...p, geom: pointFromLonLat(lonLat) })))
      .execute()
  }
}

/** Staff only (the route requires `projects: read`): the pipeline as points. */
const projectProperties = {
  id: sql`j.id`,
  code: sql`j.code`,
  name: sql`j.name`,
  investor_name: sql`j.investor_name`,
  investor_origin: sql`j.investor_origin`,
  industry: sql`j.industry`,
  chain_name: sql`c.name`,
  chain_name_en: sql`c.name_en`,
  stage: sql`j.stage`,
  stage_changed_on: sql`j.stage_changed_on`,
  total_investment_wan: sql`j.total_investment_wan::float8`,
  land_need_mu: sql`j.land_need_mu::float8`,
  land_category: sql`j.land_category`,
  park_id: sql`j.park_id`,
  park_name: sql`k.name`,
  park_name_en: sql`k.name_en`,
  parcel_id: sql`j.parcel_id`,
  responsible: sql`j.responsible`,
  notes: sql`j.notes`,
  version: sql`j.version`,
}

function projectFeatures(db: DbOrTrx) {
  return db
    .selectFrom('projects as j')
    .leftJoin('parks as k', 'k.id', 'j.park_id')
    .leftJoin('chains as c', 'c.id', 'j.chain_id')
    .select(featureJson(sql`j.id`, sql`j.geom`, projectProperties).as('feature'))
}

export async function projectsFeatureCollection(db: DbOrTrx): Promise<string> {
  return selectFeatureCollection(db, projectFeatures(db).where('j.geom', 'is not', null).orderBy('j.id'))
}

export async function projectFeature(db: DbOrTrx, id: number) {
  const row = await projectFeatures(db).select('j.version').where('j.id', '=', id).executeTakeFirst()
  return row && { feature: JSON.stringify(row.feature), version: row.version }
}

export const lockProjectSnapshot = snapshotLocker('projects')

export type ProjectChanges = Pick<Updateable<ProjectsTable>, 'stage' | 'responsible' | 'notes' | 'land_need_mu' | 'total_investment_wan'>

export async function updateProject(trx: DbOrTrx, id: number, changes: ProjectChanges) {
  const stageChange = changes.stage ? { stage_changed_on: sql<string>`CASE WHEN stage = ${changes.stage} THEN stage_changed_on ELSE current_date END` } : {}
  await trx
    .updateTable('projects')
    .set({ ...changes, ...stageChange, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute()
}
