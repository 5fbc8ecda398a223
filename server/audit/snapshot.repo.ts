import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'

/** Tables whose rows are snapshotted whole (geometry as GeoJSON) for the audit trail. */
type SnapshotTable = 'parcels' | 'projects' | 'chains' | 'chain_segments' | 'enterprises'

export type Snapshot = { version: number } & Record<string, unknown>

/** Reads a record as it stands and locks it for this transaction: the before and after of an audit entry. */
const withGeometry = new Set<SnapshotTable>(['parcels', 'projects', 'enterprises'])

export function snapshotLocker(table: SnapshotTable) {
  const snapshot = withGeometry.has(table)
    ? sql`to_jsonb(t) - 'geom' || jsonb_build_object('geom', ST_AsGeoJSON(t.geom, 7)::jsonb)`
    : sql`to_jsonb(t)`
  return async (trx: DbOrTrx, id: number): Promise<Snapshot | undefined> => {
    const { rows } = await sql<{ snapshot: Snapshot }>`
      SELECT ${snapshot} AS snapshot FROM ${sql.table(table)} t WHERE t.id = ${id} FOR UPDATE`.execute(trx)
    return rows[0]?.snapshot
  }
}
