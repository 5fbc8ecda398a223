import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { sessionSchema } from '../../../server/auth/auth.schema.js'
import type { throttleListSchema } from '../../../server/auth/throttles.routes.js'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { userListSchema } from '../../../server/users/users.schema.js'
import { accessScenario, passwordOf } from '../../support/access-scenario.js'
import { call, jsonOf, signIn } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

type Throttles = z.infer<typeof throttleListSchema>

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDatabase()
  await accessScenario(database.db)
  app = createTestApp(database)
})
afterAll(() => database?.close())

const login = (name: string, password: string, headers: Record<string, string> = {}) =>
  app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name, password }),
  })

describe('signing in', () => {
  it('sets an HttpOnly, SameSite session cookie and answers with the user and a CSRF token', async () => {
    const res = await login('planner', passwordOf('planner'))
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/^atlas_session=[\w-]{43};/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).toMatch(/Path=\//)
    const body = await jsonOf<z.infer<typeof sessionSchema>>(res)
    expect(body.user).toMatchObject({ name: 'planner', role: 'planner' })
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/)
  })

  it('stores only a hash of the token: the cookie value is nowhere in the sessions table', async () => {
    const session = await signIn(app, 'viewer')
    const token = session.cookie.split('=')[1]!
    const rows = await database.db.selectFrom('sessions').select('token_hash').execute()
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.map((r) => r.token_hash)).not.toContain(token)
  })

  it('gives the same answer for a wrong password and an unknown name', async () => {
    const wrong = await login('viewer', 'not-the-password')
    const unknown = await login('nobody', 'not-the-password')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    // The same code and message; only the request's own id differs.
    const { request_id: wrongId, ...wrongBody } = (await wrong.json()) as { request_id: string }
    const { request_id: unknownId, ...unknownBody } = (await unknown.json()) as { request_id: string }
    expect(wrongBody).toEqual(unknownBody)
    expect(wrongId).not.toBe(unknownId)
  })

  it('names the field of a malformed sign-in', async () => {
    const res = await login('', 'x')
    expect(res.status).toBe(400)
    expect((await jsonOf<ErrorEnvelope>(res)).message).toMatch(/^name:/)
  })

  it('slows a name down after failures with growing waits, without locking out the user’s known browser', async () => {
    const first = await login('promoter', passwordOf('promoter'))
    const device = first.headers
      .getSetCookie()
      .find((c) => c.startsWith('atlas_device='))!
      .split(';')[0]!
    for (let i = 0; i < 4; i++) expect((await login('promoter', `wrong-${i}`)).status).toBe(401)
    const slowed = await login('promoter', passwordOf('promoter'))
    expect(slowed.status).toBe(429)
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(slowed.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect((await jsonOf<ErrorEnvelope>(slowed)).code).toBe('too_many_attempts')
    // The browser that signed in before still gets in with the right password, and a wrong one still fails there.
    expect((await login('promoter', passwordOf('promoter'), { cookie: device })).status).toBe(200)
  })

  it('takes the client address from X-Forwarded-For only with TRUST_PROXY', async () => {
    const direct = createTestApp(database)
    const proxied = createTestApp(database, { TRUST_PROXY: '1' })
    const attempt = (target: typeof app, forwardedFor: string) =>
      target.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify({ name: `n${forwardedFor}`, password: 'wrong' }),
      })
    const admin = await signIn(app, 'admin')
    for (const target of [direct, proxied]) for (let i = 0; i < 3; i++) await attempt(target, `198.51.100.${i}`)
    const list = async (target: typeof app) =>
      (await jsonOf<Throttles>(await call(target, admin, 'GET', '/api/auth/throttles'))).throttles
        .filter((t) => t.kind === 'address')
        .map((t) => t.key)
    expect(await list(proxied)).toEqual(expect.arrayContaining(['198.51.100.0', '198.51.100.1', '198.51.100.2']))
    expect(await list(direct)).not.toContain('198.51.100.0')
  })

  it('lets admins see and clear throttles, and no one else', async () => {
    for (let i = 0; i < 6; i++) await login('viewer', `wrong-${i}`)
    expect((await login('viewer', passwordOf('viewer'))).status).toBe(429)
    const admin = await signIn(app, 'admin')
    const viewer = await signIn(app, 'planner')
    expect((await app.request('/api/auth/throttles')).status).toBe(401)
    expect((await call(app, viewer, 'GET', '/api/auth/throttles')).status).toBe(403)
    const listed = (await jsonOf<Throttles>(await call(app, admin, 'GET', '/api/auth/throttles'))).throttles
    expect(listed).toContainEqual({ kind: 'name', key: 'viewer', failures: 4, retryAfterSeconds: expect.any(Number) }) // tries during a wait are refused uncounted
    expect((await call(app, viewer, 'DELETE', '/api/auth/throttles?kind=name&key=viewer')).status).toBe(403)
    expect((await call(app, admin, 'DELETE', '/api/auth/throttles?kind=name&key=viewer')).status).toBe(204)
    expect((await call(app, admin, 'DELETE', '/api/auth/throttles?kind=name&key=viewer')).status).toBe(404)
    expect((await login('viewer', passwordOf('viewer'))).status).toBe(200)
  })
})

