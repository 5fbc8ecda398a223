import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'

// Sessions are not data; migrations travel as names in the header; atlas_revisions is cache bookkeeping the triggers keep.
const SKIPPED_TABLES = new Set(['sessions', 'kysely_migration', 'kysely_migration_lock', 'atlas_revisions'])

export interface TableShape {
  name: string
  /** Every column, as `to_jsonb` writes them. */
  columns: string[]
  /** Columns a restore writes: generated columns are computed again. */
  insertable: string[]
  primaryKey: string
  /** Columns referring to the same table: restored in a second pass, after every row exists. */
  selfReferences: string[]
  /** Foreign tables this one refers to: they are restored first. */
  dependsOn: string[]
  /** Written as hex EWKB, exact to the bit (to_jsonb would round them through GeoJSON). */
  geometryColumns: string[]
  /** Columns fed by a sequence: the sequence continues after the restored values. */
  serialColumns: string[]
}

interface CatalogRow {
  table_name: string
  columns: string[]
  insertable: string[]
  primary_key: string[]
  references: string[]
  self_references: string[]
  geometry_columns: string[]
  serial_columns: string[]
}

/** Our tables (schema public, not owned by an extension such as PostGIS), in an order foreign keys allow. */
export async function listBackupTables(db: DbOrTrx): Promise<TableShape[]> {
  const { rows } = await sql<CatalogRow>`
    SELECT c.relname AS table_name,
      array(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS columns,
      array(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum) AS insertable,
      array(SELECT a.attname::text FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
            WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key,
      array(SELECT DISTINCT f.confrelid::regclass::text FROM pg_constraint f WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid) AS references,
      array(SELECT a.attname::text FROM pg_constraint f JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (f.conkey)
            WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid = c.oid) AS self_references,
      array(SELECT a.attname::text FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid
            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND ty.typname = 'geometry' ORDER BY a.attnum) AS geometry_columns,
      array(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL ORDER BY a.attnum) AS serial_columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
    ORDER BY c.relname`.execute(db)
  const shapes = rows
    .filter((row) => !SKIPPED_TABLES.has(row.table_name))
    .map((row): TableShape => {
      if (row.primary_key.length !== 1)
        throw new Error(`Table ${row.table_name} needs a one-column primary key to be backed up`)
      return {
        name: row.table_name,
        columns: row.columns,
        insertable: row.insertable,
        primaryKey: row.primary_key[0]!,
        selfReferences: row.self_references,
        dependsOn: row.references,
        geometryColumns: row.geometry_columns,
        serialColumns: row.serial_columns,
      }
    })
  return orderByDependencies(shapes)
}

function orderByDependencies(tables: TableShape[]): TableShape[] {
  const ordered: TableShape[] = []
  const placed = new Set<string>()
  const known = new Set(tables.map((t) => t.name))
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t.name) && t.dependsOn.every((d) => placed.has(d) || !known.has(d)))
    if (ready.length === 0) throw new Error('Foreign keys form a cycle between tables; cannot order the backup')
    for (const table of ready) {
      ordered.push(table)
      placed.add(table.name)
    }
  }
  return ordered
}

function rowJson(table: TableShape) {
  if (table.geometryColumns.length === 0) return sql`to_jsonb(t)`
  const pairs = table.geometryColumns.map((c) => sql`${c}::text, t.${sql.id(c)}::text`)
  return sql`to_jsonb(t) || jsonb_build_object(${sql.join(pairs)})`
}

/** One page of rows as JSON objects, by primary key after `after` (keyset paging within one snapshot). */
export async function readRows(
  db: DbOrTrx,
  table: TableShape,
  after: unknown,
  limit: number,
): Promise<Record<string, unknown>[]> {
  const key = sql.ref(`t.${table.primaryKey}`)
  const { rows } = await sql<{ row: Record<string, unknown> }>`
    SELECT ${rowJson(table)} AS row FROM ${sql.table(table.name)} t
    WHERE ${after === undefined ? sql`true` : sql`${key} > ${after}`}
    ORDER BY ${key} LIMIT ${limit}`.execute(db)
  return rows.map((r) => r.row)
}

/** Row count and an md5 over every row's JSON in key order: equal before backup and after restore. */
export async function tableChecksum(db: DbOrTrx, table: TableShape): Promise<{ rows: number; md5: string }> {
  const key = sql.ref(`t.${table.primaryKey}`)
  const { rows } = await sql<{ rows: number; md5: string | null }>`
    SELECT count(*)::int AS rows, md5(string_agg((${rowJson(table)})::text, E'\n' ORDER BY ${key})) AS md5
    FROM ${sql.table(table.name)} t`.execute(db)
  return { rows: rows[0]!.rows, md5: rows[0]!.md5 ?? md5OfNothing }
}

const md5OfNothing = 'd41d8cd98f00b204e9800998ecf8427e'

export async function emptyTables(trx: DbOrTrx, tables: readonly TableShape[]) {
  if (tables.length === 0) return
  await sql`TRUNCATE ${sql.join(tables.map((t) => sql.table(t.name)))}, sessions RESTART IDENTITY CASCADE`.execute(trx)
}

/** Inserts rows given as JSON; the column list comes from the catalog, so a backup file cannot name others. */
export async function insertRows(
  trx: DbOrTrx,
  table: TableShape,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
) {
  if (rows.length === 0) return
  const list = sql.join(columns.map((c) => sql.id(c)))
  await sql`
    INSERT INTO ${sql.table(table.name)} (${list}) OVERRIDING SYSTEM VALUE
    SELECT ${list} FROM jsonb_populate_recordset(NULL::${sql.table(table.name)}, ${JSON.stringify(rows)}::jsonb)`.execute(
    trx,
  )
}

/** Second pass for self-references (a segment's parent): every row exists now, so any order is valid. */
export async function restoreSelfReferences(trx: DbOrTrx, table: TableShape, rows: readonly Record<string, unknown>[]) {
  if (table.selfReferences.length === 0 || rows.length === 0) return
  const assignments = sql.join(table.selfReferences.map((c) => sql`${sql.id(c)} = r.${sql.id(c)}`))
  await sql`
    UPDATE ${sql.table(table.name)} t SET ${assignments}
    FROM jsonb_populate_recordset(NULL::${sql.table(table.name)}, ${JSON.stringify(rows)}::jsonb) r
    WHERE t.${sql.id(table.primaryKey)} = r.${sql.id(table.primaryKey)}`.execute(trx)
}

/** Serial counters continue after the restored ids. */
export async function resetSequences(trx: DbOrTrx, table: TableShape) {
  for (const column of table.serialColumns) {
    const max = sql`(SELECT max(${sql.id(column)}) FROM ${sql.table(table.name)})`
    await sql`SELECT setval(pg_get_serial_sequence(${table.name}, ${column}), coalesce(${max}, 1), ${max} IS NOT NULL)`.execute(
      trx,
    )
  }
}

export async function appliedMigrations(db: DbOrTrx): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db)
  return rows.map((r) => r.name)
}
