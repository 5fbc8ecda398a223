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

/** What units are measured on (001, 002, 003): counts of signings by size, capital arrived, industrial land. */
export const unitMetrics = [
  'projects_1yi',
  'projects_10yi',
  'projects_50yi',
  'foreign_capital_usd_wan',
  'domestic_capital_wan',
  'industrial_land_investment_wan',
] as const
export type UnitMetric = (typeof unitMetrics)[number]

/** Levels ranked in 赛马. */
export const rankedLevels = ['district', 'town', 'platform', 'department'] as const
export type RankedLevel = (typeof rankedLevels)[number]

export interface UnitTargetsTable {
  id: Generated<number>
  jurisdiction_id: number
  year: number
  metric: UnitMetric
  target: ColumnType<string, number | string, number | string>
}

/** 月排位: one level's ranking at one month's end, as it stood then. */
export interface MonthEndRankingsTable {
  id: Generated<number>
  level: RankedLevel
  year: number
  month: number
  as_of: string
  recorded_at: Generated<Date>
  rows: ColumnType<unknown, string, string>
}
