import { type AliasedRawBuilder, type Expression, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely'
import type { Database, DbOrTrx } from '../db/database.js'
import { TILE_BUFFER, TILE_EXTENT, type TileAddress, tileBounds } from './tile-coords.js'
import type { TileFeature } from './tile-encode.js'

/**
 * One tile layer's rows: an `id`, the properties the tile carries, and `source_geom` (4326: points, lines or
 * polygons), already limited to what reaches into the tile.
 */
export interface TileLayerSource {
  name: string
  /** The property columns of `rows`, constants of ours: what the tile carries besides the id. */
  properties: readonly string[]
  // biome-ignore lint/suspicious/noExplicitAny: any query over any tables; only its id, properties and source_geom are read
  rows: SelectQueryBuilder<Database, any, { id: number; source_geom: unknown }>
}

/**
 * Of the keys a layer would carry, those the audience's own allowlist has, as columns to select: a key only staff
 * may see is simply absent from the public's tiles, because the allowlist behind the JSON does not have it.
 */
export function allowedColumns<K extends string>(wanted: readonly K[], allowlist: Record<string, Expression<unknown>>) {
  const keys = wanted.filter((key) => key in allowlist)
  const columns: AliasedRawBuilder<unknown, K>[] = keys.map((key) => sql`${allowlist[key]}`.as(key))
  return { keys, columns }
}

/** The 4326 geometries in this column that reach into the tile and its buffer (through the spatial index). */
export const reachesInto = (column: string, tile: TileAddress) =>
  sql<boolean>`${sql.ref(column)} && ST_Transform(${bufferedEnvelope(tile)}, 4326)`

/** The tile's square plus its buffer, in Web Mercator metres (3857). */
export function bufferedEnvelope(tile: TileAddress): RawBuilder<unknown> {
  const b = tileBounds(tile)
  const margin = ((b.xmax - b.xmin) * TILE_BUFFER) / TILE_EXTENT
  return sql`ST_MakeEnvelope(${b.xmin - margin}, ${b.ymin - margin}, ${b.xmax + margin}, ${b.ymax + margin}, 3857)`
}

/** PostgreSQL: the layer as ST_AsMVT encodes it, the way Martin and pg_tileserv make tiles. */
export async function mvtLayer(db: DbOrTrx, source: TileLayerSource, tile: TileAddress): Promise<Uint8Array> {
  const b = tileBounds(tile)
  const envelope = sql`ST_MakeEnvelope(${b.xmin}, ${b.ymin}, ${b.xmax}, ${b.ymax}, 3857)`
  const geometry = sql`ST_AsMVTGeom(ST_Transform(t.source_geom, 3857), ${envelope}, ${sql.lit(TILE_EXTENT)}, ${sql.lit(TILE_BUFFER)}, true)`
  const features = db
    .selectFrom(source.rows.as('t'))
    .select([sql.ref('t.id').as('id'), ...source.properties.map((key) => sql.ref(`t.${key}`).as(key))])
    .select(geometry.as('geom'))
  const row = await db
    .selectFrom(features.as('m'))
    .select(sql<Uint8Array | null>`ST_AsMVT(m.*, ${source.name}, ${sql.lit(TILE_EXTENT)}, 'geom', 'id')`.as('mvt'))
    .where(sql<boolean>`m.geom IS NOT NULL`)
    .executeTakeFirstOrThrow()
  return row.mvt ?? new Uint8Array()
}

/**
 * PGlite (PostGIS without protobuf): each geometry moved into tile units (y down), lines and polygons clipped to the
 * buffered tile, snapped to the unit grid, polygons repaired and wound as the specification wants; encoded in JS.
 */
export async function layerFeatures(db: DbOrTrx, source: TileLayerSource, tile: TileAddress): Promise<TileFeature[]> {
  const b = tileBounds(tile)
  const scale = TILE_EXTENT / (b.xmax - b.xmin)
  const projected = sql`ST_Transform(t.source_geom, 3857)`
  // Lines and polygons are clipped to the buffered tile; a point is in it or not.
  const clipped = sql`CASE WHEN ST_Dimension(t.source_geom) = 0 THEN ${projected} ELSE ST_ClipByBox2D(${projected}, ${bufferedEnvelope(tile)}) END`
  const inTileUnits = sql`ST_SnapToGrid(ST_TransScale(${clipped}, ${-b.xmin}, ${-b.ymax}, ${scale}, ${-scale}), 1)`
  const shaped = sql`CASE WHEN ST_Dimension(t.source_geom) = 2
    THEN ST_ForcePolygonCCW(ST_CollectionExtract(ST_MakeValid(${inTileUnits}), 3))
    ELSE ${inTileUnits} END`
  const rows = await db
    .selectFrom(db.selectFrom(source.rows.as('t')).selectAll('t').select(shaped.as('tile_geom')).as('f'))
    .selectAll('f')
    .select(sql<string>`ST_AsGeoJSON(f.tile_geom, 0)`.as('geometry'))
    .where(sql<boolean>`NOT ST_IsEmpty(f.tile_geom)`)
    .execute()
  return rows.map(({ id, source_geom: _s, tile_geom: _t, geometry, ...properties }) => ({
    id: id as number,
    geometry: JSON.parse(geometry as string) as GeoJSON.Geometry,
    properties,
  }))
}
