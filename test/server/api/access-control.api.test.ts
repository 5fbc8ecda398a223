import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { sessionSchema } from '../../../server/auth/auth.schema.js'
import { type Action, can, type Principal, type Resource, roles } from '../../../server/auth/policy.js'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import type { ErrorEnvelope } from '../../../server/http/api-error.js'
import type { parcelFeatureCollectionSchema } from '../../../server/land/parcels.schema.js'
import { accessScenario } from '../../support/access-scenario.js'
import { apiRoutes, concretePath, openApiPath } from '../../support/routes.js'
import { call, jsonOf, signIn, type TestSession } from '../../support/sessions.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

type ParcelFeatures = z.infer<typeof parcelFeatureCollectionSchema>
type Session = z.infer<typeof sessionSchema>

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let scenario: Awaited<ReturnType<typeof accessScenario>>
const sessions = new Map<Principal, TestSession | null>()

beforeAll(async () => {
  database = await createTestDatabase()
  scenario = await accessScenario(database.db)
  app = createTestApp(database)
  sessions.set('public', null)
  for (const role of roles) sessions.set(role, await signIn(app, role))
})
afterAll(() => database?.close())

/** Each route's rule, as the route itself declares it in the OpenAPI document. */
async function declaredAccess(): Promise<Map<string, string>> {
  const doc = (await (await app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { 'x-access'?: string }>>
  }
  const rules = new Map<string, string>()
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) rules.set(`${method.toUpperCase()} ${path}`, op['x-access'] ?? '')
  return rules
}

describe('every route declares its access rule', () => {
  it('names a resource and action from the policy table, or says it is open', async () => {
    const rules = await declaredAccess()
    const routes = apiRoutes(app).filter((r) => r.path !== '/api/openapi.json')
    expect(routes.length).toBeGreaterThan(10)
    for (const route of routes)
      expect(rules.get(`${route.method} ${openApiPath(route.path)}`), `${route.method} ${route.path}`).toMatch(
        /^(open|\w+:(read|create|update|delete))$/,
      )
  })
})

describe('role × route: the server enforces the policy table', () => {
  const principals: Principal[] = ['public', ...roles]
  it('answers 401 to the anonymous and 403 to a role without the right, and lets the others through', async () => {
    const rules = await declaredAccess()
    const routes = apiRoutes(app).filter((r) => rules.get(`${r.method} ${openApiPath(r.path)}`)?.includes(':'))
    let checked = 0
    for (const route of routes) {
      const [resource, action] = rules.get(`${route.method} ${openApiPath(route.path)}`)!.split(':') as [
        Resource,
        Action,
      ]
      const path = concretePath(route.path.replace(':id', String(idFor(resource))), '7')
      for (const principal of principals) {
        // An empty body: allowed writes stop at validation (400/428) and change nothing.
        const res = await call(app, sessions.get(principal)!, route.method, pathWithQuery(path), {
          body: route.method === 'GET' ? undefined : {},
        })
        const expected = can(principal, resource, action) ? 'through' : principal === 'public' ? 401 : 403
        const got = res.status === 401 || res.status === 403 ? res.status : 'through'
        expect(got, `${principal} ${route.method} ${path} (${resource}:${action}) → ${res.status}`).toBe(expected)
        checked++
      }
    }
    expect(checked).toBe(routes.length * principals.length)
  })

  function idFor(resource: Resource) {
    if (resource === 'projects') return scenario.projectId
    if (resource === 'users') return scenario.userIds.get('viewer')!
    return scenario.parcelIds['TP-01']!
  }
  const pathWithQuery = (path: string) => (path === '/api/audit' ? `${path}?entity=parcels&id=1` : path)

  it('checks the audited record’s own read right as well: only an administrator reads a user’s history', async () => {
    const viewerId = scenario.userIds.get('viewer')!
    expect((await call(app, sessions.get('viewer')!, 'GET', `/api/audit?entity=users&id=${viewerId}`)).status).toBe(403)
    expect((await call(app, sessions.get('admin')!, 'GET', `/api/audit?entity=users&id=${viewerId}`)).status).toBe(200)
    expect(
      (await call(app, sessions.get('viewer')!, 'GET', `/api/audit?entity=projects&id=${scenario.projectId}`)).status,
    ).toBe(200)
  })
})

describe('what staff see that the public does not', () => {
  it('staff get unpublished parcels and their version; the public gets published ones only', async () => {
    const publicCodes = (await jsonOf<ParcelFeatures>(await call(app, null, 'GET', '/api/parcels'))).features.map(
      (f) => f.properties.code,
    )
    const staff = await jsonOf<ParcelFeatures>(await call(app, sessions.get('viewer')!, 'GET', '/api/parcels'))
    expect(publicCodes.sort()).toEqual(['TP-01', 'TP-02'])
    expect(staff.features.map((f) => f.properties.code).sort()).toEqual(['TP-01', 'TP-02', 'TP-SECRET'])
    expect(staff.features[0]!.properties).toMatchObject({ version: 1, published: true })
  })

  it('answers 404 alike for a missing parcel and an unpublished one, so existence does not leak', async () => {
    const hidden = await call(app, null, 'GET', `/api/parcels/${scenario.parcelIds['TP-SECRET']}`)
    const missing = await call(app, null, 'GET', '/api/parcels/999999')
    expect(hidden.status).toBe(404)
    expect(missing.status).toBe(404)
    expect((await jsonOf<ErrorEnvelope>(hidden)).code).toBe((await jsonOf<ErrorEnvelope>(missing)).code)
  })

  it('the session endpoint lists the signed-in user’s permissions from the same table', async () => {
    const body = await jsonOf<Session>(await call(app, sessions.get('planner')!, 'GET', '/api/auth/session'))
    expect(body.user).toMatchObject({ name: 'planner', role: 'planner' })
    expect(body.permissions.parcels).toContain('update')
    expect(body.permissions.projects).toEqual(['read'])
    const anonymous = await jsonOf<Session>(await call(app, null, 'GET', '/api/auth/session'))
    expect(anonymous).toMatchObject({ user: null, csrfToken: null })
    expect(anonymous.permissions.projects).toBeUndefined()
  })
})
