import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { accessScenario } from '../../support/access-scenario.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

const webRoot = mkdtempSync(join(tmpdir(), 'atlas-web-'))
const script = `console.log(${JSON.stringify('招商一张图 '.repeat(400))})\n`
let database: OpenDatabase
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'))
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>atlas</title>')
  writeFileSync(join(webRoot, 'assets/app-1a2b.js'), script)
  writeFileSync(join(webRoot, 'assets/app-1a2b.js.gz'), gzipSync(script))
  database = await createTestDatabase()
  await accessScenario(database.db)
  app = createTestApp(database, {}, { webRoot })
})
afterAll(async () => {
  await database?.close()
  rmSync(webRoot, { recursive: true, force: true })
})

describe('compressed answers', () => {
  it('gzips JSON for a client that accepts it, and says the answer varies by encoding', async () => {
    const plain = await app.request('/api/openapi.json')
    const body = await plain.text()
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toContain('Accept-Encoding')
    const zipped = await app.request('/api/openapi.json', { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(zipped.headers.get('vary')).toContain('Accept-Encoding')
    const bytes = Buffer.from(await zipped.arrayBuffer())
    expect(bytes.length).toBeLessThan(Buffer.byteLength(body) / 4)
    expect(gunzipSync(bytes).toString('utf8')).toBe(body)
  })

  it('gzips public GeoJSON and refusals alike', async () => {
    const parcels = await app.request('/api/parcels?bbox=-180,-90,180,90', { headers: { 'accept-encoding': 'gzip' } })
    expect(parcels.status).toBe(200)
    const json = JSON.parse(gunzipSync(Buffer.from(await parcels.arrayBuffer())).toString('utf8'))
    expect(json.type).toBe('FeatureCollection')
    const refused = await app.request('/api/parcels?bbox=1,2,3', { headers: { 'accept-encoding': 'gzip' } })
    expect(refused.status).toBe(400)
    expect(refused.headers.get('content-encoding')).toBe('gzip')
    expect(JSON.parse(gunzipSync(Buffer.from(await refused.arrayBuffer())).toString('utf8'))).toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('bbox'),
    })
  })

  it('serves a built asset from its pre-compressed copy, and the original to a client without gzip', async () => {
    const zipped = await app.request('/assets/app-1a2b.js', { headers: { 'accept-encoding': 'gzip' } })
    expect(zipped.status).toBe(200)
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(zipped.headers.get('content-type')).toMatch(/javascript/)
    expect(zipped.headers.get('cache-control')).toContain('immutable')
    const bytes = Buffer.from(await zipped.arrayBuffer())
    expect(bytes.length).toBe(gzipSync(script).length)
    expect(gunzipSync(bytes).toString('utf8')).toBe(script)
    const plain = await app.request('/assets/app-1a2b.js')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('cache-control')).toContain('immutable')
    expect(await plain.text()).toBe(script)
  })
})
