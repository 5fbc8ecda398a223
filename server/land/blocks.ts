import type { DbOrTrx } from '../db/database.js'
import { assembleBlocks, type Block } from './block-graph.js'
import { type BlockFilter, blockCandidates, blockShapes, metricOutlines, metricSrid } from './blocks.repo.js'
import { adjacentOutlines } from './facing.js'
import type { ParcelStatus } from './parcels.table.js'

export const DEFAULT_BLOCK_STATUSES: readonly ParcelStatus[] = ['available', 'reserve']

export interface BlockWithShape extends Block {
  geometry: string | null
  widthM: number | null
  lengthM: number | null
  compactness: number | null
}

export interface BlockOptions {
  gapM: number
  minMu: number
  /** Who belongs to which block, without dissolving outlines (the costly part): for counting, not drawing. */
  membershipOnly?: boolean
}

/** Below this, boundaries count as shared: survey data rarely meets to the millimetre. */
const TOUCH_TOLERANCE_M = 0.1
/** A pair joins only if this much of one's boundary faces the other: corner contact never does. */
const MIN_FACING_M = 1

/**
 * Skeleton (candidates and outlines in metres from SQL) → pure adjacency and assembly → shapes for the blocks
 * that qualify. With a gap, parcels join when they face each other across it along at least max(1 m, gap),
 * so parcels diagonal across a crossroads stay apart.
 */
export async function computeBlocks(db: DbOrTrx, filter: BlockFilter, options: BlockOptions): Promise<BlockWithShape[]> {
  const srid = await metricSrid(db, filter)
  const [candidates, pairs] = await Promise.all([blockCandidates(db, filter), computeAdjacency(db, filter, options.gapM, srid)])
  const blocks = assembleBlocks(candidates, pairs, options.minMu)
  if (options.membershipOnly) return blocks.map((block) => ({ ...block, geometry: null, widthM: null, lengthM: null, compactness: null }))
  const shapes = new Map((await shapesInParallel(db, blocks, srid)).map((s) => [s.block, s]))
  return blocks.map((block, index) => {
    const shape = shapes.get(index)
    return { ...block, geometry: shape?.geometry ?? null, widthM: shape?.widthM ?? null, lengthM: shape?.lengthM ?? null, compactness: shape?.compactness ?? null }
  })
}

/** Which candidates touch (or face each other across `gapM`): pairs of parcel ids. */
export async function computeAdjacency(db: DbOrTrx, filter: BlockFilter, gapM: number, srid?: number): Promise<[number, number][]> {
  const outlines = await metricOutlines(db, filter, srid ?? (await metricSrid(db, filter)))
  return adjacentOutlines(outlines, Math.max(gapM, TOUCH_TOLERANCE_M), Math.max(MIN_FACING_M, gapM))
}

/** Dissolving outlines dominates: on PostgreSQL, four connections share it (PGlite runs them one after another). */
async function shapesInParallel(db: DbOrTrx, blocks: readonly Block[], srid: number) {
  const lanes: { block: number; parcelId: number }[][] = [[], [], [], []]
  blocks.forEach((block, index) => lanes[index % lanes.length]!.push(...block.parcelIds.map((parcelId) => ({ block: index, parcelId }))))
  return (await Promise.all(lanes.map((members) => blockShapes(db, members, srid)))).flat()
}

/** Blocks as GeoJSON: one feature each, numbered from 1 (MapLibre feature ids), largest first. */
export function blockFeatureCollection(blocks: readonly BlockWithShape[]) {
  const features = blocks.map((b, index) => ({
    type: 'Feature' as const,
    id: index + 1,
    geometry: (b.geometry ? JSON.parse(b.geometry) : { type: 'MultiPolygon', coordinates: [] }) as { type: string; coordinates: unknown[] },
    properties: {
      block_id: b.id, total_mu: Math.round(b.totalMu * 100) / 100, parcel_count: b.parcelIds.length, parcel_ids: b.parcelIds, parcel_codes: b.parcelCodes,
      regions: b.regions, parks: b.parks, width_m: b.widthM, length_m: b.lengthM, compactness: b.compactness,
      net_land_throughout: b.netLandThroughout, sell_whole: b.sellWhole,
    },
  }))
  return { type: 'FeatureCollection' as const, features }
}
