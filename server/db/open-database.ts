import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Config } from '../config.js'
import type { Database, DatabaseKind } from './database.js'

export interface OpenDatabase {
  db: Kysely<Database>
  kind: DatabaseKind
  close: () => Promise<void>
}

const DATE_OID = 1082
// Dates stay 'YYYY-MM-DD' strings on both drivers, so no time zone can shift a day.
const keepDateAsText = (value: string) => value

export async function openDatabase(database: Config['database']): Promise<OpenDatabase> {
  if (database.kind === 'postgres') return openPostgres(database.url)
  mkdirSync(database.dir, { recursive: true })
  return wrapPglite(await createPglite({ dataDir: database.dir }))
}

export function createPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions: { postgis }, parsers: { [DATE_OID]: keepDateAsText } })
}

export function wrapPglite(pglite: PGlite): OpenDatabase {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) })
  // Kysely's destroy() closes the PGlite instance it was given.
  return { db, kind: 'pglite', close: () => db.destroy() }
}

export function openPostgres(url: string): OpenDatabase {
  const types = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === DATE_OID ? keepDateAsText : pg.types.getTypeParser(oid, format)) }
  const pool = new pg.Pool({ connectionString: url, max: 10, types })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { db, kind: 'postgres', close: () => db.destroy() }
}
