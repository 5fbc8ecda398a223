import { createRoute } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { rankingSchema, supplyDemandSchema, supplyQuerySchema } from './planning.schema.js'
import { rankingReport, supplyDemandReport } from './planning.service.js'

const supplyDemand = createRoute({
  method: 'get',
  path: '/planning/supply-demand',
  summary:
    'Land on offer against the pipeline’s demand, per district, park or land category (staff: the pipeline is confidential)',
  ...access('projects', 'read'),
  request: { query: supplyQuerySchema },
  responses: {
    200: {
      description: 'Rows, totals, conflicts and the yearly land targets',
      content: { 'application/json': { schema: supplyDemandSchema } },
    },
  },
})

const ranking = createRoute({
  method: 'get',
  path: '/planning/ranking',
  summary: '赛马: each jurisdiction’s completion of this year’s targets, its light and its rank',
  ...access('targets', 'read'),
  responses: {
    200: {
      description: 'One row per jurisdiction with targets',
      content: { 'application/json': { schema: rankingSchema } },
    },
  },
})

export const planningRoutes = createRouter()
  .openapi(supplyDemand, async (c) => {
    const { db, config } = c.var.deps
    return c.json(await supplyDemandReport(db, config.pipeline, c.req.valid('query').group, todayOf(c)), 200)
  })
  .openapi(ranking, async (c) => {
    const { db, config } = c.var.deps
    return c.json(await rankingReport(db, config.pipeline, todayOf(c)), 200)
  })
