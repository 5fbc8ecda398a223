import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'

const known = new WeakMap<DbOrTrx, Promise<string>>()

/**
 * Asked once per database and remembered: a health check answers from memory even while the database is busy
 * (load shedding leaves /api/health out of the queue so probes can see the server alive under load).
 */
export function postgisVersion(db: DbOrTrx): Promise<string> {
  let version = known.get(db)
  if (!version) {
    version = readPostgisVersion(db)
    version.catch(() => known.delete(db))
    known.set(db, version)
  }
  return version
}

async function readPostgisVersion(db: DbOrTrx): Promise<string> {
  const { rows } = await sql<{ version: string }>`SELECT postgis_lib_version() AS version`.execute(db)
  return rows[0]?.version ?? 'unknown'
}
