import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import type { AppEnv } from '../http/app-env.js'
import { idParamSchema } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { todayOf } from '../http/today.js'
import { requiredIfMatch, setEtag } from '../http/versioning.js'
import { landAudience } from '../land/land-audience.js'
import { bigscreenStory } from './bigscreen.js'
import { storySummaries } from './stories.repo.js'
import {
  storyCreateSchema,
  storyListSchema,
  storyPatchSchema,
  storyQuerySchema,
  storySchema,
  storySummarySchema,
} from './stories.schema.js'
import { createStory, patchStory, publishStory, readStory, removeStory } from './stories.service.js'

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } })

const listRoute = createRoute({
  method: 'get',
  path: '/stories',
  summary: 'Roadshow stories this reader may open (the public: stories published for the public)',
  ...access('stories', 'read'),
  responses: { 200: json(storyListSchema, 'Stories') },
})

const readRoute = createRoute({
  method: 'get',
  path: '/stories/{id}',
  summary: 'A story with its scenes: the snapshot frozen when it was published, or (staff) the working copy',
  ...access('stories', 'read'),
  request: { params: idParamSchema, query: storyQuerySchema },
  responses: { 200: json(storySchema, 'The story'), 404: { description: 'No such story, or not for this reader' } },
})

const createStoryRoute = createRoute({
  method: 'post',
  path: '/stories',
  summary: 'Create a story (promotion staff)',
  ...access('stories', 'create'),
  request: { body: { content: { 'application/json': { schema: storyCreateSchema } }, required: true } },
  responses: { 201: json(storySummarySchema, 'Created'), 400: { description: 'A field is invalid' } },
})

const patchRoute = createRoute({
  method: 'patch',
  path: '/stories/{id}',
  summary: 'Edit a story: titles, visibility, its scenes in order; needs If-Match',
  ...access('stories', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: storyPatchSchema } }, required: true },
  },
  responses: { 200: json(storySummarySchema, 'The story after the change'), 412: { description: 'Stale version' } },
})

const publishRoute = createRoute({
  method: 'post',
  path: '/stories/{id}/publish',
  summary: 'Publish (or refresh) a story: its figures, features and captions frozen as of today; needs If-Match',
  ...access('stories', 'update'),
  request: { params: idParamSchema },
  responses: {
    200: json(storySummarySchema, 'Published'),
    409: { description: 'A public story shows confidential data; the message names each scene and what' },
  },
})

const bigscreenRoute = createRoute({
  method: 'get',
  path: '/bigscreen',
  summary: 'The leaders’ big screen (驾驶舱): land, the pipeline and the ranking as scenes, computed now (staff)',
  ...access('projects', 'read'),
  responses: { 200: json(storySchema, 'The big screen’s scenes') },
})

const deleteRoute = createRoute({
  method: 'delete',
  path: '/stories/{id}',
  summary: 'Delete a story; needs If-Match',
  ...access('stories', 'delete'),
  request: { params: idParamSchema },
  responses: { 204: { description: 'Deleted' }, 412: { description: 'Stale version' } },
})

/** A story's summary as its list shows it, after a write (staff see every story). */
async function summaryAfter(c: Context<AppEnv>, id: number) {
  const summary = await storySummaries(c.var.deps.db, 'staff').where('s.id', '=', id).executeTakeFirstOrThrow()
  setEtag(c, summary.version)
  return summary
}

const figuresOf = (c: Context<AppEnv>) => ({
  db: c.var.deps.db,
  chainGapThreshold: c.var.deps.config.chainGapThreshold,
})

export const storiesRoutes = createRouter()
  .openapi(listRoute, async (c) =>
    c.json({ stories: await storySummaries(c.var.deps.db, landAudience(c)).execute() }, 200),
  )
  .openapi(readRoute, async (c) => {
    const { id } = c.req.valid('param')
    const { edition } = c.req.valid('query')
    const story = await readStory(
      { figures: { ...figuresOf(c), audience: landAudience(c) }, today: todayOf(c), edition },
      id,
    )
    setEtag(c, story.version)
    return c.json(story, 200)
  })
  .openapi(createStoryRoute, async (c) => {
    const created = await createStory({ db: c.var.deps.db, actor: actorOf(c) }, c.req.valid('json'))
    return c.json(await summaryAfter(c, created.id as number), 201)
  })
  .openapi(patchRoute, async (c) => {
    const { id } = c.req.valid('param')
    await patchStory({ db: c.var.deps.db, actor: actorOf(c) }, id, requiredIfMatch(c), c.req.valid('json'))
    return c.json(await summaryAfter(c, id), 200)
  })
  .openapi(publishRoute, async (c) => {
    const { id } = c.req.valid('param')
    const write = { db: c.var.deps.db, actor: actorOf(c), figures: figuresOf(c), today: todayOf(c) }
    await publishStory(write, id, requiredIfMatch(c))
    return c.json(await summaryAfter(c, id), 200)
  })
  .openapi(bigscreenRoute, async (c) => {
    const today = todayOf(c)
    const ctx = { ...figuresOf(c), audience: 'staff' as const, ranking: { rules: c.var.deps.config.pipeline, today } }
    return c.json(await bigscreenStory(ctx, today), 200)
  })
  .openapi(deleteRoute, async (c) => {
    const { id } = c.req.valid('param')
    await removeStory({ db: c.var.deps.db, actor: actorOf(c) }, id, requiredIfMatch(c))
    return c.body(null, 204)
  })
