import { LRUCache } from 'lru-cache'
import type { DatabaseKind, DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { landRevision } from '../land/land-revision.repo.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import type { TileAddress } from './tile-coords.js'
import { encodeTile } from './tile-encode.js'
import { layerFeatures, mvtLayer, type TileLayerSource } from './tile-sql.js'
import { overviewSource, parcelSource } from './tiles.repo.js'

/** The tile layers, by the names the path and the tiles themselves use. */
export const tileLayers = ['parcels'] as const
export type TileLayer = (typeof tileLayers)[number]

/**
 * From this zoom on, parcel outlines (a 50 m parcel is about 4 px at z13 in 宁波); below it, the per-park overview,
 * which keeps every tile small however much land there is.
 */
export const PARCEL_OUTLINE_MIN_ZOOM = 13

export function tileLayerOf(name: string): TileLayer {
  const layer = tileLayers.find((known) => known === name)
  if (!layer) throw new ApiError('not_found', `Unknown tile layer; the layers are: ${tileLayers.join(', ')}`)
  return layer
}

/** What a tile at this zoom holds: outlines, or the overview. */
export function tileSource(db: DbOrTrx, tile: TileAddress, audience: ParcelAudience): TileLayerSource {
  return tile.z >= PARCEL_OUTLINE_MIN_ZOOM ? parcelSource(db, audience, tile) : overviewSource(db, audience, tile)
}

/**
 * One tile: ST_AsMVT on PostgreSQL; on PGlite, whose PostGIS lacks it, the same features clipped in SQL and encoded
 * in JS. Both carry the same layer, ids and properties.
 */
export async function renderTile(
  db: DbOrTrx,
  dbKind: DatabaseKind,
  _layer: TileLayer,
  tile: TileAddress,
  audience: ParcelAudience,
): Promise<Uint8Array> {
  const source = tileSource(db, tile, audience)
  if (dbKind === 'postgres') return mvtLayer(db, source, tile)
  return encodeTile({ [source.name]: await layerFeatures(db, source, tile) })
}

/** Differs from one server start to the next, so a copy made against another database is never taken as current. */
const startTag = Date.now().toString(36)

/**
 * A tile's ETag: the land's revision (bumped by every change to parcels, parks, infrastructure or zones) and the
 * audience, since the public's tile and the staff's differ at the same address.
 */
export async function tileEtag(db: DbOrTrx, audience: ParcelAudience): Promise<string> {
  const revision = (await landRevision(db)).replace(/[^\w]+/g, '.')
  return `W/"${audience}-${startTag}-${revision}"`
}

/** Tiles made, per database handle: at most this many bytes, the least recently asked dropped first. */
const TILE_CACHE_BYTES = 32 * 1024 * 1024
const tileCaches = new WeakMap<object, LRUCache<string, Uint8Array>>()

function tileCacheOf(db: DbOrTrx): LRUCache<string, Uint8Array> {
  let cache = tileCaches.get(db)
  if (!cache) {
    cache = new LRUCache({ maxSize: TILE_CACHE_BYTES, sizeCalculation: (tile) => tile.byteLength + 64 })
    tileCaches.set(db, cache)
  }
  return cache
}

/**
 * A tile as `renderTile` makes it, kept under its ETag (the land's revision and the audience) and address: a tile is
 * made once per state of the land, however many visitors pan over it; a change to the land makes new keys.
 */
export async function cachedTile(
  db: DbOrTrx,
  dbKind: DatabaseKind,
  layer: TileLayer,
  tile: TileAddress,
  audience: ParcelAudience,
  etag: string,
): Promise<Uint8Array> {
  const cache = tileCacheOf(db)
  const key = `${etag} ${layer}/${tile.z}/${tile.x}/${tile.y}`
  const kept = cache.get(key)
  if (kept) return kept
  const made = await renderTile(db, dbKind, layer, tile, audience)
  cache.set(key, made)
  return made
}
