/**
 * Lengths of text, in characters: one table read by the request schemas, the database's CHECK constraints
 * (migration 20261128T0100) and the import's value checks, so the three can never disagree.
 */
export const textLimits = {
  /** Codes: parcels, parks, projects, regions. */
  code: 64,
  /** Names, titles, contacts, towns, single-line fields. */
  name: 200,
  /** Descriptions and locations. */
  text: 2000,
  /** Free notes. */
  notes: 10_000,
  /** Any string in any request not covered above (files excepted): the edge refuses longer ones. */
  backstop: 10_000,
} as const

export type TextLimit = keyof typeof textLimits

/** The stored text columns and their limits; the migration turns each into a CHECK constraint. */
export const columnTextLimits = {
  regions: { code: 'code', name: 'name', name_en: 'name' },
  parks: { code: 'code', name: 'name', name_en: 'name', positioning: 'text', positioning_en: 'text', contact: 'name' },
  parcels: {
    code: 'code',
    location_desc: 'text',
    town: 'name',
    land_use_code: 'code',
    land_use_name: 'name',
    std_environment: 'text',
    contact: 'name',
  },
  infrastructure: { name: 'name', name_en: 'name' },
  chains: { key: 'code', name: 'name', name_en: 'name', chief: 'name', chief_department: 'name', description: 'text' },
  chain_segments: { key: 'code', name: 'name', name_en: 'name' },
  enterprises: { name: 'name', name_en: 'name', origin: 'name', contact_stage: 'name', contact: 'name' },
  projects: {
    code: 'code',
    name: 'name',
    investor_name: 'name',
    investor_origin: 'name',
    industry: 'name',
    responsible: 'name',
    notes: 'notes',
    landing_town: 'name',
  },
  users: { name: 'code', display_name: 'name' },
} as const satisfies Record<string, Record<string, TextLimit>>
