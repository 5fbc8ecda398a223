import type { Generated } from 'kysely'
import type { GeometryColumn, Version } from '../db/columns.js'

export const infraKinds = ['port', 'rail_station', 'interchange', 'airport'] as const
export type InfraKind = (typeof infraKinds)[number]

export interface InfrastructureTable {
  id: Generated<number>
  kind: InfraKind
  name: string
  name_en: string
  geom: GeometryColumn
  version: Version
}

export const zoneKinds = ['water_source', 'residential', 'ecological'] as const
export type ZoneKind = (typeof zoneKinds)[number]

/** Areas a polluting plant keeps its distance from: drinking-water protection, housing, ecological red lines. */
export interface SensitiveZonesTable {
  id: Generated<number>
  kind: ZoneKind
  name: string
  name_en: string
  geom: GeometryColumn
  version: Version
}
