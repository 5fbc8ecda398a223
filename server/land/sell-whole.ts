import type { DbOrTrx } from '../db/database.js'
import { SELL_WHOLE_MU } from './block-graph.js'
import { DEFAULT_BLOCK_STATUSES } from './blocks.js'
import { currentBlocks } from './blocks-cache.js'
import type { ParcelStatus } from './parcels.table.js'

export interface LandWarning {
  code: 'splits_sell_whole_block'
  message: string
}

/**
 * A parcel leaving the land on offer (held for a project, supplied…) while it belongs to a block of 200 mu or more
 * splits land the rules say must be sold whole: the change is allowed, with a warning.
 */
export async function sellWholeWarnings(
  db: DbOrTrx,
  parcelId: number,
  newStatus: ParcelStatus | undefined,
): Promise<LandWarning[]> {
  if (!newStatus || DEFAULT_BLOCK_STATUSES.includes(newStatus)) return []
  const blocks = await currentBlocks(
    db,
    { statuses: DEFAULT_BLOCK_STATUSES, audience: 'staff' },
    { gapM: 0, minMu: SELL_WHOLE_MU },
  )
  const block = blocks.find((b) => b.parcelIds.includes(parcelId))
  if (!block || block.parcelIds.length < 2) return []
  const mu = block.totalMu.toFixed(1)
  return [
    {
      code: 'splits_sell_whole_block',
      message:
        `该地块属于${mu}亩连片地块 ${block.id}（${block.parcelCodes.length}宗），应整体出让；单独占用将拆分连片土地。 ` +
        `This parcel belongs to block ${block.id} of ${mu} mu (${block.parcelCodes.length} parcels), to be sold whole: using part of it splits the block.`,
    },
  ]
}
