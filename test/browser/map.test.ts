import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ARTIFACTS,
  chromiumAvailable,
  findClickTarget,
  poll,
  renderedCount,
  useBrowserServer,
  waitForMapIdle,
  watchForErrors,
} from '../support/browser.js'

// Outside CI a machine without Debian's chromium skips this file; in CI its absence is a failure.
const run = chromiumAvailable || process.env.CI ? describe : describe.skip
const app = useBrowserServer('map')
// Layers fill in after the map's first idle (the viewport's parcels are fetched then): poll, do not read once.

run('the map in a real browser', () => {
  it('printed its progress while starting', () => {
    for (const step of ['Starting database', 'Migrating', 'Loading demo data', 'Ready at'])
      expect(app.firstStartOutput).toContain(step)
    for (const step of ['Starting database', 'Schema is up to date', 'Ready at'])
      expect(app.server.output()).toContain(step)
  })

  it('shows districts, parks and parcels of the demo region with no console errors', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors = watchForErrors(page)
    await page.goto(app.server.url)
    await waitForMapIdle(page)
    await expect.poll(() => renderedCount(page, 'regions-fill'), poll).toBeGreaterThanOrEqual(10)
    await expect.poll(() => renderedCount(page, 'parks-marker'), poll).toBe(7)
    // With no online basemap, the city still has its geography: the sea and the coast from the outlines.
    await expect.poll(() => renderedCount(page, 'context-water'), poll).toBeGreaterThan(0)
    await expect.poll(() => renderedCount(page, 'context-coast'), poll).toBeGreaterThan(0)
    await page.screenshot({ path: join(ARTIFACTS, 'map-region.png') })
    await page.goto(`${app.server.url}#view=14.3/29.558/121.78`)
    await waitForMapIdle(page)
    await expect.poll(() => renderedCount(page, 'parcels-fill'), poll).toBeGreaterThan(30)
    await expect.poll(() => renderedCount(page, 'parks-fill'), poll).toBeGreaterThan(0)
    await expect.poll(() => renderedCount(page, 'context-road'), poll).toBeGreaterThan(5)
    await expect(page.getByTestId('demo-badge').textContent()).resolves.toBe('演示数据')
    await page.screenshot({ path: join(ARTIFACTS, 'map-park.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('opens a side panel with the attributes of a clicked parcel, in Chinese then English', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}#view=15/29.558/121.78`)
    await waitForMapIdle(page)
    // A shared link opens where it points, not at the whole region.
    expect(await page.evaluate(() => window.atlasMap!.getZoom())).toBeCloseTo(15, 5)
    const found = (await findClickTarget(page, 'parcels-fill'))!
    const target = { x: found.x, y: found.y, code: found.properties.code as string }
    await page.mouse.click(target.x, target.y)
    const panel = page.getByTestId('feature-panel')
    await expect(panel.locator('h2').textContent()).resolves.toBe(target.code)
    // The clicked parcel is outlined through its feature state, in every tile that holds it.
    const selectedState = (id: number) =>
      page.evaluate(
        (feature) => window.atlasMap!.getFeatureState({ source: 'parcels', sourceLayer: 'parcels', id: feature }),
        id,
      )
    await expect.poll(() => selectedState(found.id as number), poll).toEqual({ selected: true })
    await expect(panel.textContent()).resolves.toContain('面积')
    await page.getByTestId('lang-switch').click()
    await expect(panel.textContent()).resolves.toContain('Area')
    await expect(page.locator('h1').textContent()).resolves.toBe('Invest Atlas')
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('District boundaries')
    // The labels change language and load new glyphs: the picture is taken once the map has drawn them.
    await waitForMapIdle(page)
    await page.screenshot({ path: join(ARTIFACTS, 'map-parcel-panel-en.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('works on a phone screen (390 × 844)', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}#view=13.5/29.558/121.78`)
    await waitForMapIdle(page)
    await expect.poll(() => renderedCount(page, 'parcels-fill'), poll).toBeGreaterThan(10)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: join(ARTIFACTS, 'map-phone.png') })
    expect(errors).toEqual([])
    await page.close()
  })
})
