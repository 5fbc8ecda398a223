import { createRoute, z } from '@hono/zod-openapi'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { idParamSchema } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { listBatches } from './import-batches.repo.js'
import { listProfiles } from './import-profiles.repo.js'
import { storeProfile } from './import-profiles.service.js'
import { importRequestOf } from './import-request.js'
import { runImport, undoBatch } from './imports.js'
import {
  batchesSchema,
  importProfileSchema,
  importProfilesSchema,
  importRequestSchema,
  importResultSchema,
  profileNameSchema,
  saveProfileSchema,
} from './imports.schema.js'

const importRoute = createRoute({
  method: 'post',
  path: '/imports',
  ...access('imports', 'create'),
  summary:
    'Import land: a dry run (the default) reports every row; with dry_run false and no errors, commits one batch',
  request: { body: { content: { 'application/json': { schema: importRequestSchema } }, required: true } },
  responses: {
    200: {
      description: 'The report, and the batch when committed',
      content: { 'application/json': { schema: importResultSchema } },
    },
    400: {
      description: 'The file, its coordinate system or a row is wrong; the message says which and what it probably is',
    },
  },
})
const batchesRoute = createRoute({
  method: 'get',
  path: '/imports',
  ...access('imports', 'read'),
  summary: 'Import batches, newest first',
  responses: { 200: { description: 'Batches', content: { 'application/json': { schema: batchesSchema } } } },
})
const undoRoute = createRoute({
  method: 'post',
  path: '/imports/{id}/undo',
  ...access('imports', 'delete'),
  summary: 'Undo a whole import batch',
  request: { params: idParamSchema },
  responses: {
    200: {
      description: 'What was removed and restored',
      content: { 'application/json': { schema: z.object({ removed: z.number().int(), restored: z.number().int() }) } },
    },
    404: { description: 'No such batch' },
    409: { description: 'Already undone, or its land is now held by a project' },
  },
})

const profilesRoute = createRoute({
  method: 'get',
  path: '/imports/profiles',
  ...access('imports', 'read'),
  summary: 'Saved column mappings, one per source of files, the one used last first',
  responses: { 200: { description: 'Profiles', content: { 'application/json': { schema: importProfilesSchema } } } },
})
const saveProfileRoute = createRoute({
  method: 'put',
  path: '/imports/profiles/{name}',
  ...access('imports', 'update'),
  summary: 'Save a column mapping under a name (a new one, or replacing the one of that name), audited',
  request: {
    params: profileNameSchema,
    body: { content: { 'application/json': { schema: saveProfileSchema } }, required: true },
  },
  responses: {
    200: { description: 'The profile saved', content: { 'application/json': { schema: importProfileSchema } } },
  },
})

export const importsRoutes = createRouter()
  .openapi(importRoute, async (c) => {
    const request = importRequestOf(c.req.valid('json'), actorOf(c))
    return c.json(await runImport(c.var.deps.db, request), 200)
  })
  .openapi(batchesRoute, async (c) => c.json({ batches: await listBatches(c.var.deps.db) }, 200))
  .openapi(profilesRoute, async (c) => c.json({ profiles: await listProfiles(c.var.deps.db) }, 200))
  .openapi(saveProfileRoute, async (c) => {
    const profile = { name: c.req.valid('param').name, ...c.req.valid('json') }
    return c.json(await storeProfile(c.var.deps.db, profile, actorOf(c)), 200)
  })
  .openapi(undoRoute, async (c) => c.json(await undoBatch(c.var.deps.db, c.req.valid('param').id, actorOf(c)), 200))
