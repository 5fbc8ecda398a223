import type { z } from '@hono/zod-openapi'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countAuditRows } from '../../../server/audit/audit.repo.js'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { bulletinSchema } from '../../../server/planning/bulletin.routes.js'
import { findMonthEnd, insertUnitTargets } from '../../../server/planning/unit-ranking.repo.js'
import type { unitRankingSchema } from '../../../server/planning/unit-ranking.schema.js'
import { keepMonthEnds } from '../../../server/planning/unit-ranking.service.js'
import { defaultPipelineConfig } from '../../../server/projects/pipeline-config.js'
import { openPipelineApp } from '../../support/pipeline-app.js'
import type { pipelineScenario } from '../../support/pipeline-scenario.js'
import { call, jsonOf, type TestSession } from '../../support/sessions.js'
import type { createTestApp } from '../../support/test-app.js'

type UnitRanking = z.infer<typeof unitRankingSchema>
let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let planner: TestSession
let promoter: TestSession
let scenario: Awaited<ReturnType<typeof pipelineScenario>>

const unit = (code: string) => scenario.unitIds.get(code)!
async function setUnits(project: string, first: string, landing: string) {
  await database.db
    .updateTable('projects')
    .set({ first_report_unit_id: unit(first), landing_unit_id: unit(landing) })
    .where('id', '=', scenario.projectIds.get(project)!)
    .execute()
}

// On 2026-11-22: J2 (12亿元, signed 1 May) introduced by 东甲街道, landed in 东乙镇; J5 (5亿元, signed 10 January)
// introduced by 东区经信局, landed in 东甲街道; J4 (1.5亿元, signed 5 November) 西甲街道's alone.
beforeAll(async () => {
  const opened = await openPipelineApp(['planner', 'promoter'])
  ;({ database, app, scenario } = opened)
  ;({ planner, promoter } = opened.sessions)
  await setUnits('J2', 'east-a', 'east-b')
  await setUnits('J5', 'east-dept', 'east-a')
  await setUnits('J4', 'west-a', 'west-a')
  await insertUnitTargets(
    database.db,
    ['east-a', 'east-b', 'east-dept', 'west-a'].map((code) => ({
      jurisdiction_id: unit(code),
      year: 2026,
      metric: 'projects_1yi' as const,
      target: code === 'west-a' || code === 'east-dept' ? 1 : 2,
    })),
  )
}, 120_000)
afterAll(() => database?.close())

async function ranking(query: string) {
  const res = await call(app, planner, 'GET', `/api/planning/ranking?${query}`)
  expect(res.status).toBe(200)
  return jsonOf<UnitRanking>(res)
}
const achieved = (r: UnitRanking) =>
  Object.fromEntries(r.rows.map((row) => [row.code, [row.metrics[0]!.achieved, row.rank]]))

describe('月排位 by level', () => {
  it('ranks towns on credit shared 0.5 each between two towns of one district', async () => {
    const towns = await ranking('level=town')
    expect(towns).toMatchObject({ level: 'town', year: 2026, month: 11, as_of: '2026-11-22', recorded_at: null })
    expect(achieved(towns)).toEqual({ 'east-a': [1, 2], 'east-b': [0.5, 3], 'west-a': [1, 1] })
  })

  it('ranks departments on credit shared with a town', async () => {
    expect(achieved(await ranking('level=department'))).toEqual({ 'east-dept': [0.5, 1] })
  })

  it('rolls the towns’ and the department’s credit up to the district: 1.0 each for J2 and J5', async () => {
    const districts = await ranking('level=district')
    const east = districts.rows.find((r) => r.code === 'east')!
    expect(east.metrics.find((m) => m.metric === 'projects_1yi')!.achieved).toBe(2)
  })

  it('answers a past month from its stored end, unchanged by a later edit', async () => {
    const october = await ranking('level=town&year=2026&month=10')
    expect(october).toMatchObject({ as_of: '2026-10-31', recorded_at: expect.any(String) })
    expect(achieved(october)).toEqual({ 'east-a': [1, 1], 'east-b': [0.5, 2], 'west-a': [0, 3] })
    // Back-dated: J4 was really signed in October. The record of October's end stays as it was.
    await database.db
      .updateTable('projects')
      .set({ signed_on: '2026-10-15' })
      .where('id', '=', scenario.projectIds.get('J4')!)
      .execute()
    const again = await ranking('level=town&year=2026&month=10')
    expect(again).toEqual(october)
    const now = await ranking('level=town')
    expect(now.rows.map((r) => [r.code, r.rank_last_month])).toEqual([
      ['west-a', 3],
      ['east-a', 1],
      ['east-b', 2],
    ])
  })

  it('stores last month’s end for every level by itself, as a running server does at start and each hour', async () => {
    const stop = keepMonthEnds(
      database.db,
      defaultPipelineConfig,
      () => '2026-12-05',
      (m) => expect.fail(m),
    )
    await stop()
    for (const level of ['district', 'town', 'platform', 'department'] as const)
      expect((await findMonthEnd(database.db, level, 2026, 11))?.as_of, level).toBe('2026-11-30')
  })

  it('refuses a month that has not begun, naming it', async () => {
    const res = await call(app, planner, 'GET', '/api/planning/ranking?level=town&year=2026&month=12')
    expect(res.status).toBe(400)
    expect(((await res.json()) as ErrorEnvelope).message).toContain('month')
  })
})

