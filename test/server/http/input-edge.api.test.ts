import { beforeAll, describe, expect, it } from 'vitest'
import { textLimits } from '../../../server/http/text-limits.js'
import { useAccessApp } from '../../support/access-app.js'
import { call, signIn, type TestSession } from '../../support/sessions.js'

const env = useAccessApp()
let promoter: TestSession
beforeAll(async () => {
  promoter = await signIn(env.app, 'promoter')
})

async function refusal(res: Response | Promise<Response>) {
  const answer = await res
  return { status: answer.status, ...((await answer.json()) as { code: string; message: string }) }
}

describe('text at the edge', () => {
  it('refuses NUL and other control characters with a 400 naming the field, anonymously and in bodies', async () => {
    expect(await refusal(env.app.request('/api/parcels?q=%00'))).toMatchObject({
      status: 400,
      message: 'q: control characters are not allowed',
    })
    expect(await refusal(env.app.request('/api/parcels?q=a%1Bb'))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^q:/),
    })
    const login = env.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'admin\u0000', password: 'x' }),
    })
    expect(await refusal(login)).toMatchObject({ status: 400, message: 'name: control characters are not allowed' })
    const nested = call(env.app, promoter, 'POST', `/api/projects/${env.scenario.projectId}/sites`, {
      body: { parcel_ids: [1], note: 'a\u0000b' },
    })
    expect(await refusal(nested)).toMatchObject({ status: 400, message: 'note: control characters are not allowed' })
  })

  it('keeps tabs and line breaks, and Chinese text', async () => {
    expect((await env.app.request(`/api/parcels?q=${encodeURIComponent('工业\t用地')}`)).status).toBe(200)
  })

  it('refuses text over the backstop length, naming the field', async () => {
    const res = await env.app.request(`/api/parcels?q=${'x'.repeat(textLimits.backstop + 1)}`)
    expect(await refusal(res)).toMatchObject({ status: 400, message: `q: at most ${textLimits.backstop} characters` })
  })
})

describe('ids', () => {
  it('takes only canonical decimal ids within PostgreSQL integer range', async () => {
    for (const id of ['2147483648', '99999999999999999999', '0x10', '+1', '1e3', '01', '-1', '0', ' 1']) {
      expect(await refusal(env.app.request(`/api/parcels/${encodeURIComponent(id)}`)), id).toMatchObject({
        status: 400,
        message: expect.stringMatching(/^id:/),
      })
    }
    expect((await env.app.request('/api/parcels/2147483647')).status).toBe(404)
  })

  it('in query parameters and bodies of anonymous routes too', async () => {
    expect(await refusal(env.app.request('/api/enterprises?chain=2147483648'))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^chain:/),
    })
    expect(await refusal(env.app.request('/api/enterprises?segment=1e3'))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^segment:/),
    })
    expect(await refusal(env.app.request('/api/chains/2147483648/segments/1/links'))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^id:/),
    })
    expect(await refusal(env.app.request('/api/match?parcel=0x10'))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^parcel:/),
    })
    const recommend = env.app.request('/api/recommend', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ min_mu: 50, segment_id: 2_147_483_648 }),
    })
    expect(await refusal(recommend)).toMatchObject({ status: 400, message: expect.stringMatching(/segment_id/) })
  })

  it('names the field of a reference to a record that does not exist', async () => {
    const before = await call(env.app, promoter, 'GET', `/api/projects/${env.scenario.projectId}`)
    const res = await call(env.app, promoter, 'PATCH', `/api/projects/${env.scenario.projectId}`, {
      body: { parcel_id: 2_147_483_647 },
      ifMatch: before.headers.get('etag')!,
    })
    expect(await refusal(res)).toMatchObject({ status: 409, message: expect.stringMatching(/^parcel_id: /) })
  })
})

describe('dates', () => {
  it('refuses impossible calendar dates, naming the field', async () => {
    const before = await call(env.app, promoter, 'GET', `/api/projects/${env.scenario.projectId}`)
    for (const date of ['2026-02-30', '2026-13-01', '2025-02-29']) {
      const res = await call(env.app, promoter, 'PATCH', `/api/projects/${env.scenario.projectId}`, {
        body: { planned_signing_on: date },
        ifMatch: before.headers.get('etag')!,
      })
      expect(await refusal(res), date).toMatchObject({
        status: 400,
        message: expect.stringMatching(/^planned_signing_on:/),
      })
    }
  })
})

describe('length limits in the database', () => {
  it('refuses a parcel code over the shared limit, and the error names the column without the database text', async () => {
    const update = env.database.db
      .updateTable('parcels')
      .set({ code: 'X'.repeat(textLimits.code + 1) })
      .where('code', '=', 'TP-01')
      .execute()
    await expect(update).rejects.toMatchObject({ code: '23514', constraint: 'parcels_code_length' })
    await env.database.db
      .updateTable('parcels')
      .set({ code: 'X'.repeat(textLimits.code) })
      .where('code', '=', 'TP-01')
      .execute()
    await env.database.db
      .updateTable('parcels')
      .set({ code: 'TP-01' })
      .where('code', '=', 'X'.repeat(textLimits.code))
      .execute()
  })
})

describe('the OpenAPI document', () => {
  it('publishes every pattern as one a JSON Schema validator can use: the import crs pattern matches what the server takes', async () => {
    const doc = (await (await env.app.request('/api/openapi.json')).json()) as {
      components: { schemas: Record<string, { properties: Record<string, { pattern?: string }> }> }
    }
    const pattern = new RegExp(doc.components.schemas.ImportRequest!.properties.crs!.pattern!)
    expect(['EPSG:4549', 'epsg:4549', '4549'].every((crs) => pattern.test(crs))).toBe(true)
    expect(pattern.test('WGS84')).toBe(false)
  })
})
