import { createRoute } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { createRouter } from '../http/router.js'
import { searchBlocks } from './block-search.js'
import { blockFeatureCollection, DEFAULT_BLOCK_STATUSES } from './blocks.js'
import { blockCollectionSchema, blockQuerySchema } from './blocks.schema.js'
import { displayedBlocks } from './blocks-cache.js'
import { landAudience } from './land-audience.js'

const listBlocks = createRoute({
  method: 'get',
  path: '/blocks',
  summary: 'Contiguous land blocks (连片土地) of at least min_mu: the 100-mu and 200-mu lists',
  ...access('parcels', 'read'),
  request: { query: blockQuerySchema },
  responses: {
    200: {
      description: 'Blocks as GeoJSON, largest first',
      content: { 'application/json': { schema: blockCollectionSchema } },
    },
    400: { description: 'A parameter is invalid; the message names it' },
  },
})

export const blocksRoutes = createRouter().openapi(listBlocks, async (c) => {
  const { min_mu, gap_m, status, ...search } = c.req.valid('query')
  // The public's blocks are built from published parcels only: totals never reveal unpublished land.
  const audience = landAudience(c)
  const { db } = c.var.deps
  const blocks = await displayedBlocks(
    db,
    { statuses: status ?? DEFAULT_BLOCK_STATUSES, audience },
    { gapM: gap_m, minMu: min_mu },
  )
  const found = await searchBlocks(db, audience, blocks, search)
  c.header('X-Total-Count', String(found.length))
  return c.json(blockFeatureCollection(found), 200)
})
