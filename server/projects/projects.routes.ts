import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { auditedUpdate } from '../audit/audited-write.js'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { ApiError } from '../http/api-error.js'
import type { AppEnv } from '../http/app-env.js'
import { idParamSchema } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { requiredIfMatch, setEtag } from '../http/versioning.js'
import { projectTimeline } from './project-events.repo.js'
import { presentProject } from './project-present.js'
import { findProjectRow, lockProjectSnapshot, updateProject } from './projects.repo.js'
import {
  type ProjectFeature,
  type ProjectPatch,
  projectFeatureSchema,
  projectPatchSchema,
  timelineSchema,
} from './projects.schema.js'
import type { ProjectStage } from './projects.table.js'
import { changeStage } from './stage-change.js'

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

const patchProject = createRoute({
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
  const row = await findProjectRow(c.var.deps.db, id)
  if (!row) throw new ApiError('not_found', `No project with id ${id}`)
  setEtag(c, row.version)
  return presentProject(row, todayOf(c), c.var.deps.config.pipeline)
}

export const projectsRoutes = createRouter()
  .openapi(getProject, async (c) => c.json(await presentOne(c, c.req.valid('param').id), 200))
  .openapi(getTimeline, async (c) => {
    const { id } = c.req.valid('param')
    if (!(await findProjectRow(c.var.deps.db, id))) throw new ApiError('not_found', `No project with id ${id}`)
    return c.json(await projectTimeline(c.var.deps.db, id), 200)
  })
  .openapi(patchProject, async (c) => {
    const { id } = c.req.valid('param')
    await applyPatch(c, id, c.req.valid('json'))
    return c.json(await presentOne(c, id), 200)
  })

/** Field changes first (a parcel named in the same request is the one land is supplied on), then the stage step. */
async function applyPatch(c: Context<AppEnv>, id: number, patch: ProjectPatch) {
  const { stage, stage_on, stage_note, ...fields } = patch
  const today = todayOf(c)
  await auditedUpdate(c.var.deps.db, {
    actor: actorOf(c),
    entity: 'projects',
    id,
    expectedVersion: requiredIfMatch(c),
    lock: lockProjectSnapshot,
    apply: async (trx, _id, before) => {
      if (Object.keys(fields).length > 0) await updateProject(trx, id, fields)
      if (!stage || stage === before.stage) return
      const parcelId = fields.parcel_id !== undefined ? fields.parcel_id : (before.parcel_id as number | null)
      await changeStage(trx, {
        projectId: id,
        parcelId,
        from: before.stage as ProjectStage,
        stageSince: before.stage_changed_on as string,
        to: stage,
        on: stage_on ?? today,
        today,
        note: stage_note ?? '',
        actor: actorOf(c),
      })
    },
  })
}
