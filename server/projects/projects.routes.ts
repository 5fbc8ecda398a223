import { createRoute } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { auditedUpdate } from '../audit/audited-write.js'
import { ApiError } from '../http/api-error.js'
import { idParamSchema } from '../http/params.js'
import { createRouter, jsonText } from '../http/router.js'
import { requiredIfMatch, setEtag } from '../http/versioning.js'
import { canMove, transitions } from './project-rules.js'
import type { ProjectStage } from './projects.table.js'
import { lockProjectSnapshot, projectFeature, projectsFeatureCollection, updateProject } from './projects.repo.js'
import { type ProjectCollection, projectCollectionSchema, type ProjectFeature, projectFeatureSchema, projectPatchSchema } from './projects.schema.js'

const listProjects = createRoute({
  method: 'get',
  path: '/projects',
  summary: 'The project pipeline as points (staff only: confidential)',
  ...access('projects', 'read'),
  responses: { 200: { description: 'Projects as GeoJSON', content: { 'application/json': { schema: projectCollectionSchema } } } },
})

const getProject = createRoute({
  method: 'get',
  path: '/projects/{id}',
  summary: 'One project with its version as an ETag',
  ...access('projects', 'read'),
  request: { params: idParamSchema },
  responses: { 200: { description: 'The project', content: { 'application/json': { schema: projectFeatureSchema } } }, 404: { description: 'No such project' } },
})

const patchProject = createRoute({
  method: 'patch',
  path: '/projects/{id}',
  summary: 'Change a project (promotion staff); needs If-Match',
  ...access('projects', 'update'),
  request: { params: idParamSchema, body: { content: { 'application/json': { schema: projectPatchSchema } }, required: true } },
  responses: {
    200: { description: 'The project after the change', content: { 'application/json': { schema: projectFeatureSchema } } },
    409: { description: 'A stage change the lifecycle does not allow; the message names the allowed ones' },
    412: { description: 'Stale version; the ETag header carries the current one' },
    428: { description: 'If-Match missing' },
  },
})

export const projectsRoutes = createRouter()
  .openapi(listProjects, async (c) => jsonText<ProjectCollection>(c, await projectsFeatureCollection(c.var.deps.db)))
  .openapi(getProject, async (c) => {
    const { id } = c.req.valid('param')
    const found = await projectFeature(c.var.deps.db, id)
    if (!found) throw new ApiError(404, 'not_found', `No project with id ${id}`)
    setEtag(c, found.version)
    return jsonText<ProjectFeature>(c, found.feature)
  })
  .openapi(patchProject, async (c) => {
    const { id } = c.req.valid('param')
    const patch = c.req.valid('json')
    const { db } = c.var.deps
    const after = await auditedUpdate(db, {
      actor: actorOf(c),
      entity: 'projects',
      id,
      expectedVersion: requiredIfMatch(c),
      lock: lockProjectSnapshot,
      apply: async (trx, _id, before) => {
        const from = before.stage as ProjectStage
        if (patch.stage && patch.stage !== from && !canMove(from, patch.stage)) {
          throw new ApiError(409, 'illegal_transition', `stage: a project cannot move from ${from} to ${patch.stage} (allowed: ${transitions[from].join(', ') || 'none'})`)
        }
        await updateProject(trx, id, patch)
      },
    })
    setEtag(c, after.version)
    const found = await projectFeature(db, id)
    return jsonText<ProjectFeature>(c, found!.feature)
  })