describe('季通报: the quarterly bulletin', () => {
  it('lists every level with rank, change since last quarter’s end and lights, as JSON', async () => {
    const res = await call(app, planner, 'GET', '/api/planning/bulletin?year=2026&quarter=4')
    expect(res.status).toBe(200)
    const bulletin = await jsonOf<z.infer<typeof bulletinSchema>>(res)
    expect(bulletin.sections.map((s) => s.level)).toEqual(['district', 'town', 'platform', 'department'])
    const towns = bulletin.sections.find((s) => s.level === 'town')!.rows
    expect(towns.map((r) => [r.code, r.rank, r.rank_last_quarter, r.light])).toEqual([
      ['west-a', 1, 3, 'green'],
      ['east-a', 2, 1, 'red'],
      ['east-b', 3, 2, 'red'],
    ])
  })

  it('prints as a workbook with one sheet per level, the change as ▲/▼', async () => {
    const res = await call(app, planner, 'GET', '/api/planning/bulletin?year=2026&quarter=4&format=xlsx')
    expect(res.headers.get('content-disposition')).toContain('bulletin-2026-q4')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['区县', '镇（街道）', '产业平台', '责任部门'])
    const towns = workbook.getWorksheet('镇（街道）')!
    expect(String(towns.getCell(1, 1).value)).toBe('2026年第4季度招商引资“赛马”通报 · 镇（街道）（截至 2026-11-22）')
    expect(towns.getRow(3).values).toEqual([undefined, 1, '▲2', '西甲街道', '1 / 1（100%，绿灯）', '100%', '绿灯'])
  })

  it('answers a past quarter from its last month’s stored end, and refuses one not begun', async () => {
    const q3 = await jsonOf<z.infer<typeof bulletinSchema>>(
      await call(app, planner, 'GET', '/api/planning/bulletin?year=2026&quarter=3'),
    )
    expect(q3.as_of).toBe('2026-09-30')
    const res = await call(app, planner, 'GET', '/api/planning/bulletin?year=2027&quarter=1')
    expect(res.status).toBe(400)
    expect(((await res.json()) as ErrorEnvelope).message).toContain('quarter')
  })
})

describe('unit targets, set by promotion staff', () => {
  const put = (body: object) => call(app, promoter, 'PUT', '/api/planning/unit-targets', { body })

  it('sets and removes a year’s unit targets in one audited transaction, and the ranking follows', async () => {
    const audits = await countAuditRows(database.db, 'unit_targets', '2026')
    const res = await put({
      year: 2026,
      targets: [
        { unit_id: unit('east-a'), metric: 'projects_1yi', target: 4 },
        { unit_id: unit('east-b'), metric: 'projects_1yi', target: null },
      ],
    })
    expect(res.status).toBe(200)
    const saved = await jsonOf<{ targets: { unit_id: number; metric: string; target: number }[] }>(res)
    expect(saved.targets.filter((t) => [unit('east-a'), unit('east-b')].includes(t.unit_id))).toEqual([
      { unit_id: unit('east-a'), metric: 'projects_1yi', target: 4 },
    ])
    expect(await countAuditRows(database.db, 'unit_targets', '2026')).toBe(audits + 1)
    const towns = await ranking('level=town')
    expect(towns.rows.map((r) => r.code)).not.toContain('east-b')
    expect(towns.rows.find((r) => r.code === 'east-a')!.metrics[0]).toMatchObject({ target: 4, completion: 0.25 })
  })

  it('refuses a district or an unknown unit by row, and writes nothing', async () => {
    const before = await jsonOf<object>(await call(app, planner, 'GET', '/api/planning/unit-targets?year=2026'))
    const res = await put({
      year: 2026,
      targets: [
        { unit_id: unit('west-a'), metric: 'projects_1yi', target: 9 },
        { unit_id: unit('east'), metric: 'projects_1yi', target: 3 },
      ],
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as ErrorEnvelope).message).toContain('targets[1].unit_id')
    expect(await jsonOf<object>(await call(app, planner, 'GET', '/api/planning/unit-targets?year=2026'))).toEqual(
      before,
    )
    expect(
      (
        await call(app, planner, 'PUT', '/api/planning/unit-targets', {
          body: { year: 2026, targets: [{ unit_id: unit('west-a'), metric: 'projects_1yi', target: 9 }] },
        })
      ).status,
    ).toBe(403)
  })
})
