import { createRoute } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { createRouter, jsonText } from '../http/router.js'
import { regionsFeatureCollection } from './regions.repo.js'
import { type RegionCollection, regionCollectionSchema } from './regions.schema.js'

const listRegions = createRoute({
  method: 'get',
  path: '/regions',
  ...access('regions', 'read'),
  summary: 'Districts and counties with their boundaries',
  responses: {
    200: { description: 'Regions as GeoJSON', content: { 'application/json': { schema: regionCollectionSchema } } },
  },
})

export const regionsRoutes = createRouter().openapi(listRegions, async (c) =>
  jsonText<RegionCollection>(c, await regionsFeatureCollection(c.var.deps.db)),
)
