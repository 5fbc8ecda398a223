import { createRoute } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { createRouter, jsonText } from '../http/router.js'
import { infrastructureFeatureCollection, sensitiveZoneFeatureCollection } from './infra.repo.js'
import {
  type InfraCollection,
  infraCollectionSchema,
  type ZoneCollection,
  zoneCollectionSchema,
} from './infra.schema.js'

const listInfrastructure = createRoute({
  method: 'get',
  path: '/infrastructure',
  ...access('infrastructure', 'read'),
  summary: 'Ports, rail stations, expressway interchanges and airports',
  responses: {
    200: {
      description: 'Infrastructure points as GeoJSON',
      content: { 'application/json': { schema: infraCollectionSchema } },
    },
  },
})

const listSensitiveZones = createRoute({
  method: 'get',
  path: '/sensitive-zones',
  ...access('infrastructure', 'read'),
  summary:
    'Water-source protection areas, residential areas and ecological red lines: polluting plants keep their distance',
  responses: {
    200: {
      description: 'Sensitive zones as GeoJSON',
      content: { 'application/json': { schema: zoneCollectionSchema } },
    },
  },
})

export const infraRoutes = createRouter()
  .openapi(listInfrastructure, async (c) =>
    jsonText<InfraCollection>(c, await infrastructureFeatureCollection(c.var.deps.db)),
  )
  .openapi(listSensitiveZones, async (c) =>
    jsonText<ZoneCollection>(c, await sensitiveZoneFeatureCollection(c.var.deps.db)),
  )
