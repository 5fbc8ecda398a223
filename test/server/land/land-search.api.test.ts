import type { z } from '@hono/zod-openapi'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { loadDemo } from '../../../server/demo/load-demo.js'
import type { blockCollectionSchema } from '../../../server/land/blocks.schema.js'
import type { parcelPageSchema } from '../../../server/land/parcels.schema.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

type ParcelPage = z.infer<typeof parcelPageSchema>
type Blocks = z.infer<typeof blockCollectionSchema>
type Block = Blocks['features'][number]

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let planner: TestSession
const SECRET_PARK = '保密测试园'

beforeAll(async () => {
  database = await createTestDatabase()
  await loadDemo(database.db)
  // An unpublished park (with published parcels in it): the public's search must not confirm its name.
  const park = await database.db.selectFrom('parks').select('id').orderBy('id').executeTakeFirstOrThrow()
  await database.db
    .updateTable('parks')
    .set({ name: SECRET_PARK, published: false })
    .where('id', '=', park.id)
    .execute()
  await insertRoleUsers(database.db, ['planner'])
  app = createTestApp(database)
  planner = await signIn(app, 'planner')
}, 120_000)
afterAll(() => database?.close())

const parcels = async (query: string, session: TestSession | null = null) => {
  const res = await call(app, session, 'GET', `/api/parcels?format=json&limit=20000&${query}`)
  expect(res.status).toBe(200)
  return { total: Number(res.headers.get('x-total-count')), items: (await jsonOf<ParcelPage>(res)).items }
}

const blocks = async (query: string) => {
  const res = await app.request(`/api/blocks?${query}`)
  expect(res.status, await res.clone().text()).toBe(200)
  return (await jsonOf<Blocks>(res)).features
}

const idsOf = async (query: string) => new Set((await parcels(query)).items.map((p) => p.id))

/** Blocks computed whole, then filtered here: every parcel passes `every`, some parcel passes `some`. */
async function expectedBlocks(every: string, some: string, keep: (b: Block) => boolean = () => true) {
  const [all, everyIds, someIds] = await Promise.all([blocks('min_mu=100'), idsOf(every), idsOf(some)])
  return all
    .filter((b) => b.properties.parcel_ids.every((id) => everyIds.has(id)))
    .filter((b) => b.properties.parcel_ids.some((id) => someIds.has(id)))
    .filter(keep)
    .map((b) => b.properties.block_id)
}

describe('GET /api/blocks with the land filters', () => {
  it('finds 100-mu industrial blocks within 10 km of a port, as filtering all blocks finds them', async () => {
    const found = await blocks('min_mu=100&land_use=1001&max_km_port=10')
    const expected = await expectedBlocks('land_use=1001', 'max_km_port=10')
    expect(found.map((b) => b.properties.block_id)).toEqual(expected)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan((await blocks('min_mu=100')).length)
  })

  it('applies price, district, net land and a largest size the same way', async () => {
    const all = await blocks('min_mu=100')
    const region = all[0]!.properties.parcel_ids[0]!
    const regionId = (await parcels('')).items.find((p) => p.id === region)!.region_id!
    const query = `min_mu=100&max_price=40&region=${regionId}&max_mu=400&net_land=true`
    const found = await blocks(query)
    const expected = await expectedBlocks(
      'max_price=40',
      `region=${regionId}`,
      (b) => b.properties.total_mu <= 400 && b.properties.net_land_throughout,
    )
    expect(found.map((b) => b.properties.block_id)).toEqual(expected)
  })

  it('matches a park by its name and counts what it found', async () => {
    const park = (await blocks('min_mu=100'))[0]!.properties.parks[0]!
    const res = await app.request(`/api/blocks?min_mu=100&q=${encodeURIComponent(park)}`)
    const found = (await jsonOf<Blocks>(res)).features
    expect(Number(res.headers.get('x-total-count'))).toBe(found.length)
    expect(found.length).toBeGreaterThan(0)
    for (const block of found) expect(block.properties.parks).toContain(park)
  })

  it('names the bad filter', async () => {
    const res = await app.request('/api/blocks?max_km_port=far')
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('max_km_port')
  })
})

