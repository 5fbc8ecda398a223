import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Config } from '../config.js'
import type { Database, DatabaseKind } from './database.js'
import { lockDataDirectory } from './pglite-lock.js'

export interface OpenDatabase {
  db: Kysely<Database>
  kind: DatabaseKind
  close: () => Promise<void>
}

const DATE_OID = 1082
const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000
// Dates stay 'YYYY-MM-DD' strings on both drivers, so no time zone can shift a day.
const keepDateAsText = (value: string) => value

export interface OpenOptions {
  /** PostgreSQL cancels any statement running longer; PGlite (single-threaded WASM) has no way to interrupt one. */
  statementTimeoutMs?: number
}

export async function openDatabase(database: Config['database'], options: OpenOptions = {}): Promise<OpenDatabase> {
  if (database.kind === 'postgres') return openPostgres(database.url, options)
  mkdirSync(database.dir, { recursive: true })
  const release = lockDataDirectory(database.dir)
  try {
    const opened = wrapPglite(await createPglite({ dataDir: database.dir }))
    return { ...opened, close: () => opened.close().finally(release) }
  } catch (error) {
    release()
    throw error
  }
}

export function createPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions: { postgis }, parsers: { [DATE_OID]: keepDateAsText } })
}

export function wrapPglite(pglite: PGlite): OpenDatabase {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) })
  // Kysely's destroy() closes the PGlite instance it was given.
  return { db, kind: 'pglite', close: () => db.destroy() }
}

export function openPostgres(url: string, options: OpenOptions = {}): OpenDatabase {
  const types = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === DATE_OID ? keepDateAsText : pg.types.getTypeParser(oid, format)) }
  const pool = new pg.Pool({ connectionString: url, max: 10, types, statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS })
  // An idle connection the server drops (a restart, a DBA's kill) must not crash the process: the pool replaces it.
  pool.on('error', (error) => console.warn(`[db] idle connection lost: ${error.message}`))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { db, kind: 'postgres', close: () => db.destroy() }
}
