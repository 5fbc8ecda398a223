import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'

export async function postgisVersion(db: DbOrTrx): Promise<string> {
  const { rows } = await sql<{ version: string }>`SELECT postgis_lib_version() AS version`.execute(db)
  return rows[0]?.version ?? 'unknown'
}
