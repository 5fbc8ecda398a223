import type { ColumnType, Generated } from 'kysely'
import type { Version } from '../db/columns.js'

/** One incentive policy item; conditions and formula are JSON checked against `incentive-rule.ts` schemas. */
export interface IncentiveRulesTable {
  id: Generated<number>
  key: string
  name: string
  name_en: ColumnType<string, string | undefined, string>
  level: 'district' | 'city' | 'province'
  source: string
  /** The jurisdiction (by code) the policy belongs to; it applies there and below. */
  place_code: ColumnType<string | null, string | null | undefined, string | null>
  conditions: ColumnType<unknown, string, string>
  formula: ColumnType<unknown, string, string>
  published: ColumnType<boolean, boolean | undefined, boolean>
  sort: ColumnType<number, number | undefined, number>
  version: Version
}
