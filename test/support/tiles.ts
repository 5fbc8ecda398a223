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

/**
 * A city's own context around the test park: a main road and a minor one through it, and a lake beside it (no
 * demonstration flag: as a city's GIS would give them).
 */
export async function addContext(db: DbOrTrx) {
  const line = (coordinates: [number, number][]) => JSON.stringify({ type: 'LineString', coordinates })
  const rows = [
    {
      kind: 'road_major',
      name: '测试大道',
      name_en: 'Test Avenue',
      geometry: line([
        [121.0, 30.012],
        [121.05, 30.012],
      ]),
    },
    {
      kind: 'road_minor',
      name: '支路',
      name_en: null,
      geometry: line([
        [121.014, 30.0],
        [121.014, 30.05],
      ]),
    },
    {
      kind: 'water',
      name: '测试湖',
      name_en: 'Test Lake',
      geometry: JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [121.0155, 30.0095],
            [121.0175, 30.0095],
            [121.0175, 30.0115],
            [121.0155, 30.0115],
            [121.0155, 30.0095],
          ],
        ],
      }),
    },
  ] as const
  for (const { geometry, ...row } of rows)
    await db
      .insertInto('context_features')
      .values({ ...row, geom: sql`ST_SetSRID(ST_GeomFromGeoJSON(${geometry}), 4326)` })
      .execute()
}
