import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { z } from '@hono/zod-openapi'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countAuditRows } from '../../../server/audit/audit.repo.js'
import { loadConfig } from '../../../server/config.js'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { inboxItemSchema } from '../../../server/projects/pipeline-views.routes.js'
import type {
  projectCollectionSchema,
  projectFeatureSchema,
  timelineSchema,
} from '../../../server/projects/projects.schema.js'
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

type ProjectFeature = z.infer<typeof projectFeatureSchema>
type Timeline = z.infer<typeof timelineSchema>
const timelineOf = async (code: string) =>
  jsonOf<Timeline>(await call(app, promoter, 'GET', `/api/projects/${idOf(code)}/timeline`))

const idOf = (code: string) => scenario.projectIds.get(code)!
async function getProject(code: string) {
  const res = await call(app, promoter, 'GET', `/api/projects/${idOf(code)}`)
  return { etag: res.headers.get('etag')!, p: (await jsonOf<ProjectFeature>(res)).properties }
}
async function patch(code: string, body: unknown) {
  const { etag } = await getProject(code)
  return call(app, promoter, 'PATCH', `/api/projects/${idOf(code)}`, { body, ifMatch: etag })
}
const parcelRow = (code: string) =>
  database.db
    .selectFrom('parcels')
    .select(['status', 'supplied_on', 'version'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow()

describe('rules on the project, computed on the day', () => {
  it('gives the approval tier with its rule, report duties and the land deadline', async () => {
    const { p } = await getProject('J2')
    expect(p).toMatchObject({
      approval_tier: 'standing_committee',
      approval_rule: 'industrial land > 50 mu',
      first_report: true,
      pre_report: false,
    })
    expect(p).toMatchObject({
      land_deadline: '2026-11-01',
      land_late: true,
      light: 'red',
      next_stages: ['land_supplied', 'dropped', 'transferred'],
    })
    expect(p.warnings).toContainEqual({ kind: 'land_late', level: 'red', due_on: '2026-11-01', days_left: -21 })
  })

  it('sets a project’s land category to none, and its tier becomes T0 (deputy head once the head agrees)', async () => {
    const { p: before } = await getProject('J2')
    expect((await patch('J2', { land_category: 'none' })).status).toBe(200)
    const { p } = await getProject('J2')
    expect(p).toMatchObject({
      land_category: 'none',
      approval_tier: 'deputy_head_after_head',
      approval_rule: 'no land: deputy county head after the county head agrees',
    })
    const refused = await patch('J2', { land_category: 'mining' })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('land_category')
    expect((await patch('J2', { land_category: before.land_category })).status).toBe(200)
    expect((await getProject('J2')).p.approval_tier).toBe('standing_committee')
  })

  it('counts down the one-month first-talk window and warns in its last week', async () => {
    expect((await patch('J1', { total_investment_wan: 100_000, first_reported_on: '2026-11-01' })).status).toBe(200)
    let { p } = await getProject('J1')
    expect(p).toMatchObject({ first_report: true, first_talk_ends_on: '2026-12-01' })
    expect(p.warnings.map((w) => w.kind)).not.toContain('first_talk_ending')
    expect((await patch('J1', { first_reported_on: '2026-10-28' })).status).toBe(200)
    ;({ p } = await getProject('J1'))
    expect(p.warnings).toContainEqual({
      kind: 'first_talk_ending',
      level: 'yellow',
      due_on: '2026-11-28',
      days_left: 6,
    })
  })

  it('one tier up with 一事一议 support', async () => {
    expect((await patch('J7', { special_support: true })).status).toBe(200)
    const { p } = await getProject('J7')
    expect(p.approval_tier).toBe('standing_committee')
    expect(p.approval_rule).toContain('一事一议')
  })
})

describe('stage changes', () => {
  it('are dated (back-dating allowed), by whom, with a note, in the timeline and the audit trail', async () => {
    const auditBefore = await countAuditRows(database.db, 'projects', String(idOf('J1')))
    const res = await patch('J1', { stage: 'signed', stage_on: '2026-11-20', stage_note: '签约仪式' })
    expect(res.status).toBe(200)
    expect((await jsonOf<ProjectFeature>(res)).properties).toMatchObject({
      stage: 'signed',
      stage_changed_on: '2026-11-20',
      signed_on: '2026-11-20',
      land_deadline: '2027-05-20',
    })
    const timeline = await timelineOf('J1')
    expect(timeline.at(-1)).toMatchObject({
      from_stage: 'negotiating',
      to_stage: 'signed',
      on_date: '2026-11-20',
      actor: 'promoter',
      note: '签约仪式',
    })
    expect(await countAuditRows(database.db, 'projects', String(idOf('J1')))).toBe(auditBefore + 1)
  })

  it('refuses a day in the future or before the current stage began, naming stage_on', async () => {
    for (const stage_on of ['2026-11-23', '2026-10-31']) {
      const res = await patch('J3', { stage: 'signed', stage_on })
      expect(res.status).toBe(400)
      expect((await jsonOf<ErrorEnvelope>(res)).message).toMatch(/^stage_on: /)
    }
    expect((await getProject('J3')).p.stage).toBe('negotiating')
  })

  it('land supplied needs a parcel; with one it updates the parcel in the same transaction, audited', async () => {
    const refused = await patch('J2', { stage: 'land_supplied' })
    expect(refused.status).toBe(409)
    expect((await jsonOf<ErrorEnvelope>(refused)).message).toMatch(/^parcel_id: /)
    const a3Before = await parcelRow('A3')
    const parcelAudit = await countAuditRows(database.db, 'parcels', String(scenario.parcelIds.get('A3')))
    const res = await patch('J2', {
      stage: 'land_supplied',
      stage_on: '2026-11-21',
      parcel_id: scenario.parcelIds.get('A3')!,
    })
    expect(res.status).toBe(200)
    const p = (await jsonOf<ProjectFeature>(res)).properties
    expect(p).toMatchObject({
      stage: 'land_supplied',
      land_rights_on: '2026-11-21',
      parcel_code: 'A3',
      land_late: true,
    })
    expect(p.warnings.map((w) => w.kind)).not.toContain('land_late')
    expect(await parcelRow('A3')).toEqual({
      status: 'supplied',
      supplied_on: '2026-11-21',
      version: a3Before.version + 1,
    })
    expect(await countAuditRows(database.db, 'parcels', String(scenario.parcelIds.get('A3')))).toBe(parcelAudit + 1)
  })

  it('writes nothing when any part fails (a parcel that does not exist)', async () => {
    const before = await getProject('J4')
    const events = await timelineOf('J4')
    const res = await call(app, promoter, 'PATCH', `/api/projects/${idOf('J4')}`, {
      body: { stage: 'land_supplied', parcel_id: 999_999 },
      ifMatch: before.etag,
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect((await getProject('J4')).etag).toBe(before.etag)
    expect((await timelineOf('J4')).length).toBe(events.length)
  })

  it('a dropped project gives back land held in intention only when nobody else holds it', async () => {
    expect((await patch('J3', { stage: 'dropped' })).status).toBe(200)
    expect((await parcelRow('B2')).status).toBe('intended') // J4 still holds it
    expect((await patch('J4', { stage: 'dropped' })).status).toBe(200)
    expect((await parcelRow('B2')).status).toBe('available')
  })
})

describe('views', () => {
  it('the 签约 list and its Excel export', async () => {
    const list = await jsonOf<z.infer<typeof projectCollectionSchema>>(
      await call(app, promoter, 'GET', '/api/projects?list=signed'),
    )
    const codes = list.features.map((f) => f.properties.code)
    expect(codes).toEqual(expect.arrayContaining(['J1', 'J2', 'J5']))
    expect(codes).not.toContain('J7')
    const res = await call(app, promoter, 'GET', '/api/projects/export?list=signed&format=xlsx')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('签约项目清单-20261122'))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    const rows: unknown[][] = []
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    expect(rows[0]![0]).toBe('签约项目清单')
    expect(rows[1]).toContain('审批层级')
    expect(
      rows
        .slice(2)
        .map((r) => r[1])
        .sort(),
    ).toEqual([...codes].sort())
  })

  it('the warnings inbox: red before yellow, the most overdue first', async () => {
    expect((await patch('J7', { total_investment_wan: 200_000, first_reported_on: '2026-10-26' })).status).toBe(200)
    const { items } = await jsonOf<{ today: string; items: z.infer<typeof inboxItemSchema>[] }>(
      await call(app, promoter, 'GET', '/api/projects/warnings'),
    )
    expect(items.length).toBeGreaterThan(0)
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!]
      expect(a.level === b.level ? a.days_left <= b.days_left : a.level === 'red').toBe(true)
    }
    expect(items.filter((w) => w.level === 'yellow')).toContainEqual(
      expect.objectContaining({ code: 'J7', kind: 'first_talk_ending', days_left: 4 }),
    )
    expect(items[0]).toMatchObject({ level: 'red' })
  })

  it('refuses an unknown list with 400', async () => {
    expect((await call(app, promoter, 'GET', '/api/projects?list=everything')).status).toBe(400)
  })
})

describe('thresholds are configuration', () => {
  it('reads overrides from PIPELINE_RULES_FILE and names a bad key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'))
    const good = join(dir, 'good.json')
    writeFileSync(good, JSON.stringify({ landWarningMonths: 7, stageDays: { negotiating: 60 } }))
    const config = loadConfig({ PIPELINE_RULES_FILE: good })
    expect(config.pipeline.landWarningMonths).toBe(7)
    expect(config.pipeline.stageDays.negotiating).toBe(60)
    expect(config.pipeline.stageDays.signed).toBe(180)
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ landWarningShare: 5 }))
    expect(() => loadConfig({ PIPELINE_RULES_FILE: bad })).toThrow(/landWarningShare/)
    rmSync(dir, { recursive: true, force: true })
  })
})
