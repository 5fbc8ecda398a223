import type { ColumnType, Generated } from 'kysely'
import type { Timestamp } from '../db/columns.js'

export interface ImportBatchesTable {
  id: Generated<number>
  file_name: string
  file_sha256: string
  format: string
  srid: number
  created_by: string
  created_at: Timestamp
  inserted: ColumnType<number, number | undefined, number>
  updated: ColumnType<number, number | undefined, number>
  unchanged: ColumnType<number, number | undefined, number>
  undone_at: ColumnType<string | null, never, string | null>
  undone_by: ColumnType<string | null, never, string | null>
}

/** What one committed import did to one parcel, and the parcel before it (for an update): undo puts it back. */
export interface ImportBatchRowsTable {
  id: Generated<number>
  batch_id: number
  parcel_id: number
  action: 'insert' | 'update'
  before: ColumnType<unknown, string | null, string | null>
}
