import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { accessScenario, CANARY } from '../../support/access-scenario.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>
let scenario: Awaited<ReturnType<typeof accessScenario>>
const webRoot = mkdtempSync(join(tmpdir(), 'atlas-web-'))

beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'))
  writeFileSync(join(webRoot, 'index.html'), '<html><head><title>招商一张图</title></head><body></body></html>')
  database = await createTestDatabase()
  scenario = await accessScenario(database.db)
  app = createTestApp(database, {}, { webRoot })
})
afterAll(() => {
  rmSync(webRoot, { recursive: true, force: true })
  return database?.close()
})

const page = async (path: string) => (await app.request(`http://atlas.example${path}`)).text()
const meta = (html: string, property: string) =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? null

describe('link previews (Open Graph) of the pages investors send on', () => {
  it('a parcel’s sheet and the map opened on it say what the parcel is, with an image', async () => {
    const id = scenario.parcelIds['TP-01']!
    for (const path of [`/sheet/parcel/${id}`, `/?parcel=${id}&lang=en`]) {
      const html = await page(path)
      expect(meta(html, 'og:title'), path).toMatch(/^TP-01 · [\d.]+ (亩|mu) · /)
      expect(meta(html, 'og:image')).toBe('http://atlas.example/og-image.png')
      expect(html.match(/<title>/g)).toHaveLength(1)
    }
  })

  it('an assembled site’s sheet names its parcels and their total; one unpublished parcel makes it generic', async () => {
    const { 'TP-01': first, 'TP-02': second, 'TP-SECRET': secret } = scenario.parcelIds
    expect(meta(await page(`/site/${first},${second}`), 'og:title')).toMatch(/^TP-01 \+ TP-02 · [\d.]+ 亩$/)
    expect(meta(await page(`/site/${first},${secret}`), 'og:title')).toBeNull()
  })

  it('an unpublished parcel gets the generic page, and no staff field or canary reaches a preview', async () => {
    const html = await page(`/sheet/parcel/${scenario.parcelIds['TP-SECRET']}`)
    expect(meta(html, 'og:title')).toBeNull()
    for (const id of Object.values(scenario.parcelIds)) expect(await page(`/sheet/parcel/${id}`)).not.toContain(CANARY)
  })

  it('a building’s sheet names it and the space it offers; an unpublished building gets the generic page', async () => {
    for (const path of [`/sheet/building/${scenario.publicBuildingId}`, `/?building=${scenario.publicBuildingId}`])
      expect(meta(await page(path), 'og:title'), path).toBe('公开厂房 · 1200 ㎡')
    const secret = await page(`/sheet/building/${scenario.secretBuildingId}`)
    expect(meta(secret, 'og:title')).toBeNull()
    expect(secret).not.toContain(CANARY)
  })

  it('escapes what it quotes, and ignores ids that are not ids', async () => {
    expect(await page('/sheet/parcel/1%22%3E%3Cscript%3E')).not.toContain('<script>')
    expect(meta(await page('/sheet/block/B-%22onload%3D'), 'og:title')).toBeNull()
  })
})
