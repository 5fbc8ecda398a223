import { createHash } from 'node:crypto'
import { LRUCache } from 'lru-cache'
import type { DatabaseKind, DbOrTrx } from '../db/database.js'
import { tableRevision } from '../land/land-revision.repo.js'
import type { LandFilter } from '../land/parcel-search.repo.js'
import type { ParcelFilter } from '../land/parcels-query.schema.js'
import type { TileAddress } from './tile-coords.js'
import { encodeTile } from './tile-encode.js'
import { type TileAudience, type TileLayer, tileLayerRule } from './tile-layers.js'
import { layerFeatures, mvtLayer, type TileLayerSource } from './tile-sql.js'

/** What a tile of this layer holds at this zoom, for this audience. */
export function tileSource(
  db: DbOrTrx,
  layer: TileLayer,
  tile: TileAddress,
  audience: TileAudience,
  filter: LandFilter = {},
): TileLayerSource | Promise<TileLayerSource> {
  return tileLayerRule(layer).source(db, tile, audience, filter)
}

/**
 * One tile: ST_AsMVT on PostgreSQL; on PGlite, whose PostGIS lacks it, the same features clipped in SQL and encoded
 * in JS. Both carry the same layer, ids and properties.
 */
export async function renderTile(
  db: DbOrTrx,
  dbKind: DatabaseKind,
  layer: TileLayer,
  tile: TileAddress,
  audience: TileAudience,
  filter: LandFilter = {},
): Promise<Uint8Array> {
  const source = await tileSource(db, layer, tile, audience, filter)
  if (dbKind === 'postgres') return mvtLayer(db, source, tile)
  return encodeTile({ [source.name]: await layerFeatures(db, source, tile) })
}

/** Differs from one server start to the next, so a copy made against another database is never taken as current. */
const startTag = Date.now().toString(36)

/**
 * A tile's ETag: the revision of the tables its layer is made from (bumped by every change to them), the audience,
 * since the public's tile and the staff's differ at the same address, and the filters. MapLibre sends a tile's last
 * ETag with the request for its new address when a filter changes, and keeps the old data on a match.
 */
export async function tileEtag(
  db: DbOrTrx,
  layer: TileLayer,
  audience: TileAudience,
  filter: ParcelFilter,
): Promise<string> {
  const revision = (await tableRevision(db, tileLayerRule(layer).tables)).replace(/[^\w]+/g, '.')
  const filterJson = JSON.stringify(filter)
  const filterTag = filterJson === '{}' ? '' : `-${createHash('sha256').update(filterJson).digest('hex').slice(0, 12)}`
  return `W/"${audience}-${startTag}-${revision}${filterTag}"`
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
 * A tile as `renderTile` makes it, kept under its ETag (its tables' revision and the audience) and address: a tile
 * is made once per state of its data, however many visitors pan over it; a change to that data makes new keys.
 */
export async function cachedTile(
  db: DbOrTrx,
  dbKind: DatabaseKind,
  request: { layer: TileLayer; tile: TileAddress; audience: TileAudience; filter: LandFilter },
  etag: string,
): Promise<Uint8Array> {
  const { layer, tile, audience, filter } = request
  const cache = tileCacheOf(db)
  // The ETag names the filters too.
  const key = `${etag} ${layer}/${tile.z}/${tile.x}/${tile.y}`
  const kept = cache.get(key)
  if (kept) return kept
  const made = await renderTile(db, dbKind, layer, tile, audience, filter)
  cache.set(key, made)
  return made
}
