import { createRoute } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { createRouter, jsonText } from '../http/router.js'
import { parksFeatureCollection } from './parks.repo.js'
import { type ParkCollection, parkCollectionSchema } from './parks.schema.js'

const listParks = createRoute({
  method: 'get',
  path: '/parks',
  ...access('parks', 'read'),
  summary: 'Published industrial parks with their available land',
  responses: {
    200: { description: 'Parks as GeoJSON', content: { 'application/json': { schema: parkCollectionSchema } } },
  },
})

export const parksRoutes = createRouter().openapi(listParks, async (c) =>
  jsonText<ParkCollection>(c, await parksFeatureCollection(c.var.deps.db)),
)
