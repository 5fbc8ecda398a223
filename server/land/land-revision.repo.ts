import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'

/**
 * Bumped by every statement that changes parcels, parks, infrastructure or sensitive zones (a trigger, in the
 * changing transaction): one row read, so caches stay current without recomputing per request.
 */
export async function landRevision(db: DbOrTrx): Promise<string> {
  const { rows } = await sql<{
    revision: string
  }>`SELECT string_agg(name || ':' || revision, '/' ORDER BY name) AS revision FROM atlas_revisions`.execute(db)
  return rows[0]!.revision
}
