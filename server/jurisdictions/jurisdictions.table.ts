import type { ColumnType, Generated } from 'kysely'
import type { NullableGeometryColumn, Timestamp, Version } from '../db/columns.js'

/** The levels the documents rank at, from the top: a department has no territory and belongs to a district. */
export const jurisdictionLevels = ['city', 'district', 'town', 'platform', 'department'] as const
export type JurisdictionLevel = (typeof jurisdictionLevels)[number]

/** Levels a project can be first reported by or land in (首谈单位, 落地单位): below the district. */
export const unitLevels = ['town', 'platform', 'department'] as const satisfies readonly JurisdictionLevel[]

export interface JurisdictionsTable {
  id: Generated<number>
  code: string
  name: string
  name_en: string
  level: JurisdictionLevel
  parent_id: number | null
  /** A district is this region; its outline is the region's. */
  region_id: number | null
  /** A platform may be this park; its outline is the park's. */
  park_id: number | null
  /** The outline was drawn for the demonstration, not surveyed. */
  demonstration: ColumnType<boolean, boolean | undefined, boolean>
  geom: NullableGeometryColumn
  version: Version
  created_at: Timestamp
  updated_at: Timestamp
}
