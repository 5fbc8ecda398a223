import type { DbOrTrx } from '../db/database.js'
import type { BlockWithShape } from './blocks.js'
import { parcelVerdicts } from './blocks.repo.js'
import { type BlockSearch, blockFilterSchema } from './blocks.schema.js'
import type { ParcelAudience } from './parcels.repo.js'
import { resolveTextSearch } from './text-search.js'

const isSet = (value: unknown) => value !== undefined

const BLOCK_SEARCH_KEYS = Object.keys(blockFilterSchema.shape) as (keyof BlockSearch)[]

/** Of a wider filter (the land list's), what applies to blocks. */
export function blockSearchOf(filter: BlockSearch): BlockSearch {
  return Object.fromEntries(BLOCK_SEARCH_KEYS.map((key) => [key, filter[key]])) as BlockSearch
}

/**
 * The blocks a search asks for. A block qualifies when every parcel in it has the land use, stays within the price
 * and is 标准地 when asked (industrial land, within budget), some parcel of it lies within each distance, in the district or park, and
 * matches the text (the block reaches that close to the port, into that park), its total is within `max_mu`, and for
 * `net_land` it is net land throughout (or not).
 */
export async function searchBlocks(
  db: DbOrTrx,
  audience: ParcelAudience,
  blocks: readonly BlockWithShape[],
  search: BlockSearch,
): Promise<BlockWithShape[]> {
  const { max_mu, net_land, land_use, max_price, standard_land, ...someParcel } = blockSearchOf(search)
  const sized = blocks.filter(
    (block) =>
      (max_mu === undefined || block.totalMu <= max_mu) &&
      (net_land === undefined || block.netLandThroughout === net_land),
  )
  const every = { land_use, max_price, standard_land }
  if (!Object.values(every).some(isSet) && !Object.values(someParcel).some(isSet)) return sized
  const some = await resolveTextSearch(db, audience, someParcel)
  const verdicts = await parcelVerdicts(
    db,
    audience,
    sized.flatMap((block) => block.parcelIds),
    { every, some },
  )
  return sized.filter(
    (block) =>
      block.parcelIds.every((id) => verdicts.get(id)?.every) && block.parcelIds.some((id) => verdicts.get(id)?.some),
  )
}
