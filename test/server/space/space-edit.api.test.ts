import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { oneFactoryScenario, testProject } from '../../support/space-scenario.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let planner: TestSession
let viewer: TestSession
let buildingId: number
const unitIds = new Map<string, number>()

beforeAll(async () => {
  database = await createTestDatabase()
  const scenario = await oneFactoryScenario(
    database.db,
    ({ buildingId, projectIds }) => [
      { building_id: buildingId, code: 'V1', floor: 1, area_m2: 1500 },
      { building_id: buildingId, code: 'R1', floor: 1, area_m2: 1500, status: 'reserved', project_id: projectIds[0]! },
    ],
    [testProject('P', 'signed')],
  )
  buildingId = scenario.buildingId
  for (const [code, id] of scenario.unitIds) unitIds.set(code, id)
  await insertRoleUsers(database.db, ['planner', 'viewer'])
  app = createTestApp(database)
  planner = await signIn(app, 'planner')
  viewer = await signIn(app, 'viewer')
}, 120_000)
afterAll(() => database?.close())

const etagOf = async (path: string) => (await call(app, planner, 'GET', path)).headers.get('etag')!

describe('planners edit buildings and units', () => {
  it('unpublishing a building needs the ETag last read, hides it from the public, and is audited', async () => {
    const etag = await etagOf(`/api/buildings/${buildingId}`)
    const res = await call(app, planner, 'PATCH', `/api/buildings/${buildingId}`, {
      body: { published: false, contact: '0574-1' },
      ifMatch: etag,
    })
    expect(res.status).toBe(200)
    expect(await jsonOf<{ published: boolean; contact: string }>(res)).toMatchObject({
      published: false,
      contact: '0574-1',
    })
    expect((await app.request(`/api/buildings/${buildingId}`)).status).toBe(404)
    const stale = await call(app, planner, 'PATCH', `/api/buildings/${buildingId}`, {
      body: { published: true },
      ifMatch: etag,
    })
    expect(stale.status).toBe(412)
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'buildings')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]!.before).toMatchObject({ published: true })
    expect(audit[0]!.after).toMatchObject({ published: false, contact: '0574-1' })
  })

  it('a unit is let with its tenant; a reserved one is the pipeline’s (409); bad input names the field', async () => {
    const version = async (code: string) => {
      const row = await database.db
        .selectFrom('building_units')
        .select('version')
        .where('code', '=', code)
        .executeTakeFirstOrThrow()
      return `"${row.version}"`
    }
    const let1 = await call(app, planner, 'PATCH', `/api/units/${unitIds.get('V1')}`, {
      body: { status: 'let', tenant: '某租户', rent_yuan_m2_month: 21 },
      ifMatch: await version('V1'),
    })
    expect(let1.status).toBe(200)
    expect(await jsonOf<{ status: string; tenant: string }>(let1)).toMatchObject({ status: 'let', tenant: '某租户' })
    const reserved = await call(app, planner, 'PATCH', `/api/units/${unitIds.get('R1')}`, {
      body: { status: 'vacant' },
      ifMatch: await version('R1'),
    })
    expect(reserved.status).toBe(409)
    const bad = await call(app, planner, 'PATCH', `/api/units/${unitIds.get('V1')}`, {
      body: { area_m2: -3 },
      ifMatch: await version('V1'),
    })
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain('area_m2')
    expect(
      (await call(app, viewer, 'PATCH', `/api/units/${unitIds.get('V1')}`, { body: { crane_t: 5 }, ifMatch: '"1"' }))
        .status,
    ).toBe(403)
  })
})
