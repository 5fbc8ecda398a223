import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { conflictSchema, rankingSchema, supplyDemandSchema } from '../../../server/planning/planning.schema.js'
import type { targetsTableSchema } from '../../../server/planning/targets.routes.js'
import { openPipelineApp } from '../../support/pipeline-app.js'
import { call, jsonOf, type TestSession } from '../../support/sessions.js'
import type { createTestApp } from '../../support/test-app.js'

type SupplyDemand = z.infer<typeof supplyDemandSchema>
type Conflict = z.infer<typeof conflictSchema>
type Ranking = z.infer<typeof rankingSchema>

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let planner: TestSession
let promoter: TestSession

beforeAll(async () => {
  const opened = await openPipelineApp(['planner', 'promoter'])
  ;({ database, app } = opened)
  planner = opened.sessions.planner
  promoter = opened.sessions.promoter
}, 120_000)
afterAll(() => database?.close())

async function supply(group: string) {
  const res = await call(app, planner, 'GET', `/api/planning/supply-demand?group=${group}`)
  expect(res.status).toBe(200)
  return jsonOf<SupplyDemand>(res)
}

// Worked out by hand from test/support/pipeline-scenario.ts, on 2026-11-22, weights 在谈 0.4 and 签约 0.9.
describe('supply against demand on the named scenario', () => {
  it('per district: land on offer, blocks, weighted demand, balance, absorption and months of supply', async () => {
    const body = await supply('district')
    const east = body.rows.find((r) => r.name === '东区')!
    // A1 120 + A2 90 + A3 30 available; R1 60 reserve; one block of 210 mu (A1+A2).
    expect(east.available_mu).toBeCloseTo(240, 1)
    expect(east.reserve_mu).toBeCloseTo(60, 1)
    expect([east.blocks_100, east.blocks_200]).toEqual([1, 1])
    // J1 150 × 0.4 + J2 250 × 0.9 + J7 200 × 0.4; J5 is supplied, J6 dropped, J8 only assessed.
    expect(east.demand_projects).toBe(3)
    expect(east.demand_raw_mu).toBe(600)
    expect(east.demand_mu).toBe(365)
    expect(east.balance_mu).toBeCloseTo(-125, 1)
    // Supplied in the last 12 months: S1 45 (2026-03-10) and S2 30 (2025-12-15), not S3 (2025-10-01).
    expect(east.absorbed_12m_mu).toBeCloseTo(75, 1)
    expect(east.months_of_supply).toBe(38.4) // 240 / (75 / 12)
    expect(east.idle_mu.supplied_unused).toBeCloseTo(15, 1)
    expect(east.supplied_this_year_mu).toBeCloseTo(45, 1)
    const west = body.rows.find((r) => r.name === '西区')!
    expect(west.available_mu).toBeCloseTo(80, 1)
    expect(west.blocks_100).toBe(0)
    expect(west.demand_mu).toBe(52) // J3 40 × 0.4 + J4 40 × 0.9
    expect(west.months_of_supply).toBe(16) // 80 / (60 / 12)
    expect(west.idle_mu.underused).toBeCloseTo(10, 1)
    expect(body.total.demand_mu).toBe(417)
    expect(body.total.balance_mu).toBeCloseTo(-97, 1)
    expect(body.total.months_of_supply).toBe(28.4) // 320 / (135 / 12)
  })

  it('the yearly land targets: industrial share of this year’s supply against 50%, revitalised land against 300 mu', async () => {
    const { targets } = await supply('district')
    expect(targets.industrial_share).toBe(0.429) // S1 45 of S1 45 + S4 60
    expect(targets.industrial_share_line).toBe(0.5)
    expect(targets.revitalised_mu).toBeCloseTo(25, 1)
    expect(targets.revitalise_target_mu).toBe(300)
  })

  it('per land category and per park', async () => {
    const byCategory = await supply('category')
    const industrial = byCategory.rows.find((r) => r.key === 'industrial')!
    const commerce = byCategory.rows.find((r) => r.key === 'commerce')!
    expect(industrial.available_mu).toBeCloseTo(240, 1)
    expect(industrial.demand_mu).toBe(365)
    expect(commerce.available_mu).toBeCloseTo(80, 1)
    expect(commerce.demand_mu).toBe(52)
    expect(commerce.absorbed_12m_mu).toBeCloseTo(90, 1) // S2 30 + S4 60
    const byPark = await supply('park')
    expect(byPark.rows.map((r) => r.name).sort()).toEqual(['东区园', '西区园'])
  })

  it('finds the conflicts: a parcel held twice, a block claimed whole over another project, a need no block meets', async () => {
    const { conflicts } = await supply('district')
    const codes = (c: Conflict | undefined) => c!.projects.map((p) => p.code).sort()
    expect(conflicts.find((c) => c.kind === 'shared_parcel')).toMatchObject({ parcel_codes: ['B2'] })
    expect(codes(conflicts.find((c) => c.kind === 'shared_parcel'))).toEqual(['J3', 'J4'])
    const block = conflicts.find((c) => c.kind === 'shared_block')!
    expect(codes(block)).toEqual(['J7', 'J8'])
    expect(block.parcel_codes.sort()).toEqual(['A1', 'A2'])
    const tooBig = conflicts.filter((c) => c.kind === 'no_block_large_enough')
    expect(tooBig.map(codes)).toEqual([['J2']])
    expect(tooBig[0]!.need_mu).toBe(250)
    expect(tooBig[0]!.largest_block_mu).toBeCloseTo(210, 1)
    expect(conflicts).toHaveLength(3) // the dropped J6 needing 500 mu is no conflict
  })

  it('after an edit, reads the last blocks at once and recomputes them once the burst has passed', async () => {
    const setStatus = (status: 'available' | 'intended') =>
      database.db.updateTable('parcels').set({ status }).where('code', '=', 'A2').execute()
    const east = async () => (await supply('district')).rows.find((r) => r.name === '东区')!
    const settle = () => new Promise((resolve) => setTimeout(resolve, 900))
    await east()
    await setStatus('intended') // A2 leaves the offer: A1 alone is 120 mu
    const stale = await east()
    expect(stale.available_mu).toBeCloseTo(150, 1) // the parcels themselves are read fresh
    expect([stale.blocks_100, stale.blocks_200]).toEqual([1, 1])
    await settle()
    const fresh = await east()
    expect([fresh.blocks_100, fresh.blocks_200]).toEqual([1, 0])
    await setStatus('available')
    await east()
    await settle()
    expect((await east()).blocks_200).toBe(1)
  })

  it('refuses an unknown grouping with 400 naming the field', async () => {
    const res = await call(app, planner, 'GET', '/api/planning/supply-demand?group=owner')
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('group')
  })
})

