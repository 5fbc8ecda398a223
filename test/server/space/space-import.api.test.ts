import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { smallParkScenario } from '../../support/scenarios.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let planner: TestSession

beforeAll(async () => {
  database = await createTestDatabase()
  await smallParkScenario(database.db)
  await insertRoleUsers(database.db, ['planner', 'promoter'])
  app = createTestApp(database)
  planner = await signIn(app, 'planner')
}, 120_000)
afterAll(() => database?.close())

const HEADERS = [
  '序号',
  '载体编号',
  '载体名称',
  '类型',
  '所在园区',
  '所在区县',
  '经度',
  '纬度',
  '单元',
  '楼层',
  '可租售面积(㎡)',
  '层高(m)',
  '承重',
  '行车(t)',
  '租金(元/㎡/月)',
  '状态',
  '备注',
]

/** A park's list as it is sent: a title row above the headers, one row a unit, units in some cells. */
async function workbook(rows: (string | number)[][]): Promise<string> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('载体清单')
  sheet.addRow(['测试园区可租售载体清单（2026年11月）'])
  sheet.addRow(HEADERS)
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
}

const good = [
  [1, 'T1', '一号标准厂房', '标准厂房', '测试园区', '', '', '', '1F-A', 1, '3,000', 12, '5吨/㎡', 10, 22, '空置', ''],
  [
    2,
    'T1',
    '一号标准厂房',
    '标准厂房',
    '测试园区',
    '',
    '',
    '',
    '2F-A',
    2,
    '2000㎡',
    6,
    15,
    0,
    18,
    '已租',
    '租户续约中',
  ],
  [3, 'T2', '测试商务楼', '写字楼', '', '测试区', 121.05, 30.05, '1201', 12, 800, 3, 2.5, '', 65, '', ''],
]

type Result = {
  ok: boolean
  committed: boolean
  buildings: number
  units: number
  not_imported_columns: string[]
  errors: { row: number; column: string; message: string }[]
  created: { buildings: number; units: number } | null
  updated: { buildings: number; units: number } | null
}
const send = async (content: string, dryRun: boolean, session = planner) =>
  call(app, session, 'POST', '/api/buildings/import', {
    body: { file_name: '载体清单.xlsx', content, dry_run: dryRun },
  })

describe('POST /api/buildings/import: a 载体清单 with Chinese headers', () => {
  it('a dry run reads buildings and units, lists the columns it does not import, and writes nothing', async () => {
    const res = await send(await workbook(good), true)
    expect(res.status).toBe(200)
    expect(await jsonOf<Result>(res)).toMatchObject({
      ok: true,
      committed: false,
      buildings: 2,
      units: 3,
      not_imported_columns: ['序号', '备注'],
      errors: [],
    })
    expect((await database.db.selectFrom('buildings').select('id').execute()).length).toBe(0)
  })

  it('commits all of it: tonnes read as kN/㎡, a building placed in its park when it has no coordinates; again, it updates', async () => {
    expect(await jsonOf<Result>(await send(await workbook(good), false))).toMatchObject({
      committed: true,
      created: { buildings: 2, units: 3 },
      updated: { buildings: 0, units: 0 },
    })
    const units = await jsonOf<{
      items: { code: string; floor_load_kn: number; status: string; park_name: string | null }[]
    }>(await call(app, planner, 'GET', '/api/units?sort=floor&limit=10'))
    const bay = units.items.find((u) => u.code === '1F-A')!
    expect(bay).toMatchObject({ floor_load_kn: 49, status: 'vacant', park_name: '测试园区' })
    expect(units.items.find((u) => u.code === '2F-A')!.status).toBe('let')
    expect(await jsonOf<Result>(await send(await workbook(good), false))).toMatchObject({
      created: { buildings: 0, units: 0 },
      updated: { buildings: 2, units: 3 },
    })
  })

  it('a file with bad cells names each by row and column and commits nothing', async () => {
    const bad = [
      [1, 'T9', '九号厂房', '城堡', '测试园区', '', '', '', '1F', 1, '很大', '', '', '', '', '空置', ''],
      [2, 'T9', '九号厂房', '标准厂房', '不存在园区', '', '', '', '2F', 2, 500, '', '', '', '', '待定', ''],
    ]
    const result = await jsonOf<Result>(await send(await workbook(bad), false))
    expect(result).toMatchObject({ ok: false, committed: false })
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, '类型'],
      [3, '可租售面积(㎡)'],
      [4, '所在园区'],
      [4, '状态'],
    ])
    expect(await database.db.selectFrom('buildings').select('code').where('code', '=', 'T9').execute()).toEqual([])
  })

  it('only planners import; a file that is not a spreadsheet is a 400 naming it', async () => {
    const promoter = await signIn(app, 'promoter')
    expect((await send(await workbook(good), true, promoter)).status).toBe(403)
    const res = await call(app, planner, 'POST', '/api/buildings/import', {
      body: { file_name: 'list.geojson', content: '{"type":"FeatureCollection","features":[]}' },
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('list.geojson')
  })
})
