import type { ColumnType, Generated } from 'kysely'
import type { Timestamp, Version } from '../db/columns.js'
import type { Role } from './policy.js'

export interface UsersTable {
  id: Generated<number>
  name: string
  display_name: Generated<string>
  role: Role
  password_hash: string
  disabled: Generated<boolean>
  version: Version
  created_at: Timestamp
  updated_at: Timestamp
}

export interface SessionsTable {
  token_hash: string
  user_id: number
  csrf_token: string
  created_at: Timestamp
  expires_at: ColumnType<Date, Date, Date>
}
