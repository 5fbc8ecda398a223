import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'

export interface ProjectSite {
  id: number
  parcel_ids: number[]
  parcel_codes: string[]
  total_mu: number
  score: number | null
  note: string
  created_by: string
  created_at: string
}

/** The project's shortlisted sites with their parcels' codes, newest first. */
export async function listProjectSites(db: DbOrTrx, projectId: number): Promise<ProjectSite[]> {
  const { rows } = await sql<ProjectSite>`
    SELECT s.id, s.parcel_ids, s.total_mu, s.score, s.note, s.created_by, to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
      (SELECT coalesce(array_agg(p.code ORDER BY p.code), '{}') FROM parcels p WHERE p.id = ANY(s.parcel_ids)) AS parcel_codes
    FROM project_sites s WHERE s.project_id = ${projectId} ORDER BY s.id DESC`.execute(db)
  return rows
}

/** Sum of the parcels' areas on the ellipsoid, and how many of the ids exist. */
export async function parcelsArea(
  db: DbOrTrx,
  parcelIds: readonly number[],
): Promise<{ found: number; totalMu: number }> {
  const row = await db
    .selectFrom('parcels')
    .select((eb) => [
      eb.fn.countAll<number>().as('found'),
      eb.fn.coalesce(eb.fn.sum<number>('area_mu'), sql<number>`0`).as('totalMu'),
    ])
    .where('id', 'in', [...parcelIds])
    .executeTakeFirstOrThrow()
  return { found: Number(row.found), totalMu: Number(row.totalMu) }
}

export async function insertProjectSite(
  db: DbOrTrx,
  site: {
    projectId: number
    parcelIds: number[]
    totalMu: number
    score: number | null
    profile: unknown
    note: string
    createdBy: string
  },
) {
  const row = await db
    .insertInto('project_sites')
    .values({
      project_id: site.projectId,
      parcel_ids: site.parcelIds,
      total_mu: site.totalMu,
      score: site.score,
      profile: JSON.stringify(site.profile ?? {}),
      note: site.note,
      created_by: site.createdBy,
    })
    .onConflict((oc) => oc.columns(['project_id', 'parcel_ids']).doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id ?? null
}

export async function deleteProjectSite(db: DbOrTrx, projectId: number, siteId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('project_sites')
    .where('id', '=', siteId)
    .where('project_id', '=', projectId)
    .executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}
