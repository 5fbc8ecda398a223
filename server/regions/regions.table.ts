import type { Generated } from 'kysely'
import type { GeometryColumn, NullableGeometryColumn, Timestamp, Version } from '../db/columns.js'

export type RegionLevel = 'city' | 'district' | 'county' | 'county_city'

export interface RegionsTable {
  id: Generated<number>
  code: string
  name: string
  name_en: string
  city: string
  level: RegionLevel
  label_point: NullableGeometryColumn
  geom: GeometryColumn
  version: Version
  created_at: Timestamp
  updated_at: Timestamp
}
