import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { insertBuildings } from '../../../server/space/buildings.repo.js'
import { smallParkScenario, squareJson } from '../../support/scenarios.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
const unitIds = new Map<string, number>()

const unit = (code: string, floor: number, area_m2: number, extra: Record<string, unknown> = {}) => ({
  code,
  floor,
  area_m2,
  ...extra,
})

/** A factory with one heavy crane bay, and an office with two suites that only together make 1 300 ㎡ on one floor. */
beforeAll(async () => {
  database = await createTestDatabase()
  const { regionId, parkId } = await smallParkScenario(database.db)
  const place = { region_id: regionId, published: true }
  const ids = await insertBuildings(database.db, [
    {
      ...place,
      code: 'F',
      name: '厂房',
      kind: 'standard_factory',
      park_id: parkId,
      geometryJson: squareJson(121.02, 30.02, 0.001),
    },
    {
      ...place,
      code: 'O',
      name: '写字楼',
      kind: 'office',
      geometryJson: JSON.stringify({ type: 'Point', coordinates: [121.05, 30.05] }),
    },
  ])
  const heavy = { floor_load_kn: 50, crane_t: 16, clear_height_m: 12, power_kva: 1000, rent_yuan_m2_month: 22 }
  const rows = [
    { building_id: ids.get('F')!, ...unit('1F-A', 1, 3200, heavy) },
    { building_id: ids.get('F')!, ...unit('1F-B', 1, 1500, { floor_load_kn: 30, rent_yuan_m2_month: 20 }) },
    { building_id: ids.get('F')!, ...unit('2F-A', 2, 3000, { floor_load_kn: 10, rent_yuan_m2_month: 16 }) },
    { building_id: ids.get('F')!, ...unit('1F-C', 1, 3300, { ...heavy, status: 'let', tenant: '某公司' }) },
    { building_id: ids.get('O')!, ...unit('1201', 12, 620, { floor_load_kn: 3, rent_yuan_m2_month: 68 }) },
    { building_id: ids.get('O')!, ...unit('1202', 12, 680, { floor_load_kn: 3, rent_yuan_m2_month: 70 }) },
    { building_id: ids.get('O')!, ...unit('1501', 15, 400, { floor_load_kn: 3, rent_yuan_m2_month: 75 }) },
    { building_id: ids.get('O')!, ...unit('2001', 20, 900, { floor_load_kn: 3, rent_yuan_m2_month: 80 }) },
  ]
  const inserted = await database.db.insertInto('building_units').values(rows).returning(['id', 'code']).execute()
  for (const row of inserted) unitIds.set(row.code, row.id)
  app = createTestApp(database)
}, 120_000)
afterAll(() => database?.close())

interface Answer {
  need: string
  candidates: { unit_codes: string[]; arrangement: string; total_m2: number; criteria: { criterion: string }[] }[]
  rejected: { counts: Record<string, number> }
  why_not: { unit_id: number; candidate: boolean; reasons: { code: string; value: unknown; limit: unknown }[] }[]
}
const recommend = async (profile: Record<string, unknown>) => {
  const res = await app.request('/api/recommend', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ need: 'space', ...profile }),
  })
  expect(res.status).toBe(200)
  return (await res.json()) as Answer
}

describe('POST /api/recommend with need=space', () => {
  it('3 000 ㎡ on the ground floor, 5 t/㎡ and a 10 t crane: the one vacant heavy bay, the let one not offered', async () => {
    const answer = await recommend({
      min_m2: 3000,
      max_m2: 4000,
      ground_floor: true,
      min_floor_load: 49,
      min_crane_t: 10,
      explain: [unitIds.get('2F-A')!, unitIds.get('1F-B')!, unitIds.get('1F-C')!],
    })
    expect(answer.candidates.map((c) => [c.unit_codes, c.arrangement])).toEqual([[['1F-A'], 'single']])
    const [upstairs, light, taken] = answer.why_not
    expect(upstairs!.reasons.map((r) => r.code)).toEqual(['ground_floor', 'floor_load'])
    expect(light!.reasons).toEqual([{ code: 'floor_load', value: 30, limit: 49 }])
    expect(taken!.reasons.map((r) => r.code)).toEqual(['not_offered'])
  })

  it('1 250–1 400 ㎡ of offices: two suites on one floor, not two floors apart', async () => {
    const answer = await recommend({ min_m2: 1250, max_m2: 1400, kinds: ['office'] })
    expect(answer.candidates.map((c) => [c.unit_codes.sort(), c.arrangement, c.total_m2])).toEqual([
      [['1201', '1202'], 'same_floor', 1300],
    ])
  })

  it('5 000 ㎡ with a 20 t crane: nothing fits, and each unit says why', async () => {
    const answer = await recommend({
      min_m2: 5000,
      min_crane_t: 20,
      min_floor_load: 20,
      explain: [unitIds.get('1F-A')!],
    })
    expect(answer.candidates).toEqual([])
    expect(answer.rejected.counts).toEqual({ floor_load: 5, too_small: 2 })
    expect(answer.why_not[0]!.reasons).toEqual([{ code: 'too_small', value: 3200, limit: 5000 }])
  })

  it('a space profile with a land field, or a land profile with a space field, is a 400 naming it', async () => {
    for (const body of [{ need: 'space', min_m2: 100, min_mu: 3 }, { min_mu: 3, min_m2: 100 }, { need: 'space' }]) {
      const res = await app.request('/api/recommend', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      expect(res.status).toBe(400)
      expect(await res.text()).toMatch(/min_mu|min_m2/)
    }
  })
})
