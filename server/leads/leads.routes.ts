import { createRoute } from '@hono/zod-openapi'
import { access, openRoute } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { clientAddress } from '../http/client-address.js'
import { idParamSchema } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { requiredIfMatch, setEtag } from '../http/versioning.js'
import { decideLead, presentLead } from './lead-decisions.service.js'
import { countLeads, leadRows } from './leads.repo.js'
import {
  leadFormSchema,
  leadListSchema,
  leadPatchSchema,
  leadQuerySchema,
  leadReceiptSchema,
  leadSchema,
  leadSubmissionSchema,
} from './leads.schema.js'
import { submitLead } from './leads.service.js'

const leadForm = createRoute({
  method: 'get',
  path: '/leads/form',
  summary: 'Open the interest form: a token that dates the opening (public)',
  ...openRoute,
  responses: { 200: { description: 'The form token', content: { 'application/json': { schema: leadFormSchema } } } },
})

const submit = createRoute({
  method: 'post',
  path: '/leads',
  summary: '"I\'m interested": the public form creates a lead in the staff pipeline; the answer is its reference only',
  ...openRoute,
  request: { body: { content: { 'application/json': { schema: leadSubmissionSchema } }, required: true } },
  responses: {
    201: { description: 'Received', content: { 'application/json': { schema: leadReceiptSchema } } },
    400: { description: 'A field is invalid (the message names it), or the submission looks automated' },
    429: { description: 'Too many submissions from this address' },
  },
})

const listLeads = createRoute({
  method: 'get',
  path: '/leads',
  summary: 'Leads from the interest form, newest first, with their lights (staff only: personal data)',
  ...access('leads', 'read'),
  request: { query: leadQuerySchema },
  responses: { 200: { description: 'Leads', content: { 'application/json': { schema: leadListSchema } } } },
})

const patchLead = createRoute({
  method: 'patch',
  path: '/leads/{id}',
  summary: 'Assign a lead to an owner, convert it, or reject it with a reason; needs If-Match',
  ...access('leads', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: leadPatchSchema } }, required: true },
  },
  responses: {
    200: { description: 'The lead after the change', content: { 'application/json': { schema: leadSchema } } },
    404: { description: 'No such lead' },
    409: { description: 'The lead is already converted or rejected' },
    412: { description: 'Someone changed the lead since; the ETag header carries the current version' },
  },
})

export const leadsRoutes = createRouter()
  .openapi(leadForm, (c) => {
    const { config, now } = c.var.deps
    const nowMs = (now?.() ?? new Date()).getTime()
    return c.json({ form_token: c.var.leadGuard.issueToken(nowMs), min_fill_seconds: config.leads.minFillSeconds }, 200)
  })
  .openapi(submit, async (c) => {
    const { db, config, now } = c.var.deps
    const receipt = await submitLead(
      {
        db,
        guard: c.var.leadGuard,
        address: clientAddress(c, config.trustProxy),
        today: todayOf(c),
        nowMs: (now?.() ?? new Date()).getTime(),
      },
      c.req.valid('json'),
      await c.req.json(),
    )
    return c.json(receipt, 201)
  })
  .openapi(listLeads, async (c) => {
    const { status } = c.req.valid('query')
    const { db } = c.var.deps
    const today = todayOf(c)
    const [rows, newCount] = await Promise.all([leadRows(db, { status }), countLeads(db, 'new')])
    return c.json({ leads: rows.map((row) => presentLead(row, today)), new_count: newCount }, 200)
  })
  .openapi(patchLead, async (c) => {
    const { id } = c.req.valid('param')
    const { db } = c.var.deps
    const today = todayOf(c)
    const expectedVersion = requiredIfMatch(c)
    const after = await decideLead(db, { id, expectedVersion, patch: c.req.valid('json'), actor: actorOf(c), today })
    setEtag(c, after.version)
    const [row] = await leadRows(db, { id })
    return c.json(presentLead(row!, today), 200)
  })
