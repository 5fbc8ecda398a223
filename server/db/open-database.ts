import { mkdirSync } from 'node:fs'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Config } from '../config.js'
import type { Database, DatabaseKind } from './database.js'
import { keepDateAsText } from './pglite-factory.js'
import { lockDataDirectory } from './pglite-lock.js'
import type { OpenRequest } from './pglite-worker/protocol.js'
import { PgliteThread, PgliteThreadPool } from './pglite-worker/worker-database.js'

export interface OpenDatabase {
  db: Kysely<Database>
  kind: DatabaseKind
  close: () => Promise<void>
  /** PGlite only: the whole data directory as a tar, to start other databases from (test templates). */
  dump?: () => Promise<Uint8Array>
}

const DATE_OID = 1082
const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000

export interface OpenOptions {
  /** PostgreSQL cancels any statement running longer; PGlite (single-threaded WASM) has no way to interrupt one. */
  statementTimeoutMs?: number
}

export async function openDatabase(database: Config['database'], options: OpenOptions = {}): Promise<OpenDatabase> {
  if (database.kind === 'postgres') return openPostgres(database.url, options)
  mkdirSync(database.dir, { recursive: true })
  const release = lockDataDirectory(database.dir)
  try {
    const opened = await openPgliteThread({ dataDir: database.dir })
    return { ...opened, close: () => opened.close().finally(release) }
  } catch (error) {
    release()
    throw error
  }
}

/**
 * Embedded PostgreSQL (PGlite + PostGIS) in a thread of its own, driven by Kysely's PostgreSQL driver: on disk, in
 * memory, or from a dumped template. The server's thread never runs a statement, so it keeps answering meanwhile.
 */
export async function openPgliteThread(request: OpenRequest = {}): Promise<OpenDatabase> {
  const thread = new PgliteThread(request)
  try {
    await thread.ready
  } catch (error) {
    await thread.close()
    throw error
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new PgliteThreadPool(thread) }) })
  return { db, kind: 'pglite', close: () => db.destroy(), dump: () => thread.dump() }
}

export function openPostgres(url: string, options: OpenOptions = {}): OpenDatabase {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === DATE_OID ? keepDateAsText : pg.types.getTypeParser(oid, format),
  }
  // JIT off: LLVM compiled the import's dry run for 7 s a statement once its estimated cost crossed jit_above_cost
  // (400 outlines: 0.6 s → 7.6 s); our statements are short, and compiling them never paid for itself.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types,
    statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    options: '-c jit=off',
  })
  // An idle connection the server drops (a restart, a DBA's kill) must not crash the process: the pool replaces it.
  pool.on('error', (error) => console.warn(`[db] idle connection lost: ${error.message}`))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { db, kind: 'postgres', close: () => db.destroy() }
}
