import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { type BlockWithShape, DEFAULT_BLOCK_STATUSES } from '../land/blocks.js'
import { displayedBlocks } from '../land/blocks-cache.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import { type TileAddress, tileBounds } from './tile-coords.js'
import type { TileLayerSource } from './tile-sql.js'

/** The blocks the map draws: 100 mu and more of available and reserve land, the 200-mu ones marked `sell_whole`. */
export const TILE_BLOCK_MIN_MU = 100

/** What a block tile carries; the feature id is the block's place in /api/blocks?min_mu=100 (largest first). */
export const BLOCK_TILE_KEYS = [
  'block_id',
  'total_mu',
  'parcel_count',
  'net_land_throughout',
  'sell_whole',
  'width_m',
  'length_m',
] as const

type Box = [number, number, number, number]
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

/** The tile and its buffer in degrees (generously: a tenth of the tile on each side). */
function tileBox(tile: TileAddress): Box {
  const b = tileBounds(tile)
  const margin = (b.xmax - b.xmin) / 10
  const lon = (x: number) => (x / 20_037_508.342789244) * 180
  const lat = (y: number) => (Math.atan(Math.exp((y / 20_037_508.342789244) * Math.PI)) * 360) / Math.PI - 90
  return [lon(b.xmin - margin), lat(b.ymin - margin), lon(b.xmax + margin), lat(b.ymax + margin)]
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]

/**
 * Blocks are assembled in memory (the graph of touching parcels), not stored: those reaching into the tile are sent
 * to the database as JSON rows, and tiled there like any table, by ST_AsMVT or by the JS encoding.
 */
export async function blockSource(db: DbOrTrx, audience: ParcelAudience, tile: TileAddress): Promise<TileLayerSource> {
  const filter = { statuses: DEFAULT_BLOCK_STATUSES, audience }
  const blocks = await displayedBlocks(db, filter, { gapM: 0, minMu: TILE_BLOCK_MIN_MU })
  const wanted = tileBox(tile)
  const rows = blocks.flatMap((block, index) => {
    const box = boxOf(block)
    if (!box || !overlaps(box, wanted)) return []
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
        geometry: block.geometry,
      },
    ]
  })
  const row = (key: string) => sql`b.value ->> ${key}`
  const query = db
    .selectFrom(sql`jsonb_array_elements(${JSON.stringify(rows)}::jsonb)`.as('b'))
    .select([
      sql<number>`(${row('id')})::int`.as('id'),
      sql<string>`${row('block_id')}`.as('block_id'),
      sql<number>`(${row('total_mu')})::float8`.as('total_mu'),
      sql<number>`(${row('parcel_count')})::int`.as('parcel_count'),
      sql<boolean>`(${row('net_land_throughout')})::boolean`.as('net_land_throughout'),
      sql<boolean>`(${row('sell_whole')})::boolean`.as('sell_whole'),
      sql<number | null>`(${row('width_m')})::float8`.as('width_m'),
      sql<number | null>`(${row('length_m')})::float8`.as('length_m'),
      sql`ST_SetSRID(ST_GeomFromGeoJSON(${row('geometry')}), 4326)`.as('source_geom'),
    ])
  return { name: 'blocks', properties: BLOCK_TILE_KEYS, rows: query }
}
