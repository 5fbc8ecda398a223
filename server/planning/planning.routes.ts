import { createRoute, z } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { rankingSchema, supplyDemandSchema, supplyQuerySchema } from './planning.schema.js'
import { rankingReport, supplyDemandReport } from './planning.service.js'
import { rankingQuerySchema, unitRankingSchema } from './unit-ranking.schema.js'
import { unitRankingReport } from './unit-ranking.service.js'

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
  summary: '赛马: each jurisdiction’s completion of this year’s targets, its light and its rank; by level, 月排位',
  ...access('targets', 'read'),
  request: { query: rankingQuerySchema },
  responses: {
    200: {
      description:
        'Without a level: one row per district with targets (the targets board). With one: one row per unit of that level with targets, for a month (a past month from its stored end)',
      content: { 'application/json': { schema: z.union([rankingSchema, unitRankingSchema]) } },
    },
    400: { description: 'A month that has not begun' },
  },
})

export const planningRoutes = createRouter()
  .openapi(supplyDemand, async (c) => {
    const { db, config } = c.var.deps
    return c.json(await supplyDemandReport(db, config.pipeline, c.req.valid('query').group, todayOf(c)), 200)
  })
  .openapi(ranking, async (c) => {
    const { db, config } = c.var.deps
    const today = todayOf(c)
    const { level, year, month } = c.req.valid('query')
    if (!level) return c.json(await rankingReport(db, config.pipeline, today), 200)
    const asked = { level, year: year ?? Number(today.slice(0, 4)), month: month ?? Number(today.slice(5, 7)) }
    return c.json(await unitRankingReport(db, config.pipeline, asked, today), 200)
  })
