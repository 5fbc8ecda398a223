import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countAuditRows } from '../../../server/audit/audit.repo.js'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { ProjectCapital } from '../../../server/projects/capital.schema.js'
import { openPipelineApp } from '../../support/pipeline-app.js'
import type { pipelineScenario } from '../../support/pipeline-scenario.js'
import { call, jsonOf, type TestSession } from '../../support/sessions.js'
import type { createTestApp } from '../../support/test-app.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let promoter: TestSession
let viewer: TestSession
let scenario: Awaited<ReturnType<typeof pipelineScenario>>

beforeAll(async () => {
  const opened = await openPipelineApp(['promoter', 'viewer'])
  ;({ database, app, scenario } = opened)
  ;({ promoter, viewer } = opened.sessions)
  // J5 was introduced by 东甲街道 and landed in 西甲街道.
  await database.db
    .updateTable('projects')
    .set({ first_report_unit_id: scenario.unitIds.get('east-a')!, landing_unit_id: scenario.unitIds.get('west-a')! })
    .where('id', '=', scenario.projectIds.get('J5')!)
    .execute()
}, 120_000)
afterAll(() => database?.close())

const path = () => `/api/projects/${scenario.projectIds.get('J5')!}/capital`
const arrive = (body: object, session = promoter) => call(app, session, 'POST', path(), { body })
const usd = (arrived_on: string, amount_wan: number) => ({
  arrived_on,
  amount_wan,
  currency: 'USD',
  kind: 'foreign_capital',
})

describe('到资: capital arrivals over four years', () => {
  it('records dated arrivals, audited in the project’s history', async () => {
    const audits = await countAuditRows(database.db, 'projects', String(scenario.projectIds.get('J5')))
    for (const arrival of [
      usd('2023-03-15', 1000),
      usd('2024-06-01', 2000),
      usd('2026-03-14', 400),
      usd('2026-03-15', 600),
    ])
      expect((await arrive(arrival)).status).toBe(200)
    expect(await countAuditRows(database.db, 'projects', String(scenario.projectIds.get('J5')))).toBe(audits + 4)
  })

  it('shares 5:5 for three years from the first arrival, then credits the landing unit alone', async () => {
    const capital = await jsonOf<ProjectCapital>(await call(app, viewer, 'GET', path()))
    expect(capital).toMatchObject({ first_arrival_on: '2023-03-15', shared_until: '2026-03-15' })
    expect(capital.arrivals.map((a) => [a.arrived_on, a.amount_wan])).toEqual([
      ['2023-03-15', 1000],
      ['2024-06-01', 2000],
      ['2026-03-14', 400],
      ['2026-03-15', 600],
    ])
    const credited = (year: number, code: string) =>
      capital.credit.find((c) => c.year === year && c.unit_id === scenario.unitIds.get(code))?.credited_wan ?? 0
    expect([2023, 2024, 2026].map((y) => [credited(y, 'east-a'), credited(y, 'west-a')])).toEqual([
      [500, 500],
      [1000, 1000],
      [200, 800],
    ])
  })

  it('refuses a bad arrival naming the field, and a viewer’s', async () => {
    for (const [body, field] of [
      [usd('2026-01-01', 0), 'amount_wan'],
      [{ ...usd('2026-01-01', 10), currency: 'CNY' }, 'currency'],
      [usd('2026-12-01', 10), 'arrived_on'],
    ] as const) {
      const res = await arrive(body)
      expect(res.status).toBe(400)
      expect(JSON.stringify((await res.json()) as ErrorEnvelope)).toContain(field)
    }
    expect((await arrive(usd('2026-01-01', 10), viewer)).status).toBe(403)
    expect((await call(app, promoter, 'GET', '/api/projects/999999/capital')).status).toBe(404)
  })
})
