import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { blockCollectionSchema } from '../../../server/land/blocks.schema.js'
import type { parcelFeatureSchema } from '../../../server/land/parcels.schema.js'
import type { matchSchema } from '../../../server/recommend/match.routes.js'
import { chainScenario } from '../../support/chain-scenario.js'
import { jsonOf } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let scenario: Awaited<ReturnType<typeof chainScenario>>

beforeAll(async () => {
  database = await createTestDatabase()
  scenario = await chainScenario(database.db)
  app = createTestApp(database)
}, 120_000)
afterAll(() => database?.close())

const get = async (query: string) => {
  const res = await app.request(`/api/match?${query}`)
  return { status: res.status, body: await jsonOf<z.infer<typeof matchSchema>>(res) }
}

// TP-01 lies in the wind_port park, within 10 km of both steel works and the turbine maker; the port is ~11 km away.
// Weights: park 0.3, cluster 0.2 (same-segment firms, full at 5), supply chain 0.2 (firms of linked segments, full
// at 5), gap 0.15 (fewer than 2 local firms), transport 0.15 (port: 1 within 5 km, 0 from 30 km).
describe('智选产 on the chain scenario', () => {
  it('ranks the segments that fit TP-01, each score explained', async () => {
    const parcelId = scenario.parcelIds.get('TP-01')!
    const kmPort = (await jsonOf<z.infer<typeof parcelFeatureSchema>>(await app.request(`/api/parcels/${parcelId}`)))
      .properties.km_port!
    const transport = (30 - kmPort) / 25
    const { status, body } = await get(`parcel=${parcelId}`)
    expect(status).toBe(200)
    expect(body.site).toBe('TP-01')
    const byKey = Object.fromEntries(body.segments.map((s) => [s.segment_key, s]))
    const criteria = (key: string) =>
      Object.fromEntries(byKey[key]!.reasons.map((r) => [r.criterion, [r.score, r.value]]))
    // turbines: its maker is near (1 of 5), steel supplies it from 2 works (2 of 5), one local firm is a gap.
    expect(criteria('turbines')).toEqual({
      park_fit: [1, 'wind_port'],
      cluster: [0.2, 1],
      supply_chain: [0.4, 2],
      gap: [1, 1],
      transport: [expect.closeTo(transport, 2), expect.closeTo(kmPort, 1)],
    })
    expect(byKey.turbines!.score).toBeCloseTo(0.3 + 0.04 + 0.08 + 0.15 + 0.15 * transport, 2)
    expect(criteria('steel')).toMatchObject({ cluster: [0.4, 2], supply_chain: [0.2, 1], gap: [0, 2] })
    expect(criteria('service')).toMatchObject({ cluster: [0, 0], supply_chain: [0.2, 1], gap: [1, 0] }) // the target firm does not count
    expect(body.segments.map((s) => s.segment_key)).toEqual(['turbines', 'gears', 'service', 'main_bearings', 'steel'])
  })

  it('matches a park and a block too; 404 for what the public may not see; 400 unless exactly one site is named', async () => {
    expect((await get(`park=${scenario.parkId}`)).body.segments[0]!.segment_key).toBe('turbines')
    const blocks = (await jsonOf<z.infer<typeof blockCollectionSchema>>(await app.request('/api/blocks?min_mu=0')))
      .features
    const block = blocks.find((f) => f.properties.parcel_codes.includes('TP-01'))!.properties.block_id
    expect((await get(`block=${encodeURIComponent(block)}`)).status).toBe(200)
    expect((await get(`parcel=${scenario.parcelIds.get('TP-SECRET')}`)).status).toBe(404)
    expect((await get('block=nope')).status).toBe(404)
    const both = await get(`parcel=1&park=1`)
    expect(both.status).toBe(400)
    expect(JSON.stringify(both.body)).toContain('exactly one')
    expect((await get('')).status).toBe(400)
  })
})
