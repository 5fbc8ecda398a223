import { createRoute, z } from '@hono/zod-openapi'
import { recordAudit } from '../audit/audit.repo.js'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { ApiError } from '../http/api-error.js'
import { idNumber, idParamSchema, pathId } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { deleteProjectSite, insertProjectSite, listProjectSites, parcelsArea } from './project-sites.repo.js'

const siteSchema = z.object({
  id: z.number().int(),
  parcel_ids: z.array(z.number().int()),
  parcel_codes: z.array(z.string()),
  total_mu: z.number(),
  score: z.number().nullable(),
  note: z.string(),
  created_by: z.string(),
  created_at: z.string(),
})
export const sitesSchema = z.object({ sites: z.array(siteSchema) }).openapi('ProjectSites')
const newSiteSchema = z
  .object({
    parcel_ids: z.array(idNumber).min(1).max(50),
    score: z.number().min(0).max(100).optional(),
    profile: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: 'The 智寻址 profile the site was found with' }),
    note: z.string().max(500).default(''),
  })
  .strict()
  .openapi('NewProjectSite')
const siteParams = idParamSchema.extend({ siteId: pathId('siteId') })

const listRoute = createRoute({
  method: 'get',
  path: '/projects/{id}/sites',
  summary: 'Sites shortlisted for a project (from 智寻址)',
  ...access('projects', 'read'),
  request: { params: idParamSchema },
  responses: {
    200: { description: 'Newest first', content: { 'application/json': { schema: sitesSchema } } },
    404: { description: 'No such project' },
  },
})
const addRoute = createRoute({
  method: 'post',
  path: '/projects/{id}/sites',
  summary: 'Attach a 智寻址 result to a project',
  ...access('projects', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: newSiteSchema } }, required: true },
  },
  responses: {
    200: { description: 'The shortlist after the change', content: { 'application/json': { schema: sitesSchema } } },
    400: { description: 'A parcel that does not exist' },
    404: { description: 'No such project' },
    409: { description: 'Already on the shortlist' },
  },
})
const removeRoute = createRoute({
  method: 'delete',
  path: '/projects/{id}/sites/{siteId}',
  summary: 'Take a site off a project’s shortlist',
  ...access('projects', 'update'),
  request: { params: siteParams },
  responses: {
    200: { description: 'The shortlist after the change', content: { 'application/json': { schema: sitesSchema } } },
    404: { description: 'No such site' },
  },
})

async function assertProject(db: Parameters<typeof listProjectSites>[0], id: number) {
  const found = await db.selectFrom('projects').select('id').where('id', '=', id).executeTakeFirst()
  if (!found) throw new ApiError('not_found', `No project with id ${id}`)
}

/** The shortlist in the project's audit history: what it was and what it became, in the change's transaction. */
async function auditShortlist(
  trx: Parameters<typeof listProjectSites>[0],
  actor: ReturnType<typeof actorOf>,
  projectId: number,
  before: unknown[],
  after: unknown[],
) {
  const ids = (sites: unknown[]) => ({
    shortlisted_sites: (sites as { parcel_codes: string[] }[]).map((s) => s.parcel_codes.join('+')),
  })
  await recordAudit(trx, {
    actor,
    action: 'update',
    entity: 'projects',
    entityId: projectId,
    before: ids(before),
    after: ids(after),
  })
}

export const projectSitesRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param')
    await assertProject(c.var.deps.db, id)
    return c.json({ sites: await listProjectSites(c.var.deps.db, id) }, 200)
  })
  .openapi(addRoute, async (c) => {
    const { id } = c.req.valid('param')
    const body = c.req.valid('json')
    const parcelIds = [...new Set(body.parcel_ids)].sort((a, b) => a - b)
    const sites = await c.var.deps.db.transaction().execute(async (trx) => {
      await assertProject(trx, id)
      const area = await parcelsArea(trx, parcelIds)
      if (area.found !== parcelIds.length) throw new ApiError('invalid_request', 'parcel_ids: not every parcel exists')
      const before = await listProjectSites(trx, id)
      const created = await insertProjectSite(trx, {
        projectId: id,
        parcelIds,
        totalMu: area.totalMu,
        score: body.score ?? null,
        profile: body.profile,
        note: body.note,
        createdBy: actorOf(c).name,
      })
      if (created === null)
        throw new ApiError('conflict', 'parcel_ids: this site is already on the project’s shortlist')
      const after = await listProjectSites(trx, id)
      await auditShortlist(trx, actorOf(c), id, before, after)
      return after
    })
    return c.json({ sites }, 200)
  })
  .openapi(removeRoute, async (c) => {
    const { id, siteId } = c.req.valid('param')
    const sites = await c.var.deps.db.transaction().execute(async (trx) => {
      const before = await listProjectSites(trx, id)
      if (!(await deleteProjectSite(trx, id, siteId)))
        throw new ApiError('not_found', `No site ${siteId} on project ${id}`)
      const after = await listProjectSites(trx, id)
      await auditShortlist(trx, actorOf(c), id, before, after)
      return after
    })
    return c.json({ sites }, 200)
  })
