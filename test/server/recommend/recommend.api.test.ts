import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { auditHistorySchema } from '../../../server/audit/audit.schema.js'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { sitesSchema } from '../../../server/projects/project-sites.routes.js'
import type { recommendation } from '../../../server/recommend/recommend.routes.js'
import { insertRoleUsers } from '../../support/access-scenario.js'
import { PIPELINE_NOW } from '../../support/pipeline-scenario.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { siteScenario } from '../../support/site-scenario.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

type Recommendation = z.infer<typeof recommendation>
type Sites = z.infer<typeof sitesSchema>

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let planner: TestSession
let promoter: TestSession
let ids: Map<string, number>

beforeAll(async () => {
  database = await createTestDatabase()
  ids = (await siteScenario(database.db)).parcelIds
  await insertRoleUsers(database.db, ['planner', 'promoter'])
  app = createTestApp(database, {}, { now: PIPELINE_NOW })
  planner = await signIn(app, 'planner')
  promoter = await signIn(app, 'promoter')
}, 120_000)
afterAll(() => database?.close())

const only = (weights: Record<string, number>) => ({
  area_fit: 0,
  shape: 0,
  price: 0,
  port: 0,
  rail_station: 0,
  interchange: 0,
  airport: 0,
  readiness: 0,
  park_fit: 0,
  chain: 0,
  preference: 0,
  ...weights,
})

async function recommend(profile: Record<string, unknown>, session: TestSession | null = null) {
  const res = await call(app, session, 'POST', '/api/recommend', { body: profile })
  return { status: res.status, body: await jsonOf<Recommendation>(res) }
}

async function refusal(profile: Record<string, unknown>) {
  const res = await call(app, null, 'POST', '/api/recommend', { body: profile })
  return { status: res.status, body: await jsonOf<ErrorEnvelope>(res) }
}

const codesOf = (body: Recommendation) => body.candidates.map((c) => c.parcel_codes.join('+'))
const reasonsOf = (body: Recommendation, code: string) =>
  body.why_not.find((w) => w.code === code)?.reasons.map((r) => r.code)
const explainAll = () => [...ids.values()]

