import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { accessScenario } from '../../support/access-scenario.js'
import { type OpenApiParameter, queryVariants } from '../../support/routes.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let scenario: Awaited<ReturnType<typeof accessScenario>>
let adminCookie: string

beforeAll(async () => {
  database = await createTestDatabase()
  scenario = await accessScenario(database.db)
  app = createTestApp(database)
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'admin', password: 'admin-secret-pass' }),
  })
  adminCookie = login.headers.get('set-cookie')!.split(';')[0]!
})
afterAll(() => database?.close())

interface RouteDefinition {
  type: string
  route: {
    method: string
    path: string
    responses: Record<string, { content?: Record<string, { schema?: z.ZodType }> }>
  }
}

/** Every GET route the OpenAPI registry knows that declares a JSON body for 200, with that body's zod schema. */
function jsonGetRoutes() {
  const registry = (app as unknown as { openAPIRegistry: { definitions: RouteDefinition[] } }).openAPIRegistry
  return registry.definitions
    .filter((d) => d.type === 'route' && d.route.method === 'get')
    .flatMap((d) => {
      const schema = d.route.responses[200]?.content?.['application/json']?.schema
      return schema && 'safeParse' in schema ? [{ path: d.route.path, schema }] : []
    })
}

describe('every JSON answer matches the schema its route declares', () => {
  it('for the public and for an admin, on every GET route, with every id that exists', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>>
    }
    const ids = Array.from({ length: scenario.maxId + 1 }, (_, i) => i)
    const mismatches: string[] = []
    const answered = new Set<string>()
    for (const { path, schema } of jsonGetRoutes()) {
      const parameters = doc.paths[path.replace(/^\/api/, '')]?.get?.parameters ?? []
      const paths = path.includes('{') ? ids.map((id) => path.replace(/\{\w+\}/g, String(id))) : [path]
      for (const url of paths.flatMap((p) => queryVariants(parameters, ids).map((q) => (q ? `${p}?${q}` : p)))) {
        for (const cookie of [undefined, adminCookie]) {
          const res = await app.request(url, { headers: cookie ? { cookie } : {} })
          if (res.status !== 200 || !res.headers.get('content-type')?.includes('application/json')) continue
          answered.add(path)
          const parsed = schema.safeParse(await res.json())
          if (!parsed.success)
            mismatches.push(`${url} (${cookie ? 'admin' : 'public'}): ${parsed.error.message.slice(0, 400)}`)
        }
      }
    }
    expect(mismatches).toEqual([])
    // The check reached the routes: every GET route with a JSON answer answered 200 at least once.
    expect([...jsonGetRoutes().map((r) => r.path)].filter((p) => !answered.has(p))).toEqual([])
  })
})
