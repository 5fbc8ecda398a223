import { createRoute, z } from '@hono/zod-openapi'
import { auditedUpdate } from '../audit/audited-write.js'
import { access, allows } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { ApiError } from '../http/api-error.js'
import { idParamSchema } from '../http/params.js'
import { createRouter, jsonText } from '../http/router.js'
import { requiredIfMatch, setEtag } from '../http/versioning.js'
import { landAudience } from './land-audience.js'
import { parcelTotals, searchParcelFeatures, searchParcelRows } from './parcel-search.repo.js'
import { lockParcelSnapshot, parcelFeature, updateParcel } from './parcels.repo.js'
import {
  type ParcelCollection,
  type ParcelFeature,
  type ParcelPage,
  parcelEditResultSchema,
  parcelFeatureCollectionSchema,
  parcelFeatureSchema,
  parcelPageSchema,
  parcelPatchSchema,
} from './parcels.schema.js'
import { parcelListQuerySchema } from './parcels-query.schema.js'
import { sellWholeWarnings } from './sell-whole.js'
import { resolveTextSearch } from './text-search.js'

const listParcels = createRoute({
  method: 'get',
  path: '/parcels',
  summary:
    'The land list: filters, sorting from an allowlist, paging; GeoJSON or JSON. Published parcels for the public, all for staff',
  ...access('parcels', 'read'),
  request: { query: parcelListQuerySchema },
  responses: {
    200: {
      description: 'format=geojson: a FeatureCollection; format=json: a page of records. X-Total-Count: all matches',
      content: { 'application/json': { schema: z.union([parcelFeatureCollectionSchema, parcelPageSchema]) } },
    },
    400: { description: 'A query parameter is invalid (an unknown sort key too); the message names it' },
  },
})

const getParcel = createRoute({
  method: 'get',
  path: '/parcels/{id}',
  summary: 'One parcel; staff also get its version as an ETag',
  ...access('parcels', 'read'),
  request: { params: idParamSchema },
  responses: {
    200: {
      description: 'The parcel as a GeoJSON Feature',
      content: { 'application/json': { schema: parcelFeatureSchema } },
    },
    404: { description: 'No such parcel, or not published' },
  },
})

const patchParcel = createRoute({
  method: 'patch',
  path: '/parcels/{id}',
  summary: 'Change a parcel (planners); needs If-Match with the ETag last read',
  ...access('parcels', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: parcelPatchSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'The parcel after the change, with warnings (e.g. splitting a 200-mu block)',
      content: { 'application/json': { schema: parcelEditResultSchema } },
    },
    412: { description: 'Someone changed the parcel since; the ETag header carries the current version' },
    428: { description: 'If-Match missing' },
  },
})

export const parcelsRoutes = createRouter()
  .openapi(listParcels, async (c) => {
    const { db } = c.var.deps
    const audience = landAudience(c)
    const query = await resolveTextSearch(db, audience, c.req.valid('query'))
    const { total, extent } = await parcelTotals(db, query, audience)
    c.header('X-Total-Count', String(total))
    if (query.format === 'json') {
      const items = (await searchParcelRows(db, query, audience)) as ParcelPage['items']
      return c.json({ total, offset: query.offset, limit: query.limit, items, extent }, 200)
    }
    return jsonText<ParcelCollection>(c, await searchParcelFeatures(db, query, audience))
  })
  .openapi(getParcel, async (c) => {
    const { id } = c.req.valid('param')
    const found = await parcelFeature(c.var.deps.db, id, landAudience(c))
    if (!found) throw new ApiError('not_found', `No parcel with id ${id}`)
    if (allows(c, 'parcels', 'update')) setEtag(c, found.version)
    return jsonText<typeof parcelFeatureSchema._output>(c, found.feature)
  })
  .openapi(patchParcel, async (c) => {
    const { id } = c.req.valid('param')
    const patch = c.req.valid('json')
    const expectedVersion = requiredIfMatch(c)
    const { links, ...fields } = patch
    const withLinks = links ? { ...fields, links: JSON.stringify(links) } : fields
    const changes = patch.status && patch.status !== 'idle' ? { ...withLinks, idle_category: null } : withLinks
    const { db } = c.var.deps
    const warnings = await sellWholeWarnings(db, id, patch.status)
    const after = await auditedUpdate(db, {
      actor: actorOf(c),
      entity: 'parcels',
      id,
      expectedVersion,
      lock: lockParcelSnapshot,
      apply: (trx) => updateParcel(trx, id, changes),
    })
    setEtag(c, after.version)
    const found = await parcelFeature(db, id, 'staff')
    return c.json({ ...(JSON.parse(found!.feature) as ParcelFeature), warnings }, 200)
  })
