import type { DbOrTrx } from '../db/database.js'
import type { BackupHeader } from './backup.js'
import { emptyTables, insertRows, resetSequences, restoreSelfReferences, type TableShape } from './backup.repo.js'
import { RowDigest } from './row-digest.js'

const BATCH = 500

interface Pending {
  table: TableShape
  columns: string[]
  rows: Record<string, unknown>[]
  selfReferencing: Record<string, unknown>[]
  /** The rows as the file has them, in key order, over the columns both the backup and this schema know. */
  digest: RowDigest
}

/**
 * Empties the tables, then streams the backup's rows into them in batches; self-references go in last.
 * Returns, per table, a digest of the rows as read from the file, to check what the database then holds.
 */
export async function loadRows(
  trx: DbOrTrx,
  tables: readonly TableShape[],
  header: BackupHeader,
  lines: AsyncIterator<string>,
): Promise<Map<string, RowDigest>> {
  const byName = new Map(tables.map((t) => [t.name, t]))
  const missing = header.tables.filter((t) => !byName.has(t.name)).map((t) => t.name)
  if (missing.length > 0) throw new Error(`This database has no table ${missing.join(', ')}`)
  await emptyTables(trx, tables)
  // The file lists tables in foreign-key order: a table's rows are all written before the next table starts.
  const done: Pending[] = []
  let current: Pending | undefined
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    if (!next.value) continue
    const { t, r } = JSON.parse(next.value) as { t: string; r: Record<string, unknown> }
    if (current?.table.name !== t) {
      if (current) done.push(await flush(trx, current))
      if (done.some((d) => d.table.name === t))
        throw new Error(`The backup's rows for ${t} are not together; the file is damaged`)
      current = startBatch(byName, header, t)
    }
    current.rows.push(r)
    current.digest.add(r)
    if (current.table.selfReferences.some((c) => r[c] !== null && r[c] !== undefined)) current.selfReferencing.push(r)
    if (current.rows.length >= BATCH) await flush(trx, current)
  }
  if (current) done.push(await flush(trx, current))
  for (const batch of done) await restoreSelfReferences(trx, batch.table, batch.selfReferencing)
  for (const table of tables) await resetSequences(trx, table)
  return new Map(done.map((d) => [d.table.name, d.digest]))
}

function startBatch(byName: Map<string, TableShape>, header: BackupHeader, name: string): Pending {
  const table = byName.get(name)
  const saved = header.tables.find((t) => t.name === name)
  if (!table || !saved) throw new Error(`The backup has rows for an unknown table ${name}`)
  // Only columns both the backup and this schema know; new columns take their defaults.
  const columns = table.insertable.filter((c) => saved.columns.includes(c) && !table.selfReferences.includes(c))
  const compared = table.columns.filter((c) => saved.columns.includes(c))
  return { table, columns, rows: [], selfReferencing: [], digest: new RowDigest(compared) }
}

async function flush(trx: DbOrTrx, batch: Pending): Promise<Pending> {
  await insertRows(trx, batch.table, batch.columns, batch.rows)
  batch.rows = []
  return batch
}
