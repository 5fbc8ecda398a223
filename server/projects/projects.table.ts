import type { ColumnType, Generated } from 'kysely'
import type { NullableGeometryColumn, Numeric, Timestamp, Version } from '../db/columns.js'

export const projectStages = [
  'lead', 'assessed', 'negotiating', 'signed', 'land_supplied', 'construction', 'production', 'full_capacity', 'dropped', 'transferred',
] as const
export type ProjectStage = (typeof projectStages)[number]

export const landCategories = ['none', 'industrial', 'tourism', 'health', 'services', 'agriculture', 'commerce'] as const
export type LandCategory = (typeof landCategories)[number]

type DateColumn = ColumnType<string, string | undefined, string>

/** Confidential: never served to the public (see the access-control issue). */
export interface ProjectsTable {
  id: Generated<number>
  code: string
  name: string
  investor_name: string
  investor_origin: string | null
  investor_flags: string[]
  industry: string | null
  chain_id: number | null
  segment_id: number | null
  total_investment_wan: Numeric
  foreign_capital_wan_usd: Numeric
  land_need_mu: Numeric
  land_category: LandCategory
  stage: ProjectStage
  stage_changed_on: DateColumn
  signed_on: ColumnType<string | null, string | null | undefined, string | null>
  first_report_region_id: number | null
  landing_region_id: number | null
  park_id: number | null
  parcel_id: number | null
  responsible: string | null
  notes: string
  geom: NullableGeometryColumn
  version: Version
  created_at: Timestamp
  updated_at: Timestamp
}
