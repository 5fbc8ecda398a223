import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { BuildingDetail, StaffUnit } from '../../../server/space/space.schema.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { spaceScenario } from '../../support/space-scenario.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let planner: TestSession
let scenario: Awaited<ReturnType<typeof spaceScenario>>

beforeAll(async () => {
  database = await createTestDatabase()
  scenario = await spaceScenario(database.db)
  await insertRoleUsers(database.db, ['planner'])
  app = createTestApp(database)
  planner = await signIn(app, 'planner')
}, 120_000)
afterAll(() => database?.close())

type Page = { total: number; items: StaffUnit[] }
const units = async (query: string, session: TestSession | null = planner) => {
  const res = await call(app, session, 'GET', `/api/units?limit=5000&${query}`)
  expect(res.status).toBe(200)
  const page = await jsonOf<Page>(res)
  expect(Number(res.headers.get('x-total-count'))).toBe(page.total)
  return page
}

/** Each filter as the API documents it, applied in JavaScript to the full list. */
const filters: [string, (u: StaffUnit) => boolean][] = [
  ['min_m2=1000', (u) => u.area_m2 >= 1000],
  ['max_m2=800', (u) => u.area_m2 <= 800],
  ['min_floor_load=30', (u) => (u.floor_load_kn ?? 0) >= 30],
  ['min_clear_height=8', (u) => (u.clear_height_m ?? 0) >= 8],
  ['min_power_kva=400', (u) => (u.power_kva ?? 0) >= 400],
  ['min_crane_t=10', (u) => u.crane_t >= 10],
  ['ground_floor=true', (u) => u.floor === 1],
  ['max_rent=25', (u) => u.rent_yuan_m2_month !== null && u.rent_yuan_m2_month <= 25],
  ['kind=office', (u) => u.kind === 'office'],
  ['status=let', (u) => u.status === 'let'],
  [
    'min_m2=500&max_m2=2000&ground_floor=true&min_floor_load=20',
    (u) => u.area_m2 >= 500 && u.area_m2 <= 2000 && u.floor === 1 && (u.floor_load_kn ?? 0) >= 20,
  ],
]

describe('GET /api/units', () => {
  it('each filter keeps exactly the units the full list holds that answer it', async () => {
    const all = (await units('')).items
    expect(all).toHaveLength(scenario.unitCount)
    for (const [query, keep] of filters) {
      const expected = all
        .filter(keep)
        .map((u) => u.id)
        .sort((a, b) => a - b)
      const found = (await units(query)).items.map((u) => u.id).sort((a, b) => a - b)
      expect(found, query).toEqual(expected)
      expect(expected.length, `${query} keeps some and drops some`).toBeGreaterThan(0)
      expect(expected.length, query).toBeLessThan(all.length)
    }
  })

  it('the public sees vacant units of published buildings only, without tenant or project', async () => {
    const all = (await units('')).items
    const publicList = (await units('', null)).items
    const unpublished = scenario.buildingIds.get('TB-12')!
    const expected = all.filter((u) => u.status === 'vacant' && u.building_id !== unpublished).map((u) => u.id)
    expect(publicList.map((u) => u.id).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b))
    for (const unit of publicList) expect(Object.keys(unit)).not.toContain('tenant')
    expect((await units('status=let', null)).total).toBe(0)
  })

  it('sorts by an allowlisted key, descending with a minus, and refuses any other key naming the field', async () => {
    const byRent = (await units('sort=-rent')).items.map((u) => u.rent_yuan_m2_month ?? -1)
    expect(byRent).toEqual([...byRent].sort((a, b) => b - a))
    const res = await call(app, planner, 'GET', '/api/units?sort=tenant')
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('sort')
  })

  it('pages with X-Total-Count over all matches', async () => {
    const res = await call(app, planner, 'GET', '/api/units?limit=5&offset=5&sort=floor')
    expect(res.headers.get('x-total-count')).toBe(String(scenario.unitCount))
    expect((await jsonOf<Page>(res)).items).toHaveLength(5)
  })
})

describe('GET /api/buildings', () => {
  it('sums each building’s vacant space from its units, and keeps buildings with a unit that answers the filters', async () => {
    const all = (await units('')).items
    const res = await call(app, planner, 'GET', '/api/buildings?format=json')
    const page = await jsonOf<{ items: { id: number; available_m2: number; vacant_units: number }[] }>(res)
    expect(page.items).toHaveLength(12)
    for (const building of page.items) {
      const vacant = all.filter((u) => u.building_id === building.id && u.status === 'vacant')
      expect(building.available_m2).toBeCloseTo(
        vacant.reduce((sum, u) => sum + u.area_m2, 0),
        1,
      )
      expect(building.vacant_units).toBe(vacant.length)
    }
    const withCrane = await call(app, planner, 'GET', '/api/buildings?format=json&min_crane_t=10')
    const expected = new Set(all.filter((u) => u.crane_t >= 10).map((u) => u.building_id))
    const found = (await jsonOf<{ items: { id: number }[] }>(withCrane)).items.map((b) => b.id)
    expect(new Set(found)).toEqual(expected)
  })

  it('as GeoJSON for the map; the public gets published buildings without staff fields, and 404 for the unpublished', async () => {
    const res = await app.request('/api/buildings')
    const collection = await jsonOf<{ features: { properties: Record<string, unknown> }[] }>(res)
    expect(collection.features).toHaveLength(11)
    expect(Object.keys(collection.features[0]!.properties)).not.toContain('notes')
    const hidden = scenario.buildingIds.get('TB-12')!
    expect((await app.request(`/api/buildings/${hidden}`)).status).toBe(404)
    const staffView = await jsonOf<BuildingDetail>(await call(app, planner, 'GET', `/api/buildings/${hidden}`))
    expect(staffView.units.length).toBeGreaterThan(0)
  })

  it('a building’s detail lists its units floor by floor; the public only the vacant ones', async () => {
    const id = scenario.buildingIds.get('TB-1')!
    const staff = await jsonOf<BuildingDetail>(await call(app, planner, 'GET', `/api/buildings/${id}`))
    const anonymous = await jsonOf<BuildingDetail>(await app.request(`/api/buildings/${id}`))
    const floors = staff.units.map((u) => u.floor)
    expect(floors).toEqual([...floors].sort((a, b) => a - b))
    expect(anonymous.units.map((u) => u.id)).toEqual(staff.units.filter((u) => u.status === 'vacant').map((u) => u.id))
  })
})