describe('GET /api/parcels?q= matches parks and districts in Chinese, English and pinyin', () => {
  it('finds a district by its Chinese name, its English name and its pinyin', async () => {
    const region = (await parcels('')).items.find((p) => p.region_name === '象山县')!
    const inRegion = await parcels(`region=${region.region_id}`)
    for (const q of ['象山', 'Xiangshan', 'xiangshan', 'xiang shan']) {
      const found = await parcels(`q=${encodeURIComponent(q)}`)
      expect(found.total, q).toBe(inRegion.total)
    }
  })

  it('finds a park by pinyin and by its initials', async () => {
    const park = (await parcels('')).items.find((p) => p.park_name === '东海湾专精特新产业园')!
    const inPark = await parcels(`park=${park.park_id}`)
    expect((await parcels('q=donghaiwan')).items.map((p) => p.id)).toEqual(inPark.items.map((p) => p.id))
    expect((await parcels('q=DHWZJ')).total).toBe(inPark.total)
  })

  it('still matches a parcel code and a location', async () => {
    const first = (await parcels('')).items[0]!
    expect((await parcels(`q=${encodeURIComponent(first.code)}`)).items.map((p) => p.code)).toContain(first.code)
  })

  it('never confirms an unpublished park’s name to the public, while staff find it', async () => {
    expect((await parcels(`q=${encodeURIComponent(SECRET_PARK)}`)).total).toBe(0)
    expect((await parcels(`q=${encodeURIComponent(SECRET_PARK)}`, planner)).total).toBeGreaterThan(0)
    const named = async (session: TestSession | null) =>
      jsonOf<{ park_ids: number[] }>(
        await call(app, session, 'GET', `/api/places?q=${encodeURIComponent(SECRET_PARK)}`),
      )
    expect((await named(null)).park_ids).toEqual([])
    expect((await named(planner)).park_ids).toHaveLength(1)
  })
})

async function readRows(res: Response) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await res.arrayBuffer())
  const rows: unknown[][] = []
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

describe('GET /api/land/export exports what the filters select', () => {
  const filters = 'status=available,reserve&min_mu=20&max_km_port=15&sort=-area_mu'

  it('the land list: the same parcels in the same order, counted, with the filters in its title row', async () => {
    const listed = await parcels(filters)
    const res = await app.request(`/api/land/export?list=land&format=xlsx&${filters}`)
    expect(Number(res.headers.get('x-total-count'))).toBe(listed.total)
    const rows = await readRows(res)
    expect(rows.slice(2).map((r) => r[1])).toEqual(listed.items.map((p) => p.code))
    expect(String(rows[0]![0])).toMatch(/^土地清单（筛选条件 状态：可供、储备；面积≥20亩；距港口≤15公里）$/)
    expect(listed.total).toBeLessThan((await parcels('')).total)
  })

  it('CSV says so in its title row too', async () => {
    const text = await (await app.request(`/api/land/export?list=land&format=csv&status=available&q=xiangshan`)).text()
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines[0]).toBe('可供招商土地清单（筛选条件 状态：可供；关键词：xiangshan）')
    expect(lines.length - 2).toBe((await parcels('status=available&q=xiangshan')).total)
  })

  it('the 100-mu list: the blocks /api/blocks finds with the same filters', async () => {
    const query = 'land_use=1001&max_km_port=10'
    const found = await blocks(`min_mu=100&${query}`)
    const res = await app.request(`/api/land/export?list=blocks100&format=xlsx&${query}`)
    expect(Number(res.headers.get('x-total-count'))).toBe(found.length)
    const rows = await readRows(res)
    expect(rows.slice(2).map((r) => r[1])).toEqual(found.map((b) => b.properties.block_id))
    expect(String(rows[0]![0])).toContain('用地性质：1001')
  })
})
