import { createRoute, type z } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { ApiError } from '../http/api-error.js'
import { idParamSchema } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { requiredIfMatch, setEtag } from '../http/versioning.js'
import { buildingFeature } from './buildings.repo.js'
import { staffBuildingPropertiesSchema, staffUnitSchema } from './space.schema.js'
import { buildingPatchSchema, unitPatchSchema } from './space-edit.schema.js'
import { patchBuilding, patchUnit } from './space-edit.service.js'
import { spaceImportResultSchema, spaceImportSchema } from './space-import.schema.js'
import { importSpace } from './space-import.service.js'
import { presentUnits } from './space-recommend.repo.js'

const edited = (schema: z.ZodTypeAny, what: string) => ({
  200: {
    description: `The ${what} after the change; ETag its new version`,
    content: { 'application/json': { schema } },
  },
  412: { description: 'Someone changed it since; the ETag header carries the current version' },
  428: { description: 'If-Match missing' },
})

const patchBuildingRoute = createRoute({
  method: 'patch',
  path: '/buildings/{id}',
  summary: 'Change a building’s description or publish it (planners); needs If-Match with the ETag last read',
  ...access('buildings', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: buildingPatchSchema } }, required: true },
  },
  responses: edited(staffBuildingPropertiesSchema, 'building'),
})

const patchUnitRoute = createRoute({
  method: 'patch',
  path: '/units/{id}',
  summary: 'Change a unit’s figures, terms, or let it (planners); needs If-Match with the ETag last read',
  ...access('buildings', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: unitPatchSchema } }, required: true },
  },
  responses: { ...edited(staffUnitSchema, 'unit'), 409: { description: 'The unit is reserved by a project' } },
})

export const spaceEditRoutes = createRouter()
  .openapi(patchBuildingRoute, async (c) => {
    const { id } = c.req.valid('param')
    const after = await patchBuilding(c.var.deps.db, id, c.req.valid('json'), requiredIfMatch(c), actorOf(c))
    setEtag(c, after.version)
    const found = await buildingFeature(c.var.deps.db, id, 'staff')
    return c.json(found!.properties as z.infer<typeof staffBuildingPropertiesSchema>, 200)
  })
  .openapi(patchUnitRoute, async (c) => {
    const { id } = c.req.valid('param')
    const after = await patchUnit(c.var.deps.db, id, c.req.valid('json'), requiredIfMatch(c), actorOf(c))
    setEtag(c, after.version)
    const unit = (await presentUnits(c.var.deps.db, [id], 'staff')).get(id)
    if (!unit) throw new ApiError('not_found', `No unit with id ${id}`)
    return c.json(unit as z.infer<typeof staffUnitSchema>, 200)
  })

const importRoute = createRoute({
  method: 'post',
  path: '/buildings/import',
  summary:
    '载体清单: buildings and units from a spreadsheet with Chinese headers (one row a unit), joined by building code; a dry run (the default) reports every bad cell, a commit writes all or nothing',
  ...access('buildings', 'create'),
  request: { body: { content: { 'application/json': { schema: spaceImportSchema } }, required: true } },
  responses: {
    200: {
      description: 'The report, and what was created or updated',
      content: { 'application/json': { schema: spaceImportResultSchema } },
    },
    400: { description: 'The file cannot be read as a spreadsheet; the message names it' },
  },
})

export const spaceImportRoutes = createRouter().openapi(importRoute, async (c) =>
  c.json(await importSpace(c.var.deps.db, c.req.valid('json'), actorOf(c)), 200),
)
