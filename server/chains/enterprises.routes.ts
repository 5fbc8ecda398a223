import { createRoute, z } from '@hono/zod-openapi'
import { auditedUpdate } from '../audit/audited-write.js'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { ApiError } from '../http/api-error.js'
import { idParamSchema, queryId } from '../http/params.js'
import { createRouter, jsonText } from '../http/router.js'
import { requiredIfMatch, setEtag } from '../http/versioning.js'
import { enterpriseAudience } from './chain-audience.js'
import { chainLinks, chainSegments } from './chains.repo.js'
import {
  enterpriseCollectionSchema,
  enterpriseDetailSchema,
  enterpriseFeatureSchema,
  enterprisePatchSchema,
  staffEnterprisePropertiesSchema,
} from './chains.schema.js'
import {
  enterpriseCollection,
  enterpriseFeature,
  enterpriseList,
  lockEnterpriseSnapshot,
  updateEnterprise,
} from './enterprises.repo.js'

const filterSchema = z.object({
  chain: queryId('chain'),
  segment: queryId('segment'),
  format: z
    .enum(['geojson', 'json'])
    .default('geojson')
    .openapi({
      param: { name: 'format', in: 'query' },
      description: 'json: every firm as a list, those without a site too (for staff: the targets to attract)',
    }),
})

const listRoute = createRoute({
  method: 'get',
  path: '/enterprises',
  summary: 'Firms with a site as GeoJSON (the public sees existing firms only)',
  ...access('enterprises', 'read'),
  request: { query: filterSchema },
  responses: {
    200: {
      description: 'Firms as GeoJSON, or as a list with format=json',
      content: {
        'application/json': {
          schema: z.union([enterpriseCollectionSchema, z.object({ items: z.array(staffEnterprisePropertiesSchema) })]),
        },
      },
    },
  },
})

const getRoute = createRoute({
  method: 'get',
  path: '/enterprises/{id}',
  summary: 'One firm, its segment, and the firms of the segments it supplies and buys from',
  ...access('enterprises', 'read'),
  request: { params: idParamSchema },
  responses: {
    200: {
      description: 'The firm and its neighbours',
      content: { 'application/json': { schema: enterpriseDetailSchema } },
    },
    404: { description: 'No such firm' },
  },
})

const patchRoute = createRoute({
  method: 'patch',
  path: '/enterprises/{id}',
  summary: 'Change a firm (promotion staff); needs If-Match',
  ...access('enterprises', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: enterprisePatchSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'The firm after the change',
      content: { 'application/json': { schema: z.object({ firm: enterpriseFeatureSchema }) } },
    },
    412: { description: 'Stale version' },
  },
})

export const enterprisesRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { chain, segment, format } = c.req.valid('query')
    const filter = { chainId: chain, segmentIds: segment ? [segment] : undefined }
    if (format === 'json')
      return c.json(
        { items: (await enterpriseList(c.var.deps.db, enterpriseAudience(c), filter)).map((f) => f.properties) },
        200,
      )
    return jsonText(c, await enterpriseCollection(c.var.deps.db, enterpriseAudience(c), filter))
  })
  .openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param')
    const { db } = c.var.deps
    const audience = enterpriseAudience(c)
    const firm = await enterpriseFeature(db, id, audience)
    if (!firm) throw new ApiError('not_found', `No firm with id ${id}`)
    const { chain_id, segment_id } = firm.properties
    if (audience === 'staff') setEtag(c, firm.properties.version as number)
    if (chain_id === null || segment_id === null) return c.json({ firm, suppliers: [], customers: [] }, 200)
    const [segments, links] = await Promise.all([chainSegments(db, chain_id), chainLinks(db, chain_id)])
    // Direct neighbours only: the firms this one buys from and sells to.
    const supplierSegments = links.filter((l) => l.customer_id === segment_id).map((l) => l.supplier_id)
    const customerSegments = links.filter((l) => l.supplier_id === segment_id).map((l) => l.customer_id)
    const [suppliers, customers] = await Promise.all([
      enterpriseList(db, audience, { chainId: chain_id, segmentIds: supplierSegments }),
      enterpriseList(db, audience, { chainId: chain_id, segmentIds: customerSegments }),
    ])
    const segment = segments.find((s) => s.id === segment_id) ?? null
    return c.json(
      { firm, segment, suppliers: suppliers.map((f) => f.properties), customers: customers.map((f) => f.properties) },
      200,
    )
  })
  .openapi(patchRoute, async (c) => {
    const { id } = c.req.valid('param')
    const patch = c.req.valid('json')
    const after = await auditedUpdate(c.var.deps.db, {
      actor: actorOf(c),
      entity: 'enterprises',
      id,
      expectedVersion: requiredIfMatch(c),
      lock: lockEnterpriseSnapshot,
      apply: async (trx, _id, before) => {
        if (patch.segment_id != null) {
          const segment = await trx
            .selectFrom('chain_segments')
            .select('chain_id')
            .where('id', '=', patch.segment_id)
            .executeTakeFirst()
          if (!segment || segment.chain_id !== before.chain_id)
            throw new ApiError(
              'invalid_request',
              `segment_id: ${patch.segment_id} is not a segment of this firm's chain`,
            )
        }
        await updateEnterprise(trx, id, patch)
      },
    })
    setEtag(c, after.version)
    return c.json({ firm: await enterpriseFeature(c.var.deps.db, id, 'staff') }, 200)
  })
