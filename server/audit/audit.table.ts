import type { ColumnType, Generated } from 'kysely'
import type { Timestamp } from '../db/columns.js'

export type AuditAction = 'create' | 'update' | 'delete'

type Json = ColumnType<unknown, string | null, string | null>

export interface AuditLogTable {
  id: Generated<number>
  at: Timestamp
  user_id: number | null
  user_name: string
  action: AuditAction
  entity: string
  entity_id: string
  before: Json
  after: Json
}
