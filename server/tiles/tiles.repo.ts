import { type Expression, type RawBuilder, sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { type ParcelAudience, parcelPropertiesFor, visibleParcels } from '../land/parcels.repo.js'
import { TILE_BUFFER, TILE_EXTENT, type TileAddress, tileBounds } from './tile-coords.js'
import type { TileFeature } from './tile-encode.js'

/**
 * What a parcel tile carries: what the map colours and filters on. Picked from the audience's own allowlist, so a
 * key only staff may see (published, idle_category, area_mismatch) is simply absent from the public's tiles.
 */
export const PARCEL_TILE_KEYS = [
  'code',
  'status',
  'land_use',
  'area_mu',
  'start_price',
  'is_net_land',
  'is_standard_land',
  'km_port',
  'km_rail_station',
  'km_interchange',
  'km_airport',
  'park_id',
  'published',
  'idle_category',
  'area_mismatch',
] as const

function parcelTileProperties(audience: ParcelAudience) {
  const allowed: Record<string, Expression<unknown>> = parcelPropertiesFor(audience)
  return PARCEL_TILE_KEYS.filter((key) => key in allowed).map((key) => sql`${allowed[key]}`.as(key))
}

/** The tile's square plus its buffer, in Web Mercator metres (3857). */
function bufferedEnvelope(tile: TileAddress): RawBuilder<unknown> {
  const b = tileBounds(tile)
  const margin = ((b.xmax - b.xmin) * TILE_BUFFER) / TILE_EXTENT
  return sql`ST_MakeEnvelope(${b.xmin - margin}, ${b.ymin - margin}, ${b.xmax + margin}, ${b.ymax + margin}, 3857)`
}

/** The parcels this audience may see that reach into the tile (through the spatial index on their 4326 outlines). */
function parcelsInTile(db: DbOrTrx, audience: ParcelAudience, tile: TileAddress) {
  return visibleParcels(db, audience)
    .select(sql<number>`p.id`.as('id'))
    .select(parcelTileProperties(audience))
    .where(sql<boolean>`p.geom && ST_Transform(${bufferedEnvelope(tile)}, 4326)`)
}

/** PostgreSQL: the tile as ST_AsMVT encodes it, as Martin and pg_tileserv make it. */
export async function parcelTileMvt(db: DbOrTrx, audience: ParcelAudience, tile: TileAddress): Promise<Uint8Array> {
  const b = tileBounds(tile)
  const envelope = sql`ST_MakeEnvelope(${b.xmin}, ${b.ymin}, ${b.xmax}, ${b.ymax}, 3857)`
  const features = parcelsInTile(db, audience, tile).select(
    sql`ST_AsMVTGeom(ST_Transform(p.geom, 3857), ${envelope}, ${sql.lit(TILE_EXTENT)}, ${sql.lit(TILE_BUFFER)}, true)`.as(
      'geom',
    ),
  )
  const row = await db
    .selectFrom(features.as('t'))
    .select(sql<Uint8Array | null>`ST_AsMVT(t.*, 'parcels', ${sql.lit(TILE_EXTENT)}, 'geom', 'id')`.as('mvt'))
    .where(sql<boolean>`t.geom IS NOT NULL`)
    .executeTakeFirstOrThrow()
  return row.mvt ?? new Uint8Array()
}

/**
 * PGlite (PostGIS without protobuf): each outline clipped to the buffered tile, moved into tile units (y down),
 * snapped to the unit grid and repaired, outer rings wound as the specification wants; encoded afterwards in JS.
 */
export async function parcelTileFeatures(
  db: DbOrTrx,
  audience: ParcelAudience,
  tile: TileAddress,
): Promise<TileFeature[]> {
  const b = tileBounds(tile)
  const scale = TILE_EXTENT / (b.xmax - b.xmin)
  const inTileUnits = sql`ST_TransScale(ST_ClipByBox2D(ST_Transform(p.geom, 3857), ${bufferedEnvelope(tile)}), ${-b.xmin}, ${-b.ymax}, ${scale}, ${-scale})`
  const outline = sql`ST_ForcePolygonCCW(ST_CollectionExtract(ST_MakeValid(ST_SnapToGrid(${inTileUnits}, 1)), 3))`
  const rows = await db
    .selectFrom(parcelsInTile(db, audience, tile).select(outline.as('tile_geom')).as('t'))
    .selectAll('t')
    .select(sql<string>`ST_AsGeoJSON(t.tile_geom, 0)`.as('geometry'))
    .where(sql<boolean>`NOT ST_IsEmpty(t.tile_geom)`)
    .execute()
  return rows.map(({ id, tile_geom: _, geometry, ...properties }) => ({
    id,
    geometry: JSON.parse(geometry) as GeoJSON.Geometry,
    properties,
  }))
}
