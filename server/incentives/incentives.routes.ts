import { createRoute, z } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { createRouter } from '../http/router.js'
import { publishedRules } from './incentives.repo.js'
import { estimateForPlace } from './incentives.service.js'

export const profileSchema = z
  .object({
    project_kind: z
      .enum(['industrial', 'qflp', 'service', 'headquarters', 'licensed_finance'])
      .openapi({ description: 'industrial, qflp (foreign-invested equity fund), …' }),
    is_new: z.boolean().openapi({ description: 'Newly introduced (capital increases and mergers count)' }),
    foreign_capital_usd_wan: z
      .number()
      .min(0)
      .max(10_000_000)
      .openapi({ description: 'Foreign capital actually received this year, 万美元' }),
    total_investment_wan: z.number().min(0).max(1e9),
    land_mu: z.number().min(0).max(100_000),
    is_standard_land: z.boolean(),
  })
  .partial()
  .strict()
  .openapi('IncentiveProfile')

export const estimateRequestSchema = profileSchema
  .extend({
    place: z.string().min(1).max(40).openapi({ description: 'A jurisdiction’s code: its policies and its parents’' }),
    at: z
      .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
      .openapi({ description: 'A site [lon, lat]: the policies of the town and district holding it' }),
  })
  .partial()
  .strict()
  .openapi('IncentiveRequest')

const check = z.object({
  field: z.string(),
  op: z.string(),
  required: z.unknown(),
  actual: z.unknown(),
  met: z.boolean(),
})
const result = z.object({
  key: z.string(),
  name: z.string(),
  name_en: z.string(),
  level: z.enum(['district', 'city', 'province']),
  source: z.string(),
  place_code: z.string().nullable().openapi({ description: 'The jurisdiction whose policy this is' }),
  applies: z.boolean(),
  amount_wan: z.number(),
  capped: z.boolean(),
  checks: z.array(check),
  short_by: z.object({ field: z.string(), needed: z.number() }).nullable(),
})

export const estimateSchema = z
  .object({
    place: z.object({ code: z.string(), name: z.string(), name_en: z.string() }).nullable().openapi({
      description: 'The place asked for (or holding the site), whose policies and its parents’ were applied',
    }),
    policies_for_place: z
      .boolean()
      .openapi({ description: 'False: no policy data for this place (someone else’s policy is never applied)' }),
    total_wan: z.number(),
    applicable: z.array(result),
    almost: z.array(result),
    other: z.array(result),
  })
  .openapi('IncentiveEstimate')
export const rulesSchema = z.object({ rules: z.array(z.record(z.string(), z.unknown())) })

const estimateRoute = createRoute({
  method: 'post',
  path: '/incentives/estimate',
  summary:
    '智查策: every published incentive rule against a project profile — amounts with their reasons, and the near misses',
  ...access('policies', 'read'),
  request: { body: { content: { 'application/json': { schema: estimateRequestSchema } }, required: true } },
  responses: {
    200: {
      description: 'The estimate, in 万元',
      content: {
        'application/json': {
          schema: estimateSchema,
        },
      },
    },
    400: { description: 'A field out of range or unknown; the message names it' },
  },
})

const rulesRoute = createRoute({
  method: 'get',
  path: '/incentives/rules',
  summary: 'The published incentive rules as data: conditions, rate, unit and cap',
  ...access('policies', 'read'),
  responses: {
    200: {
      description: 'Rules',
      content: { 'application/json': { schema: rulesSchema } },
    },
  },
})

export const incentivesRoutes = createRouter()
  .openapi(rulesRoute, async (c) => c.json({ rules: await publishedRules(c.var.deps.db) }, 200))
  .openapi(estimateRoute, async (c) => c.json(await estimateForPlace(c.var.deps.db, c.req.valid('json')), 200))
