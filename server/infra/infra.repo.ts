import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { featureJson, selectFeatureCollection } from '../db/geojson-sql.js'
import { multiPolygonFromGeoJson, pointFromLonLat } from '../db/geometry.js'
import type { InfraKind, ZoneKind } from './infra.table.js'

export async function infrastructureFeatureCollection(db: DbOrTrx): Promise<string> {
  const features = db
    .selectFrom('infrastructure as i')
    .select(
      featureJson(sql`i.id`, sql`i.geom`, {
        id: sql`i.id`,
        kind: sql`i.kind`,
        name: sql`i.name`,
        name_en: sql`i.name_en`,
      }).as('feature'),
    )
    .orderBy('i.id')
  return selectFeatureCollection(db, features)
}

export interface NewInfrastructure {
  kind: InfraKind
  name: string
  nameEn: string
  lonLat: readonly [number, number]
}

export async function insertInfrastructure(db: DbOrTrx, items: readonly NewInfrastructure[]): Promise<void> {
  if (items.length === 0) return
  await db
    .insertInto('infrastructure')
    .values(items.map((i) => ({ kind: i.kind, name: i.name, name_en: i.nameEn, geom: pointFromLonLat(i.lonLat)! })))
    .execute()
}

export async function sensitiveZoneFeatureCollection(db: DbOrTrx): Promise<string> {
  const features = db
    .selectFrom('sensitive_zones as z')
    .select(
      featureJson(sql`z.id`, sql`z.geom`, {
        id: sql`z.id`,
        kind: sql`z.kind`,
        name: sql`z.name`,
        name_en: sql`z.name_en`,
      }).as('feature'),
    )
    .orderBy('z.id')
  return selectFeatureCollection(db, features)
}

export interface NewSensitiveZone {
  kind: ZoneKind
  name: string
  nameEn: string
  geometryJson: string
}

/** One statement, so the parcels' distances to zones are refreshed once. */
export async function insertSensitiveZones(db: DbOrTrx, zones: readonly NewSensitiveZone[]): Promise<void> {
  if (zones.length === 0) return
  await db
    .insertInto('sensitive_zones')
    .values(
      zones.map((z) => ({
        kind: z.kind,
        name: z.name,
        name_en: z.nameEn,
        geom: multiPolygonFromGeoJson(z.geometryJson),
      })),
    )
    .execute()
}
