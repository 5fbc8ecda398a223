import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { loadDemo } from '../../../server/demo/load-demo.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { storyListSchema, storySchema, storySummarySchema } from '../../../server/stories/stories.schema.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

type Story = z.infer<typeof storySchema>
type Summary = z.infer<typeof storySummarySchema>

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let promoter: TestSession
let viewer: TestSession
let planner: TestSession
let park: { id: number; centre: [number, number] }
let secretParcel: number
let projectId: number

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemo(database.db)
  await insertRoleUsers(database.db, ['promoter', 'viewer', 'planner'])
  app = createTestApp(database)
  ;[promoter, viewer, planner] = await Promise.all([
    signIn(app, 'promoter'),
    signIn(app, 'viewer'),
    signIn(app, 'planner'),
  ])
  const parkRow = await database.db
    .selectFrom('parks')
    .select('id')
    .where('code', '=', 'XSLG')
    .executeTakeFirstOrThrow()
  park = { id: parkRow.id, centre: [121.78, 29.558] }
  const secret = await database.db.selectFrom('parcels').select('id').where('published', '=', false).executeTakeFirst()
  secretParcel = secret!.id
  projectId = (await database.db.selectFrom('projects').select('id').orderBy('id').executeTakeFirstOrThrow()).id
}, 180_000)
afterAll(() => database?.close())

const scene = (extra: Record<string, unknown> = {}) => ({
  title_zh: '园区',
  title_en: 'The park',
  caption_zh: '临港',
  caption_en: 'By the port',
  view: { center: park.centre, zoom: 13 },
  layers: ['parcels', 'parks'],
  highlights: { parks: [park.id] },
  figures: { kind: 'land', park_id: park.id },
  notes: 'Say hello',
  ...extra,
})

async function create(body: Record<string, unknown>) {
  const res = await call(app, promoter, 'POST', '/api/stories', {
    body: { title_zh: '推介', title_en: 'Pitch', ...body },
  })
  expect(res.status).toBe(201)
  return jsonOf<Summary>(res)
}

const publish = (id: number, version: number, session = promoter) =>
  call(app, session, 'POST', `/api/stories/${id}/publish`, { ifMatch: `"${version}"` })

