import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { StaffUnit } from '../../../server/space/space.schema.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { spaceScenario } from '../../support/space-scenario.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'
import { readXlsx } from '../../support/xlsx.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let planner: TestSession

beforeAll(async () => {
  database = await createTestDatabase()
  await spaceScenario(database.db)
  await insertRoleUsers(database.db, ['planner'])
  app = createTestApp(database)
  planner = await signIn(app, 'planner')
}, 120_000)
afterAll(() => database?.close())

const FILTERS = 'min_m2=500&ground_floor=true&sort=-area_m2'

describe('GET /api/units/export: 载体清单', () => {
  it('lists exactly the units the same filters find, in the bureau’s columns, and says what it was filtered by', async () => {
    const listed = await jsonOf<{ items: StaffUnit[] }>(await app.request(`/api/units?limit=5000&${FILTERS}`))
    const res = await app.request(`/api/units/export?format=xlsx&${FILTERS}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-total-count')).toBe(String(listed.items.length))
    const { rows } = await readXlsx(res)
    const header = rows.findIndex((row) => row[0] === '序号')
    expect(rows.slice(0, header).flat().join(' ')).toContain('面积≥500㎡，仅首层')
    expect(rows[header]).toEqual([
      '序号',
      '载体名称',
      '单元',
      '位置',
      '类型',
      '可租售面积(㎡)',
      '楼层',
      '层高(m)',
      '承重(kN/㎡)',
      '行车(t)',
      '电力(kVA)',
      '租金(元/㎡/月)',
      '联系人',
    ])
    const body = rows.slice(header + 1)
    expect(body.map((row) => [row[1], row[2], row[5]])).toEqual(
      listed.items.map((u) => [u.building_name, u.code, u.area_m2]),
    )
    expect(body.length).toBeGreaterThan(0)
  })

  it('staff get each unit’s status as a last column; the public only vacant units', async () => {
    const staff = await readXlsx(await call(app, planner, 'GET', '/api/units/export?format=xlsx&status=let'))
    expect(staff.rows.find((row) => row[0] === '序号')!.at(-1)).toBe('状态')
    expect(staff.rows.at(-1)!.at(-1)).toBe('已租售')
    const anonymous = await app.request('/api/units/export?format=csv&status=let')
    expect(anonymous.headers.get('x-total-count')).toBe('0')
    expect(await anonymous.text()).not.toContain('已租售')
  })
})
