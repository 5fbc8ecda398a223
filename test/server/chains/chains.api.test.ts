import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { linkCollectionSchema } from '../../../server/chains/chains.routes.js'
import type {
  chainDetailSchema,
  chainExchangeSchema,
  chainSummarySchema,
  enterpriseCollectionSchema,
  enterpriseDetailSchema,
  gapLandSchema,
} from '../../../server/chains/chains.schema.js'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { chainScenario } from '../../support/chain-scenario.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

type ChainDetail = z.infer<typeof chainDetailSchema>
type ChainList = { chains: z.infer<typeof chainSummarySchema>[] }
type FirmList = z.infer<typeof enterpriseCollectionSchema>
type FirmDetail = z.infer<typeof enterpriseDetailSchema>
type SegmentLinks = z.infer<typeof linkCollectionSchema>
type GapLand = z.infer<typeof gapLandSchema>
type ChainFile = z.infer<typeof chainExchangeSchema>

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let promoter: TestSession
let planner: TestSession
let scenario: Awaited<ReturnType<typeof chainScenario>>

beforeAll(async () => {
  database = await createTestDatabase()
  scenario = await chainScenario(database.db)
  await insertRoleUsers(database.db, ['promoter', 'planner'])
  app = createTestApp(database)
  promoter = await signIn(app, 'promoter')
  planner = await signIn(app, 'planner')
}, 120_000)
afterAll(() => database?.close())

const json = async <T>(res: Response) => {
  expect(res.status).toBe(200)
  return jsonOf<T>(res)
}
const detail = (session: TestSession | null) => call(app, session, 'GET', `/api/chains/${scenario.chainId}`)
const segmentOf = (body: ChainDetail, key: string) => body.segments.find((s) => s.key === key)!

