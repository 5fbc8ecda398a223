import type { ColumnType, Generated } from 'kysely'
import type { NullableGeometryColumn, Numeric, Timestamp, Version } from '../db/columns.js'

export const projectStages = [
  'lead',
  'assessed',
  'negotiating',
  'signed',
  'land_supplied',
  'construction',
  'production',
  'full_capacity',
  'dropped',
  'transferred',
] as const
export type ProjectStage = (typeof projectStages)[number]

export const landCategories = [
  'none',
  'industrial',
  'tourism',
  'health',
  'services',
  'agriculture',
  'commerce',
] as const
export type LandCategory = (typeof landCategories)[number]

type DateColumn = ColumnType<string, string | undefined, string>
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>

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
  signed_on: NullableDate
  /** 首报: registered for first talks; the exclusive window runs from here. */
  first_reported_on: NullableDate
  planned_signing_on: NullableDate
  /** Land-use rights obtained (供地); the 6-month warning stops here. */
  land_rights_on: NullableDate
  /** 一事一议: special financial support asked, one approval tier up. */
  special_support: ColumnType<boolean, boolean | undefined, boolean>
  /** Landmark projects are pre-reported before signing whatever their size. */
  landmark: ColumnType<boolean, boolean | undefined, boolean>
  landing_town: string | null
  /** The requested site is the whole contiguous block around `parcel_id`, not the parcel alone. */
  wants_whole_block: ColumnType<boolean, boolean | undefined, boolean>
  first_report_region_id: number | null
  /** 首谈单位, 落地单位 and the responsible department: jurisdictions below the district (see jurisdictions.table). */
  first_report_unit_id: ColumnType<number | null, number | null | undefined, number | null>
  landing_unit_id: ColumnType<number | null, number | null | undefined, number | null>
  responsible_department_id: ColumnType<number | null, number | null | undefined, number | null>
  /** 统一社会信用代码, check character validated (GB 32100-2015). */
  investor_credit_code: ColumnType<string | null, string | null | undefined, string | null>
  /** The day the signing was pre-reported (001 §3: a week before, for big and landmark projects). */
  pre_reported_on: NullableDate
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

/** One dated stage change: who moved the project, when it happened (may be back-dated) and why. */
export interface ProjectEventsTable {
  id: Generated<number>
  project_id: number
  from_stage: ProjectStage | null
  to_stage: ProjectStage
  on_date: string
  actor: string
  note: ColumnType<string, string | undefined, string>
  created_at: Timestamp
}

export const targetMetrics = [
  'projects_1yi',
  'projects_10yi',
  'foreign_capital_usd_wan',
  'industrial_land_investment_wan',
] as const
export type TargetMetric = (typeof targetMetrics)[number]

/** Yearly targets per jurisdiction (赛马). */
export interface TargetsTable {
  id: Generated<number>
  region_id: number
  year: number
  metric: TargetMetric
  target: ColumnType<string, number | string, number | string>
}

/** A site from 智寻址 that staff shortlisted for a project: one parcel or an assembled set. */
export interface ProjectSitesTable {
  id: Generated<number>
  project_id: number
  parcel_ids: number[]
  total_mu: number
  score: number | null
  profile: ColumnType<unknown, string | undefined, string>
  note: ColumnType<string, string | undefined, string>
  created_by: string
  created_at: Timestamp
}

export const capitalKinds = ['foreign_capital', 'domestic_outside', 'zheshang_return', 'other'] as const
export type CapitalKind = (typeof capitalKinds)[number]
export const capitalCurrencies = ['CNY', 'USD'] as const

/** 到资: one dated arrival of capital for a project, in 万 of its currency (foreign capital in USD, the rest in CNY). */
export interface CapitalArrivalsTable {
  id: Generated<number>
  project_id: number
  arrived_on: string
  amount_wan: ColumnType<string, number | string, number | string>
  currency: (typeof capitalCurrencies)[number]
  kind: CapitalKind
  note: ColumnType<string, string | undefined, string>
  created_by: string
  created_at: Timestamp
}
