/**
 * Roadshow benchmark (issue 19). On the PGlite default with the demo data, in headless Chromium at 1280 × 720:
 *  - from pressing → to the next scene fully drawn (flown to, map idle): median and worst over the demo story
 *  - the reference, measured in this run: the same scenes jumped to without a flight (map idle), and the ratio
 *  - what "prepare for offline" keeps in the service worker's caches for the demo story
 * Run: npm run bench:story
 */
import type { Page } from 'playwright-core'
import { launchBrowser } from '../../test/support/browser.js'
import { buildWebIfNeeded } from '../build-web-if-needed.js'
import { startServerProcess } from '../server-process.js'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const arrivals = (page: Page) => page.evaluate(() => window.storyArrivals?.length ?? 0)

async function waitArrivals(page: Page, n: number) {
  await page.waitForFunction((count) => (window.storyArrivals?.length ?? 0) >= count, n, { timeout: 120_000 })
}

/** Presses → through the story; each wait is from the key to the map's arrival at the next scene. */
async function keyToIdle(page: Page, scenes: number): Promise<number[]> {
  const waits: number[] = []
  await waitArrivals(page, 1)
  for (let i = 1; i < scenes; i++) {
    const before = await arrivals(page)
    const pressed = performance.now()
    await page.keyboard.press('ArrowRight')
    await waitArrivals(page, before + 1)
    waits.push(performance.now() - pressed)
  }
  return waits
}

async function run() {
  buildWebIfNeeded()
  const server = await startServerProcess({})
  const browser = await launchBrowser()
  try {
    const list = (await (await fetch(`${server.url}api/stories`)).json()) as {
      stories: { id: number; scene_count: number }[]
    }
    const story = list.stories[0]!
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    // tsx names functions with a helper the page does not have.
    await page.addInitScript('window.__name = (f) => f')
    await page.goto(`${server.url}story/${story.id}?lang=en`)
    const flights = await keyToIdle(page, story.scene_count)
    // Reference: the prepare pass shows every scene instantly (a jump, no flight) and waits for each to be drawn.
    const started = performance.now()
    await page.getByTestId('story-prepare-offline').click()
    await page.waitForSelector('[data-testid=story-offline][data-bytes]', { timeout: 300_000 })
    const jumps = (performance.now() - started) / story.scene_count
    const bytes = Number(await page.getAttribute('[data-testid=story-offline]', 'data-bytes'))
    console.log(`Demo story, ${story.scene_count} scenes, 1280 × 720, PGlite`)
    console.log(
      `  → to next scene drawn: median ${median(flights).toFixed(0)} ms, worst ${Math.max(...flights).toFixed(0)} ms`,
    )
    console.log(`  reference, a jump to a scene drawn (mean of the prepare pass): ${jumps.toFixed(0)} ms`)
    console.log(`  ratio, median flight / jump: ${(median(flights) / jumps).toFixed(2)}`)
    console.log(`  offline cache after "prepare for offline": ${(bytes / 1024 / 1024).toFixed(2)} MB`)
  } finally {
    await browser.close()
    await server.stop()
  }
}

await run()