describe('requests without a live session are anonymous (401 on staff routes)', () => {
  it('no cookie', async () => {
    expect((await app.request('/api/projects')).status).toBe(401)
  })

  it('a forged cookie', async () => {
    const res = await app.request('/api/projects', {
      headers: { cookie: 'atlas_session=forged-token-value-that-was-never-issued-000' },
    })
    expect(res.status).toBe(401)
  })

  it('an expired session', async () => {
    const session = await signIn(app, 'viewer')
    expect((await call(app, session, 'GET', '/api/projects')).status).toBe(200)
    await database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute()
    expect((await call(app, session, 'GET', '/api/projects')).status).toBe(401)
  })

  it('a signed-out session, even if its cookie is replayed', async () => {
    const session = await signIn(app, 'viewer')
    const out = await call(app, session, 'POST', '/api/auth/logout')
    expect(out.status).toBe(204)
    expect(out.headers.get('set-cookie')).toMatch(/atlas_session=;.*Max-Age=0/)
    expect((await call(app, session, 'GET', '/api/projects')).status).toBe(401)
  })

  it('a session of an account an administrator has since disabled', async () => {
    const admin = await signIn(app, 'admin')
    const viewer = await signIn(app, 'viewer')
    const viewerId = (
      await jsonOf<z.infer<typeof userListSchema>>(await call(app, admin, 'GET', '/api/users'))
    ).users.find((u) => u.name === 'viewer')!
    const res = await call(app, admin, 'PATCH', `/api/users/${viewerId.id}`, {
      body: { disabled: true },
      ifMatch: `"${viewerId.version}"`,
    })
    expect(res.status).toBe(200)
    expect((await call(app, viewer, 'GET', '/api/projects')).status).toBe(401)
    expect((await login('viewer', passwordOf('viewer'))).status).toBe(401)
  })
})

describe('CSRF', () => {
  const patch = { body: { notes: 'x' }, ifMatch: '"1"' }

  it('refuses a state-changing request without the session’s token', async () => {
    const session = await signIn(app, 'admin')
    const res = await call(app, session, 'PATCH', '/api/projects/1', { ...patch, csrf: false })
    expect(res.status).toBe(403)
    expect((await jsonOf<ErrorEnvelope>(res)).code).toBe('csrf')
  })

  it('refuses a wrong token and a cross-site Origin', async () => {
    const session = await signIn(app, 'admin')
    const wrong = await call(app, session, 'PATCH', '/api/projects/1', {
      ...patch,
      csrf: false,
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    })
    expect(wrong.status).toBe(403)
    const crossSite = await call(app, session, 'PATCH', '/api/projects/1', {
      ...patch,
      headers: { origin: 'https://evil.example' },
    })
    expect(crossSite.status).toBe(403)
    const crossSiteLogin = await login('admin', passwordOf('admin'), { origin: 'https://evil.example' })
    expect(crossSiteLogin.status).toBe(403)
  })

  it('lets the same request through with the token', async () => {
    const session = await signIn(app, 'admin')
    const res = await call(app, session, 'PATCH', '/api/projects/1', { ...patch, ifMatch: undefined })
    expect(res.status).toBe(428)
  })
})