describe('赛马 ranking on the named scenario', () => {
  it('credits 5:5, lights completion against the year gone, and ranks now and at the end of last month', async () => {
    const res = await call(app, planner, 'GET', '/api/planning/ranking')
    expect(res.status).toBe(200)
    const body = await jsonOf<Ranking>(res)
    expect(body.year).toBe(2026)
    expect(body.year_elapsed).toBe(0.893) // 326 / 365
    const first = body.rows[0]!
    const second = body.rows[1]!
    // 西区: ≥1亿 signings J2 ½ + J4 1 = 1.5 of 2; foreign capital 800 + 800 of 1000 (capped at 150%).
    expect(first).toMatchObject({ name: '西区', rank: 1, rank_last_month: 2, score: 1.125, light: 'green' })
    expect(first.metrics.find((m) => m.metric === 'projects_1yi')).toMatchObject({
      achieved: 1.5,
      completion: 0.75,
      light: 'yellow',
    })
    // 东区: J2 ½ + J5 1 of 4; ≥10亿 J2 ½ of 1; foreign 800 of 1000; J5's industrial land 50000 of 100000.
    expect(second).toMatchObject({ name: '东区', rank: 2, rank_last_month: 1, score: 0.544, light: 'red' })
    expect(second.metrics.map((m) => [m.metric, m.achieved, m.light])).toEqual([
      ['projects_1yi', 1.5, 'red'],
      ['projects_10yi', 0.5, 'red'],
      ['foreign_capital_usd_wan', 800, 'yellow'],
      ['industrial_land_investment_wan', 50000, 'red'],
    ])
    // 003 §23: of 东区's two signings this year J2 has no land after six months: 50%, over the 5% line.
    expect(second).toMatchObject({ signed_this_year: 2, land_late: 1, land_late_share: 0.5, land_late_over_line: true })
    expect(first).toMatchObject({ signed_this_year: 1, land_late: 0, land_late_over_line: false })
  })
})

describe('yearly targets are configurable', () => {
  const ranking = async () => (await jsonOf<Ranking>(await call(app, planner, 'GET', '/api/planning/ranking'))).rows
  const westId = async () =>
    (await database.db.selectFrom('regions').select('id').where('name', '=', '西区').executeTakeFirstOrThrow()).id

  it('lists every jurisdiction with its targets, null where none is set', async () => {
    const body = await jsonOf<z.infer<typeof targetsTableSchema>>(
      await call(app, planner, 'GET', '/api/planning/targets?year=2026'),
    )
    const west = body.regions.find((r) => r.name === '西区')!
    expect(west.targets).toEqual({
      projects_1yi: 2,
      projects_10yi: null,
      foreign_capital_usd_wan: 1000,
      industrial_land_investment_wan: null,
    })
  })

  it('a promoter sets and removes targets in one transaction, audited; the ranking follows', async () => {
    const region_id = await westId()
    const res = await call(app, promoter, 'PUT', '/api/planning/targets', {
      body: {
        year: 2026,
        targets: [
          { region_id, metric: 'projects_1yi', target: 3 },
          { region_id, metric: 'foreign_capital_usd_wan', target: null },
        ],
      },
    })
    expect(res.status).toBe(200)
    const west = (await ranking()).find((r) => r.name === '西区')!
    expect(west.metrics).toEqual([{ metric: 'projects_1yi', target: 3, achieved: 1.5, completion: 0.5, light: 'red' }])
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['user_name', 'entity_id'])
      .where('entity', '=', 'targets')
      .execute()
    expect(audit).toEqual([{ user_name: 'promoter', entity_id: '2026' }])
  })

  it('refuses a row naming no jurisdiction, by its index, and changes nothing', async () => {
    const region_id = await westId()
    const res = await call(app, promoter, 'PUT', '/api/planning/targets', {
      body: {
        year: 2026,
        targets: [
          { region_id, metric: 'projects_1yi', target: 9 },
          { region_id: 999_999, metric: 'projects_1yi', target: 1 },
        ],
      },
    })
    expect(res.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(res)).message).toBe('targets[1].region_id: no jurisdiction 999999')
    expect((await ranking()).find((r) => r.name === '西区')!.metrics[0]!.target).toBe(3)
  })

  it('planners read targets but may not change them', async () => {
    const res = await call(app, planner, 'PUT', '/api/planning/targets', {
      body: { year: 2026, targets: [{ region_id: await westId(), metric: 'projects_1yi', target: 1 }] },
    })
    expect(res.status).toBe(403)
  })
})
