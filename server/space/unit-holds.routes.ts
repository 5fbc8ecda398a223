import { createRoute, z } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { idNumber, idParamSchema, pathId } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { staffUnitSchema } from './space.schema.js'
import { releaseUnit, reserveUnits, unitsHeldBy } from './unit-holds.service.js'

const heldSchema = z.object({ units: z.array(staffUnitSchema) }).openapi('ProjectUnits')
const reserveSchema = z
  .object({ unit_ids: z.array(idNumber).min(1).max(50) })
  .strict()
  .openapi('ReserveUnits')
const unitParams = idParamSchema.extend({ unitId: pathId('unitId') })

const listRoute = createRoute({
  method: 'get',
  path: '/projects/{id}/units',
  summary: 'The space (building units) a project holds',
  ...access('projects', 'read'),
  request: { params: idParamSchema },
  responses: {
    200: { description: 'Units reserved by the project', content: { 'application/json': { schema: heldSchema } } },
  },
})

const reserveRoute = createRoute({
  method: 'post',
  path: '/projects/{id}/units',
  summary: 'Reserve vacant units for a project (promotion staff): all or none, never a unit twice, audited',
  ...access('projects', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: reserveSchema } }, required: true },
  },
  responses: {
    200: { description: 'The units the project holds now', content: { 'application/json': { schema: heldSchema } } },
    404: { description: 'No such project' },
    409: { description: 'A unit is reserved or let already; the message names it and who holds it' },
  },
})

const releaseRoute = createRoute({
  method: 'delete',
  path: '/projects/{id}/units/{unitId}',
  summary: 'Give a reserved unit up: it is vacant again',
  ...access('projects', 'update'),
  request: { params: unitParams },
  responses: {
    200: { description: 'The units the project holds now', content: { 'application/json': { schema: heldSchema } } },
    404: { description: 'The project holds no such unit' },
  },
})

export const unitHoldsRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json({ units: await unitsHeldBy(c.var.deps.db, c.req.valid('param').id) }, 200))
  .openapi(reserveRoute, async (c) => {
    const { id } = c.req.valid('param')
    const units = await reserveUnits(c.var.deps.db, id, c.req.valid('json').unit_ids, actorOf(c))
    return c.json({ units }, 200)
  })
  .openapi(releaseRoute, async (c) => {
    const { id, unitId } = c.req.valid('param')
    return c.json({ units: await releaseUnit(c.var.deps.db, id, unitId, actorOf(c)) }, 200)
  })
