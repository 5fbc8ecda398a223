import { once } from 'node:events'
import { createReadStream, createWriteStream, existsSync, renameSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { finished } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'
import type { DatabaseKind, Db, DbOrTrx } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { appliedMigrations, listBackupTables, readRows, type TableShape, tableChecksum } from './backup.repo.js'
import { loadRows } from './restore-rows.js'
import { RowDigest } from './row-digest.js'

export const BACKUP_FORMAT = 'invest-atlas-backup'
const PAGE = 1000

export interface TableSummary {
  name: string
  columns: string[]
  rows: number
  md5: string
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  version: 1
  createdAt: string
  database: DatabaseKind
  migrations: string[]
  tables: TableSummary[]
}

/**
 * One gzipped JSON-lines file: a header with every table's row count and checksum, then one line per row.
 * The same format for PGlite and PostgreSQL, so a backup of either restores into either.
 */
export async function writeBackup(db: Db, kind: DatabaseKind, file: string): Promise<BackupHeader> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const tables = await listBackupTables(trx)
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        database: kind,
        migrations: await appliedMigrations(trx),
        tables: await summarise(trx, tables),
      }
      const partial = `${file}.partial`
      const gzip = createGzip()
      const done = finished(gzip.pipe(createWriteStream(partial)))
      const write = async (value: unknown) => {
        if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain')
      }
      await write(header)
      for (const table of tables) await writeTableRows(trx, table, write)
      gzip.end()
      await done
      // Renamed only when complete: a crash never leaves a truncated file under the real name.
      renameSync(partial, file)
      return header
    })
}

async function summarise(db: DbOrTrx, tables: readonly TableShape[]): Promise<TableSummary[]> {
  const summaries: TableSummary[] = []
  for (const table of tables)
    summaries.push({ name: table.name, columns: table.columns, ...(await tableChecksum(db, table)) })
  return summaries
}

/** A table's rows in key order, a page at a time: what a backup writes and what a restore reads back to check. */
async function* tableRows(db: DbOrTrx, table: TableShape): AsyncGenerator<Record<string, unknown>> {
  let after: unknown
  for (;;) {
    const rows = await readRows(db, table, after, PAGE)
    yield* rows
    if (rows.length < PAGE) return
    after = rows[rows.length - 1]![table.primaryKey]
  }
}

async function writeTableRows(db: DbOrTrx, table: TableShape, write: (value: unknown) => Promise<void>) {
  for await (const row of tableRows(db, table)) await write({ t: table.name, r: row })
}

export interface RestoreReport {
  header: BackupHeader
  /** `equal`: the source's own checksum matches (same engine and schema); `values equal`: every value was stored as read. */
  tables: { name: string; rows: number; checksum: 'equal' | 'values equal' }[]
}

/** Replaces every table's content with the backup's, in one transaction, and verifies counts and checksums. */
export async function restoreBackup(
  db: Db,
  kind: DatabaseKind,
  file: string,
  knownMigrations: readonly string[],
): Promise<RestoreReport> {
  if (!existsSync(file)) throw new Error(`No backup file ${file}`)
  const gunzip = createGunzip()
  createReadStream(file)
    .on('error', (error) => gunzip.destroy(error))
    .pipe(gunzip)
  const lines = createInterface({ input: gunzip, crlfDelay: Infinity })[Symbol.asyncIterator]()
  const header = parseHeader((await lines.next()).value, knownMigrations)
  await migrateToLatest(db)
  return db.transaction().execute(async (trx) => {
    const tables = await listBackupTables(trx)
    const read = await loadRows(trx, tables, header, lines)
    const sameSchema = header.migrations.join() === (await appliedMigrations(trx)).join()
    const report: RestoreReport = { header, tables: [] }
    for (const expected of header.tables) {
      const table = tables.find((t) => t.name === expected.name)!
      const actual = await tableChecksum(trx, table)
      if (actual.rows !== expected.rows)
        throw new Error(`Restore check failed: ${expected.name} has ${actual.rows} rows, the backup ${expected.rows}`)
      // Every restore, on either engine: the database holds every value the file has (nothing rounded, cut or lost).
      const digest = read.get(expected.name)
      if (digest && (await storedDigest(trx, table, digest.columns)) !== digest.digest()) {
        throw new Error(
          `Restore check failed: ${expected.name} differs from the backup (a value was not stored as the file has it)`,
        )
      }
      // Same engine and schema: also the very checksum the source database computed when the backup was made.
      const sameEngine = sameSchema && header.database === kind
      if (sameEngine && actual.md5 !== expected.md5)
        throw new Error(`Restore check failed: ${expected.name} differs from the backup (checksum)`)
      report.tables.push({ name: expected.name, rows: actual.rows, checksum: sameEngine ? 'equal' : 'values equal' })
    }
    return report
  })
}

/** The restored table's rows, read back as the backup reads them, through the same digest. */
async function storedDigest(db: DbOrTrx, table: TableShape, columns: readonly string[]): Promise<string> {
  const digest = new RowDigest(columns)
  for await (const row of tableRows(db, table)) digest.add(row)
  return digest.digest()
}

function parseHeader(line: string | undefined, knownMigrations: readonly string[]): BackupHeader {
  let header: BackupHeader
  try {
    header = JSON.parse(line ?? '') as BackupHeader
  } catch {
    throw new Error('Not an Invest Atlas backup: the first line is not a JSON header')
  }
  if (header.format !== BACKUP_FORMAT || header.version !== 1)
    throw new Error('Not an Invest Atlas backup (format/version)')
  const unknown = header.migrations.filter((m) => !knownMigrations.includes(m))
  if (unknown.length > 0)
    throw new Error(`The backup was made by a newer version (migrations ${unknown.join(', ')}); upgrade first`)
  return header
}
