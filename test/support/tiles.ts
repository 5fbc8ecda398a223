import { VectorTile, type VectorTileFeature } from '@mapbox/vector-tile'
import { sql } from 'kysely'
import { PbfReader } from 'pbf'
import type { DbOrTrx } from '../../server/db/database.js'

/** The features of one layer of a tile, decoded; none when the tile has no such layer. */
export function decodeLayer(bytes: ArrayBuffer | Uint8Array, name: string): VectorTileFeature[] {
  const layer = new VectorTile(new PbfReader(new Uint8Array(bytes))).layers[name]
  return Array.from({ length: layer?.length ?? 0 }, (_, i) => layer!.feature(i))
}

/** Every feature of every layer in the tile, decoded (ids, keys and values). */
export function decodeAllLayers(bytes: ArrayBuffer | Uint8Array): VectorTileFeature[] {
  const layers = Object.values(new VectorTile(new PbfReader(new Uint8Array(bytes))).layers)
  return layers.flatMap((layer) => Array.from({ length: layer.length }, (_, i) => layer.feature(i)))
}

/** A point inside each parcel (longitude, latitude), in id order: every tile around one holds that parcel. */
export async function pointsOnParcels(db: DbOrTrx): Promise<[number, number][]> {
  const rows = await db
    .selectFrom('parcels')
    .select(sql<string>`ST_AsGeoJSON(ST_PointOnSurface(geom))`.as('point'))
    .orderBy('id')
    .execute()
  return rows.map((row) => (JSON.parse(row.point) as GeoJSON.Point).coordinates as [number, number])
}
