import type { DbOrTrx } from '../db/database.js'
import { assembleBlocks, type Block, SELL_WHOLE_MU } from './block-graph.js'
import { adjacentPairs, type BlockFilter, blockCandidates, blockShapes, metricSrid } from './blocks.repo.js'
import type { ParcelStatus } from './parcels.table.js'

export const DEFAULT_BLOCK_STATUSES: readonly ParcelStatus[] = ['available', 'reserve']

export interface BlockWithShape extends Block {
  geometry: string | null
  widthM: number | null
  lengthM: number | null
  compactness: number | null
}

/** Skeleton (candidates and adjacency from SQL) → pure assembly → shapes for the blocks that qualify. */
export async function computeBlocks(db: DbOrTrx, filter: BlockFilter, options: { gapM: number; minMu: number }): Promise<BlockWithShape[]> {
  const srid = await metricSrid(db, filter)
  const [candidates, pairs] = await Promise.all([blockCandidates(db, filter), adjacentPairs(db, filter, options.gapM, srid)])
  const blocks = assembleBlocks(candidates, pairs, options.minMu)
  const members = blocks.flatMap((block, index) => block.parcelIds.map((parcelId) => ({ block: index, parcelId })))
  const shapes = new Map((await blockShapes(db, members, srid)).map((s) => [s.block, s]))
  return blocks.map((block, index) => {
    const shape = shapes.get(index)
    return { ...block, geometry: shape?.geometry ?? null, widthM: shape?.widthM ?? null, lengthM: shape?.lengthM ?? null, compactness: shape?.compactness ?? null }
  })
}

export interface LandWarning {
  code: 'splits_sell_whole_block'
  message: string
}

/**
 * A parcel leaving the land on offer (held for a project, supplied…) while it belongs to a block of 200 mu or more
 * splits land the rules say must be sold whole: the change is allowed, with a warning.
 */
export async function sellWholeWarnings(db: DbOrTrx, parcelId: number, newStatus: ParcelStatus | undefined): Promise<LandWarning[]> {
  if (!newStatus || DEFAULT_BLOCK_STATUSES.includes(newStatus)) return []
  const blocks = await computeBlocks(db, { statuses: DEFAULT_BLOCK_STATUSES, audience: 'staff' }, { gapM: 0, minMu: SELL_WHOLE_MU })
  const block = blocks.find((b) => b.parcelIds.includes(parcelId))
  if (!block || block.parcelIds.length < 2) return []
  const mu = block.totalMu.toFixed(1)
  return [
    {
      code: 'splits_sell_whole_block',
      message: `该地块属于${mu}亩连片地块 ${block.id}（${block.parcelCodes.length}宗），应整体出让；单独占用将拆分连片土地。 ` +
        `This parcel belongs to block ${block.id} of ${mu} mu (${block.parcelCodes.length} parcels), to be sold whole: using part of it splits the block.`,
    },
  ]
}
