import { createRoute } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { principalOf } from '../auth/authenticate.js'
import { can } from '../auth/policy.js'
import { createRouter } from '../http/router.js'
import { jurisdictionTreeSchema } from './jurisdictions.schema.js'
import { jurisdictionTree } from './jurisdictions.service.js'

const listJurisdictions = createRoute({
  method: 'get',
  path: '/jurisdictions',
  ...access('jurisdictions', 'read'),
  summary: 'The tree of units the documents rank and credit, with their outlines; targets for staff',
  responses: {
    200: { description: 'The tree', content: { 'application/json': { schema: jurisdictionTreeSchema } } },
  },
})

export const jurisdictionsRoutes = createRouter().openapi(listJurisdictions, async (c) =>
  c.json(await jurisdictionTree(c.var.deps.db, { withTargets: can(principalOf(c), 'targets', 'read') }), 200),
)
