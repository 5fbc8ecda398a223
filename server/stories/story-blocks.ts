import type { DbOrTrx } from '../db/database.js'
import { DEFAULT_BLOCK_STATUSES } from '../land/blocks.js'
import { displayedBlocks } from '../land/blocks-cache.js'
import type { ParcelAudience } from '../land/parcels.repo.js'

/** Blocks a story names are the map's blocks: contiguous land of 100 mu and more. */
export const STORY_BLOCK_MIN_MU = 100

/** The blocks this audience sees on the map (cached by land revision): what a story shows, counts and checks. */
export const storyBlocks = (db: DbOrTrx, audience: ParcelAudience) =>
  displayedBlocks(db, { statuses: DEFAULT_BLOCK_STATUSES, audience }, { gapM: 0, minMu: STORY_BLOCK_MIN_MU })
