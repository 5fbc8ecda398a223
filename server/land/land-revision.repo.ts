import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'

/** Tables whose every change a trigger counts in atlas_revisions (in the changing transaction). */
export type RevisedTable =
  | 'parcels'
  | 'parks'
  | 'infrastructure'
  | 'sensitive_zones'
  | 'enterprises'
  | 'projects'
  | 'context_features'

/** What land answers (blocks, distances, 智寻址, parcel tiles) are computed from. */
export const LAND_TABLES: readonly RevisedTable[] = ['parcels', 'parks', 'infrastructure', 'sensitive_zones']

/** The revisions of these tables as one text: one small read, so caches stay current without recomputing. */
export async function tableRevision(db: DbOrTrx, tables: readonly RevisedTable[]): Promise<string> {
  const { rows } = await sql<{ revision: string | null }>`
    SELECT string_agg(name || ':' || revision, '/' ORDER BY name) AS revision FROM atlas_revisions
    WHERE name = ANY(${[...tables]}::text[])`.execute(db)
  return rows[0]?.revision ?? ''
}

/** Bumped by every statement that changes parcels, parks, infrastructure or sensitive zones. */
export const landRevision = (db: DbOrTrx): Promise<string> => tableRevision(db, LAND_TABLES)
