import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { demoAccounts, ensureDemoAccounts, loadDemoPasswords } from '../../../server/demo/demo-accounts.js'
import { apiRoutes } from '../../support/routes.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
const work = mkdtempSync(join(tmpdir(), 'atlas-demo-'))
const file = join(work, 'demo-accounts.json')
let passwords: Readonly<Record<string, string>>

beforeAll(async () => {
  database = await createTestDatabase()
  const loaded = loadDemoPasswords(file)
  passwords = loaded.passwords
  await ensureDemoAccounts(database.db, passwords, loaded.fresh)
  app = createTestApp(database, { DEMO: '1', DEMO_ACCOUNTS_FILE: file })
})
afterAll(async () => {
  await database?.close()
  rmSync(work, { recursive: true, force: true })
})

/** The socket a request came from, as @hono/node-server hands it to the app. */
const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } })
const json = { 'content-type': 'application/json' }
const login = (body: object, headers: Record<string, string> = {}) =>
  app.request('/api/auth/login', { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) })
const demoLogin = (name: string, address: string, headers: Record<string, string> = {}) =>
  app.request(
    '/api/auth/demo-login',
    { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify({ name }) },
    from(address),
  )

describe('demo passwords', () => {
  it('are generated on first start into a file only the server may read, and kept for later starts', () => {
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(Object.keys(passwords)).toEqual(demoAccounts.map((a) => a.name))
    expect(Object.values(passwords).every((p) => p.length >= 12 && !p.startsWith('atlas-'))).toBe(true)
    expect(loadDemoPasswords(file)).toEqual({ passwords, fresh: false })
    const other = loadDemoPasswords(join(work, 'other', 'demo-accounts.json'))
    expect(other.passwords.admin).not.toBe(passwords.admin)
  })

  it('sign in with the password from the file; fresh passwords replace an old one', async () => {
    expect((await login({ name: 'admin', password: passwords.admin! })).status).toBe(200)
    await ensureDemoAccounts(database.db, { ...passwords, viewer: 'a-new-viewer-password' }, true)
    expect((await login({ name: 'viewer', password: passwords.viewer! })).status).toBe(401)
    expect((await login({ name: 'viewer', password: 'a-new-viewer-password' })).status).toBe(200)
    await ensureDemoAccounts(database.db, passwords, true)
  })

  it('are served by no route, to the public or to this machine', async () => {
    const secrets = Object.values(passwords)
    for (const route of apiRoutes(app).filter((r) => r.method === 'GET' && !r.path.includes(':'))) {
      for (const address of ['203.0.113.9', '127.0.0.1']) {
        const text = await (await app.request(route.path, {}, from(address))).text()
        expect(
          secrets.filter((s) => text.includes(s)),
          `${route.path} from ${address}`,
        ).toEqual([])
      }
    }
  })
})

describe('one-click demo sign-in', () => {
  it('is offered only in demo mode to a request from this machine that no proxy relayed', async () => {
    const offered = async (address: string, headers: Record<string, string> = {}, target = app) =>
      ((await (await target.request('/api/config', { headers }, from(address))).json()) as { demoAccounts: unknown[] })
        .demoAccounts
    expect(await offered('127.0.0.1')).toEqual(demoAccounts.map(({ name, role }) => ({ name, role })))
    expect(await offered('::1')).toHaveLength(4)
    expect(await offered('203.0.113.9')).toEqual([])
    expect(await offered('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).toEqual([])
    expect(await offered('127.0.0.1', { forwarded: 'for=203.0.113.9' })).toEqual([])
    expect(await offered('127.0.0.1', {}, createTestApp(database, { DEMO: '0' }))).toEqual([])
  })

  it('signs in as a demo account from this machine only, and never as anyone else', async () => {
    const local = await demoLogin('planner', '127.0.0.1')
    expect(local.status).toBe(200)
    expect(((await local.json()) as { user: { role: string } }).user.role).toBe('planner')
    expect(local.headers.get('set-cookie')).toMatch(/^atlas_session=/)
    expect((await demoLogin('planner', '203.0.113.9')).status).toBe(404)
    expect((await demoLogin('planner', '127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(404)
    expect((await demoLogin('nobody', '127.0.0.1')).status).toBe(404)
    const off = createTestApp(database, { DEMO: '0' })
    expect(
      (
        await off.request(
          '/api/auth/demo-login',
          { method: 'POST', headers: json, body: '{"name":"admin"}' },
          from('127.0.0.1'),
        )
      ).status,
    ).toBe(404)
  })
})

describe('transport', () => {
  it('sends HSTS only over HTTPS, and trusts X-Forwarded-Proto only with TRUST_PROXY', async () => {
    expect((await app.request('http://localhost/api/health')).headers.get('strict-transport-security')).toBeNull()
    expect((await app.request('https://atlas.example/api/health')).headers.get('strict-transport-security')).toMatch(
      /^max-age=\d+/,
    )
    const proxied = { headers: { 'x-forwarded-proto': 'https' } }
    expect(
      (await app.request('http://localhost/api/health', proxied)).headers.get('strict-transport-security'),
    ).toBeNull()
    const behindProxy = createTestApp(database, { TRUST_PROXY: '1' })
    expect(
      (await behindProxy.request('http://localhost/api/health', proxied)).headers.get('strict-transport-security'),
    ).toMatch(/^max-age=/)
  })
})

describe('defaults', () => {
  it('keeps the passwords file readable as JSON for the tests and the admin', () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(passwords)
  })
})
