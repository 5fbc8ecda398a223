import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { tileContaining } from '../../server/tiles/tile-coords.js'
import {
  ARTIFACTS,
  chromiumAvailable,
  poll,
  renderedCount,
  waitForMapIdle,
  watchForErrors,
} from '../support/browser.js'
import { useScaleServer } from '../support/scale-server.js'

const run = chromiumAvailable || process.env.CI ? describe : describe.skip
const PARCELS = 100_000
// 50 m × 60 m parcels in groups of 6 × 6 behind 12 m roads, a 16 × 20 km square in 余姚: the land of a whole city.
const app = useScaleServer(PARCELS, { widthM: 50, heightM: 60, group: 6, origin: [121.05, 29.93] })
const CENTRE = { lon: 121.135, lat: 30.019 }

type Box = [number, number, number, number]

/** The parcels drawn on screen (each once, whatever tiles hold it) and the map's bounds. */
function renderedParcels(page: Page) {
  return page.evaluate(() => {
    const map = window.atlasMap!
    const ids = new Set(map.queryRenderedFeatures({ layers: ['parcels-fill'] }).map((f) => f.id))
    const b = map.getBounds()
    return {
      count: ids.size,
      zoom: map.getZoom(),
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as Box,
    }
  })
}

/** How many parcels the public may see in a box, as the server counts them. */
async function publicParcelsIn(box: Box): Promise<number> {
  const res = await fetch(
    `${app.server.url}api/parcels?format=json&limit=1&bbox=${box.map((n) => n.toFixed(6)).join(',')}`,
  )
  return Number(res.headers.get('x-total-count'))
}

const scaled = ([w, s, e, n]: Box, factor: number): Box => {
  const [dx, dy] = [((e - w) * (factor - 1)) / 2, ((n - s) * (factor - 1)) / 2]
  return [w - dx, s - dy, e + dx, n + dy]
}

run(`the map at city scale: ${PARCELS} parcels`, () => {
  it('draws every parcel of a park-scale view, as many as the database has there, and the overview above', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const errors = watchForErrors(page)
    await page.goto(app.server.url)
    await waitForMapIdle(page)
    await expect.poll(() => renderedCount(page, 'context-water'), poll).toBeGreaterThan(0)
    await page.screenshot({ path: join(ARTIFACTS, 'scale-city.png') })
    await page.goto(`${app.server.url}#view=12/${CENTRE.lat}/${CENTRE.lon}`)
    await waitForMapIdle(page)
    await expect.poll(() => renderedCount(page, 'parcels-overview'), poll).toBeGreaterThan(0)
    await page.screenshot({ path: join(ARTIFACTS, 'scale-district.png') })
    await page.goto(`${app.server.url}#view=13.6/${CENTRE.lat}/${CENTRE.lon}`)
    await waitForMapIdle(page)
    // More than the 5 000 the GeoJSON layer once stopped at, silently.
    await expect.poll(async () => (await renderedParcels(page)).count, poll).toBeGreaterThan(5000)
    const { count, bounds, zoom } = await renderedParcels(page)
    expect(zoom).toBeCloseTo(13.6, 5)
    // Parcels cut by the screen's edge are drawn or not by a pixel: the count lies between the boxes just inside and outside.
    expect(count).toBeGreaterThanOrEqual(await publicParcelsIn(scaled(bounds, 0.99)))
    expect(count).toBeLessThanOrEqual(await publicParcelsIn(scaled(bounds, 1.01)))
    await page.screenshot({ path: join(ARTIFACTS, 'scale-park.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps every parcel tile over the land under 500 KB, from z0 to z18', async () => {
    const sizes: string[] = []
    for (let z = 0; z <= 18; z++) {
      const { x, y } = tileContaining(CENTRE.lon, CENTRE.lat, z)
      const res = await fetch(`${app.server.url}api/tiles/parcels/${z}/${x}/${y}.mvt`)
      expect(res.status).toBe(200)
      const bytes = (await res.arrayBuffer()).byteLength
      if (bytes > 500 * 1024) sizes.push(`z${z}: ${bytes} bytes`)
    }
    expect(sizes).toEqual([])
  })
})
