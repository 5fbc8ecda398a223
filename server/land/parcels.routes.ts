import { createRoute } from '@hono/zod-openapi'
import { createRouter, jsonText } from '../http/router.js'
import { publishedParcelsFeatureCollection } from './parcels.repo.js'
import { type ParcelCollection, parcelCollectionSchema, parcelListQuerySchema } from './parcels.schema.js'

const listParcels = createRoute({
  method: 'get',
  path: '/parcels',
  summary: 'Published land parcels, optionally within a bounding box',
  request: { query: parcelListQuerySchema },
  responses: {
    200: { description: 'Parcels as GeoJSON', content: { 'application/json': { schema: parcelCollectionSchema } } },
    400: { description: 'A query parameter is invalid; the message names it' },
  },
})

export const parcelsRoutes = createRouter().openapi(listParcels, async (c) => {
  const { bbox, limit } = c.req.valid('query')
  return jsonText<ParcelCollection>(c, await publishedParcelsFeatureCollection(c.var.deps.db, { bbox, limit }))
})
