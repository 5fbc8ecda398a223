import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ARTIFACTS,
  chromiumAvailable,
  findClickTarget,
  poll,
  renderedFeatures,
  signInThroughPage,
  useBrowserServer,
  waitForMapIdle,
  watchForErrors,
} from '../support/browser.js'

const run = chromiumAvailable || process.env.CI ? describe : describe.skip
const app = useBrowserServer('sites')
const VIEW = '#view=9.6/29.62/121.7'

run('智寻址 in a real browser', () => {
  it('an investor without an account describes a project, reads ranked sites on the map, compares two and asks why not another', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}?board=sites${VIEW}`)
    await waitForMapIdle(page)
    await page.getByTestId('site-min-mu').fill('60')
    await page.getByTestId('site-max-mu').fill('120')
    await page.getByTestId('site-step-terms').click()
    await page.getByTestId('site-pollution').selectOption('moderate')
    await page.getByTestId('site-search').click()
    await expect.poll(() => page.getByTestId('site-card').count(), poll).toBeGreaterThan(3)
    const first = page.getByTestId('site-card').first()
    await expect(first.locator('.rank-badge').textContent()).resolves.toBe('1')
    await expect(first.locator('.criteria th').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['面积匹配', '形状', '地价', '距港口', '供地成熟度']),
    )
    // The candidates are on the map, each with its rank badge.
    await waitForMapIdle(page)
    const drawn = (await renderedFeatures(page, 'site-badges-circle')).map((f) => f.properties.rank as number)
    expect(drawn).toContain(1)
    const compare = page.getByTestId('site-compare')
    await compare.nth(0).check()
    await compare.nth(1).check()
    await expect(page.getByTestId('site-compare-table').locator('thead th').count()).resolves.toBe(3)
    await page.screenshot({ path: join(ARTIFACTS, 'sites-results.png') })
    // The search, its results and the comparison are a link: a colleague opening it sees the same.
    const codes = async (p: typeof page) => (await p.locator('.site-codes').allTextContents()).join('|')
    await expect.poll(() => new URL(page.url()).searchParams.get('sc'), poll).toBe('1,2')
    const opened = await app.browser.newPage({ viewport: { width: 1440, height: 900 } })
    await opened.goto(page.url())
    await expect.poll(() => codes(opened), poll).toBe(await codes(page))
    await expect(opened.getByTestId('site-compare-table').locator('thead th').count()).resolves.toBe(3)
    await opened.close()
    // A parcel under construction: clicking it on the map tells why it is not offered.
    await page.getByTestId('site-card').first().locator('header').click()
    await expect.poll(() => page.evaluate(() => window.atlasMap!.getZoom()), poll).toBeGreaterThan(14)
    await waitForMapIdle(page)
    const target = await page.evaluate(() => {
      const map = window.atlasMap!
      const parcels = map.querySourceFeatures('parcels', { sourceLayer: 'parcels' })
      const building = parcels.find((f) => f.properties.status === 'building')
      if (!building) return null
      const ring = (building.geometry as GeoJSON.Polygon).coordinates[0]!
      const centre: [number, number] = [
        ring.reduce((s, c) => s + c[0]!, 0) / ring.length,
        ring.reduce((s, c) => s + c[1]!, 0) / ring.length,
      ]
      map.jumpTo({ center: centre, zoom: 16 })
      map.panBy([0, 220], { duration: 0 }) // the parcel moves up, clear of the board
      const point = map.project(centre)
      return { x: point.x, y: point.y }
    })
    expect(target).not.toBeNull()
    await waitForMapIdle(page)
    await page.mouse.click(target!.x, target!.y)
    await expect.poll(() => page.getByTestId('site-why-not').textContent(), poll).toContain('不在供地中（在建）')
    await page.screenshot({ path: join(ARTIFACTS, 'sites-why-not.png') })
    await page.getByTestId('lang-switch').click()
    await expect(first.locator('.criteria th').first().textContent()).resolves.toBe('Area fit')
    expect(errors).toEqual([])
    await page.close()
  })

  it('promotion staff shortlist a result for a project, and the project keeps it', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = watchForErrors(page)
    await signInThroughPage(page, app.server.url, 'promoter', `?board=sites${VIEW}`)
    await page.getByTestId('site-min-mu').fill('60')
    await page.getByTestId('site-search').click()
    await expect.poll(() => page.getByTestId('site-card').count(), poll).toBeGreaterThan(0)
    const card = page.getByTestId('site-card').first()
    const codes = (await card.locator('.site-codes').textContent())!
    const project = card.getByTestId('site-attach-project')
    const option = await project.locator('option').nth(1).getAttribute('value')
    await project.selectOption(option!)
    await card.getByTestId('site-attach').click()
    await card.getByTestId('site-attached').waitFor()
    const shortlist = await page.evaluate(
      async (id) =>
        (await (await fetch(`/api/projects/${id}/sites`)).json()) as { sites: { parcel_codes: string[] }[] },
      option,
    )
    expect(shortlist.sites.map((s) => s.parcel_codes.join(' + '))).toContain(codes)
    expect(errors).toEqual([])
    await page.close()
  })

  it('an investor who needs 3 000 ㎡ of ground floor with 5 t/㎡ and a 10 t crane finds the bay, opens its building and reads its units', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}?board=sites&need=space&lang=en${VIEW}`)
    await page.getByTestId('space-wizard').waitFor()
    await page.getByTestId('space-minM2').fill('3000')
    await page.getByTestId('space-maxM2').fill('4500')
    await page.getByTestId('space-ground-floor').check()
    await page.getByTestId('space-floorLoadT').fill('5')
    await page.getByTestId('space-craneT').fill('10')
    await page.getByTestId('space-search').click()
    await expect.poll(() => page.getByTestId('space-option').count(), poll).toBeGreaterThan(0)
    const options = await page.getByTestId('space-option').allTextContents()
    // The demo's heavy bays: 3 200 ㎡ with a 16 t crane (象山) and a 10 t crane (奉化); nothing lighter or upstairs.
    expect(options.every((text) => text.includes('1F-A') && text.includes('3,200'))).toBe(true)
    await expect(page.getByTestId('space-rejected').textContent()).resolves.toContain('Floor load too low')
    expect(new URL(page.url()).searchParams.get('spq')).toContain('craneT')
    await page.screenshot({ path: join(ARTIFACTS, 'space-wizard-en.png') })
    await page.getByTestId('space-show').first().click()
    await page.getByTestId('building-units').waitFor()
    await expect(page.getByTestId('feature-panel').textContent()).resolves.toContain('Standard factory')
    await expect.poll(() => new URL(page.url()).searchParams.get('building'), poll).toMatch(/^\d+$/)
    await waitForMapIdle(page)
    expect((await renderedFeatures(page, 'buildings-fill')).length).toBeGreaterThan(0)
    await page.screenshot({ path: join(ARTIFACTS, 'space-building-panel-en.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('a building on the map opens its panel with its vacant units, in Chinese', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}#view=15.5/29.8196/121.5566`)
    await waitForMapIdle(page)
    const office = await findClickTarget(page, 'buildings-circle', { kind: 'office' })
    expect(office).not.toBeNull()
    await page.mouse.click(office!.x, office!.y)
    await page.getByTestId('building-units').waitFor()
    await expect(page.getByTestId('feature-panel').textContent()).resolves.toContain('商务楼宇')
    const rows = await page.locator('[data-testid=building-units] tbody tr').count()
    expect(rows).toBe(Number(office!.properties.vacant_units))
    await page.screenshot({ path: join(ARTIFACTS, 'space-office-zh.png') })
    // Its sheet: the building's figures and units on one page, and "I'm interested" asks no mu of land.
    await page.goto(`${app.server.url}sheet/building/${office!.id}`)
    await page.getByTestId('building-units').waitFor()
    await expect(page.getByTestId('site-sheet').textContent()).resolves.toContain('载体推介单')
    await page.getByTestId('interest-open').click()
    await page.getByTestId('interest-company').waitFor()
    await expect(page.locator('.dialog-fields').textContent()).resolves.not.toContain('亩')
    await page.screenshot({ path: join(ARTIFACTS, 'space-sheet-interest-zh.png'), fullPage: true })
    expect(errors).toEqual([])
    await page.close()
  })

  it('promotion staff reserve a vacant unit for a project from the building panel; the public no longer sees it', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } })
    const errors = watchForErrors(page)
    const list = (await (await fetch(`${app.server.url}api/buildings?format=json&limit=100`)).json()) as {
      items: { id: number; code: string }[]
    }
    const factory = list.items.find((b) => b.code === 'XSLG-F01')!
    await signInThroughPage(page, app.server.url, 'promoter', `?building=${factory.id}`)
    await page.getByTestId('building-units').waitFor()
    const select = page.getByTestId('reserve-unit').first()
    await expect.poll(() => select.locator('option').count(), poll).toBeGreaterThan(1)
    const project = (await select.locator('option').nth(1).textContent())!
    await select.selectOption({ index: 1 })
    await expect.poll(() => page.getByTestId('building-units').textContent(), poll).toContain('已预留')
    await expect(page.getByTestId('building-units').textContent()).resolves.toContain(
      project.split(' ').slice(1).join(' '),
    )
    await page.screenshot({ path: join(ARTIFACTS, 'space-reserved-zh.png') })
    const anonymous = (await (await fetch(`${app.server.url}api/buildings/${factory.id}`)).json()) as {
      units: unknown[]
    }
    expect(anonymous.units).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })
})
