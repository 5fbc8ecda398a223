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

/** A named column mapping for the files of one source; the dialog offers the one used last. */
export interface ImportProfilesTable {
  id: Generated<number>
  name: string
  fields: ColumnType<Record<string, string>, string, string>
  area_unit: 'mu' | 'm2' | 'ha' | null
  updated_by: string
  updated_at: Timestamp
  last_used_at: ColumnType<Date | null, string | null | undefined, string | null>
}
