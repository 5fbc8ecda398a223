import { createRoute } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { createRouter } from '../http/router.js'
import { contextSummary } from './context.repo.js'
import { contextImportResultSchema, contextImportSchema, contextSummarySchema } from './context.schema.js'
import { importContext } from './context-import.service.js'

const importRoute = createRoute({
  method: 'post',
  path: '/context/imports',
  ...access('imports', 'create'),
  summary: 'Import roads, railways, rivers, water or built-up areas (GeoJSON or Shapefile, any CRS) into the basemap',
  request: { body: { content: { 'application/json': { schema: contextImportSchema } }, required: true } },
  responses: {
    200: { description: 'What was kept', content: { 'application/json': { schema: contextImportResultSchema } } },
    400: { description: 'The file or its coordinate system is wrong; the message says which' },
  },
})

const summaryRoute = createRoute({
  method: 'get',
  path: '/context',
  ...access('regions', 'read'),
  summary: 'What the context layer (the offline basemap) holds, by kind',
  responses: { 200: { description: 'Counts', content: { 'application/json': { schema: contextSummarySchema } } } },
})

export const contextRoutes = createRouter()
  .openapi(importRoute, async (c) => c.json(await importContext(c.var.deps.db, c.req.valid('json'), actorOf(c)), 200))
  .openapi(summaryRoute, async (c) => c.json({ layers: await contextSummary(c.var.deps.db) }, 200))
