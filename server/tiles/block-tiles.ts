import type { DbOrTrx } from '../db/database.js'
import { type BlockWithShape, DEFAULT_BLOCK_STATUSES } from '../land/blocks.js'
import { displayedBlocks } from '../land/blocks-cache.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import { type Box, boxesOverlap, lonLatBox, type MemoryColumnType, memoryRowsSource } from './memory-tiles.js'
import type { TileAddress } from './tile-coords.js'
import type { TileLayerSource } from './tile-sql.js'

/** The blocks the map draws: 100 mu and more of available and reserve land, the 200-mu ones marked `sell_whole`. */
export const TILE_BLOCK_MIN_MU = 100

/** What a block tile carries; the feature id is the block's place in /api/blocks?min_mu=100 (largest first). */
const BLOCK_COLUMNS = {
  block_id: 'text',
  total_mu: 'float8',
  parcel_count: 'int',
  net_land_throughout: 'boolean',
  sell_whole: 'boolean',
  width_m: 'float8',
  length_m: 'float8',
} as const satisfies Record<string, MemoryColumnType>

const boxes = new WeakMap<BlockWithShape, Box | null>()

/** A block's extent in degrees, computed once per computed block. */
function boxOf(block: BlockWithShape): Box | null {
  if (boxes.has(block)) return boxes.get(block)!
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity]
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [lon, lat] = c as [number, number]
      box[0] = Math.min(box[0], lon)
      box[1] = Math.min(box[1], lat)
      box[2] = Math.max(box[2], lon)
      box[3] = Math.max(box[3], lat)
    } else for (const part of c as unknown[]) visit(part)
  }
  if (block.geometry) visit((JSON.parse(block.geometry) as { coordinates: unknown }).coordinates)
  const result = Number.isFinite(box[0]) ? box : null
  boxes.set(block, result)
  return result
}

/**
 * Blocks are assembled in memory (the graph of touching parcels), not stored: those reaching into the tile are sent
 * to the database as JSON rows, and tiled there like any table, by ST_AsMVT or by the JS encoding.
 */
export async function blockSource(db: DbOrTrx, audience: ParcelAudience, tile: TileAddress): Promise<TileLayerSource> {
  const filter = { statuses: DEFAULT_BLOCK_STATUSES, audience }
  const blocks = await displayedBlocks(db, filter, { gapM: 0, minMu: TILE_BLOCK_MIN_MU })
  const wanted = lonLatBox(tile)
  const rows = blocks.flatMap((block, index) => {
    const box = boxOf(block)
    if (!box || !boxesOverlap(box, wanted)) return []
    return [
      {
        id: index + 1,
        block_id: block.id,
        total_mu: Math.round(block.totalMu * 100) / 100,
        parcel_count: block.parcelIds.length,
        net_land_throughout: block.netLandThroughout,
        sell_whole: block.sellWhole,
        width_m: block.widthM,
        length_m: block.lengthM,
        geometry: block.geometry!,
      },
    ]
  })
  return memoryRowsSource(db, 'blocks', BLOCK_COLUMNS, rows)
}
