import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ARTIFACTS,
  chromiumAvailable,
  poll,
  renderedCount,
  renderedFeatures,
  useBrowserServer,
  waitForMapIdle,
  watchForErrors,
} from '../support/browser.js'

const run = chromiumAvailable || process.env.CI ? describe : describe.skip
const app = useBrowserServer('chains')

run('industry chains in a real browser', () => {
  it('an investor opens a chain, clicks a segment, sees its firms highlighted with links and hulls, and opens a firm', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}#view=9.6/29.62/121.7`)
    await waitForMapIdle(page)
    await page.getByTestId('chains-open').click()
    await page.getByTestId('chain-graph').waitFor()
    const chains = (await page.evaluate(() => fetch('/api/chains').then((r) => r.json()))) as {
      chains: { id: number }[]
    }
    const detail = (await page.evaluate(
      (id) => fetch(`/api/chains/${id}`).then((r) => r.json()),
      chains.chains[0]!.id,
    )) as { segments: { id: number; key: string; strength: number; is_gap: boolean }[] }
    await expect.poll(() => page.locator('.segment-node').count(), poll).toBe(detail.segments.length)
    expect(await page.locator('.segment-node.gap').count()).toBe(detail.segments.filter((s) => s.is_gap).length)
    const strongest = [...detail.segments].sort((a, b) => b.strength - a.strength)[0]!
    await page.getByTestId(`segment-${strongest.key}`).click()
    const highlighted = async () => {
      const firms = await renderedFeatures(page, 'chain-firms-circle')
      return new Set(firms.filter((f) => f.properties.segment_id === strongest.id).map((f) => f.id)).size
    }
    await expect.poll(highlighted, poll).toBe(strongest.strength)
    await expect.poll(() => renderedCount(page, 'chain-hulls'), poll).toBeGreaterThan(0)
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              window.atlasMap!.querySourceFeatures('chain-links', { filter: ['==', ['get', 'kind'], 'link'] }).length,
          ),
        poll,
      )
      .toBeGreaterThan(0)
    await expect(page.getByTestId('segment-details').locator('.firm-list li').count()).resolves.toBe(strongest.strength)
    await waitForMapIdle(page)
    await page.screenshot({ path: join(ARTIFACTS, 'chains-segment.png') })
    await page.getByTestId('segment-details').locator('.firm-list button').first().click()
    await expect.poll(() => page.getByTestId('feature-panel').locator('.panel-kind').textContent(), poll).toBe('企业')
    await page.getByTestId('firm-neighbours').waitFor()
    const gap = detail.segments.find((s) => s.is_gap)!
    await page.getByTestId(`segment-${gap.key}`).click()
    await page.getByTestId('gap-land').waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'chains-gap-land.png') })
    expect(errors).toEqual([])
    const requests = await page.evaluate(() => fetch('/api/enterprises').then((r) => r.json()))
    expect(JSON.stringify(requests)).not.toMatch(/"status"|contact/)
    await page.close()
  })
})
