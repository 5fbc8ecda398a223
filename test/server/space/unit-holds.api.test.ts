import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { oneFactoryScenario, testProject } from '../../support/space-scenario.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let promoter: TestSession
let viewer: TestSession
let projectA: number
let projectB: number
const unitIds = new Map<string, number>()

beforeAll(async () => {
  database = await createTestDatabase()
  const scenario = await oneFactoryScenario(
    database.db,
    ({ buildingId }) => [
      { building_id: buildingId, code: 'V1', floor: 1, area_m2: 2000 },
      { building_id: buildingId, code: 'V2', floor: 1, area_m2: 2000 },
      { building_id: buildingId, code: 'L1', floor: 1, area_m2: 2000, status: 'let', tenant: '某公司' },
    ],
    [testProject('A', 'negotiating'), testProject('B', 'negotiating')],
  )
  for (const [code, id] of scenario.unitIds) unitIds.set(code, id)
  ;[projectA, projectB] = scenario.projectIds as [number, number]
  await insertRoleUsers(database.db, ['promoter', 'viewer'])
  app = createTestApp(database)
  promoter = await signIn(app, 'promoter')
  viewer = await signIn(app, 'viewer')
}, 120_000)
afterAll(() => database?.close())

const reserve = (project: number, codes: string[], session = promoter) =>
  call(app, session, 'POST', `/api/projects/${project}/units`, {
    body: { unit_ids: codes.map((c) => unitIds.get(c)!) },
  })
const statusOf = async (code: string) =>
  database.db
    .selectFrom('building_units')
    .select(['status', 'project_id'])
    .where('id', '=', unitIds.get(code)!)
    .executeTakeFirstOrThrow()

describe('reserving space for a project', () => {
  it('two projects racing for one unit: one 200, one 409 naming who holds it; the unit held once', async () => {
    const answers = await Promise.all([reserve(projectA, ['V1']), reserve(projectB, ['V1'])])
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    const refused = answers.find((r) => r.status === 409)!
    const winner = answers[0]!.status === 200 ? 'A' : 'B'
    expect(await refused.text()).toContain(`by ${winner}`)
    expect(await statusOf('V1')).toEqual({ status: 'reserved', project_id: winner === 'A' ? projectA : projectB })
  })

  it('all or none: a let unit in the request refuses it, and the vacant one stays vacant', async () => {
    const res = await reserve(projectA, ['V2', 'L1'])
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('L1 is let')
    expect(await statusOf('V2')).toEqual({ status: 'vacant', project_id: null })
  })

  it('released, the unit is vacant and on offer again; the project’s history records both', async () => {
    const holder = (await statusOf('V1')).project_id!
    const res = await call(app, promoter, 'DELETE', `/api/projects/${holder}/units/${unitIds.get('V1')}`)
    expect(res.status).toBe(200)
    expect((await jsonOf<{ units: unknown[] }>(res)).units).toEqual([])
    expect(await statusOf('V1')).toEqual({ status: 'vacant', project_id: null })
    const offered = await jsonOf<{ items: { code: string }[] }>(await app.request('/api/units'))
    expect(offered.items.map((u) => u.code).sort()).toEqual(['V1', 'V2'])
    const history = await database.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity', '=', 'projects')
      .where('entity_id', '=', String(holder))
      .execute()
    expect(history.map((h) => JSON.stringify(h.after))).toEqual(['{"units_held":["F V1"]}', '{"units_held":[]}'])
  })

  it('a viewer may not reserve; an unknown unit is a 400 naming unit_ids; an unknown project 404', async () => {
    expect((await reserve(projectA, ['V2'], viewer)).status).toBe(403)
    const unknown = await call(app, promoter, 'POST', `/api/projects/${projectA}/units`, {
      body: { unit_ids: [999999] },
    })
    expect(unknown.status).toBe(400)
    expect(await unknown.text()).toContain('unit_ids')
    expect((await reserve(999999, ['V2'])).status).toBe(404)
  })

  it('a project dropped gives its reserved space back', async () => {
    expect((await reserve(projectB, ['V2'])).status).toBe(200)
    const project = await call(app, promoter, 'GET', `/api/projects/${projectB}`)
    const dropped = await call(app, promoter, 'PATCH', `/api/projects/${projectB}`, {
      body: { stage: 'dropped' },
      ifMatch: project.headers.get('etag')!,
    })
    expect(dropped.status).toBe(200)
    expect(await statusOf('V2')).toEqual({ status: 'vacant', project_id: null })
  })

  it('supply against demand counts the park’s space: vacant and reserved floor area beside its land', async () => {
    expect((await reserve(projectA, ['V2'])).status).toBe(200)
    const res = await call(app, promoter, 'GET', '/api/planning/supply-demand?group=park')
    const { rows } = await jsonOf<{
      rows: { key: string | null; space_vacant_m2: number; space_reserved_m2: number }[]
    }>(res)
    expect(rows.find((r) => r.key !== null)).toMatchObject({ space_vacant_m2: 2000, space_reserved_m2: 2000 })
  })
})
