import type { DatabaseKind, DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import type { TileAddress } from './tile-coords.js'
import { encodeTile } from './tile-encode.js'
import { parcelTileFeatures, parcelTileMvt } from './tiles.repo.js'

/** The tile layers, by the names the path and the tiles themselves use. */
export const tileLayers = ['parcels'] as const
export type TileLayer = (typeof tileLayers)[number]

export function tileLayerOf(name: string): TileLayer {
  const layer = tileLayers.find((known) => known === name)
  if (!layer) throw new ApiError(404, 'not_found', `Unknown tile layer; the layers are: ${tileLayers.join(', ')}`)
  return layer
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
  if (dbKind === 'postgres') return parcelTileMvt(db, audience, tile)
  return encodeTile({ parcels: await parcelTileFeatures(db, audience, tile) })
}
