import type { ColumnType, Generated, Selectable } from 'kysely'
import type { NullableGeometryColumn, Numeric, Timestamp, Version } from '../db/columns.js'

import type { ChainTier, EnterpriseStatus } from './chain-enums.js'

export type { ChainTier, EnterpriseStatus }

export interface ChainsTable {
  id: Generated<number>
  key: string
  name: string
  name_en: string
  chief: string | null
  chief_department: string | null
  description: string
  description_en: ColumnType<string, string | undefined, string>
  /** [{ label, label_en, value }]: the chain's key figures, as its chief reports them. */
  key_figures: ColumnType<unknown, string | undefined, string>
  /** Fewer local firms than this in a segment make it a gap; null: the configured default. */
  gap_threshold: number | null
  version: Version
}

/** Supplier → customer: goods or services flow from one segment to another of the same chain. */
export interface ChainLinksTable {
  id: Generated<number>
  chain_id: number
  supplier_id: number
  customer_id: number
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
  /** Staff only: who we talk to at a target firm. */
  contact: string | null
  geom: NullableGeometryColumn
  version: Version
  created_at: Timestamp
  updated_at: Timestamp
}

/** A segment as read back (the chain is implied by the query that read it). */
export type SegmentRow = Omit<Selectable<ChainSegmentsTable>, 'chain_id'>
