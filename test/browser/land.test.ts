import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  ARTIFACTS,
  chromiumAvailable,
  findClickTarget,
  poll,
  renderedFeatures,
  useBrowserServer,
  waitForMapIdle,
  watchForErrors,
} from '../support/browser.js'

const run = chromiumAvailable || process.env.CI ? describe : describe.skip
const app = useBrowserServer('land')
const PARK_VIEW = '#view=14.3/29.558/121.78'

type Rendered = { code: string; status: string; area_mu: number }

/** The parcels drawn now, or null while none are (so a poll waits instead of passing on an empty map). */
async function renderedParcels(page: Page): Promise<Rendered[] | null> {
  const drawn = await renderedFeatures(page, 'parcels-fill')
  return drawn.length > 0 ? drawn.map((f) => f.properties as Rendered) : null
}

run('finding land in a real browser', () => {
  it('filters: the map and the table show the same land, a row click selects and zooms, the link keeps the search', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}${PARK_VIEW}`)
    await waitForMapIdle(page)
    await page.getByTestId('filter-status-available').check()
    await page.getByTestId('filter-min_mu').fill('20')
    await expect.poll(() => page.url(), poll).toContain('status=available&min_mu=20')
    expect(errors).toEqual([])
    // The map goes to what the search found (land across the city), then the reader zooms into the park again.
    const extent = (await (
      await fetch(`${app.server.url}api/parcels?status=available&min_mu=20&format=json&limit=1`)
    ).json()) as { extent: [number, number, number, number] }
    await expect
      .poll(() => page.evaluate(() => window.atlasMap!.getBounds().toArray().flat()), poll)
      .toSatisfy((b: number[]) => b[0]! <= extent.extent[0] && b[2]! >= extent.extent[2])
    // A reader's own move (it carries an input event) ends any fit still due: on a slow machine the first search
    // (status only) can settle and fit before min_mu is typed, and its successor's fit would land after the jump.
    await page.mouse.move(640, 400)
    await page.mouse.wheel(0, -200)
    await waitForMapIdle(page)
    await page.evaluate(() => window.atlasMap!.jumpTo({ center: [121.78, 29.558], zoom: 14.3 }))
    await waitForMapIdle(page)
    await expect
      .poll(async () => (await renderedParcels(page))?.every((p) => p.status === 'available' && p.area_mu >= 20), poll)
      .toBe(true)
    const onMap = (await renderedParcels(page))!
    expect(onMap.length).toBeGreaterThan(5)
    const total = (await (
      await fetch(`${app.server.url}api/parcels?status=available&min_mu=20&format=json&limit=1`)
    ).json()) as { total: number }
    await expect.poll(() => page.getByTestId('result-count').textContent(), poll).toBe(String(total.total))
    const rows = await page
      .getByTestId('result-table')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')))
    expect(onMap.every((p) => rows.includes(p.code) || rows.length === 200)).toBe(true)
    await page.getByTestId('result-table').locator('tbody tr').nth(3).click()
    const code = rows[3]!
    await expect.poll(() => page.getByTestId('feature-panel').locator('h2').textContent(), poll).toBe(code)
    await expect.poll(() => page.evaluate(() => window.atlasMap!.getZoom()), poll).toBeGreaterThan(15)
    await expect.poll(async () => (await renderedParcels(page))?.some((p) => p.code === code), poll).toBe(true)
    await waitForMapIdle(page)
    await page.screenshot({ path: join(ARTIFACTS, 'land-filter-table.png') })
    // A second row: its selection once made React call scrollIntoView's promise as a cleanup and remount the app.
    const mapBefore = await page.evaluate(() => window.atlasMap === undefined)
    await page.evaluate(() => Object.assign(window, { firstMap: window.atlasMap }))
    await page.getByTestId('result-table').locator('tbody tr').nth(4).click()
    await expect.poll(() => page.getByTestId('feature-panel').locator('h2').textContent(), poll).toBe(rows[4])
    expect(mapBefore).toBe(false)
    expect(await page.evaluate(() => (window as { firstMap?: unknown }).firstMap === window.atlasMap)).toBe(true)
    expect(errors).toEqual([])
    const shared = page.url()
    const second = await app.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const phoneErrors = watchForErrors(second)
    await second.goto(shared)
    await waitForMapIdle(second)
    await expect.poll(() => second.getByTestId('result-count').textContent(), poll).toBe(String(total.total))
    expect(await second.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await second.screenshot({ path: join(ARTIFACTS, 'land-phone.png') })
    expect([...errors, ...phoneErrors]).toEqual([])
    await page.close()
    await second.close()
  })
  it('a selected parcel and an open board are links: opened from the URL, back and forward step through them', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors = watchForErrors(page)
    const listed = (await (await fetch(`${app.server.url}api/parcels?format=json&limit=1`)).json()) as {
      items: { id: number; code: string }[]
    }
    const linked = listed.items[0]!
    const panelTitle = () => page.getByTestId('feature-panel').locator('h2').textContent()
    await page.goto(`${app.server.url}?parcel=${linked.id}${PARK_VIEW}`)
    await expect.poll(panelTitle, poll).toBe(linked.code)
    const row = page.getByTestId('result-table').locator('tbody tr').nth(2)
    const picked = (await row.getAttribute('data-code'))!
    expect(picked).not.toBe(linked.code)
    await row.click()
    await expect.poll(panelTitle, poll).toBe(picked)
    expect(new URL(page.url()).searchParams.get('parcel')).not.toBe(String(linked.id))
    expect(new URL(page.url()).hash).not.toBe('')
    await page.goBack()
    await expect.poll(panelTitle, poll).toBe(linked.code)
    await page.goForward()
    await expect.poll(panelTitle, poll).toBe(picked)
    await page.getByTestId('chains-open').click()
    await expect.poll(() => new URL(page.url()).searchParams.get('board'), poll).toBe('chains')
    await expect.poll(() => page.getByTestId('chain-panel').isVisible(), poll).toBe(true)
    await waitForMapIdle(page)
    await page.screenshot({ path: join(ARTIFACTS, 'links-board-and-parcel.png') })
    await page.goBack()
    await expect.poll(() => page.getByTestId('chain-panel').count(), poll).toBe(0)
    expect(await panelTitle()).toBe(picked)
    await page.getByTestId('feature-panel').getByRole('button').first().click()
    await expect.poll(() => page.getByTestId('feature-panel').count(), poll).toBe(0)
    expect(new URL(page.url()).searchParams.get('parcel')).toBeNull()
    await page.goBack()
    await expect.poll(panelTitle, poll).toBe(picked)
    expect(errors).toEqual([])
    await page.close()
  })

  it('a link to a record the visitor may not read says so instead of opening nothing', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}?project=1${PARK_VIEW}`)
    await expect.poll(() => page.getByTestId('link-unreadable').isVisible(), poll).toBe(true)
    expect(await page.getByTestId('feature-panel').count()).toBe(0)
    await waitForMapIdle(page)
    await page.screenshot({ path: join(ARTIFACTS, 'link-unreadable.png') })
    await page.getByTestId('result-table').locator('tbody tr').first().click()
    await expect.poll(() => page.getByTestId('feature-panel').count(), poll).toBe(1)
    expect(await page.getByTestId('link-unreadable').count()).toBe(0)
    // The browser logs the refused read itself; nothing else may go wrong.
    expect(errors.filter((e) => !/status of 40[14]/.test(e))).toEqual([])
    await page.close()
  })

  it('prints a parcel site sheet on one A4 page, and the 200-mu block sheet in English', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1000, height: 1300 } })
    const errors = watchForErrors(page)
    const blocks = (await (await fetch(`${app.server.url}api/blocks?min_mu=200`)).json()) as {
      features: { properties: { block_id: string; parcel_ids: number[] } }[]
    }
    const block = blocks.features[0]!.properties
    await page.goto(`${app.server.url}${PARK_VIEW}`)
    await waitForMapIdle(page)
    const href = `/sheet/parcel/${block.parcel_ids[0]}`
    await page.goto(`${app.server.url.replace(/\/$/, '')}${href}`)
    await page.getByTestId('sheet-map-image').waitFor({ timeout: 20_000 })
    const text = await page.getByTestId('site-sheet').textContent()
    for (const label of ['地块推介单', '面积', '起始价', '距港口', '联系电话']) expect(text).toContain(label)
    // A printed map's furniture: north, a scale bar in round metres and the locator inset with the site on it.
    await expect(page.getByTestId('sheet-scale').textContent()).resolves.toMatch(/^\d+ (m|km)$/)
    await expect.poll(() => page.getByTestId('sheet-locator').locator('circle').count(), poll).toBe(1)
    await page.screenshot({ path: join(ARTIFACTS, 'sheet-parcel.png'), fullPage: true })
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1)
    await page.goto(`${app.server.url.replace(/\/$/, '')}/sheet/block/${encodeURIComponent(block.block_id)}?lang=en`)
    await page.getByTestId('sheet-map-image').waitFor({ timeout: 20_000 })
    await expect(page.getByTestId('site-sheet').textContent()).resolves.toContain('Sold whole, not to be split')
    await page.screenshot({ path: join(ARTIFACTS, 'sheet-block-en.png'), fullPage: true })
    expect(errors).toEqual([])
    await page.close()
  })
  it('measures a distance and an area in mu on the map', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}#view=15/29.558/121.78`)
    await waitForMapIdle(page)
    await page.getByTestId('measure-start').click()
    const corners = [
      [500, 200],
      [700, 200],
      [700, 400],
      [500, 400],
    ] as const
    for (const [x, y] of corners) await page.mouse.click(x, y)
    // The same corners measured independently: a rectangle's area from the map's own projection, in mu.
    const expected = await page.evaluate(
      (points) => {
        const map = window.atlasMap!
        const [a, b, c] = points.map(([x, y]) => map.unproject([x!, y!]))
        return (a!.distanceTo(b!) * b!.distanceTo(c!)) / (10000 / 15)
      },
      corners as unknown as number[][],
    )
    const shown = Number((await page.getByTestId('measure-area').textContent())!.replace(/[^\d.]/g, ''))
    expect(Math.abs(shown - expected) / expected).toBeLessThan(0.01)
    expect(await page.getByTestId('feature-panel').count()).toBe(0)
    await page.screenshot({ path: join(ARTIFACTS, 'measure.png') })
    await page.getByTestId('measure-stop').click()
    expect(errors).toEqual([])
    await page.close()
  })
  it('opens a block panel where the block’s own parcels are filtered away', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}?status=idle${PARK_VIEW}`)
    await waitForMapIdle(page)
    const target = (await findClickTarget(page, 'blocks-fill'))!
    await page.mouse.click(target.x, target.y)
    const panel = page.getByTestId('feature-panel')
    await expect.poll(() => panel.locator('h2').textContent(), poll).toBe(target.properties.block_id)
    await expect(panel.textContent()).resolves.toContain('整体出让，不得分割')
    await page.screenshot({ path: join(ARTIFACTS, 'block-panel.png') })
    expect(errors).toEqual([])
    await page.close()
  })
})
