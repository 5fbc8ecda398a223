import { z } from '@hono/zod-openapi'
import { rankedLevels, unitMetrics } from '../jurisdictions/jurisdictions.table.js'
import { light, metricResultsSchema } from './planning.schema.js'

export const rankingQuerySchema = z.object({
  level: z
    .enum(rankedLevels)
    .optional()
    .openapi({ description: 'Rank the units of this level; without it, the districts on the targets board' }),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  month: z.coerce.number().int().min(1).max(12).optional(),
})

export const unitRankingSchema = z
  .object({
    level: z.enum(rankedLevels),
    year: z.number().int(),
    month: z.number().int(),
    as_of: z.string().openapi({ description: 'Today for this month; the month’s last day for a past one' }),
    recorded_at: z
      .string()
      .nullable()
      .openapi({ description: 'When a past month’s end was stored: it is answered from that record, not recomputed' }),
    rows: z.array(
      z.object({
        unit_id: z.number().int(),
        code: z.string(),
        name: z.string(),
        name_en: z.string(),
        metrics: metricResultsSchema(unitMetrics),
        score: z.number(),
        light,
        rank: z.number().int(),
        rank_last_month: z.number().int().nullable(),
      }),
    ),
  })
  .openapi('UnitRanking')
