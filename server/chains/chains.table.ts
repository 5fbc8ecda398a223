import type { Generated } from 'kysely'
import type { NullableGeometryColumn, Numeric, Timestamp, Version } from '../db/columns.js'

export type ChainTier = 'upstream' | 'midstream' | 'downstream'
export type EnterpriseStatus = 'existing' | 'target'

export interface ChainsTable {
  id: Generated<number>
  key: string
  name: string
  name_en: string
  chief: string | null
  chief_department: string | null
  description: string
  version: Version
}

export interface ChainSegmentsTable {
  id: Generated<number>
  chain_id: number
  key: string
  name: string
  name_en: string
  tier: ChainTier
  parent_id: number | null
  sort: number
  version: Version
}

export interface EnterprisesTable {
  id: Generated<number>
  name: string
  name_en: string
  chain_id: number | null
  segment_id: number | null
  region_id: number | null
  park_id: number | null
  status: EnterpriseStatus
  is_chain_master: boolean
  flags: string[]
  employees: number | null
  annual_output_wan: Numeric
  origin: string | null
  contact_stage: string | null
  geom: NullableGeometryColumn
  version: Version
  created_at: Timestamp
  updated_at: Timestamp
}
