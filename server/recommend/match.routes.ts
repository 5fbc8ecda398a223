import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { access } from '../auth/access.js'
import { chainTiers } from '../chains/chain-enums.js'
import { ApiError } from '../http/api-error.js'
import type { AppEnv } from '../http/app-env.js'
import { queryId } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { DEFAULT_BLOCK_STATUSES } from '../land/blocks.js'
import { currentBlocks } from '../land/blocks-cache.js'
import { landAudience } from '../land/land-audience.js'
import { matchWeights, rankSegments } from './industry-match.js'
import { parcelSite, parkSite, type SiteRow, segmentsNear } from './match.repo.js'

/** Firms within this distance of a site count as its neighbours. */
const NEARBY_RADIUS_M = 10_000

const id = queryId
const matchQuerySchema = z
  .object({
    parcel: id('parcel'),
    park: id('park'),
    block: z
      .string()
      .min(1)
      .max(80)
      .optional()
      .openapi({ param: { name: 'block', in: 'query' } }),
  })
  .refine((q) => [q.parcel, q.park, q.block].filter((v) => v !== undefined).length === 1, {
    message: 'name exactly one of parcel, park or block',
    path: ['parcel'],
  })

const reason = z.object({
  criterion: z.enum(['park_fit', 'cluster', 'supply_chain', 'gap', 'transport']),
  score: z.number(),
  weight: z.number(),
  value: z.union([z.number(), z.string()]).nullable(),
})
export const matchSchema = z
  .object({
    site: z.string(),
    radius_km: z.number(),
    weights: z.record(z.string(), z.number()),
    segments: z.array(
      z.object({
        segment_id: z.number().int(),
        segment_key: z.string(),
        name: z.string(),
        name_en: z.string(),
        tier: z.enum(chainTiers),
        chain_id: z.number().int(),
        chain_key: z.string(),
        chain_name: z.string(),
        chain_name_en: z.string(),
        score: z.number(),
        reasons: z.array(reason),
      }),
    ),
  })
  .openapi('IndustryMatch')

const matchRoute = createRoute({
  method: 'get',
  path: '/match',
  summary:
    '智选产: the chain segments that fit a parcel, block or park, ranked, every score with its criterion and raw value',
  ...access('parcels', 'read'),
  request: { query: matchQuerySchema },
  responses: {
    200: { description: 'Ranked segments', content: { 'application/json': { schema: matchSchema } } },
    404: { description: 'No such site (or not published)' },
  },
})

async function siteOf(
  c: Context<AppEnv>,
  q: { parcel?: number; park?: number; block?: string },
): Promise<SiteRow | undefined> {
  const { db } = c.var.deps
  const audience = landAudience(c)
  if (q.parcel !== undefined) return parcelSite(db, [q.parcel], audience)
  if (q.park !== undefined) return parkSite(db, q.park, audience)
  const blocks = await currentBlocks(
    db,
    { statuses: DEFAULT_BLOCK_STATUSES, audience },
    { gapM: 0, minMu: 0, membershipOnly: true },
  )
  const block = blocks.find((b) => b.id === q.block)
  return block ? parcelSite(db, block.parcelIds, audience) : undefined
}

export const matchRoutes = createRouter().openapi(matchRoute, async (c) => {
  const query = c.req.valid('query')
  const site = await siteOf(c, query)
  if (!site)
    throw new ApiError(
      'not_found',
      `No such ${query.parcel !== undefined ? 'parcel' : query.park !== undefined ? 'park' : 'block'}`,
    )
  const segments = await segmentsNear(c.var.deps.db, site.point, NEARBY_RADIUS_M, c.var.deps.config.chainGapThreshold)
  const ranked = rankSegments(site, segments)
  return c.json(
    {
      site: site.label,
      radius_km: NEARBY_RADIUS_M / 1000,
      weights: { ...matchWeights },
      segments: ranked.map((s) => ({
        segment_id: s.segmentId,
        segment_key: s.segmentKey,
        name: s.name,
        name_en: s.name_en,
        tier: s.tier,
        chain_id: s.chainId,
        chain_key: s.chainKey,
        chain_name: s.chainName,
        chain_name_en: s.chainName_en,
        score: s.score,
        reasons: s.reasons,
      })),
    },
    200,
  )
})
