import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { loadDemo } from '../../../server/demo/load-demo.js'
import type { blockCollectionSchema } from '../../../server/land/blocks.schema.js'
import type { parcelFeatureCollectionSchema, parcelPageSchema } from '../../../server/land/parcels.schema.js'
import { jsonOf } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'
import { readXlsx } from '../../support/xlsx.js'

type ParcelPage = z.infer<typeof parcelPageSchema>
type ParcelFeatures = z.infer<typeof parcelFeatureCollectionSchema>
type Blocks = z.infer<typeof blockCollectionSchema>

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let available: ParcelPage['items']
// A hostile cell, as an import from someone's spreadsheet might bring: a whole cell that starts with '='.
const HOSTILE = '=HYPERLINK("http://evil.example","点击")'

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemo(database.db)
  // A hostile location text, as an import from a spreadsheet might bring.
  await database.db.updateTable('parcels').set({ code: HOSTILE }).where('code', '=', 'XSLG-A1-01').execute()
  app = createTestApp(database)
  available = (
    await jsonOf<ParcelPage>(await app.request('/api/parcels?status=available&format=json&limit=20000&sort=code'))
  ).items
}, 120_000)
afterAll(() => database?.close())

describe('GET /api/land/export', () => {
  it('gives the land list as .xlsx: title, the bureau’s headers, one row per published available parcel', async () => {
    const res = await app.request('/api/land/export?list=land&format=xlsx&status=available')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/)
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('可供招商土地清单')}`,
    )
    const { name, rows } = await readXlsx(res)
    expect(name).toBe('可供招商土地清单')
    expect(rows[1]).toEqual([
      '序号',
      '地块编号',
      '位置',
      '面积(亩)',
      '用地性质',
      '容积率',
      '出让年限',
      '起始价(万元/亩)',
      '是否净地',
      '备注',
    ])
    expect(rows.slice(2).map((r) => r[1])).toEqual(available.map((p) => (p.code === HOSTILE ? `'${HOSTILE}` : p.code)))
    expect(rows[2]![3]).toBeCloseTo(available[0]!.area_mu, 2)
  })

  it('escapes formulas in CSV and keeps the UTF-8 mark for Excel', async () => {
    const bytes = new Uint8Array(
      await (await app.request('/api/land/export?list=land&format=csv&status=available')).arrayBuffer(),
    )
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.split('\n')[0]).toBe('可供招商土地清单（筛选条件 状态：可供）')
    expect(text.split('\n')[1]).toBe(
      '序号,地块编号,位置,面积(亩),用地性质,容积率,出让年限,起始价(万元/亩),是否净地,备注',
    )
    const hostile = text.split('\n').find((line) => line.includes('HYPERLINK'))!
    expect(hostile).toMatch(/^\d+,"'=HYPERLINK\(""http:\/\/evil\.example"",""点击""\)",/)
  })

  it('escapes formulas in .xlsx cells too', async () => {
    const { rows } = await readXlsx(await app.request('/api/land/export?list=land&format=xlsx&status=available'))
    expect(rows.some((r) => r[1] === `'${HOSTILE}`)).toBe(true)
    expect(rows.flat().some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false)
  })

  it('gives the 100-mu and 200-mu block lists, the 200-mu one marked 整体出让', async () => {
    const blocks = (await jsonOf<Blocks>(await app.request('/api/blocks?min_mu=100'))).features
    const { rows } = await readXlsx(await app.request('/api/land/export?list=blocks100&format=xlsx'))
    expect(rows.length - 2).toBe(blocks.length)
    const big = (await jsonOf<Blocks>(await app.request('/api/blocks?min_mu=200'))).features
    const list200 = (await readXlsx(await app.request('/api/land/export?list=blocks200&format=xlsx'))).rows.slice(2)
    expect(list200).toHaveLength(big.length)
    for (const row of list200) expect(row[7]).toBe('整体出让，不得分割')
  })

  it('gives GeoJSON with public fields only', async () => {
    const body = await jsonOf<ParcelFeatures>(
      await app.request('/api/land/export?list=land&format=geojson&status=available'),
    )
    expect(body.features).toHaveLength(available.length)
    expect(body.features[0]!.properties.contact).toBeUndefined()
    expect(body.features[0]!.properties.published).toBeUndefined()
  })
})
