import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { ApiError } from '../http/api-error.js'
import type { AppEnv } from '../http/app-env.js'
import { idParamSchema } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { requiredIfMatch, setEtag } from '../http/versioning.js'
import { projectTimeline } from './project-events.repo.js'
import { findProjectRow } from './projects.repo.js'
import { type ProjectFeature, projectFeatureSchema, projectPatchSchema, timelineSchema } from './projects.schema.js'
import { patchProject, presentStoredProject } from './projects.service.js'

const getProject = createRoute({
  method: 'get',
  path: '/projects/{id}',
  summary: 'One project, what the rules say about it today, and its version as an ETag',
  ...access('projects', 'read'),
  request: { params: idParamSchema },
  responses: {
    200: { description: 'The project', content: { 'application/json': { schema: projectFeatureSchema } } },
    404: { description: 'No such project' },
  },
})

const patchProjectRoute = createRoute({
  method: 'patch',
  path: '/projects/{id}',
  summary: 'Change a project or move it one lifecycle step (promotion staff); needs If-Match',
  ...access('projects', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: projectPatchSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'The project after the change',
      content: { 'application/json': { schema: projectFeatureSchema } },
    },
    409: { description: 'A stage change the lifecycle does not allow; the message names the allowed ones' },
    412: { description: 'Stale version; the ETag header carries the current one' },
    428: { description: 'If-Match missing' },
  },
})

const getTimeline = createRoute({
  method: 'get',
  path: '/projects/{id}/timeline',
  summary: 'The project’s stage changes: dated, by whom, with notes',
  ...access('projects', 'read'),
  request: { params: idParamSchema },
  responses: {
    200: { description: 'Stage events, oldest first', content: { 'application/json': { schema: timelineSchema } } },
    404: { description: 'No such project' },
  },
})

async function presentOne(c: Context<AppEnv>, id: number): Promise<ProjectFeature> {
  const { feature, version } = await presentStoredProject(c.var.deps.db, id, todayOf(c), c.var.deps.config.pipeline)
  setEtag(c, version)
  return feature
}

export const projectsRoutes = createRouter()
  .openapi(getProject, async (c) => c.json(await presentOne(c, c.req.valid('param').id), 200))
  .openapi(getTimeline, async (c) => {
    const { id } = c.req.valid('param')
    if (!(await findProjectRow(c.var.deps.db, id))) throw new ApiError('not_found', `No project with id ${id}`)
    return c.json(await projectTimeline(c.var.deps.db, id), 200)
  })
  .openapi(patchProjectRoute, async (c) => {
    const { id } = c.req.valid('param')
    await patchProject(c.var.deps.db, id, c.req.valid('json'), {
      actor: actorOf(c),
      expectedVersion: requiredIfMatch(c),
      today: todayOf(c),
      thresholds: c.var.deps.config.pipeline,
    })
    return c.json(await presentOne(c, id), 200)
  })
