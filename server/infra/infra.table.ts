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
