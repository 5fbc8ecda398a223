import { Hono } from 'hono'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openRoute, refuseUndeclaredAccess } from '../../../server/auth/access.js'
import { type OpenDatabase, openPostgres } from '../../../server/db/open-database.js'
import { handleError } from '../../../server/http/error-handler.js'
import { MAX_JSON_BODY_BYTES } from '../../../server/http/security.js'
import { accessScenario } from '../../support/access-scenario.js'
import { call, signIn } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase, usingPostgres } from '../../support/test-database.js'

let database: OpenDatabase & { url?: string }
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDatabase()
  await accessScenario(database.db)
  app = createTestApp(database)
})
afterAll(() => database?.close())

describe('request body limits', () => {
  it('refuses a body over the limit with 413 and the envelope', async () => {
    const body = JSON.stringify({ name: 'admin', password: 'x'.repeat(MAX_JSON_BODY_BYTES) })
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ code: 'body_too_large', message: 'Request body exceeds 1024 kB' })
  })

  it('counts a chunked body without Content-Length too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= MAX_JSON_BODY_BYTES * 2) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    const request = new Request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(request.headers.get('content-length')).toBeNull()
    const res = await app.fetch(request)
    expect(res.status).toBe(413)
    expect(sent).toBeLessThan(MAX_JSON_BODY_BYTES * 2)
  })
})

describe('headers', () => {
  it('sends security headers with a CSP that lets MapLibre workers run', async () => {
    const res = await app.request('/api/regions')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("worker-src 'self' blob:")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })

  it('allows the configured basemap hosts and no others', async () => {
    const osm = createTestApp(database, { BASEMAP: 'osm' })
    expect((await osm.request('/api/health')).headers.get('content-security-policy')).toMatch(
      /connect-src 'self' https:\/\/tile\.openstreetmap\.org;/,
    )
    const tianditu = createTestApp(database, { BASEMAP: 'tianditu', TIANDITU_KEY: 'k' })
    expect((await tianditu.request('/api/health')).headers.get('content-security-policy')).toMatch(
      /img-src 'self' data: blob: https:\/\/\*\.tianditu\.gov\.cn;/,
    )
    expect((await app.request('/api/health')).headers.get('content-security-policy')).toMatch(/connect-src 'self';/)
  })

  it('marks every API answer private and keyed by cookie, for the public and for staff', async () => {
    const viewer = await signIn(app, 'viewer')
    for (const res of [
      await app.request('/api/parcels'),
      await call(app, viewer, 'GET', '/api/parcels'),
      await app.request('/api/projects'),
    ]) {
      expect(res.headers.get('cache-control')).toBe('private, no-cache')
      expect(res.headers.get('vary')).toMatch(/Cookie/)
    }
  })
})

describe('errors never carry SQL or stacks', () => {
  it('a duplicate user name is a 409 envelope without the database’s text', async () => {
    const admin = await signIn(app, 'admin')
    const res = await call(app, admin, 'POST', '/api/users', {
      body: { name: 'planner', role: 'viewer', password: 'long-enough-1' },
    })
    expect(res.status).toBe(409)
    const text = await res.text()
    expect(JSON.parse(text)).toMatchObject({
      code: 'duplicate',
      message: 'name: A record with the same key already exists',
    })
    expect(text).not.toMatch(/users_name_key|INSERT|duplicate key/i)
  })

  it('a route that forgets its access rule answers 500, never its data', async () => {
    const probe = new Hono()
    probe.onError(handleError)
    probe.use('*', refuseUndeclaredAccess)
    probe.get('/forgot', (c) => c.json({ secret: 'pipeline' }))
    probe.get('/declared', ...openRoute.middleware, (c) => c.json({ ok: true }))
    const forgot = await probe.request('/forgot')
    expect(forgot.status).toBe(500)
    expect(await forgot.text()).not.toContain('pipeline')
    expect((await probe.request('/declared')).status).toBe(200)
  })

  it.runIf(usingPostgres)(
    'PostgreSQL cancels a statement past statement_timeout and the client gets a 503 envelope',
    async () => {
      const slow = openPostgres(database.url!, { statementTimeoutMs: 200 })
      try {
        const probe = new Hono()
        probe.onError(handleError)
        probe.get('/slow', async (c) => c.json(await sql`SELECT pg_sleep(2)`.execute(slow.db)))
        const started = Date.now()
        const res = await probe.request('/slow')
        expect(res.status).toBe(503)
        expect(await res.json()).toEqual({
          code: 'timeout',
          message: 'The database took too long to answer; narrow the request and try again',
        })
        expect(Date.now() - started).toBeLessThan(1500)
      } finally {
        await slow.close()
      }
    },
  )
})
