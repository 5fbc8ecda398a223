import type { ColumnType, Generated } from 'kysely'
import type { Numeric, Timestamp, Version } from '../db/columns.js'

export const leadStatuses = ['new', 'assigned', 'converted', 'rejected'] as const
export type LeadStatus = (typeof leadStatuses)[number]

export const leadLanguages = ['zh', 'en'] as const
/** A parcel, a contiguous block, an assembled site (parcel ids), or a building (载体, its id). */
export const leadSiteKinds = ['parcel', 'block', 'site', 'building'] as const

type Json<T> = ColumnType<T, string, string>

/** A site the submitter was looking at, as they named it, and the parcels it stood for then. */
export interface LeadSite {
  kind: (typeof leadSiteKinds)[number]
  ref: string
  parcel_ids: number[]
}

/** Confidential: a person's name, phone and e-mail (PIPL). Never served to the public. */
export interface LeadsTable {
  id: Generated<number>
  reference: string
  project_id: number
  company: string
  contact_name: string
  phone: string | null
  email: string | null
  land_need_mu: Numeric
  industry: string | null
  investment_wan: Numeric
  message: string
  language: (typeof leadLanguages)[number]
  sites: Json<LeadSite[]>
  source: ColumnType<'web_form', 'web_form' | undefined, never>
  /** The submission as it was sent, kept verbatim. */
  submitted: Json<unknown>
  consent_at: ColumnType<string, string, never>
  status: ColumnType<LeadStatus, LeadStatus | undefined, LeadStatus>
  owner_id: number | null
  reject_reason: string | null
  version: Version
  created_at: Timestamp
  updated_at: Timestamp
}