describe('智寻址 on the site scenario', () => {
  it('ranks exactly as worked by hand for area fit and price weighed equally', async () => {
    // E: 80/85 = 0.9412 and 50/(50+20) = 0.7143 → 82.77; A+B: 80/80 and 50/80 → 81.25; D: 80/90 and 50/90 → 72.22.
    const { status, body } = await recommend({
      min_mu: 80,
      max_mu: 100,
      land_use: '1001',
      weights: only({ area_fit: 1, price: 1 }),
    })
    expect(status).toBe(200)
    expect(codesOf(body)).toEqual(['E', 'A+B', 'D'])
    expect(body.candidates.map((c) => c.score)).toEqual([
      expect.closeTo(82.77, 1),
      expect.closeTo(81.25, 1),
      expect.closeTo(72.22, 1),
    ])
    const e = body.candidates[0]!
    expect(e.criteria).toEqual([
      { criterion: 'area_fit', score: expect.closeTo(0.941, 2), weight: 1, value: expect.closeTo(85, 1) },
      expect.objectContaining({
        criterion: 'shape',
        weight: 0,
        detail: { width_m: expect.closeTo(170, 0), length_m: expect.closeTo(333.3, 0) },
      }),
      { criterion: 'price', score: expect.closeTo(0.714, 2), weight: 1, value: 20 },
      expect.objectContaining({ criterion: 'port', value: expect.closeTo(8, 1), score: expect.closeTo(20 / 28, 2) }),
      expect.objectContaining({ criterion: 'rail_station', value: null, score: 0 }),
      expect.objectContaining({ criterion: 'interchange' }),
      expect.objectContaining({ criterion: 'airport' }),
      // not 净地: 0.3 for the utilities and 0.3 for being available now
      expect.objectContaining({ criterion: 'readiness', score: 0.6, value: 0 }),
    ])
    // Only area fit: the assembled 80 mu fits the need exactly.
    expect(
      codesOf((await recommend({ min_mu: 80, max_mu: 100, land_use: '1001', weights: only({ area_fit: 1 }) })).body),
    ).toEqual(['A+B', 'E', 'D'])
  })

  it('assembles two adjacent 40-mu parcels for 80 mu, and will not split the 210-mu block for it', async () => {
    const { body } = await recommend({ min_mu: 80, max_mu: 100, land_use: '1001', explain: explainAll() })
    const pair = body.candidates.find((c) => c.parcel_codes.join('+') === 'A+B')
    expect(pair).toMatchObject({
      total_mu: expect.closeTo(80, 1),
      whole_block: false,
      width_m: expect.closeTo(200, 0),
      length_m: expect.closeTo(266.7, 0),
      park: '风电园',
    })
    expect(pair!.geometry.type).toBe('Polygon') // dissolved into one outline
    for (const code of ['C1', 'C2', 'C3']) expect(reasonsOf(body, code)).toEqual(['sell_whole'])
    expect(body.why_not.find((w) => w.code === 'C1')!.reasons[0]).toEqual({
      code: 'sell_whole',
      value: expect.closeTo(210, 1),
      limit: '80–100',
    })
    expect(body.why_not.find((w) => w.code === 'A')).toMatchObject({ candidate: true, reasons: [] })
    // Offered whole when the need allows it.
    const whole = (await recommend({ min_mu: 150, max_mu: 250 })).body.candidates
    expect(whole.map((c) => [c.parcel_codes.join('+'), c.whole_block])).toEqual(
      expect.arrayContaining([['C1+C2+C3', true]]),
    )
    expect(whole.filter((c) => c.parcel_codes.some((p) => p.startsWith('C')))).toHaveLength(1)
  })

  it('rejects with every hard constraint and its value and limit', async () => {
    const reasons = async (profile: Record<string, unknown>, code: string) =>
      (await recommend({ min_mu: 80, max_mu: 100, explain: explainAll(), ...profile })).body.why_not.find(
        (w) => w.code === code,
      )!.reasons
    expect(await reasons({ land_use: '1001' }, 'F')).toEqual([{ code: 'land_use', value: '0901', limit: '1001' }])
    expect(await reasons({}, 'G')).toEqual([{ code: 'too_large', value: expect.closeTo(150, 1), limit: 100 }])
    expect(await reasons({}, 'H')).toEqual([{ code: 'too_small', value: expect.closeTo(20, 1), limit: 80 }])
    expect(await reasons({ max_price: 35 }, 'D')).toEqual([{ code: 'price', value: 40, limit: 35 }])
    expect(await reasons({ max_km: { port: 6 } }, 'D')).toEqual([
      { code: 'too_far', value: expect.closeTo(7, 1), limit: 6, about: 'port' },
    ])
    expect(await reasons({ net_land: true }, 'E')).toEqual([{ code: 'not_net_land', value: null, limit: null }])
    expect(await reasons({ standard_land: true }, 'A')).toEqual([
      { code: 'not_standard_land', value: null, limit: null },
    ])
    expect(await reasons({ pollution: 'moderate' }, 'A')).toEqual([
      { code: 'land_class', value: '100101', limit: '100102,100103' },
    ])
    // Housing 166.67 m north of E: kept 100 m for light pollution (E passes), 300 m for moderate (E fails).
    expect(await reasons({ pollution: 'light' }, 'E')).toEqual([])
    expect(await reasons({ pollution: 'moderate' }, 'E')).toEqual([
      { code: 'zone_buffer', value: expect.closeTo(166.7, 0), limit: 300, about: 'residential' },
    ])
    expect(await reasons({ planned_investment_wan: 30_000 }, 'D')).toEqual([
      { code: 'intensity', value: expect.closeTo(333.3, 0), limit: 400 },
    ])
    expect(await reasons({ footprint: { width_m: 160, length_m: 300 } }, 'D')).toEqual([
      { code: 'footprint', value: '150×400', limit: '160×300' },
    ])
    expect(await reasons({}, 'X')).toEqual([{ code: 'not_on_offer', value: 'built', limit: null }])
    const member = await reasons({ min_mu: 150, max_mu: 250, max_price: 35 }, 'C1')
    expect(member).toEqual([{ code: 'block_member', value: 'C2', limit: null, about: 'price' }])
  })

  it('holds a footprint on the dissolved outline of an assembled set', async () => {
    // A+B is 200 × 266.67: holds 150 × 250, not 160 × 300; E (170 × 333.33) holds both.
    expect(
      codesOf(
        (await recommend({ min_mu: 80, max_mu: 100, land_use: '1001', footprint: { width_m: 150, length_m: 250 } }))
          .body,
      ),
    ).toContain('A+B')
    const { body } = await recommend({
      min_mu: 80,
      max_mu: 100,
      land_use: '1001',
      footprint: { width_m: 160, length_m: 300 },
      explain: [ids.get('A')!],
    })
    expect(codesOf(body)).toEqual(['E'])
    expect(body.why_not[0]!.reasons[0]!.code).toBe('footprint')
  })

  it('shows staff the unpublished land and who holds a site; the public sees neither', async () => {
    const profile = { min_mu: 85, max_mu: 95, explain: [ids.get('S')!] }
    const anonymous = await recommend(profile)
    expect(codesOf(anonymous.body).sort()).toEqual(['D', 'E'])
    expect(anonymous.body.why_not[0]).toEqual({
      parcel_id: ids.get('S'),
      code: null,
      candidate: false,
      reasons: [{ code: 'not_on_offer', value: null, limit: null }],
    })
    const text = JSON.stringify(anonymous.body)
    expect(text).not.toContain('机密')
    expect(text).not.toContain('claims')
    const staff = await recommend(profile, planner)
    expect(codesOf(staff.body)).toEqual(expect.arrayContaining(['S', 'E', 'D']))
    expect(staff.body.candidates.find((c) => c.parcel_codes[0] === 'D')!.claims).toEqual([
      expect.objectContaining({ code: 'J', name: '机密项目甲', stage: 'negotiating', parcel_id: ids.get('D') }),
    ])
  })

  it('counts the rejected by the constraint that failed and gives the nearest misses', async () => {
    const { body } = await recommend({ min_mu: 80, max_mu: 100, land_use: '1001' })
    expect(body.considered).toBe(10) // published and on offer: not X (built), not S (unpublished)
    expect(body.rejected.counts).toEqual({ land_use: 1, too_large: 1, too_small: 1, sell_whole: 3 })
    // Fewest failures first, then nearest the need in area: the 70-mu C1 before the 150-mu G.
    expect(body.rejected.examples.map((e) => e.code)).toEqual(['C1', 'C2', 'C3', 'F', 'H', 'G'])
  })

  it('refuses invalid profiles with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'min_mu'],
      [{ min_mu: -5 }, 'min_mu'],
      [{ min_mu: 100, max_mu: 50 }, 'max_mu'],
      [{ min_mu: 50, land_use: 'industrial' }, 'land_use'],
      [{ min_mu: 50, pollution: 'toxic' }, 'pollution'],
      [{ min_mu: 50, max_km: { moon: 3 } }, 'max_km'],
      [{ min_mu: 50, weights: { beauty: 1 } }, 'weights'],
      [{ min_mu: 50, limit: 500 }, 'limit'],
      [{ min_mu: 50, footprint: { width_m: 0, length_m: 10 } }, 'footprint.width_m'],
      [{ min_mu: 50, segment_id: 999 }, 'segment_id'],
      [{ min_mu: 50, colour: 'red' }, 'colour'],
    ]
    for (const [profile, field] of cases) {
      const { status, body } = await refusal(profile)
      expect(status, field).toBe(400)
      expect(body.message, field).toContain(field)
    }
  })

  it('lets promotion staff attach a result to a project, audited, and nobody else', async () => {
    const project = (
      await database.db.selectFrom('projects').select('id').where('code', '=', 'J').executeTakeFirstOrThrow()
    ).id
    const pair = [ids.get('B')!, ids.get('A')!]
    const attach = (session: TestSession | null, body: unknown) =>
      call(app, session, 'POST', `/api/projects/${project}/sites`, { body })
    expect((await attach(null, { parcel_ids: pair })).status).toBe(401)
    expect((await attach(planner, { parcel_ids: pair })).status).toBe(403)
    const added = await attach(promoter, { parcel_ids: pair, score: 81.25, profile: { min_mu: 80 }, note: '备选' })
    expect(added.status).toBe(200)
    const { sites } = await jsonOf<Sites>(added)
    expect(sites).toEqual([
      expect.objectContaining({
        parcel_ids: [ids.get('A'), ids.get('B')],
        parcel_codes: ['A', 'B'],
        total_mu: expect.closeTo(80, 1),
        score: 81.25,
        note: '备选',
        created_by: 'promoter',
      }),
    ])
    expect((await attach(promoter, { parcel_ids: pair })).status).toBe(409)
    const missing = await attach(promoter, { parcel_ids: [999_999] })
    expect(missing.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(missing)).message).toContain('parcel_ids')
    const history = await jsonOf<z.infer<typeof auditHistorySchema>>(
      await call(app, planner, 'GET', `/api/audit?entity=projects&id=${project}`),
    )
    expect(history.entries[0]!.changes).toEqual([{ field: 'shortlisted_sites', before: [], after: ['A+B'] }])
    expect((await jsonOf<Sites>(await call(app, planner, 'GET', `/api/projects/${project}/sites`))).sites).toHaveLength(
      1,
    )
    const removed = await call(app, promoter, 'DELETE', `/api/projects/${project}/sites/${sites[0]!.id}`)
    expect((await jsonOf<Sites>(removed)).sites).toEqual([])
    expect((await call(app, promoter, 'DELETE', `/api/projects/${project}/sites/${sites[0]!.id}`)).status).toBe(404)
  })

  it('keeps distances to sensitive zones current when zones change', async () => {
    const e = ids.get('E')!
    const distance = async () =>
      (await database.db.selectFrom('parcels').select('m_residential').where('id', '=', e).executeTakeFirstOrThrow())
        .m_residential
    expect(await distance()).toBeCloseTo(166.7, 0)
    await database.db.deleteFrom('sensitive_zones').execute()
    expect(await distance()).toBeNull()
  })
})