describe('reading a chain', () => {
  it('gives strength, gaps (fewer than 2 local firms), neighbours and layout; targets only for staff', async () => {
    const body = await json<ChainDetail>(await detail(null))
    expect(body.gap_threshold).toBe(2)
    expect(segmentOf(body, 'steel')).toMatchObject({
      strength: 2,
      is_gap: false,
      layout: { column: 0, row: 0, depth: 0 },
    })
    expect(segmentOf(body, 'turbines')).toMatchObject({
      strength: 1,
      is_gap: true,
      upstream_ids: [scenario.segment('steel'), scenario.segment('gears')],
    })
    expect(segmentOf(body, 'main_bearings').layout).toEqual({ column: 0, row: 2, depth: 1 })
    expect(JSON.stringify(body)).not.toContain('"targets"')
    const staff = await json<ChainDetail>(await detail(promoter))
    expect(segmentOf(staff, 'service')).toMatchObject({ strength: 0, is_gap: true, targets: 1 })
  })

  it('counts existing firms for everyone and target firms for staff only', async () => {
    const open = await json<ChainList>(await call(app, null, 'GET', '/api/chains'))
    expect(open.chains[0]!).toMatchObject({ existing_count: 3, segment_count: 5 })
    expect(open.chains[0]!).not.toHaveProperty('target_count')
    expect((await json<ChainList>(await call(app, promoter, 'GET', '/api/chains'))).chains[0]!.target_count).toBe(1)
  })

  it('never shows the public a target firm, its contact or contact stage', async () => {
    const open = await json<FirmList>(await call(app, null, 'GET', `/api/enterprises?chain=${scenario.chainId}`))
    expect(open.features.map((f) => f.properties.name).sort()).toEqual(['整机厂', '钢厂乙', '钢厂甲'])
    expect(JSON.stringify(open)).not.toMatch(/contact|origin|status/)
    expect((await call(app, null, 'GET', `/api/enterprises/${scenario.firms.get('运维目标企业')}`)).status).toBe(404)
    const staff = await json<FirmDetail>(
      await call(app, promoter, 'GET', `/api/enterprises/${scenario.firms.get('运维目标企业')}`),
    )
    expect(staff.firm.properties).toMatchObject({ status: 'target', contact: '张经理 138', contact_stage: '已拜访' })
  })

  it('a firm comes with the firms it buys from and sells to', async () => {
    const body = await json<FirmDetail>(
      await call(app, null, 'GET', `/api/enterprises/${scenario.firms.get('整机厂')}`),
    )
    expect(body.segment!.key).toBe('turbines')
    expect(body.suppliers.map((f) => f.name).sort()).toEqual(['钢厂乙', '钢厂甲'])
    expect(body.customers).toEqual([]) // the only service firm is a target
  })

  it('draws a line from each firm of the segment to its nearest supplier and customer, and a hull per cluster', async () => {
    const body = await json<SegmentLinks>(
      await call(app, null, 'GET', `/api/chains/${scenario.chainId}/segments/${scenario.segment('turbines')}/links`),
    )
    const lines = body.features.flatMap(({ properties: p, geometry }) =>
      p.kind === 'link' ? [{ ...p, geometry }] : [],
    )
    // The turbine maker buys steel: 钢厂乙 is 0.66 km away, 钢厂甲 0.72 km; gears has no firm, service only a target.
    expect(lines.map((l) => [l.supplier_id, l.customer_id, l.geometry.type])).toEqual([
      [scenario.firms.get('钢厂乙'), scenario.firms.get('整机厂'), 'LineString'],
    ])
    const steel = await json<SegmentLinks>(
      await call(app, null, 'GET', `/api/chains/${scenario.chainId}/segments/${scenario.segment('steel')}/links`),
    )
    expect(steel.features.filter((f) => f.properties.kind === 'link')).toHaveLength(2) // both steel works supply the one turbine maker
    const hulls = body.features.flatMap(({ properties: p, geometry }) =>
      p.kind === 'hull' ? [{ ...p, geometry }] : [],
    )
    expect(hulls.map((h) => [h.segment_id, h.firms, h.selected]).sort()).toEqual(
      [
        [scenario.segment('steel'), 2, false],
        [scenario.segment('turbines'), 1, true],
      ].sort(),
    )
    expect(hulls.every((h) => h.geometry.type === 'Polygon')).toBe(true)
  })

  it('lists land for a gap, nearest to its customers first, with distances on the ellipsoid', async () => {
    const body = await json<GapLand>(
      await call(app, null, 'GET', `/api/chains/${scenario.chainId}/segments/${scenario.segment('gears')}/land`),
    )
    expect(body.parcels.map((p) => p.code)).toEqual(['TP-01']) // TP-SECRET is reserve and unpublished; TP-02 is built
    // TP-01's east edge (121.013) to the turbine maker (121.02, 30.012), same latitude: 0.007° of longitude at 30.012°N.
    const expectedKm =
      (((0.007 * Math.PI) / 180) * 6378.137 * Math.cos((30.012 * Math.PI) / 180)) /
      Math.sqrt(1 - 0.00669438 * Math.sin((30.012 * Math.PI) / 180) ** 2)
    expect(body.parcels[0]!.km_downstream).toBeCloseTo(expectedKm, 2)
    expect(body.parcels[0]!.km_upstream).toBeNull()
  })

  it('404 for a segment of another chain or no chain', async () => {
    expect((await call(app, null, 'GET', `/api/chains/${scenario.chainId + 99}`)).status).toBe(404)
    expect((await call(app, null, 'GET', `/api/chains/${scenario.chainId}/segments/99999/links`)).status).toBe(404)
  })
})

