import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { access } from '../auth/access.js'
import type { AppEnv } from '../http/app-env.js'
import { mediaTypes, setAttachment, sheetResponse } from '../http/download.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { byUrgency } from './project-assessment.js'
import { dynamicListKeys, dynamicLists, inList, projectListSheet } from './project-lists.js'
import { presentProject } from './project-present.js'
import { listProjectRows } from './projects.repo.js'
import { projectCollectionSchema, projectWarningSchema } from './projects.schema.js'
import { projectStages } from './projects.table.js'

const listQuerySchema = z.object({
  list: z
    .enum(dynamicListKeys)
    .optional()
    .openapi({
      param: { name: 'list', in: 'query' },
      description: 'One of the four dynamic lists (002): negotiating 在谈, signed 签约, building 动建, production 投产',
    }),
  stage: z
    .enum(projectStages)
    .optional()
    .openapi({ param: { name: 'stage', in: 'query' }, description: 'Projects at this stage only, e.g. lead (新线索)' }),
})

const listProjects = createRoute({
  method: 'get',
  path: '/projects',
  summary: 'The project pipeline with what the rules say today (staff only: confidential)',
  ...access('projects', 'read'),
  request: { query: listQuerySchema },
  responses: {
    200: {
      description: 'Projects as GeoJSON; those without a point have a null geometry',
      content: { 'application/json': { schema: projectCollectionSchema } },
    },
  },
})

const exportList = createRoute({
  method: 'get',
  path: '/projects/export',
  summary: 'One dynamic list as .xlsx or CSV',
  ...access('projects', 'read'),
  request: {
    query: z.object({
      list: z.enum(dynamicListKeys).openapi({ param: { name: 'list', in: 'query' } }),
      format: z
        .enum(['xlsx', 'csv'])
        .default('xlsx')
        .openapi({ param: { name: 'format', in: 'query' } }),
    }),
  },
  responses: {
    200: {
      description: 'A file to download',
      content: {
        [mediaTypes.xlsx]: { schema: z.string().openapi({ format: 'binary' }) },
        'text/csv': { schema: z.string() },
      },
    },
  },
})

export const inboxItemSchema = projectWarningSchema.extend({
  project_id: z.number().int(),
  code: z.string(),
  name: z.string(),
  stage: z.enum(projectStages),
  responsible: z.string().nullable(),
  landing_region_name: z.string().nullable(),
  park_name: z.string().nullable(),
})

const warningsInbox = createRoute({
  method: 'get',
  path: '/projects/warnings',
  summary: 'Every warning of every live project, most urgent first',
  ...access('projects', 'read'),
  responses: {
    200: {
      description: 'The inbox',
      content: {
        'application/json': {
          schema: z.object({ today: z.string(), items: z.array(inboxItemSchema) }).openapi('WarningsInbox'),
        },
      },
    },
  },
})

/** Every project as the rules see it today. */
async function presentAll(c: Context<AppEnv>, today: string) {
  const rows = await listProjectRows(c.var.deps.db)
  return rows.map((row) => presentProject(row, today, c.var.deps.config.pipeline, rows))
}

export const pipelineViewsRoutes = createRouter()
  .openapi(listProjects, async (c) => {
    const { list, stage } = c.req.valid('query')
    const today = todayOf(c)
    const all = await presentAll(c, today)
    const features = all
      .filter((f) => !list || inList(list, f.properties))
      .filter((f) => !stage || f.properties.stage === stage)
    return c.json({ type: 'FeatureCollection' as const, today, features }, 200)
  })
  .openapi(exportList, async (c) => {
    const { list, format } = c.req.valid('query')
    const today = todayOf(c)
    const rows = (await presentAll(c, today)).filter((f) => inList(list, f.properties))
    setAttachment(c, `projects-${list}`, dynamicLists[list].title, format, today)
    return sheetResponse(c, projectListSheet(list, rows), format)
  })
  .openapi(warningsInbox, async (c) => {
    const today = todayOf(c)
    const features = await presentAll(c, today)
    const items = features.flatMap(({ properties: p }) =>
      p.warnings.map((w) => ({
        ...w,
        project_id: p.id,
        code: p.code,
        name: p.name,
        stage: p.stage,
        responsible: p.responsible,
        landing_region_name: p.landing_region_name,
        park_name: p.park_name,
      })),
    )
    return c.json({ today, items: items.sort(byUrgency) }, 200)
  })
