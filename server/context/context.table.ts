import type { Generated } from 'kysely'
import type { GeometryColumn, Timestamp } from '../db/columns.js'

/**
 * What a city's own GIS already has and the offline basemap draws quietly under our layers: roads by class,
 * railways, rivers, water bodies (the sea too) and its coastline, and built-up areas. The migration's CHECK lists the same kinds.
 */
export const contextKinds = ['road_major', 'road_minor', 'railway', 'river', 'water', 'coastline', 'built_up'] as const
export type ContextKind = (typeof contextKinds)[number]

export interface ContextFeaturesTable {
  id: Generated<number>
  kind: ContextKind
  name: string | null
  name_en: string | null
  /** Generated for the demonstration, like the demo parks: never shown as a city's real data. */
  is_demo: Generated<boolean>
  geom: GeometryColumn
  created_at: Timestamp
}