describe('editing a chain', () => {
  const etag = async () => (await detail(promoter)).headers.get('etag')!

  it('refuses a link that closes a loop, naming it; accepts and removes others', async () => {
    const loop = await call(app, promoter, 'POST', `/api/chains/${scenario.chainId}/links`, {
      body: { supplier_id: scenario.segment('service'), customer_id: scenario.segment('steel') },
      ifMatch: await etag(),
    })
    expect(loop.status).toBe(409)
    expect((await jsonOf<ErrorEnvelope>(loop)).message).toBe(
      'supplier → customer links would form a cycle: steel → turbines → service → steel',
    )
    const added = await call(app, promoter, 'POST', `/api/chains/${scenario.chainId}/links`, {
      body: { supplier_id: scenario.segment('main_bearings'), customer_id: scenario.segment('turbines') },
      ifMatch: await etag(),
    })
    expect(added.status).toBe(200)
    const link = (await json<ChainDetail>(await detail(promoter))).links.find(
      (l) => l.supplier_id === scenario.segment('main_bearings'),
    )!
    expect(
      (
        await call(app, promoter, 'DELETE', `/api/chains/${scenario.chainId}/links/${link.id}`, {
          ifMatch: await etag(),
        })
      ).status,
    ).toBe(200)
    expect((await json<ChainDetail>(await detail(promoter))).links).toHaveLength(3)
  })

  it('needs If-Match, and only promotion staff may edit', async () => {
    expect(
      (await call(app, promoter, 'PATCH', `/api/chains/${scenario.chainId}`, { body: { gap_threshold: 3 } })).status,
    ).toBe(428)
    expect(
      (
        await call(app, planner, 'PATCH', `/api/chains/${scenario.chainId}`, {
          body: { gap_threshold: 3 },
          ifMatch: await etag(),
        })
      ).status,
    ).toBe(403)
    expect(
      (await call(app, null, 'PATCH', `/api/chains/${scenario.chainId}`, { body: { gap_threshold: 3 } })).status,
    ).toBe(401)
    expect(
      (
        await call(app, promoter, 'PATCH', `/api/chains/${scenario.chainId}`, {
          body: { gap_threshold: 3 },
          ifMatch: await etag(),
        })
      ).status,
    ).toBe(200)
    expect(segmentOf(await json<ChainDetail>(await detail(null)), 'steel').is_gap).toBe(true)
  })

  it('refuses a segment under its own descendant, and a firm moved to another chain’s segment', async () => {
    const gears = scenario.segment('gears')
    const version = segmentOf(await json<ChainDetail>(await detail(promoter)), 'gears').version
    const res = await call(app, promoter, 'PATCH', `/api/chain-segments/${gears}`, {
      body: { parent_id: scenario.segment('main_bearings') },
      ifMatch: `"${version}"`,
    })
    expect(res.status).toBe(409)
    const firmId = scenario.firms.get('钢厂甲')!
    const firmEtag = (await call(app, promoter, 'GET', `/api/enterprises/${firmId}`)).headers.get('etag')!
    const moved = await call(app, promoter, 'PATCH', `/api/enterprises/${firmId}`, {
      body: { segment_id: 999_999 },
      ifMatch: firmEtag,
    })
    expect(moved.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(moved)).message).toMatch(/^segment_id: /)
    const ok = await call(app, promoter, 'PATCH', `/api/enterprises/${firmId}`, {
      body: { segment_id: gears, flags: ['specialized'] },
      ifMatch: firmEtag,
    })
    expect(ok.status).toBe(200)
    expect(segmentOf(await json<ChainDetail>(await detail(null)), 'gears').strength).toBe(1)
  })

  it('exports a chain and imports it elsewhere unchanged; a file with a loop or a duplicate key is refused whole', async () => {
    const file = await json<ChainFile>(await call(app, null, 'GET', `/api/chains/${scenario.chainId}/export`))
    expect(file.links).toEqual([
      { supplier: 'steel', customer: 'turbines' },
      { supplier: 'gears', customer: 'turbines' },
      { supplier: 'turbines', customer: 'service' },
    ])
    expect((await call(app, promoter, 'POST', '/api/chains/import', { body: file })).status).toBe(409)
    const copy = { ...file, chain: { ...file.chain, key: 'wind_copy' } }
    const looped = { ...copy, links: [...copy.links, { supplier: 'service', customer: 'steel' }] }
    const refused = await call(app, promoter, 'POST', '/api/chains/import', { body: looped })
    expect(refused.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(refused)).message).toMatch(/^links: .*cycle/)
    const created = await call(app, promoter, 'POST', '/api/chains/import', { body: copy })
    expect(created.status).toBe(201)
    const { id } = await jsonOf<{ id: number; key: string }>(created)
    const again = await json<ChainFile>(await call(app, null, 'GET', `/api/chains/${id}/export`))
    expect(again).toEqual(copy)
  })
})
