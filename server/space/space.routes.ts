import { createRoute, z } from '@hono/zod-openapi'
import { access, allows } from '../auth/access.js'
import { ApiError } from '../http/api-error.js'
import { idParamSchema } from '../http/params.js'
import { createRouter, jsonText } from '../http/router.js'
import { setEtag } from '../http/versioning.js'
import { landAudience } from '../land/land-audience.js'
import { buildingFeature, buildingFeatures, buildingRows, countBuildings } from './buildings.repo.js'
import {
  type BuildingCollection,
  type BuildingDetail,
  buildingCollectionSchema,
  buildingDetailSchema,
  buildingPageSchema,
  unitPageSchema,
} from './space.schema.js'
import { buildingListQuerySchema, unitListQuerySchema } from './space-query.schema.js'
import { countUnits, searchUnits, unitsOfBuilding } from './units.repo.js'

const listBuildings = createRoute({
  method: 'get',
  path: '/buildings',
  summary:
    '载体: factories, office buildings, small-firm parks and towns with their vacant space; filters on the building and on what one of its units must offer',
  ...access('buildings', 'read'),
  request: { query: buildingListQuerySchema },
  responses: {
    200: {
      description: 'format=geojson: a FeatureCollection; format=json: a page of records. X-Total-Count: all matches',
      content: { 'application/json': { schema: z.union([buildingCollectionSchema, buildingPageSchema]) } },
    },
    400: { description: 'A query parameter is invalid; the message names it' },
  },
})

const getBuilding = createRoute({
  method: 'get',
  path: '/buildings/{id}',
  summary: 'One building with its units, floor by floor (the public: vacant units of a published building)',
  ...access('buildings', 'read'),
  request: { params: idParamSchema },
  responses: {
    200: {
      description: 'The building and its units',
      content: { 'application/json': { schema: buildingDetailSchema } },
    },
    404: { description: 'No such building, or not published' },
  },
})

const listUnits = createRoute({
  method: 'get',
  path: '/units',
  summary:
    'Space to lease or buy: units filtered by area, floor load, clear height, power, crane, floor, rent and place',
  ...access('buildings', 'read'),
  request: { query: unitListQuerySchema },
  responses: {
    200: {
      description: 'A page of units with their building. X-Total-Count: all matches',
      content: { 'application/json': { schema: unitPageSchema } },
    },
    400: { description: 'A query parameter is invalid (an unknown sort key too); the message names it' },
  },
})

export const spaceRoutes = createRouter()
  .openapi(listBuildings, async (c) => {
    const { db } = c.var.deps
    const audience = landAudience(c)
    const query = c.req.valid('query')
    const total = await countBuildings(db, query, audience)
    c.header('X-Total-Count', String(total))
    if (query.format === 'json') {
      const items = await buildingRows(db, query, audience)
      return c.json({ total, offset: query.offset, limit: query.limit, items }, 200)
    }
    return jsonText<BuildingCollection>(c, await buildingFeatures(db, query, audience))
  })
  .openapi(getBuilding, async (c) => {
    const { id } = c.req.valid('param')
    const { db } = c.var.deps
    const audience = landAudience(c)
    const feature = await buildingFeature(db, id, audience)
    if (!feature) throw new ApiError('not_found', `No building with id ${id}`)
    const units = await unitsOfBuilding(db, id, audience)
    const { version } = feature.properties as Partial<{ version: number }>
    if (version !== undefined && allows(c, 'buildings', 'update')) setEtag(c, version)
    return c.json({ ...feature, units } as BuildingDetail, 200)
  })
  .openapi(listUnits, async (c) => {
    const { db } = c.var.deps
    const audience = landAudience(c)
    const query = c.req.valid('query')
    const total = await countUnits(db, query, audience)
    c.header('X-Total-Count', String(total))
    const items = await searchUnits(db, query, audience)
    return c.json({ total, offset: query.offset, limit: query.limit, items }, 200)
  })
