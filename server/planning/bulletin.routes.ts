import { createRoute, z } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { mediaTypes, setAttachment } from '../http/download.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { rankedLevels } from '../jurisdictions/jurisdictions.table.js'
import { sheetsToXlsx } from '../land/land-export.js'
import { bulletinSheet } from './bulletin.js'
import { quarterlyBulletin } from './bulletin.service.js'
import { unitRankingSchema } from './unit-ranking.schema.js'

const unitRow = unitRankingSchema.shape.rows.element.omit({ rank_last_month: true })

export const bulletinSchema = z
  .object({
    year: z.number().int(),
    quarter: z.number().int(),
    as_of: z.string(),
    sections: z.array(
      z.object({
        level: z.enum(rankedLevels),
        rows: z.array(unitRow.extend({ rank_last_quarter: z.number().int().nullable() })),
      }),
    ),
  })
  .openapi('QuarterlyBulletin')

const bulletin = createRoute({
  method: 'get',
  path: '/planning/bulletin',
  summary: '季通报: every level’s units at the quarter’s end, with completion, rank, change since last quarter, lights',
  ...access('targets', 'read'),
  request: {
    query: z.object({
      year: z.coerce.number().int().min(2000).max(2100).optional().openapi({ description: 'Default: this year' }),
      quarter: z.coerce.number().int().min(1).max(4).optional().openapi({ description: 'Default: this quarter' }),
      format: z.enum(['json', 'xlsx']).default('json'),
    }),
  },
  responses: {
    200: {
      description: 'The bulletin, as JSON or as a workbook with one sheet per level',
      content: {
        'application/json': { schema: bulletinSchema },
        [mediaTypes.xlsx]: { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    400: { description: 'A quarter that has not begun' },
  },
})

export const bulletinRoutes = createRouter().openapi(bulletin, async (c) => {
  const today = todayOf(c)
  const query = c.req.valid('query')
  const year = query.year ?? Number(today.slice(0, 4))
  const quarter = query.quarter ?? Math.ceil(Number(today.slice(5, 7)) / 3)
  const format = query.format
  const report = await quarterlyBulletin(c.var.deps.db, c.var.deps.config.pipeline, year, quarter, today)
  if (format === 'json') return c.json(report, 200)
  setAttachment(c, `bulletin-${year}-q${quarter}`, `${year}年第${quarter}季度赛马通报`, 'xlsx', today)
  const sheets = report.sections.map((section) => bulletinSheet(section, year, quarter, report.as_of))
  return c.body(new Uint8Array(await sheetsToXlsx(sheets))) as never
})
