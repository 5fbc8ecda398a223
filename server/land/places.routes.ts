import { createRoute, z } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { createRouter } from '../http/router.js'
import { landAudience } from './land-audience.js'
import { parcelListQuerySchema } from './parcels-query.schema.js'
import { placesNamed } from './text-search.js'

const placesSchema = z
  .object({
    park_ids: z.array(z.number().int()).openapi({ description: 'Parks the text names (the public: published ones)' }),
    region_ids: z.array(z.number().int()),
  })
  .openapi('PlacesNamed')

const namedPlaces = createRoute({
  method: 'get',
  path: '/places',
  summary: 'The parks and districts a search text names, in Chinese, English or pinyin (as /api/parcels?q= matches)',
  ...access('parcels', 'read'),
  request: { query: z.object({ q: parcelListQuerySchema.shape.q.unwrap() }) },
  responses: {
    200: { description: 'Ids of the places named', content: { 'application/json': { schema: placesSchema } } },
    400: { description: 'q is missing or too long' },
  },
})

export const placesRoutes = createRouter().openapi(namedPlaces, async (c) => {
  const { q } = c.req.valid('query')
  const places = await placesNamed(c.var.deps.db, landAudience(c), q)
  return c.json({ park_ids: places.parkIds, region_ids: places.regionIds }, 200)
})
