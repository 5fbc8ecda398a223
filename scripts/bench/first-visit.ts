import type { Page } from 'playwright-core'
import { chromiumAvailable, launchBrowser, waitForMapIdle } from '../../test/support/browser.js'

export interface FirstVisit {
  /** Bytes on the wire (compressed as sent) and after decoding, by kind of request. */
  wire: Record<string, number>
  decoded: Record<string, number>
  /** From navigation to the map idle with its land drawn. */
  msToMap: number
  parcelsDrawn: number
}

const kindOf = (url: string) =>
  url.includes('/api/tiles/')
    ? 'tiles'
    : url.includes('/api/')
      ? 'api'
      : /maplibre/.test(url)
        ? 'maplibre'
        : /\.(m?js|css)$/.test(url)
          ? 'own code'
          : 'page'

/**
 * Sums each finished response's size on the wire (its body as sent, compressed or not, plus headers) and decoded, by
 * kind; the map's worker fetches the tiles, and Playwright counts its requests with the page's.
 */
function countBytes(page: Page) {
  const wire: Record<string, number> = {}
  const decoded: Record<string, number> = {}
  const pending: Promise<void>[] = []
  page.on('requestfinished', (request) => {
    const kind = kindOf(request.url())
    pending.push(
      (async () => {
        const sizes = await request.sizes()
        const body = (await (await request.response())?.body())?.length ?? 0
        wire[kind] = (wire[kind] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize
        decoded[kind] = (decoded[kind] ?? 0) + body + sizes.responseHeadersSize
      })(),
    )
  })
  return { wire, decoded, settled: () => Promise.all(pending) }
}

/** An anonymous first visit in headless Chromium (empty cache), as an investor's browser makes it. */
export async function measureFirstVisit(url: string): Promise<FirstVisit | null> {
  if (!chromiumAvailable) return null
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    // tsx names functions with a helper the page does not have.
    await page.addInitScript('window.__name = (f) => f')
    const { wire, decoded, settled } = countBytes(page)
    const started = performance.now()
    await page.goto(`${url}#view=14.3/29.558/121.78`)
    await waitForMapIdle(page)
    const msToMap = performance.now() - started
    const parcelsDrawn = await page.evaluate(
      () => new Set(window.atlasMap!.queryRenderedFeatures({ layers: ['parcels-fill'] }).map((f) => f.id)).size,
    )
    await settled()
    return { wire, decoded, msToMap, parcelsDrawn }
  } finally {
    await browser.close()
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`

export function printFirstVisit(visit: FirstVisit | null) {
  if (!visit) return console.log('first visit: not measured (no Chromium at /usr/bin/chromium)')
  const total = (sizes: Record<string, number>) => Object.values(sizes).reduce((a, b) => a + b, 0)
  const kinds = Object.keys(visit.decoded).sort()
  const parts = kinds.map((k) => `${k} ${kb(visit.wire[k] ?? 0)} of ${kb(visit.decoded[k] ?? 0)}`)
  console.log(`first visit (park view, anonymous, empty cache): ${parts.join('; ')}`)
  console.log(
    `first visit on the wire: ${kb(total(visit.wire))} (target < 1 MB); decoded ${kb(total(visit.decoded))}; ratio ${(total(visit.wire) / total(visit.decoded)).toFixed(2)}×`,
  )
  console.log(
    `first visit to the map idle: ${(visit.msToMap / 1000).toFixed(2)} s, ${visit.parcelsDrawn} parcels drawn`,
  )
}
