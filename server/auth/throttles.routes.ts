import { createRoute, z } from '@hono/zod-openapi'
import { ApiError } from '../http/api-error.js'
import { logRequest } from '../http/error-handler.js'
import { createRouter } from '../http/router.js'
import { access } from './access.js'

const kinds = ['name', 'address'] as const

export const throttleListSchema = z
  .object({
    throttles: z.array(
      z.object({
        kind: z.enum(kinds),
        key: z.string(),
        failures: z.number().int(),
        retryAfterSeconds: z.number().int(),
      }),
    ),
  })
  .openapi('LoginThrottles')

const clearQuerySchema = z.object({
  kind: z.enum(kinds).openapi({ param: { name: 'kind', in: 'query' } }),
  key: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'key', in: 'query' }, description: 'The user name or client address' }),
})

const listRoute = createRoute({
  method: 'get',
  path: '/auth/throttles',
  summary: 'Names and addresses whose failed sign-ins are being slowed down (administrators)',
  ...access('users', 'read'),
  responses: {
    200: {
      description: 'Current throttles, longest wait first',
      content: { 'application/json': { schema: throttleListSchema } },
    },
  },
})

const clearRoute = createRoute({
  method: 'delete',
  path: '/auth/throttles',
  summary: 'Forget the failed sign-ins of one name or address, so it may try again at once (administrators)',
  ...access('users', 'update'),
  request: { query: clearQuerySchema },
  responses: { 204: { description: 'Cleared' }, 404: { description: 'Nothing is recorded for it' } },
})

export const throttlesRoutes = createRouter()
  .openapi(listRoute, (c) => c.json({ throttles: c.var.throttle.list() }, 200))
  .openapi(clearRoute, (c) => {
    const { kind, key } = c.req.valid('query')
    if (!c.var.throttle.clear(kind, key))
      throw new ApiError('not_found', `key: no failed sign-ins are recorded for this ${kind}`)
    console.log(logRequest(c, `${c.var.session?.user.name ?? '?'} cleared the sign-in throttle of ${kind} ${key}`))
    return c.body(null, 204)
  })
