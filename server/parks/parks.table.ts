import type { ColumnType, Generated } from 'kysely'
import type { GeometryColumn, Timestamp, Version } from '../db/columns.js'

export type ParkLevel = 'national' | 'provincial' | 'municipal' | 'county'

export interface ParksTable {
  id: Generated<number>
  code: string
  name: string
  name_en: string
  region_id: number
  level: ParkLevel
  industries: ColumnType<string[], string[] | undefined, string[]>
  positioning: Generated<string>
  positioning_en: Generated<string>
  contact: string | null
  published: Generated<boolean>
  geom: GeometryColumn
  version: Version
  created_at: Timestamp
  updated_at: Timestamp
}
