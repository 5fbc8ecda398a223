import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { insertDemonstrationTowns, insertJurisdictions } from '../../../server/jurisdictions/jurisdictions.repo.js'
import type { JurisdictionTree } from '../../../server/jurisdictions/jurisdictions.schema.js'
import { insertTargets } from '../../../server/projects/targets.repo.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { insertTestUnits, smallParkScenario } from '../../support/scenarios.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let planner: TestSession
let parkId: number

beforeAll(async () => {
  database = await createTestDatabase()
  const scenario = await smallParkScenario(database.db)
  parkId = scenario.parkId
  await insertTestUnits(database.db, scenario.regionId, parkId)
  await insertJurisdictions(database.db, [
    { code: 't-dept', name: '区投促局', name_en: 'Investment Bureau', level: 'department', parentCode: 't-district' },
  ])
  // The district is the square 121–121.1 E, 30–30.1 N: two seats split it down the middle.
  await insertDemonstrationTowns(database.db, 't-district', [
    { code: 't-west', name: '西镇', name_en: 'West Town', lonLat: [121.025, 30.05] },
    { code: 't-east', name: '东镇', name_en: 'East Town', lonLat: [121.075, 30.05] },
  ])
  await insertTargets(database.db, [{ region_id: scenario.regionId, year: 2026, metric: 'projects_1yi', target: 12 }])
  await insertRoleUsers(database.db, ['planner'])
  app = createTestApp(database)
  planner = await signIn(app, 'planner')
}, 120_000)
afterAll(() => database?.close())

const tree = async (session?: TestSession) => {
  const res = session ? await call(app, session, 'GET', '/api/jurisdictions') : await app.request('/api/jurisdictions')
  expect(res.status).toBe(200)
  return (await jsonOf<JurisdictionTree>(res)).jurisdictions
}
const byCode = (units: JurisdictionTree['jurisdictions']) => new Map(units.map((u) => [u.code, u]))

describe('GET /api/jurisdictions', () => {
  it('serves the tree to anyone, parents first, each unit with its level and parent, without targets', async () => {
    const units = await tree()
    expect(units.map((u) => [u.code, u.level, u.parent_code])).toEqual([
      ['t-city', 'city', null],
      ['t-district', 'district', 't-city'],
      ['t-platform', 'platform', 't-district'],
      ['t-east', 'town', 't-district'],
      ['t-west', 'town', 't-district'],
      ['t-dept', 'department', 't-district'],
    ])
    expect(units.some((u) => 'targets' in u)).toBe(false)
  })

  it('outlines a district with its region, a town with its demonstration cell, a department with nothing', async () => {
    const units = byCode(await tree())
    expect(units.get('t-district')!.boundary?.type).toBe('MultiPolygon')
    expect(units.get('t-dept')!.boundary).toBeNull()
    const west = units.get('t-west')!
    expect(west.demonstration).toBe(true)
    const longitudes = west.boundary!.coordinates.flat(2).map(([lon]) => lon)
    expect(Math.min(...longitudes)).toBeCloseTo(121, 4)
    expect(Math.max(...longitudes)).toBeCloseTo(121.05, 4)
  })

  it('outlines a platform with its park while the park is published, and not once it is withdrawn', async () => {
    expect(byCode(await tree()).get('t-platform')!.boundary?.type).toBe('MultiPolygon')
    await database.db.updateTable('parks').set({ published: false }).where('id', '=', parkId).execute()
    try {
      expect(byCode(await tree()).get('t-platform')!.boundary).toBeNull()
    } finally {
      await database.db.updateTable('parks').set({ published: true }).where('id', '=', parkId).execute()
    }
  })

  it('adds the targets for staff', async () => {
    const units = byCode(await tree(planner))
    expect(units.get('t-district')!.targets).toEqual([{ year: 2026, metric: 'projects_1yi', target: 12 }])
    expect(units.get('t-west')!.targets).toEqual([])
  })
})
