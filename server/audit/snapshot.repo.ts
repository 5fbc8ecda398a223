import { type RawBuilder, sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'

/** Tables whose rows are snapshotted whole (geometry as GeoJSON) for the audit trail. */
type SnapshotTable =
  | 'parcels'
  | 'projects'
  | 'chains'
  | 'chain_segments'
  | 'enterprises'
  | 'leads'
  | 'stories'
  | 'buildings'
  | 'building_units'

export type Snapshot = { version: number } & Record<string, unknown>

const withGeometry = new Set<SnapshotTable>(['parcels', 'projects', 'enterprises', 'buildings'])

/**
 * The one shape of an audit snapshot: the whole row as JSON, its outline a GeoJSON object under `geom`. `alias` names
 * the row in the statement and is a constant of the caller, never a request's.
 */
export function rowSnapshot(table: SnapshotTable, alias: 't' | 'p'): RawBuilder<Snapshot> {
  const row = sql.table(alias)
  return withGeometry.has(table)
    ? sql<Snapshot>`to_jsonb(${row}) - 'geom' || jsonb_build_object('geom', ST_AsGeoJSON(${row}.geom, 7)::jsonb)`
    : sql<Snapshot>`to_jsonb(${row})`
}

/** Reads a record as it stands and locks it for this transaction: the before and after of an audit entry. */
export function snapshotLocker(table: SnapshotTable) {
  const snapshot = rowSnapshot(table, 't')
  return async (trx: DbOrTrx, id: number): Promise<Snapshot | undefined> => {
    const { rows } = await sql<{ snapshot: Snapshot }>`
      SELECT ${snapshot} AS snapshot FROM ${sql.table(table)} t WHERE t.id = ${id} FOR UPDATE`.execute(trx)
    return rows[0]?.snapshot
  }
}
