import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { access } from '../auth/access.js'
import { ApiError } from '../http/api-error.js'
import type { AppEnv } from '../http/app-env.js'
import { anyGeometrySchema } from '../http/geojson.js'
import { idParamSchema, pathId } from '../http/params.js'
import { createRouter, jsonText } from '../http/router.js'
import { setEtag } from '../http/versioning.js'
import { currentBlocks } from '../land/blocks-cache.js'
import { landAudience } from '../land/land-audience.js'
import { enterpriseAudience } from './chain-audience.js'
import { toExchange } from './chain-exchange.js'
import { reachable } from './chain-graph.js'
import { gapLandParcels } from './chain-land.repo.js'
import { presentSegments } from './chain-view.js'
import { chainLinks, chainSegments, findChain, firmsPerSegment, listChains } from './chains.repo.js'
import { chainDetailSchema, chainExchangeSchema, chainSummarySchema, gapLandSchema } from './chains.schema.js'
import { segmentLinkFeatures } from './enterprises.repo.js'
import { rankGapLand } from './gap-land.js'

const segmentParams = z.object({
  id: pathId('id'),
  segmentId: pathId('segmentId'),
})

export const linkCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        geometry: anyGeometrySchema,
        properties: z.discriminatedUnion('kind', [
          z.object({
            kind: z.literal('link').openapi({ description: 'A firm to its nearest supplier or customer' }),
            supplier_id: z.number().int(),
            customer_id: z.number().int(),
            supplier_segment_id: z.number().int(),
            customer_segment_id: z.number().int(),
          }),
          z.object({
            kind: z.literal('hull').openapi({ description: 'The outline of a segment’s firms in one park' }),
            segment_id: z.number().int(),
            park_id: z.number().int().nullable(),
            firms: z.number().int(),
            selected: z.boolean(),
          }),
        ]),
      }),
    ),
  })
  .openapi('SegmentLinks')

const ok = <S extends z.ZodType>(description: string, schema: S) => ({
  200: { description, content: { 'application/json': { schema } } },
  404: { description: 'No such chain or segment' },
})

const listRoute = createRoute({
  method: 'get',
  path: '/chains',
  summary: 'Industry chains with their size (target counts for staff only)',
  ...access('chains', 'read'),
  responses: ok('Chains', z.object({ chains: z.array(chainSummarySchema) })),
})
const detailRoute = createRoute({
  method: 'get',
  path: '/chains/{id}',
  summary: 'A chain’s segments as a graph: strength, gaps, links and layout',
  ...access('chains', 'read'),
  request: { params: idParamSchema },
  responses: ok('The chain', chainDetailSchema),
})
const exportRoute = createRoute({
  method: 'get',
  path: '/chains/{id}/export',
  summary: 'The chain’s structure in the exchange format',
  ...access('chains', 'read'),
  request: { params: idParamSchema },
  responses: ok('The exchange file', chainExchangeSchema),
})
const linksRoute = createRoute({
  method: 'get',
  path: '/chains/{id}/segments/{segmentId}/links',
  ...access('chains', 'read'),
  summary: 'Supplier → customer lines between firms of linked segments, and each segment’s cluster hull (GeoJSON)',
  request: { params: segmentParams },
  responses: ok('Lines and hulls', linkCollectionSchema),
})
const landRoute = createRoute({
  method: 'get',
  path: '/chains/{id}/segments/{segmentId}/land',
  ...access('chains', 'read'),
  summary:
    'Land to fill a gap: available parcels and blocks in fitting parks, nearest to the segment’s suppliers and customers first',
  request: { params: segmentParams },
  responses: ok('Parcels and blocks', gapLandSchema),
})

async function chainOr404(c: Context<AppEnv>, id: number) {
  const chain = await findChain(c.var.deps.db, id)
  if (!chain) throw new ApiError('not_found', `No chain with id ${id}`)
  return chain
}

async function segmentOf(c: Context<AppEnv>, chainId: number, segmentId: number) {
  const [chain, segments, links] = await Promise.all([
    chainOr404(c, chainId),
    chainSegments(c.var.deps.db, chainId),
    chainLinks(c.var.deps.db, chainId),
  ])
  if (!segments.some((s) => s.id === segmentId))
    throw new ApiError('not_found', `Chain ${chainId} has no segment ${segmentId}`)
  return { chain, segments, links }
}

export const chainsRoutes = createRouter()
  .openapi(listRoute, async (c) =>
    c.json({ chains: await listChains(c.var.deps.db, enterpriseAudience(c) === 'staff') }, 200),
  )
  .openapi(detailRoute, async (c) => {
    const { id } = c.req.valid('param')
    const { db, config } = c.var.deps
    const chain = await chainOr404(c, id)
    const [segments, links, firms] = await Promise.all([
      chainSegments(db, id),
      chainLinks(db, id),
      firmsPerSegment(db, id),
    ])
    const threshold = chain.gap_threshold ?? config.chainGapThreshold
    setEtag(c, chain.version)
    return c.json(
      {
        ...chain,
        gap_threshold: threshold,
        segments: presentSegments(segments, links, firms, threshold, enterpriseAudience(c) === 'staff'),
        links,
      },
      200,
    )
  })
  .openapi(exportRoute, async (c) => {
    const { id } = c.req.valid('param')
    const chain = await chainOr404(c, id)
    const [segments, links] = await Promise.all([chainSegments(c.var.deps.db, id), chainLinks(c.var.deps.db, id)])
    c.header('Content-Disposition', `attachment; filename="chain-${chain.key}.json"`)
    return c.json(toExchange(chain, segments, links), 200)
  })
  .openapi(linksRoute, async (c) => {
    const { id, segmentId } = c.req.valid('param')
    await segmentOf(c, id, segmentId)
    return jsonText<z.infer<typeof linkCollectionSchema>>(c, await segmentLinkFeatures(c.var.deps.db, segmentId))
  })
  .openapi(landRoute, async (c) => {
    const { id, segmentId } = c.req.valid('param')
    const { chain, links } = await segmentOf(c, id, segmentId)
    const graphLinks = links.map((l) => ({ supplierId: l.supplier_id, customerId: l.customer_id }))
    const audience = landAudience(c)
    const [parcels, blocks] = await Promise.all([
      gapLandParcels(
        c.var.deps.db,
        chain.key,
        reachable(graphLinks, segmentId, 'up'),
        reachable(graphLinks, segmentId, 'down'),
        audience,
      ),
      currentBlocks(c.var.deps.db, { statuses: ['available'], audience }, { gapM: 0, minMu: 0, membershipOnly: true }),
    ])
    return c.json(rankGapLand(parcels, blocks), 200)
  })
