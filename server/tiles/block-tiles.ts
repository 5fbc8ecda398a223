import { bbox } from '@turf/bbox'
import type { DbOrTrx } from '../db/database.js'
import { type BlockWithShape, blockFigures, DEFAULT_BLOCK_STATUSES } from '../land/blocks.js'
import { displayedBlocks } from '../land/blocks-cache.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import { type Box, boxesOverlap, lonLatBox, type MemoryColumnType, memoryRowsSource } from './memory-tiles.js'
import type { TileAddress } from './tile-coords.js'
import type { TileLayerSource } from './tile-sql.js'

/** The blocks the map draws: 100 mu and more of available and reserve land, the 200-mu ones marked `sell_whole`. */
export const TILE_BLOCK_MIN_MU = 100

/** What a block tile carries (`blockFigures`); the feature id is the block's place in /api/blocks?min_mu=100. */
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
  if (!boxes.has(block)) boxes.set(block, block.geometry ? (bbox(JSON.parse(block.geometry)) as Box) : null)
  return boxes.get(block)!
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
    return [{ id: index + 1, ...blockFigures(block), geometry: block.geometry! }]
  })
  return memoryRowsSource(db, 'blocks', BLOCK_COLUMNS, rows)
}
