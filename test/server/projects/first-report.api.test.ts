import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { rankingSchema } from '../../../server/planning/planning.schema.js'
import type { projectFeatureSchema } from '../../../server/projects/projects.schema.js'
import { openPipelineApp } from '../../support/pipeline-app.js'
import type { pipelineScenario } from '../../support/pipeline-scenario.js'
import { call, jsonOf, type TestSession } from '../../support/sessions.js'
import type { createTestApp } from '../../support/test-app.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let promoter: TestSession
let scenario: Awaited<ReturnType<typeof pipelineScenario>>

beforeAll(async () => {
  const opened = await openPipelineApp(['promoter'])
  ;({ database, app } = opened)
  scenario = opened.scenario
  promoter = opened.sessions.promoter
}, 120_000)
afterAll(() => database?.close())

type Properties = z.infer<typeof projectFeatureSchema>['properties']
const unit = (code: string) => scenario.unitIds.get(code)!
const project = (code: string) => scenario.projectIds.get(code)!
async function get(code: string) {
  const res = await call(app, promoter, 'GET', `/api/projects/${project(code)}`)
  return { etag: res.headers.get('etag')!, p: (await jsonOf<z.infer<typeof projectFeatureSchema>>(res)).properties }
}
async function patch(code: string, body: unknown) {
  return call(app, promoter, 'PATCH', `/api/projects/${project(code)}`, { body, ifMatch: (await get(code)).etag })
}
const messageOf = async (res: Response) => ((await res.json()) as ErrorEnvelope).message
const CODE = '91350100M000100Y43'

describe('a project’s units', () => {
  it('takes a first-report town, a landing town and a department, and names them back', async () => {
    const res = await patch('J1', {
      first_report_unit_id: unit('east-a'),
      landing_unit_id: unit('east-b'),
      responsible_department_id: unit('east-dept'),
    })
    expect(res.status).toBe(200)
    expect((await get('J1')).p).toMatchObject<Partial<Properties>>({
      first_report_unit_name: '东甲街道',
      landing_unit_name: '东乙镇',
      responsible_department_name: '东区经信局',
    })
  })

  it('refuses a department as the landing unit, a town as the department, and an unknown id, naming the field', async () => {
    for (const [body, field] of [
      [{ landing_unit_id: unit('east-dept') }, 'landing_unit_id'],
      [{ responsible_department_id: unit('east-a') }, 'responsible_department_id'],
      [{ first_report_unit_id: 999_999 }, 'first_report_unit_id'],
    ] as const) {
      const res = await patch('J8', body)
      expect(res.status).toBe(400)
      expect(await messageOf(res)).toContain(field)
    }
  })

  it('checks a 统一社会信用代码’s check character and stores it as typed people expect', async () => {
    const bad = await patch('J1', { investor_credit_code: '91350100M000100Y44' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toMatch(/investor_credit_code.*check character/)
    expect((await patch('J1', { investor_credit_code: '9135 0100 M000 100y43' })).status).toBe(200)
    expect((await get('J1')).p.investor_credit_code).toBe(CODE)
  })
})

describe('首报首谈: one month of exclusive first talks for the first reporter (001 §3)', () => {
  it('tells a second unit reporting the same company who holds the window until when, and writes nothing', async () => {
    // J1 (10亿元) reported by 东甲街道 on 1 November: its window runs to 1 December.
    expect((await patch('J1', { total_investment_wan: 100_000, first_reported_on: '2026-11-01' })).status).toBe(200)
    const before = await get('J8')
    const res = await patch('J8', {
      first_report_unit_id: unit('west-a'),
      investor_credit_code: CODE,
      total_investment_wan: 150_000,
      first_reported_on: '2026-11-10',
    })
    expect(res.status).toBe(409)
    expect(await messageOf(res)).toBe(
      'first_reported_on: 东甲街道 holds the first talks with this company from 2026-11-01 until 2026-12-01 (J1)',
    )
    const after = await get('J8')
    expect(after.etag).toBe(before.etag)
    expect(after.p.investor_credit_code).toBeNull()
  })

  it('shows the holder on the other report of the same company, matched by name where no code is given', async () => {
    expect((await patch('J8', { first_report_unit_id: unit('west-a'), total_investment_wan: 150_000 })).status).toBe(
      200,
    )
    await database.db
      .updateTable('projects')
      .set({ investor_name: '投资方J1（宁波）有限公司' })
      .where('id', '=', project('J8'))
      .execute()
    await database.db
      .updateTable('projects')
      .set({ investor_name: '宁波投资方J1有限公司' })
      .where('id', '=', project('J1'))
      .execute()
    await database.db
      .updateTable('projects')
      .set({ investor_credit_code: null })
      .where('id', '=', project('J1'))
      .execute()
    expect((await get('J8')).p.first_report_holder).toMatchObject({
      project_code: 'J1',
      unit_id: unit('east-a'),
      until: '2026-12-01',
    })
  })
})

describe('a signing in breach of the report duties', () => {
  const ranking = async () =>
    (await jsonOf<z.infer<typeof rankingSchema>>(await call(app, promoter, 'GET', '/api/planning/ranking'))).rows
  const east10yi = async () =>
    (await ranking()).find((r) => r.name === '东区')!.metrics.find((m) => m.metric === 'projects_10yi')!.achieved

  it('is flagged with the reason, and its 5:5 credit leaves the ranking', async () => {
    expect((await get('J2')).p).toMatchObject({ report_breaches: [], credit_excluded: false })
    expect(await east10yi()).toBe(0.5)
    expect((await patch('J2', { first_reported_on: null })).status).toBe(200)
    expect((await get('J2')).p).toMatchObject({
      credit_excluded: true,
      report_breaches: [
        {
          kind: 'not_first_reported',
          reason_zh: '2026-05-01 签约前未首报（10亿元或1亿美元以上项目）',
        },
      ],
    })
    expect(await east10yi()).toBe(0)
    expect((await patch('J2', { first_reported_on: '2026-04-01' })).status).toBe(200)
    expect(await east10yi()).toBe(0.5)
  })

  it('is flagged when pre-reported less than a week before signing', async () => {
    expect((await patch('J2', { total_investment_wan: 300_000, pre_reported_on: '2026-04-28' })).status).toBe(200)
    expect((await get('J2')).p.report_breaches.map((b) => b.kind)).toEqual(['not_pre_reported'])
    expect((await patch('J2', { pre_reported_on: '2026-04-24' })).status).toBe(200)
    expect((await get('J2')).p.report_breaches).toEqual([])
  })
})
