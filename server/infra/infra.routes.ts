import { access } from '../auth/access.js'
import { createRoute } from '@hono/zod-openapi'
import { createRouter, jsonText } from '../http/router.js'
import { infrastructureFeatureCollection } from './infra.repo.js'
import { type InfraCollection, infraCollectionSchema } from './infra.schema.js'

const listInfrastructure = createRoute({
  method: 'get',
  path: '/infrastructure',
  ...access('infrastructure', 'read'),
  summary: 'Ports, rail stations, expressway interchanges and airports',
  responses: { 200: { description: 'Infrastructure points as GeoJSON', content: { 'application/json': { schema: infraCollectionSchema } } } },
})

export const infraRoutes = createRouter().openapi(listInfrastructure, async (c) =>
  jsonText<InfraCollection>(c, await infrastructureFeatureCollection(c.var.deps.db)),
)
