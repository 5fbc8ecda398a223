import { createRoute } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { idParamSchema } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { newCapitalArrivalSchema, projectCapitalSchema } from './capital.schema.js'
import { addCapitalArrival, projectCapital } from './capital.service.js'

const listRoute = createRoute({
  method: 'get',
  path: '/projects/{id}/capital',
  summary: '到资: a project’s dated capital arrivals, and what each of its units is credited per year',
  ...access('projects', 'read'),
  request: { params: idParamSchema },
  responses: {
    200: { description: 'Oldest first', content: { 'application/json': { schema: projectCapitalSchema } } },
    404: { description: 'No such project' },
  },
})

const addRoute = createRoute({
  method: 'post',
  path: '/projects/{id}/capital',
  summary: 'Record a capital arrival (promotion staff), audited in the project’s history',
  ...access('projects', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: newCapitalArrivalSchema } }, required: true },
  },
  responses: {
    200: { description: 'The arrivals after it', content: { 'application/json': { schema: projectCapitalSchema } } },
    400: { description: 'A bad field, named: an amount not above 0, a day after today, a currency not of its kind' },
    404: { description: 'No such project' },
  },
})

export const capitalRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json(await projectCapital(c.var.deps.db, c.req.valid('param').id), 200))
  .openapi(addRoute, async (c) => {
    const { id } = c.req.valid('param')
    const body = c.req.valid('json')
    return c.json(await addCapitalArrival(c.var.deps.db, id, body, actorOf(c), todayOf(c)), 200)
  })