describe('stories', () => {
  it('the demo story is published for the public and plays from its snapshot', async () => {
    const list = await jsonOf<z.infer<typeof storyListSchema>>(await app.request('/api/stories'))
    expect(list.stories.map((s) => s.title_en)).toContain('Ningbo · Xiangshan: invest in marine equipment')
    const demo = list.stories.find((s) => s.title_en.startsWith('Ningbo'))!
    const story = await jsonOf<Story>(await app.request(`/api/stories/${demo.id}`))
    expect(story.edition).toBe('published')
    expect(story.scenes).toHaveLength(6)
    expect(story.scenes.every((s) => s.title_zh && s.title_en && s.caption_zh && s.caption_en)).toBe(true)
    expect(story.scenes.every((s) => s.notes === undefined)).toBe(true)
    expect(story.scenes[1]!.figures).toMatchObject({ kind: 'land', park_id: park.id })
    const land = story.scenes[1]!.figures!.items
    const offer = await database.db
      .selectFrom('parcels')
      .select((eb) => [eb.fn.countAll<string>().as('n')])
      .where('park_id', '=', park.id)
      .where('published', '=', true)
      .where('status', '=', 'available')
      .executeTakeFirstOrThrow()
    expect(land.find((i) => i.key === 'parcels_on_offer')!.value).toBe(Number(offer.n))
    expect(story.scenes[2]!.features.features.length).toBe(1)
    const port = story.scenes[2]!.figures!.items.find((i) => i.key === 'port_km')!
    expect(port.value).toBeGreaterThan(0)
    expect(port.value).toBeLessThan(30)
    const chain = story.scenes[3]!.figures!.items.find((i) => i.key === 'gaps')!
    expect(chain.value_en).not.toBe('—')
    expect(story.scenes[4]!.figures!.items.find((i) => i.key === 'incentives_total')!.value).toBeGreaterThan(0)
  })

  it('CRUD with If-Match and audit; the public and other roles only read', async () => {
    const created = await create({ scenes: [scene()] })
    expect(created).toMatchObject({ published: false, scene_count: 1, version: 1, visibility: 'internal' })
    expect((await app.request(`/api/stories/${created.id}`)).status).toBe(404)
    expect((await call(app, planner, 'POST', '/api/stories', { body: { title_zh: 'x', title_en: 'x' } })).status).toBe(
      403,
    )
    expect((await call(app, null, 'GET', `/api/stories/${created.id}?edition=draft`)).status).toBe(404)
    const draft = await jsonOf<Story>(await call(app, viewer, 'GET', `/api/stories/${created.id}`))
    expect(draft).toMatchObject({ edition: 'draft', unpublished_changes: true })
    expect(draft.scenes[0]!.notes).toBe('Say hello')
    const path = `/api/stories/${created.id}`
    expect((await call(app, promoter, 'PATCH', path, { body: { title_en: 'New' } })).status).toBe(428)
    const two = [scene({ title_en: 'Second' }), scene({ title_en: 'First' })]
    const patched = await call(app, promoter, 'PATCH', path, { body: { scenes: two }, ifMatch: '"1"' })
    expect(patched.status).toBe(200)
    expect(patched.headers.get('etag')).toBe('"2"')
    expect((await call(app, promoter, 'PATCH', path, { body: { title_en: 'x' }, ifMatch: '"1"' })).status).toBe(412)
    const bad = await call(app, promoter, 'PATCH', path, {
      body: { scenes: [scene({ view: { center: [500, 0], zoom: 3 } })] },
      ifMatch: '"2"',
    })
    expect(bad.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(bad)).message).toContain('scenes')
    expect((await publish(created.id, 2)).status).toBe(200)
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity', '=', 'stories')
      .where('entity_id', '=', String(created.id))
      .orderBy('id')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update'])
    expect((audit[2]!.after as { snapshot: { as_of: string } }).snapshot.as_of).toMatch(/^\d{4}-\d\d-\d\d$/)
    expect((await call(app, promoter, 'DELETE', path, { ifMatch: '"2"' })).status).toBe(412)
    expect((await call(app, promoter, 'DELETE', path, { ifMatch: '"3"' })).status).toBe(204)
    expect((await call(app, viewer, 'GET', path)).status).toBe(404)
  })

  it('a published story is frozen: later edits to the land do not change it until it is published again', async () => {
    const created = await create({ visibility: 'public', scenes: [scene()] })
    expect((await publish(created.id, 1)).status).toBe(200)
    const before = await jsonOf<Story>(await app.request(`/api/stories/${created.id}`))
    const offered = (s: Story) => s.scenes[0]!.figures!.items.find((i) => i.key === 'parcels_on_offer')!.value
    const one = await database.db
      .selectFrom('parcels')
      .select('id')
      .where('park_id', '=', park.id)
      .where('status', '=', 'available')
      .where('published', '=', true)
      .executeTakeFirstOrThrow()
    await database.db.updateTable('parcels').set({ status: 'supplied' }).where('id', '=', one.id).execute()
    try {
      const after = await jsonOf<Story>(await app.request(`/api/stories/${created.id}`))
      expect(offered(after)).toBe(offered(before))
      expect(after.as_of).toBe(before.as_of)
      const refreshed = await publish(created.id, 2)
      expect(refreshed.status).toBe(200)
      const again = await jsonOf<Story>(await app.request(`/api/stories/${created.id}`))
      expect(offered(again)).toBe((offered(before) as number) - 1)
    } finally {
      await database.db.updateTable('parcels').set({ status: 'available' }).where('id', '=', one.id).execute()
    }
  })

  it.each([
    ['the projects layer', { layers: ['parcels', 'projects'] }, 'layers'],
    ['a project', () => ({ highlights: { projects: [projectId] } }), 'highlights.projects'],
    ['pipeline figures', { figures: { kind: 'pipeline' } }, 'figures'],
    ['an unpublished parcel', () => ({ highlights: { parcels: [secretParcel] } }), 'highlights.parcels'],
    ['a block that is not public', { highlights: { blocks: ['B-NO-SUCH'] } }, 'highlights.blocks'],
  ])('publishing a public story that shows %s is refused, naming the scene', async (_what, extra, field) => {
    const shown = typeof extra === 'function' ? extra() : extra
    const created = await create({ visibility: 'public', scenes: [scene(), scene(shown)] })
    const res = await publish(created.id, 1)
    expect(res.status).toBe(409)
    const body = await jsonOf<ErrorEnvelope>(res)
    expect(body.code).toBe('confidential')
    expect(body.message).toContain(`scenes[1].${field}`)
    expect((await app.request(`/api/stories/${created.id}`)).status).toBe(404)
    // Internal, the same story may be published: it never reaches the public.
    await call(app, promoter, 'PATCH', `/api/stories/${created.id}`, {
      body: { visibility: 'internal' },
      ifMatch: '"1"',
    })
    expect((await publish(created.id, 2)).status).toBe(200)
    expect((await app.request(`/api/stories/${created.id}`)).status).toBe(404)
  })

  it('a story published internal and later marked public stays hidden until published for the public', async () => {
    const created = await create({ scenes: [scene()] })
    expect((await publish(created.id, 1)).status).toBe(200)
    await call(app, promoter, 'PATCH', `/api/stories/${created.id}`, { body: { visibility: 'public' }, ifMatch: '"2"' })
    expect((await app.request(`/api/stories/${created.id}`)).status).toBe(404)
    const ids = (await jsonOf<z.infer<typeof storyListSchema>>(await app.request('/api/stories'))).stories.map(
      (s) => s.id,
    )
    expect(ids).not.toContain(created.id)
    expect((await publish(created.id, 3)).status).toBe(200)
    expect((await app.request(`/api/stories/${created.id}`)).status).toBe(200)
  })

  it('the big screen: land, the pipeline by stage and the ranking with district lights, for staff only', async () => {
    expect((await app.request('/api/bigscreen')).status).toBe(401)
    const screen = await jsonOf<Story>(await call(app, viewer, 'GET', '/api/bigscreen'))
    expect(screen.scenes.map((s) => s.figures?.kind)).toEqual(['land', 'pipeline', 'ranking'])
    const stages = screen.scenes[1]!.figures!.items
    const inProduction = await database.db
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('stage', 'in', ['production', 'full_capacity'])
      .executeTakeFirstOrThrow()
    expect(stages.find((i) => i.key === 'production')!.value).toBe(Number(inProduction.n))
    const ranking = await jsonOf<{ rows: { region_id: number; light: string; rank: number }[] }>(
      await call(app, viewer, 'GET', '/api/planning/ranking'),
    )
    expect(screen.scenes[2]!.region_lights).toEqual(
      ranking.rows.map((r) => ({ region_id: r.region_id, light: r.light })),
    )
    expect(screen.scenes[2]!.figures!.items[0]!.key).toBe('rank_1')
  })
})
