import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { accessScenario, CANARY } from '../../support/access-scenario.js'
import { apiRoutes, concretePath, type OpenApiParameter, openApiPath, queryVariants } from '../../support/routes.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let scenario: Awaited<ReturnType<typeof accessScenario>>

beforeAll(async () => {
  database = await createTestDatabase()
  scenario = await accessScenario(database.db)
  app = createTestApp(database)
})
afterAll(() => database?.close())

/** Bodies as text, spreadsheets decoded cell by cell (a zipped .xlsx would hide a canary from a text search). */
async function bodyText(res: Response): Promise<string> {
  if (!res.headers.get('content-type')?.includes('spreadsheetml')) return res.text()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await res.arrayBuffer())
  const cells: string[] = []
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))))
  return cells.join('\n')
}

describe('anonymous crawl of every route finds no confidential value', () => {
  it('in bodies, headers or error messages, for every id, parameter and method', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>>
    }
    const ids = [...Array.from({ length: scenario.maxId + 1 }, (_, i) => i), 2_147_483_647]
    const routes = apiRoutes(app)
    const leaks: string[] = []
    const crawled = new Set<string>()
    let requests = 0
    for (const route of routes) {
      const parameters = doc.paths[openApiPath(route.path)]?.[route.method.toLowerCase()]?.parameters ?? []
      const paths = route.path.includes(':')
        ? ids.flatMap((id) => [concretePath(route.path, String(id)), concretePath(route.path, 'x')])
        : [route.path]
      for (const path of paths) {
        for (const query of queryVariants(parameters, ids)) {
          for (const body of route.method === 'GET'
            ? [undefined]
            : ['{}', JSON.stringify({ name: 'admin', password: 'x' }), 'not json']) {
            const url = query ? `${path}?${query}` : path
            const res = await app.request(url, {
              method: route.method,
              headers: body ? { 'content-type': 'application/json' } : {},
              body,
            })
            const text = `${[...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${await bodyText(res)}`
            if (text.includes(CANARY))
              leaks.push(
                `${route.method} ${url} → ${res.status}: …${text.slice(Math.max(0, text.indexOf(CANARY) - 80), text.indexOf(CANARY) + 60)}…`,
              )
            requests++
          }
        }
        crawled.add(`${route.method} ${route.path}`)
      }
    }
    expect(leaks).toEqual([])
    expect(crawled.size).toBe(routes.length)
    expect(requests).toBeGreaterThan(routes.length * 3)
  })

  it('the canaries are really there: staff responses contain them (the crawl could find a leak)', async () => {
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'admin', password: 'admin-secret-pass' }),
    })
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const asAdmin = async (path: string) => (await app.request(path, { headers: { cookie } })).text()
    expect(await asAdmin('/api/projects')).toContain(`${CANARY}-projects.investor_name`)
    expect(await asAdmin('/api/parcels')).toContain(`${CANARY}-parcels.contact.published`)
    expect(await asAdmin('/api/users')).toContain(`${CANARY}-users.display_name`)
    expect(await asAdmin(`/api/audit?entity=projects&id=${scenario.projectId}`)).toContain(
      `${CANARY}-projects.notes.edited`,
    )
    expect(await asAdmin('/api/land/export?list=land&format=csv')).toContain(`${CANARY}-parcels.location_desc`)
    expect(await asAdmin('/api/leads')).toContain(`${CANARY}-leads.phone`)
    expect(await asAdmin('/api/buildings')).toContain(`${CANARY}-buildings.notes.secret`)
    expect(await asAdmin('/api/units?kind=standard_factory')).toContain(`${CANARY}-parks.name`)
    const secretPark = (
      await database.db.selectFrom('parks').select('id').where('published', '=', false).executeTakeFirstOrThrow()
    ).id
    const inSecretPark = async (path: string) =>
      (await app.request(`${path}?park=${secretPark}`)).headers.get('x-total-count')
    expect([await inSecretPark('/api/units'), await inSecretPark('/api/buildings')]).toEqual(['0', '0'])
    expect(await asAdmin(`/api/units?park=${secretPark}`)).toContain('S-VAC')
    expect(await asAdmin('/api/units?status=let')).toContain(`${CANARY}-building_units.tenant`)
    expect(await asAdmin(`/api/buildings/${scenario.publicBuildingId}`)).toContain(`${CANARY}-projects.name`)
    expect(await asAdmin('/api/projects?stage=negotiating')).toContain(`${CANARY}-projects.investor_name`)
    const stories = await database.db.selectFrom('stories').select(['id', 'title_zh']).orderBy('id').execute()
    expect(await asAdmin(`/api/stories/${stories[0]!.id}`)).toContain(`${CANARY}-projects.name`)
    expect(await asAdmin(`/api/stories/${stories[2]!.id}?edition=draft`)).toContain(
      `${CANARY}-stories.public.scene.notes`,
    )
    expect(await asAdmin('/api/stories')).toContain(`${CANARY}-stories.draft.title_en`)
    const rows = await database.db.selectFrom('enterprises').select('name').where('status', '=', 'target').execute()
    expect(rows[0]!.name).toContain(CANARY)
  })
})
