import { createRoute } from '@hono/zod-openapi'
import { access, assertCan } from '../auth/access.js'
import { createRouter } from '../http/router.js'
import { auditHistory } from './audit.repo.js'
import { auditHistorySchema, auditQuerySchema } from './audit.schema.js'
import { diffSnapshots } from './snapshot-diff.js'

const getHistory = createRoute({
  method: 'get',
  path: '/audit',
  summary: "A record's history: who changed what, when, newest first (staff)",
  ...access('audit', 'read'),
  request: { query: auditQuerySchema },
  responses: {
    200: { description: 'History entries', content: { 'application/json': { schema: auditHistorySchema } } },
  },
})

export const auditRoutes = createRouter().openapi(getHistory, async (c) => {
  const { entity, id, limit } = c.req.valid('query')
  // Reading a record's history reveals the record: the reader needs both rights.
  assertCan(c, entity, 'read')
  const rows = await auditHistory(c.var.deps.db, entity, String(id), limit)
  const entries = rows.map((row) => ({
    id: row.id,
    at: new Date(row.at).toISOString(),
    user_name: row.user_name,
    action: row.action,
    changes: diffSnapshots(row.before, row.after),
  }))
  return c.json({ entries }, 200)
})
