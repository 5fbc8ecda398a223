import { createRoute, z } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { createRouter } from '../http/router.js'
import { landAudience } from './land-audience.js'
import { landSummary } from './summary.repo.js'

const rowSchema = z.object({
  key: z.string(),
  name: z.string(),
  name_en: z.string().nullable(),
  count: z.number().int(),
  mu: z.number(),
})
export const summarySchema = z
  .object({
    total: z.object({ count: z.number().int(), mu: z.number() }),
    by_status: z.array(rowSchema),
    by_district: z.array(rowSchema),
    by_park: z.array(rowSchema),
    by_land_use: z.array(rowSchema),
  })
  .openapi('LandSummary')

const getSummary = createRoute({
  method: 'get',
  path: '/land/summary',
  summary: 'Count and mu by status, district, park and land use (published land for the public)',
  ...access('parcels', 'read'),
  responses: { 200: { description: 'The summary', content: { 'application/json': { schema: summarySchema } } } },
})

export const summaryRoutes = createRouter().openapi(getSummary, async (c) => {
  const audience = landAudience(c)
  return c.json(await landSummary(c.var.deps.db, audience), 200)
})
